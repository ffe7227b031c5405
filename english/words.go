package english

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Word lists. Each exists once in the project; every package that needs
// one asks here.
var (
	stopwords = set(`a an the of in on at to for from by with and or but as is are was were be been being
do does did has have had having it its this that these those there here what which who whom whose when where
why how many much long old far tall high big large deep wide about into than then so if not no any some
all each other such can could would should will shall may might must i you he she we they me him her us them
my your his our their also only very just more most ever first one name called make made take took get got give gave`)

	months = set(`january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec`)

	numberWords = set(`zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand
million billion dozen`)

	// ordinals pick one of a series; "first" is left out because texts
	// imply it ("founded by", "described by").
	ordinals = func() map[string]bool {
		m := map[string]bool{}
		for w, n := range ordinalNumbers {
			m[w] = n > 1
		}
		return m
	}()

	// titleAbbrevs never end a sentence: "Dr. Curie", "No. 5", "Op. 22",
	// a dictionary's "pl. L. {Fulcra}".
	titleAbbrevs = set(`mr mrs ms dr prof st mt ft gen sen rep gov capt col lt sgt rev hon no nos nr fig figs vol vols
pp p ch sec art op opp dept est viz pl`)

	// listAbbrevs end a sentence only when a capital letter follows: "etc."
	listAbbrevs = set(`etc e.g i.e vs al approx ca cf inc ltd co jr sr c b d syn esp abbrev`)

	currencies = set(`dollars dollar pounds pound euros euro francs franc marks mark crowns crown guilders
guilder florins florin shillings shilling pence rupees yen lire lira ducats ducat thalers thaler kronor krona kroner
krone roubles rubles pesos sovereigns guineas`)

	// usageLabels are a dictionary's abbreviated labels for a part of
	// speech, a usage or a field ("Maculate, a.", "[Obs.]", "(Bot.)").
	usageLabels = map[string]string{"n": "noun", "a": "adjective", "adj": "adjective", "v": "verb", "adv": "adverb",
		"prep": "preposition", "conj": "conjunction", "interj": "interjection", "pron": "pronoun", "pl": "plural",
		"obs": "obsolete", "colloq": "colloquial", "fig": "figurative", "prov": "provincial", "dial": "dialect",
		"bot": "botany", "zool": "zoology", "min": "mineralogy", "chem": "chemistry", "med": "medicine",
		"anat": "anatomy", "geol": "geology", "naut": "nautical", "mus": "music", "math": "mathematics",
		"astron": "astronomy", "her": "heraldry", "mil": "military", "eccl": "ecclesiastical", "arch": "architecture",
		"physiol": "physiology", "gram": "grammar", "rhet": "rhetoric", "philos": "philosophy", "theol": "theology", "syn": "synonym", "abbrev": "abbreviation", "esp": "especially",
		"biol": "biology", "mech": "mechanics", "mach": "machinery", "geom": "geometry", "elec": "electricity", "print": "printing",
		"surg": "surgery", "paleon": "paleontology", "ethnol": "ethnology", "far": "farriery", "metal": "metallurgy",
		"photog": "photography", "com": "commerce", "fort": "fortification", "astrol": "astrology", "alg": "algebra", "opt": "optics",
		"carp": "carpentry", "script": "scripture", "mar": "maritime", "antiq": "antiquities", "myth": "mythology", "hist": "history"}

	// placePrepositions introduce a place ("born in Oberlind").
	placePrepositions = set(`in at near from to into on`)

	// prepositions may open a question before its wh-word ("IN which
	// file", "UNDER what kind of directory", "SINCE which release").
	prepositions = set(`about above across after against along among around as at before behind below beneath beside besides
between beyond by despite during except for from in inside into like near of off on onto out outside over past per since
through throughout till to toward towards under underneath unlike until up upon via with within without`)

	// originWords ask where something comes from; texts answer them with
	// "from" ("[from the movie ...]", "orig. from BASIC's CHAIN").
	originWords = set(originVerbList + ` ` + originNounList + ` source`)
	// etymologyWords ask where a word comes from or what it is akin to
	// ("a COGNATE of popularize", "TRACE the word to").
	etymologyWords = set(originVerbList + ` ` + originNounList + ` cognate cognates akin trace traces traced`)
	// originVerbs say that something comes from something ("where does
	// the name … COME from").
	originVerbs = set(originVerbList)
)

const originNounList = `origin origins originally etymology`

const originVerbList = `come comes came coming derive derives derived deriving originate originates originated
arise arises arose arisen taken borrowed stem stems stemmed`

func set(s string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// IsNegator reports whether a lower-cased word negates what follows it
// ("do NOT ignore case", "--NO-ignore-case", "DON'T follow links").
func IsNegator(lw string) bool {
	lw = strings.ReplaceAll(lw, "’", "'")
	return negators[lw] || strings.HasSuffix(lw, "n't")
}

// IsContrast reports whether a lower-cased question word sets what it
// asks against a negated statement ("what does it use INSTEAD of
// munging pathnames" is answered by "do not munge pathnames, but …").
func IsContrast(lw string) bool { return IsNegator(lw) || contrasts[lw] }

var contrasts = set(`instead rather except unlike`)

// AsksNameAt reports whether lower-cased word i of a question asks what
// a thing is named ("what is device 03e0 NAMED in usb.ids", "CALLED",
// "its TITLE"), or listed or known as ("LISTED as", "KNOWN as"), not
// something else said of it ("what is LISTED after device a000", "what
// is it KNOWN for"). Like the alias words (IsAliasWord), it need not be
// written beside the name it asks for.
func AsksNameAt(lower []string, i int) bool {
	if namingWords[lower[i]] {
		return true
	}
	return asWords[lower[i]] && i+1 < len(lower) && lower[i+1] == "as"
}

var (
	namingWords = set(`name names named call calls called label labelled labeled title titled`)
	asWords     = set(`listed known described`)
)

// IsRangeWord reports whether the lower-cased w says what a range of
// codes states by its form ("13A0..13FF"): that it covers a code, where
// it starts or ends ("which block CONTAINS U+2126", "which block BEGINS
// at U+A880", "what RANGE does the Cherokee block cover").
func IsRangeWord(w string) bool { return rangeWords[w] }

var rangeWords = set(`range ranges contain contains contained containing include includes included including hold holds held
cover covers covered covering span spans spanned start starts started starting begin begins began beginning end ends ended ending
occupy occupies occupied occupying lie lies lying belong belongs belonged belonging`)

// clauseNegators turn a whole clause around ("is NOT used", "NEVER
// runs"): what the citation check compares between an answer and its
// source (see NegatesClause).
const clauseNegators = `not never`

var (
	negators      = set(clauseNegators + ` no cannot without nor neither`)
	negatesClause = set(clauseNegators)
)

// NegatesClause reports whether a lower-cased word turns its clause
// around: "not" or "never" (contractions written out: "doesn't" is "does
// not").
func NegatesClause(lw string) bool { return negatesClause[lw] }

// IsStopword reports whether a lower-cased word is a function word that
// carries no content in a question.
func IsStopword(lw string) bool { return stopwords[lw] }

// SaysWhich reports whether a lower-cased word before a name says which
// one of its kind it is, not what kind ("the NEXT Debian", "the DEFAULT
// DefaultLimitNOFILE", "the FIRST Unix"): an ordinal, a value word (see
// IsValueWord) or a word of time or order.
func SaysWhich(lw string) bool {
	return whichWords[lw] || IsOrdinal(lw) || IsValueWord(lw)
}

var whichWords = set(`first next previous current former latest earliest new old original last final recent present prior
later earlier older newer same other main official standard usual typical best worst`)

// OpensExample reports whether lower-cased words prev and lw only say
// that an example follows ("for example", "for instance"): they add
// nothing to what the sentence says.
func OpensExample(prev, lw string) bool {
	return prev == "for" && (lw == "example" || lw == "instance")
}

// IsMonth reports whether a lower-cased word names a month ("may" too).
func IsMonth(lw string) bool { return months[lw] }

// IsWeekday reports whether a lower-cased word names a day of the week.
func IsWeekday(lw string) bool { return weekdays[lw] }

var weekdays = set(`monday tuesday wednesday thursday friday saturday sunday`)

// ordinalNumbers are the ordinal words and the numbers they stand for.
var ordinalNumbers = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12}

