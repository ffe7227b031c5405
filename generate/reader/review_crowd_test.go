package reader

// Review of two changes to the answer reader: the locator rule (a "where"
// question is answered by a web or mail address, an absolute path or a
// code-space position: cfd3e1a, with 7bdbb95 for rows) and the
// calibrator's crowd feature (946cf49). Every passage below is copied
// byte for byte from the Debian package text the benchmark reads
// (jargon-text, vera, muttman, unicode-data); tests that expose a
// weakness are skipped with the reason, the others guard behaviour the
// changes got right.

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var (
	rcNasalDemons      = doc{"jargon/nasal-demons.txt", "nasal demons", "nasal demons\n n.\n\n    Recognized shorthand on the Usenet group comp.std.c for any unexpected\n    behavior of a C compiler on encountering an undefined construct. During a\n    discussion on that group in early 1992, a regular remarked “When the\n    compiler encounters [a given undefined construct] it is legal for it to\n    make demons fly out of your nose” (the implication is that the compiler may\n    choose any arbitrarily bizarre way to interpret the code without violating\n    the ANSI C standard). Someone else followed up with a reference to “nasal\n    demons”, which quickly became established. The original post is\n    web-accessible at http://groups.google.com/groups?hl=en&selm=\n    10195%40ksr.com.\n"}
	rcHanlon           = doc{"jargon/hanlon-s-razor.txt", "Hanlon's Razor", "Hanlon's Razor\n prov.\n\n    A corollary of {Finagle's Law}, similar to Occam's Razor, that reads “Never\n    attribute to malice that which can be adequately explained by stupidity.”\n    Quoted here because it seems to be a particular favorite of hackers, often\n    showing up in {sig block}s, {fortune cookie} files and the login banners of\n    BBS systems and commercial networks. This probably reflects the hacker's\n    daily experience of environments created by well-intentioned but\n    short-sighted people. Compare {Sturgeon's Law}, {Ninety-Ninety Rule}.\n\n    At http://www.statusq.org/2001/11/26.html it is claimed that Hanlon's Razor\n    was coined by one Robert J. Hanlon of Scranton, PA. However, a curiously\n    similar remark (“You have attributed conditions to villainy that simply\n    result from stupidity.”) appears in Logic of Empire, a classic 1941 SF\n    story by Robert A. Heinlein, who calls the error it indicates the ‘devil\n    theory’ of sociology. Similar epigrams have been attributed to William\n    James and (on dubious evidence) Napoleon Bonaparte.\n"}
	rcMuttHeaderCache  = doc{"muttman/manual.txt", "The Mutt E-Mail Client", "3.113.\u00a0header_cache\n\nType:\u00a0path\nDefault:\u00a0(empty)\n\nThis variable points to the header cache database. If pointing to a directory\nMutt will contain a header cache database file per folder, if pointing to a\nfile that file will be a single global header cache. By default it is unset so\nno header caching will be used. If pointing to a directory, it must be created\nin advance.\n\nHeader caching can greatly improve speed when opening POP, IMAP MH or Maildir\nfolders, see “caching” for details.\n\n3.114.\u00a0header_cache_compress\n\nType:\u00a0boolean\nDefault:\u00a0yes\n\nWhen mutt is compiled with qdbm, tokyocabinet, or kyotocabinet as header cache\nbackend, this option determines whether the database will be compressed.\nCompression results in database files roughly being one fifth of the usual\ndiskspace, but the decompression can result in a slower opening of cached\nfolder(s) which in general is still much faster than opening non header cached\nfolders.\n\n3.115.\u00a0header_cache_pagesize\n\nType:\u00a0number\u00a0(long)\nDefault:\u00a016384\n\nWhen mutt is compiled with either gdbm or bdb4 as the header cache backend,\nthis option changes the database page size. Too large or too small values can\nwaste space, memory, or CPU time. The default should be more or less optimal\nfor most use cases.\n"}
	rcMuttResources    = doc{"muttman/manual.txt", "The Mutt E-Mail Client", "4. Mutt Online Resources\n5. Contributing to Mutt\n6. Typographical Conventions\n7. Copyright\n\nMutt is a small but very powerful text-based MIME mail client. Mutt is highly\nconfigurable, and is well suited to the mail power user with advanced features\nlike key bindings, keyboard macros, mail threading, regular expression searches\nand a powerful pattern matching language for selecting groups of messages.\n\n1.\u00a0Mutt Home Page\n\nThe official homepage can be found at http://www.mutt.org/.\n\n2.\u00a0Mailing Lists\n\nTo subscribe to one of the following mailing lists, send a message with the\nword subscribe in the body to list-name-request@mutt.org.\n\n  • <mutt-announce-request@mutt.org> — low traffic list for announcements\n\n  • <mutt-users-request@mutt.org> — help, bug reports and feature requests\n\n  • <mutt-dev-request@mutt.org> — development mailing list\n\nAll messages posted to mutt-announce are automatically forwarded to mutt-users,\nso you do not need to be subscribed to both lists.\n\n3.\u00a0Getting Mutt\n\nMutt releases can be downloaded from ftp://ftp.mutt.org/pub/mutt/. For a list\nof mirror sites, please refer to http://www.mutt.org/download.html.\n\nFor version control access, please refer to the Mutt development site.\n\n4.\u00a0Mutt Online Resources\n\nBug Tracking System\n\n    The official Mutt bug tracking system can be found at https://gitlab.com/\n    muttmua/mutt/issues\n\nWiki\n\n    An (unofficial) wiki can be found at https://gitlab.com/muttmua/mutt/wikis/\n    home.\n\nIRC\n\n    For the IRC user community, visit channel #mutt on irc.libera.chat.\n\nUSENET\n\n    For USENET, see the newsgroup comp.mail.mutt.\n"}
	rcBlocksCJK        = doc{"unicode/Blocks.txt", "Blocks.txt", "31A0..31BF; Bopomofo Extended\n31C0..31EF; CJK Strokes\n31F0..31FF; Katakana Phonetic Extensions\n3200..32FF; Enclosed CJK Letters and Months\n3300..33FF; CJK Compatibility\n3400..4DBF; CJK Unified Ideographs Extension A\n4DC0..4DFF; Yijing Hexagram Symbols\n4E00..9FFF; CJK Unified Ideographs\nA000..A48F; Yi Syllables\nA490..A4CF; Yi Radicals\nA4D0..A4FF; Lisu\n"}
	rcBlocksLetterlike = doc{"unicode/Blocks.txt", "Blocks.txt", "1F00..1FFF; Greek Extended\n2000..206F; General Punctuation\n2070..209F; Superscripts and Subscripts\n20A0..20CF; Currency Symbols\n20D0..20FF; Combining Diacritical Marks for Symbols\n2100..214F; Letterlike Symbols\n2150..218F; Number Forms\n2190..21FF; Arrows\n2200..22FF; Mathematical Operators\n2300..23FF; Miscellaneous Technical\n2400..243F; Control Pictures\n"}
	rcBlocksEmoticons  = doc{"unicode/Blocks.txt", "Blocks.txt", "1F030..1F09F; Domino Tiles\n1F0A0..1F0FF; Playing Cards\n1F100..1F1FF; Enclosed Alphanumeric Supplement\n1F200..1F2FF; Enclosed Ideographic Supplement\n1F300..1F5FF; Miscellaneous Symbols and Pictographs\n1F600..1F64F; Emoticons\n1F650..1F67F; Ornamental Dingbats\n1F680..1F6FF; Transport and Map Symbols\n1F700..1F77F; Alchemical Symbols\n1F780..1F7FF; Geometric Shapes Extended\n1F800..1F8FF; Supplemental Arrows-C\n"}
	rcNamesEmoticons   = doc{"unicode/NamesList.txt", "NamesList.txt", "@@\t1F600\tEmoticons\t1F64F\n@+\t\tThe emoticons have been organized by mouth shape to make it easier to locate the different characters in the code chart.\n@\t\tFaces\n1F600\tGRINNING FACE\n1F601\tGRINNING FACE WITH SMILING EYES\n1F602\tFACE WITH TEARS OF JOY\n1F603\tSMILING FACE WITH OPEN MOUTH\n"}
	rcVeraTLA          = doc{"vera/tla.txt", "TLA", "TLA\n       Three Letter Acronym (slang)\n"}
	rcJargonTLA        = doc{"jargon/tla.txt", "TLA", "TLA\n /T·L·A/, n.\n\n    [Three-Letter Acronym]\n\n    1. Self-describing abbreviation for a species with which computing\n    terminology is infested.\n\n    2. Any confusing acronym. Examples include MCA, FTP, SNA, CPU, MMU, SCCS,\n    DMU, FPU, NNTP, TLA. People who like this looser usage argue that not all\n    TLAs have three letters, just as not all four-letter words have four\n    letters. One also hears of ‘ETLA’ (Extended Three-Letter Acronym,\n    pronounced /ee tee el ay/) being used to describe four-letter acronyms; the\n    terms ‘SFLA’ (Stupid Four-Letter Acronym), ‘LFLA’ (Longer Four Letter\n    Acronym), and VLFLA (Very Long Five Letter Acronym) have also been\n    reported. See also {YABA}.\n\n    The self-effacing phrase “TDM TLA” (Too Damn Many...) is often used to\n    bemoan the plethora of TLAs in use. In 1989, a random of the journalistic\n    persuasion asked hacker Paul Boutin “What do you think will be the biggest\n    problem in computing in the 90s?” Paul's straight-faced response: “There\n    are only 17,000 three-letter acronyms.” (To be exact, there are 26^3 =\n    17,576.) There is probably some karmic justice in the fact that Paul Boutin\n    subsequently became a journalist.\n"}
	rcVeraDDT          = doc{"vera/ddt.txt", "DDT", "DDT\n       Dynamic Debugging Tool (DEC, CP/M)\n"}
	rcJargonDDT        = doc{"jargon/ddt.txt", "DDT", "DDT\n /D·D·T/, n.\n\n    [from the insecticide para-dichloro-diphenyl-trichloroethene]\n\n    1. Generic term for a program that assists in debugging other programs by\n    showing individual machine instructions in a readable symbolic form and\n    letting the user change them. In this sense the term DDT is now archaic,\n    having been widely displaced by debugger or names of individual programs\n    like adb, sdb, dbx, or gdb.\n\n    2. [ITS] Under MIT's fabled {ITS} operating system, DDT (running under the\n    alias HACTRN, a six-letterism for ‘Hack Translator’) was also used as the {\n    shell} or top level command language used to execute other programs.\n\n    3. Any one of several specific DDTs (sense 1) supported on early {DEC}\n    hardware and CP/M. The PDP-10 Reference Handbook (1969) contained a\n    footnote on the first page of the documentation for DDT that illuminates\n    the origin of the term:\n\n        Historical footnote: DDT was developed at MIT for the PDP-1 computer in\n        1961. At that time DDT stood for “DEC Debugging Tape”. Since then, the\n        idea of an on-line debugging program has propagated throughout the\n        computer industry. DDT programs are now available for all DEC\n        computers. Since media other than tape are now frequently used, the\n        more descriptive name “Dynamic Debugging Technique” has been adopted,\n        retaining the DDT abbreviation. Confusion between DDT-10 and another\n        well known pesticide, dichloro-diphenyl-trichloroethane C[14]H[9]Cl[5]\n        should be minimal since each attacks a different, and apparently\n        mutually exclusive, class of bugs.\n\n    (The ‘tape’ referred to was, incidentally, not magnetic but paper.) Sadly,\n    this quotation was removed from later editions of the handbook after the {\n    suit}s took over and {DEC} became much more ‘businesslike’.\n\n    The history above is known to many old-time hackers. But there's more:\n    Peter Samson, compiler of the original {TMRC} lexicon, reports that he\n    named DDT after a similar tool on the TX-0 computer, the direct ancestor of\n    the PDP-1 built at MIT's Lincoln Lab in 1957. The debugger on that\n    ground-breaking machine rejoiced in the name FLIT (FLexowriter\n    Interrogation Tape). Flit was for many years the trade-name of a popular\n    insecticide.\n"}
)