// IsOrdinal reports whether a lower-cased word is an ordinal from
// "second" on.
func IsOrdinal(lw string) bool { return ordinals[lw] }

// OrdinalNumber returns the number a lower-cased ordinal word stands for
// ("second": 2), 0 for any other word.
func OrdinalNumber(lw string) int { return ordinalNumbers[lw] }

// IsCurrency reports whether a lower-cased word names a currency.
func IsCurrency(lw string) bool { return currencies[lw] }

// IsOriginWord reports whether a lower-cased word asks for an origin
// ("come", "derived", "etymology"), which a text states with "from".
func IsOriginWord(lw string) bool { return originWords[lw] }

// IsEtymologyWord reports whether a lower-cased word asks for a word's
// etymology ("derived", "cognate", "traced"): what an English dictionary's
// bracketed note states, no translation.
func IsEtymologyWord(lw string) bool { return etymologyWords[lw] }

// IsUsageWord reports whether a lower-cased word is what a dictionary's
// usage label stands for ("obsolete" for "Obs.", "botany" for "Bot."): a
// question's "the obsolete word", "in botany" asks about an entry that
// carries the label.
func IsUsageWord(lw string) bool { return usageWords[lw] }

var usageWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range usageLabels {
		m[w] = true
	}
	return m
}()

// registerLabels name where or by whom a sense is used, as a dictionary
// writes them spelled out at the head of a bracket ("[Local, U. S.]",
// "[Slang, Eng.]", "[Cant, Cambridge Univ., Eng.]").
var registerLabels = set(`local slang cant law colloquial archaic rare poetic vulgar humorous obsolete provincial dialectal dialect`)

// IsRegisterLabel reports whether a lower-cased word is a register label
// (see registerLabels).
func IsRegisterLabel(lw string) bool { return registerLabels[lw] }

// UsageLabel returns the word a dictionary's abbreviated label stands
// for ("noun" for "n", "botany" for "bot", "obsolete" for "obs"), "" when
// lw is none. The caller checks that the text writes it as a label: with
// its dot, after a comma or in brackets.
func UsageLabel(lw string) string {
	if l, ok := usageLabels[lw]; ok || !strings.Contains(lw, ".") {
		return l
	}
	// A label written joined: "n.pl." (a plural noun), "v.t." and "v.i."
	// (a transitive or intransitive verb), as The Devil's Dictionary
	// writes them: the first part's label, when each other part is one
	// or marks the verb's kind or the plural.
	parts := strings.Split(strings.TrimRight(lw, "."), ".")
	for _, p := range parts[1:] {
		if _, ok := usageLabels[p]; !ok && p != "t" && p != "i" {
			return ""
		}
	}
	return usageLabels[parts[0]]
}

// IsCrossReference reports whether a unit only points to another place:
// a short "See …", "See also …" or "Cf. …" ("See {Wax palm}.", "See
// git-commit(1) for details.").
func IsCrossReference(text string) bool {
	t := strings.Join(strings.Fields(text), " ") // "See\n   {frob}", wrapped
	if infoPointer.MatchString(t) {
		return true
	}
	if !strings.HasPrefix(t, "See ") && !strings.HasPrefix(t, "Cf. ") && !strings.HasPrefix(t, "cf. ") {
		return false
	}
	return len(strings.Fields(t)) <= 12
}

// infoPointer matches a GNU info file's menu or index line, which points
// to a node: "* Exit Status:: Exit status returned by 'grep'.", "* return
// status: Exit Status. (line 6)".
var infoPointer = regexp.MustCompile(`^\* [^:]+(::(\s|$)|: .*\. \(line \d+\)$)`)

// IsAPIName reports whether a unit is the name line of an API
// reference's entry, as gtk-doc, Doxygen and their kin head a function's
// or macro's entry: a name written as code and an empty pair of brackets
// ("xmlGetLastError ()", "tide_log_open()", "◆ gauge_reset()"), nothing
// else. The entry's signature and description follow it.
func IsAPIName(text string) bool {
	t := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(text), "◆"))
	name, ok := strings.CutSuffix(t, "()")
	name = strings.TrimSpace(name)
	if !ok || name == "" || !(name[0] == '_' || name[0]|0x20 >= 'a' && name[0]|0x20 <= 'z') {
		return false
	}
	for _, c := range []byte(name) {
		if !isNameByte(c, ".:") {
			return false
		}
	}
	return true
}

// IsDeclaration reports whether a unit declares a C function, as a
// header does ("extern time_t timegm (struct tm *__tp) __THROW;", "int
// tide_open(const char *path);"): one statement ending in ";" whose
// first bracket follows a type and a name, with no comment or directive
// in it.
func IsDeclaration(text string) bool {
	t := strings.TrimSpace(text)
	if !strings.HasSuffix(t, ";") || strings.HasPrefix(t, "#") || strings.Contains(t, "/*") || strings.Contains(t, "//") || strings.Count(t, ";") > 1 {
		return false
	}
	open := strings.IndexByte(t, '(')
	if open <= 0 {
		return false
	}
	name := strings.TrimRight(t[:open], " \t")
	if f := strings.Fields(name); len(f) < 2 || strings.ContainsAny(name, "=.,!?") || cStatementWords[f[0]] {
		return false // "free (buf);", "return f(x);": a call, not a declaration, which names a type before the function
	}
	return isNameByte(name[len(name)-1], "")
}

// cStatementWords open a C statement, not a declaration.
var cStatementWords = set(`return if while for switch sizeof else do case goto`)

// IsSynopsis reports whether a unit is a command's usage line, a manual
// page's SYNOPSIS ("lintel -s SCHEMA [-f FORMAT] [-v] [--output=FILE]
// FILE...", "git write-tree [--missing-ok] [--prefix=<prefix>/]"): two or
// more bracketed options ("[-" opens each). It shows how a command is
// called, not what any option of it does.
func IsSynopsis(text string) bool {
	return strings.Count(text, "[-") >= 2
}

// Introduces reports whether a unit announces what the next one says
// and says none of it itself: it ends with a colon ("… leading to
// examples like:"), with "the following." or "as follows." ("You can
// check your global configuration by the following."), or breaks off
// after a word that leads into a command or an example, where a manual
// sets the command apart ("With apt, you can set a package to hold
// using" before "apt-mark hold package_name").
func Introduces(text string) bool {
	t := trimNoteMark(strings.TrimSpace(text))
	if strings.HasSuffix(t, ":") {
		return !strings.HasSuffix(t, "::")
	}
	lower := strings.ToLower(t)
	for _, end := range []string{"the following.", "as follows.", "as below.", "shown below."} {
		if strings.HasSuffix(lower, end) {
			return true
		}
	}
	if strings.HasSuffix(lower, ".") && announcesFollowing(strings.Fields(strings.TrimSuffix(lower, "."))) {
		return true // "… using one of the following commands.", not "… the following year."
	}
	f := strings.Fields(t)
	return len(f) > 3 && leadInWords[f[len(f)-1]] // lower-case, in a sentence: "Encoded Information Type" names a thing
}

// RefersBack reports whether a sentence leans on the one before it for
// what it is about: it opens with a pronoun or a demonstrative ("It is
// usually marketed as …", "This file may contain …", "Such a package …")
// or names "this task", "these files" inside ("The apt-file command may
// be handy for this task."): the sentence before says what the task is.
func RefersBack(text string) bool {
	f := strings.FieldsFunc(strings.ToLower(trimNoteMark(text)), func(r rune) bool { return !IsWordRune(r) && r != '\'' })
	if len(f) < 3 {
		return false
	}
	if backOpeners[f[0]] {
		return true
	}
	for k := 1; k+1 < len(f); k++ {
		if (f[k] == "this" || f[k] == "these" || f[k] == "such") && !stopwords[f[k+1]] {
			return true // "for this task", "such files"; not "this is", "such as"
		}
	}
	return false
}

// backOpeners open a sentence that leans on the one before it.
var backOpeners = set(`it its they their this these that those such both`)

// BreaksOff reports whether a sentence ends on a word, with no stop or
// closing mark: it leads on to what the next block shows ("So after you
// do a cp -a to create a new copy, you'll want to do" over a command).
func BreaksOff(text string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(text))
	return IsWordRune(r)
}

// trimNoteMark cuts a footnote's mark off the end of t ("configured as
// follows:  [68]", as a rendered DocBook manual writes it): the sentence
// ends before it.
func trimNoteMark(t string) string {
	if !strings.HasSuffix(t, "]") {
		return t
	}
	i := strings.LastIndexByte(t, '[')
	if i <= 0 || i+2 > len(t)-1 || strings.Trim(t[i+1:len(t)-1], "0123456789") != "" {
		return t
	}
	return strings.TrimSpace(t[:i])
}

// OnlyIntroduces reports whether a unit that Introduces says nothing
// itself: all it holds is that something follows ("… by the following.",
// "… as follows:", "… to hold using"). A sentence that ends with a colon
// before its list ("Debian system uses FreeType 2.0 library to rasterise
// many scalable font formats for screen and print:") states a fact of
// its own.
func OnlyIntroduces(text string) bool {
	if IsCaption(text) {
		return true
	}
	if !Introduces(text) {
		return false
	}
	t := trimNoteMark(strings.TrimSpace(text))
	if !strings.HasSuffix(t, ":") {
		return true
	}
	f := strings.Fields(strings.ToLower(strings.TrimSuffix(t, ":")))
	if len(f) <= 1 || announceWords[f[len(f)-1]] || announcesFollowing(f) || announcesLast(f) { // "… use the following command:", "… if the following conditions are met:", "please follow these rules:"
		return true
	}
	// It breaks off before its verb's object: an imperative after the
	// clause that says what for ("To deactivate a virtual environment,
	// type:"), "be" after a modal ("… the first line of your source code
	// file should be:"), or a verb and the form of what follows ("… use
	// the syntax:"). A sentence that states something first ("Debian
	// provides three tools that you can use:", "… has a name and a data
	// type:") goes on to list it.
	if len(f) > 2 && (f[0] == "these" || f[0] == "here") && (f[1] == "are" || f[1] == "is") && !strings.ContainsAny(t, ",;") {
		return true // "These are the sources.list 5 lines for experimental:": what they are follows
	}
	if f[0] == "to" && !strings.ContainsAny(t, ",;") {
		return true // "To print detailed information on the versions available for a package …:": a purpose alone, the command that serves it follows
	}
	if strings.Contains(t, "; ") {
		return false // "The Python interpreter is usually installed as /usr/local/bin/python3.11 …; putting … makes it possible to start it by typing the command:": its first clause states a fact
	}
	n, last := len(f), f[len(f)-1]
	imperative := (leadInVerbs[last] || leadInWords[last]) && strings.HasSuffix(f[n-2], ",")
	modal := last == "be" && IsAuxiliary(f[n-2])
	form := n > 2 && f[n-2] == "the" && (formNouns[last] || announcedNouns[last]) && (leadInVerbs[f[n-3]] || leadInWords[f[n-3]])
	return imperative || modal || form || breaksOffAtCopula(strings.TrimSuffix(t, ":"))
}

// breaksOffAtCopula reports whether a sentence stops on "is" or "are",
// an aside in brackets apart ("The canonical syntax for specifying URLs
// in Mutt is (an item enclosed in [] means it is optional and may be
// omitted)"): what its subject is is what follows.
func breaksOffAtCopula(t string) bool {
	t = strings.TrimSpace(t)
	if strings.HasSuffix(t, ")") {
		depth := 0
		for i := len(t) - 1; i >= 0; i-- {
			if t[i] == ')' {
				depth++
			} else if t[i] == '(' {
				depth--
			}
			if depth == 0 {
				t = strings.TrimSpace(t[:i])
				break
			}
		}
	}
	f := strings.Fields(strings.ToLower(t))
	return len(f) > 2 && (f[len(f)-1] == "is" || f[len(f)-1] == "are") && !strings.ContainsAny(t, ",;") // "… contains the Debian Policy Manual and related documents, which are:" states what it contains first
}