// rcRead reads q over docs and returns the answer, the sources and the
// explanation for assertion messages.
func rcRead(q string, docs ...doc) (Answer, string, string) {
	r := New(nil)
	srcs := sources(docs...)
	a := r.Read(q, srcs)
	return a, answerText(a, srcs), r.Explain(q, srcs, 4)
}

// --- locator ---

// WEAKNESS. The jargon entry says where the term arose ("on the Usenet
// group comp.std.c", lower case after "the Usenet group"); its last
// sentence only says where the post can be read now. The URL fits the
// place asked fully, and the reader answers it with confidence 0.96
// (before cfd3e1a it declined, at 0.69). A URL answers "where can I
// read/find/download", not "where did X originate / arise / come from".
func TestReviewLocatorURLIsNoOrigin(t *testing.T) {
	t.Skip("weakness: the URL of an archived post answers \"where did nasal demons originate?\" with confidence 0.96")
	a, ans, why := rcRead("Where did nasal demons originate?", rcNasalDemons)
	if !a.Declined() {
		assert.Contains(t, ans, "comp.std.c", why)
	}
}

// Found by the review and fixed (locator reads hexadecimal in capitals
// only, and ranges whatever their first digit). isHexID takes any 4-12 hex digits with a letter as a position
// in a code space: "bdb4" (Berkeley DB 4, a header-cache backend) fits a
// "where" question fully in Mutt's manual, and the reader answers it at
// 0.92 (declined at 0.27 before). The code-space reading should need a
// code-space context: upper-case hex as Unicode and Blocks.txt write it,
// a "U+", a ".." range, or a row keyed by the code.
func TestReviewLocatorLibraryNameIsNoPosition(t *testing.T) {
	assert.False(t, locator("bdb4"))
	a, ans, why := rcRead("Where is the header cache database of Mutt?", rcMuttHeaderCache)
	if !a.Declined() {
		assert.NotContains(t, ans, "bdb4", why)
	}
}

// Found by the review and fixed (a ".." range is a locator whatever its first digit). A range whose first end is written in decimal digits only
// ("3400..4DBF", "2100..214F", "1200..137F") is no locator, since isHexID
// wants a letter or a leading 0 (to keep years out): about a third of
// Blocks.txt (107 of 327 ranges). Its neighbour "4E00..9FFF" is one, so
// "Where is the CJK Unified Ideographs Extension A block?" is now answered
// with the base block's row at 0.93 (declined at 0.22 before). Both ends
// of a ".." range of 4-6 hex digits, one end with a letter, are positions.
func TestReviewLocatorDecimalStartRange(t *testing.T) {
	assert.True(t, locator("3400..4DBF"))
	assert.True(t, locator("2100..214F"))
	a, ans, why := rcRead("Where is the CJK Unified Ideographs Extension A block?", rcBlocksCJK)
	if !a.Declined() {
		assert.Equal(t, "3400..4DBF; CJK Unified Ideographs Extension A", ans, why)
	}
}

// Found by the review and fixed (same cause, milder): the Letterlike Symbols row is ranked
// first but fits 0, since its range is not read as a position and its
// capitals are the question's own; its neighbours' ranges fit 1, and the
// reader declines a right unit (0.65).
func TestReviewLocatorDecimalStartRangeFits(t *testing.T) {
	fits := unitFits("Where is the Letterlike Symbols block?", rcBlocksLetterlike)
	assert.Equal(t, 1.0, fits["2100..214F; Letterlike Symbols"])
}