// leadInVerbs are the imperatives a manual breaks a sentence off with
// before the command or text it sets apart (see also leadInWords).
var leadInVerbs = set(`type run use issue invoke write add`)

// formNouns name the form of what a manual sets apart, besides the nouns
// "the following" announces ("use the syntax:").
var formNouns = set(`syntax form format`)

// IsCaption reports whether a unit is the caption a manual gives an
// example, table, figure or listing ("Example 6.4. Installation of the
// Unstable version of spamassassin"): it names what the block under it
// shows, and says none of it.
func IsCaption(text string) bool {
	return caption.MatchString(strings.TrimSpace(text))
}

var caption = regexp.MustCompile(`^(?:Example|Table|Figure|Listing)[\s\x{00a0}]+(?:[0-9]+|[A-Z])(?:\.[0-9]+)*[.:][\s\x{00a0}]+\S`) // "Table A.1." in an appendix

// announcesFollowing reports whether lower-cased words end with "following"
// and a noun a manual announces ("the following commands").
func announcesFollowing(f []string) bool {
	return len(f) > 2 && f[len(f)-2] == "following" && announcedNouns[f[len(f)-1]]
}

// announcesLast reports whether lower-cased words, a sentence before its
// colon, announce what follows in their last four: "the following" or
// "these" and the noun of what is listed ("… if the following conditions
// are met", "… please follow these rules"), whatever the noun. A sentence
// that writes a number states it ("The current Debian GNU/Linux release,
// 11, contains … for the following architectures:").
func announcesLast(f []string) bool {
	if slices.ContainsFunc(f, func(w string) bool { return strings.ContainsAny(w, "0123456789") }) {
		return false
	}
	for k := max(1, len(f)-4); k < len(f)-1; k++ {
		if f[k] == "following" || f[k] == "these" {
			return true
		}
	}
	for k := 1; k < len(f); k++ {
		if f[k-1] == "as" && strings.TrimRight(f[k], ",;") == "follows" {
			return true // "You can then inspect changes … as follows, watching out for anything suspicious:"
		}
	}
	return false
}

// announceWords end a sentence that only announces a list or an example
// ("… as follows:", "… like this:").
var announceWords = set(`following follows below this these like`)

// announcedNouns are what "the following …" announces in a manual ("one
// of the following commands.", "contains the following components:"),
// unlike "the following year".
var announcedNouns = set(`command commands step steps line lines option options example examples way ways file files
component components package packages setting settings entry entries code snippet script`)

// leadInWords end a sentence a manual breaks off to set a command or an
// example apart ("… you can set a package to hold using", "… for checking
// the status run").
var leadInWords = set(`using with by via like enter execute run`)

// IsChangeLogSignature reports whether a line signs a change log's entry:
// a GNU ChangeLog's header over its items ("2021-06-12  Rafael Quintero
// <rquintero@example.org>") or a Debian changelog's trailer under them
// (" -- Ilse Vandermeer <ilse@example.org>  Sat, 19 Jun 2021 10:00:00
// +0200"). Who made the entry's changes, and when, is written only there.
func IsChangeLogSignature(text string) bool {
	return gnuChangeLogHeader.MatchString(text) || debianChangeLogTrailer.MatchString(text)
}

// IsChangeLogEntry reports whether a line opens a Debian changelog's
// entry ("anacron (2.3-36) unstable; urgency=medium"): the items under it,
// and its trailer, are of that version of the package.
func IsChangeLogEntry(text string) bool { return debianChangeLogEntry.MatchString(text) }

// IsChangeLogTrailer reports whether a signature comes after its items
// (Debian's " -- Name <mail>  date").
func IsChangeLogTrailer(text string) bool { return debianChangeLogTrailer.MatchString(text) }