// GUARD. The rule's own case: a range with hex letters answers where a
// block is (declined at 0.83 before), and NamesList's header restating
// the block in another layout neither holds it back nor crowds it.
func TestReviewLocatorBlockRange(t *testing.T) {
	a, ans, why := rcRead("Where is the Emoticons block?", rcBlocksEmoticons, rcNamesEmoticons)
	require.False(t, a.Declined(), why)
	assert.Equal(t, "1F600..1F64F; Emoticons", ans)
	assert.Equal(t, 0.0, feature(a, "crowd"), why)
}

// GUARD. A manual's "where can X be found" is an address: the bug tracker
// is answered with its URL (at 0.98; 0.88 before).
func TestReviewLocatorManualAddress(t *testing.T) {
	a, ans, why := rcRead("Where can the official Mutt bug tracking system be found?", rcMuttResources)
	require.False(t, a.Declined(), why)
	assert.Contains(t, ans, "https://gitlab.com/")
	assert.Contains(t, ans, "bug tracking system")
}

// GUARD, with a gap noted. A host or newsgroup name written without a
// scheme ("irc.libera.chat", "comp.mail.mutt") is no locator, so the
// URL sentences around it fit better (for "the Mutt IRC channel" the
// download site's ftp:// sentence is now ranked first); the reader still
// declines, the crowd of those URLs (0.8-1.0) helping, rather than
// answer the wiki's or the download site's address.
func TestReviewLocatorBareHostDeclines(t *testing.T) {
	for _, q := range []string{
		"Where can Mutt's IRC user community be found?",
		"Where is the Mutt IRC channel?",
		"Where can USENET users discuss Mutt?",
	} {
		a, _, why := rcRead(q, rcMuttResources)
		assert.True(t, a.Declined(), why)
	}
}

// GUARD. A URL in the unit that also names the place does no harm: the
// unit that says "Robert J. Hanlon of Scranton, PA" answers (the reader
// had declined, preferring Heinlein's story).
func TestReviewLocatorURLBesideThePlace(t *testing.T) {
	a, ans, why := rcRead("Where was Robert J. Hanlon from?", rcHanlon)
	require.False(t, a.Declined(), why)
	assert.Contains(t, ans, "Scranton, PA")
}

// --- crowd ---

// WEAKNESS. vera's "Three Letter Acronym" is right; jargon's entry
// restates it as "[Three-Letter Acronym]" (a hyphen apart, so neither the
// same answer text nor restates: too short) and two discursive sentences
// of the same entry ("There are only 17,000 three-letter acronyms.")
// score within a point. The crowd counts three rivals (0.6) from ONE
// other document, and a right answer given at 0.845 without the crowd
// is declined (0.81). The crowd should count rival passages (documents)
// rather than units, and fold case, hyphens and spaces when it compares
// answers.
func TestReviewCrowdOneEntryIsOneRival(t *testing.T) {
	t.Skip("weakness: one jargon entry restating the expansion counts as three rivals (crowd 0.6) and a right expansion is declined")
	a, ans, why := rcRead("What does TLA stand for?", rcVeraTLA, rcJargonTLA)
	assert.LessOrEqual(t, feature(a, "crowd"), 0.2, why)
	require.False(t, a.Declined(), why)
	assert.Contains(t, ans, "Three Letter Acronym")
}

// GUARD. Where the other document gives other expansions ("DEC Debugging
// Tape", "Dynamic Debugging Technique") beside vera's "Dynamic Debugging
// Tool", the crowd sees them (0.8) and the reader declines, as it should:
// the sources disagree (it answered at 0.85 without the crowd).
func TestReviewCrowdConflictingExpansions(t *testing.T) {
	a, _, why := rcRead("What does DDT stand for?", rcVeraDDT, rcJargonDDT)
	assert.GreaterOrEqual(t, feature(a, "crowd"), 0.6, why)
	assert.True(t, a.Declined(), why)
}