var (
	debianChangeLogEntry   = regexp.MustCompile(`^[a-z0-9][a-z0-9.+-]* \([^()\s]+\) [^;\n]+; urgency=`)
	gnuChangeLogHeader     = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}\s+\S[^<\n]*<[^<>\s]+@[^<>\s]+>\s*$`)
	debianChangeLogTrailer = regexp.MustCompile(`^\s*-- \S[^<\n]*<[^<>\s]+@[^<>\s]+>\s+\S.*\d{4}`)
)

// IsUsageNote reports whether a sentence only says how the entry's word
// is used as a part of speech ("Also used adjectively.", "Used also as a
// noun.", Webster's notes under a sense): it says nothing of what the
// word means.
func IsUsageNote(text string) bool {
	if len(text) > 80 || !strings.Contains(text, "sed") {
		return false // ("used", "Used": a short note, read for every unit)
	}
	words := strings.Fields(strings.ToLower(strings.TrimRight(strings.TrimSpace(text), ".")))
	if len(words) == 0 || len(words) > 6 || !slices.Contains(words, "used") {
		return false
	}
	grammar := false
	for _, w := range words {
		switch {
		case usageNoteWords[w]:
		case wordClasses[w] || strings.HasSuffix(w, "ively") || strings.HasSuffix(w, "ially") || w == "absolutely":
			grammar = true // "adjectively", "substantively", "adverbially", "as a noun"
		default:
			return false
		}
	}
	return grammar
}

var usageNoteWords = set(`also used as a an the sometimes often rarely formerly commonly chiefly usually`)

// IsCoordinate reports whether a word is an ISO 6709 latitude and
// longitude written as signed degrees and minutes (and seconds) run
// together, as zone.tab and zone1970.tab write them: "+4813+01620",
// "-3352+15113", "+415408+0122711". It is a place, not a quantity.
func IsCoordinate(w string) bool {
	if len(w) < 11 || (w[0] != '+' && w[0] != '-') {
		return false
	}
	i := strings.IndexAny(w[1:], "+-") + 1
	if i <= 0 {
		return false
	}
	lat, lon := w[1:i], w[i+1:]
	digits := func(s string) bool { return s != "" && strings.Trim(s, "0123456789") == "" }
	return digits(lat) && digits(lon) && (len(lat) == 4 || len(lat) == 6) && (len(lon) == 5 || len(lon) == 7)
}

// IsPlacePreposition reports whether a lower-cased word introduces a
// place ("in", "at", "near").
func IsPlacePreposition(lw string) bool { return placePrepositions[lw] }

// IsPreposition reports whether a lower-cased word is a preposition.
func IsPreposition(lw string) bool { return prepositions[lw] }

// AsksProcedure reports whether a lower-cased question asks how to do
// something ("how can I cut a file into pieces", "how do I make debuild
// include the source"), not how a word is said, written or translated
// ("how do you say tomato in French", "how would you put nudo into
// English").
func AsksProcedure(lower []string) bool {
	if len(lower) < 4 || lower[0] != "how" || !procedureModals[lower[1]] || !procedureDoers[lower[2]] || wordVerbs[lower[3]] {
		return false
	}
	for i := range lower {
		if IsLanguageFrame(lower, i) {
			return false
		}
	}
	return true
}

// StatesMeans reports whether a sentence gives the means of a task in
// prose: "by" and a gerund ("simply by subscribing to the package", "by
// reading debhelper(1)") or "using".
func StatesMeans(text string) bool { return meansPhrase.MatchString(text) }

// AsksReason reports whether a lower-cased question asks why ("why is
// the main section official", "according to the FAQ, why …").
func AsksReason(lower []string) bool { return slices.Contains(lower, "why") }

// AsksNameOrigin reports whether a lower-cased question asks what
// something is named for ("where did the Ribbon Society GET ITS NAME
// from", "where does the mineral gymnite get its name from", "where does
// the NAME fandango on core COME from", "WHY is the pipit CALLED a
// pipit"): a source of the name, which a
// text gives as "so called from …", "it took its name from …" or an
// etymology, not a place.
func AsksNameOrigin(lower []string) bool {
	if slices.Contains(lower, "why") {
		for i, w := range lower {
			if w != "called" && w != "named" {
				continue
			}
			if i > 0 && lower[i-1] == "so" {
				return true // "why is the bird division Macrochires SO named"
			}
			if i+1 < len(lower) {
				if next := lower[i+1]; next == "a" || next == "an" || next == "the" || next == "so" || !IsStopword(next) && !prepositions[next] && next != "twice" && next != "once" {
					return true // "why is the pipit called A PIPIT"; not "why is exit called AFTER fork", "… called TWICE"
				}
			}
		}
	}
	for i, w := range lower {
		if w != "name" && w != "names" {
			continue
		}
		if i >= 2 && nameTakers[lower[i-2]] && possessives[lower[i-1]] {
			return true // "get its name"
		}
		for _, v := range lower[i+1 : min(len(lower), i+6)] {
			if originVerbs[v] {
				return true // "the name … come from"
			}
		}
	}
	return false
}

// nameTakers are the verbs of "X got its name from …".
var nameTakers = set(`get gets got take takes took derive derives derived have has had`)

// GivesNameOrigin reports whether a sentence says what something was
// named for: "so called from the green ribbon", "So called as coming
// from the Bare Hills", "it took its name from …", "owes its name to …",
// "named after …", "hence the name", the words as a wrapped line breaks
// them.
func GivesNameOrigin(text string) bool { return nameOriginPhrase.MatchString(text) }

// nameOriginPhrase is what GivesNameOrigin looks for.
var nameOriginPhrase = regexp.MustCompile(`(?i)\bso\s+(?:called|named)\b|\bnamed\s+(?:after|for|from|in\s+hono(?:u)?r\s+of)\b|\b(?:takes|took|take|gets|got|get|derives|derived|derive|has|had|owes|owed)\s+(?:its|their|his|her)\s+names?\s+(?:from|to)\b|\bnames?\s+(?:comes|came|derives|(?:is|was)\s+derived)\s+from\b|\bhence\s+the\s+name\b`)

// CauseMarkers returns the phrases of a sentence that give a reason or a
// purpose, lower-cased: "because", "due to", "in order to", "so that",
// "since" before a word ("since 1998" is a date), "to avoid" and the
// like. A "why" question is answered by the sentence that says it; a
// consequence ("therefore", "thus") gives its reason in the sentence
// before, and is left out.
func CauseMarkers(text string) []string {
	var out []string
	for _, m := range causePhrase.FindAllString(text, -1) {
		m = strings.ToLower(m)
		if strings.HasPrefix(m, "since ") {
			m = "since" // "since Debian 8": the word after only tells it from a date
		}
		out = append(out, m)
	}
	return out
}

// AsksCondition reports whether a lower-cased question asks under what
// condition or at what point something holds, not on what date: "when"
// before an auxiliary of the present ("when DOES the shell set …", "when
// IS the v optional", "when SHOULD a package …"), or "until when". The
// past ("when WAS it released", "when DID …") asks a date.
func AsksCondition(lower []string) bool {
	for i := 0; i+1 < len(lower); i++ {
		if lower[i] != "when" {
			continue
		}
		if i > 0 && lower[i-1] == "until" || presentAuxiliaries[lower[i+1]] {
			return true
		}
	}
	return false
}

var presentAuxiliaries = set(`do does is are should can must will may`)

// ConditionMarkers returns the words of a sentence, lower-cased, that
// open a clause saying under what condition or at what point something
// holds: "if", "when", "whenever", "unless", "once", "after", "before",
// "until", "upon", "during", "as soon as", each before a word. A "when
// does …" question of a manual is answered by the sentence that says it
// ("The shell sets this option if it is started in restricted mode").
func ConditionMarkers(text string) []string {
	var out []string
	for _, m := range conditionPhrase.FindAllStringSubmatch(text, -1) {
		out = append(out, strings.ToLower(m[1]))
	}
	return out
}

var conditionPhrase = regexp.MustCompile(`(?i)\b(if|when|whenever|unless|once|after|before|until|upon|during|as soon as) [a-z]`)

var causePhrase = regexp.MustCompile(`(?i)\b(?:because|due to|owing to|thanks to|in order (?:to|that)|so that|so as to|the reason|otherwise|lest|to (?:avoid|prevent|ensure|make sure|allow|keep))\b|\bsince [a-z]`)

var (
	procedureModals = set(`do can should would could may might must`)
	procedureDoers  = set(`i you one we`)
	// wordVerbs ask how a word is said or what it is called, not how a
	// task is done.
	wordVerbs   = set(`say pronounce translate put spell call write tell know refer describe express render read abbreviate`)
	meansPhrase = regexp.MustCompile(`(?i)\b(by [a-z]+ing|using)\b`)
)

// IsNumberWord reports whether a lower-cased word spells a number, also
// hyphenated ("thirty-seven").
func IsNumberWord(lw string) bool {
	if lw == "" {
		return false
	}
	for _, part := range strings.Split(lw, "-") {
		if !numberWords[part] {
			return false
		}
	}
	return true
}

// NumberValue returns the value of a number word from zero to twenty
// ("two" → 2), or -1.
func NumberValue(lw string) int {
	small := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"}
	for i, w := range small {
		if w == lw {
			return i
		}
	}
	return -1
}

// IsYear reports whether a token is a year from 1000 to 2100 written in
// four digits.
func IsYear(s string) bool {
	if len(s) != 4 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s >= "1000" && s <= "2100"
}

// IsEraYear reports whether digits at text[start:end] are a year written
// with its era ("held a. d. 325", "in 44 B.C.", "(100-44 BC)", "in AD
// 79"), of up to four digits. The era is dotted, or undotted ("BC",
// "BCE", "AD", "CE") where "in", "from", "by" or "about" leads into it or
// it opens a bracket or ends a range: a code ("8000  BC02 Bluetooth
// Adapter") or a postcode ("NL 5617 BC") is no year.
func IsEraYear(text string, start, end int) bool {
	if end-start < 1 || end-start > 4 || strings.Trim(text[start:end], "0123456789") != "" {
		return false
	}
	before, after := text[max(0, start-12):start], text[end:min(len(text), end+10)]
	if dottedEraBefore.MatchString(before) || dottedEraAfter.MatchString(after) {
		return true
	}
	lead := strings.TrimSuffix(strings.TrimRight(before, " "), "AD")
	return eraFrame.MatchString(strings.TrimRight(lead, " ")) && (eraBefore.MatchString(before) || eraAfter.MatchString(after))
}

var (
	dottedEraBefore = regexp.MustCompile(`(?i)(^|[^a-z])a\.\s?d\.\s*$`)
	dottedEraAfter  = regexp.MustCompile(`(?i)^\s*(b\.\s?c\.|c\.\s?e\.)`)
	eraBefore       = regexp.MustCompile(`(^|[^A-Za-z])AD\s*$`)
	eraFrame        = regexp.MustCompile(`(?i)((^|[^a-z])(in|from|to|by|about|around|circa|c\.)|[(-])$`) // what leads into a year, not a code or a postcode
	eraAfter        = regexp.MustCompile(`^\s*(BCE?|CE)([^A-Za-z0-9]|$)`)
)

// IsDecade reports whether a token names a decade: a year and an "s"
// ("1940s", "1960's") or two digits after an apostrophe ("'60s").
func IsDecade(s string) bool {
	for _, suf := range []string{"'s", "’s", "s"} {
		if y, ok := strings.CutSuffix(s, suf); ok {
			if IsYear(y) {
				return true
			}
			if d, ok := strings.CutPrefix(y, "'"); ok && len(d) == 2 && d[0] >= '0' && d[0] <= '9' && d[1] >= '0' && d[1] <= '9' {
				return true
			}
			return false
		}
	}
	return false
}

// AsksAlias reports whether a lower-cased question, its words joined by
// single spaces with a space at each end, asks for another name of its
// subject ("what is MODI SIGN VIRAMA also called", "by what other name is
// X known", "what is a synonym for flat-ASCII").
//
// A question that gives the other name asks for the thing ("which
// character is also called the line marker"): the words after "also
// called", "also known as" or "better known as" are not a question word.
func AsksAlias(joined string) bool {
	asks, _ := aliasAsked(joined)
	return asks
}

// GivesOtherName reports whether a lower-cased question, joined as for
// AsksAlias, gives another name of what it asks for ("which character is
// also called the line marker", "what substance is known as HN"): a
// dictionary's list of other names ("Syn: hydrazoic acid") may be what
// names the thing.
func GivesOtherName(joined string) bool {
	_, gives := aliasAsked(joined)
	return gives
}

// aliasAsked reads a question's alias phrase: whether it asks for another
// name, and whether it gives one.
func aliasAsked(joined string) (asks, gives bool) {
	for _, p := range aliasReads {
		i := strings.Index(joined, p)
		if i < 0 {
			continue
		}
		if strings.HasSuffix(p, " called ") || strings.HasSuffix(p, " known ") || strings.HasSuffix(p, " as ") {
			rest := strings.Fields(strings.TrimPrefix(joined[i+len(p):], "as "))
			if len(rest) > 0 && !questionWords[rest[0]] {
				return false, true // the other name is given
			}
		}
		if p == " known as " || p == " called " {
			continue // "what is X called": no other name asked, none given
		}
		if p == " alias " {
			if rest := strings.Fields(joined[i+len(p):]); len(rest) > 0 && !questionWords[rest[0]] && !stopwords[rest[0]] {
				return false, true // "which code point has the short name alias VS12": the alias is given; "what alias does it have" asks one
			}
		}
		return true, false
	}
	return false, false
}

// AsksScientificName reports whether a lower-cased question, joined as
// for AsksAlias, asks for the scientific name of its subject ("What's
// the scientific name of the fennec fox?", "what Latin name does Bierce
// give the human hog"): a genus and species written apart in a
// definition give it (WritesBinomial).
func AsksScientificName(joined string) bool {
	for _, p := range scientificAsks {
		if strings.Contains(joined, p) {
			return true
		}
	}
	return false
}

// WritesBinomial reports whether a text writes a genus and species set
// apart by brackets, braces or underscores, as dictionaries name a
// plant's or animal's kind inside its definition: "A small, African,
// foxlike animal ({Vulpes zerda})", "(_Pignoramus intolerabilis_)".
func WritesBinomial(text string) bool {
	return binomial.MatchString(text)
}

var binomial = regexp.MustCompile(`(?:\(\{?|\{|\(?_)[A-Z][a-z]+\s+[a-z]{2,}(?:\s+[a-z]{2,})?(?:\}\)?|_\)?|\))`)

// GivesAlias reports whether a unit's text gives another name for what it
// is about: "called also the {sulphur alcohols}", "Syn: cicala", "also
// known as", "a.k.a.".
func GivesAlias(text string) bool {
	t := strings.Join(strings.Fields(strings.ToLower(text)), " ") // "called\n   also", as a wrapped entry writes it
	for _, p := range aliasGives {
		if strings.Contains(t, p) {
			return true
		}
	}
	return false
}

// SaysWhatCalled reports whether a unit's text says what something is
// called ("… which (if it doesn't stay properly behind the scenes) is
// called a bug", "known as", "termed"): it names a term itself. "Called"
// as a program's routine is called ("is called when …", "called by")
// names none.
func SaysWhatCalled(text string) bool {
	f := strings.Fields(strings.ToLower(text))
	for i, w := range f {
		switch {
		case w == "termed" && i+1 < len(f):
			return true
		case w == "known" && i+1 < len(f) && f[i+1] == "as":
			return true
		case w == "called" && i+1 < len(f) && !calledHow[strings.Trim(f[i+1], ",.;:()")]:
			j := i - 1
			for j >= 0 && (f[j] == "also" || strings.HasSuffix(f[j], "ly")) {
				j-- // "is also called", "Also colloquially called SHA-1."
			}
			if j < 0 || IsBe(f[j]) || f[j] == "be" || f[j] == "been" {
				return true
			}
		}
	}
	return false
}

// IsHostName reports whether a word of a text, punctuation around it
// trimmed, is an Internet host name: labels of letters, digits and
// hyphens set apart by dots, the last one a top-level domain (one of a
// few countries' after three labels or more: "www.bbc.co.uk")
// ("bugs.debian.org", "www.iana.org", "ftp.gnu.org."); not a file
// ("setup.py", "README.md", "bash.info", "COMMAND.COM"), a Java package
// ("java.io") nor "e.g.".
func IsHostName(w string) bool {
	w = strings.Trim(w, "()[]{}<>\"',;:!?.")
	if strings.ToUpper(w) == w {
		return false // "COMMAND.COM": a file, written as DOS wrote them
	}
	labels := strings.Split(strings.ToLower(w), ".")
	n := len(labels)
	if n < 2 || !hostDomains[labels[n-1]] || n == 2 && !genericDomains[labels[n-1]] {
		return false // "bash.info", "java.io": a file, a package; "debian.org" is a host
	}
	for _, l := range labels {
		if l == "" || l[0] == '-' || l[len(l)-1] == '-' || strings.Trim(l, "abcdefghijklmnopqrstuvwxyz0123456789-") != "" {
			return false
		}
	}
	return true
}

var (
	hostDomains    = set(`com org net edu gov int mil arpa uk de fr jp eu`)
	genericDomains = set(`com org net edu gov`)
)

// TermCall returns the index of the "call" in a lower-cased question
// that asks what someone calls a thing it describes ("what do hackers
// call …", "what does WordNet call an expert who studies the Vedas",
// "what do British hackers jokingly call …"), or -1. The words between
// "do" and "call" say who calls it, not what is asked about. It is not
// "what does it mean to call …", "what do people mean when they call …",
// "what does bash do if you call exit", "what does git pull call under
// the hood" (a routine called), nor "what does the call builtin do".
func TermCall(lower []string) int {
	if len(lower) < 4 || lower[0] != "what" || (lower[1] != "do" && lower[1] != "does" && lower[1] != "did") {
		return -1
	}
	for j := 3; j < len(lower)-1 && j <= 6; j++ {
		if IsMeanVerb(lower[j-1]) || lower[j-1] == "when" || lower[j-1] == "if" || lower[j-1] == "do" {
			return -1
		}
		if lower[j] == "call" {
			switch {
			case lower[j-1] == "the" || lower[j-1] == "a" || lower[j-1] == "an" || lower[j-1] == "this":
				return -1 // "what does THE call builtin do": the noun
			case calledHow[lower[j+1]] || callsNext[lower[j+1]]:
				return -1 // "what does git pull call UNDER the hood", "… call TO start the daemon": a routine called
			}
			return j
		}
	}
	return -1
}

// callsNext are words after "call" that say how or when a program calls
// another, beside calledHow's: no thing described follows.
var callsNext = set(`to under first next then`)

// calledHow are the words after "called" that say when or by what a
// routine is called, not what a thing is called.
var calledHow = set(`when whenever by with from if in on once each for at after before during via as even only again twice unless`)

// IsSynonymList reports whether a unit's text is a dictionary's list of
// other names for its entry and nothing else: it opens with "Syn:" or
// "Syn." ("Syn: family {Phasmidae}, Phasmatidae, family {Phasmatidae}.").
func IsSynonymList(text string) bool {
	t := strings.TrimPrefix(strings.TrimLeft(text, " \t\n"), "[")
	return len(t) >= 4 && strings.EqualFold(t[:3], "syn") && (t[3] == ':' || t[3] == '.')
}

// IsAliasWord reports whether a lower-cased word of a question that asks
// for another name is one of the words it asks with ("otherwise known",
// "other name"), which the text that gives the name need not write.
func IsAliasWord(lw string) bool { return aliasWords[lw] }

// NamesAliasList reports whether a file's name, without its extension,
// says the file lists other names ("NameAliases", "PropertyValueAliases",
// "aliases", "synonyms"): each of its records gives a name another.
func NamesAliasList(base string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(SplitCamel(base)), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if aliasLists[w] {
			return true
		}
	}
	return false
}

var aliasLists = set(aliasListNouns)

// aliasListNouns name a list of other names (also alias words, see
// aliasWords).
const aliasListNouns = `alias aliases synonym synonyms`

var (
	aliasWords     = set(`also otherwise known called name names other another alternative alternate better common scientific botanical taxonomic ` + aliasListNouns)
	scientificAsks = []string{" scientific name", " latin name", " botanical name", " taxonomic name"}
	aliasAsks      = append([]string{" also called ", " also known ", " otherwise called ", " otherwise known ", " other name", " another name", " alternative name", " alternate name", " alias ", " aliases ", " synonym ", " synonyms ", " better known as ", " common name"}, scientificAsks...) // a scientific name is another name
	// aliasReads are the phrases aliasAsked looks for: those that ask for
	// another name, then two that may give one.
	aliasReads = append(aliasAsks[:len(aliasAsks):len(aliasAsks)], " known as ", " called ")
	aliasGives = []string{"also called", "called also", "also known as", "known also as", "a.k.a.", "aka ", "syn.", "syn:", "otherwise called", "otherwise known", "also named", "sometimes called", "formerly called", "formerly known", "alias"}
)

// AsksTerm reports whether a lower-cased question, its words joined by
// single spaces with a space at each end, describes a thing and asks for
// the word for it ("what do you call a specialist in plant diseases",
// "what's the word for an abrupt switch", "which word describes verse
// where …"): a glossary answers with the headword whose definition the
// question paraphrases.
func AsksTerm(joined string) bool {
	for _, p := range termAsks {
		if strings.HasPrefix(joined, p) {
			return true
		}
	}
	f := strings.Fields(joined)
	if TermCall(f) >= 0 {
		return true
	}
	if len(f) < 4 {
		return false
	}
	if f[0] == "which" || f[0] == "what" {
		for j := 1; j < len(f)-1 && j <= 3; j++ {
			if wordClassNouns[f[j]] {
				return true // "which Spanish verb means to mourn", "what rare adjective … describes"
			}
			if IsStopword(f[j]) {
				break
			}
		}
	}
	k := 0
	switch {
	case (f[0] == "what's" || f[0] == "whats") && f[1] == "the":
		k = 2
	case f[0] == "what" && (f[1] == "is" || f[1] == "was") && f[2] == "the":
		k = 3
	case f[0] == "what" && (f[1] == "is" || f[1] == "was") && f[2] == "it" && f[3] == "called":
		return true // "what is it called when a sender floods a receiver …"
	}
	if k > 0 {
		for j := k; j < len(f)-1 && j <= k+2; j++ {
			if termNouns[f[j]] && f[j+1] == "for" {
				return true // "what's the JARGON word for …", "what is the hacker term for …"
			}
		}
		if f[k] == "name" && f[k+1] == "of" && describesByClause(f[k+2:]) {
			return true // "what is the name of the small round passage through which the stomach empties …"
		}
	}
	// "What is the device in a plane that aims the bombs called?": a
	// description, then the word asked for.
	if !(f[0] == "what" || f[0] == "what's" || f[0] == "whats") || strings.Contains(joined, " also called ") {
		return false
	}
	for j := 3; j < len(f); j++ {
		if f[j] == "called" && (j == len(f)-1 || f[j+1] == "when" || f[j+1] == "if" || f[j+1] == "where") {
			return true // "… called when it isn't a real Friday?": the description, the word asked for, then the case it is said of
		}
	}
	return false
}

// describesByClause reports whether f, the words after "the name of",
// describe a thing by what it does: a relative clause whose verb follows
// its pronoun ("the mask THAT DECIDES which permission bits …", "the
// bitumen THAT GIVES off a foul stench"), or one after a preposition
// ("the passage THROUGH WHICH the stomach empties"). The thing is known
// by what it does, and its name is the word a glossary or dictionary
// defines so. A clause of what the thing is ("the stone that IS the birth
// stone for June": a record's field), one whose subject is something else
// ("the river that Lisbon lies on": Lisbon's entry names the river), a
// thing given by a code or number ("the currency that has the code MKD")
// or a person ("the programmer WHO planted …") asks a name written in the
// text, not a defined word.
func describesByClause(f []string) bool {
	for _, w := range f {
		if strings.IndexFunc(w, unicode.IsDigit) >= 0 || HeadOf(strings.Trim(w, ",;:?")) == CodeHead {
			return false
		}
	}
	for j := 2; j+1 < len(f); j++ {
		w := strings.Trim(f[j], ",;:")
		if w != "that" && w != "which" {
			continue
		}
		if w == "which" && prepositions[f[j-1]] {
			return true // "through which", "by which"
		}
		next := f[j+1]
		// a verb of the third person ("decides", "gives"), not one that
		// says what the thing is or has ("is", "has", "means")
		return len(next) > 3 && strings.HasSuffix(next, "s") && !strings.HasSuffix(next, "ss") && !IsBe(next) && !IsAuxiliary(next) && next != "means" && !IsStopword(next)
	}
	return false
}

// termNouns are what a question calls the word it asks for.
var termNouns = set(`word term name expression phrase`)

// wordClassNouns name the word asked for by its class ("which French
// VERB", "what slang ADJECTIVE").
var wordClassNouns = set(`word term noun verb adjective adverb expression phrase`)

var termAsks = []string{" what is the word for ", " what's the word for ", " whats the word for ", " what is the term for ", " what's the term for ",
	" whats the term for ", " what word ", " which word ", " what term ", " which term ", " what is the name for ", " what's the name for "}

// IsVersion reports whether a word is a version or section number as
// written: digits with a dot between them ("2.0", "1.1.3").
func IsVersion(s string) bool {
	if s == "" || s[0] < '0' || s[0] > '9' || s[len(s)-1] < '0' || s[len(s)-1] > '9' || !strings.Contains(s, ".") {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < '0' || c > '9') && c != '.' {
			return false
		}
	}
	return true
}

// AliasSubject returns the words [from, to) that name what a question
// asking for another name is about: after "for" or "of" following the
// name noun ("another name for the pilcrow sign"), or between the verb
// and "also" ("what is the Bengali rupee sign also known as"); -1, -1
// when it finds none.
func AliasSubject(lower []string) (int, int) {
	for i, w := range lower {
		if aliasNouns[w] && i+2 < len(lower) && (lower[i+1] == "for" || lower[i+1] == "of") {
			return i + 2, len(lower)
		}
		if w == "also" && i > 2 && (lower[1] == "is" || lower[1] == "are" || lower[1] == "was" || IsAuxiliary(lower[1])) {
			return 2, i
		}
	}
	return -1, -1
}

// aliasNouns name the other name a question asks for ("another NAME for").
var aliasNouns = set(nameNouns + ` word words term terms`)

// nameNouns are the nouns of a name.
const nameNouns = `name names`

// HoldsSymbol reports whether text writes name, a name written in
// punctuation ("$;", "<=", "||"), as a name of its own: not inside a
// longer run of such characters ("<=" is no name of "<=>").
func HoldsSymbol(text, name string) bool {
	if name == "" {
		return false
	}
	for from := 0; ; {
		i := strings.Index(text[from:], name)
		if i < 0 {
			return false
		}
		i += from
		end := i + len(name)
		if (i == 0 || !strings.ContainsRune(SymbolRunes, rune(text[i-1]))) && (end == len(text) || !strings.ContainsRune(SymbolRunes, rune(text[end]))) {
			return true
		}
		from = i + 1
	}
}

// SymbolRunes are the characters names in code are written in ("$;",
// "<=>", "||"), besides the separators ";" and ":" that such names may
// also hold.
const SymbolRunes = `$@%&|<>=~^*+/\#[]{}`

// IsProseCompound reports whether a lower-cased hyphenated word is one of
// English prose, no command or identifier however it is spelled: a prefix
// before an adjective or a participle ("non-trivial", "self-contained",
// "auto-generated"; not "pre-commit", "auto-apt", "multi-pack-index"), or
// a last part that is a participle of a word WordNet knows
// ("user-defined"). "dpkg-deb", "apt-file" and "update-alternatives" are
// neither.
func IsProseCompound(lw string) bool {
	parts := strings.Split(lw, "-")
	if len(parts) < 2 || strings.IndexFunc(lw, func(r rune) bool { return r != '-' && !unicode.IsLower(r) }) >= 0 {
		return false
	}
	for _, p := range parts {
		if p == "" {
			return false
		}
	}
	if prosePrefixes[parts[0]] && adjectival(parts[len(parts)-1]) {
		return true // "non-trivial", "self-contained"; not "pre-commit", "auto-apt", "multi-pack-index"
	}
	last := parts[len(parts)-1]
	if !strings.HasSuffix(last, "ed") && !strings.HasSuffix(last, "ing") {
		return false
	}
	for _, b := range Base(last) {
		if b != last {
			return true // "defined" of "define"
		}
	}
	return false
}

// ReversingPrefix reports whether a lower-cased first word of a compound
// turns its second around: "non-trivial" is not "trivial", "anti-spam"
// not "spam".
func ReversingPrefix(lw string) bool { return reversingPrefixes[lw] }

var reversingPrefixes = set(`non anti counter dis mis not`)

var prosePrefixes = set(`non multi pre re co self well semi anti sub inter over under cross auto so ill half post counter pseudo quasi ultra`)

// adjectival reports whether a lower-cased word ends as adjectives and
// participles do ("trivial", "contained", "generated", "compatible").
func adjectival(lw string) bool {
	for _, suf := range []string{"al", "ed", "ing", "ous", "ible", "able", "ic", "ful", "less", "ary", "ent", "ant", "ar"} {
		if strings.HasSuffix(lw, suf) && len(lw) > len(suf)+2 {
			return true
		}
	}
	return false
}
