package reader

import (
	"cmp"
	"math"
	"path"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/english"
	"github.com/verbatim-rag/verbatim/generate"
)

// doc is a passage as retrieval hands it to the reader.
type doc struct{ path, title, text string }

func sources(docs ...doc) []generate.Source {
	var out []generate.Source
	for i, d := range docs {
		out = append(out, generate.Source{N: i + 1, Passage: corpus.Passage{ID: d.path, Path: d.path, Title: d.title, Text: d.text}})
	}
	return out
}

// best reads q over docs with a reader of no corpus statistics and
// returns the unit it ranks first (also when it declines) and its
// explanation, for assertion messages.
func best(q string, docs ...doc) (string, string) {
	r := New(nil)
	srcs := sources(docs...)
	a := r.Read(q, srcs)
	return answerText(Answer{Pieces: a.Best}, srcs), r.Explain(q, srcs, 3)
}

// answer reads q over docs with r and returns the answer, its text and
// a message for assertions: the question and the reader's explanation.
func answer(r *Reader, q string, docs ...doc) (Answer, string, string) {
	srcs := sources(docs...)
	a := r.Read(q, srcs)
	text := answerText(a, srcs)
	return a, text, q + ": " + text + "\n" + r.Explain(q, srcs, 3)
}

// indexWeights returns a store index's IDF for a test: the weights
// given, and rest for every other word.
func indexWeights(idf map[string]float64, rest float64) func(string) float64 {
	return func(w string) float64 {
		if v, ok := idf[w]; ok {
			return v
		}
		return rest
	}
}

// unitFits reads q over docs with a reader of no corpus statistics and
// returns each candidate unit's fit by the unit's text.
func unitFits(q string, docs ...doc) map[string]float64 {
	r := New(nil)
	fits := map[string]float64{}
	for _, c := range r.candidates(analyze(q, r.idf), sources(docs...)) {
		u := c.p.units[c.unit]
		fits[c.p.text[u.Start:u.End]] = c.fit
	}
	return fits
}

// feature is the named feature of a's best unit (see featureNames).
func feature(a Answer, name string) float64 {
	return a.Features[slices.Index(featureNames, name)]
}

func answerText(a Answer, srcs []generate.Source) string {
	var parts []string
	for _, p := range a.Pieces {
		parts = append(parts, srcs[p.N-1].Passage.Text[p.Start:p.End])
	}
	return strings.Join(parts, " ")
}

// The documents below are written in the styles of real reference
// folders (a hacker glossary, an acronym list, JSON code tables, a
// semicolon-separated character database, a dictionary with etymologies,
// a manual's prose); each test names the class of document its signal
// serves.
var (
	glossary    = doc{"jargon/frobnicator.txt", "frobnicator", "frobnicator\n n.\n\n    [common] A program or device that twiddles\n    bits for no good reason. See also {frob}.\n"}
	glossary2   = doc{"jargon/twiddle.txt", "twiddle", "twiddle\n\n    To change something in a small way. Frobnicators\n    twiddle; see {frobnicator}.\n"}
	acronyms    = doc{"vera/anr.txt", "ANR", "ANR\n       Application Not Responding (Android)\n\nANR\n       Access Node Router\n"}
	acronyms2   = doc{"vera/iot.txt", "IOT", "IOT\n       Index Organized Table (Oracle, DB)\n\nIOT\n       Internet Of Things (Internet), \"IoT\"\n"}
	itEntry     = doc{"vera/it.txt", "IT", "IT\n       Information Technology\n"}
	itNoise     = doc{"vera/ibt.txt", "IBT", "IBT\n       Integrated Business Terminal (it is old)\n"}
	codes       = doc{"iso/iso_3166-1.json", "", "{\n  \"3166-1\": [\n    {\n      \"alpha_2\": \"TO\",\n      \"alpha_3\": \"TON\",\n      \"name\": \"Tonga\",\n      \"numeric\": \"776\"\n    },\n    {\n      \"alpha_2\": \"TR\",\n      \"alpha_3\": \"TUR\",\n      \"name\": \"Türkiye\",\n      \"numeric\": \"792\"\n    }\n  ]\n}\n"}
	chars       = doc{"unicode/UnicodeData.txt", "", "FE45;SESAME DOT;Po;0;ON;;;;;N;;;;;\nFE46;WHITE SESAME DOT;Po;0;ON;;;;;N;;;;;\nFE47;PRESENTATION FORM FOR VERTICAL LEFT SQUARE BRACKET;Ps;0;ON;;;;;N;;;;;\n"}
	dict        = doc{"gcide/bandoline.txt", "Bandoline", "Bandoline\nBandoline \\Ban\"do*line\\, n. [Perh. allied to band.]\n   A glutinous pomatum for the hair.\n   [1913 Webster]\n"}
	manual      = doc{"ref/ch04.html", "Chapter 4. Authentication", "The password of a user is changed with the passwd command. Its rules are set in /etc/pam.d/common-password, which the libpam-pwquality package extends with strength checks."}
	langs       = doc{"iso/iso_639-2.json", "", "    {\n      \"alpha_3\": \"sag\",\n      \"name\": \"Sango\"\n    },\n    {\n      \"alpha_3\": \"sah\",\n      \"name\": \"Yakut\"\n    },\n    {\n      \"alpha_2\": \"as\",\n      \"alpha_3\": \"asm\",\n      \"name\": \"Assamese\"\n    }\n"}
	namesMail   = doc{"unicode/NamesList.txt", "", "1F4E7\tE-MAIL SYMBOL\n1F4EB\tCLOSED MAILBOX WITH RAISED FLAG\n\t* mailbox containing mail\n1F4EE\tPOSTBOX\n"}
	namesList   = doc{"unicode/NamesList.txt", "", "1163E\tMODI SIGN VISARGA\n1163F\tMODI SIGN VIRAMA\n\t= halant\n11640\tMODI SIGN ARDHACANDRA\n\t* used for transcribing English\n11641\tMODI DANDA\n"}
	modiData    = doc{"unicode/UnicodeData.txt", "", "1163E;MODI SIGN VISARGA;Mc;0;L;;;;;N;;;;;\n1163F;MODI SIGN VIRAMA;Mn;9;NSM;;;;;N;;;;;\n11640;MODI SIGN ARDHACANDRA;Mn;0;NSM;;;;;N;;;;;\n"}
	xmasTree    = doc{"jargon/christmas-tree-packet.txt", "christmas-tree-packet.txt", "Christmas tree packet\n n.\n\n    A packet with every single option set for whatever protocol is in use.\n"}
	disemvowel  = doc{"jargon/disemvowel.txt", "disemvowel.txt", "disemvowel\n v.\n\n    Removing the vowels from a posting; a play on disembowel.\n"}
	torso       = doc{"gcide/torso.txt", "torso.txt", "Torso\nTorso \\Tor\"so\\, n.; pl. E. {Torsos}, It. {Torsi}. [It. torso,\n   probably fr. L. thyrsus a stalk, stem.]\n   [1913 Webster]\n   The trunk of a statue, mutilated of head and limbs.\n   [1913 Webster]\n"}
	codeine     = doc{"gcide/codeine.txt", "codeine.txt", "Codeine\nCodeine \\Co\"deine\\, n. [Gr.\n   kw`deia poppy head: cf. F. cod['e]ine.] (Chem.)\n   One of the opium alkaloids, used as an anodyne.\n   [1913 Webster]\n"}
	banat       = doc{"gcide/banat.txt", "Banat", "Banat\nBanat \\Ban\"at\\, n. [Cf. F. & G. banat. See {Ban} a warden.]\n   The territory governed by a ban.\n"}
	banEntry    = doc{"gcide/ban.txt", "Ban", "Ban\nBan \\Ban\\, n.\n   A public proclamation or edict; a public order or notice,\n   mandatory or prohibitory; a summons by public proclamation.\n"}
	lintelPage  = doc{"manpages/lintel.1", "lintel.1", "NAME\n       lintel - check configuration files against a schema\n\nSYNOPSIS\n       lintel -s SCHEMA [-f FORMAT] [-v] [--strict]\n              [--output=FILE] FILE...\n\nOPTIONS\n       -v     Print each file's name as it is checked.\n\n       --output=FILE\n              Write the report to FILE as JSON lines.\n"}
	kestrelNews = doc{"changelog/NEWS", "NEWS", "* Noteworthy changes in release 2.4.1\n\n** Bug fixes\n\n  'kestrel import' no longer crashes on a CSV file whose last line has no\n  newline.\n"}
	bruco       = doc{"itaeng/bruco-bruko.txt", "bruco-bruko.txt", "bruco /brˈuko/\ncaterpillar\n"}
	mento       = doc{"itaeng/mento-mnto.txt", "mento-mnto.txt", "mento /mˈɛnto/\nchin\n"}
	bateau      = doc{"fraeng/bateau-bato-n-masc.txt", "bateau-bato-n-masc.txt", "bateau /bato/ <n, masc>\n1. boat\n2. ship, vessel\n"}
	schema3166  = doc{"iso/schema-3166-2.json", "schema-3166-2.json", "{\n  \"$schema\": \"http://json-schema.org/draft-04/schema#\",\n  \"title\": \"ISO 3166-2\",\n  \"description\": \"ISO 3166-2 country and subdivision codes\",\n  \"type\": \"object\",\n  \"properties\": {\n    \"code\": {\n      \"description\": \"Code of the subdivision\",\n      \"type\": \"string\"\n    }\n  }\n}\n"}
	abandonment = doc{"gcide/abandonment.txt", "abandonment.txt", "Abandonment\nAbandonment \\A*ban\"don*ment\\, n.\n   1. The act of abandoning, or the state of being abandoned;\n      total desertion; relinquishment.\n      [1913 Webster]\n\n   2. (Mar. Law) The relinquishment by the insured to the\n      underwriters of what may remain of the property insured.\n      [1913 Webster]\n"}
	usbHead     = doc{"usbids/usb.ids", "usb.ids", "#\tList of USB ID's\n#\tvendor  vendor_name\n#\t\tdevice  device_name\t\t\t\t<-- single tab\n#\tThe USB vendor ID and the product ID of a device\n"}
	ouiRows     = doc{"ieeeoui/oui.csv", "oui.csv", "Registry,Assignment,Organization Name,Organization Address\nMA-L,B0A737,\"Roku, Inc.\",12980 Saratoga Ave Saratoga CA US 95070\nMA-L,00D0E8,\"MAC SYSTEM CO., LTD.\",\"R&D INSTITUTE KYUNGKI-DO KOREA, KR 430-017 \"\n"}
	ouiIAB      = doc{"ieeeoui/iab.csv", "iab.csv", "Registry,Assignment,Organization Name,Organization Address\nIAB,0050C2DFA,\"MAC Valves, Inc.\",30569 Beck Rd Wixom MI US 48393\n"}
	ouiMAS      = doc{"ieeeoui/oui36.csv", "oui36.csv", "Registry,Assignment,Organization Name,Organization Address\nMA-S,8C1F6479B,Foerster-Technik GmbH,Gerwigstraße 25 Engen Baden-Württemberg DE 78234\nMA-S,70B3D5E6A,MAC Solutions (UK) Ltd,\"Units 6 & 7, Kingfisher Business Park, Arthur Street Redditch Worcestershire GB B98 8LG \"\n"}
	zoneTab     = doc{"tzdata/zone.tab", "zone.tab", "#code\tcoordinates\tTZ\t\t\tcomments\nAE\t+2518+05518\tAsia/Dubai\nAG\t+1703-06148\tAmerica/Antigua\n"}
	iso3166Tab  = doc{"tzdata/iso3166.tab", "iso3166.tab", "#country-\n#code\tname of country, territory, area, or subdivision\nAE\tUnited Arab Emirates\nAG\tAntigua & Barbuda\n"}
	usbVendors  = doc{"usbids/usb.ids", "usb.ids", "06d8  Technical Marketing Research, Inc.\n06db  Paradyne\n06dc  Foxlink Image Technology Co., Ltd\n\t0012  Scan 1200c Scanner\n06de  Heisei Electronics Co., Ltd\n"}
	usbProducts = doc{"usbids/usb.ids", "usb.ids", "0c9e  Cirrus Logic\n0ca0  eFilm Medical\n\t0002  eFilm Reader-11 SM\n\tffff  eFilm Reader-11 (Class/PDR)\n0ca1  USB device class vendor\n"}
	usbClasses  = doc{"usbids/usb.ids", "usb.ids", "C 0f  Personal Healthcare\nC 10  Audio/Video\nC 11  Billboard\nC 12  Type-C Bridge\n"}
	rtfm        = doc{"jargon/rtfm.txt", "rtfm.txt", "RTFM\n /R·T·F·M/, imp.\n\n    [Unix] Abbreviation for ‘Read The Fine Manual’. Used by gurus to brush off questions\n    they consider trivial or annoying.\n"}
	codes2      = doc{"iso/iso_3166-1.json", "", "    {\n      \"alpha_2\": \"IS\",\n      \"alpha_3\": \"ISL\",\n      \"name\": \"Iceland\"\n    },\n    {\n      \"alpha_2\": \"IT\",\n      \"alpha_3\": \"ITA\",\n      \"name\": \"Italy\"\n    }\n"}
	origin      = doc{"jargon/rejoicing.txt", "and there was much rejoicing", "and there was much rejoicing\n\n   [from the movie Monty Python and the Holy Grail.] Acclamation for a\n   thing done. In person, the phrase is pronounced with the same intonation\n   as in the movie.\n"}
	bomb        = doc{"jargon/logic-bomb.txt", "logic-bomb.txt", "logic bomb\n n.\n\n    Code surreptitiously inserted into an application or OS that causes it to\n    perform some destructive activity whenever specified conditions are met.\n"}
	dumpster    = doc{"jargon/dumpster-diving.txt", "dumpster-diving.txt", "dumpster diving\n /dump'·ster di:'·ving/, n.\n\n    1. The practice of sifting refuse from an office or technical installation\n    to extract confidential data, especially security-compromising information\n    (‘dumpster’ is an Americanism for what is elsewhere called a skip).\n\n" +
		"    2. The practice of raiding the dumpsters behind buildings where producers\n    and/or consumers of high-tech equipment are located, with the expectation\n    (usually justified) of finding discarded but still-valuable equipment to be\n    nursed back to health in some hacker's den. Experienced dumpster-divers not\n    infrequently accumulate basements full of moldering (but still potentially\n    useful) {cruft}.\n"}
	bomb2     = doc{"jargon/time-bomb.txt", "time-bomb.txt", "time bomb\n n.\n\n    A subspecies of {logic bomb} that is triggered by reaching some preset\n    time.\n"}
	tla       = doc{"jargon/tla.txt", "tla.txt", "TLA\n /T·L·A/, n.\n\n    [Three-Letter Acronym]\n\n    1. Self-describing abbreviation for a species with which computing\n    terminology is infested.\n"}
	tlaLater  = doc{"jargon/tla.txt", "tla.txt", "Paul's straight-faced response: “There\n    are only 17,000 three-letter acronyms.”\n"}
	maculate  = doc{"gcide/maculate.txt", "maculate.txt", "Maculate\nMaculate \\Mac\"u*late\\, v. t. [L. maculatus, p. p. of maculare to\n   spot. See {Macula}, and cf. {Macule}, v.]\n   To spot; to stain; to blur.\n   [1913 Webster]\n\nMaculate \\Mac\"u*late\\, a. [L. maculatus, p. p.]\n   Marked with spots or maculae; blotched; hence, defiled;\n   impure; as, most maculate thoughts. --Shak.\n   [1913 Webster]\n"}
	hyponasty = doc{"gcide/hyponasty.txt", "hyponasty.txt", "Hyponasty\nHyponasty \\Hy`po*nas\"ty\\, n. (Bot.)\n   Downward convexity, or convexity of the inferior surface.\n   [1913 Webster]\n"}
	botany    = doc{"gcide/botany.txt", "botany.txt", "Botany\nBotany \\Bot\"a*ny\\, n.\n   1. The science which treats of the structure of plants.\n   [1913 Webster]\n\n   2. A book which treats of the science of botany.\n   [1913 Webster]\n"}
	tarEntry  = doc{"vera/tar.txt", "tar.txt", "TAR\n       Tape ARchiver (Unix)\n"}
	tisEntry  = doc{"vera/tis.txt", "tis.txt", "TIS\n       Tools Interface Standard [committee] (org., IBM, Lotus, MS,\nWatcom, SCO, Unix)\n"}
	currency  = doc{"iso/iso_4217.json", "iso_4217.json", "    {\n      \"alpha_3\": \"KES\",\n      \"name\": \"Kenyan Shilling\",\n      \"numeric\": \"404\"\n    },\n    {\n      \"alpha_3\": \"KGS\",\n      \"name\": \"Som\",\n      \"numeric\": \"417\"\n    }\n"}
	tools     = doc{"ref/ch12.html", "Chapter 12. Programming", "Use nm to list a program's libraries. Use ldd(1) to find all of a program's libraries."}
	springlet = doc{"gcide/springlet.txt", "springlet.txt", "Springlet\nSpringlet \\Spring\"let\\, n.\n   A little spring.\n\n         But yet from out the little hill\n         Oozes the slender springlet still.       --Sir W.\n                                                  Scott.\n"}
	thwarter  = doc{"gcide/thwarter.txt", "thwarter.txt", "Thwarter\nThwarter \\Thwart\"er\\, n. (Far.)\n   A disease in sheep, shown by shaking.\n"}
	disease   = doc{"gcide/disease.txt", "disease.txt", "Disease\n   A disease in animals is usually deep-seated and permanent; a disorder suffers to be slight.\n"}
	dirs      = doc{"ref/ch03.html", "Chapter 3. The system initialization", "\"/lib/systemd/system\": the OS default configuration files\n\"/etc/systemd/system\": system administrator configuration files which override the OS default configuration files\n"}
	cutTable  = doc{"iso/iso_3166-1.json", "iso_3166-1.json", "      \"official_name\": \"Federal Republic of Somalia\"\n    },\n    {\n      \"alpha_2\": \"RS\",\n      \"alpha_3\": \"SRB\",\n      \"name\": \"Serbia\",\n      \"numeric\": \"688\",\n      \"official_name\": \"Republic of Serbia\"\n    },\n    {\n      \"alpha_2\": \"SS\",\n      \"alpha_3\": \"SSD\",\n      \"name\": \"South Sudan\",\n      \"numeric\": \"728\",\n      \"official_name\": \"Republic of South Sudan\"\n    }\n"}
	cutRecord = doc{"iso/iso_3166-1.json", "iso_3166-1.json", "      \"flag\": \"🇸🇿\",\n      \"name\": \"Eswatini\",\n      \"numeric\": \"748\",\n      \"official_name\": \"Kingdom of Eswatini\"\n    },\n    {\n      \"alpha_2\": \"SE\",\n      \"alpha_3\": \"SWE\",\n      \"name\": \"Sweden\",\n      \"numeric\": \"752\"\n    }\n"}
	asyncPkg  = doc{"npm/async/package.json", "package.json", "{\n  \"name\": \"async\",\n  \"description\": \"Higher-order functions and common patterns for asynchronous code\",\n  \"version\": \"3.2.4\",\n  \"main\": \"dist/async.js\",\n  \"author\": \"Caolan McMahon\",\n  \"license\": \"MIT\"\n}\n"}
	chalkPkg  = doc{"npm/chalk/package.json", "package.json", "{\n  \"name\": \"chalk\",\n  \"version\": \"4.1.2\",\n  \"description\": \"Terminal string styling done right\",\n  \"license\": \"MIT\",\n  \"author\": \"Sindre Sorhus\",\n  \"dependencies\": {\n    \"ansi-styles\": \"^4.1.0\"\n  }\n}\n"}
	msPkg     = doc{"npm/ms/package.json", "package.json", "{\n  \"name\": \"ms\",\n  \"version\": \"2.1.3\",\n  \"description\": \"Tiny millisecond conversion utility\",\n  \"repository\": \"vercel/ms\",\n  \"main\": \"./index\",\n  \"license\": \"MIT\"\n}\n"}
	prose     = doc{"entries/korvath.md", "Korvath Tunnel", "# Korvath Tunnel\n\nThe Korvath Tunnel is a railway tunnel in Norvania. It was opened in 1903. With a length of 9,214 metres it was long the longest tunnel in the kingdom.\n"}
)

func TestReaderAnswers(t *testing.T) {
	tests := []struct {
		name     string
		question string
		docs     []doc
		want     string // a substring of the answer; "" when the reader must decline
		best     bool   // want is in the unit the reader ranks first, whatever its confidence
	}{
		{"glossary: the definition, not the headword line", "What is a frobnicator?", []doc{glossary, glossary2}, "A program or device", false},
		{"acronym list: the expansion under its headword", "What does ANR stand for?", []doc{acronyms}, "Application Not Responding", false},
		{"acronym list: mixed-case abbreviation spelled by initials", "What does IoT stand for?", []doc{acronyms2}, "Internet Of Things", false},
		{"short name that is a stop word, matched case-sensitively", "What does IT stand for?", []doc{itNoise, itEntry}, "Information Technology", false},
		{"code table: the code of the asked length", "What's the three-letter code for Tonga?", []doc{codes}, "TON", false},
		{"code table: reverse lookup names the record", "Which country has the code TUR?", []doc{codes}, "Türkiye", true},
		{"code table: the key of the given code aligns no other field", "Which country has the alpha_3 code TUR?", []doc{codes}, "Türkiye", true},
		{"code table: a lower-case code given after the code noun names the record", "Which language has the ISO 639-2 code sah?", []doc{langs}, "Yakut", true},
		{"code table: a given code spelled like a stop word", "What language has the two-letter code as?", []doc{langs}, "Assamese", true},
		{"code table: a code spelled like a stop word is a value", "What's the two-letter code for Italy?", []doc{codes2}, "\"IT\"", true},
		{"glossary: an origin is stated with from", "Which film does the phrase 'and there was much rejoicing' come from?", []doc{origin}, "Monty Python", false},
		{"names list: an alias note under the record answers what it is also called", "What is MODI SIGN VIRAMA also called?", []doc{namesList, modiData}, "halant", true},
		{"names list: another name for a thing named in lower case, after 'for'", "What is another name for the modi sign virama?", []doc{namesList, modiData}, "halant", true},
		{"names list: a note under the record says what it is for; the record's own line only names it", "What is MODI SIGN ARDHACANDRA used for?", []doc{namesList}, "transcribing English", true},
		{"names list: a record's line whose only news is its code says nothing of what it signifies", "What does the CLOSED MAILBOX WITH RAISED FLAG signify?", []doc{namesMail}, "mailbox containing mail", true},
		{"names list: the record asked about, when the other name is given", "Which character is also called halant?", []doc{namesList}, "MODI SIGN VIRAMA", true},
		{"glossary: the word for a thing described is the headword of its definition", "What do hackers call a network packet that has every single option set?", []doc{xmasTree, glossary2}, "Christmas tree packet", true},
		{"glossary: a question naming the entry asks about it, not for it", "What word is disemvowel a play on?", []doc{disemvowel}, "disembowel", true},
		{"dictionary: a plural is read from the headword line", "What is the Italian plural of torso?", []doc{torso}, "{Torsi}", true},
		{"dictionary: an etymology over two lines is one unit of the headword line", "What does the Greek word that codeine comes from mean?", []doc{codeine}, "poppy head", true},
		{"bilingual dictionary: a transcription is read from the headword line", "How is bateau transcribed phonetically in the dictionary?", []doc{bateau}, "/bato/", true},
		{"bilingual dictionary: a gender that names the entry asks no headword line", "How does the French-English dictionary render the feminine noun 'Belge' in English?",
			[]doc{{"fraeng/belge-bl-n-fem.txt", "belge-bl-n-fem.txt", "Belge /bɛlʒ/ <n, fem>\n1. Belgian, Belgian woman\n"}}, "Belgian woman", true},
		{"bilingual dictionary: a sense asked by its number under a gender that names the entry", "In the French-English dictionary, what is the second sense given for the masculine noun 'marchand'?",
			[]doc{{"fraeng/marchand-ma-n-masc.txt", "marchand-ma-n-masc.txt", "marchand /maʀʃɑ̃/ <n, masc>\n1. merchant\n2. salesman\n"}}, "salesman", false},
		{"JSON Schema: a field's description holds no value of it", "What's Oregon's subdivision code?", []doc{schema3166}, "", false},
		{"dictionary: a field label picks the sense a scene-setting phrase asks for", "In marine insurance, what is abandonment?", []doc{abandonment}, "relinquishment by the insured", true},
		{"ID list: the code noun before a given code names its kind, not the subject", "Which vendor has USB vendor ID 06db?", []doc{usbHead, usbVendors}, "Paradyne", true},
		{"ID list: an acronym before the code noun names the code's standard, not the subject", "Who owns the MAC prefix B0A737?", []doc{ouiRows, ouiIAB}, "Roku, Inc.", false},
		{"ID list: any noun before an identifier names its kind", "Which firm was assigned the MAC block 8C1F6479B?", []doc{ouiMAS, ouiIAB}, "Foerster-Technik GmbH", false},
		{"ID list: a vendor given by its number", "Which company is USB vendor 06dc?", []doc{usbHead, usbVendors}, "Foxlink Image Technology", false},
		{"ID list: the product row holds the identifier given; its vendor row only names the vendor", "What device is product 0012 of Foxlink Image Technology?", []doc{usbHead, usbVendors}, "Scan 1200c Scanner", true},
		{"ID list: the maker of a listed product is the row it is listed under", "Which company makes the Scan 1200c Scanner?", []doc{usbHead, usbVendors}, "Foxlink Image Technology", true},
		{"bilingual dictionary: a class noun asks for the entry's gloss, in lower case", "What kind of creature is a bruco?", []doc{bruco, mento}, "caterpillar", false},
		{"dictionary: a question describing a thing is answered with the entry that defines it", "What is the term for the territory governed by a ban?", []doc{banat, banEntry}, "Banat", false},
		{"manual page: the synopsis shows how a command is called, not what an option does", "What does --output do in lintel?", []doc{lintelPage}, "Write the report", true},
		{"changelog: an acronym ('a CSV file') names no one who did a thing", "Who reported the kestrel import crash?", []doc{kestrelNews}, "", false},
		{"tables: the column of the code given is no key of the answer", "Which country has the ISO code AG?", []doc{iso3166Tab, zoneTab}, "Antigua & Barbuda", true},
		{"records in two layouts agree on the code asked", "What is the code point of MODI SIGN ARDHACANDRA?", []doc{namesList, modiData}, "11640", false},
		{"ID list: a given code is a word of the record, not a part of a hyphenated name", "Which USB device class has class code 11?", []doc{usbProducts, usbClasses}, "Billboard", true},
		{"glossary: an expansion the entry states ('Abbreviation for …') is the answer", "What does RTFM stand for?", []doc{rtfm}, "Read The Fine Manual", false},
		{"record lines: the exact name's line", "What is the code point of WHITE SESAME DOT?", []doc{chars}, "FE46;WHITE SESAME DOT", true},
		{"dictionary: etymology brackets hold no sentence end", "What is bandoline?", []doc{dict}, "glutinous pomatum", false},
		{"manual: other words than the text's (WordNet)", "Which package adds strength checks to passwords?", []doc{manual}, "libpam-pwquality", false},
		{"prose: a measure with a unit of the asked dimension", "How long is the Korvath Tunnel?", []doc{prose}, "9,214 metres", false},
		{"prose: a year for when", "When was the Korvath Tunnel opened?", []doc{prose}, "1903", false},
		{"glossary file named for its entry: the entry's own definition, not a cross-reference", "What is a logic bomb?", []doc{bomb2, bomb}, "Code surreptitiously", true},
		{"glossary: a gloss that is only the expansion beats a sentence using it", "What does TLA stand for?", []doc{tlaLater, tla}, "Three-Letter Acronym", true},
		{"dictionary: a part-of-speech label picks the sense (a. for adjective)", "What does the adjective 'maculate' mean?", []doc{maculate}, "Marked with spots", true},
		{"dictionary: a leading phrase sets the scene, a field label (Bot.) binds it", "In botany, what is hyponasty?", []doc{botany, hyponasty}, "Downward convexity", true},
		{"glossary: a cited work's leading phrase ends at its comma, a statement follows", "According to the Jargon File, experienced dumpster-divers not infrequently accumulate what?", []doc{dumpster}, "basements full of moldering", false},
		{"acronym list: a lower-case short form before \"short for\" is expanded", "What is tar, the Unix tool, short for?", []doc{tisEntry, tarEntry}, "Tape ARchiver", true},
		{"JSON records: the asked field of the record whose name is the subject", "What is the three-letter code for the Kenyan Shilling?", []doc{currency}, "KES", false},
		{"JSON records: a passage cut inside a table opens with another record's field; the records after it are not about that one's subject", "What is the official name of Somalia?", []doc{cutTable}, "Federal Republic of Somalia", false},
		{"package manifests: a lower-case name before a class noun is the subject", "Who is the author of the async library?", []doc{chalkPkg, asyncPkg}, "Caolan McMahon", false},
		{"package manifests: what a package does is its record's description, not the field after its name", "What does the ms package do?", []doc{msPkg, chalkPkg}, "Tiny millisecond conversion utility", true},
		{"JSON records: a field that names the subject itself is no place asked of it", "What is the capital city of Serbia?", []doc{cutTable}, "", false},
		{"records: a person's name that holds the subject's is still who is asked for", "Who founded Ford?", []doc{{"firms/ford.txt", "Ford", "Name: Ford Motor Company\nFounder: Henry Ford\nFounded: 1903\nHeadquarters: Dearborn\n"}}, "Henry Ford", false},
		{"JSON records: a three-letter code has letters; a number of three digits is not one", "What's the three-letter code for Eswatini?", []doc{cutRecord}, "", false},
		{"manual: a question word inflected otherwise than the text's (finds, find) aligns", "Which tool finds a program's libraries?", []doc{tools}, "ldd", true},
		{"dictionary: an illustrative quotation is not the sense", "What is a springlet?", []doc{springlet}, "A little spring", true},
		{"manual: a term described in prose is what a question describing it asks", "Which directory holds the configuration files written by the system administrator, overriding the OS defaults?", []doc{dirs}, "/etc/systemd/system", false},
		{"record without the asked field: decline", "What is the capital of Tonga?", []doc{codes}, "", false},
		{"another entity: decline", "How long is the Vell Tunnel?", []doc{prose}, "", false},
	}
	r := New(nil)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srcs := sources(tt.docs...)
			a := r.Read(tt.question, srcs)
			if tt.best {
				assert.Contains(t, answerText(Answer{Pieces: a.Best}, srcs), tt.want, r.Explain(tt.question, srcs, 3))
				return
			}
			if tt.want == "" {
				assert.True(t, a.Declined(), "answered %q (confidence %.2f)\n%s", answerText(a, srcs), a.Confidence, r.Explain(tt.question, srcs, 3))
				return
			}
			require.False(t, a.Declined(), "declined (confidence %.2f)\n%s", a.Confidence, r.Explain(tt.question, srcs, 3))
			assert.Contains(t, answerText(a, srcs), tt.want, r.Explain(tt.question, srcs, 3))
		})
	}
}

// TestAnswersAreWholeUnits checks that every answer is a whole unit of its
// passage or a constituent of one, never a cut inside one.
func TestAnswersAreWholeUnits(t *testing.T) {
	r := New(nil)
	for _, q := range []string{"What is a frobnicator?", "What does ANR stand for?", "What's the three-letter code for Tonga?",
		"How long is the Korvath Tunnel?", "What is bandoline?"} {
		srcs := sources(glossary, acronyms, codes, prose, dict)
		a := r.Read(q, srcs)
		for _, p := range a.Best {
			text := srcs[p.N-1].Passage.Text
			whole := false
			for _, u := range english.Units(text) {
				if u.Start == p.Start && u.End == p.End {
					whole = true
				}
				for _, part := range u.Parts {
					whole = whole || (part.Start == p.Start && part.End == p.End)
				}
			}
			assert.True(t, whole, "%q: %q is no whole unit", q, text[p.Start:p.End])
		}
	}
}

// TestLengthInBytes: a manual states the length of a string or a
// statement in bytes; "length" asks for a size too ("how long" asks for a
// distance or a while: "how long does the image take to download").
func TestLengthInBytes(t *testing.T) {
	limits := doc{"manual/limits.html", "Limits", "Limits\n\nMaximum length of a string or blob. The maximum length of a string or blob is 1000000 bytes.\n\nMaximum length of an SQL statement. The text of a single SQL statement may be at most 250000 bytes long.\n"}
	r := New(func(string) float64 { return 8 })
	for q, want := range map[string]string{
		"What is the maximum length of a string?":         "1000000 bytes",
		"What is the maximum length of an SQL statement?": "250000 bytes",
	} {
		srcs := sources(limits)
		a := r.Read(q, srcs)
		assert.Contains(t, answerText(a, srcs), want, "%s (%.2f)\n%s", q, a.Confidence, r.Explain(q, srcs, 3))
		for _, c := range r.candidates(analyze(q, r.idf), srcs) {
			if u := c.p.units[c.unit]; strings.Contains(c.p.text[u.Start:u.End], want) {
				assert.GreaterOrEqual(t, c.fit, 0.9, "%s: a size in bytes is the length asked", q)
			}
		}
	}
}

// TestOneDigitCode: a table of result codes gives small numbers as codes
// ("5  TARN_LOCKED"); a record's one-digit cell is the code asked for.
func TestOneDigitCode(t *testing.T) {
	errs := doc{"manual/errors.html", "Result codes", "Result codes\n\nCode\tName\tMeaning\n0\tTARN_OK\tThe operation succeeded.\n3\tTARN_DENIED\tAccess permission was denied by the operating system.\n5\tTARN_LOCKED\tThe database file is locked by another connection.\n"}
	q := "What is the error code for TARN_LOCKED?"
	r := New(func(string) float64 { return 8 })
	srcs := sources(errs)
	a := r.Read(q, srcs)
	assert.Contains(t, answerText(a, srcs), "5\tTARN_LOCKED", "%.2f\n%s", a.Confidence, r.Explain(q, srcs, 3))
}

func TestQuestionKinds(t *testing.T) {
	tests := []struct {
		q     string
		kind  Kind
		short string
	}{
		{"When was Velmora founded?", Date, ""},
		{"According to VERA, what is Microsoft's WSUS called in full?", Expansion, "WSUS"}, // an abbreviation's long form
		{"How many people live in Kelvisk?", Number, ""},
		{"How tall is the mast?", Measure, ""},
		{"How much was the prize?", Amount, ""},
		{"Who devised the frobnicator?", Person, ""},
		{"Where is the sound-making organ located?", Place, ""},
		{"What's the language code for Mombo Dogon?", Code, ""},
		{"What is the usual acronym for electromagnetic radiation?", Code, ""},
		{"What does EBCDIC stand for?", Expansion, "EBCDIC"},
		{"The single-board computer EPAC: what do those letters spell out?", Expansion, "EPAC"},
		{"What is tar, the Unix tool, short for?", Expansion, "tar"},
		{"What is xref the hackish abbreviation for?", Expansion, "xref"},
		{"What does the chat abbreviation ttyl mean?", Expansion, "ttyl"}, // a short form in lower case, given
		{"What is the expansion of the abbreviation stfe?", Expansion, "stfe"},
		{"What does the abbreviation afaicr stand for?", Expansion, "afaicr"},      // the word before the verb, not the class noun
		{"What does C|N>K stand for?", Expansion, "C|N>K"},                         // written joined: one short form
		{"Which archive area holds packages that do not meet the DFSG?", Name, ""}, // a part of the archive, no size
		{"What is the area of Lake Quell?", Measure, ""},
		{"What does the adjective 'overfed' mean in WordNet?", Definition, ""},                      // a name joined by capitals is no short form
		{"What is the full name of NetWare's NMAS login framework?", Expansion, "NMAS"},             // the owner is no short form
		{"Bash's history expansion is modelled on the history expansion of which shell?", Code, ""}, // an expansion of another kind
		{"In botany, what is hyponasty?", Definition, ""},
		{"In what year did the Fronde, whose members were frondeurs, begin?", Date, ""},
		{"When an Android app shows ANR, what does that mean?", Expansion, "ANR"},
		{"When git repack writes a multi-pack bitmap, which pack does it pick?", Name, ""}, // the leading clause of time sets the scene
		{"When the -z option is given, what byte terminates lines?", Name, ""},
		{"When HISTTIMEFORMAT is set and not null, it is used as a format string for which function to print time stamps?", Name, ""}, // the wh-word inside the main clause
		{"According to Ambrose Bierce, when you disabuse your neighbor, you present him with what in place of the error?", Any, ""},
		{"When bugs of what severity are reported against the stable version, should you consider a targeted fix?", Name, ""},
		{"When does the shell set the restricted_shell option?", Date, ""},
		{"Unlike the changelog, which file does a maintainer not need to update with every release, only when there is something newsworthy?", Name, ""}, // "when" after "which", behind a leading phrase
		{"The root of which vegetable, when cooked, tastes somewhat like oysters?", Name, ""},
		{"When did the Fronde begin, and where?", Date, ""},
		{"Which time zone is listed for country code GP?", Name, ""}, // a zone, no time
		{"What time zone does Lesotho use?", Name, ""},
		{"What time does the ferry to Kelvisk leave?", Date, ""},
		{"Where is dput's global configuration file?", Name, ""}, // a path, not a place
		{"Where was the Orca built?", Place, ""},
		{"Where was the author of the file born?", Place, ""},                   // the file is not what is asked where
		{"When was the Treaty of Paris signed, which ended the war?", Date, ""}, // its opening clause asks itself
		{"What is a logic bomb?", Definition, ""},
		{"What does git write-tree do?", Definition, ""},
		{"What is ldd used for?", Definition, ""},
		{"Which moreutils program is useful when you want to overwrite the original file?", Name, ""},
		{"In which config file do I tell debsign to sign with a specific key, say when sponsoring someone?", Name, ""},       // a preposition before the wh-phrase
		{"What is the day before an extended weekend called when it isn't a real Friday?", Name, ""},                         // the day's name, no date
		{"When retiring as a Debian developer, you should also retire from teams, e.g. remove yourself from what?", Any, ""}, // the main clause asks in place
		{"Under what kind of directory is the file tree image made when a package is installed?", Name, ""},
		{"On which date did Samoa skip a day when it moved across the date line?", Date, ""},
		{"Which command shows who is logged on?", Name, ""},
		{"Which port does imaps use?", Number, ""},
		{"What's git update-server-info good for?", Definition, ""},
		{"What do hackers do at a hackathon?", Any, ""},
		{"What does HTTP mean in IETF and W3C usage?", Expansion, "HTTP"}, // the context's abbreviations are not asked about
		{"What does the AP in a CLX-AP stand for?", Expansion, "AP"},
		{"What does the obsolete verb 'bowne' mean?", Definition, ""},
		{"Which film does the phrase come from?", Name, ""},
		{"What is Sweden's full formal name?", Any, ""},
		{"What is Latvia's three-digit numeric country code?", Code, ""},       // the owner is no part of the head phrase
		{"What is Equatorial Guinea's two-letter ISO country code?", Code, ""}, // an owner of two words too (tzdata's iso3166.tab)
		{"What changed in version 3.2.1?", Any, ""},                            // "what" is the subject of a verb, not the determiner of a noun
		{"What happened to the Orca in 1921?", Any, ""},
		{"What speed is the default?", Measure, ""},
		{"What's Kiribati's three-letter ISO code?", Code, ""},
	}
	for _, tt := range tests {
		q := analyze(tt.q, func(string) float64 { return 1 })
		assert.Equal(t, tt.kind, q.kind, tt.q)
		assert.Equal(t, tt.short, q.short, tt.q)
	}
}

// TestHeadwordBindsSubject: a question that names no subject is about
// the entry whose title its rarest words spell, not about an entry titled
// by a common word of it.
func TestHeadwordBindsSubject(t *testing.T) {
	r := New(func(w string) float64 {
		if w == "thwarter" {
			return 9
		}
		if w == "suffers" {
			return 3
		}
		return 1
	})
	srcs := sources(disease, thwarter)
	q := "Which animal suffers from the disease called thwarter?"
	a := r.Read(q, srcs)
	assert.Contains(t, answerText(Answer{Pieces: a.Best}, srcs), "sheep", r.Explain(q, srcs, 3))
}

// TestNumberFieldMustNameQuantity: a record's number field fits a number
// question only when its key names the quantity asked.
func TestNumberFieldMustNameQuantity(t *testing.T) {
	r := New(nil)
	fitOf := func(question string) float64 {
		q := analyze(question, r.idf)
		for _, c := range r.candidates(q, sources(codes)) {
			u := c.p.units[c.unit]
			if strings.Contains(c.p.text[u.Start:u.End], `"776"`) {
				return c.fit
			}
		}
		return -1
	}
	assert.LessOrEqual(t, fitOf("What is the population of Tonga?"), 0.5)
	assert.Greater(t, fitOf("What is the numeric code of Tonga?"), 0.5)
}

func TestSourceTag(t *testing.T) {
	for s, want := range map[string]bool{
		"[1913 Webster]": true, "[1913 Webster +PJC]": true, "[WordNet 1.5]": true, "[Webster 1913 Suppl.]": true,
		"[U.S. military jargon]": false, "[Obs.]": false, "[Three-Letter Acronym]": false,
		"[from the 1970 U.S. census forms via Usenet]": false, "Born in 1913 [Webster]": false,
	} {
		assert.Equal(t, want, sourceTag(s), s)
	}
}

// TestRowNamesPeopleUnderItsColumn: a capitalised word in a table row
// ("Make") is no person unless the row's header has a column for people.
func TestRowNamesPeopleUnderItsColumn(t *testing.T) {
	r := New(nil)
	fitOf := func(text string) float64 {
		q := analyze("Who created ninja-build?", r.idf)
		for _, c := range r.candidates(q, sources(doc{"ref/ch12.html", "Build tools", text})) {
			u := c.p.units[c.unit]
			if strings.HasPrefix(c.p.text[u.Start:u.End], "ninja-build") {
				return c.fit
			}
		}
		return -1
	}
	f := fitOf("package\tpopcon\tsize\tdescription\nninja-build\tV:5, I:34\t417\tsmall build system closest in spirit to Make\n")
	assert.True(t, f >= 0 && f <= 0.5, "fit %v", f)
	assert.Equal(t, 1.0, fitOf("package\tauthor\tdescription\nninja-build\tEvan Martin\tsmall build system\n"))
}

func TestHyphenVariant(t *testing.T) {
	tests := []struct {
		text, word string
		want       bool
	}{
		{"Pseudo Random Number Generator", "pseudo-random", true},
		{"a pseudorandom generator", "pseudo-random", false}, // the first token is "a"
		{"pseudorandom generator", "pseudo-random", true},
		{"e-mail security", "email", true},
		{"Pseudo Number", "pseudo-random", false},
		{"random", "random", false}, // not a variant: the same word (match's own case)
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, hyphenVariant(words(tt.text, 0), tt.word), "%q in %q", tt.word, tt.text)
	}
}

func TestLengthWordsAreCues(t *testing.T) {
	for _, question := range []string{"What is the three-letter code for the Kenyan Shilling?", "Which place has the three letter code JEY?", "What is its 2-digit code?"} {
		q := analyze(question, func(string) float64 { return 1 })
		for _, w := range q.words {
			if strings.Contains(w.lower, "letter") || strings.Contains(w.lower, "digit") || w.lower == "three" {
				assert.True(t, w.cue, "%q in %q", w.body, question)
			}
		}
	}
}

func TestCodeLength(t *testing.T) {
	assert.Equal(t, 2, analyze("What's the two-letter code for Italy?", func(string) float64 { return 1 }).length)
	assert.Equal(t, 3, analyze("What is the 3-letter code of Peru?", func(string) float64 { return 1 }).length)
}

func TestConfidenceIsCalibratedProbability(t *testing.T) {
	require.Len(t, weights, len(featureNames))
	srcs := sources(prose)
	a := New(nil).Read("How long is the Korvath Tunnel?", srcs)
	assert.Len(t, a.Features, len(featureNames))
	assert.Greater(t, a.Confidence, Threshold)
	assert.LessOrEqual(t, a.Confidence, 1.0)
}

// TestOriginFrom: a question about where something comes from aligns its
// origin word with the "from" of an etymology ("[from the movie ...]"),
// in glossaries and dictionaries alike; other relation words do not.
func TestOriginFrom(t *testing.T) {
	tests := []struct {
		question, word string
		want           float64
	}{
		{"Which film does the phrase come from?", "come", 0.9},
		{"Where is the word derived from?", "derived", 0.9},
		{"What is the etymology of frob?", "etymology", 0.9},
		{"Which film does the phrase mention?", "mention", 0},
	}
	src := sources(doc{"j/x.txt", "x", "[from the movie Monty Python and the Holy Grail.]"})
	p := prepare(src[0], 0)
	for _, tt := range tests {
		q := analyze(tt.question, func(string) float64 { return 1 })
		got := -1.0
		for _, w := range q.words {
			if w.lower == tt.word {
				got = matchRelation(q, p.text, p.unitToks(0), w)
			}
		}
		assert.InDelta(t, tt.want, got, 1e-9, tt.question)
	}
}

func TestInitialsSpell(t *testing.T) {
	tests := []struct {
		words, short string
		want         bool
	}{
		{"Amplitude Modulation", "AM", true}, // the first word starts with the abbreviation
		{"Internet Of Things", "IoT", true},
		{"eXtended Markup", "XM", false},
		{"TLAs have three", "TLA", false}, // the abbreviation itself, plural
		{"three-letter acronyms", "TLA", false},
		{"Three Letter Acronym", "TLA", true},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, initialsSpell(words(tt.words, 0), tt.short), "%q for %q", tt.words, tt.short)
	}
}

// A unit written alike in several retrieved documents (a dictionary's
// source tag) is boilerplate: never the answer, even when it holds a
// word of the asked kind ("Webster" for "which writer").
func TestBoilerplateIsNoAnswer(t *testing.T) {
	entry := func(path, head, body string) doc {
		return doc{path, path[len("gcide/"):], head + "\n" + head + " \\" + head + "\\, n.\n   " + body + "\n   [1913 Webster]\n"}
	}
	srcs := sources(
		entry("gcide/abhorrer.txt", "Abhorrer", "One who abhors. --Hume."),
		entry("gcide/abhorrence.txt", "Abhorrence", "The act of abhorring."),
		entry("gcide/abhorrent.txt", "Abhorrent", "Hating deeply."),
	)
	a := New(nil).Read("Which writer is given as the authority for the noun 'abhorrer'?", srcs)
	require.NotEmpty(t, a.Best)
	b := a.Best[0]
	assert.NotContains(t, srcs[b.N-1].Passage.Text[b.Start:b.End], "1913 Webster")
}

// In a dictionary entry with several senses, each sense opens with the
// headword: that unit defines the subject as much as the first one.
func TestDefinitionFitSenseOpener(t *testing.T) {
	src := sources(maculate)[0]
	p := prepare(src, 0)
	q := analyze("What does 'maculate' mean?", func(string) float64 { return 1 })
	found := false
	for i, u := range p.units {
		if strings.Contains(p.text[u.Start:u.End], "Marked with spots") {
			found = true
			assert.GreaterOrEqual(t, p.definitionFit(q, i), 0.9)
		}
	}
	assert.True(t, found)
}

// TestHeadwordOverNamedLanguage: in a bilingual dictionary (one file an
// entry, named for its headword line) the question's capitalised words
// name languages, not the entry; the rarer word that spells an entry's
// headword is what it asks about.
func TestHeadwordOverNamedLanguage(t *testing.T) {
	coude := doc{"fraeng/coude-kud-n-masc.txt", "coude-kud-n-masc.txt", "coude /kud/ <n, masc>\nelbow\n"}
	anglais := doc{"fraeng/anglais-agl-adj.txt", "anglais-agl-adj.txt", "anglais /ɑ̃glɛ/ <adj>\nEnglish\n"}
	francais := doc{"fraeng/francais-frs-adj.txt", "francais-frs-adj.txt", "français /fʀɑ̃sɛ/ <adj>\nFrench, French language\n"}
	r := New(func(w string) float64 {
		switch w {
		case "coude":
			return 9
		case "english", "french":
			return 6
		}
		return 2
	})
	srcs := sources(anglais, francais, coude)
	p := prepare(srcs[2], 2)
	if assert.Len(t, p.title, 1) {
		assert.Equal(t, "coude", p.title[0].lower, "the title is the headword, not the file name's pronunciation and grammar")
	}
	for _, q := range []string{"What is the English for the French noun coude?", "What does the French noun Coude mean?"} {
		a := r.Read(q, srcs)
		assert.Contains(t, answerText(Answer{Pieces: a.Best}, srcs), "elbow", r.Explain(q, srcs, 3))
	}
}

// TestAgreeingUnitsDoNotCompete: two pages of a manual that expand the
// same abbreviation agree; the margin of the best unit over the rest is
// not taken against the other page's sentence that says the same.
func TestAgreeingUnitsDoNotCompete(t *testing.T) {
	first := doc{"guide/first.html", "Chapter 2. First steps", "If no one else is working on it, file an ITP (Intent To Package) bug report to the wnpp pseudo-package."}
	later := doc{"guide/first.html", "Chapter 2. First steps", "Let's assume your ITP (Intent To Package) bug report number was 12345."}
	r := New(nil)
	q := analyze("What does ITP stand for?", r.idf)
	cands := r.candidates(q, sources(first, later))
	if assert.GreaterOrEqual(t, len(cands), 2) {
		assert.Equal(t, cands[0].answerText(), cands[1].answerText())
		assert.InDelta(t, 1.0, features(q, cands)[6], 1e-9, "no other answer competes: the full margin")
	}
}

// TestGivenCodeIsNoAnswer: a record field whose value holds the code the
// question gives ("TW-PEN" for "PEN") is another code built on it, not
// the name asked for.
func TestGivenCodeIsNoAnswer(t *testing.T) {
	subdivisions := doc{"iso/iso_3166-2.json", "iso_3166-2.json", "    {\n      \"code\": \"TW-PEN\",\n      \"name\": \"Penghu\",\n      \"type\": \"County\"\n    },\n"}
	currencies := doc{"iso/iso_4217.json", "iso_4217.json", "    {\n      \"alpha_3\": \"PEN\",\n      \"name\": \"Sol\",\n      \"numeric\": \"604\"\n    },\n"}
	r := New(nil)
	srcs := sources(subdivisions, currencies)
	q := "Which currency has the code PEN?"
	a := r.Read(q, srcs)
	assert.NotContains(t, answerText(a, srcs), "TW-PEN", r.Explain(q, srcs, 4))
	for _, c := range r.candidates(analyze(q, r.idf), srcs) {
		if u := c.p.units[c.unit]; strings.Contains(c.p.text[u.Start:u.End], "TW-PEN") {
			assert.Zero(t, c.fit, "the given code's field fits no answer")
		}
	}
}

// TestAttributionNamesWhoIsCited: in a dictionary the authority for a
// sense is its attribution ("--Hume."), not a capital that opens the
// definition ("n. One who abhors") or a pronunciation ("\Ab*hor"rer\").
func TestAttributionNamesWhoIsCited(t *testing.T) {
	abhorrer := doc{"gcide/abhorrer.txt", "abhorrer.txt", "Abhorrer\nAbhorrer \\Ab*hor\"rer\\, n.\n   One who abhors. --Hume.\n   [1913 Webster]\n"}
	got, why := best("Which writer is given as the authority for the noun 'abhorrer'?", abhorrer)
	assert.Contains(t, got, "Hume", why)
}

// TestNovelCapitalNames: a record that only restates the question's
// subject says nothing new, although its name, written in capitals, holds
// a short stop word ("OF" in "PILE OF POO") that looks like a code.
func TestNovelCapitalNames(t *testing.T) {
	r := New(nil)
	q := analyze("In which block is the pile of poo emoji (U+1F4A9)?", r.idf)
	p := prepare(sources(doc{"unicode/NamesList.txt", "", "1F4A8\tPAW PRINTS\n1F4A9\tPILE OF POO\n1F4AA\tFLEXED BICEPS\n"})[0], 0)
	require.Len(t, p.units, 3)
	assert.True(t, novel(q, p.unitToks(0)))
	assert.False(t, novel(q, p.unitToks(1)), "every word of 1F4A9 PILE OF POO is the question's")
	q = analyze("Which country has the two-letter code IT?", r.idf)
	p = prepare(sources(doc{"iso/iso_3166-1.json", "", "{\"alpha_2\": \"IT\", \"name\": \"Italy\"}"})[0], 0)
	assert.True(t, novel(q, p.unitToks(len(p.units)-1)), "a record's name is news")
}

// TestStatedExpansionFits: an expansion the entry states ("Abbreviation
// for ‘Read The Fine Manual’") fits an expansion question as fully as a
// gloss that is nothing but the expansion; one spelled out in passing
// fits less.
func TestStatedExpansionFits(t *testing.T) {
	r := New(nil)
	for _, c := range []struct {
		question, path string
		fits           map[string]float64
	}{
		{"What does RTFM stand for?", "jargon/rtfm.txt", map[string]float64{
			"[Unix] Abbreviation for ‘Read The Fine Manual’. Used by gurus.":     1,
			"Gurus say you should Read The Fine Manual before you ask anything.": 0.9,
		}},
		// An expansion that spells more than the initials ("All-purpose"
		// gives A and P) fits as a long form; said to be the expansion,
		// it is one.
		{"What does BASIC stand for?", "jargon/basic.txt", map[string]float64{
			"BASIC stands for “Beginner's All-purpose Symbolic Instruction Code”.": 1,
			"Beginner's All-purpose Symbolic Instruction Code was taught widely.":  0.6,
		}},
	} {
		q := analyze(c.question, r.idf)
		for text, want := range c.fits {
			p := prepare(sources(doc{c.path, path.Base(c.path), text})[0], 0)
			f, _ := p.expansionFit(q, 0)
			assert.Equal(t, want, f, text)
		}
	}
}

// TestHeadwordWithAccents: a bilingual dictionary's file names drop the
// accents its headwords write ("lievre-ljv-n-masc.txt" holds the entry
// lièvre); the entry is still titled by its headword, and a word of the
// same stem ("abrogation") is another entry than the one the question
// names ("abroger"), however the word class before it reads ("the
// French verb", "the French phrase").
func TestHeadwordWithAccents(t *testing.T) {
	lievre := doc{"fraeng/lievre-ljv-n-masc.txt", "lievre-ljv-n-masc.txt", "lièvre /ljɛvʀ/ <n, masc>\nhare\n"}
	mot := doc{"fraeng/mot-mo-n-masc.txt", "mot-mo-n-masc.txt", "mot /mo/ <n, masc>\nword\n"}
	abroger := doc{"fraeng/abroger-ab-oe-v.txt", "abroger-ab-oe-v.txt", "abroger /abʀɔʒe/ <v>\nabjure, abolish, abrogate, annul\n"}
	abrogation := doc{"fraeng/abrogation-ab-ogasj-n-fem.txt", "abrogation-ab-ogasj-n-fem.txt", "abrogation /abʀɔgasjɔ̃/ <n, fem>\nabolition, abrogation\n"}
	peine := doc{"fraeng/a-peine-a-pn.txt", "a-peine-a-pn.txt", "à peine /a pˈɛn/\nbarely, hardly, only just, scarcely\n"}
	phrase := doc{"fraeng/phrase-f-az-n-fem.txt", "phrase-f-az-n-fem.txt", "phrase /fʀaz/ <n, fem>\nsentence\n"}
	r := New(func(w string) float64 {
		switch w {
		case "lièvre", "abroger", "peine", "phrase", "mot":
			return 9
		}
		return 2
	})
	p := prepare(sources(lievre)[0], 0)
	if assert.Len(t, p.title, 1) {
		assert.Equal(t, "lièvre", p.title[0].lower)
	}
	tests := []struct {
		q    string
		docs []doc
		want string
	}{
		{"What is the English for the French word lièvre?", []doc{mot, lievre}, "hare"},
		{"What does the French verb abroger mean?", []doc{abrogation, abroger}, "annul"},
		{"What does the French phrase à peine mean?", []doc{phrase, peine}, "barely"},
	}
	for _, tt := range tests {
		srcs := sources(tt.docs...)
		a := r.Read(tt.q, srcs)
		assert.Contains(t, answerText(a, srcs), tt.want, "confidence %.2f\n%s", a.Confidence, r.Explain(tt.q, srcs, 3))
	}
	q := "What does the French verb abroger mean?"
	for _, c := range r.candidates(analyze(q, r.idf), sources(abrogation, abroger)) {
		if c.p.n == 1 {
			assert.LessOrEqual(t, c.bind, 0.5, "the entry abrogation does not bind the question's abroger")
		}
	}
}

// TestTranslationFrame: a bilingual dictionary's question names the
// language it asks in and the kind of word ("the Italian word for",
// "mean in English"); no entry writes them, so they align with no unit,
// and the entry that translates the word asked about answers, not the
// entry for the language's name or for "word".
func TestTranslationFrame(t *testing.T) {
	bruco := doc{"itaeng/bruco-bruko.txt", "bruco-bruko.txt", "bruco /brˈuko/\ncaterpillar\n"}
	parola := doc{"itaeng/parola-parla.txt", "parola-parla.txt", "parola /paɾˈɔla/\nword\n"}
	italiano := doc{"itaeng/italiano-italjano.txt", "italiano-italjano.txt", "italiano /italiˈano/\nItalian\n"}
	espanol := doc{"spaeng/espanol-espaol.txt", "espanol-espaol.txt", "español /espaɲˈol/\n1. Spanish\n2. Spanishlanguage\n3. Spaniard\n"}
	suspirar := doc{"spaeng/suspirar-suspiar.txt", "suspirar-suspiar.txt", "suspirar /sˌuspiɾˈaɾ/\nsigh\n"}
	verbo := doc{"spaeng/verbo-beo.txt", "verbo-beo.txt", "verbo /bˈeɾβo/\nverb\n"}
	te := doc{"fraeng/te-t.txt", "te-t.txt", "te /tə/\n1. thee, to thee, to you\n2. you\n"}
	dorer := doc{"fraeng/dorer-de-v.txt", "dorer-de-v.txt", "dorer /dɔʀe/ <v>\ngild\n"}
	verbe := doc{"fraeng/verbe-vb-n-masc.txt", "verbe-vb-n-masc.txt", "verbe /vɛʀb/ <n, masc>\nverb\n"}
	lavar := doc{"spaeng/lavar-laa.txt", "lavar-laa.txt", "lavar /laβˈaɾ/\n1. wash\n2. washup\n"}
	instrumento := doc{"spaeng/instrumento-instumnto.txt", "instrumento-instumnto.txt", "instrumento /ˌinstɾumˈɛnto/\nagent, means, tool\n"}
	cedola := doc{"itaeng/cedola-tdola.txt", "cedola-tdola.txt", "cedola /tʃˈɛdola/\ncoupon\n"}
	dire := doc{"itaeng/dire-dire.txt", "dire-dire.txt", "dire /dˈire/\nsay, tell\n"}
	catena := doc{"itaeng/catena-katena.txt", "catena-katena.txt", "catena /katˈena/\nchain\n"}
	traduzione := doc{"itaeng/traduzione-tradutsione.txt", "traduzione-tradutsione.txt", "traduzione /tradʊtsiˈone/\ntranslation\n"}
	anglais := doc{"fraeng/anglais-agl-adj.txt", "anglais-agl-adj.txt", "anglais /ɑ̃glɛ/ <adj>\nEnglish\n"}
	autista := doc{"itaeng/autista-atista.txt", "autista-atista.txt", "autista /aʊtˈista/\nchauffeur, driver\n"}
	chiamarsi := doc{"itaeng/chiamarsi-kjamarsi.txt", "chiamarsi-kjamarsi.txt", "chiamarsi /kjamˈarsɪ/\nbe called\n"}
	tests := []struct {
		q    string
		docs []doc
		want string
	}{
		{"What is the Italian word for a caterpillar?", []doc{parola, italiano, bruco}, "bruco"},
		{"What is the Spanish verb for to sigh?", []doc{espanol, verbo, suspirar}, "suspirar"},
		{"What does the French pronoun 'te' mean in English?", []doc{anglais, te}, "thee"},
		{"Which French verb means to gild?", []doc{verbe, dorer}, "dorer"},
		{"Which Spanish verb means to wash?", []doc{espanol, instrumento, lavar}, "lavar"},
		{"How do you say coupon in Italian?", []doc{dire, italiano, cedola}, "cedola"},
		{"What is the English translation of the Italian catena?", []doc{italiano, traduzione, catena}, "chain"},
		{"What do Italians call a chauffeur?", []doc{italiano, autista, chiamarsi}, "autista"},
		{"How do Spanish speakers say to wash?", []doc{espanol, dire, lavar}, "lavar"},
	}
	for _, tt := range tests {
		got, why := best(tt.q, tt.docs...)
		assert.Contains(t, got, tt.want, "%s\n%s", tt.q, why)
	}
}

// TestRecordEntryHeadword: a dictionary of records (a headword, then
// "Key: value" lines) answers "which element has the symbol Bk" with the
// entry's headword, not with another of its fields; a question whose
// class is a field's key gets the field, and a field that says more than
// a value (WordNet's "n 1: …" sense) answers itself.
func TestRecordEntryHeadword(t *testing.T) {
	brasskium := doc{"elements/brasskium.txt", "brasskium.txt", "brasskium\nSymbol: Bk\nAtomic number: 133\nAtomic weight: 320.1\nYear discovered: 1938\nDiscovered by: Ole Brask\nA brittle grey solid. Named for Ole Brask.\n"}
	korvathite := doc{"elements/korvathite.txt", "korvathite.txt", "korvathite\nSymbol: Kv\nAtomic number: 132\nAtomic weight: (318)\nRadioactive element named after the Korvath Tunnel.\n"}
	tests := []struct {
		q, want string
	}{
		{"Which element has the symbol Bk?", "brasskium"},
		{"What is the atomic number of korvathite?", "Atomic number: 132"},
		{"What is the symbol for brasskium?", "Symbol: Bk"},
		{"What is brasskium?", "A brittle grey solid."},           // its fields describe it; its first sentence says what it is
		{"Who discovered brasskium?", "Discovered by: Ole Brask"}, // a person: not the year, nor the key's capital
		{"When was brasskium discovered?", "Year discovered: 1938"},
	}
	for _, tt := range tests {
		got, why := best(tt.q, korvathite, brasskium)
		assert.Equal(t, tt.want, got, "%s\n%s", tt.q, why)
	}
	got, why := best("What colour is brasskium?", korvathite, brasskium)
	assert.NotContains(t, got, ":", "no field of the entry is a colour\n%s", why)
	pope := doc{"wordnet/angelo-guiseppe-roncalli.txt", "angelo-guiseppe-roncalli.txt", "Angelo Guiseppe Roncalli\n    n 1: Italian pope from 1958 to 1963 who convoked the Second\n         Vatican Council (1881-1963) [syn: {John XXIII}, {Angelo\n         Guiseppe Roncalli}]\n"}
	got, why = best("Which Italian pope convoked the Second Vatican Council?", pope)
	assert.Contains(t, got, "John XXIII", why)
}

// TestOutlineRows: in an outline of records (usb.ids: a vendor's row,
// its products indented under it) a product is its vendor's; a passage
// cut from inside a vendor's group names the vendor in its section. The
// vendor's row answers for the vendor.
func TestOutlineRows(t *testing.T) {
	// Small groups joined in one passage, its section the middle one's.
	joined := generate.Source{N: 1, Passage: corpus.Passage{ID: "u#1", Path: "usbids/usb.ids", Title: "usb.ids", Section: "0e8f  GreenAsia Inc.",
		Text: "06a3  Saitek PLC\n\tff0c  Cyborg Force Rumble Pad\n0e8f  GreenAsia Inc.\n\t0003  MaxFire Blaze2\n\tff0c  Joytech Wireless Advanced Controller\n"}}
	// A passage cut from inside a large group.
	inside := generate.Source{N: 2, Passage: corpus.Passage{ID: "u#2", Path: "usbids/usb.ids", Title: "usb.ids", Section: "046d  Logitech, Inc.",
		Text: "\tc218  Logitech RumblePad 2 USB\n\tc219  Cordless RumblePad 2\n\tc21a  Precision Gamepad\n"}}
	// A small file whose groups ingest names no section: its first line is its first line.
	small := generate.Source{N: 3, Passage: corpus.Passage{ID: "u#3", Path: "records/usb-small.ids", Title: "usb-small.ids",
		Text: "06a3  Saitek PLC\n\tff0c  Cyborg Force Rumble Pad\n\tff0d  P2600 Rumble Force Pad\n"}}
	for q, want := range map[string]string{
		"Which vendor makes the Cyborg Force Rumble Pad?": "06a3  Saitek PLC",
		"What is USB device 06a3:ff0c?":                   "ff0c  Cyborg Force Rumble Pad",
	} {
		srcs := []generate.Source{{N: 1, Passage: small.Passage}}
		a := New(nil).Read(q, srcs)
		assert.Equal(t, want, answerText(Answer{Pieces: a.Best}, srcs), "%s\n%s", q, New(nil).Explain(q, srcs, 3))
	}
	srcs := []generate.Source{joined, inside}
	r := New(nil)
	for q, want := range map[string]string{
		"What is Saitek's device ff0c?":    "ff0c  Cyborg Force Rumble Pad",
		"What is GreenAsia's device ff0c?": "ff0c  Joytech Wireless Advanced Controller",
		"Which vendor is 0e8f?":            "0e8f  GreenAsia Inc.",
		"What is Logitech's device c219?":  "c219  Cordless RumblePad 2",
	} {
		a := r.Read(q, srcs)
		assert.Equal(t, want, answerText(Answer{Pieces: a.Best}, srcs), "%s\n%s", q, r.Explain(q, srcs, 3))
	}
}

// TestDeviceIDPair: a device ID as lspci and lsusb print it ("10de:0100")
// gives two codes: the product's row holds the second, the vendor's row
// it is listed under the first (pci.ids, usb.ids). Another vendor's row of
// the same product code, or a subsystem row that writes the vendor's code
// itself, is not the device asked about.
func TestDeviceIDPair(t *testing.T) {
	nvidia := generate.Source{N: 2, Passage: corpus.Passage{ID: "p#2", Path: "records/pci.ids", Title: "pci.ids", Section: "10de  NVIDIA Corporation",
		Text: "10de  NVIDIA Corporation\n\t0020  NV4 [Riva TNT]\n\t0100  NV10 [GeForce 256 SDR]\n\t0101  NV10DDR [GeForce 256 DDR]\n"}}
	// Cut from inside another vendor's group: its first line lost its tab.
	panyi := generate.Source{N: 1, Passage: corpus.Passage{ID: "p#1", Path: "records/pci.ids", Title: "pci.ids", Section: "1e57  Beijing Panyi Technology Co., Ltd",
		Text: "0001  PCI device\n\t0100  The device has already been deleted.\n\t0200  The device has already been deleted.\n"}}
	intel := generate.Source{N: 3, Passage: corpus.Passage{ID: "p#3", Path: "records/pci.ids", Title: "pci.ids", Section: "8086  Intel Corporation",
		Text: "\t0100  2nd Generation Core Processor Family DRAM Controller\n\t\t1028 04aa  XPS 8300\n\t\t8086 200d  DH61CR motherboard\n"}}
	r := New(nil)
	for _, tt := range []struct{ q, want string }{
		{"What is PCI device 10de:0100?", "0100  NV10 [GeForce 256 SDR]"},
		{"What is PCI device 8086:0100?", "0100  2nd Generation Core Processor Family DRAM Controller"},
	} {
		srcs := []generate.Source{panyi, nvidia, intel} // the other vendor's row ranked first
		a := r.Read(tt.q, srcs)
		assert.Equal(t, tt.want, answerText(Answer{Pieces: a.Best}, srcs), "%s\n%s", tt.q, r.Explain(tt.q, srcs, 3))
	}
	q := analyze("What is PCI device 10de:0100?", func(string) float64 { return 1 })
	for _, w := range q.words {
		switch w.body {
		case "10de":
			assert.True(t, w.given && w.vendor, "the vendor's code")
		case "0100":
			assert.True(t, w.given && !w.vendor, "the product's code")
		}
	}
	q = analyze("What happens at 12:30 in the play?", func(string) float64 { return 1 })
	for _, w := range q.words {
		assert.False(t, w.vendor, "a time is no device ID: %s", w.body)
	}
}

// TestDataFileTitle: a data file is named for what it lists ("pci.ids"),
// not for an entry, so a question word that spells its name ("PCI") does
// not make the question about it: "the PCI vendor ID of Nokia" is about
// Nokia, which no row names, and the row that writes the question's
// other words ("ffff  Illegal Vendor ID") is no answer.
func TestDataFileTitle(t *testing.T) {
	header := doc{"records/pci.ids", "pci.ids", "#\n#\tList of PCI ID's\n#\n#\tMaintained by Albert Pool, Martin Mares, and other volunteers from\n#\tthe PCI ID Project at https://pci-ids.ucw.cz/.\n#\n"}
	tail := doc{"records/pci.ids", "pci.ids", "\t0576  VIA VT82C570MV [Apollo] (Wrong vendor ID!)\nf1d0  AJA Video\nffff  Illegal Vendor ID\n"}
	r := New(func(lw string) float64 { // the file's own words are common in it
		switch lw {
		case "vendor", "id", "pci":
			return 6
		}
		return 15
	})
	for _, q := range []string{"What is the PCI vendor ID of Nokia?", "What is the PCI vendor ID of Rivian?"} {
		srcs := sources(tail, header)
		a := r.Read(q, srcs)
		assert.True(t, a.Declined(), "%s: %s\n%s", q, answerText(a, srcs), r.Explain(q, srcs, 3))
		assert.Less(t, feature(a, "bind"), 0.8, "no row binds %s\n%s", q, r.Explain(q, srcs, 3))
	}
	a := r.Read("What is the PCI ID of AJA Video?", sources(tail, header))
	assert.Equal(t, "f1d0  AJA Video", answerText(Answer{Pieces: a.Best}, sources(tail, header)), "a row that names the subject answers")
}

// TestGlossaryTerm: a glossary rendered from a definition list gives its
// term on a line of its own ("2to3¶", "WAL sender (process)") and the
// definition under it without repeating the term: the definition's first
// sentence is what the term is; its next sentences, even one that names
// the term ("A slice is created using …"), say more. A list's short
// items and an entry's bracketed note are no terms.
func TestGlossaryTerm(t *testing.T) {
	python := doc{"gloss/python-glossary.html", "Glossary — Python 3.11.2 documentation",
		"Glossary¶\n\n2to3¶\n\nA tool that tries to convert Python 2.x code to Python 3.x code by handling most of the incompatibilities which can be detected by parsing the source and traversing the parse tree.\n\n" +
			"slice¶\n\nAn object usually containing a portion of a sequence. A slice is created using the subscript notation, [] with colons between numbers when several are given, such as in variable_name[1:3:5].\n"}
	postgres := doc{"gloss/postgresql-glossary.html", "Appendix M. Glossary",
		"WAL segment\n\nA physical file which stores data for a given log sequence number.\n\nWAL sender (process)\n\nA special backend process that streams WAL over a network.\n\n" +
			"Write-ahead log\n\nThe journal that keeps track of the changes in the database cluster as user- and system-invoked operations take place.\n"}
	coroutine := doc{"gloss/python-glossary.html", "Glossary — Python 3.11.2 documentation",
		"coroutine¶\n\nCoroutines are a more generalized form of subroutines. Subroutines are entered at one point and exited at another point.\n\n" +
			"coroutine function¶\n\nA function which returns a coroutine object. A coroutine function may be defined with the async def statement.\n"}
	r := New(nil)
	for q, want := range map[string]string{
		"What is 2to3?":                "A tool that tries to convert Python 2.x code to Python 3.x code",
		"What is a slice?":             "An object usually containing a portion of a sequence.",
		"What is a WAL sender?":        "A special backend process that streams WAL over a network.",
		"What is the write-ahead log?": "The journal that keeps track of the changes",
		"What is a coroutine?":         "Coroutines are a more generalized form of subroutines.", // not the entry "coroutine function"
	} {
		srcs := sources(python, postgres, coroutine)
		a := r.Read(q, srcs)
		assert.Contains(t, answerText(Answer{Pieces: a.Best}, srcs), want, "%s\n%s", q, r.Explain(q, srcs, 3))
	}
	bloat := doc{"gloss/postgresql-glossary.html", "Appendix M. Glossary",
		"Backend (process)\n\nProcess of an instance which acts on behalf of a client session and handles its requests.\n\nBloat\n\nSpace in data pages which does not contain current row versions, such as unused (free) space or outdated row versions.\n\nBootstrap superuser\n\nThe first user initialized in a database cluster.\n"}
	q := "What is the term for space in data pages which does not contain current row versions?"
	srcs := sources(bloat)
	a := r.Read(q, srcs)
	assert.Equal(t, "Bloat", answerText(Answer{Pieces: a.Best}, srcs), "the term whose definition the question paraphrases\n%s", r.Explain(q, srcs, 3))
	list := prepare(sources(doc{"debref/ch01.html", "Chapter 1", "RTFM (read the fine manual)\n\nSearch the Internet before asking questions\n"})[0], 0)
	assert.False(t, list.termLine(0), "a list's items")
	number := prepare(sources(doc{"policy/ch-files.html", "Files", "12.5\n\nThe GNU Free Documentation License version 1.3 is included in common-licenses.\n"})[0], 0)
	assert.False(t, number.termLine(0), "a section's number")
	heading := prepare(sources(doc{"manual/apt.html", "APT", "Package pinning\n\nSometimes you want a package from another release. Pinning is a way to prefer one.\n"})[0], 0)
	assert.False(t, heading.term[0], "one short line over a paragraph is a heading, not a glossary's term")
	command := prepare(sources(doc{"manuals/openssh-README.dns", "README.dns", "ssh-keygen -r hostname -f keyfile -g\n\nwhere \"hostname\" is your fully qualified hostname and \"keyfile\" is the file with the public key.\n"})[0], 0)
	assert.False(t, command.termLine(0), "a command set apart")
	note := prepare(sources(doc{"jargon/mundane.txt", "mundane", "mundane\n n.\n\n    [from SF fandom]\n\n    1. A person who is not in science fiction fandom.\n"})[0], 0)
	for i := range note.units {
		assert.False(t, note.termLine(i), "a bracketed note: %q", note.text[note.units[i].Start:note.units[i].End])
	}
}

// TestDictionaryOfEntries: in a dictionary file of many entries (FreeDict's
// text, "headword /pronunciation/" then its senses) a headword line alone
// answers nothing; the senses under the headword asked about do, and its
// numbered senses are all what it means, not rivals.
func TestDictionaryOfEntries(t *testing.T) {
	dict := doc{"dict/nld-eng-039.txt", "nld-eng-039.txt",
		"verjaagd /vərjaxt/\nchasedaway\nverjaardag /vərjardɑx/\n1. anniversary\n2. birthday\nverjaren /vərjarən/\n1. advance\n2. rentout\n3. scale\nverjongen /vərjɔŋən/\nrejuvenate\n"}
	r := New(nil)
	for q, want := range map[string]string{
		"What is the English for verjaardag?": "1. anniversary",
		"What is the English for verjongen?":  "verjongen /vərjɔŋən/\nrejuvenate",
	} {
		srcs := sources(dict)
		a := r.Read(q, srcs)
		assert.Equal(t, want, answerText(Answer{Pieces: a.Best}, srcs), "%s\n%s", q, r.Explain(q, srcs, 3))
		assert.Equal(t, 1.0, feature(a, "inner"), "no sense of the entry competes: %s", q)
	}
}

// TestVersionInRowName: a version in a record's name ("Virtio 1.0 block
// device") is no code; the row that names the device as asked gives the
// code asked for.
func TestVersionInRowName(t *testing.T) {
	redhat := doc{"records/pci.ids", "pci.ids",
		"1af4  Red Hat, Inc.\n\t1000  Virtio network device\n\t1001  Virtio block device\n\t1002  Virtio memory balloon\n\t1041  Virtio 1.0 network device\n\t1042  Virtio 1.0 block device\n\t1045  Virtio 1.0 memory balloon\n"}
	r := New(nil)
	for q, want := range map[string]string{
		"What is the device ID of Red Hat's Virtio block device?": "1001  Virtio block device",
		"What is the device ID of the Virtio memory balloon?":     "1002  Virtio memory balloon",
		"What is the device ID of the Virtio 1.0 block device?":   "1042  Virtio 1.0 block device",
	} {
		srcs := sources(redhat)
		a := r.Read(q, srcs)
		assert.Equal(t, want, answerText(Answer{Pieces: a.Best}, srcs), "%s\n%s", q, r.Explain(q, srcs, 3))
	}
}

// TestCaption: a manual's caption ("Example 6.4. Installation of …")
// names what its listing shows and answers nothing itself; a table's
// caption does not lend its words to the table's header row, which names
// the columns (debian-reference).
func TestCaption(t *testing.T) {
	handbook := doc{"manual/handbook-sect.apt-get.html", "6.2. aptitude, apt-get, and apt Commands",
		"If the file sources.list mentions several distributions, it is possible to give the version of the package to install.\n\nExample\u00a06.4.\u00a0Installation of the Unstable version of spamassassin\n"}
	r := New(nil)
	q := "How do I install the Unstable version of spamassassin?"
	srcs := sources(handbook)
	a := r.Read(q, srcs)
	assert.Equal(t, 0.0, feature(a, "fit"), "the caption holds no answer\n%s", r.Explain(q, srcs, 3))
	table := doc{"debref/ch12.en.html", "Chapter 12. Programming",
		"Table\u00a012.6.\u00a0List of source translation tools\n\npackage\tpopcon\tsize\tkeyword\tdescription\nperl\tV:644, I:990\t669\tAWK→PERL\tconvert source codes from AWK to PERL: a2p(1)\nf2c\tV:0, I:4\t442\tFORTRAN→C\tconvert source codes from FORTRAN 77 to C/C++: f2c(1)\n"}
	q = "Which package does the Debian Reference list for translating FORTRAN 77 to C?"
	srcs = sources(table)
	a = r.Read(q, srcs)
	assert.True(t, strings.HasPrefix(answerText(Answer{Pieces: a.Best}, srcs), "f2c"), r.Explain(q, srcs, 3))
}

// TestOutlineTopRow: a passage of an outline is named for the group it
// opens with ("fffe  VMWare Inc (temporary ID)"); a flush-left row after
// that group is a record of its own ("ffff  Illegal Vendor ID"), which
// the group's name does not bind.
func TestOutlineTopRow(t *testing.T) {
	tail := generate.Source{N: 1, Passage: corpus.Passage{ID: "p#9", Path: "records/pci.ids", Title: "pci.ids", Ord: 2103, Section: "fffe  VMWare Inc (temporary ID)",
		Text: "fffe  VMWare Inc (temporary ID)\n\t0405  Virtual SVGA 4.0\n\t0710  Virtual SVGA\nffff  Illegal Vendor ID\n"}}
	r := New(func(lw string) float64 { // the file's own words are common in it
		switch lw {
		case "vendor", "id", "pci":
			return 6
		}
		return 15
	})
	q := "What is the PCI vendor ID of VMware?"
	srcs := []generate.Source{tail}
	found := false
	for _, c := range r.candidates(analyze(q, r.idf), srcs) {
		u := c.p.units[c.unit]
		if strings.HasPrefix(c.p.text[u.Start:u.End], "ffff") {
			found = true
			assert.Less(t, c.bind, 0.8, "the group's name does not bind the row after it\n%s", r.Explain(q, srcs, 3))
		}
	}
	assert.True(t, found)
}

// TestNumberedName: a name numbered by a hyphen or a slash ("Quill-7",
// "QPL/3") names one thing; a passage that writes only another number
// ("Quill-11", "QPL/2") or the bare name is about something else, and
// the reader declines rather than answer for it.
func TestNumberedName(t *testing.T) {
	quill := doc{"glossary/wide-bus.txt", "WIDE bus", "WIDE bus\n\n   <hardware> The 24-bit memory bus of the Quill-11 minicomputer,\n   introduced in 1982 as the replacement for {DRAB}.\n"}
	qpl := doc{"glossary/qpl-2.txt", "QPL/2", "QPL/2\n\n   <language> The second version of {QPL}, released in 1979.\n"}
	r := New(func(string) float64 { return 8 })
	tests := []struct {
		q      string
		answer bool
	}{
		{"How many bits wide was the Quill-11 bus?", true},
		{"How many bits wide was the Quill-7 bus?", false},
		{"When was QPL/2 released?", true},
		{"When was QPL/3 released?", false},
	}
	for _, tt := range tests {
		srcs := sources(quill, qpl)
		a := r.Read(tt.q, srcs)
		assert.Equal(t, tt.answer, !a.Declined(), "%s: %q (%.2f)\n%s", tt.q, answerText(a, srcs), a.Confidence, r.Explain(tt.q, srcs, 3))
	}
	for text, holds := range map[string]bool{
		"The default text encoding is UTF8; UTF 16 is the other one.":  true, // written without the hyphen, or with a space
		"The default text encoding is utf_8; utf/16 is the other one.": true,
		"The default text encoding is UTF-8; UTF-32 is the other one.": false, // another number
		"The default text encoding is UTF-8; UTF16le is the other one": false, // another name
	} {
		p := prepare(sources(doc{"manual/encoding.html", "Encodings", text})[0], 0)
		assert.Equal(t, holds, p.holdsPinned(analyze("What is the default text encoding, UTF-8 or UTF-16?", r.idf)), text)
	}
	assert.True(t, english.HoldsWhole("the quill-11 bus", "quill-11"))
	assert.False(t, english.HoldsWhole("the quill-11 bus", "quill-1"), "another number that begins alike")
	assert.False(t, english.HoldsWhole("xquill-11", "quill-11"))
}

// TestRecordKeys: a record's key says what its value is. A field whose
// key names who ("Builder") does not answer where; a "which X" question
// whose X is another field's key ("Shipyard") is that field's; a field
// no question word names ("Engine") does not answer "who built"; a
// question written as an FAQ's heading is no answer to itself; and a
// name numbered by a Roman numeral ("Kestrel II") is not the record of
// the bare name.
func TestRecordKeys(t *testing.T) {
	wren := doc{"ships/Sable_Wren.txt", "Sable_Wren.txt", "SABLE WREN\n\nType: Cutter\nLaunched: 1879\nBuilder: Agnes Molloy\nShipyard: Kinvarra Quay\nCaptain: Dermot Falvey\n\nA revenue cutter that chased smugglers along the Clare coast.\n"}
	orca := doc{"ships/Orca.txt", "Orca.txt", "ORCA\n\nType: Research vessel\nLaunched: 1961\nEngine: Diesel-electric, 1,200 horsepower\nCaptain: Ines Maartens\n\nA survey ship of the fisheries board.\n"}
	kestrel := doc{"ships/Kestrel.txt", "Kestrel.txt", "KESTREL\n\nType: Clipper\nLaunched: 1851\nCaptain: Annie McBride\n\nA tea clipper on the China run.\n"}
	ingrid := doc{"ships/Ingrid_Halvorsen.txt", "Ingrid_Halvorsen.txt", "INGRID HALVORSEN\n\nType: Barque\nLaunched: 1868\nFate: Burned at Valparaíso, 1892\n\nA Norwegian barque in the nitrate trade.\n"}
	faq := doc{"manual/faq.html", "FAQ - ferrule", "FAQ\n\nDoes ferrule work on Windows?\n\nNo. ferrule runs on Linux, FreeBSD and macOS only.\n"}
	r := New(func(string) float64 { return 8 })
	for _, tt := range []struct {
		q    string
		docs []doc
		not  string // the unit the answer must not be
		want string // the answer, "" to accept a decline
	}{
		{"Where was the Sable Wren built?", []doc{wren}, "Builder: Agnes Molloy", ""},
		{"In which shipyard was the Sable Wren built?", []doc{wren}, "Builder: Agnes Molloy", "Shipyard: Kinvarra Quay"},
		{"Who built the Orca?", []doc{orca}, "Engine: Diesel-electric, 1,200 horsepower", ""},
		{"Does ferrule work on Windows?", []doc{faq}, "Does ferrule work on Windows?", ""},
		{"Who captained the Kestrel II?", []doc{kestrel}, "Captain: Annie McBride", ""},
		{"Who captained the Kestrel?", []doc{kestrel}, "", "Captain: Annie McBride"},
		{"Where did the Ingrid Halvorsen burn?", []doc{ingrid}, "", "Fate: Burned at Valparaíso, 1892"}, // the value says so, not the key
	} {
		srcs := sources(tt.docs...)
		a := r.Read(tt.q, srcs)
		got := answerText(a, srcs)
		if tt.not != "" {
			assert.NotEqual(t, tt.not, got, "%s\n%s", tt.q, r.Explain(tt.q, srcs, 3))
		}
		if tt.want != "" {
			assert.Equal(t, tt.want, got, "%s (%.2f)\n%s", tt.q, a.Confidence, r.Explain(tt.q, srcs, 3))
		}
	}
	assert.True(t, namedKey("Engine", words("Engine", 0)))
	assert.False(t, namedKey("n 1", words("n 1", 0)), "a sense's label")
	assert.False(t, namedKey("footed}] [ant", words("footed}] [ant", 0)), "a wrapped line of a gloss that only looks like a field")
}

// TestFirstSense: a question that tells an entry's senses apart by
// nothing is answered with the sense the dictionary gives first, not a
// later, shorter one.
func TestFirstSense(t *testing.T) {
	cerrar := doc{"spaeng/cerrar-era.txt", "cerrar-era.txt", "cerrar /θerˈaɾ/\n1. close, shut\n2. lock\n"}
	got, why := best("How do I say cerrar in English?", cerrar)
	assert.Equal(t, "1. close, shut", got, why)
}

// TestAskedClassIsNoEntry: the noun phrase after "which" says what kind of
// thing the answer is; a glossary's entry spelled like it ("mainframe")
// is not what the question is about.
func TestAskedClassIsNoEntry(t *testing.T) {
	brs := doc{"jargon/big-red-switch.txt", "big-red-switch.txt", "Big Red Switch\n n.\n\n    [IBM] The power switch on a computer, esp. the ‘Emergency Pull’ switch on\n    an IBM {mainframe}.\n    It is alleged that the emergency pull switch on an IBM 360/91 actually fired a non-conducting bolt\n    into the main power feed.\n"}
	mainframe := doc{"jargon/mainframe.txt", "mainframe.txt", "mainframe\n n.\n\n    Term originally referring to the cabinet containing the central processor unit.\n"}
	r := New(func(string) float64 { return 3 })
	q := "On which IBM mainframe did the emergency pull switch supposedly fire a bolt into the power feed?"
	srcs := sources(brs, mainframe)
	a := r.Read(q, srcs)
	assert.Contains(t, answerText(a, srcs), "360/91", "confidence %.2f\n%s", a.Confidence, r.Explain(q, srcs, 3))
}

// TestLaterSenseOpensWithHeadword: an acronym list gives each sense of an
// abbreviation as an entry of its own under the same headword; the
// second entry is as much a definition as the first.
func TestLaterSenseOpensWithHeadword(t *testing.T) {
	bif := doc{"vera/bif.txt", "bif.txt", "BIF\n       Benchmark Interchange Format (PLB)\n\nBIF\n       Built In Function (REXX)\n"}
	rexx := doc{"vera/rexx.txt", "rexx.txt", "REXX\n       Restructured EXtended eXecutor [language] (IBM, SAA, ANSI)\n"}
	r := New(func(w string) float64 {
		if w == "bif" || w == "rexx" {
			return 16
		}
		return 5
	})
	q := "In REXX, what is a BIF?"
	srcs := sources(bif, rexx)
	a := r.Read(q, srcs)
	assert.Contains(t, answerText(a, srcs), "Built In Function", "confidence %.2f\n%s", a.Confidence, r.Explain(q, srcs, 3))
}

// TestQuotedSubjectStays: a question that quotes what it asks about
// names its subject; an entry spelled like another of its words ("the
// obsolete word 'als'" beside the entry Obsolete) does not take its
// place.
func TestQuotedSubjectStays(t *testing.T) {
	obsolete := doc{"gcide/obsolete.txt", "obsolete.txt", "Obsolete\nObsolete \\Ob\"so*lete\\, a.\n   No longer in use; as, an obsolete word.\n"}
	q := analyze("What does the obsolete word 'als' mean?", func(string) float64 { return 5 })
	q.bindHeadwords([]*passage{prepare(sources(obsolete)[0], 0)})
	for _, w := range q.words {
		switch w.lower {
		case "als":
			assert.True(t, w.subject, "the quoted word is the subject")
		case "obsolete":
			assert.False(t, w.subject, "the entry Obsolete is not what is asked about")
		}
	}
}

// TestLabelIsQuestionWord: a glossary's label abbreviation ("Syn.") is the
// question's word ("synonym"); a unit that holds only it and the subject
// says nothing new.
func TestLabelIsQuestionWord(t *testing.T) {
	plain := doc{"jargon/plain-ascii.txt", "plain-ascii.txt", "plain-ASCII\n /playn·as'kee/\n\n    Syn. {flat-ASCII}.\n"}
	flat := doc{"jargon/flat-ascii.txt", "flat-ascii.txt", "flat-ASCII\n adj.\n\n    [common] Said of a text file that contains only 7-bit ASCII characters.\n    Syn. {plain-ASCII}.\n"}
	r := New(func(string) float64 { return 5 })
	q := "What is a synonym for flat-ASCII?"
	srcs := sources(plain, flat)
	a := r.Read(q, srcs)
	assert.NotContains(t, answerText(a, srcs), "Syn. {flat-ASCII}", r.Explain(q, srcs, 3))
	assert.Contains(t, answerText(Answer{Pieces: a.Best}, srcs), "plain-ASCII", r.Explain(q, srcs, 3))
}

// TestHeadwordBeforePartOfSpeech: a satirical dictionary's entry opens
// "PHILANTHROPIST, n.  A rich …" in a file named for its whole first
// line; the entry is the headword before the part of speech.
func TestHeadwordBeforePartOfSpeech(t *testing.T) {
	phil := doc{"devil/philanthropist-n-a-rich-and-usually-bald-old-gentleman.txt", "philanthropist-n-a-rich-and-usually-bald-old-gentleman.txt",
		"PHILANTHROPIST, n.  A rich (and usually bald) old gentleman who has trained\nhimself to grin while his conscience is picking his pocket.\n"}
	p := prepare(sources(phil)[0], 0)
	if assert.Len(t, p.title, 1) {
		assert.Equal(t, "philanthropist", p.title[0].lower)
	}
	q := analyze("According to Bierce, what sort of person is a philanthropist?", func(string) float64 { return 5 })
	q.bindHeadwords([]*passage{p})
	at := slices.IndexFunc(q.words, func(w qword) bool { return w.lower == "philanthropist" })
	assert.True(t, q.words[at].subject, "the entry's headword is what the question is about")
}

// TestPartOfNameIsNoEntry: "Dictionary" of "the Devil's Dictionary" is a
// word of the book's name, not the entry DICTIONARY; a capitalised word
// that only stands near another ("Adán is the Spanish form") is a name
// of its own.
func TestPartOfNameIsNoEntry(t *testing.T) {
	idf := func(string) float64 { return 5 }
	q := analyze("What does carnivorous mean in the Devil's Dictionary?", idf)
	assert.False(t, slices.ContainsFunc(q.words, func(w qword) bool { return w.body == "Dictionary" }), "a work cited after 'in' gives no word (english.SourceSpan)")
	q = analyze("What does carnivorous mean as the Devil's Dictionary puts it?", idf)
	at := slices.IndexFunc(q.words, func(w qword) bool { return w.body == "Dictionary" })
	require.GreaterOrEqual(t, at, 0)
	assert.True(t, q.partOfName(at, 1))
	dictionary := doc{"devil/dictionary-n-a-malevolent-literary-device.txt", "dictionary-n-a-malevolent-literary-device.txt", "DICTIONARY, n.  A malevolent literary device for cramping the growth of\na language.\n"}
	q.bindHeadwords([]*passage{prepare(sources(dictionary)[0], 0)})
	for _, w := range q.words {
		if w.lower == "carnivorous" {
			assert.True(t, w.subject, "the entry DICTIONARY does not take the question from carnivorous")
		}
	}
	q = analyze("Adán is the Spanish form of which name?", idf)
	assert.False(t, q.partOfName(0, 1))
	q = analyze("What is the English for the French noun ciseaux?", idf)
	at = slices.IndexFunc(q.words, func(w qword) bool { return w.body == "ciseaux" })
	assert.False(t, q.partOfName(at, 1))
}

func TestLabelsOnly(t *testing.T) {
	for text, want := range map[string]bool{
		"[Obs.] --Chaucer.":                  true, // a dictionary's label and who used the word
		"[Archaic]":                          true,
		"[Colloq.]    [Webster 1913 Suppl.]": true, // a label and the source that gave the sense
		"[1913 Webster]":                     true,
		"[Century Dict. 1906 + PJC]":         true,
		"[Kodak 35 mm film]":                 false, // capitalised, but no year: it says something
		"[Founded 1913 in Paris]":            false,
		"(Zool.)":                            true,
		"[Obs. or Prov. Eng.]":               false,
		"[Three-Letter Acronym]":             false, // a bracket that says something
		"[from the movie Monty Python.]":     false,
		"To transmute; to transform.":        false,
		"--Milton.":                          true,
		"--2 Cor. vi. 4.":                    true,
		"--missing-ok":                       false, // a long option, a term of a manual
		"--prefix=<prefix>/":                 false,
		"--output=FILE Write the report to FILE as JSON lines.": false, // an option and what it does
		"-- Sir W. Scott.":                true,
		"(Mar. Law) The relinquishment …": false,
	} {
		assert.Equal(t, want, labelsOnly(text), text)
	}
}

// TestNumberedSenseDefines: a numbered sense of the entry asked about
// defines it as much as its first line does ("2. (Mar. Law) The
// relinquishment by the insured …" under Abandonment).
func TestNumberedSenseDefines(t *testing.T) {
	for text, want := range map[string]bool{"2. (Mar. Law) The relinquishment": true, "(b) A division of copepod": true, "12. x": true, "2.5 metres": false, "(Zool.) A genus": false, "A. B. Smith": false} {
		assert.Equal(t, want, senseNumber(text), text)
	}
	p := prepare(sources(abandonment)[0], 0)
	q := analyze("In marine insurance, what is abandonment?", func(string) float64 { return 5 })
	q.bindHeadwords([]*passage{p})
	for i, u := range p.units {
		if strings.HasPrefix(p.text[u.Start:u.End], "2. (Mar. Law)") {
			assert.GreaterOrEqual(t, p.definitionFit(q, i), 0.9)
		}
	}
}

// TestCrossReferenceIsNoAnswer: "See {Wax palm}." points to where the
// answer is; the sentence before it gives it.
func TestCrossReferenceIsNoAnswer(t *testing.T) {
	carnauba := doc{"gcide/carnauba.txt", "carnauba.txt", "Carnauba\nCarnauba \\Car*nau\"ba\\, n. (Bot.)\n   The Brazilian wax palm. See {Wax palm}.\n   [1913 Webster]\n"}
	r := New(func(w string) float64 {
		if w == "carnauba" || w == "plant" {
			return 12
		}
		return 4
	})
	q := "What plant is the carnauba?"
	srcs := sources(carnauba)
	a := r.Read(q, srcs)
	assert.Contains(t, answerText(Answer{Pieces: a.Best}, srcs), "Brazilian wax palm", r.Explain(q, srcs, 3))
}

// TestWhichFileWantsAPath: "which file" is answered by a path or a file
// name ("/etc/papersize"), not by the package a sentence beside it names.
func TestWhichFileWantsAPath(t *testing.T) {
	for s, want := range map[string]bool{"/etc/papersize": true, "~/.dput.cf": true, ".mailmap": true, "gdb.txt": true, "$GIT_DIR/refs/heads/": true,
		"libpaper1": false, "2.0": false, "e.g": false, "udeb": false} {
		assert.Equal(t, want, isPath(s), s)
	}
	text := `creating a directory, e.g. /var/cache/pbuilder/hooks, writable by the user`
	at := strings.Index(text, "cache")
	assert.Equal(t, "/var/cache/pbuilder/hooks", wordAround(text, at, at+len("cache")))

	faq := doc{"debfaq/ch-customizing.html", "Chapter 11. Customizing", "Install the libpaper1 package, and it will ask you for a system-wide default paper size. This setting will be kept in the file /etc/papersize.\n"}
	r := New(func(string) float64 { return 5 })
	q := "In which file is the system-wide paper size kept?"
	srcs := sources(faq)
	a := r.Read(q, srcs)
	assert.Contains(t, answerText(Answer{Pieces: a.Best}, srcs), "/etc/papersize", r.Explain(q, srcs, 3))
	assert.False(t, analyze("What file extension does the pack's reverse index have?", func(string) float64 { return 5 }).path, "a file extension is no path")
}

// TestWhichOptionWantsCode: "which option", "which environment variable"
// are answered by words written as code, not by English ones.
func TestWhichOptionWantsCode(t *testing.T) {
	for s, want := range map[string]bool{"--bind": true, "-u": true, "EDITOR": true, "commit.cleanup": true, "${gir:Depends}": true, "QUERY_STRING": true,
		"noatime": true, "$$": true, "Tip": false, "changing": false, "debian/patches/series": false, "e.g": false, "-": false} {
		assert.Equal(t, want, writtenAsCode(s), s)
	}
	idf := func(string) float64 { return 5 }
	assert.True(t, analyze("Which mount option lets you mount an empty directory elsewhere?", idf).setting)
	assert.True(t, analyze("Which environment variable names the editor?", idf).setting)
	assert.False(t, analyze("Which command compares file contents in two packages?", idf).path, "the file of the verb's object is not the answer's class")
	assert.True(t, analyze("What configuration file does Debian use for libnss-ldap?", idf).path)

	ref := doc{"debref/ch09.html", "Chapter 9. System tips", "Tip The bind mount is handy.\n\nYou can mount an empty directory elsewhere with the --bind option of mount(8).\n"}
	r := New(idf)
	q := analyze("Which mount option lets you mount an empty directory elsewhere?", idf)
	p := prepare(sources(ref)[0], 0)
	for i, u := range p.units {
		f, _ := r.fit(q, p, i)
		if strings.HasPrefix(p.text[u.Start:u.End], "Tip") {
			assert.LessOrEqual(t, f, 0.2, "a capitalised word is no option")
		} else {
			assert.Equal(t, 1.0, f, "--bind is one")
		}
	}
}

// TestWhichToolWantsACommand: "which tool", "which package" are answered
// by a command or package name ("smartd(8)", "libpam-cracklib", "lsof"),
// not by a capitalised English word.
func TestWhichToolWantsACommand(t *testing.T) {
	idf := func(string) float64 { return 5 }
	assert.True(t, analyze("Which daemon monitors SMART hard disks?", idf).command)
	assert.True(t, manSection("use smartd(8) here", len("use smartd")))
	assert.False(t, manSection("a (b) c", 1))
	ref := doc{"debref/ch09.html", "Chapter 9. System tips", "Tip Hard disks wear out.\n\nYou can monitor and log your hard disk with the smartd(8) daemon.\n"}
	r := New(idf)
	q := analyze("Which daemon monitors and logs hard disks?", idf)
	p := prepare(sources(ref)[0], 0)
	for i, u := range p.units {
		f, _ := r.fit(q, p, i)
		if strings.HasPrefix(p.text[u.Start:u.End], "Tip") {
			assert.LessOrEqual(t, f, 0.2, "a capitalised word is no command")
		} else {
			assert.Equal(t, 1.0, f, "smartd(8) is one")
		}
	}
}

// TestSenseNumberIsNotNews: in a bilingual dictionary's numbered senses,
// "1. boat" restates the sense a leading "besides a boat" already gives
// (the question holds it without asking for it); the sense's number is
// no news either, so the other sense is read.
func TestSenseNumberIsNotNews(t *testing.T) {
	got, why := best("Besides a boat, what else can bateau mean?", bateau)
	assert.NotContains(t, got, "1. boat", why)
	assert.Contains(t, got, "ship", why)
}

// TestPartsOfAHeldWordAreHeld: the parts of a compound the question
// writes ("dpkg" and "deb" of "dpkg-deb") are no program the unit names.
func TestPartsOfAHeldWordAreHeld(t *testing.T) {
	d := doc{"policy/ch-binary.html", "Binary packages", "This is usually done just before the files and directories in the temporary directory tree where the package is being built have their permissions and ownerships set and the package is constructed using dpkg-deb/.\n\nWhen dpkg-gencontrol generates binary package control files (DEBIAN/control), it performs variable substitutions on its output.\n"}
	got, why := best("Which program generates binary package control files and is usually called just before the package is constructed with dpkg-deb?", d)
	assert.Contains(t, got, "dpkg-gencontrol", why)
}

// TestDescribedOption: in a manual's definition list (HTML <dt>/<dd>,
// a man page's OPTIONS) the option is a block of terms written as code
// and what it does is the next block; a question that describes what an
// option does asks for the term, which takes its description's words.
func TestDescribedOption(t *testing.T) {
	// A long option alone in its block is a term, not a quotation's
	// attribution ("--Chaucer.").
	wt := doc{"gitdoc/git-write-tree.html", "git-write-tree(1)", "OPTIONS\n\n--missing-ok\n\nNormally git write-tree ensures that the objects referenced by the directory exist in the object database. This option disables this check.\n\n--prefix=<prefix>/\n\nWrites a tree object that represents a subdirectory <prefix>.\n"}
	got, why := best("Which git write-tree option skips the check that the referenced objects exist?", wt)
	assert.Equal(t, "--missing-ok", got, why)

	d := doc{"gitdoc/git-commit.html", "git-commit(1)", "OPTIONS\n\n-a\n--all\n\nTell the command to automatically stage files that have been modified and deleted, but new files you have not told Git about are not affected.\n\n-p\n--patch\n\nUse the interactive patch selection interface to choose which changes to commit.\n"}
	p := prepare(sources(d)[0], 0)
	require.Len(t, p.units, 5)
	assert.Nil(t, p.describedBy(0), "OPTIONS is a heading over the terms")
	assert.NotNil(t, p.describedBy(1))
	assert.Nil(t, p.describedBy(2), "a description describes nothing")
	got, why = best("Which git commit option stages modified and deleted files automatically?", d)
	assert.Equal(t, "-a\n--all", got, why)
	assert.Equal(t, 1, p.termOf(2), "the description of -a --all")
	assert.Equal(t, -1, p.termOf(1))

	// The description aligns with the question as well as its term does,
	// but names no option.
	mt := doc{"gitdoc/git-merge-tree.html", "git-merge-tree(1)", "OPTIONS\n\n-z\n\nDo not quote filenames in the <Conflicted file info> section, and end each filename with a NUL character rather than newline. Also begin the messages section with a NUL character instead of a newline.\n\n--name-only\n\nIn the Conflicted file info section, instead of writing a list of (mode, oid, stage, path) tuples to output for conflicted files, just list the filename of each.\n"}
	got, why = best("Which git merge-tree option stops quoting filenames in the conflicted file info and terminates them with NUL?", mt)
	assert.Equal(t, "-z", got, why)
}

// TestDescribedVariable: a reference manual rendered as text (Mutt's
// manual.txt, DocBook through a text browser) heads each variable with a
// numbered heading, types it in a block of fields, then says what it
// does; a question that describes what a variable does asks for the
// heading's term.
func TestDescribedVariable(t *testing.T) {
	d := doc{"muttman/manual.txt", "The Mutt E-Mail Client", "3.10.\u00a0ascii_chars\n\nType:\u00a0boolean\nDefault:\u00a0no\n\nIf set, Mutt will use plain ASCII characters when displaying thread and\nattachment trees, instead of the default ACS characters.\n\n3.11.\u00a0askbcc\n\nType:\u00a0boolean\nDefault:\u00a0no\n\nIf set, Mutt will prompt you for blind-carbon-copy (Bcc) recipients before\nediting an outgoing message.\n\n3.12.\u00a0askcc\n\nType:\u00a0boolean\nDefault:\u00a0no\n\nIf set, Mutt will prompt you for carbon-copy (Cc) recipients before editing the\nbody of an outgoing message.\n"}
	p := prepare(sources(d)[0], 0)
	var terms []string
	for i, u := range p.units {
		if p.describedBy(i) != nil {
			terms = append(terms, p.text[u.Start:u.End])
		}
	}
	assert.Equal(t, []string{"3.10.\u00a0ascii_chars", "3.11.\u00a0askbcc", "3.12.\u00a0askcc"}, terms)
	for _, cut := range []string{"3.11.\u00a0askbcc\n\nType:\u00a0boolean\n", "3.11.\u00a0askbcc\n\nType:\u00a0boolean\nDefault:\u00a0no\n"} {
		p := prepare(sources(doc{"muttman/manual.txt", "", cut})[0], 0)
		assert.Nil(t, p.describedBy(0), "the passage ends on the term's fields: %q", cut)
	}
	got, why := best("Which variable makes Mutt ask for Bcc recipients before you edit an outgoing message?", d)
	assert.Equal(t, "3.11.\u00a0askbcc", got, why)
}

// TestSameRecordInTwoLayouts: a names list's block header and the
// blocks file's line state one record in two orders; for a code question
// they agree, and neither is the other's competitor.
func TestSameRecordInTwoLayouts(t *testing.T) {
	names := doc{"unicode/NamesList.txt", "NamesList.txt", "@@\t1F600\tEmoticons\t1F64F\n@+\t\tFor documentation about use of these with emoji, see UTS #51.\n"}
	blocks := doc{"unicode/Blocks.txt", "Blocks.txt", "1F300..1F5FF; Miscellaneous Symbols and Pictographs\n1F600..1F64F; Emoticons\n1F650..1F67F; Ornamental Dingbats\n"}
	q := "At which code point does the Emoticons block start?"
	a := New(nil).Read(q, sources(names, blocks))
	got, why := best(q, names, blocks)
	assert.Contains(t, got, "1F600", why)
	assert.Greater(t, feature(a, "margin"), 0.5, why)

	// Two mappings that swap their columns are two records.
	lower := doc{"case/lower.txt", "lower.txt", "0041; 0061\n0042; 0062\n0043; 0063\n"}
	upper := doc{"case/upper.txt", "upper.txt", "0061; 0041\n0062; 0042\n0063; 0043\n"}
	q = "Which code point is the lowercase of 0041?"
	a = New(nil).Read(q, sources(lower, upper))
	assert.Less(t, feature(a, "margin"), 0.2, "swapped rows compete")
}

// TestGivenCodeKeysRecord: the code a question gives keys the record it
// asks about; the file's other records share the words that name the
// file ("ISO 3166-1") but not the code, and fall well behind.
func TestGivenCodeKeysRecord(t *testing.T) {
	d := doc{"iso-codes/iso_3166-1.json", "iso_3166-1.json", "    {\n      \"alpha_2\": \"FJ\",\n      \"alpha_3\": \"FJI\",\n      \"name\": \"Fiji\",\n      \"numeric\": \"242\"\n    },\n" +
		"    {\n      \"alpha_2\": \"FK\",\n      \"alpha_3\": \"FLK\",\n      \"name\": \"Falkland Islands (Malvinas)\",\n      \"numeric\": \"238\"\n    },\n" +
		"    {\n      \"alpha_2\": \"FO\",\n      \"alpha_3\": \"FRO\",\n      \"name\": \"Faroe Islands\",\n      \"numeric\": \"234\"\n    },\n"}
	q := "Which territory in ISO 3166-1 has the code FK?"
	a := New(nil).Read(q, sources(d))
	got, why := best(q, d)
	assert.Contains(t, got, "Falkland Islands", why)
	assert.Equal(t, 1.0, feature(a, "lead"), why) // three points or more over Fiji's record: as far ahead as a unit with no rival in its passage, no further
}

// TestRecordNotBoundByItsNeighbours: a JSON table's passage holds several
// records; a word of the subject that only another record holds (the
// "Texmelucan" of Texmelucan Zapotec) names that record, and is no sign
// that a record without it is about the subject: Zaniza Zapotec's code
// does not come near Texmelucan Zapotec's.
func TestRecordNotBoundByItsNeighbours(t *testing.T) {
	d := doc{"iso-codes/iso_639-3.json", "iso_639-3.json", `    {
      "alpha_3": "zpv",
      "inverted_name": "Zapotec, Chichicapan",
      "name": "Chichicapan Zapotec",
      "scope": "I",
      "type": "L"
    },
    {
      "alpha_3": "zpw",
      "inverted_name": "Zapotec, Zaniza",
      "name": "Zaniza Zapotec",
      "scope": "I",
      "type": "L"
    },
    {
      "alpha_3": "zpx",
      "inverted_name": "Zapotec, San Baltazar Loxicha",
      "name": "San Baltazar Loxicha Zapotec",
      "scope": "I",
      "type": "L"
    },
    {
      "alpha_3": "zpy",
      "inverted_name": "Zapotec, Mazaltepec",
      "name": "Mazaltepec Zapotec",
      "scope": "I",
      "type": "L"
    },
    {
      "alpha_3": "zpz",
      "inverted_name": "Zapotec, Texmelucan",
      "name": "Texmelucan Zapotec",
      "scope": "I",
      "type": "L"
    },
    {
`}
	q := "What code does ISO 639-3 give the Texmelucan variety of Zapotec?"
	a := New(nil).Read(q, sources(d))
	got, why := best(q, d)
	assert.Contains(t, got, "zpz", why)
	assert.Greater(t, feature(a, "margin"), 0.2, why) // over the Chichicapan, Zaniza and Loxicha records (0.14 when their neighbours bound them)
}

// TestSameKeyInTwoPropertyFiles: Scripts.txt and PropList.txt key the same
// range with their own property; asked for the range, the two rows give
// it alike and do not compete. Asked for what the range is, given the
// range, they state two things and compete.
func TestSameKeyInTwoPropertyFiles(t *testing.T) {
	scripts := doc{"unicode/Scripts.txt", "Scripts.txt", "00F7          ; Common # Sm       DIVISION SIGN\n" +
		"02B9..02C1    ; Common # Lm   [9] MODIFIER LETTER PRIME..MODIFIER LETTER REVERSED GLOTTAL STOP\n" +
		"02C2..02C5    ; Common # Sk   [4] MODIFIER LETTER LEFT ARROWHEAD..MODIFIER LETTER DOWN ARROWHEAD\n" +
		"02C6..02D1    ; Common # Lm  [12] MODIFIER LETTER CIRCUMFLEX ACCENT..MODIFIER LETTER HALF TRIANGULAR COLON\n" +
		"02D2..02DF    ; Common # Sk  [14] MODIFIER LETTER CENTRED RIGHT HALF RING..MODIFIER LETTER CROSS ACCENT\n"}
	props := doc{"unicode/PropList.txt", "PropList.txt", "02B0..02C1    ; Diacritic # Lm  [18] MODIFIER LETTER SMALL H..MODIFIER LETTER REVERSED GLOTTAL STOP\n" +
		"02C2..02C5    ; Diacritic # Sk   [4] MODIFIER LETTER LEFT ARROWHEAD..MODIFIER LETTER DOWN ARROWHEAD\n" +
		"02C6..02D1    ; Diacritic # Lm  [12] MODIFIER LETTER CIRCUMFLEX ACCENT..MODIFIER LETTER HALF TRIANGULAR COLON\n" +
		"02D2..02DF    ; Diacritic # Sk  [14] MODIFIER LETTER CENTRED RIGHT HALF RING..MODIFIER LETTER CROSS ACCENT\n" +
		"02E0..02E4    ; Diacritic # Lm   [5] MODIFIER LETTER SMALL GAMMA..MODIFIER LETTER SMALL REVERSED GLOTTAL STOP\n"}
	q := "Which code point range goes from MODIFIER LETTER CIRCUMFLEX ACCENT to MODIFIER LETTER HALF TRIANGULAR COLON?"
	a := New(nil).Read(q, sources(scripts, props))
	got, why := best(q, scripts, props)
	assert.Contains(t, got, "02C6..02D1", why)
	assert.Greater(t, feature(a, "margin"), 0.5, why) // over the other ranges, not the other file's row of this one

	q = "Which property does the range 02C6..02D1 have?"
	a = New(nil).Read(q, sources(scripts, props))
	assert.Less(t, feature(a, "margin"), 0.5, "Common and Diacritic are two answers")
}

// TestCodeLengthCountsWholeCodes: "two-letter" or "three-letter" counts a
// code as written; the parts of a hyphenated subdivision code ("AO" and
// "ZAI" of "AO-ZAI") are no codes of their own. Asked for Zaire's
// three-letter code, Angola's province record named Zaire holds none.
func TestCodeLengthCountsWholeCodes(t *testing.T) {
	d := doc{"iso-codes/iso_3166-2.json", "iso_3166-2.json", `    {
      "code": "AO-UIG",
      "name": "Uíge",
      "type": "Province"
    },
    {
      "code": "AO-ZAI",
      "name": "Zaire",
      "type": "Province"
    },
`}
	q := "What three-letter code did Zaire use?"
	a := New(nil).Read(q, sources(d))
	_, why := best(q, d)
	assert.Less(t, feature(a, "fit"), 0.5, why)
	assert.Empty(t, a.Pieces, why)
}

// TestMakerNamesWhoseDevice: "Which Iomega Corp. device has product ID
// 0021?" names the maker whose list holds the code; "device" is the class
// asked for. Cal-Comp's product 0021 is another maker's.
func TestMakerNamesWhoseDevice(t *testing.T) {
	iomega := doc{"usbids/usb.ids", "usb.ids", "059b  Iomega Corp.\n\t0001  Zip 100 (Type 1)\n\t000b  Zip 100 (Type 2)\n\t0021  Win98 Disk Controller\n\t0030  Zip 250 (Ver 1)\n\t0031  Zip 100 (Type 3)\n\t0032  Zip 250 (Ver 2)\n\t0034  Zip 100 Driver\n\t0037  Zip 750 MB\n"}
	calcomp := doc{"usbids/usb.ids#2", "usb.ids", "1f28  Cal-Comp\n\t0020  CDMA USB Modem A600\n\t0021  CD INSTALLER USB Device\n1f3a  Allwinner Technology\n"}
	q := "What Iomega Corp. device has USB product ID 0021?"
	got, why := best(q, iomega, calcomp)
	assert.Contains(t, got, "Win98 Disk Controller", why)
}

// TestOwnerIsNoClassNoun: in "What's Guernsey's numeric country code?" the
// owner written with "'s" says whose code is asked; it is no class of
// answer ("which country"), so it binds the record.
func TestOwnerIsNoClassNoun(t *testing.T) {
	d := doc{"iso-codes/iso_3166-1.json", "iso_3166-1.json", "    {\n      \"alpha_2\": \"GE\",\n      \"alpha_3\": \"GEO\",\n      \"flag\": \"🇬🇪\",\n      \"name\": \"Georgia\",\n      \"numeric\": \"268\"\n    },\n    {\n      \"alpha_2\": \"GG\",\n      \"alpha_3\": \"GGY\",\n      \"flag\": \"🇬🇬\",\n      \"name\": \"Guernsey\",\n      \"numeric\": \"831\"\n    },\n    {\n      \"alpha_2\": \"GH\",\n      \"alpha_3\": \"GHA\",\n      \"flag\": \"🇬🇭\",\n      \"name\": \"Ghana\",\n      \"numeric\": \"288\",\n      \"official_name\": \"Republic of Ghana\"\n    },\n    {\n"}
	q := "What's Guernsey's numeric country code?"
	a := New(nil).Read(q, sources(d))
	got, why := best(q, d)
	assert.Contains(t, got, "831", why)
	assert.Greater(t, feature(a, "margin"), 0.5, why) // over Georgia's and Ghana's records
}

// TestCodeLengthNeedsACode: "three-letter" asks for a code of three
// letters; a word of prose of that length ("ltd" of "Internet Iceland
// ltd.") fits no better than any other word no dictionary has.
func TestCodeLengthNeedsACode(t *testing.T) {
	d := doc{"miscfiles/top-level.domains", "top-level.domains", "IQ:country-code:IraqNational Communications and MediaCommission of Iraq\nIR:country-code:Iran, Islamic Republic ofInstitute for Studies in Theoretical Physics &amp; Mathematics (IPM)\nIS:country-code:IcelandISNIC - Internet Iceland ltd.\nIT:country-code:ItalyIIT - CNR\nJE:country-code:JerseyIsland Networks (Jersey) Ltd.\n"}
	q := "What's Iceland's three-letter country code?"
	a := New(nil).Read(q, sources(d))
	_, why := best(q, d)
	assert.Less(t, feature(a, "fit"), 0.8, why) // 1 when any three letters fitted
}

// TestSameKeyTwoCodesCompete: EastAsianWidth.txt and LineBreak.txt key one code point
// alike but give two different codes ("N", "BB"); asked for one of them,
// the rows compete: they do not agree on the key.
func TestSameKeyTwoCodesCompete(t *testing.T) {
	eaw := doc{"unicode/EastAsianWidth.txt", "EastAsianWidth.txt", "02C4           ; A  # Sk         MODIFIER LETTER UP ARROWHEAD\n02C6           ; N  # Lm         MODIFIER LETTER CIRCUMFLEX ACCENT\n02C7           ; A  # Lm         CARON\n02C8           ; N  # Lm         MODIFIER LETTER VERTICAL LINE\n02C9..02CB     ; A  # Lm     [3] MODIFIER LETTER MACRON..MODIFIER LETTER GRAVE ACCENT\n"}
	lb := doc{"unicode/LineBreak.txt", "LineBreak.txt", "02C2..02C5;AL     # Sk     [4] MODIFIER LETTER LEFT ARROWHEAD..MODIFIER LETTER DOWN ARROWHEAD\n02C6;AL          # Lm         MODIFIER LETTER CIRCUMFLEX ACCENT\n02C7;AI          # Lm         CARON\n02C8;BB          # Lm         MODIFIER LETTER VERTICAL LINE\n02C9..02CB;AI    # Lm     [3] MODIFIER LETTER MACRON..MODIFIER LETTER GRAVE ACCENT\n"}
	q := "What is the line break class code of the MODIFIER LETTER VERTICAL LINE?"
	a := New(nil).Read(q, sources(eaw, lb))
	got, why := best(q, eaw, lb)
	if !a.Declined() {
		assert.Contains(t, got, "BB", why) // not EastAsianWidth's "N" of the same code point
	}
}

// TestControlStanzasAreOnePackage: a Debian control file's source stanza holds what
// its binary packages inherit; "libfrob2" in the binary stanza is no other
// record's name.
func TestControlStanzasAreOnePackage(t *testing.T) {
	ctl := doc{"debian/frobtool/control", "control", "Source: frobtool\nSection: utils\nPriority: optional\nMaintainer: Jane Doe <jane@example.org>\nBuild-Depends: debhelper-compat (= 13)\nStandards-Version: 4.6.2\nHomepage: https://frobtool.example.org\n\nPackage: libfrob2\nArchitecture: any\nDepends: ${shlibs:Depends}, ${misc:Depends}\nDescription: shared library for frobbing\n This package holds the shared library.\n"}
	q := "Which section is libfrob2 in?"
	a := New(nil).Read(q, sources(ctl))
	got, why := best(q, ctl)
	if !a.Declined() {
		assert.Contains(t, got, "utils", why) // not the Depends field
	}
}

// TestUnitSectionsAreOneService: a systemd unit's [Unit] section names the service its [Service]
// section runs.
func TestUnitSectionsAreOneService(t *testing.T) {
	unit := doc{"systemd/system/ssh.service", "ssh.service", "[Unit]\nDescription=OpenBSD Secure Shell server\nAfter=network.target auditd.service\n\n[Service]\nEnvironmentFile=-/etc/default/ssh\nExecStart=/usr/sbin/sshd -D $SSHD_OPTS\nRestart=on-failure\nRestartPreventExitStatus=255\nType=notify\n\n[Install]\nWantedBy=multi-user.target\nAlias=sshd.service\n"}
	q := "What type of service is the OpenBSD Secure Shell server?"
	a := New(nil).Read(q, sources(unit))
	got, why := best(q, unit)
	if !a.Declined() {
		assert.Contains(t, got, "notify", why) // not After=
	}
}

// TestInfoboxGroupsAreOneRecord: an infobox whose name line stands in a
// group of its own binds the fields of the next group all the same.
func TestInfoboxGroupsAreOneRecord(t *testing.T) {
	box := doc{"wiki/orvan.txt", "orvan.txt", "Name: Orvan Bridge\nType: suspension bridge\n\nLength: 1,410 m\nOpened: 1937\nDesigner: Ilse Marrow\nCarries: Route 9\n"}
	for q, want := range map[string]string{"Who designed the Orvan Bridge?": "Ilse Marrow", "When was the Orvan Bridge opened?": "1937"} {
		a := New(nil).Read(q, sources(box))
		_, why := best(q, box)
		assert.Contains(t, answerText(a, sources(box)), want, why)
	}
}

// TestCapitalPlacesUnderPlaceKeys: a place written in capitals under a
// place key is a place; only a key that names a code ("alpha_3": "TON")
// makes three capitals a code.
func TestCapitalPlacesUnderPlaceKeys(t *testing.T) {
	moma := doc{"orgs/moma.txt", "moma.txt", "Name: Museum of Modern Art\nEstablished: 1929\nLocation: NYC\nArchitect: Yoshio Taniguchi\nDirector: Glenn Lowry\n"}
	q := "Where is the Museum of Modern Art?"
	a := New(nil).Read(q, sources(moma))
	_, why := best(q, moma)
	assert.Contains(t, answerText(a, sources(moma)), "NYC", why)
	acme := doc{"companies/acme.json", "acme.json", "{\n  \"name\": \"Acme Corporation\",\n  \"founded\": \"1947\",\n  \"city\": \"Springfield\",\n  \"country\": \"USA\"\n}\n"}
	q = "Which country is Acme Corporation based in?"
	a = New(nil).Read(q, sources(acme))
	_, why = best(q, acme)
	assert.Contains(t, answerText(a, sources(acme)), "USA", why)
	mit := doc{"schools/mit.txt", "mit.txt", "Name: Massachusetts Institute of Technology\nFounded: 1861\nLocation: Cambridge\nState: MA\nPresident: Sally Kornbluth\n"}
	q = "In which state is the Massachusetts Institute of Technology?"
	a = New(nil).Read(q, sources(mit))
	_, why = best(q, mit)
	assert.Contains(t, answerText(a, sources(mit)), "MA", why)
}

// TestSamePortTwoProtocols: /etc/services lists a service once for TCP and
// once for UDP; asked which port the service is on, the two lines give
// the same number and agree rather than compete. A number that hardly
// fits the question (a country's "numeric" code asked as its population)
// draws no such support from another record that writes it.
func TestSamePortTwoProtocols(t *testing.T) {
	d := doc{"netbase/services", "services", "cvspserver\t2401/tcp\t\t\t# CVS client/server operations\nvenus\t\t2430/tcp\t\t\t# codacon port\nvenus\t\t2430/udp\t\t\t# Venus callback/wbc interface\nvenus-se\t2431/tcp\t\t\t# tcp side effects\nvenus-se\t2431/udp\t\t\t# udp sftp side effect\ncodasrv\t\t2432/tcp\t\t\t# not used\ncodasrv\t\t2432/udp\t\t\t# server port\n"}
	q := "Which port is venus-se?"
	a := New(nil).Read(q, sources(d))
	got, why := best(q, d)
	assert.Contains(t, got, "2431", why)
	assert.Greater(t, feature(a, "margin"), 0.3, why) // over codasrv's and venus's lines, not venus-se's other line

	iso := doc{"iso-codes/iso_3166-1.json", "iso_3166-1.json", "    {\n      \"alpha_2\": \"IS\",\n      \"alpha_3\": \"ISL\",\n      \"name\": \"Iceland\",\n      \"numeric\": \"352\"\n    },\n"}
	countries := doc{"miscfiles/countries", "countries", "352:IS:ISL:Iceland:Reykjavik\n"}
	q = "What's the population of Iceland?"
	a = New(nil).Read(q, sources(iso, countries))
	_, why = best(q, iso, countries)
	assert.Empty(t, a.Pieces, why)

}

// readConf reads q over docs: the answer, the best unit's text and the
// reader's view of it.
func readConf(q string, docs ...doc) (Answer, string, string) {
	srcs := sources(docs...)
	a := New(nil).Read(q, srcs)
	got, why := best(q, docs...)
	return a, got, why
}

// TestUnicodeIsNoMaker: "Unicode" opens the wh-phrase and a code follows;
// it only relates, as no UnicodeData or Blocks row writes it.
func TestUnicodeIsNoMaker(t *testing.T) {
	ud := doc{"unicode/UnicodeData.txt", "UnicodeData.txt", "00E8;LATIN SMALL LETTER E WITH GRAVE;Ll;0;L;0065 0300;;;;N;LATIN SMALL LETTER E GRAVE;;00C8;;00C8\n00E9;LATIN SMALL LETTER E WITH ACUTE;Ll;0;L;0065 0301;;;;N;LATIN SMALL LETTER E ACUTE;;00C9;;00C9\n"}
	a, got, why := readConf("Which Unicode character has code point U+00E9?", ud)
	assert.Contains(t, got, "00E9;LATIN SMALL LETTER E WITH ACUTE", why)
	assert.False(t, a.Declined(), why)
	blocks := doc{"unicode/Blocks.txt", "Blocks.txt", "0370..03FF; Greek and Coptic\n0400..04FF; Cyrillic\n0500..052F; Cyrillic Supplement\n"}
	a, got, why = readConf("Which Unicode block starts at U+0400?", blocks)
	assert.Contains(t, got, "Cyrillic", why)
	assert.False(t, a.Declined(), why)
}

// TestVersionOrAliasIsNoCode: a version or an alias holding a digit is no
// code to find a maker's record by.
func TestVersionOrAliasIsNoCode(t *testing.T) {
	rel := doc{"debfaq/ftparchives.en.txt", "The Debian FTP archives", "Debian 3.0 (woody) was released July 19th, 2002.\nDebian 3.1 (sarge) was released June 6th, 2005.\nDebian 4.0 (etch) was released April 8th, 2007.\n"}
	a, got, why := readConf("Which Debian release was numbered 3.1?", rel)
	assert.Contains(t, got, "sarge", why)
	assert.False(t, a.Declined(), why)
	names := doc{"unicode/NamesList.txt", "NamesList.txt", "1446F\tANATOLIAN HIEROGLYPH A100\n\t= asinus\n\t= syllabic ta\n14470\tANATOLIAN HIEROGLYPH A100A\n\t= syllabic ta\n14471\tANATOLIAN HIEROGLYPH A101\n\t= asinus2\n14472\tANATOLIAN HIEROGLYPH A101A\n\t= asinus2a\n14473\tANATOLIAN HIEROGLYPH A102\n\t= cervus\n"}
	a, got, why = readConf("Which Anatolian hieroglyph is also known as asinus2a?", names)
	assert.Contains(t, got, "A101A", why)
	assert.False(t, a.Declined(), why)
}

// TestMakerRowIsNoDevice: the maker's names do not draw the reader to the
// maker's own row.
func TestMakerRowIsNoDevice(t *testing.T) {
	valve := doc{"usbids/usb.ids", "usb.ids", "28de  Valve Software\n\t1102  Wired Controller\n\t1142  Wireless Steam Controller\n\t2000  Lighthouse FPGA RX\n\t2012  Virtual Reality Controller [VRC]\n\t2101  Watchman Dongle\n\t2500  Lighthouse Base Station\n28e0  PT. Prasimax Inovasi Teknologi\n\t1001  BTS Monitoring Config for Prototype\n"}
	_, got, why := readConf("Which Valve Software device is listed as 1142?", valve)
	assert.Contains(t, got, "Wireless Steam Controller", why)
}

// TestDigitCodeOfAskedLength: a code of digits ("0021") written as a code
// is raised by "four-character" as a code of capitals is.
func TestDigitCodeOfAskedLength(t *testing.T) {
	iomega := doc{"usbids/usb.ids", "usb.ids", "059b  Iomega Corp.\n\t0001  Zip 100 (Type 1)\n\t000b  Zip 100 (Type 2)\n\t0021  Win98 Disk Controller\n\t0030  Zip 250 (Ver 1)\n"}
	a, got, why := readConf("What is the four-character USB product ID of Iomega's Win98 Disk Controller?", iomega)
	assert.Contains(t, got, "0021", why)
	assert.Equal(t, 1.0, feature(a, "fit"), why)
	assert.False(t, a.Declined(), why)
}

// TestProseWordOfAskedLengthIsNoCode: "ltd" of "Internet Iceland ltd." has
// three letters but is no code; asked in several wordings, the reader
// declines (IS is the two-letter code).
func TestProseWordOfAskedLengthIsNoCode(t *testing.T) {
	tld3 := doc{"miscfiles/top-level.domains", "top-level.domains", "IQ:country-code:IraqNational Communications and MediaCommission of Iraq\nIS:country-code:IcelandISNIC - Internet Iceland ltd.\nIT:country-code:ItalyIIT - CNR\n"}
	a, _, why := readConf("What's Iceland's three-letter country code?", tld3)
	assert.True(t, a.Declined(), why)
	tld := doc{"miscfiles/top-level.domains", "top-level.domains", "IQ:country-code:IraqNational Communications and MediaCommission of Iraq\nIR:country-code:Iran, Islamic Republic ofInstitute for Studies in Theoretical Physics &amp; Mathematics (IPM)\nIS:country-code:IcelandISNIC - Internet Iceland ltd.\nIT:country-code:ItalyIIT - CNR\nJE:country-code:JerseyIsland Networks (Jersey) Ltd.\n"}
	for _, q := range []string{"What three-letter country code does Iceland have?", "What is the three-letter country code of Iceland?", "What is the three-letter code for Iceland?"} {
		a, _, why := readConf(q, tld)
		assert.True(t, a.Declined(), q+"\n"+why)
	}
}

// TestLowerCaseCodeInProse: a lower-case code set apart in prose
// ("Akkadian (akk)") is raised by "three-letter".
func TestLowerCaseCodeInProse(t *testing.T) {
	d := doc{"debian/langs.txt", "Languages", "Akkadian (akk) is an extinct East Semitic language.\nAklanon (akl) is spoken in the Philippines.\n"}
	a, got, why := readConf("What is the three-letter code of Akkadian?", d)
	assert.Contains(t, got, "(akk)", why)
	assert.False(t, a.Declined(), why)
}

// TestSubdivisionPartIsACode: the part after the country code of an ISO
// 3166-2 code is the subdivision's own code ("CA-NU", "US-CA").
func TestSubdivisionPartIsACode(t *testing.T) {
	ca := doc{"iso-codes/iso_3166-2.json", "iso_3166-2.json", "    {\n      \"code\": \"CA-NU\",\n      \"name\": \"Nunavut\",\n      \"type\": \"Territory\"\n    },\n    {\n      \"code\": \"CA-ON\",\n      \"name\": \"Ontario\",\n      \"type\": \"Province\"\n    },\n"}
	a, got, why := readConf("What is Nunavut's two-letter territory code?", ca)
	assert.Contains(t, got, "CA-NU", why)
	assert.False(t, a.Declined(), why)
	us := doc{"iso-codes/iso_3166-2.json", "iso_3166-2.json", "    {\n      \"code\": \"US-AZ\",\n      \"name\": \"Arizona\",\n      \"type\": \"State\"\n    },\n    {\n      \"code\": \"US-CA\",\n      \"name\": \"California\",\n      \"type\": \"State\"\n    },\n    {\n      \"code\": \"US-CO\",\n      \"name\": \"Colorado\",\n      \"type\": \"State\"\n    },\n"}
	a, got, why = readConf("What is California's two-letter state code?", us)
	assert.Contains(t, got, "US-CA", why)
	assert.False(t, a.Declined(), why)
}

// TestRestatedInTwoManuals: bash's man page and its reference manual
// hold the same paragraph, a word or a quote apart; the two copies agree
// rather than compete. Two sentences alike but for the option they name
// state two facts and still compete.
func TestRestatedInTwoManuals(t *testing.T) {
	man := doc{"bashdoc/bash.html", "BASH(1) Manual Page", "When integers are supplied, the expression expands to each number between x and y, inclusive. Supplied integers may be prefixed with 0 to force each term to have the same width. When either x or y begins with a zero, the shell attempts to force all generated terms to contain the same number of digits, zero-padding where necessary.\n"}
	ref := doc{"bashdoc/bashref.html", "Bash Reference Manual", "When integers are supplied, the expression expands to each number between x and y, inclusive. Supplied integers may be prefixed with ‘0’ to force every term to have the same width. When letters are supplied, the expression expands to each character lexicographically between x and y, inclusive.\n"}
	q := "In brace expansion, what can supplied integers be prefixed with to force every term to have the same width?"
	a := New(nil).Read(q, sources(man, ref))
	got, why := best(q, man, ref)
	assert.Contains(t, got, "prefixed with", why)
	assert.Greater(t, feature(a, "margin"), 0.4, why) // over the next sentence, not the other copy

	old := doc{"bashdoc/bash.html", "BASH(1) Manual Page", "The value of HISTSIZE is used as the number of commands to remember in the command history; the default value is 500.\n"}
	cur := doc{"bashdoc/bashref.html", "Bash Reference Manual", "The value of HISTSIZE is used as the number of commands to remember in the command history; the default value is 1000.\n"}
	q = "What is the default value of HISTSIZE?"
	a = New(nil).Read(q, sources(old, cur))
	assert.Less(t, feature(a, "margin"), 0.5, "500 and 1000 are two facts")

	on := doc{"bashdoc/bash.html", "BASH(1) Manual Page", "If the histappend shell option is enabled, the history list is appended to the file named by the value of the HISTFILE variable when the shell exits.\n"}
	off := doc{"bashdoc/bashref.html", "Bash Reference Manual", "If the histappend shell option is not enabled, the history list is not appended to the file named by the value of the HISTFILE variable when the shell exits.\n"}
	q = "What happens to the history list when the shell exits with histappend enabled?"
	a = New(nil).Read(q, sources(on, off))
	assert.Less(t, feature(a, "margin"), 0.5, "a copy that says not states another fact")

	// Copies that differ in what they say compete (review's counter-examples).
	for _, tc := range []struct{ q, one, other string }{
		{"Which option gives the original source to the upload?", "Give the -sa option to include the original source in the upload.", "Give the -sd option to include the original source in the upload."},
		{"What is the default of StrictModes?", "The default of StrictModes is yes, which checks the file modes.", "The default of StrictModes is no, which checks the file modes."},
		{"Which editor is started by default?", "Emacs is the editor started by default when no other is set.", "Vi is the editor started by default when no other is set."},
		{"Which takes precedence, options on the command line or settings in the configuration file?", "Options on the command line take precedence over settings in the configuration file.", "Settings in the configuration file take precedence over options on the command line."},
	} {
		one := doc{"doc/one.html", "One", tc.one + "\n"}
		other := doc{"doc/other.html", "Other", tc.other + "\n"}
		a = New(nil).Read(tc.q, sources(one, other))
		assert.Less(t, feature(a, "margin"), 0.5, tc.q)
	}
}

// TestCapitalNameHoldsClassNoun: Unicode's character names are written
// in capitals and hold class nouns ("MUSICAL SYMBOL PORRECTUS", "LATIN
// SMALL LETTER A"): the noun is a word of the name, so the record named
// by it whole wins over the record whose name only begins with it.
func TestCapitalNameHoldsClassNoun(t *testing.T) {
	d := doc{"unicode/NamesList.txt", "NamesList.txt", "1D1D8\tMUSICAL SYMBOL SCANDICUS FLEXUS\n1D1D9\tMUSICAL SYMBOL PORRECTUS\n1D1DA\tMUSICAL SYMBOL PORRECTUS FLEXUS\n1D1DB\tMUSICAL SYMBOL SCANDICUS\n"}
	for _, q := range []string{"At which code point is MUSICAL SYMBOL PORRECTUS encoded?", "What is the code point of MUSICAL SYMBOL PORRECTUS?"} {
		a := New(nil).Read(q, sources(d))
		got, why := best(q, d)
		assert.Contains(t, got, "1D1D9", why)
		assert.Greater(t, feature(a, "margin"), 0.5, why)
	}
	for _, q := range []string{"What is the USB ID of the Logitech mouse?", "Which NASA CODE names the Apollo 11 mission?"} {
		for _, w := range analyze(q, New(nil).idf).words {
			if w.lower == "id" || w.lower == "code" {
				assert.True(t, w.cue, "a short name and the kind asked: %s", q)
			}
		}
	}
}

// TestGivenCodePartsAreSubject: the parts of a code the question gives
// ("AL" and "12" of "AL-12") belong to its subject; as relation words
// they would make the code's own field, which restates the question,
// outrank the record's name field that answers it.
func TestGivenCodePartsAreSubject(t *testing.T) {
	d := doc{"iso/iso_3166-2.json", "", "    {\n      \"code\": \"AL-11\",\n      \"name\": \"Tiranë\",\n      \"type\": \"County\"\n    },\n    {\n      \"code\": \"AL-12\",\n      \"name\": \"Vlorë\",\n      \"type\": \"County\"\n    }\n"}
	q := "Which Albanian county has the code AL-12?"
	for _, w := range analyze(q, New(nil).idf).words {
		if w.lower == "al" || w.lower == "12" {
			assert.True(t, w.subject, w.lower)
		}
	}
	got, why := best(q, d)
	assert.Contains(t, got, "Vlorë", why)
}

// TestSameRecordAgrees: a names list and a data file give the same
// character; asked what the code's name is, the two rows agree on the
// answer rather than compete for it, and the reader answers.
func TestSameRecordAgrees(t *testing.T) {
	r := New(nil)
	srcs := sources(namesList, modiData)
	q := "What is the name of 1163F?"
	a := r.Read(q, srcs)
	assert.False(t, a.Declined(), r.Explain(q, srcs, 4))
	assert.Contains(t, answerText(a, srcs), "MODI SIGN VIRAMA")
}

// TestShortGlossDefines: a glossary's sense of an adjective is often a
// short phrase ("In an infinite loop."); it is the entry's definition,
// not the usage note after it. Numbered senses stay peers.
func TestShortGlossDefines(t *testing.T) {
	d := doc{"jargon/wound-around-the-axle.txt", "wound-around-the-axle.txt", "wound around the axle\n adj.\n\n    [common] In an infinite loop. Often used by older computer types.\n"}
	got, why := best("What does 'wound around the axle' mean?", d)
	assert.Contains(t, got, "infinite loop", why)
	p := prepare(sources(bateau)[0], 0)
	for i, u := range p.units {
		if senseNumber(p.text[u.Start:u.End]) {
			assert.NotEqual(t, i, p.first, "a numbered sense of two words is not the first of its peers")
		}
	}
}

// TestSplitTrail: a closing phrase after a comma that sets the scene
// ("…, in hacker slang?", "…, according to Bierce?") is read apart, as a
// leading one is; a clause that goes on asking, or a "besides" phrase,
// stays in the question.
func TestSplitTrail(t *testing.T) {
	for in, want := range map[string][2]string{
		"What are parity errors, in hacker slang?":                      {"What are parity errors?", "in hacker slang"},
		"Beyond which straits do creditors dwell, according to Bierce?": {"Beyond which straits do creditors dwell?", "according to Bierce"},
		"What is pawserv, on port 345?":                                 {"What is pawserv?", "on port 345"},
		"Who wrote it, in which year?":                                  {"Who wrote it, in which year?", ""},
		"What is a boat, besides a ship?":                               {"What is a boat, besides a ship?", ""},
		"What is ls?":                                                   {"What is ls?", ""},
	} {
		rest, trail := splitTrail(in)
		assert.Equal(t, want, [2]string{rest, trail}, in)
	}
	assert.Equal(t, Definition, analyze("What are parity errors, in hacker slang?", func(string) float64 { return 5 }).kind)
}

// TestWhatIsDefines: "what is X" and "what does X mean" ask what X is;
// "what colour is X" asks for a colour.
func TestWhatIsDefines(t *testing.T) {
	idf := func(string) float64 { return 5 }
	for q, want := range map[string]Kind{
		"What is brasskium?":          Definition,
		"What's a frobnicator?":       Definition,
		"What does BogoMIPS measure?": Definition,
		"What colour is brasskium?":   Name,
	} {
		assert.Equal(t, want, analyze(q, idf).kind, q)
	}
}

// TestUnderscoredName: an identifier joined by underscores names what is
// asked about ("the default value of auto_shrink"), like a capitalised
// name; the words around it relate.
func TestUnderscoredName(t *testing.T) {
	q := analyze("What is the default value of auto_shrink?", func(string) float64 { return 5 })
	subj := map[string]bool{}
	for _, w := range q.words {
		subj[w.lower] = w.subject
	}
	assert.Equal(t, map[string]bool{"default": false, "value": false, "auto": true, "shrink": true}, subj)
}

// TestAdverbBeforeMean: "simply", "literally" before "mean" say how the
// word means, not what is asked about; they are not the subject.
func TestAdverbBeforeMean(t *testing.T) {
	idf := func(string) float64 { return 5 }
	for _, q := range []string{"What does vanilla simply mean?", "What does 'oboe d'amore' literally mean?"} {
		for _, w := range analyze(q, idf).words {
			assert.NotContains(t, []string{"simply", "literally"}, w.lower, q)
		}
	}
	assert.True(t, slices.ContainsFunc(analyze("What does Italy mean?", idf).words, func(w qword) bool { return w.lower == "italy" }), "a name ending in -ly is a name")
	for _, q := range []string{"What does the adverb plenarily mean?", "What does plenarily mean?", "What does the word plenarily mean?"} {
		assert.True(t, slices.ContainsFunc(analyze(q, idf).words, func(w qword) bool { return w.lower == "plenarily" }), "an adverb asked about is the subject: %s", q)
	}
}

// TestShortFormAfterPreposition: of two abbreviations in an expansion
// question, one after a preposition names where the other is used ("on
// IRC"); the first stays the one asked about otherwise.
func TestShortFormAfterPreposition(t *testing.T) {
	idf := func(string) float64 { return 5 }
	for q, want := range map[string]string{
		"When someone on IRC types BRB, what do they mean?": "BRB",
		"What does AAMOF mean in Usenet and IRC slang?":     "AAMOF",
		"What does the AP in CLX-AP stand for?":             "AP",
		"What does IRC stand for?":                          "IRC",
	} {
		assert.Equal(t, want, analyze(q, idf).short, q)
	}
}

// TestCountsOther: a number followed in its phrase by another counted
// noun ("six mutually incompatible versions") does not count what the
// question asks for ("how many characters"); one beside the asked noun
// does.
func TestCountsOther(t *testing.T) {
	idf := func(string) float64 { return 5 }
	q := analyze("How many characters are in the EBCDIC character set?", idf)
	p := prepare(sources(doc{"jargon/ebcdic.txt", "EBCDIC", "It exists in at least six mutually incompatible versions. It has 256 characters. Of 3 well-known-forms.\n"})[0], 0)
	for i := range p.units {
		ut := p.unitToks(i)
		for k, tk := range ut {
			switch tk.lower {
			case "six":
				assert.Equal(t, 0.4, tokenFit(q, p.text, ut, k))
			case "256":
				assert.Equal(t, 1.0, tokenFit(q, p.text, ut, k))
			case "3":
				assert.NotPanics(t, func() { tokenFit(q, p.text, ut, k) }, "the parts of a hyphenated word overlap it")
			}
		}
	}
}

// TestUsedForDefines: "what is X used for" asks for the entry's sentence
// that states the use ("It is much used in cabinetwork"), more than for
// what the thing is.
func TestUsedForDefines(t *testing.T) {
	d := doc{"gcide/whitewood.txt", "whitewood.txt", "Whitewood\nWhitewood \\White\"wood`\\, n.\n   The soft and easily-worked wood of the tulip tree\n   ({Liriodendron tulipifera}). It is much used in cabinetwork,\n   carriage building, etc.\n   [1913 Webster]\n"}
	got, why := best("What is whitewood much used for?", d)
	assert.Contains(t, got, "cabinetwork", why)
	// The question may add a class noun to the entry's name ("Loligo
	// SPECIES"): the entry is still the one asked about, and its sentence
	// that states the use answers, not the one that says what it is.
	squid := doc{"gcide/loligo.txt", "loligo.txt", "Loligo\nLoligo \\Lo*li\"go\\, n. [L., cuttle fish.] (Zool.)\n   A genus of cephalopods, including numerous species of squids,\n   common on the coasts of America and Europe. They are much\n   used for fish bait.\n   [1913 Webster]\n"}
	got, why = best("What are Loligo species much used for?", squid)
	assert.Contains(t, got, "fish bait", why)
}

// TestVersionAsWholeWord: a record binds a version the question gives
// only where it holds it as a word of its own: "2.0" of an LSB
// "core-2.0-noarch" names no release 2.0.
func TestVersionAsWholeWord(t *testing.T) {
	assert.True(t, english.IsVersion("2.0"))
	assert.True(t, english.IsVersion("1.1.3"))
	assert.False(t, english.IsVersion("15924"))
	assert.False(t, english.IsVersion("2."))
	d := doc{"debfaq/ch-getting.html", "lsb_release", "Distributor ID: Debian\nDescription: Debian GNU/Linux unstable (sid)\nRelease: unstable\nCodename: sid\nLSB Version: core-2.0-noarch:core-3.0-noarch\n"}
	r := New(nil)
	srcs := sources(d)
	q := "Which codename did Debian 2.0 have?"
	a := r.Read(q, srcs)
	assert.True(t, a.Declined(), r.Explain(q, srcs, 3))
}

// TestInnerMargin: the calibrator sees how far the best unit leads the
// next unit of its own block that says something else. A dictionary
// entry or an article's paragraph is one block: two of its sentences that
// fit a question alike leave the reader unsure which one answers, however
// far ahead of every other block the entry is.
func TestInnerMargin(t *testing.T) {
	inner := slices.Index(featureNames, "inner")
	require.GreaterOrEqual(t, inner, 0)
	cases := []struct {
		name, q string
		docs    []doc
		sure    bool // the best unit leads its block by the full margin
	}{
		{"one sentence states it", "What does ANR stand for?", []doc{acronyms}, true},
		{"two sentences of the entry fit", "What is a loligo?",
			[]doc{{"gcide/loligo.txt", "Loligo", "Loligo\nLoligo \\Lo*li\"go\\, n. [L., cuttle fish.] (Zool.)\n   A genus of cephalopods, including numerous species of squids.\n   A loligo is much used for fish bait.\n"}}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := New(nil)
			q := analyze(c.q, r.idf)
			cands := r.candidates(q, sources(c.docs...))
			require.NotEmpty(t, cands)
			f := features(q, cands)[inner]
			if c.sure {
				assert.InDelta(t, 1.0, f, 1e-9, r.Explain(c.q, sources(c.docs...), 3))
			} else {
				assert.Less(t, f, 1.0, r.Explain(c.q, sources(c.docs...), 3))
			}
		})
	}
}

// TestPassageLead: the calibrator sees how far the best unit leads the
// best unit of another block of its own passage that says something else
// (a manual page whose two paragraphs both fit a question), and the
// number of the question's words (a bare "What is X?" leaves more to
// chance than a question that says what it asks).
func TestPassageLead(t *testing.T) {
	lead := slices.Index(featureNames, "lead")
	require.GreaterOrEqual(t, lead, 0)
	page := doc{"ref/ch05.html", "Chapter 5. Network setup", "The resolver reads /etc/resolv.conf at start.\n\nThe hosts file is read first by the resolver, then DNS."}
	r := New(nil)
	q := analyze("Which file does the resolver read?", r.idf)
	cands := r.candidates(q, sources(page))
	require.NotEmpty(t, cands)
	assert.Less(t, features(q, cands)[lead], 1.0, r.Explain("Which file does the resolver read?", sources(page), 3))
	cands = r.candidates(q, sources(doc{"ref/ch05.html", "Chapter 5. Network setup", "The resolver reads /etc/resolv.conf at start."}))
	require.NotEmpty(t, cands)
	assert.InDelta(t, 1.0, features(q, cands)[lead], 1e-9)
}

// TestTypedValuesAgree: two units that give the question's date, number,
// person or place alike ("Height: 4,123 m" in an infobox, "rises to 4,123
// m" in the article) state one fact; units giving another value compete.
func TestTypedValuesAgree(t *testing.T) {
	cases := []struct {
		name, q, a, b string
		agree         bool
	}{
		{"same height in a record and a sentence", "How tall is the Weisshorn?", "Height: 4,123 m", "The Weisshorn rises to 4,123 m above the sea.", true},
		{"another height", "How tall is the Weisshorn?", "Height: 4,123 m", "The Weisshorn rises to 3,990 m above the sea.", false},
		{"same year", "When was the bridge opened?", "The bridge was opened in 1898.", "Opened: 1898", true},
		{"another year", "When was the bridge opened?", "The bridge was opened in 1898.", "Opened: 1902", false},
		{"same number, another unit", "How long is the default login timeout?", "LoginGraceTime: 30 seconds", "The login grace time defaults to 30 minutes.", false},
		{"a definition has no typed value", "What is a bridge?", "A bridge spans a river.", "A bridge spans a river.", false},
		{"one port on two lines", "Which port is venus-se?", "venus-se\t2431/tcp\t\t\t# tcp side effects", "venus-se\t2431/udp\t\t\t# udp sftp side effect", true},
		{"one name in two manuals", "If I launch bash under the name sh, which mode does it switch into once it has finished with its startup files?", "When invoked as sh, Bash enters POSIX mode after reading the startup files.", "When invoked as sh, Bash enters POSIX mode after the startup files are read.", true},
		{"a sentence's first word is no name", "Which editing mode does Readline use by default?", "Set the default editing mode to emacs.", "Set the default editing mode to vi.", false},
		{"one-digit return values of two functions", "Which node type number is used for attribute nodes?", "Returns: 1 if the current node is a namespace declaration, 0 if it is a regular attribute or other type of node, or -1 in case of error", "Returns: 1 in case of success, 0 if the reader was not positioned on an attribute node or all the attribute values have been read, or -1 in case of error", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := New(nil)
			q := analyze(c.q, r.idf)
			cands := r.candidates(q, sources(doc{"a.txt", "", c.a}, doc{"b.txt", "", c.b}))
			require.Len(t, cands, 2)
			assert.Equal(t, c.agree, agrees(q, typedValues(q, cands[0]), cands[1]))
		})
	}
}

// TestRecordFieldsQualify: a JSON record's other fields qualify the one
// that answers: "province" of a question is in the record's "type" field,
// not in its "code" line, and the record that holds it is the answer's.
func TestRecordFieldsQualify(t *testing.T) {
	subdivisions := doc{"iso/iso_3166-2.json", "iso_3166-2.json", "    {\n      \"code\": \"CN-JS\",\n      \"name\": \"Jiangsu\",\n      \"type\": \"Province\"\n    },\n"}
	r := New(nil)
	q := analyze("What is the code for Jiangsu province?", r.idf)
	cands := r.candidates(q, sources(subdivisions))
	require.NotEmpty(t, cands)
	b := cands[0]
	assert.Contains(t, b.answerText(), "cn-js")
	assert.Zero(t, b.miss, "province is in the record, if not in the code's line")
}

// TestCodePointIsAsked: "code point" (like "code page", "ID number") is
// one noun that asks for a code; a names list's row writes the code, not
// the word "point", and misses nothing the question relates.
func TestCodePointIsAsked(t *testing.T) {
	names := doc{"unicode/NamesList.txt", "NamesList.txt", "FE45\tSESAME DOT\nFE46\tWHITE SESAME DOT\nFE47\tPRESENTATION FORM FOR VERTICAL LEFT SQUARE BRACKET\n"}
	r := New(nil)
	q := "What is the code point of the WHITE SESAME DOT?"
	a := r.Read(q, sources(names))
	srcs := sources(names)
	assert.False(t, a.Declined(), r.Explain(q, srcs, 3))
	assert.Contains(t, answerText(a, srcs), "FE46")
	assert.Equal(t, 1.0, feature(a, "align"), "no relation word is missing")
}

// TestLongQuestionIsNoSurer: the question's length counts up to the
// longest question the calibrator was fitted on; a question padded with
// more words is no surer of its answer.
func TestLongQuestionIsNoSurer(t *testing.T) {
	srcs := sources(prose)
	q := "How long is the Korvath Tunnel?"
	padded := q + strings.Repeat(" Tell me about tunnels railways mountains passes travel trains", 6)
	r := New(nil)
	a, b := r.Read(q, srcs), r.Read(padded, srcs)
	words := slices.Index(featureNames, "words")
	assert.LessOrEqual(t, b.Features[words], 1.5)
	assert.LessOrEqual(t, b.Confidence, a.Confidence+1e-9)
}

// TestShoutedQuestion: a question typed in capitals throughout is read as
// the same question in lower case; its words are no names for their
// capitals ("WAS" and "FOUNDED" are not the subject).
func TestShoutedQuestion(t *testing.T) {
	srcs := sources(prose)
	r := New(nil)
	calm := r.Read("How long is the Korvath Tunnel?", srcs)
	shouted := r.Read("HOW LONG IS THE KORVATH TUNNEL?", srcs)
	require.False(t, calm.Declined())
	assert.False(t, shouted.Declined(), r.Explain("HOW LONG IS THE KORVATH TUNNEL?", srcs, 3))
	assert.Equal(t, calm.Pieces, shouted.Pieces)
}

// TestMeanAsksExpansion: "what does FTBFS mean" asks what the
// abbreviation stands for; "mean" says how, as "stand for" does, and is
// no relation word the expansion must write.
func TestMeanAsksExpansion(t *testing.T) {
	q := analyze("What does FTBFS mean?", func(string) float64 { return 1 })
	require.Equal(t, Expansion, q.kind)
	for _, w := range q.words {
		if w.lower == "mean" {
			assert.True(t, w.cue, "mean is a cue")
		}
	}
	guide := doc{"maint/build.html", "Chapter 6. Building the package", "Building a Debian package in this chroot environment verifies the build dependencies and avoids FTBFS (Fails To Build From Source) bugs."}
	r := New(nil)
	srcs := sources(guide)
	a := r.Read("What does FTBFS mean?", srcs)
	assert.Equal(t, 1.0, feature(a, "align"), r.Explain("What does FTBFS mean?", srcs, 3))
}

// TestBilingualHeadwordLine: a bilingual dictionary's headword line
// ("réputation /ʀepytasjɔ̃/ <n, fem>") names its entry and gives its
// pronunciation and gender, also when the file's name drops the accents
// ("reputation-epytasj-n-fem.txt"): it gives no sense, and it is what a
// gender question reads.
func TestBilingualHeadwordLine(t *testing.T) {
	entry := doc{"fraeng/reputation-epytasj-n-fem.txt", "reputation-epytasj-n-fem.txt", "réputation /ʀepytasjɔ̃/ <n, fem>\n1. fame, renown\n2. hearsay, repute, rumor, rumour\n3. glory\n4. reputation\n"}
	got, why := best("Besides fame and glory, what else can the French noun réputation mean?", entry)
	assert.Contains(t, got, "hearsay", why)
	got, why = best("Is the French noun réputation masculine or feminine?", entry)
	assert.Contains(t, got, "<n, fem>", why)
}

// TestLabelIsNoNews: a dictionary's label ("syn" of "[syn: {laugh}]")
// says how the entry is written, not something new: a sense that only
// restates what a "besides" question excludes stays no answer.
func TestLabelIsNoNews(t *testing.T) {
	entry := doc{"wordnet/laughter.txt", "laughter", "laughter\n     n 1: the sound of laughing [syn: {laugh}, {laughter}]\n     2: the activity of laughing; the manifestation of joy or mirth\n        or scorn\n"}
	got, why := best("Besides the sound of laughing, what else can laughter mean?", entry)
	assert.Contains(t, got, "activity of laughing", why)
}

// TestSynonymListNamesNoFact: a dictionary's list of other names ("Syn:
// family {Phasmidae}, …") answers a question for another name, or for the
// thing a question names by another name, but says nothing about what the
// thing is or does.
func TestSynonymListNamesNoFact(t *testing.T) {
	entry := doc{"gcide/phasmid.txt", "Phasmid", "Phasmid\nPhasmid \\Phas\"mid\\, n. (Zool.)\n   Any insect of the family Phasmidae, as the walking sticks.\n   [1913 Webster]\n   Syn: family {Phasmidae}, Phasmatidae, family {Phasmatidae}.\n"}
	got, why := best("What insects make up the family Phasmidae?", entry)
	assert.NotContains(t, got, "Syn:", why)
	r0 := New(nil)
	q0 := analyze("What insects make up the family Phasmidae?", r0.idf)
	for _, c := range r0.candidates(q0, sources(entry)) {
		if strings.HasPrefix(c.answerText(), "syn:") {
			assert.Less(t, c.fit, 0.5, "other names say nothing of what the thing is")
		}
	}
	acid := doc{"gcide/hn.txt", "HN", "HN\nHN \\HN\\ n. a colorless explosive liquid that is volatile, poisonous, and foul-smelling.\n   Syn: hydrazoic acid, azoimide.\n"}
	r := New(nil)
	q := analyze("What substance is known as HN?", r.idf)
	found := false
	for _, c := range r.candidates(q, sources(acid)) {
		if strings.HasPrefix(c.answerText(), "syn:") {
			found = true
			assert.Equal(t, 1.0, c.fit, "the list names the substance HN is another name of")
		}
	}
	assert.True(t, found, "the synonym list is a candidate")
}

// TestClassNounAfterName: a lower-case noun that ends a question right
// after a name written in capitals, the two after "the", names the kind of
// thing the name is ("the Tamil script", "the SLOTH emoji"): a record
// need not write it. A word ending a question with an auxiliary verb is
// its verb ("when was the GDPR adopted"), and one after a name without
// "the" is said of it ("was Dennis Ritchie born").
func TestClassNounAfterName(t *testing.T) {
	cases := []struct {
		q, last string
		cue     bool
	}{
		{"What's the four-letter code of the Tamil script?", "script", true},
		{"What's the code point of the SLOTH emoji?", "emoji", true},
		{"What's the group code for the Na-Dene languages?", "languages", true},
		{"In which year was the GDPR adopted?", "adopted", false},
		{"What does the CLOSED MAILBOX WITH RAISED FLAG signify?", "signify", false},
		{"In which year was Dennis Ritchie born?", "born", false},
	}
	for _, c := range cases {
		t.Run(c.q, func(t *testing.T) {
			q := analyze(c.q, func(string) float64 { return 1 })
			require.NotEmpty(t, q.words)
			w := q.words[len(q.words)-1]
			require.Equal(t, c.last, w.lower)
			assert.Equal(t, c.cue, w.cue)
		})
	}
	scripts := doc{"iso/iso_15924.json", "iso_15924.json", "    {\n      \"alpha_4\": \"Taml\",\n      \"name\": \"Tamil\",\n      \"numeric\": \"346\"\n    },\n"}
	r := New(nil)
	srcs := sources(scripts)
	a := r.Read("What is the numeric code of the Tamil script?", srcs)
	assert.Contains(t, answerText(a, srcs), "346", r.Explain("What is the numeric code of the Tamil script?", srcs, 3))
}

// TestRankIsTheScoreOrder: Rank lists the units best first, the first
// the one Read would copy, each score its signals weighed.
func TestRankIsTheScoreOrder(t *testing.T) {
	d := doc{"muttman/manual.txt", "The Mutt E-Mail Client", "3.11.\u00a0askbcc\n\nType:\u00a0boolean\nDefault:\u00a0no\n\nIf set, Mutt will prompt you for blind-carbon-copy (Bcc) recipients before\nediting an outgoing message.\n"}
	q := "Which variable makes Mutt ask for Bcc recipients before you edit an outgoing message?"
	r := New(nil)
	ranked := r.Rank(q, sources(d), 10)
	require.NotEmpty(t, ranked)
	require.Len(t, scoreWeights, len(signalNames))
	assert.Equal(t, r.Read(q, sources(d)).Best[0], ranked[0].Piece)
	prev := math.Inf(1)
	for _, u := range ranked {
		require.Len(t, u.Signals, len(signalNames))
		score := 0.0
		for k, x := range u.Signals {
			score += scoreWeights[k] * x
		}
		assert.LessOrEqual(t, score, prev)
		prev = score
	}
}

// TestSourceIsNoSubject: a question that cites the work it asks about
// ("How does the Debian Reference describe …", "according to the Debian
// Policy") is not about that work: the manual's opening sentence, which
// names it, is no answer; the unit about what is asked is.
func TestSourceIsNoSubject(t *testing.T) {
	intro := doc{"debref/index.en.html", "Debian Reference", "This Debian Reference (version 2.100) is intended to provide a broad overview of the Debian system as a post-installation user's guide.\n"}
	ch := doc{"debref/ch12.en.html", "Chapter 12. Programming", "Table 12.1. List of interpreters\n\nThe mawk package is a small and fast interpreter of the AWK language.\n"}
	for _, q := range []string{"How does the Debian Reference describe mawk?", "What is mawk, according to the Debian Reference?"} {
		got, why := best(q, intro, ch)
		assert.Contains(t, got, "small and fast", why)
	}
}

// TestFileNamedForItsFirstLine: a glossary kept one entry a file, each
// file named for the entry's whole first line ("PENITENT, adj.
// Undergoing or awaiting punishment." in
// penitent-adj-undergoing-or-awaiting-punishment.txt). The name's words
// after the headword are the definition's: the first line still states
// it, it is no bare headword line. So is a file of one line, which ingest
// titles by that line.
func TestFileNamedForItsFirstLine(t *testing.T) {
	const name = "penitent-adj-undergoing-or-awaiting-punishment.txt"
	d := doc{"devil/" + name, name, "PENITENT, adj.  Undergoing or awaiting punishment.\n"}
	other := doc{"devil/scarification.txt", "scarification.txt", "SCARIFICATION, n.  A form of penance practised by the mediaeval pious.  The rite was performed, sometimes with a knife, acceptably if the penitent spared himself.\n"}
	got, why := best("What does it mean to be penitent, according to The Devil's Dictionary?", d, other)
	assert.Contains(t, got, "Undergoing or awaiting punishment", why)
	// A file of one line is titled by it when ingested: the line is still
	// what the entry says.
	const line = "ANTIPATHY, n.  The sentiment inspired by one's friend's friend."
	one := doc{"devil/antipathy-n-the-sentiment-inspired-by-one-s-friend-s-friend.txt", line, line}
	babe := doc{"devil/babe-or-baby-n-a-misshapen-creature.txt", "BABE or BABY, n.  A misshapen creature", "BABE or BABY, n.  A misshapen creature of no particular age, sex, or\ncondition, chiefly remarkable for the violence of the sympathies and\nantipathies it excites in others.\n"}
	got, why = best("What is antipathy?", one, babe)
	assert.Contains(t, got, "friend's friend", why)
	fr := doc{"fraeng/bateau-bato-n-masc.txt", "bateau-bato-n-masc.txt", "bateau /bato/ <n, masc>\n1. boat\n2. ship, vessel\n"}
	p := prepare(sources(fr)[0], 0)
	assert.True(t, p.label[0], "a headword line with its grammar in angle brackets is still a label")
}

// TestCommentCaptionsRows: a data file titles each of its tables with a
// comment (usb.ids: "# List of Video Class Terminal Types" above the "VT
// 0402  S-Video" rows); the caption's words qualify the rows under it,
// as a header row's do, against a vendor's product of the same code.
func TestCommentCaptionsRows(t *testing.T) {
	vt := doc{"usbids/usb.ids", "usb.ids", "# List of Video Class Terminal Types\n\n# Syntax:\n# VT terminal_type  terminal_type_name\n\nVT 0100  USB Vendor Specific\nVT 0401  Composite Video\nVT 0402  S-Video\nVT 0403  Component Video\n"}
	vendor := doc{"usbids/usb.ids", "usb.ids", "0dd4  Custom Engineering SPA\n\t0237  Kiosk Printer\n\t0402  Programmable Magnetic Swipe Card Reader, MSRP-USB\n\t0406  POS Printer (printer class mode), TH320\n"}
	got, why := best("Which video class terminal type has the code 0402?", vt, vendor)
	assert.Contains(t, got, "S-Video", why)
	p := prepare(sources(vt)[0], 0)
	for i, u := range p.units {
		if strings.Contains(p.text[u.Start:u.End], "S-Video") {
			var caption []string
			for _, tk := range p.captionToks(i) {
				caption = append(caption, tk.body)
			}
			assert.Contains(t, caption, "Terminal", "the caption")
		}
	}
}

// TestACaptionNamingTheClassAskedCues: the comment a data file titles
// its table with names the class its rows are of (tzdata's iso3166.tab
// under "# ISO 3166 alpha-2 country codes", miscfiles' birthtoken under
// "# Birthday : Birth Stone : Birth Flower"): for "which country", "which
// gem" its rows hold the class asked, as a row that writes the word
// does, where zone.tab's row of the same code, under "# tzdb timezone
// descriptions", holds a zone. A code asked ("What country calling
// code") is no class of rows: "country codes" titles the code's
// table, not the answer's; nor is the row of a subject of the class
// that states none of what the question relates it by ("Which country is
// Kenya part of?").
func TestACaptionNamingTheClassAskedCues(t *testing.T) {
	iso := doc{"tzdata/iso3166.tab", "iso3166.tab", "# ISO 3166 alpha-2 country codes\nIT\tItaly\nJE\tJersey\nJM\tJamaica\nJO\tJordan\nJP\tJapan\nKE\tKenya\nKG\tKyrgyzstan\nKH\tCambodia\nKI\tKiribati\nKM\tComoros\n"}
	zone := doc{"tzdata/zone.tab", "zone.tab", "# tzdb timezone descriptions (deprecated version)\nKI\t+0152-15720\tPacific/Kiritimati\tLine Islands\nKM\t-1141+04316\tIndian/Comoro\nKN\t+1718-06243\tAmerica/St_Kitts\n"}
	stones := doc{"miscfiles/birthtoken", "birthtoken", "# Birthday : Birth Stone : Birth Flower\n#\t@(#)birthtoken\t8.1 (Berkeley) 6/8/93\nJanuary:Garnet:Carnation\nFebruary:Amethyst:Violet\nMarch:Aquamarine:Jonquil\nApril:Diamond:Sweetpea\n"}
	r := New(nil)
	for _, tc := range []struct {
		q, want string
		docs    []doc
	}{
		{"Which country has the two-letter code KM?", "Comoros", []doc{iso, zone}},
		{"Which gem is associated with people born in April?", "Diamond", []doc{stones}},
	} {
		a, got, why := answer(r, tc.q, tc.docs...)
		require.NotEmpty(t, a.Pieces, why)
		assert.Contains(t, got, tc.want, why)
		assert.Equal(t, 1.0, feature(a, "cue"), why)
	}
	a := r.Read("What country calling code does Kenya have?", sources(iso))
	assert.Zero(t, feature(a, "cue"), "a code asked is no class of rows")
	a = r.Read("Which country is Kenya part of?", sources(iso))
	assert.Zero(t, feature(a, "cue"), "\"KE\tKenya\" is a country, but says nothing of what Kenya is part of")
}

// TestACommonOrScientificNameIsAnotherName: "the common name of Crocus
// sativus" and "the scientific name of the fennec fox" ask for another
// name of the subject, as "also called" does: WordNet's synonym list
// gives it, and so does the genus and species a GCIDE definition writes
// in braces, not the gloss that describes the plant; iso-codes' record
// names the field ("common_name") the question writes. The entries,
// byte for byte.
func TestACommonOrScientificNameIsAnotherName(t *testing.T) {
	crocus := doc{"wordnet/crocus-sativus.txt", "Crocus sativus", "Crocus sativus\n    n 1: Old World crocus having purple or white flowers with\n         aromatic pungent orange stigmas used in flavoring food\n         [syn: {saffron}, {saffron crocus}, {Crocus sativus}]\n"}
	laos := doc{"isocodes/iso_3166-1.json", "iso_3166-1.json", "    {\n      \"alpha_2\": \"LA\",\n      \"alpha_3\": \"LAO\",\n      \"common_name\": \"Laos\",\n      \"flag\": \"🇱🇦\",\n      \"name\": \"Lao People's Democratic Republic\",\n      \"numeric\": \"418\"\n    },\n"} // lines 954-961
	fennec := doc{"gcide/fennec.txt", "Fennec", "Fennec\nFennec \\Fen\"nec\\ (f[e^]n\"n[e^]k), n. [Ar. fanek.] (Zool.)\n   A small, African, foxlike animal ({Vulpes zerda}) of a pale\n   fawn color, remarkable for the large size of its ears.\n   [1913 Webster]\n"}
	for _, tc := range []struct {
		q, want string
		d       doc
	}{
		{"What's the common name of Crocus sativus?", "{saffron}", crocus},
		{"What's the scientific name of the fennec fox?", "Vulpes zerda", fennec},
		{"What's the common name of the Lao People's Democratic Republic?", "Laos", laos},
	} {
		got, why := best(tc.q, tc.d)
		assert.Contains(t, got, tc.want, why)
	}
}

// TestAPassageWithoutTheCodeGivenIsOfOtherRecords: a question that
// gives a character's code ("22FC") asks about its record; a passage of
// Unicode's NamesList.txt that writes no such code (lines 5672-5690, the
// Gujarati and Oriya blocks) holds other records, and its note on the
// spelling of "Oriya", which speaks of "character names", answers
// nothing of 22FC; beside the passage that writes 22FC's record line it
// is no rival.
func TestAPassageWithoutTheCodeGivenIsOfOtherRecords(t *testing.T) {
	names := doc{"unicode/NamesList.txt", "NamesList.txt", "0AF9\tGUJARATI LETTER ZHA\n\t* used in transliteration of Avestan\n\tx (devanagari letter zha - 0979)\n@\t\tTransliteration signs\n@+\t\tUsed for the transliteration of the Arabic script into Gujarati by Ismaili Khoja communities.\n0AFA\tGUJARATI SIGN SUKUN\n0AFB\tGUJARATI SIGN SHADDA\n0AFC\tGUJARATI SIGN MADDAH\n0AFD\tGUJARATI SIGN THREE-DOT NUKTA ABOVE\n0AFE\tGUJARATI SIGN CIRCLE NUKTA ABOVE\n0AFF\tGUJARATI SIGN TWO-CIRCLE NUKTA ABOVE\n@@\t0B00\tOriya\t0B7F\n@+\t\tAs of 2012, the name \"Oriya\" for this script and language is officially spelled \"Odia\" in India. That change in spelling does not affect the Unicode block or character names, which are constrained by stability guarantees.\n@\t\tVarious signs\n0B01\tORIYA SIGN CANDRABINDU\n0B02\tORIYA SIGN ANUSVARA\n0B03\tORIYA SIGN VISARGA\n@\t\tIndependent vowels\n0B05\tORIYA LETTER A"}
	r := New(indexWeights(map[string]float64{"character": 12, "unicode": 14.5, "nameslist": 20.8, "name": 8}, 20.8)) // the unicode store's weights
	a, _, why := answer(r, "In the Unicode NamesList, what is the name of character 22FC?", names)
	assert.True(t, a.Declined(), why)
	assert.False(t, prepare(sources(names)[0], 0).holdsCodes(analyze("In the Unicode NamesList, what is the name of character 22FC?", r.idf)))
	assert.True(t, prepare(sources(names)[0], 0).holdsCodes(analyze("Which Unicode block is U+0B55 in?", r.idf)), "the block header \"@@\t0B00\tOriya\t0B7F\" spans 0B55")
	signs := doc{"unicode/NamesList.txt", "NamesList.txt", "22F9\tELEMENT OF WITH TWO HORIZONTAL STROKES\n22FA\tCONTAINS WITH LONG HORIZONTAL STROKE\n22FB\tCONTAINS WITH VERTICAL BAR AT END OF HORIZONTAL STROKE\n22FC\tSMALL CONTAINS WITH VERTICAL BAR AT END OF HORIZONTAL STROKE\n22FD\tCONTAINS WITH OVERBAR\n22FE\tSMALL CONTAINS WITH OVERBAR\n22FF\tZ NOTATION BAG MEMBERSHIP"} // lines 14551-14557
	a, got, why := answer(r, "In the Unicode NamesList, what is the name of character 22FC?", names, signs)
	assert.False(t, a.Declined(), why)
	assert.Contains(t, got, "SMALL CONTAINS WITH VERTICAL BAR AT END OF HORIZONTAL STROKE", why)
}

// TestValueAskedIsStated: a question that asks for a date is declined
// when the unit that best matches the rest states none: the Unicode
// Character Database's ReadMe opens with a sentence naming it and its
// version, not its date. The same question over a unit that dates it is
// answered.
func TestValueAskedIsStated(t *testing.T) {
	const q = "What date is the Unicode Character Database ReadMe dated?"
	readme := doc{"unicode/ReadMe.txt", "ReadMe.txt", "This directory contains the final data files\nfor the Unicode Character Database, for Version 15.0.0 of the Unicode Standard.\n"}
	r := New(nil)
	a := r.Read(q, sources(readme))
	assert.Empty(t, a.Pieces, r.Explain(q, sources(readme), 3))
	dated := doc{"unicode/ReadMe.txt", "ReadMe.txt", "This ReadMe of the Unicode Character Database was dated 2022-09-02 by its editors.\n"}
	got, why := best(q, dated)
	assert.Contains(t, got, "2022-09-02", why)
}

// TestUsageLabelQualifiesEntry: a dictionary labels an entry's senses
// ("[Obs.]", "[Colloq.]") after them; a question's "the obsolete word
// abay" names that label, which the entry's definition, not a sentence
// of the entry "obsolete", answers.
func TestUsageLabelQualifiesEntry(t *testing.T) {
	abay := doc{"gcide/abay.txt", "abay.txt", "Abay\nAbay \\A*bay\"\\ ([.a]*b[=a]\"), n. [OF. abay barking.]\n   Barking; baying of dogs upon their prey. See {Bay}. [Obs.]\n   [1913 Webster]\n"}
	obsolete := doc{"gcide/obsolete.txt", "obsolete.txt", "Obsolete\nObsolete \\Ob\"so*lete\\, a. [L. obsoletus, p. p. of obsolescere.\n   See {Obsolescent}.]\n   1. No longer in use; gone into disuse; disused; neglected;\n      as, an obsolete word; an obsolete statute; -- applied\n      chiefly to words, writings, or observances.\n      [1913 Webster]\n\n   2. (Biol.) Not very distinct; obscure; rudimental;\n      imperfectly developed; abortive.\n      [1913 Webster]\n"}
	idf := func(w string) float64 { // the glossary's own weights: the headword rarest
		return map[string]float64{"abay": 19.7, "obsolete": 15.6, "word": 12.3, "mean": 12.9}[w] + 1
	}
	r := New(idf)
	const q = "What does the obsolete word 'abay' mean?"
	srcs := sources(obsolete, abay)
	a := r.Read(q, srcs)
	assert.Contains(t, answerText(Answer{Pieces: a.Best}, srcs), "Barking", r.Explain(q, srcs, 3))
}

// TestWordIsNoRelation: "the obsolete word discomposition" calls the
// subject a word; a dictionary entry never says "word" of itself, so the
// entry's definition is no worse aligned for lacking it.
func TestWordIsNoRelation(t *testing.T) {
	q := analyze("What did the obsolete word discomposition mean?", func(string) float64 { return 5 })
	for _, w := range q.words {
		if w.lower == "word" {
			assert.True(t, w.cue, "word is scaffolding")
		}
	}
}

// TestTruncationExpands: a short form may cut a word short rather than
// spell initials ("ACK", the ASCII mnemonic, for "Acknowledge"): the
// sense that gives the word is its expansion, not the headword line.
func TestTruncationExpands(t *testing.T) {
	ack := doc{"jargon/ack.txt", "ack.txt", "ACK\n /ak/, interj.\n\n    1. [common; from the ASCII mnemonic for 0000110] Acknowledge. Used to\n    register one's presence (compare mainstream Yo!).\n\n    2. An exclamation of surprised disgust, esp. in “Ack pffft!” Semi-humorous.\n"}
	got, why := best("What does ACK mean?", ack)
	assert.Contains(t, got, "Acknowledge", why)
}

func TestPhraseShare(t *testing.T) {
	tests := []struct {
		q, unit string
		want    float64
	}{
		{"Who designed the first edition?", "The first edition was designed by Ray.", 1.0 / 3}, // who designed, designed the, first edition ("the first": stop words): the last written
		{"When was Velmora founded?", "Chronicles record that the town was founded in 1214.", 0},
		{"Which is it?", "It is.", 0}, // stop words only: no pair asked
		{"", "", 0},
	}
	for _, tt := range tests {
		assert.InDelta(t, tt.want, phraseShare(tt.q, tt.unit), 1e-9, tt.q)
	}
}

func TestLabelled(t *testing.T) {
	tests := []struct {
		text, word string
		want       bool
	}{
		{"Barking; baying of dogs. [Obs.]", "obsolete", true},
		{"2. (Hist.) A writ of the Crown.", "history", true},
		{"The history of the word is obscure.", "history", false}, // written plainly, no label
		{"An obsolete word.", "obsolete", false},
		{"Barking. [Obs.]", "barking", false}, // no usage word
	}
	for _, tt := range tests {
		p := prepare(sources(doc{"gcide/x.txt", "x.txt", tt.text})[0], 0)
		assert.Equal(t, tt.want, p.labelled(p.toks, tt.word), tt.text)
	}
}

// TestCapitalisedMeasureWordInName: "old", "long", "high" are question
// words ("how old", "how long") and dropped, but written with a capital
// inside a name ("Old Persian", "Long Island", "High German") they are
// part of what is asked about: another record names the bare "Persian".
func TestCapitalisedMeasureWordInName(t *testing.T) {
	idf := func(string) float64 { return 5 }
	for _, tc := range []struct {
		q    string
		want string
	}{
		{"What is the language code for Old Persian?", "old"},
		{"Where is Long Island?", "long"},
		{"Which language is High German?", "high"},
	} {
		w := analyze(tc.q, idf).words
		i := slices.IndexFunc(w, func(w qword) bool { return w.lower == tc.want })
		require.GreaterOrEqual(t, i, 0, tc.q)
		assert.True(t, w[i].subject, tc.q)
	}
	for _, q := range []string{"How old is Persian?", "How long is the Nile?", "Old Persian is what language?"} {
		for _, w := range analyze(q, idf).words {
			assert.NotEqual(t, "how", w.lower, q)
		}
	}
	assert.False(t, slices.ContainsFunc(analyze("How old is Persian?", idf).words, func(w qword) bool { return w.lower == "old" }))
	persian := doc{"iso/iso_639-2.json", "", "    {\n      \"alpha_2\": \"fa\",\n      \"alpha_3\": \"fas\",\n      \"name\": \"Persian\"\n    },\n    {\n      \"alpha_3\": \"peo\",\n      \"name\": \"Persian, Old (ca. 600-400 B.C.)\"\n    }\n"}
	got, _ := best("What is the language code for Old Persian?", persian)
	assert.Contains(t, got, "peo")
}

// TestDecadeIsADate: "in which decade" is answered by "the 1940s".
func TestDecadeIsADate(t *testing.T) {
	q := analyze("In which decade was spiffy common mainstream slang?", func(string) float64 { return 5 })
	require.Equal(t, Date, q.kind)
	ut := words("This word was common mainstream slang during the 1940s, in a sense close to 1.", 0)
	k := slices.IndexFunc(ut, func(t tok) bool { return t.body == "1940s" })
	require.GreaterOrEqual(t, k, 0)
	assert.Equal(t, 1.0, tokenFit(q, "", ut, k))
	q = analyze("In what year was spiffy common mainstream slang?", func(string) float64 { return 5 })
	assert.Less(t, tokenFit(q, "", ut, k), 0.5, "a decade is no year")
}

// TestUsageNoteDefinesNothing: Webster's "Also used adjectively." under a
// sense says how the word is used, not what it means.
func TestUsageNoteDefinesNothing(t *testing.T) {
	entry := doc{"gcide/p.txt", "Pectinibranch", "Pectinibranch Pectinibranch \\Pec*tin\"i*branch\\, n. (Zool.)\n   One of the Pectinibranchiata. Also used adjectively.\n   [1913 Webster]\n"}
	got, _ := best("In zoology, what is a pectinibranch?", entry)
	assert.NotContains(t, got, "adjectively")
}

// TestSetAsideSense: "Besides fame and glory, what else can réputation
// mean?" sets a sense aside: the sense that holds it is not the answer.
func TestSetAsideSense(t *testing.T) {
	entry := doc{"fraeng/reputation.txt", "réputation", "réputation /ʁepytasjɔ̃/\n1. fame, glory, renown\n2. hearsay, repute, rumor, rumour\n"}
	got, why := best("Besides fame and glory, what else can the French noun réputation mean?", entry)
	assert.Equal(t, "2. hearsay, repute, rumor, rumour", got, why)
}

// TestNumberedSense: "What is the second sense of kestling?" asks for the
// entry's sense numbered 2, not a usage note elsewhere that says "the
// second sense".
func TestNumberedSense(t *testing.T) {
	kestling := doc{"dict/kestling.txt", "KESTLING", "KESTLING Kest\"ling, n. [Dial.]\n1. A small hawk of the moors.\n2. A young falcon taken from the nest for training.\n3. Figuratively, a timid youth.\n"}
	amberwick := doc{"dict/amberwick.txt", "AMBERWICK", "AMBERWICK Am\"ber*wick, n.\n1. A cooper's shed.\n2. The gallery of a mill.\nUsage: The second sense is recorded only in the county of Hessle.\n"}
	for q, want := range map[string]string{
		"What is the second sense of kestling?":       "2. A young falcon",
		"What does kestling mean in its third sense?": "3. Figuratively",
		"What is sense 1 of kestling?":                "1. A small hawk",
	} {
		got, why := best(q, kestling, amberwick)
		assert.True(t, strings.HasPrefix(got, want), "%s: %s\n%s", q, got, why)
	}
	throne := doc{"wordnet/throne.txt", "throne", "throne\n     n 1: the chair of state for a monarch, bishop, etc.\n     2: the position and power of one who occupies a throne\n     v 1: sit on the throne as a ruler\n"}
	got, why := best("What is a throne, in its first sense in WordNet?", throne)
	assert.Contains(t, got, "chair of state", why)
}

// TestUnitInKey: a record's key may name the unit of its number
// ("length_km": 1488): the number is a length.
func TestUnitInKey(t *testing.T) {
	q := analyze("How long is the Veldra?", func(string) float64 { return 5 })
	require.Equal(t, Measure, q.kind)
	for text, want := range map[string]float64{`"length_km": 1488,`: 1, `Height (m): 412`: 1, `"year": 1768,`: 0.3, `"basin_area_km2": 306348,`: 0.3} {
		ut := words(text, 0)
		k := slices.IndexFunc(ut, func(t tok) bool { return t.digit && t.body != "km2" })
		require.GreaterOrEqual(t, k, 0, text)
		assert.Equal(t, want, tokenFit(q, text, ut, k), text)
	}
}

// TestUnitInKeyOverlappingParts: a hyphenated word's parts overlap it in
// a unit's words; reading the key before a number must not slice across
// them.
func TestUnitInKeyOverlappingParts(t *testing.T) {
	q := analyze("How long is the Veldra?", func(string) float64 { return 5 })
	text := `"span_km": 1200-1488 (disputed)`
	ut := words(text, 0)
	for k := range ut {
		assert.NotPanics(t, func() { tokenFit(q, text, ut, k) }, ut[k].body)
	}
}

// TestNamedRecordBinds: of two JSON records in one passage, the one whose
// "name" is the question's subject ("Veldra") answers, not the one whose
// name holds it ("Little Veldra", whose mouth is the Veldra).
func TestNamedRecordBinds(t *testing.T) {
	rivers := doc{"records/rivers.json", "", "[\n  {\n    \"name\": \"Veldra\",\n    \"length_km\": 1488,\n    \"source\": \"Lake Issin\"\n  },\n  {\n    \"name\": \"Little Veldra\",\n    \"length_km\": 212,\n    \"mouth\": \"Veldra\"\n  }\n]\n"}
	got, why := best("How long is the Veldra?", rivers)
	assert.Contains(t, got, "1488", why)
	got, why = best("How long is the Little Veldra?", rivers)
	assert.Contains(t, got, "212", why)
}

// TestCoordinateIsNoCount: zone.tab's "+4813+01620" (ISO 6709 latitude
// and longitude) is no population, offset or other number asked for.
func TestCoordinateIsNoCount(t *testing.T) {
	text := "AT\t+4813+01620\tEurope/Vienna"
	ut := words(text, 0)
	for _, question := range []string{"What is the population of Vienna?", "How many people live in Vienna?", "How far north is Vienna?"} {
		q := analyze(question, func(string) float64 { return 5 })
		for k, tk := range ut {
			if tk.digit {
				assert.Zero(t, tokenFit(q, text, ut, k), "%s: %s", question, tk.body)
			}
		}
	}
}

// TestNoteStatesTheAskedRelation: "In what year did Jennet Crouse steer by
// the star?" names the record's "Year" field, but the note that states
// the relation ("who steered by it in 1744") answers it.
func TestNoteStatesTheAskedRelation(t *testing.T) {
	star := doc{"records/stars.txt", "", "Name        : Jennet's Lamp\nMagnitude   : 4.2\nYear        : 1798\nCatalogued  : Ada Pell\nNote        : Named after the navigator Jennet Crouse, who steered by it in 1744.\n"}
	got, why := best("In what year did Jennet Crouse steer by the star?", star)
	assert.Contains(t, got, "1744", why)
	got, why = best("In what year was Jennet's Lamp catalogued?", star)
	assert.Contains(t, got, "1798", why)
}

// TestFAQQuestionIsNoAnswer: an FAQ's question ("Where do the outputs go
// when two shards write the same file name?") holds words the question
// does not, but it asks; the answer is what follows it.
func TestFAQQuestionIsNoAnswer(t *testing.T) {
	faq := doc{"manual/faq.html", "FAQ", "Where do the outputs go when two shards write the same file name?\n\nThe second one is renamed with the shard number appended.\n"}
	got, why := best("What happens when two shards write the same file name?", faq)
	assert.NotContains(t, got, "Where do", why)
	numbered := doc{"debfaq/ch-getting.en.html", "FAQ", "2.4.\u00a0How do I install Kestrel from CD-ROMs?\n\nInsert your CD, and reboot your computer with it.\n"}
	r := New(nil)
	q := analyze("How do I install Kestrel from CD-ROMs?", r.idf)
	p := prepare(sources(numbered)[0], 0)
	found := false
	for i, u := range p.units {
		if strings.HasPrefix(p.text[u.Start:u.End], "2.4.") {
			found = true
			assert.True(t, restatesQuestion(q, p, i), "a numbered heading asks too")
		}
	}
	assert.True(t, found, "the numbered heading is one unit")

	// Other FAQs number their questions with a colon or ask with "Is",
	// or mark them "Q:", even as a statement (zsh's, procmail's and
	// lftp's FAQs).
	for _, tt := range []struct{ text, q string }{
		{"6.4: Did kestrel have problems in the year 2000?\n\n  Not that I heard of.\n", "Did kestrel have problems in the year 2000?"},
		{"18. Is kestrel Y2K safe/compliant?\n\n\tKestrel is believed to be Y2K compliant.\n", "Is kestrel Y2K safe?"},
		{"Q: kestrel hangs in \"Making data connection\" state.\nA: Try \"set ftp:prefer-epsv no\".\n", "What should I do when kestrel hangs in \"Making data connection\"?"},
	} {
		got, why := best(tt.q, doc{"faq/kestrel-FAQ", "FAQ", tt.text})
		assert.False(t, strings.HasPrefix(got, tt.text[:8]), "%s\n%s", got, why)
	}
}

// TestMeasureFieldMustNameRelation: a record's "length_km" answers how
// long the river is, not how far barges can go up it.
func TestMeasureFieldMustNameRelation(t *testing.T) {
	quell := doc{"records/rivers.json", "", "[\n  {\n    \"name\": \"Quell\",\n    \"length_km\": 2191,\n    \"source\": \"Mount Ard\"\n  }\n]\n"}
	r := New(nil)
	for question, fits := range map[string]bool{"How long is the Quell?": true, "How long is the Quell in kilometres?": true, "How far upstream can barges go on the Quell?": false} {
		q := analyze(question, r.idf)
		for _, c := range r.candidates(q, sources(quell)) {
			if strings.Contains(c.answerText(), "length_km") {
				assert.Equal(t, fits, c.fit > 0, question)
			}
		}
	}
}

// TestRelatedWordIsWhole: WordNet relates "bright" to "light", but the
// "light" of "light-years" is a part of a unit, not a word about
// brightness.
func TestRelatedWordIsWhole(t *testing.T) {
	q := analyze("How bright is Meridane?", func(string) float64 { return 5 })
	i := slices.IndexFunc(q.words, func(w qword) bool { return w.lower == "bright" })
	require.GreaterOrEqual(t, i, 0)
	require.Contains(t, q.words[i].rel, english.Stem("light"))
	assert.Zero(t, match(words("Distance    : 2473 light-years", 0), q.words[i]))
	assert.Equal(t, 0.8, match(words("a light that shines", 0), q.words[i]))
}

func TestHexID(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"8C1F6479B", true},
		{"1e3d", true},
		{"0044", true},
		{"2015", false}, // a year
		{"cafe", false}, // no digit
		{"Logic3", false},
		{"A1", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, isHexID(tt.word), tt.word)
	}
}

func TestIsLabel(t *testing.T) {
	tests := []struct {
		text, word string
		want       bool
	}{
		{`Maculate \Mac"u*late\, a.`, "a", true},
		{"[Obs.] --Chaucer.", "Obs", true},
		{"perfide /pɛʀfid/ <adj>", "adj", true},
		{"bateau /bato/ <n, masc>", "n", true},
		{"a boat, a ship", "a", false},
		{"x <y> n, z", "n", false},
		{"if i < n, then stop", "n", false}, // no closing bracket
	}
	for _, tt := range tests {
		start := strings.LastIndex(tt.text, tt.word)
		assert.Equal(t, tt.want, isLabel(tt.text, start, start+len(tt.word)), tt.text)
	}
}

func TestFileName(t *testing.T) {
	for w, want := range map[string]bool{"Makefile.am": true, "stream.c": true, "J.": false, "J.R.R.": false, "H.": false, "Dr.Who": true} {
		assert.Equal(t, want, fileName(w), w)
	}
}

// TestIntroducedBlock: a manual breaks a sentence off to set its command
// apart ("… you can set a package to hold using" before a <pre> block,
// the Debian FAQ; "… by the following." before one, the Debian
// Reference). The sentence announces the answer; the block it leads
// into gives it, and the two do not compete.
func TestIntroducedBlock(t *testing.T) {
	tests := []struct{ name, text, q, want string }{
		{"broken off", "Holding packages\n\nWith kestrel, you can pin a package using\n\nkmark pin package_name\n\nand remove the pin with\n\nkmark unpin package_name\n",
			"With kestrel, how can you pin a package?", "kmark pin package_name"},
		{"the following", "Global settings\n\nYou can list your global quill settings by the following.\n\n$ quillcfg --global --list\n\nYou can set your name by the following.\n\n$ quillcfg --global user.name \"Name Surname\"\n",
			"How can you list your global quill settings?", "$ quillcfg --global --list"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, why := best(tt.q, doc{"manual/pkg.html", "Manual", tt.text})
			assert.Equal(t, tt.want, got, why)
		})
	}
	// A sentence that states a fact before its list keeps its own answer.
	d := doc{"manual/fonts.html", "Fonts", "Kestrel uses the Quillfont 2.0 library to rasterise scalable font formats:\n\nType 1 fonts\n\nTrueType fonts\n"}
	got, why := best("Which library does Kestrel use to rasterise fonts?", d)
	assert.Contains(t, got, "Quillfont 2.0", why)
}

// TestEntryNoteNamesNoOne: a dictionary headword line's pronunciation
// and etymology bracket write capitalised words ("\Cab`ri*o*let\", "[F.,
// … fr. L. caper he-goat]"): syllables and languages, no one who did
// anything. A name after the entry's bracket still is one.
func TestEntryNoteNamesNoOne(t *testing.T) {
	q := analyze("Who invented the brisket carriage?", func(string) float64 { return 5 })
	require.Equal(t, Person, q.kind)
	text := "Brisket \\Bris\"ket\\, n. [F., dim. of brise a gust, fr. L. Brisca.]\n   A light carriage first built by Joseph Hansom."
	ut := words(text, 0)
	for word, want := range map[string]float64{"Bris": 0, "F": 0, "L": 0, "Brisca": 0, "Joseph": 1} {
		k := slices.IndexFunc(ut, func(t tok) bool { return t.body == word })
		require.GreaterOrEqual(t, k, 0, word)
		assert.Equal(t, want, tokenFit(q, text, ut, k), word)
	}
}

// TestSetAsideForAnyKind: "Besides a finger, which other part of the
// body can dito refer to?" asks for a word (no definition, no name), and
// still sets the finger aside: the sense that only gives it restates the
// question, and is no answer (a bilingual dictionary's entry).
func TestSetAsideForAnyKind(t *testing.T) {
	d := doc{"itaeng/brisco-brisco.txt", "brisco", "brisco /brˈisko/\nfinger\n\nbrisco /brˈisko/\ntoe\n"}
	q := `Besides a finger, which other part of the body can the Italian word "brisco" refer to?`
	r := New(nil)
	srcs := sources(d)
	a := r.Read(q, srcs)
	assert.NotContains(t, answerText(a, srcs), "finger", r.Explain(q, srcs, 3))
	c := r.candidates(analyze(q, r.idf), srcs)
	require.NotEmpty(t, c)
	for _, c := range c {
		if u := c.p.units[c.unit]; strings.Contains(c.p.text[u.Start:u.End], "finger") {
			assert.Zero(t, c.fit, "the finger is set aside")
		}
	}
	top := c[0].p.units[c[0].unit]
	assert.Contains(t, c[0].p.text[top.Start:top.End], "toe", "the other sense ranks first")
}

// TestCommentDescribesSetting: a configuration file says what a setting
// means in the "# " comment over it (chrony.conf, screenrc); the comment
// takes the setting's words, and answers what the bare setting line only
// repeats.
func TestCommentDescribesSetting(t *testing.T) {
	conf := doc{"configs/kestrel.conf", "kestrel.conf", "# If you want to serve time to clients even when not synchronised\n# yourself, enable the following line.  The value 10 may be varied\n# between 1 and 15.  You should avoid small values because you will look\n# like a real time server.\n\n! local stratum 10\n\n# Enable non-blocking mode to better cope with flaky connections.\ndefnonblock 5\n"}
	got, why := best("Between which values can the kestrel local stratum be set?", conf)
	assert.Contains(t, got, "between 1 and 15", why)
	got, why = best("What does defnonblock 5 do in kestrel.conf?", conf)
	assert.Contains(t, got, "non-blocking mode", why)
}

// TestChangeLogSignature: a change log names who made a change, and when,
// only in its entry's signature: a GNU ChangeLog's header over the items,
// a Debian changelog's trailer under them.
func TestChangeLogSignature(t *testing.T) {
	gnu := doc{"changelog/ChangeLog", "ChangeLog", "2021-06-12  Rafael Quintero  <rquintero@kestrel.example>\n\n\t* src/inflate.c (kestrel_inflate_block): Check the window size before\n\tcopying a back-reference.\n\n2021-05-02  Mbali Dlamini  <mbali@kestrel.example>\n\n\tAdd a streaming API.\n\t* src/stream.c: New file.\n"}
	deb := doc{"changelog/changelog.Debian", "changelog.Debian", "quill (1.2-1) unstable; urgency=medium\n\n  * Add a streaming API to quill.\n\n -- Ilse Vandermeer <ilse@quill.example>  Sat, 19 Jun 2021 10:00:00 +0200\n\nquill (1.1-1) unstable; urgency=low\n\n  * Fix the window size check.\n\n -- Rafael Quintero <rq@quill.example>  Mon, 01 Mar 2021 09:00:00 +0100\n"}
	tests := []struct {
		q    string
		d    doc
		want string
	}{
		{"Who added the streaming API to kestrel?", gnu, "Mbali Dlamini"},
		{"When was the streaming API added to kestrel?", gnu, "2021-05-02"},
		{"Who added a streaming API to quill?", deb, "Ilse Vandermeer"},
	}
	for _, tt := range tests {
		got, why := best(tt.q, tt.d)
		assert.Contains(t, got, tt.want, "%s\n%s", tt.q, why)
	}
}

// TestFAQAnswerTakesQuestionWords: an FAQ's answer seldom repeats its
// question's words ("Not that I heard of."); it answers the question over
// it, a numbered heading that asks or a "Q:" field before its "A:".
func TestFAQAnswerTakesQuestionWords(t *testing.T) {
	numbered := doc{"faqs/kestrel-FAQ", "kestrel-FAQ", "6.3: Can kestrel read mail?\n\n  No.\n\n6.4: Did kestrel have problems in the year 2000?\n\n  Not that I heard of; two-digit dates are up to you.\n\n6.5: How are dates shown?\n\n  Kestrel had shown the year with two digits in 2000 and has since shown four.\n"}
	got, why := best("Did kestrel have problems in the year 2000?", numbered)
	assert.Contains(t, got, "Not that I heard of", why)
	qa := doc{"faqs/quill-FAQ", "quill-FAQ", "Q: How do I make quill mirror dot files?\nA: Try `set ftp:list-options -a'.\n\nQ: quill hangs when connecting.\nA: Try `set net:timeout 5'.\n\nThe mirror command of quill copies a whole site.\n"}
	got, why = best("How can I make quill mirror dot files?", qa)
	assert.Contains(t, got, "list-options", why)
}

// TestHyphenPartOpensSentence: "Non" of "* Non-maintainer upload." is a
// part of the word that opens the item, no name; the Debian changelog's
// trailer names who uploaded.
func TestHyphenPartOpensSentence(t *testing.T) {
	q := analyze("Who uploaded quill 5.1-1.1?", func(string) float64 { return 5 })
	text := "  * Non-maintainer upload with maintainer approval.\n"
	ut := words(text, 0)
	for k, tk := range ut {
		assert.Less(t, tokenFit(q, text, ut, k), 1.0, tk.body)
	}
	d := doc{"changelogs/quill.changelog", "quill.changelog", "quill (5.1-1.1) unstable; urgency=medium\n\n  * Non-maintainer upload with maintainer approval.\n  * Fix a typo in the German debconf translation.\n\n -- Helge Brandt <helge@quill.example>  Wed, 04 Jan 2023 10:08:35 +0100\n"}
	got, why := best("Who uploaded quill 5.1-1.1?", d)
	assert.Contains(t, got, "Helge Brandt", why)
}

// TestChangeLogEntryVersion: a Debian changelog's item is of the version
// its entry line names ("anacron (2.3-31) unstable; urgency=medium"), not
// of another version the file names; a version's revision ("2.3-36") is
// one word, its parts no versions of their own.
func TestChangeLogEntryVersion(t *testing.T) {
	d := doc{"changelogs/quill.changelog", "quill.changelog", "quill (2.3-36) unstable; urgency=medium\n\n  * Add d/NEWS.\n\n -- Lance Lindqvist <lance@quill.example>  Wed, 11 Jan 2023 20:32:46 +0700\n\nquill (2.3-31) unstable; urgency=medium\n\n  * QA upload.\n\n -- Jelmer Vale <jelmer@quill.example>  Sat, 06 Feb 2021 14:18:33 +0000\n"}
	r := New(nil)
	srcs := sources(d)
	q := "Who uploaded quill 2.3-36?"
	a := r.Read(q, srcs)
	assert.NotContains(t, answerText(a, srcs), "Jelmer Vale", r.Explain(q, srcs, 3))
	assert.True(t, isRevision("2.3-36"))
	assert.True(t, isRevision("5.133-1.1"))
	assert.False(t, isRevision("1990-1995"), "a range of years")
	assert.False(t, isRevision("alpha-3"))
}

// TestTableColumns: a table's header names its columns, so a question
// word that names one ("released", "legacy", "version") asks for the
// row's cell under it — the answer is that cell, and a row that leaves
// it empty or out does not state it. A word the row's cells hold, or
// that only qualifies the noun asked for ("What MAC address block …"),
// names no column; nor does a column whose cells are of another kind
// than asked (a release's date for "what release is called …").
func TestTableColumns(t *testing.T) {
	debian := doc{"csv/debian.csv", "debian.csv", "version,codename,series,created,release,eol,eol-lts,eol-elts\n" +
		"11,Bullseye,bullseye,2019-07-06,2021-08-14,2024-08-14,2026-08-31,2031-06-30\n12,Bookworm,bookworm,2021-08-14,2023-06-10,2026-07-11,2028-06-30,2033-06-30\n" +
		"13,Trixie,trixie,2023-06-10,2025-08-09,2028-08-09,2030-06-30,2035-06-30\n14,Forky,forky,2025-08-09\n"}
	ubuntu := doc{"csv/ubuntu.csv", "ubuntu.csv", "version,codename,series,created,release,eol,eol-server,eol-esm,eol-legacy\n" +
		"23.10,Mantic Minotaur,mantic,2023-04-20,2023-10-12,2024-07-11\n24.04 LTS,Noble Numbat,noble,2023-10-12,2024-04-25,2029-05-31,2029-05-31,2034-04-25,2036-04-29\n" +
		"24.10,Oracular Oriole,oracular,2024-04-25,2024-10-10,2025-07-10\n"}
	oui := doc{"ieeeoui/mam.csv", "mam.csv", "Registry,Assignment,Organization Name,Organization Address\n" +
		"MA-S,70B3D5EA6,Galios,\"Dmitriy Donskoy, 35A, 526 Tver  RU 170006 \"\nMA-S,70B3D5EA7,Kaizen Kogyo,Shibuya Tokyo JP 150-0002\n"}
	tests := []struct {
		question string
		docs     []doc
		want     string // the whole answer; "" when the reader must decline
		within   bool   // want is only a part of the answer (the whole row)
	}{
		{"When was Debian 11 released?", []doc{debian}, "2021-08-14", false},
		{"When will Debian 14 Forky be released?", []doc{debian}, "", false},
		{"Which Debian version is codenamed Bookworm?", []doc{debian}, "12", false},
		{"When does legacy support end for Ubuntu 24.04?", []doc{ubuntu}, "2036-04-29", false},
		{"When does legacy support end for Ubuntu 23.10?", []doc{ubuntu}, "", false},
		{"When does ESM end for Ubuntu 23.10 Mantic Minotaur?", []doc{ubuntu}, "", false}, // a column's name in capitals ("eol-esm")
		{"What Ubuntu release is called Noble Numbat?", []doc{ubuntu}, "24.04 LTS", true},
		{"What MAC address block is registered to Galios?", []doc{oui}, "70B3D5EA6", true},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			r := New(nil)
			srcs := sources(tt.docs...)
			a := r.Read(tt.question, srcs)
			got := answerText(a, srcs)
			switch {
			case tt.want == "":
				assert.True(t, a.Declined(), "%s\n%s", got, r.Explain(tt.question, srcs, 3))
			case tt.within:
				assert.Contains(t, got, tt.want, r.Explain(tt.question, srcs, 3))
			default:
				assert.Equal(t, tt.want, got, r.Explain(tt.question, srcs, 3))
			}
		})
	}
}

// TestAttribution: a fortune file closes each quotation with who said it
// ("-- Callimachus", "-- William Shakespeare, \"Henry VI\""): for "who
// said …" the attribution is the answer, bound by its own quotation's
// words and no other's.
func TestAttribution(t *testing.T) {
	fortunes := doc{"quotes/literature", "literature", "Be careful of reading health books, you might die of a misprint.\n\t\t-- Mark Twain\n%\n" +
		"Big book, big bore.\n\t\t-- Callimachus\n%\nHarp not on that string.\n\t\t-- William Shakespeare, \"Henry VI\"\n%\n" +
		"Behold, the fool saith, \"Put not all thine eggs in the one basket\"--which is\nbut a manner of saying, \"Scatter your money and your attention;\" but the wise\nman saith, \"Put all your eggs in the one basket and--WATCH THAT BASKET.\"\n\t\t-- Mark Twain, \"Pudd'nhead Wilson's Calendar\"\n%\n"}
	for _, tc := range []struct{ q, want string }{
		{`Who said "Big book, big bore"?`, "-- Callimachus"},
		{`Who said "Harp not on that string"?`, `-- William Shakespeare, "Henry VI"`},
	} {
		got, why := best(tc.q, fortunes)
		assert.Equal(t, tc.want, got, why)
	}
}

// TestXMLRecord: shared-mime-info's freedesktop.org.xml gives a record
// an element a line; the field whose tag says it expands
// ("<expanded-acronym>") is what the record's acronym stands for, and an
// attribute called "name" (an icon's) is no record's name.
func TestXMLRecord(t *testing.T) {
	mime := doc{"xml/freedesktop.org.xml", "freedesktop.org.xml", "  <mime-type type=\"application/x-xliff\">\n    <comment>XLIFF translation file</comment>\n    <acronym>XLIFF</acronym>\n" +
		"    <expanded-acronym>XML Localization Interchange File Format</expanded-acronym>\n    <sub-class-of type=\"application/xml\"/>\n    <generic-icon name=\"text-x-generic\"/>\n    <glob pattern=\"*.xlf\"/>\n  </mime-type>\n" +
		"  <mime-type type=\"application/toml\">\n    <comment>TOML document</comment>\n    <acronym>TOML</acronym>\n" +
		"    <expanded-acronym>Tom's Obvious Minimal Language</expanded-acronym>\n    <sub-class-of type=\"text/plain\"/>\n    <generic-icon name=\"text-x-generic\"/>\n    <glob pattern=\"*.toml\"/>\n  </mime-type>\n"}
	for _, tc := range []struct{ q, want string }{
		{"What does TOML stand for?", "Tom's Obvious Minimal Language"},
		{"What does XLIFF stand for?", "XML Localization Interchange File Format"},
	} {
		got, why := best(tc.q, mime)
		assert.Equal(t, tc.want, got, why)
	}
}

// TestOptionNamedInCode: xkb's base.lst lists options by a name written
// as code and a description ("caps:super  Make Caps Lock an additional
// Super"); asked which option does what the description says, the
// option's name is the news, though its parts ("caps", "super") are the
// question's words.
func TestOptionNamedInCode(t *testing.T) {
	lst := doc{"xml/base.lst", "base.lst", "  caps:escape          Make Caps Lock an additional Esc\n  caps:backspace       Make Caps Lock an additional Backspace\n" +
		"  caps:super           Make Caps Lock an additional Super\n  caps:hyper           Make Caps Lock an additional Hyper\n  caps:menu            Make Caps Lock an additional Menu key\n"}
	got, why := best("Which option makes Caps Lock an additional Super?", lst)
	assert.Contains(t, got, "caps:super", why)
}

// TestUnitsFile: GNU units' definitions.units defines a unit a line by
// others written as symbols ("fathom  6 ft"). "How many feet in a
// fathom?" asks about the fathom, counted in feet: the thing after "in
// a" is the subject, and a unit's symbol stands for its name.
func TestUnitsFile(t *testing.T) {
	units := doc{"units/definitions.units", "definitions.units", "mile                    5280 ft          # The mile was enlarged from 5000 ft\n" +
		"chain                   66 ft\nfathom                  6 ft\nseamile                 6000 ft\nbrnauticalmile          6080 ft\n" +
		"arshin                  (2 + 1|3) feet\nsazhen                  3 arshin         # analogous to fathom\nstone                   14 lb\npound                   0.45359237 kg\n"}
	for _, tc := range []struct{ q, want string }{
		{"How many feet in a fathom?", "fathom                  6 ft"},
		{"How many pounds in a stone?", "stone                   14 lb"},
		{"How many kilograms is a pound?", "pound                   0.45359237 kg"},
	} {
		r := New(nil)
		srcs := sources(units)
		a := r.Read(tc.q, srcs)
		assert.Equal(t, tc.want, answerText(a, srcs), r.Explain(tc.q, srcs, 3))
	}
	q := analyze("How many feet are in a fathom?", func(string) float64 { return 10 })
	for _, w := range q.words {
		assert.Equal(t, w.lower == "fathom", w.subject, w.body)
	}
}

// TestDefinitionsRecord: in a file of definitions, one a line, the
// record named for the subject ("stone  14 lb") defines it, more than a
// comment under another record that uses the word ("# Crystolon stones
// are Norton's …").
func TestDefinitionsRecord(t *testing.T) {
	units := doc{"units/definitions.units", "definitions.units", "coarsecrystolon         80 micron\nfinecrystolon           45 micron     # Crystolon stones are Norton's\n" +
		"extrafineindia          22 micron     # India stones are Norton's manufactured\nstone                   14 lb\nbrhundredweight         8 stone\n"}
	r := New(nil)
	srcs := sources(units)
	a := r.Read("What is a stone?", srcs)
	assert.Equal(t, "stone                   14 lb", answerText(a, srcs), r.Explain("What is a stone?", srcs, 3))
}

// TestSymbolNames: Perl names its special variables in punctuation
// ("$;", "$,", "$^T"), which no search indexes and no word of a
// question spells: a passage that does not write the name says nothing
// of it, however many of the question's other words ("default value") it
// holds. Prose punctuation ("—", "...") names nothing.
func TestSymbolNames(t *testing.T) {
	perlsyn := doc{"pod/perlsyn.pod", "perlsyn - Perl syntax", "=item *\n\nThe value of the last evaluated expression of the successful\nwhen/default clause, if there happens to be one.\n"}
	perlvar := doc{"pod/perlvar.pod", "perlvar - Perl predefined variables", "=item $SUBSCRIPT_SEPARATOR\n\n=item $SUBSEP\n\n=item $;\n\nThe subscript separator for multidimensional array emulation.\nDefault is \"\\034\", the same as SUBSEP in B<awk>.\n"}
	for _, q := range []string{"What is the default value of $; ?", "What is the default value of $,?"} {
		r := New(nil)
		srcs := sources(perlsyn)
		a := r.Read(q, srcs)
		assert.True(t, a.Declined(), "%s: %s", q, answerText(a, srcs))
	}
	r := New(nil)
	srcs := sources(perlvar, perlsyn)
	assert.Equal(t, 1, r.Read("What is the default value of $; ?", srcs).Best[0].N, "the passage that writes $;")
	for q, want := range map[string][]string{
		"What does $? hold?": {"$?"}, "What is $^T?": {"$^T"}, "What does <=> do?": {"<=>"},
		"How do you say 'either ... or' in French?": nil, "Sony's robot dog is called AIBO — what is that name short for?": nil, "How much is 50%?": nil,
		"How much is 50 %?": nil, "What is $??": {"$?"},
	} {
		assert.Equal(t, want, symbolNames(q), q)
	}
}

// TestSectionDefinition: an API reference names each function in a
// heading (yargs's api.md: ".conflicts(x, y)" underlined); the section's
// first sentence, ranked first, says what it does, not a later one that
// opens with a parameter's one-letter name.
func TestSectionDefinition(t *testing.T) {
	api := doc{"markdown/yargs-api.md", "Additional documentation", "<a name=\"conflicts\"></a>.conflicts(x, y)\n----------------------------------------------\n\n" +
		"Given the key `x` is set, the key `y` must not be set. `y` can either be a single\nstring or an array of argument names that `x` conflicts with.\n\n" +
		"Optionally `.conflicts()` can accept an object specifying multiple conflicting keys.\n\n<a name=\"count\"></a>.count(key)\n------------\n\n" +
		"Interpret `key` as a boolean flag, but set its parsed value to the number of\nflag occurrences rather than `true` or `false`. Default value is thus `0`.\n"}
	got, why := best("What does yargs .conflicts(x, y) mean?", api)
	assert.Equal(t, "Given the key `x` is set, the key `y` must not be set.", got, why)
}

// TestSignatureTerm: Python's library reference (Sphinx) writes each
// function's signature as a term ending in a permalink mark
// ("string.capwords(s, sep=None)¶") over its description: the signature,
// "=" and brackets and all, is the term, which answers nothing; the
// description's first sentence says what the function does.
func TestSignatureTerm(t *testing.T) {
	page := doc{"pylib/string.html", "string — Common string operations", "string.capwords(s, sep=None)¶\n\n" +
		"Split the argument into words using str.split(), capitalize each word using str.capitalize(), and join the capitalized words using str.join(). " +
		"If the optional second argument sep is absent or None, runs of whitespace characters are replaced by a single space.\n\n" +
		"string.hexdigits¶\n\nThe string '0123456789abcdefABCDEF'.\n"}
	r := New(nil)
	srcs := sources(page)
	a := r.Read("What does string.capwords do?", srcs)
	assert.Contains(t, answerText(a, srcs), "Split the argument into words", r.Explain("What does string.capwords do?", srcs, 3))
}

// TestAttributedWork: a fortune file names the play a quotation is taken
// from after its author (`-- William Shakespeare, "Romeo and Juliet"`):
// "which play is … from?" is answered by that line; an attribution that
// names no work answers no such question.
func TestAttributedWork(t *testing.T) {
	fortunes := doc{"quotes/literature", "literature", "Tempt not a desperate man.\n\t\t-- William Shakespeare, \"Romeo and Juliet\"\n%\n" +
		"Talkers are no good doers.\n\t\t-- William Shakespeare, \"Henry VI\"\n%\nBig book, big bore.\n\t\t-- Callimachus\n%\n"}
	got, why := best(`Which play is "Tempt not a desperate man" from?`, fortunes)
	assert.Equal(t, `-- William Shakespeare, "Romeo and Juliet"`, got, why)
	got, why = best(`Which book is "Big book, big bore" from?`, fortunes)
	assert.NotEqual(t, "-- Callimachus", got, why)
}

// TestAskedFieldOfRecord: in a file of "Key: value" records (Debian's
// package lists, dpkg's status file), "Which package is …" asks for the
// "Package:" field of the record whose other field holds the question's
// words, not for that field.
func TestAskedFieldOfRecord(t *testing.T) {
	packages := doc{"deb822/Packages", "Packages", "Package: ggtags\nVersion: 0.9.0\nDescription: emacs frontend to GNU Global source code tagging system\n\n" +
		"Package: gh\nVersion: 2.23.0+dfsg1-1\nInstalled-Size: 39404\nMaintainer: Debian Go Packaging Team <team+pkg-go@tracker.debian.org>\nArchitecture: amd64\nDepends: libc6 (>= 2.34)\n" +
		"Description: GitHub CLI, GitHub’s official command line tool\nHomepage: https://github.com/cli/cli\n\n" +
		"Package: gimp\nVersion: 2.10.34-1+deb12u10\nDescription: GNU Image Manipulation Program\n"}
	tests := []struct{ q, want string }{
		{"Which package is GitHub's official command line tool?", "gh"},
		{"Which package is the GNU Image Manipulation Program?", "Package: gimp"}, // the field the class names, whole
	}
	r := New(nil)
	for _, tt := range tests {
		srcs := sources(packages)
		a := r.Read(tt.q, srcs)
		assert.Equal(t, tt.want, answerText(Answer{Pieces: a.Best}, srcs), "%s\n%s", tt.q, r.Explain(tt.q, srcs, 3))
	}
	got, _ := best("What is the version of gimp?", packages)
	assert.Equal(t, "Version: 2.10.34-1+deb12u10", got, "the field the question names answers itself")
}

// TestNegatedWordDoesNotAlign: a manual's option that negates what the
// question asks ("--no-ignore-case  Do not ignore case distinctions …")
// does not hold "ignores case distinctions"; the option that does
// answers. A question that negates too is held by it.
func TestNegatedWordDoesNotAlign(t *testing.T) {
	grep := doc{"man/grep.txt", "GREP(1)", "   Matching Control\n       -e PATTERNS, --regexp=PATTERNS\n              Use PATTERNS as the patterns.\n\n" +
		"       --no-ignore-case\n              Do not ignore case distinctions in patterns and input data.  This is the default.  This option is useful for passing to shell scripts that already use -i, to cancel its effects because the two options override each other.\n\n" +
		"       -i, --ignore-case\n              Ignore case distinctions in patterns and input data, so that characters that differ only in case match each other.\n"}
	got, why := best("Which grep option ignores case distinctions?", grep)
	assert.Contains(t, got, "--ignore-case", why)
	assert.NotContains(t, got, "--no-ignore-case", why)
	got, why = best("Which grep option does not ignore case distinctions?", grep)
	assert.Contains(t, got, "--no-ignore-case", why)
}

// TestManPageOptions: a man page lists each option over what it does
// ("-s, --summarize" over "display only a total for each argument", as
// man renders it and as ingest reads a man page's .TP). "What does du -s
// do?" is answered by the option and its description, "-s" not "-S";
// "Which du option …" by the option.
func TestManPageOptions(t *testing.T) {
	du := doc{"man/du.1", "du.1", "DESCRIPTION\n       Summarize device usage of the set of FILEs, recursively for directories.\n\n" +
		"       -S, --separate-dirs\n              for directories do not include size of subdirectories\n\n" +
		"       -c, --total\n              produce a grand total\n\n" +
		"       -s, --summarize\n              display only a total for each argument\n"}
	tests := []struct{ q, want, not string }{
		{"What does du -s do?", "display only a total for each argument", "--separate-dirs"},
		{"What does du -S do?", "do not include size of subdirectories", "--summarize"},
		{"Which du option produces a grand total?", "-c, --total", "--summarize"},
	}
	// As ingest reads a man page's .TP entries: no indentation, and a
	// description with an apostrophe ("directory's": no option "s").
	ingested := doc{"man/du.1", "du.1", "OPTIONS\n\n-a, --all\nwrite counts for all files, not just the directory's total\n\n-s, --summarize\ndisplay only a total for each argument\n"}
	for _, tt := range tests {
		got, why := best(tt.q, du)
		assert.Contains(t, got, tt.want, "%s\n%s", tt.q, why)
		assert.NotContains(t, got, tt.not, "%s\n%s", tt.q, why)
	}
	got, why := best("What does du -s do?", ingested)
	assert.Contains(t, got, "display only a total for each argument", why)
}

func TestNegatedAt(t *testing.T) {
	tests := []struct {
		text, word string
		negated    bool
	}{
		{"Do not ignore case distinctions", "ignore", true},
		{"--no-ignore-case", "ignore", true},
		{"Don't follow symbolic links", "follow", true},
		{"No. Support for IPv6 was added in version 2.0.", "Support", false},
		{"There is no support for IPv6.", "support", true},
		{"Ignore case distinctions", "Ignore", false},
	}
	for _, tt := range tests {
		toks := words(tt.text, 0)
		found := false
		for i, tk := range toks {
			if tk.body == tt.word {
				found = true
				assert.Equal(t, tt.negated, negatedAt(tt.text, toks, i), tt.text)
			}
		}
		assert.True(t, found, tt.text)
	}
}

// TestCopyrightNoticeDatesNothingElse: a copyright notice's year dates
// the text, not what a question asks the date of ("the publication date
// of the FAQ", "when was sed first released").
func TestCopyrightNoticeDatesNothingElse(t *testing.T) {
	faq := doc{"faq/index.html", "The Kestrel FAQ", "The Kestrel FAQ\n\nCopyright © 1998-2021 The Kestrel Society\n\nAbstract\n\nThis FAQ answers questions about the Kestrel, a sailing boat.\n"}
	got, why := best("What is the publication date of the Kestrel FAQ?", faq)
	assert.NotContains(t, got, "Copyright", why)
}

// TestSettingNamedByKey: in configuration files (a systemd unit, a
// logind.conf whose defaults are commented out) and C enumerations, a
// question that writes a setting's name as the file does asks for its
// value: the setting's line answers, its name the question's subject.
func TestSettingNamedByKey(t *testing.T) {
	logind := doc{"etc/systemd/logind.conf", "logind.conf", "#  This file is part of systemd.\n\n[Login]\n#NAutoVTs=6\n#ReserveVT=6\n#KillUserProcesses=no\n#HandleLidSwitch=suspend\n#HandleLidSwitchDocked=ignore\n#InhibitorsMax=8192\n"}
	backup := doc{"units/backup.timer", "backup.timer", "[Unit]\nDescription=Back up the package database daily\n\n[Timer]\nOnCalendar=daily\nAccuracySec=12h\nPersistent=true\n"}
	scrub := doc{"units/scrub.timer", "scrub.timer", "[Unit]\nDescription=Scrub the volumes once a week\n\n[Timer]\nOnCalendar=weekly\nRandomizedDelaySec=6000\n"}
	gauge := doc{"gauge/gauge-parser.html", "gauge-parser", "enum GaugeParserOption\n\ntypedef enum {\n    GAUGE_PARSE_STRICT = 1 /* reject unknown columns */\n    GAUGE_PARSE_LAZY = 2 /* read columns on first use */\n    GAUGE_PARSE_WIDE = 4 /* allow rows over 4096 bytes */\n} GaugeParserOption;\n"}
	tests := []struct {
		q    string
		want string
		docs []doc
	}{
		{"What is the default value of HandleLidSwitch in logind.conf?", "#HandleLidSwitch=suspend", []doc{logind}},
		{"What is InhibitorsMax set to by default?", "#InhibitorsMax=8192", []doc{logind}},
		{"What is the OnCalendar value of backup.timer?", "OnCalendar=daily", []doc{scrub, backup}},
		{"What is the value of GAUGE_PARSE_LAZY?", "GAUGE_PARSE_LAZY = 2 /* read columns on first use */", []doc{gauge}},
	}
	r := New(nil)
	for _, tt := range tests {
		srcs := sources(tt.docs...)
		a := r.Read(tt.q, srcs)
		assert.Equal(t, tt.want, answerText(a, srcs), "%s\n%s", tt.q, r.Explain(tt.q, srcs, 3))
	}
}

// TestDefinitionNamedByKey: in C headers and Python modules, a constant
// the question names as the code writes it ("What is TIDE_BEST_LEVEL?",
// "What is MAXLINE in tidelib?") is answered by its definition.
func TestDefinitionNamedByKey(t *testing.T) {
	header := doc{"include/tide.h", "tide.h", "/* compression levels */\n#define TIDE_NO_LEVEL      0\n#define TIDE_BEST_SPEED    1\n#define TIDE_BEST_LEVEL    9\n#define TIDE_DEFAULT_LEVEL (-1)\n\n# define TIDE_BUFSIZ 8192\n"}
	module := doc{"tidelib/ftp.py", "ftp.py", "\"\"\"A tide log client.\"\"\"\n\n# Magic number from <socket.h>\nMSG_OOB = 0x1\n\n# The standard port\nTIDE_PORT = 2021\n\n# The sizehint parameter passed to readline() calls\nMAXLINE = 8192\n"}
	r := New(nil)
	for q, want := range map[string]string{
		"What is the value of TIDE_BEST_LEVEL?":     "#define TIDE_BEST_LEVEL    9",
		"What is TIDE_BUFSIZ in tide.h?":            "# define TIDE_BUFSIZ 8192",
		"Which value does TIDE_DEFAULT_LEVEL have?": "#define TIDE_DEFAULT_LEVEL (-1)",
		"What is MAXLINE in tidelib?":               "MAXLINE = 8192",
	} {
		srcs := sources(header, module)
		a := r.Read(q, srcs)
		assert.Equal(t, want, answerText(a, srcs), "%s\n%s", q, r.Explain(q, srcs, 3))
	}
	cands := r.candidates(analyze("What is MAXLINE in tidelib?", r.idf), sources(module))
	require.NotEmpty(t, cands)
	assert.True(t, cands[0].keyHit, "the question names the setting's key, written in capitals")
}

// TestQuestionNamesFile: sibling configuration files or locales hold the
// same settings ("system.conf" and "user.conf", "de_CH" and "de_DE"); a
// question that names one of the retrieved files by its file name is
// not answered from another.
func TestQuestionNamesFile(t *testing.T) {
	system := doc{"etc/systemd/system.conf", "system.conf", "[Manager]\n#DefaultTimeoutStartSec=90s\n#DefaultLimitNOFILE=1024:524288\n#DefaultLimitCORE=\n"}
	user := doc{"etc/systemd/user.conf", "user.conf", "[Manager]\n#DefaultTimeoutStartSec=90s\n#DefaultLimitCORE=\n"}
	r := New(nil)
	srcs := sources(system, user)
	a := r.Read("What is the default value of DefaultLimitNOFILE in user.conf?", srcs)
	assert.True(t, a.Declined(), "user.conf sets no DefaultLimitNOFILE: %s\n%s", answerText(a, srcs), r.Explain("in user.conf", srcs, 3))
	a = r.Read("What is the default value of DefaultLimitNOFILE in system.conf?", srcs)
	assert.Equal(t, "#DefaultLimitNOFILE=1024:524288", answerText(a, srcs))

	// The named file was not retrieved; its sibling, of the same shape of
	// name, was: its value is another locale's.
	nlBE := doc{"locales/nl_BE", "nl_BE", "LC_MONETARY\nint_curr_symbol      \"EUR \"\ncurrency_symbol      \"€\"\nmon_decimal_point    \",\"\nEND LC_MONETARY\n"}
	srcs = sources(nlBE)
	a = r.Read("What is the int_curr_symbol of nl_NL?", srcs)
	assert.True(t, a.Declined(), "nl_BE is not nl_NL: %s", answerText(a, srcs))
	a = r.Read("What is the int_curr_symbol of nl_BE?", srcs)
	assert.Equal(t, `int_curr_symbol      "EUR "`, answerText(a, srcs))
}

// TestLabelledListTerm: an AsciiDoc labelled list's term ("-w[<width>]::")
// is a unit of its own, not the head of its description's first
// sentence: a question about what its description says later is answered
// by the sentence that says it.
func TestLabelledListTerm(t *testing.T) {
	manual := doc{"tidelog/tidelog-summary.txt", "tidelog-summary(1)", "OPTIONS\n-------\n\n-n::\n--numbered::\n\tSort output by the number of entries.\n\n" +
		"-w[<width>[,<indent1>]]::\n\tWrap the output by wrapping each line at `width`.  The first\n\tline of each entry is indented by `indent1` spaces.  `width` and\n\t`indent1` default to 72 and 4 respectively.\n"}
	got, why := best("What do width and indent1 default to in tidelog summary -w?", manual)
	assert.Equal(t, "`width` and\n\t`indent1` default to 72 and 4 respectively.", got, why)
}

// TestAPIEntryName: in an API reference (gtk-doc, Doxygen) a function's
// name heads its entry ("tideLogGetLast ()"), its signature and
// description under it. "Which function …" is answered with the name
// whose description says what the question asks, not with a sibling's
// description that shares its words ("Clear the last entry …").
func TestAPIEntryName(t *testing.T) {
	ref := doc{"tidelog/tidelog-reader.html", "tidelog-reader", "tideLogClearLast ()\n\nvoid\ttideLogClearLast\t\t(void)\n\n\n\nClear the last log entry read. The reader keeps its place.\n\n" +
		"tideLogGetLast ()\n\nTideEntryPtr\ttideLogGetLast\t\t(void)\n\n\n\nGet the last log entry read. This is per thread.\n\nReturns:\tNULL if no entry was read\n\n" +
		"tide_log_open ()\n\nTideLogPtr\ttide_log_open\t\t(const char * path,\n\t\t\t\t int flags)\n\n\n\nOpen a tide log for reading.\n"}
	got, why := best("Which function gets the last log entry read?", ref)
	assert.Equal(t, "tideLogGetLast ()", got, why)
	got, why = best("Which function opens a tide log for reading?", ref)
	assert.Contains(t, got, "tide_log_open", why) // its name, or the signature that writes it
}

// TestReferenceMarksAreNoValues: a specification quoted in a data file's
// comments cites its sources in brackets ("the TCP [45,106]"); those
// numbers are no port, count or year of anything. One bracketed number in
// a data row may be a value ("# Lo  [35]").
func TestReferenceMarksAreNoValues(t *testing.T) {
	services := doc{"etc/services", "services", "# Network services, Internet style\n#\n#> Ports are used in the TCP [45,106] to name the ends of logical\n#> connections which carry long term conversations.\n\ntcpmux\t\t1/tcp\t\t\t\t# TCP port service multiplexer\nsystat\t\t11/tcp\t\tusers\n"}
	r := New(nil)
	srcs := sources(services)
	q := analyze("Which port does IMAP use?", r.idf)
	for _, c := range r.candidates(q, srcs) {
		if u := c.p.units[c.unit]; strings.Contains(c.p.text[u.Start:u.End], "[45,106]") {
			assert.Zero(t, c.fit, "the references are no port")
		}
	}
	scripts := doc{"unicode/Scripts.txt", "Scripts.txt", "ABC0..ABE2    ; Meetei_Mayek # Lo  [35] MEETEI MAYEK LETTER KOK..MEETEI MAYEK LETTER I LONSUM\nABE3..ABE4    ; Meetei_Mayek # Mc   [2] MEETEI MAYEK VOWEL SIGN ONAP..MEETEI MAYEK VOWEL SIGN INAP\n"}
	got, why := best("How many Meetei Mayek letters lie in the range ABC0..ABE2?", scripts)
	assert.Contains(t, got, "[35]", why)
}

// TestCommentOverDeclaration: a C header says what a function does in a
// comment over its declaration; "Which function …" is answered with the
// declaration, which names it, not with the comment, which does not.
func TestCommentOverDeclaration(t *testing.T) {
	header := doc{"include/tide.h", "tide.h", "/* Open the tide log at PATH for reading.  */\nextern int tide_open (const char *__path) __THROW;\n\n" +
		"#if defined __USE_MISC\n/* Like `tide_open', but for PATH names a log kept in UTC,\n   not local time.  */\nextern int tide_open_utc (const char *__path) __THROW;\n#endif\n"}
	got, why := best("Which function is like tide_open but for a log kept in UTC?", header)
	assert.Equal(t, "extern int tide_open_utc (const char *__path) __THROW;", got, why)
}

// TestReviewedMisfires: the rules for code and configuration files leave
// ordinary text alone: a bracketed list that is a value, not a citation;
// "what function" of an organ; a question naming a file that a document
// of the same extension explains.
func TestReviewedMisfires(t *testing.T) {
	r := New(nil)
	for _, tc := range []struct {
		q    string
		d    doc
		want string
	}{
		{"In what year did the war end?", doc{"history/war.txt", "war", "The war lasted over the years [1914, 1918].\n"}, "1918"},
		{"What function does the liver serve?", doc{"anatomy/liver.txt", "liver", "The liver filters the blood and stores iron.\n"}, "filters the blood"},
		{"What does pip install -r requirements.txt do?", doc{"docs/install.txt", "install", "Run pip install -r requirements.txt to install every pinned dependency.\n"}, "every pinned dependency"},
	} {
		srcs := sources(tc.d)
		a := r.Read(tc.q, srcs)
		assert.Contains(t, answerText(a, srcs), tc.want, "%s\n%s", tc.q, r.Explain(tc.q, srcs, 3))
	}
}

// TestNamedFieldOfSchema: "the description of the name field" in a JSON
// Schema is the description inside the object the key "name" opens, not
// the schema's own description, which merely holds the word ("names of
// stations").
func TestNamedFieldOfSchema(t *testing.T) {
	schema := doc{"tidecodes/schema-stations.json", "schema-stations.json", "{\n  \"$schema\": \"http://json-schema.org/draft-04/schema#\",\n\n  \"title\": \"Tide stations\",\n  \"description\": \"Codes for the representation of names of tide stations\",\n  \"type\": \"object\",\n\n  \"properties\": {\n    \"stations\": {\n      \"type\": \"array\",\n      \"items\": {\n        \"type\": \"object\",\n        \"properties\": {\n          \"code\": {\n            \"description\": \"Four letter code of the station\",\n            \"type\": \"string\"\n          },\n          \"name\": {\n            \"description\": \"Name of the station\",\n            \"type\": \"string\"\n          }\n        }\n      }\n    }\n  }\n}\n"}
	r := New(nil)
	bind := map[string]float64{}
	for _, c := range r.candidates(analyze("What is the description of the name field in the tide stations schema?", r.idf), sources(schema)) {
		u := c.p.units[c.unit]
		bind[c.p.text[u.Start:u.End]] = c.bind
	}
	own, named := bind[`"description": "Codes for the representation of names of tide stations",`], bind[`"description": "Name of the station",`]
	assert.Less(t, own, named, "the schema's own description is of another field than the one named")
}

// TestWordToTranslate: "the Italian word for a bat, the flying mammal"
// asks for the headword whose sense holds "bat"; a sense that holds only
// the question's other words ("mosca: fly", for "flying") translates
// another word. A possessor is no word to translate ("the Spanish word
// for a bird's feather").
func TestWordToTranslate(t *testing.T) {
	ita := doc{"itaeng/m.txt", "m", "mosca /mˈoska/\nfly, housefly\n\nmammifero /mamːˈifero/\nmammal\n"}
	r := New(nil)
	for _, c := range r.candidates(analyze("What is the Italian word for a bat, the flying mammal?", r.idf), sources(ita)) {
		if u := c.p.units[c.unit]; strings.Contains(c.p.text[u.Start:u.End], "fly") {
			assert.Zero(t, c.fit, "mosca translates fly, not bat")
		}
	}
	spa := doc{"spaeng/p.txt", "p", "pájaro /pˈaxaɾo/\nbird\n\npluma /plˈuma/\nfeather\n"}
	got, why := best("What is the Spanish word for a bird's feather?", spa)
	assert.Contains(t, got, "pluma", why)
	wine := doc{"itaeng/v.txt", "v", "rosso /rˈosso/\nred\n\nvino /vˈino/\nwine\n"}
	got, why = best("What is the Italian word for red wine?", wine)
	assert.Contains(t, got, "vino", why) // the phrase's head, not its adjective
	// "which Italian word does the dictionary give for population": the
	// word after "give for" is translated; "parola: word" is no answer.
	words := doc{"itaeng/p.txt", "p", "parola /paɾˈɔla/\nword\n\npopulazione /popʊlatsiˈone/\npopulation\n"}
	got, why = best("Which Italian word does the dictionary give for population?", words)
	assert.Contains(t, got, "populazione", why)
	// An entry that glosses its headword with the very word asked for fits
	// the question whole; one that glosses it among other words in a
	// longer gloss fits as a sense does.
	finds := doc{"spaeng/d.txt", "d", "descubrimiento /dˌeskuβɾimjˈɛnto/\ndiscovery\n\nhallazgo /aʎˈaθɣo/\ndiscovery of treasure\n\nnovio /nˈoβjo/\nfiancé, boy/discovery\n"}
	fits := unitFits("Which Spanish noun means discovery?", finds)
	assert.Equal(t, 1.0, fits["descubrimiento /dˌeskuβɾimjˈɛnto/\ndiscovery"])
	assert.Less(t, fits["hallazgo /aʎˈaθɣo/\ndiscovery of treasure"], 1.0)
	assert.Less(t, fits["novio /nˈoβjo/\nfiancé, boy/discovery"], 1.0, "a slash inside a gloss is no pronunciation's")
	weeds := doc{"fraeng/s.txt", "s", "sarcler /saʀkle/ <v>\nweed, weed out\n"}
	assert.Less(t, unitFits("Which French word does the dictionary give for the yellow-flowered weed with fluffy seed heads?", weeds)["sarcler /saʀkle/ <v>\nweed, weed out"], 1.0,
		"a description more than the word: the gloss of the word alone does not translate it")
	// The head alone is what a unit must hold: "rosso: red" translates
	// no red wine.
	wine2 := doc{"itaeng/v.txt", "v", "rosso /rˈosso/\nred\n\nvino /vˈino/\nwine\n"}
	assert.Zero(t, unitFits("What is the Italian word for red wine?", wine2)["rosso /rˈosso/\nred"])
}

// TestGlossedEntryHasNoStemRival: an entry glossed with the very word a
// translation question asks for has no rival in an entry that only
// shares the word's stem in another word ("liquidate" for "liquid"); a
// quoted phrase is asked whole, small words and all.
func TestGlossedEntryHasNoStemRival(t *testing.T) {
	liquid := []doc{
		{"itaeng/liquido-likwido.txt", "liquido-likwido.txt", "liquido /lˈikwido/\nliquid\n"},
		{"itaeng/uccidere-tidere.txt", "uccidere-tidere.txt", "uccidere /ʊtʃːˈidere/\nkill, liquidate, slay\n"},
		{"itaeng/ammazzare-ammattsare.txt", "ammazzare-ammattsare.txt", "ammazzare /ammatsːˈare/\nkill, liquidate, slay\n"},
	}
	r := New(nil)
	a := r.Read("What is the Italian word for liquid?", sources(liquid...))
	require.False(t, a.Declined(), r.Explain("What is the Italian word for liquid?", sources(liquid...), 3))
	assert.Equal(t, "liquido /lˈikwido/\nliquid", answerText(a, sources(liquid...)))
	assert.Equal(t, 1.0, feature(a, "margin"))
	// Two entries glossed with the word itself are rivals.
	fluid := append(liquid[:1:1], doc{"itaeng/fluido-fluido.txt", "fluido-fluido.txt", "fluido /flˈuido/\nfluid, liquid\n"})
	assert.Less(t, feature(r.Read("What is the Italian word for liquid?", sources(fluid...)), "margin"), 1.0)
	// "either ... or" is asked, not "either": si's sense "if, either,
	// whether" glosses another word.
	either := doc{"fraeng/si-si.txt", "si-si.txt", "si /si/\n1. accordingly, so, then, therefore\n6. if, either, whether\n"}
	assert.Less(t, unitFits("How do you say 'either ... or' in French?", either)["6. if, either, whether"], 1.0)
	assert.Equal(t, 1.0, unitFits("How do you say 'either' in French?", either)["6. if, either, whether"])
}

// TestVetoedConfidence: a decline by a veto (the unit states no value of
// the asked kind) reports no confidence, so that what the reader reports
// and what it did agree: it declines exactly below Threshold.
func TestVetoedConfidence(t *testing.T) {
	r := New(nil)
	srcs := sources(doc{"entries/korvath.md", "Korvath Tunnel", "# Korvath Tunnel\n\nThe Korvath Tunnel is a railway tunnel in Norvania. It is very long and was opened by the king.\n"})
	a := r.Read("How long is the Korvath Tunnel?", srcs)
	require.True(t, a.Declined(), r.Explain("How long is the Korvath Tunnel?", srcs, 3))
	assert.Less(t, a.Confidence, Threshold)
	a = r.Read("How long is the Korvath Tunnel?", sources(prose))
	require.False(t, a.Declined())
	assert.GreaterOrEqual(t, a.Confidence, Threshold)
}

// TestHeadwordLineAndGloss: a dictionary's headword line (the headword,
// its pronunciation, its part of speech) defines nothing, also when the
// file name writes the hyphen of the headword as "_"; the line after the
// pronunciation's is the entry's gloss, however short, unless it only
// repeats the headword.
func TestHeadwordLineAndGloss(t *testing.T) {
	feather := doc{"gcide/feather_heeled.txt", "feather_heeled.txt", "Feather-heeled\nFeather-heeled \\Feath\"er-heeled`\\, a.\n   Light-heeled; gay; frisky; frolicsome. [Colloq.]\n   [1913 Webster]\n"}
	hudson := doc{"fraeng/baie-d-hudson-bdys-n-fem.txt", "baie-d-hudson-bdys-n-fem.txt", "baie d'Hudson /bɛdysɔ̃/ <n, fem>\nHudson Bay\n"}
	tests := []struct {
		q    string
		docs []doc
		want string
	}{
		{"What does feather-heeled mean?", []doc{feather}, "Light-heeled"},
		{"What is the baie d'Hudson called in English?", []doc{hudson}, "Hudson Bay"},
	}
	for _, tt := range tests {
		got, why := best(tt.q, tt.docs...)
		assert.Contains(t, got, tt.want, "%s\n%s", tt.q, why)
	}
	units := []struct {
		path, text string
		head       bool
	}{
		{"gcide/feather_heeled.txt", "Feather-heeled\nFeather-heeled \\Feath\"er-heeled`\\, a.\n", true},
		{"fraeng/the-te-n-masc.txt", "thé /te/ <n, masc>\ntea\n", false},
		{"fraeng/menu-mny-n-masc.txt", "menu /məny/ <n, masc>\nmenu\n", true},
		{"fraeng/mars-ma-n-fem.txt", "mars /maʀ/ <n, fem>\nMarch\n", false},
		{"jargon/softcopy.txt", "softcopy /soft'kop·ee/, n.\n", true},
	}
	for _, u := range units {
		p := prepare(sources(doc{u.path, path.Base(u.path), u.text})[0], 0)
		assert.Equal(t, u.head, p.headword(0), "%q", u.text)
	}
}

// TestRowKeyIsNoName: a code table's row ("MW<tab>Malawi" of tzdata's
// iso3166.tab) keys its record by the country's code; asked for a name
// the country has in another table (its time zone), the code is no
// answer, while a row's name for a given code still is.
func TestRowKeyIsNoName(t *testing.T) {
	iso := doc{"tzdata/iso3166.tab", "iso3166.tab", "MV\tMaldives\nMW\tMalawi\nMX\tMexico\n"}
	r := New(nil)
	srcs := sources(iso)
	q := "What time zone name should I set for a computer in Malawi?"
	for _, c := range r.candidates(analyze(q, r.idf), srcs) {
		if u := c.p.units[c.unit]; strings.HasPrefix(c.p.text[u.Start:u.End], "MW") {
			assert.LessOrEqual(t, c.fit, 0.5, "the country's code names no zone")
		}
	}
	got, why := best("Which country has the code MW in iso3166.tab?", iso)
	assert.Contains(t, got, "Malawi", why)
	for _, q := range []string{"What's the tz identifier for Malawi?", "What time zone identifier does Malawi use?", "Which time zone does Malawi use?"} {
		a := analyze(q, r.idf)
		assert.True(t, a.zone && a.kind == Name, "%s: a zone's name is asked", q)
		assert.True(t, r.Read(q, srcs).Declined(), "%s: the country's code is no zone", q)
	}
}

// TestCommandIsNoProseCompound: a manual's sentence names no command
// with a hyphenated word of prose ("non-trivial", "auto-generated") or
// with a file's name ("the Contents-i386 file"); "The apt-file command"
// still names one.
func TestCommandIsNoProseCompound(t *testing.T) {
	text := "If the package makes use of these non-trivial maintainer scripts, be sure to test not only for install but also for remove, purge, and upgrade processes.\n\n" +
		"To prevent installation problems on different systems, you must make sure that there are no filenames conflicting with other existing packages, using the Contents-i386 file downloaded from the Debian archive. The apt-file command may be handy for this task.\n"
	d := doc{"maintguide/checkit.en.html", "Checking the package for errors", text}
	fits := unitFits("Which command may be handy for checking that your package has no filenames conflicting with other existing packages?", d)
	for unit, want := range map[string]float64{
		"If the package makes use of these non-trivial maintainer scripts, be sure to test not only for install but also for remove, purge, and upgrade processes.":                                                        0.2,
		"To prevent installation problems on different systems, you must make sure that there are no filenames conflicting with other existing packages, using the Contents-i386 file downloaded from the Debian archive.": 0.2,
		"The apt-file command may be handy for this task.": 1,
	} {
		if assert.Contains(t, fits, unit) {
			assert.Equal(t, want, fits[unit], unit)
		}
	}
}

// TestNameIsNoSentenceOpener: every sentence opens with a capital, so a
// first word the dictionary knows ("Commands that support …") is no name;
// a name the dictionary does not know ("Debian") still is one there.
func TestNameIsNoSentenceOpener(t *testing.T) {
	text := "Commands that support the enhanced option parser allow you to aggregate short options. Debian ships the parser in its git package.\n"
	d := doc{"gitdoc/gitcli.html", "gitcli", text}
	fits := unitFits("Which example is given of aggregating short options?", d)
	assert.Equal(t, map[string]float64{
		"Commands that support the enhanced option parser allow you to aggregate short options.": 0.3,
		"Debian ships the parser in its git package.":                                            1,
	}, fits)
}

// TestPhraseSubEntry: a dictionary entry defines its headword first and
// the phrases it is used in after ("{To unsheathe the sword}, to make
// war."): a question whose subject is the whole phrase is answered by
// the phrase's sub-entry, one about the headword alone by its sense.
func TestPhraseSubEntry(t *testing.T) {
	d := doc{"gcide/unsheathe.txt", "unsheathe.txt", "Unsheathe\nUnsheathe \\Un*sheathe\"\\, v. t. [1st pref. un- + sheath.]\n   To deprive of a sheath; to draw from the sheath or scabbard,\n   as a sword.\n   [1913 Webster]\n\n   {To unsheathe the sword}, to make war.\n      [1913 Webster]\n"}
	got, why := best("What does it mean figuratively to unsheathe the sword?", d)
	assert.Contains(t, got, "to make war", why)
	got, why = best("What does unsheathe mean?", d)
	assert.Contains(t, got, "To deprive of a sheath", why)
}

// TestSetAsideListed: "Besides fame and glory" sets aside each thing it
// lists: a sense that says one of them and no more than another word
// ("fame, renown") is set aside, one that says more with it ("administer
// the last sacraments" besides "administer and manage") is not.
func TestSetAsideListed(t *testing.T) {
	rep := doc{"itaeng/reputazione-reputattsjone.txt", "reputazione-reputattsjone.txt", "reputazione /reputattsjˈone/\nfame, renown\n\nreputazione /reputattsjˈone/\nhearsay, repute, rumour\n"}
	got, why := best("Besides fame and glory, what else can the Italian noun reputazione mean?", rep)
	assert.Contains(t, got, "hearsay", why)
	amm := doc{"itaeng/amministrare-amministrare.txt", "amministrare-amministrare.txt", "amministrare /amministrˈare/\nadminister, manage\n\namministrare /amministrˈare/\nadminister the last sacraments\n"}
	got, why = best("Besides administer and manage, what does amministrare mean?", amm)
	assert.Contains(t, got, "sacraments", why)
}

// TestRangeHoldsCodePoint: Unicode's data files key a row by a range of
// code points ("2100..214F; Letterlike Symbols"): a code point the
// question gives ("U+2126", whose digits read as a number too) binds the
// row whose range holds it, not a row of another range.
func TestRangeHoldsCodePoint(t *testing.T) {
	blocks := doc{"unicode/Blocks.txt", "Blocks.txt", "# Blocks-15.0.0.txt\n#\n# Format:\n# Start Code..End Code; Block Name\n\n20A0..20CF; Currency Symbols\n20D0..20FF; Combining Diacritical Marks for Symbols\n2100..214F; Letterlike Symbols\n2150..218F; Number Forms\n2190..21FF; Arrows\n"}
	got, why := best("Which block contains U+2126?", blocks)
	assert.Contains(t, got, "Letterlike Symbols", why)
	r := New(nil)
	for q, want := range map[string]string{
		"Which block contains U+2126?":    "2100..214F; Letterlike Symbols",
		"Which block is U+1F4A9 part of?": "", // no range holds it
	} {
		for _, c := range r.candidates(analyze(q, r.idf), sources(blocks)) {
			u := c.p.units[c.unit]
			if text := c.p.text[u.Start:u.End]; text == want {
				assert.InDelta(t, 0.9, c.bind, 1e-9, "%s: %s", q, text) // below the code's own row ("2126;OHM SIGN;…")
			} else {
				assert.Less(t, c.bind, 0.9, "%s: %s", q, text)
			}
		}
	}
}

// TestReviewCounterExamples24: an outside tester's documents, each a
// class the session's rules had to keep right.
func TestReviewCounterExamples24(t *testing.T) {
	zone := doc{"tz/zone.tab", "zone.tab", "# tzdb timezone descriptions\n#\n# 3.  Zone name used in value of TZ environment variable.\n#\n#country-\n#code\tcoordinates\tTZ\t\t\tcomments\nGP\t+1614-06132\tAmerica/Guadeloupe\nGQ\t+0345+00847\tAfrica/Malabo\nGR\t+3758+02343\tEurope/Athens\n"}
	iso := doc{"tz/iso3166.tab", "iso3166.tab", "# ISO 3166 alpha-2 country codes\n#\nGP\tGuadeloupe\nGQ\tEquatorial Guinea\nGR\tGreece\n"}
	tools := doc{"guide2/tools.txt", "tools.txt", "The needs-restarting command reports which processes still use old libraries after an update. Non-trivial setups need more care.\n"}
	apt := doc{"guide/checks.txt", "checks.txt", "For quick local experiments, the auto-apt command can install missing packages on demand while a build runs, but never rely on it for an upload.\n"}
	dists := doc{"guide/dists.txt", "dists.txt", "Unstable is the distribution that receives every new upload first. Testing receives packages after they have aged.\n"}
	lantern := doc{"webster/lantern.txt", "lantern.txt", "Lantern\nLantern \\Lan\"tern\\, n.\n   Something inclosing a light.\n   [1913 Webster]\n\n   {Magic lantern slide}, a painted glass plate made to be shown with the magic lantern.\n\n   {Magic lantern}, an optical instrument which throws an enlarged image on a screen.\n"}
	tests := []struct {
		q    string
		docs []doc
		want string
	}{
		{"Which time zone is listed for country code GP?", []doc{iso, zone}, "America/Guadeloupe"},
		{"Which command reports which processes still use old libraries after an update?", []doc{tools}, "needs-restarting"},
		{"Which command can install missing packages on demand while a build runs?", []doc{apt}, "auto-apt"},
		{"Which distribution receives every new upload first?", []doc{dists}, "Unstable"},
		{"What is a magic lantern?", []doc{lantern}, "optical instrument"},
	}
	for _, tt := range tests {
		got, why := best(tt.q, tt.docs...)
		assert.Contains(t, got, tt.want, "%s\n%s", tt.q, why)
	}
	pain := doc{"frdict/pain-p-n-masc.txt", "pain-p-n-masc.txt", "pain /pɛ̃/ <n, masc>\nbread\n"}
	q := "Besides bread, what else does pain mean?"
	srcs := sources(pain)
	a := New(nil).Read(q, srcs)
	assert.True(t, a.Declined(), "the entry says only what the question sets aside: %s", answerText(a, srcs))
}

// TestReviewCounterExamples24b: the first review's counter-examples, in
// the style of the files each came from.
func TestReviewCounterExamples24b(t *testing.T) {
	bronch := doc{"gcide/bronchiolar.txt", "bronchiolar.txt", "bronchiolar\nbronchiolar \\bron*chi*o\"lar\\ (br[o^]n*k[imac]*[=o]\"l[.a]r),\n   adj.\n   of or pertaining to a bronchiole.\n   [WordNet 1.5]\n"}
	air := doc{"fraeng/resistance-a-l-air-ezistas-a-l-n-fem.txt", "resistance-a-l-air-ezistas-a-l-n-fem.txt", "résistance à l'air /ʀezistɑ̃s a lɛʀ/ <n, fem>\nair-resistance\n"}
	zone := doc{"tz/zone.tab", "zone.tab", "MS\t+1643-06213\tAmerica/Montserrat\nMT\t+3554+01431\tEurope/Malta\nMU\t-2010+05730\tIndian/Mauritius\nMV\t+0410+07330\tIndian/Maldives\nMX\t+2550-09730\tAmerica/Matamoros\tCoahuila, Nuevo Leon, Tamaulipas (US border)\n"}
	iso := doc{"tz/iso3166.tab", "iso3166.tab", "LA\tLaos\nLB\tLebanon\nLC\tSt Lucia\n"}
	autoapt := doc{"guide/auto.txt", "auto.txt", "The auto-apt package installs missing packages on demand while a program runs. The apt-file command searches the Contents files of the archive.\n"}
	hooks := doc{"gitdoc/githooks.txt", "githooks", "HOOKS\n\npre-commit\n\nThis hook is invoked by git-commit(1), and can be bypassed with the --no-verify option.\n\nThe default pre-commit hook, when enabled, catches introduction of lines with trailing whitespaces and aborts the commit when such a line is found.\n"}
	sheathe := doc{"gcide/unsheathe.txt", "unsheathe.txt", "Unsheathe\nUnsheathe \\Un*sheathe\"\\, v. t. [1st pref. un- + sheath.]\n   To deprive of a sheath; to draw from the sheath or scabbard,\n   as a sword.\n   [1913 Webster]\n\n   {To unsheathe the sword}, to make war.\n      [1913 Webster]\n"}
	tests := []struct {
		q    string
		docs []doc
		want string
	}{
		{"What does bronchiolar mean?", []doc{bronch}, "bronchiole"},
		{"What does the French 'résistance à l'air' mean in English?", []doc{air}, "air-resistance"},
		{"What time zone does Mauritius use?", []doc{zone}, "Indian/Mauritius"},
		{"Which package installs missing packages on demand?", []doc{autoapt}, "auto-apt"},
		{"Which hook catches introduction of lines with trailing whitespaces by default?", []doc{hooks}, "pre-commit"},
		{"What does unsheathe mean when said of a sword?", []doc{sheathe}, "To deprive of a sheath"},
	}
	for _, tt := range tests {
		got, why := best(tt.q, tt.docs...)
		assert.Contains(t, got, tt.want, "%s\n%s", tt.q, why)
	}
	a := New(nil).Read("What time zone identifier does Lebanon use?", sources(iso))
	assert.True(t, a.Declined(), "a country's code is no zone's name")
}

// TestRivalMustBeOfAskedKind: a unit that states no value of the kind
// asked ("alpha_2": "SK" for a four-letter code, fit 0.2) is no rival
// answer to the one that does, however well it binds the subject: the
// record of iso_3166-3.json answers with its alpha_4 field, not declining
// for want of a margin over the state's "IN-SK" in iso_3166-2.json.
func TestRivalMustBeOfAskedKind(t *testing.T) {
	d := doc{"iso_3166-3.json", "iso_3166-3.json", "    {\n      \"alpha_2\": \"RH\",\n      \"alpha_3\": \"RHO\",\n      \"alpha_4\": \"RHZW\",\n      \"name\": \"Southern Rhodesia\",\n      \"numeric\": \"716\",\n      \"withdrawal_date\": \"1980\"\n    },\n    {\n      \"alpha_2\": \"SK\",\n      \"alpha_3\": \"SKM\",\n      \"alpha_4\": \"SKIN\",\n      \"name\": \"Sikkim\",\n      \"withdrawal_date\": \"1975\"\n    },\n"}
	sub := doc{"iso_3166-2.json", "iso_3166-2.json", "    {\n      \"code\": \"IN-SK\",\n      \"name\": \"Sikkim\",\n      \"type\": \"State\"\n    },\n"}
	q := "What is the four-letter code of the former country Sikkim?"
	srcs := sources(d, sub)
	r := New(nil)
	a := r.Read(q, srcs)
	assert.Equal(t, `"alpha_4": "SKIN",`, answerText(Answer{Pieces: a.Best}, srcs), r.Explain(q, srcs, 3))
	assert.Equal(t, 1.0, feature(a, "margin"), "no rival states a four-letter code")
	assert.Equal(t, 0.0, feature(a, "crowd"), "nor crowds round it")
}

func TestLocator(t *testing.T) {
	for _, c := range []struct {
		w    string
		want bool
	}{
		{"https://wiki.debian.org/systemd", true},
		{"bug-texinfo@gnu.org", true},
		{"/var/lib/dpkg/diversions", true},
		{"~/.config/autostart", true},
		{"1F403", true},
		{"A490..A4CF", true},
		{"3400..4DBF", true}, // a range whose ends open with decimal digits
		{"bdb4", false},      // a library's name, in lower case
		{"2100", false},
		{"text/plain", false},     // a type, written as a relative path
		{"NamesList.html", false}, // a file's name
		{"/libeʀi/", false},       // a word's sound
		{"Debian", false},
		{"2015", false},
		{"@", false},
	} {
		assert.Equal(t, c.want, locator(c.w), c.w)
	}
}

// A manual's "where can I find …" is answered by an address or a path,
// written in lower case: it fits as well as a place's name does.
func TestWhereWantsALocator(t *testing.T) {
	for _, c := range []struct{ q, unit string }{
		{"Where can I find more information on systemd for Debian?", "For more information on systemd for Debian, see https://wiki.debian.org/systemd."},
		{"Where should bug reports for GNU Texinfo be sent?", "GNU Texinfo bug reports to: bug-texinfo@gnu.org"},
		{"Where does dpkg keep the record of diversions?", "the record of diversions is kept in /var/lib/dpkg/diversions by dpkg"},
	} {
		fits := unitFits(c.q, doc{"a.txt", "", c.unit})
		assert.Equal(t, 1.0, fits[c.unit], c.q)
	}
}

// Look-alike units that the question does not tell apart crowd round the
// best one: the calibrator counts them (up to five), and the more there
// are, the less it trusts the best.
func TestCrowdCountsLookAlikes(t *testing.T) {
	rows := []doc{
		{"a.txt", "", "AA:Armed Forces Americas"},
		{"e.txt", "", "AE:Armed Forces Europe"},
		{"p.txt", "", "AP:Armed Forces Pacific"},
	}
	q := "Which two-letter postal code do the Armed Forces use?"
	r := New(nil)
	one := r.Read(q, sources(rows[0]))
	three := r.Read(q, sources(rows...))
	assert.Equal(t, 0.0, feature(one, "crowd"))
	assert.Equal(t, 0.4, feature(three, "crowd"))
	assert.Less(t, three.Confidence, one.Confidence)
	// The same words in two passages are one rival.
	again := r.Read(q, sources(rows[0], rows[1], doc{"e2.txt", "", rows[1].text}))
	assert.Equal(t, 0.2, feature(again, "crowd"))
}

// "Where is the … block?" of Blocks.txt: the range says where; the block
// whose name is "Extended-A" is another one, however its capitals fit.
func TestWhereWantsACodeSpaceRange(t *testing.T) {
	d := doc{"Blocks.txt", "", "1AB0..1AFF; Combining Diacritical Marks Extended\n18B0..18FF; Unified Canadian Aboriginal Syllabics Extended\n11AB0..11ABF; Unified Canadian Aboriginal Syllabics Extended-A\n"}
	q := "Where in the code space does the Unified Canadian Aboriginal Syllabics Extended block sit?"
	got, why := best(q, d)
	assert.Equal(t, "18B0..18FF; Unified Canadian Aboriginal Syllabics Extended", got, why)
}

// A vendor table's row names a company without a column saying so: the
// cap on rows for people ("a table row names people only under a column
// that says so") is not for a question after a maker.
func TestMakerInARow(t *testing.T) {
	d := doc{"usb.ids", "", "108b  Grand-tek Technology Co., Ltd\n\t0005  HID Keyboard/Mouse PS/2 Translator\n108c  Robert Bosch GmbH\n"}
	fits := unitFits("Which manufacturer does the USB vendor code 108b belong to?", d)
	assert.Equal(t, 1.0, fits["108b  Grand-tek Technology Co., Ltd"], fits)
}

// "USB vendor ID 05a5" is a maker's code: in usb.ids it is the key of a
// top row, not of Kodak's product "05a5  Digital Camera" listed under
// another vendor.
func TestMakerCodeIsATopRow(t *testing.T) {
	kodak := doc{"usb.ids", "", "040a  Kodak Co.\n\t05a4  Digital Camera\n\t05a5  Digital Camera\n\t05a6  Digital Camera\n"}
	sampo := doc{"usb.ids", "", "\t9862  Targus Number Keypad (Composite Device)\n\t9881  IR receiver [VRC-1100 Vista MCE Remote Control]\n05a5  Sampo Technology Corp.\n05a6  Cisco Systems, Inc.\n"}
	q := "Which company is registered under USB vendor ID 05a5?"
	r := New(nil)
	srcs := sources(kodak, sampo)
	var camera, vendor float64
	for _, c := range r.candidates(analyze(q, r.idf), srcs) {
		switch u := c.p.units[c.unit]; c.p.text[u.Start:u.End] {
		case "\t05a5  Digital Camera", "05a5  Digital Camera":
			camera = c.bind
		case "05a5  Sampo Technology Corp.":
			vendor = c.bind
		}
	}
	assert.Less(t, camera, vendor, r.Explain(q, srcs, 3))
	got, why := best(q, kodak, sampo)
	assert.Equal(t, "05a5  Sampo Technology Corp.", got, why)
}

// "What's the jargon word for …": a term question however the word is
// qualified; the Jargon File's entry answers with its headword line.
func TestQualifiedTermAsksHeadword(t *testing.T) {
	d := doc{"ambimouseterous.txt", "ambimouseterous", "ambimouseterous\n /am·b@·mows'ter·us/, /am·b@·mows´trus/, adj\n\n    [modeled on ambidextrous] Able to use a mouse with either hand.\n"}
	got, why := best("What's the jargon word for someone who can use a mouse equally well with either hand?", d)
	assert.True(t, strings.HasPrefix(got, "ambimouseterous\n"), "%q\n%s", got, why)
}

// A JSON Schema says what a field holds in the "description" of the
// object the field's key opens, not in its "pattern" or "type", and a
// question that names the schema by its standard's number ("the ISO 639-5
// schema") is not answered from the schema of another number, which
// describes a field of the same key (iso-codes' schema-639-5.json and
// schema-639-2.json).
func TestSchemaDescribesNamedField(t *testing.T) {
	five := doc{"schema-639-5.json", "schema-639-5.json", "{\n  \"$schema\": \"http://json-schema.org/draft-04/schema#\",\n\n  \"title\": \"ISO 639-5\",\n  \"description\": \"ISO 639-5 language family and groups codes\",\n  \"type\": \"object\",\n\n  \"properties\": {\n\t\"639-5\": {\n      \"type\": \"array\",\n      \"items\": {\n        \"type\": \"object\",\n        \"properties\": {\n          \"alpha_3\": {\n            \"description\": \"Three letter code of the language family or group\",\n            \"type\": \"string\",\n            \"pattern\": \"^[a-z]{3}$\"\n          },\n          \"name\": {\n            \"description\": \"Name of the language family or group\",\n            \"type\": \"string\",\n            \"minLength\": 1\n          }\n        },\n        \"required\": [\"alpha_3\", \"name\"],\n        \"additionalProperties\": false\n      }\n    }\n  },\n  \"additionalProperties\": false\n}\n"}
	two := doc{"schema-639-2.json", "schema-639-2.json", "{\n  \"$schema\": \"http://json-schema.org/draft-04/schema#\",\n\n  \"title\": \"ISO 639-2\",\n  \"description\": \"ISO 639-2 language codes\",\n  \"type\": \"object\",\n\n  \"properties\": {\n\t\"639-2\": {\n      \"type\": \"array\",\n      \"items\": {\n        \"type\": \"object\",\n        \"properties\": {\n          \"alpha_3\": {\n            \"description\": \"Three letter terminology code of the language\",\n            \"type\": \"string\",\n            \"pattern\": \"^[a-z]{3}(-[a-z]{3})?$\"\n          },\n          \"name\": {\n            \"description\": \"Name of the item\",\n            \"type\": \"string\",\n            \"minLength\": 1\n          },\n          \"alpha_2\": {\n            \"description\": \"Two letter alphabetic code of the language from part 1 (optional)\",\n            \"type\": \"string\",\n            \"pattern\": \"^[a-z]{2}$\"\n          },\n"}
	srcs := sources(two, five)
	r := New(nil)
	for _, tc := range []struct{ q, want string }{
		{"In the ISO 639-5 JSON schema, what does the alpha_3 field hold?", "Three letter code of the language family or group"},
		{"In the ISO 639-2 schema, how is the alpha_3 property described?", "Three letter terminology code of the language"},
		{"In the ISO 639-5 schema, what is the description of the name property?", "Name of the language family or group"},
	} {
		a := r.Read(tc.q, srcs)
		assert.Equal(t, tc.want, answerText(Answer{Pieces: a.Best}, srcs), r.Explain(tc.q, srcs, 4))
	}
}

// A manual answers "how can I …" with the command that does it; the
// sentence over the command, which restates the task in prose, is no
// answer (Debian Reference, ch09: the screen under it holds "split -b").
func TestProcedureWantsCode(t *testing.T) {
	d := doc{"ch09.en.html", "ch09.en.html", "When a data is too big to backup as a single file, you can backup its content after splitting it into, e.g. 2000MiB chunks and merge those chunks back into the original file later.\n\n$ split -b 2000m large_file\n$ cat x* >large_file\n"}
	srcs := sources(d)
	r := New(nil)
	q := "How can I cut a file that is too big to back up as a single file into 2000MiB pieces?"
	a := r.Read(q, srcs)
	if !a.Declined() {
		assert.Contains(t, answerText(a, srcs), "split -b 2000m", r.Explain(q, srcs, 3))
	}
	q = "How can I merge the chunks of a file split for backup back into the original file?"
	a = r.Read(q, srcs)
	if !a.Declined() {
		assert.Contains(t, answerText(a, srcs), "cat x*", r.Explain(q, srcs, 3))
	}
}

// A sentence that opens with "This command" speaks of the term above it
// (Mutt's manual: a usage line, then what the command does), whatever
// other command it names: fcc-save-hook's "a shortcut for both a fcc-hook
// and a save-hook" says nothing of what fcc-hook is for; fcc-hook's own
// "This command is used to save outgoing mail …" does.
func TestDemonstrativeSpeaksOfTermAbove(t *testing.T) {
	save := doc{"manual.txt", "manual.txt", "20.\u00a0Specify Default Save Filename and Default Fcc: Mailbox at Once\n\nUsage:\n\nfcc-save-hook [!]pattern mailbox\n\nThis command is a shortcut, almost equivalent to doing both a fcc-hook and a\nsave-hook with its arguments, including %-expansion on mailbox according to\n$index_format.\n\nNote, however that the fcc-save-hook is not designed to take advantage of\nmultiple mailboxes, as fcc-hook is. For correct behavior, you should use\nseparate fcc and save hooks in that case.\n\n21.\u00a0Change Settings Based Upon Message Recipients\n\nUsage:\n\nreply-hook [!]pattern command\nsend-hook [!]pattern command\nsend2-hook [!]pattern command"}
	fcc := doc{"manual.txt", "manual.txt", "Example\u00a03.14.\u00a0Using %-expandos in save-hook\n\n# default: save all to ~/Mail/<author name>\nsave-hook . ~/Mail/%F\n\n# save from me@turing.cs.hmc.edu and me@cs.hmc.edu to $folder/elkins\nsave-hook me@(turing\\\\.)?cs\\\\.hmc\\\\.edu$ +elkins\n\n# save from aol.com to $folder/spam\nsave-hook aol\\\\.com$ +spam\n\n\nAlso see the fcc-save-hook command.\n\n19.\u00a0Specify Default Fcc: Mailbox When Composing\n\nUsage:\n\nfcc-hook [!]pattern mailbox\n\nThis command is used to save outgoing mail in a mailbox other than $record.\nMutt searches the initial list of message recipients for the first matching \npattern and uses mailbox as the default Fcc: mailbox. If no match is found the\nmessage will be saved to $record mailbox."}
	srcs := sources(save, fcc)
	r := New(nil)
	q := "What is the fcc-hook command used for?"
	a := r.Read(q, srcs)
	assert.Contains(t, answerText(Answer{Pieces: a.Best}, srcs), "save outgoing mail", r.Explain(q, srcs, 3))
}

// A year before 1000 is written with its era ("held a. d. 325", GCIDE's
// Antenicene): it states the year a date question asks.
func TestEraYearIsADate(t *testing.T) {
	srcs := sources(doc{"antenicene.txt", "antenicene.txt", "Antenicene\nAntenicene \\An`te*ni\"cene\\, a. [L.]\n   Of or in the Christian church or era, anterior to the first\n   council of Nice, held a. d. 325; as, antenicene faith.\n   [1913 Webster]\n"})
	r := New(nil)
	q := "In what year was the first council of Nice held?"
	cands := r.candidates(analyze(q, r.idf), srcs)
	require.NotEmpty(t, cands)
	assert.Contains(t, answerText(Answer{Pieces: []Piece{analyze(q, r.idf).piece(cands[0])}}, srcs), "325", r.Explain(q, srcs, 3))
	assert.Equal(t, 1.0, cands[0].fit, r.Explain(q, srcs, 3))
}

// A bracket that names a register and where it is used ("[Local, U.S.]",
// "[Slang, Eng.]", GCIDE's Savanilla) labels the sense; with the source
// tag under it, it says nothing of its own.
func TestRegionLabelSaysNothing(t *testing.T) {
	assert.True(t, labelsOnly("[Local, U.S.]\n   [1913 Webster]"))
	assert.True(t, labelsOnly("[Slang, U. S. & Dial. Eng.]"))
	assert.False(t, labelsOnly("[Local name for the tarpum.]"))
	srcs := sources(doc{"savanilla.txt", "savanilla.txt", "Savanilla\nSavanilla \\Sav`a*nil\"la\\, n. (Zool.)\n   The tarpum. [Local, U.S.]\n   [1913 Webster]\n"})
	r := New(nil)
	q := "In local U.S. usage, which fish is called a savanilla?"
	a := r.Read(q, srcs)
	assert.NotContains(t, answerText(Answer{Pieces: a.Best}, srcs), "[1913 Webster]", r.Explain(q, srcs, 3))
}

// A name written with underscores is one name, though the shared
// tokenizer splits it into words: "mime_type_query_first" is not bound by
// the section of mime_type_query_command, which writes its parts (Mutt's
// manual, variables 3.194 and 3.195).
func TestUnderscoreNameIsOneName(t *testing.T) {
	srcs := sources(doc{"manual.txt", "manual.txt", "3.194.\u00a0mime_type_query_command\n\nType:\u00a0string\nDefault:\u00a0(empty)\n\nThis specifies a command to run, to determine the mime type of a new attachment\nwhen composing a message. Unless $mime_type_query_first is set, this will only\nbe run if the attachment's extension is not found in the mime.types file.\n\nThe string may contain a \u201c%s\u201d, which will be substituted with the attachment\nfilename. Mutt will add quotes around the string substituted for \u201c%s\u201d\nautomatically according to shell quoting rules, so you should avoid adding your\nown. If no \u201c%s\u201d is found in the string, Mutt will append the attachment\nfilename to the end of the string.\n\nThe command should output a single line containing the attachment's mime type.\n\nSuggested values are \u201cxdg-mime query filetype\u201d or \u201cfile -bi\u201d.\n\n3.195.\u00a0mime_type_query_first\n\nType:\u00a0boolean\nDefault:\u00a0no\n\nWhen set, the $mime_type_query_command will be run before the mime.types\nlookup.\n\n"})
	r := New(nil)
	q := "What is the type of Mutt's mime_type_query_first configuration variable?"
	a := r.Read(q, srcs)
	assert.Contains(t, answerText(Answer{Pieces: a.Best}, srcs), "boolean", r.Explain(q, srcs, 3))
	assert.Equal(t, "mime_type_query_first", analyze(q, r.idf).identifierOf(analyze(q, r.idf).words[2]))
}

// A leading phrase set apart by a comma ("In Mutt, …") does not move the
// question's words off the name they are part of: the name is read from
// the question proper, where their offsets point.
func TestUnderscoreNameAfterLeadingPhrase(t *testing.T) {
	q := analyze("In Mutt, what is the type of the mime_type_query_first variable?", func(string) float64 { return 1 })
	var idents []string
	for _, w := range q.words {
		if w.ident != "" {
			idents = append(idents, w.lower+"="+w.ident)
		}
	}
	assert.Equal(t, []string{"mime=mime_type_query_first", "type=mime_type_query_first", "query=mime_type_query_first"}, idents)
}

// A question that names a field by a key that is also an English stop
// word ("the name field") is about that field: the key binds the units
// that write it, and the answer is the description of the object the key
// opens, though "name" is asked in many of a schema's descriptions
// (iso-codes' schema-15924.json and schema-4217.json; "script" in "Name
// of the script" is a word, not a dictionary's usage label).
func TestSchemaStopWordFieldKey(t *testing.T) {
	scripts := doc{"schema-15924.json", "", "{\n  \"$schema\": \"http://json-schema.org/draft-04/schema#\",\n\n  \"title\": \"ISO 15924\",\n  \"description\": \"Codes for the representation of names of scripts\",\n  \"type\": \"object\",\n\n  \"properties\": {\n\t\"15924\": {\n      \"type\": \"array\",\n      \"items\": {\n        \"type\": \"object\",\n        \"properties\": {\n          \"alpha_4\": {\n            \"description\": \"Four letter alphabetic code of the script\",\n            \"type\": \"string\",\n            \"pattern\": \"^[A-Z][a-z]{3}$\"\n          },\n          \"name\": {\n            \"description\": \"Name of the script\",\n            \"type\": \"string\",\n            \"minLength\": 1\n          },\n          \"numeric\": {\n            \"description\": \"Three digit numeric code of the script, including leading zeros\",\n            \"type\": \"string\",\n            \"pattern\": \"^[0-9]{3}$\"\n          }\n        },\n        \"required\": [\"alpha_4\", \"name\", \"numeric\"],\n        \"additionalProperties\": false\n      }\n    }\n  },\n  \"additionalProperties\": false\n}\n"}
	currencies := doc{"schema-4217.json", "", "{\n  \"$schema\": \"http://json-schema.org/draft-04/schema#\",\n\n  \"title\": \"ISO 4217\",\n  \"description\": \"ISO 4217 language family and groups codes\",\n  \"type\": \"object\",\n\n  \"properties\": {\n\t\"4217\": {\n      \"type\": \"array\",\n      \"items\": {\n        \"type\": \"object\",\n        \"properties\": {\n          \"alpha_3\": {\n            \"description\": \"Three letter code of the currency\",\n            \"type\": \"string\",\n            \"pattern\": \"^[A-Z]{3}$\"\n          },\n          \"name\": {\n            \"description\": \"Name of currency\",\n            \"type\": \"string\",\n            \"minLength\": 1\n          },\n          \"numeric\": {\n            \"description\": \"Three digit numeric code of the item, including leading zeros\",\n            \"type\": \"string\",\n            \"pattern\": \"^[0-9]{3}$\"\n          }\n        },\n        \"required\": [\"alpha_3\", \"name\", \"numeric\"],\n        \"additionalProperties\": false\n      }\n    }\n  },\n  \"additionalProperties\": false\n}\n"}
	srcs := sources(scripts, currencies)
	r := New(nil)
	for _, tc := range []struct{ q, want string }{
		{"In the ISO 15924 schema, what is the name field's description?", "Name of the script"},
		{"How does the ISO 4217 schema describe its name field?", "Name of currency"},
	} {
		a := r.Read(tc.q, srcs)
		assert.Equal(t, tc.want, answerText(Answer{Pieces: a.Best}, srcs), r.Explain(tc.q, srcs, 4))
	}
}

// A passage cut from the middle of a JSON Schema has no "$schema" line,
// yet its "description" members over "type" members are a schema's, not
// values of a record (iso-codes' schema-639-3.json from "common_name" on).
func TestSchemaPassageWithoutHead(t *testing.T) {
	src := sources(doc{"schema-639-3.json", "", "          \"common_name\": {\n            \"description\": \"Common name of the language (optional)\",\n            \"type\": \"string\",\n            \"minLength\": 1\n          },\n          \"inverted_name\": {\n            \"description\": \"Inverted name of the language (optional)\",\n            \"type\": \"string\",\n            \"minLength\": 1\n          },\n          \"bibliographic\": {\n            \"description\": \"Three letter bibliographic code of the language from part 2 (optional)\",\n            \"type\": \"string\",\n            \"pattern\": \"^[a-z]{3}$\"\n          }\n        },\n        \"required\": [\"alpha_3\", \"name\", \"scope\", \"type\"],\n        \"additionalProperties\": false\n      }\n    }\n  },\n  \"additionalProperties\": false\n}\n"})[0]
	src.Passage.Ord = 1
	assert.True(t, prepare(src, 0).schema)
	src = sources(doc{"iso_639-3.json", "", "{\n  \"639-3\": [\n    {\n      \"alpha_3\": \"aaa\",\n      \"name\": \"Ghotuo\",\n      \"scope\": \"I\",\n      \"type\": \"L\"\n    },\n"})[0]
	assert.False(t, prepare(src, 0).schema)
}

// A question that asks which field or property ("which property is
// required …") is answered by a schema's keys: the list of required keys
// or the key that opens a field's definition, though a schema holds no
// value of a record (iso-codes' schema-3166-3.json).
func TestSchemaAskedKey(t *testing.T) {
	d := doc{"schema-3166-3.json", "", "{\n  \"$schema\": \"http://json-schema.org/draft-04/schema#\",\n\n  \"title\": \"ISO 3166-3\",\n  \"description\": \"ISO 3166-3 formerly used country codes\",\n  \"type\": \"object\",\n\n  \"properties\": {\n\t\"3166-3\": {\n      \"type\": \"array\",\n      \"items\": {\n        \"type\": \"object\",\n        \"properties\": {\n          \"alpha_2\": {\n            \"description\": \"Two letter alphabetic code of the item\",\n            \"type\": \"string\",\n            \"pattern\": \"^[A-Z]{2}$\"\n          },\n          \"alpha_3\": {\n            \"description\": \"Three letter alphabetic code of the item\",\n            \"type\": \"string\",\n            \"pattern\": \"^[A-Z]{3}$\"\n          },\n          \"alpha_4\": {\n            \"description\": \"Four letter alphabetic code of the item\",\n            \"type\": \"string\",\n            \"pattern\": \"^[A-Z]{2,4}$\"\n          },\n          \"name\": {\n            \"description\": \"Name of the item\",\n            \"type\": \"string\",\n            \"minLength\": 1\n          },\n          \"numeric\": {\n            \"description\": \"Three digit numeric code of the item, including leading zeros (optional)\",\n            \"type\": \"string\",\n            \"pattern\": \"^[0-9]{3}$\"\n          },\n          \"comment\": {\n            \"description\": \"Comment for the item (optional)\",\n            \"type\": \"string\",\n            \"minLength\": 1\n          },\n          \"withdrawal_date\": {\n            \"description\": \"Date of withdrawal from ISO 3166-1 (optional)\",\n            \"type\": \"string\",\n            \"pattern\": \"^[0-9]{4}(|-[0-9]{2}){2}$\"\n          }\n        },\n        \"required\": [\"alpha_2\", \"alpha_3\", \"alpha_4\", \"name\"],\n        \"additionalProperties\": false\n      }\n    }\n  },\n  \"additionalProperties\": false\n}\n"}
	got, why := best("Which properties are required of every entry in the ISO 3166-3 schema?", d)
	assert.Equal(t, `"required": ["alpha_2", "alpha_3", "alpha_4", "name"],`, got, why)
	q := analyze("Which properties are required of every entry in the ISO 3166-3 schema?", func(string) float64 { return 1 })
	assert.True(t, q.asksKey)
	q = analyze("What is the withdrawal date of East Germany?", func(string) float64 { return 1 })
	assert.False(t, q.asksKey)
}

// A question that asks for a range ("which code point range …") is met
// by a row that writes one, two codes joined by ".." (Unicode's
// Blocks.txt, whose passages past the first lack its "Start Code..End
// Code; Block Name" format line).
func TestRangeWordMetByRange(t *testing.T) {
	d := doc{"Blocks.txt", "", "2E80..2EFF; CJK Radicals Supplement\n2F00..2FDF; Kangxi Radicals\n2FF0..2FFF; Ideographic Description Characters\n3000..303F; CJK Symbols and Punctuation\n3040..309F; Hiragana\n30A0..30FF; Katakana\n3100..312F; Bopomofo\n3130..318F; Hangul Compatibility Jamo\n3190..319F; Kanbun\n31A0..31BF; Bopomofo Extended\n31C0..31EF; CJK Strokes\n31F0..31FF; Katakana Phonetic Extensions\n3200..32FF; Enclosed CJK Letters and Months\n3300..33FF; CJK Compatibility\n3400..4DBF; CJK Unified Ideographs Extension A\n4DC0..4DFF; Yijing Hexagram Symbols\n4E00..9FFF; CJK Unified Ideographs\nA000..A48F; Yi Syllables\n"}
	r := New(nil)
	srcs := sources(d)
	q := "Which code point range does the Kanbun block take up?"
	a := r.Read(q, srcs)
	assert.Equal(t, "3190..319F; Kanbun", answerText(a, srcs), r.Explain(q, srcs, 3))
	for _, c := range r.candidates(analyze(q, r.idf), srcs) {
		if u := c.p.units[c.unit]; c.p.text[u.Start:u.End] == "3190..319F; Kanbun" {
			assert.Greater(t, c.align, 0.0, "the row writes the range asked for")
		}
	}
	assert.True(t, holdsRange(d.text, prepare(srcs[0], 0).toks))
	plain := doc{"x.txt", "", "A well-known B-tree keeps 2-byte keys; see RFC-1521.\n"}
	assert.False(t, holdsRange(plain.text, prepare(sources(plain)[0], 0).toks), "hyphenated words are no range")
}

// A manual that names a command on a line of its own and describes it
// under it by "This command …" answers "which command …" with the line
// that names it: the sentence says what the question says, but not which
// command (Mutt's manual, its functions and its hooks).
func TestDemonstrativeUnderTermNamesIt(t *testing.T) {
	for _, tc := range []struct{ text, q, want string }{
		{"Usage:\n\nbind map key function\n\nThis command allows you to change the default key bindings (operation invoked\nwhen pressing a key).\n\n", "Which command lets me change the default key bindings?", "bind map key function"},
		{"server. This makes it easy to subscribe, unsubscribe, and so on.\n\n15.\u00a0Using Multiple Spool Mailboxes\n\nUsage:\n\nmbox-hook [!]regexp mailbox\n\nThis command is used to move read messages from a specified mailbox to a\ndifferent mailbox automatically when you quit or change folders. regexp is a\nregular expression specifying the mailbox to treat as a \u201cspool\u201d mailbox and \nmailbox specifies where mail should be saved when read.\n\nThe regexp parameter has mailbox shortcut expansion performed on the first\n", "Which command moves read messages from a spool mailbox to another mailbox when you quit?", "mbox-hook [!]regexp mailbox"},
	} {
		got, why := best(tc.q, doc{"manual.txt", "manual.txt", tc.text})
		assert.Equal(t, tc.want, got, why)
	}
	// The demonstrative may come later in the sentence, under a definition
	// list's term or a numbered section's heading (the Bash reference's
	// variables, Debian Policy's fields; passages as ingested).
	for _, tc := range []struct{ text, q, want string }{
		{"The shell sets the default value to 500 after reading any startup files.\n\nHISTTIMEFORMAT ¶\n\nIf this variable is set and not null, its value is used as a format string for strftime to print the time stamp associated with each history entry displayed by the history builtin. If this variable is set, time stamps are written to the history file so they may be preserved across shell sessions. This uses the history comment character to distinguish timestamps from other history lines.\n\nHOSTFILE ", "Which variable gives the strftime format of the time stamps the history builtin prints?", "HISTTIMEFORMAT ¶"},
		{"4.2.3. Status¶\n\nThis field in dpkg’s status file records whether the user wants a package installed, removed or left alone, whether it is broken (requiring re-installation) or not and what its current state on the system is. Each of these pieces of information is a single word.\n\n4.2.4. Config-Version¶\n\nIf a package is not installed or not configured, this field in dpkg’s status file records the last version of the package which was successfully configured.\n\n4.2.5. Conffiles¶\n\nThis field in dpkg’s status file contains information about the automatically-managed configuration files held by a package. This field should not appear anywhere in a package!", "Which field of dpkg's status file holds the last version of a package that was configured successfully?", "Config-Version¶"},
	} {
		got, why := best(tc.q, doc{"ref.html", "ref.html", tc.text})
		assert.Equal(t, tc.want, got, why)
	}
}

// A record's "ID" field numbers the record in its file: a number a
// question gives as something else ("the international prefix 381")
// does not bind the record that has it as its ID, though one that says
// "ID" does (miscfiles' cities.dat).
func TestSerialIDIsNotAGivenNumber(t *testing.T) {
	d := doc{"cities.dat", "cities.dat", "//\nID          : 381\nType        : City\nPopulation  : 65650\nSize        : \nName        : Aschaffenburg\n Country    : DE\n Region     : Bayern\nLocation    : Earth\n Longitude  : 9.17\n Latitude   : 49.97\n Elevation  : \nDate        : 19970410\nEntered-By  : M.Dowling@tu-bs.de\n//\n"}
	r := New(nil)
	srcs := sources(d)
	q := "Which country do I reach when I dial the international prefix 381?"
	a := r.Read(q, srcs)
	assert.True(t, a.Declined(), "%q\n%s", answerText(a, srcs), r.Explain(q, srcs, 3))
	bindOf := func(q string) float64 {
		for _, c := range r.candidates(analyze(q, r.idf), srcs) {
			if u := c.p.units[c.unit]; strings.Contains(c.p.text[u.Start:u.End], "Country    : DE") {
				return c.bind
			}
		}
		return -1
	}
	prefix, id := bindOf("In which country is the city whose international prefix is 381?"), bindOf("In which country is the city with ID 381?")
	assert.Greater(t, prefix, 0.0)
	assert.Less(t, prefix, id, "the record's ID binds only a question that calls the number an ID")
	// A key with no value ("Elevation  :") states nothing.
	q = "Which city has the ID 381?"
	got := answerText(Answer{Pieces: r.Read(q, srcs).Best}, srcs)
	assert.NotRegexp(t, `:\s*$`, got, r.Explain(q, srcs, 3))
}

// A "why" question is answered by the sentence that gives a reason ("…
// because it fully complies …"), not the one beside it that restates
// the question's words (Debian's Developer's Reference, "Sections");
// a cause phrase the question writes itself ("so that") is no reason.
func TestWhyWantsCause(t *testing.T) {
	d := doc{"resources.html", "resources.html", "The main section of the Debian archive is what makes up the official Debian distribution. The main section is official because it fully complies with all our guidelines. The other two sections do not, to different degrees; as such, they are not officially part of Debian."}
	fits := unitFits("Why is the main section of the Debian archive official?", d)
	assert.Greater(t, fits["The main section is official because it fully complies with all our guidelines."], fits["The main section of the Debian archive is what makes up the official Debian distribution."])
	r := New(nil)
	q := analyze("Why are the data files made unreadable so that only set-id programs can read them?", r.idf)
	p := prepare(sources(doc{"x", "", "Some packages install their data files unreadable so that they can only be read through set-id programs."})[0], 0)
	assert.False(t, p.givesCause(q, 0))
}

// A "when" that asks under what condition, in the present ("when does
// the shell set …", "until when does it remain unset"), is answered by
// the sentence that says it (the Bash reference manual's shopt options
// and local variables), not only by a date.
func TestWhenAsksCondition(t *testing.T) {
	for _, tc := range []struct{ text, q, want string }{
		{"restricted_shell\n\nThe shell sets this option if it is started in restricted mode (see RESTRICTED SHELL below). The value may not be changed.\n\nshift_verbose\n\nIf set, the shift builtin prints an error message when the shift count exceeds the number of positional parameters.\n", "When does the shell set the restricted_shell option?", "The shell sets this option if it is started in restricted mode (see RESTRICTED SHELL below)."},
		{"The local builtin makes a variable name have a visible scope restricted to that function and its children. If a variable at the current local scope is unset, it will remain so (appearing as unset) until it is reset in that scope or until the function returns. Once the function returns, any instance of the variable at a previous scope becomes visible.", "In bash, if a variable at the current local scope of a function is unset, until when does it remain unset?", "If a variable at the current local scope is unset, it will remain so (appearing as unset) until it is reset in that scope or until the function returns."},
	} {
		d := doc{"bash.html", "bash.html", tc.text}
		r, srcs := New(nil), sources(d)
		fits := unitFits(tc.q, d)
		assert.Equal(t, 0.8, fits[tc.want], "the sentence says when")
		a := r.Read(tc.q, srcs)
		assert.Equal(t, tc.want, answerText(a, srcs), r.Explain(tc.q, srcs, 3))
	}
	r := New(nil)
	q := analyze("When was version 2 of the Debian Reference released?", r.idf)
	assert.False(t, q.condition, "the past asks a date")
	p := prepare(sources(doc{"x", "", "If the shell is started in restricted mode, the option is set."})[0], 0)
	q = analyze("If the shell is started in restricted mode, when is the option set?", r.idf)
	assert.False(t, p.givesCondition(q, 0), "the question's own condition is no answer")
}

// A translation question that quotes the foreign word and sets a scene
// around it ("If a French landowner wants to "affermer" a field, …") is
// about the quoted word: the scene's words are no part of the entry and
// do not weaken its binding (FreeDict's fra-eng and ita-eng entries).
func TestQuotedWordOfATranslation(t *testing.T) {
	inondation := doc{"fraeng/inondation-indasj-n-fem.txt", "inondation-indasj-n-fem.txt", "inondation /inɔ̃dasjɔ̃/ <n, fem>\nflood\n"}
	inonder := doc{"fraeng/inonder-inde-v.txt", "inonder-inde-v.txt", "inonder /inɔ̃de/ <v>\nflood\n"}
	affermer := doc{"fraeng/affermer-afme-v.txt", "affermer-afme-v.txt", "affermer /afɛʀme/ <v>\nfarm, lease\n"}
	affecte := doc{"fraeng/affecte-afkte-adj.txt", "affecte-afkte-adj.txt", "affecté /afɛkte/ <adj>\naffected, artificial\n"}
	sauver := doc{"fraeng/sauver-sove-v.txt", "sauver-sove-v.txt", "sauver /sove/ <v>\nkeep, save, rescue\n"}
	sauvegarder := doc{"fraeng/sauvegarder-sovgade-v.txt", "sauvegarder-sovgade-v.txt", "sauvegarder /sovgaʀde/ <v>\nsafeguard, save, backup\n"}
	italiano := doc{"itaeng/italiano-italjano.txt", "italiano-italjano.txt", "italiano /italiˈano/\nItalian\n"}
	leone := doc{"itaeng/leone-leone.txt", "leone-leone.txt", "leone /leˈone/\nlion\n"}
	tempia := doc{"itaeng/tempia-tempia.txt", "tempia-tempia.txt", "tempia /tˈempia/\ntemple\n"}
	r := New(nil)
	for _, tc := range []struct {
		q    string
		docs []doc
		want string
	}{
		{`If a French news report talks about an "inondation", what natural disaster is it describing in English?`, []doc{inondation, inonder}, ""},
		{`If a French landowner wants to "affermer" a field, what is he doing in English terms?`, []doc{affermer, affecte}, "farm, lease"},
		{`If someone in French wants to "sauver" something, what might they be doing in English?`, []doc{sauver, sauvegarder}, "keep, save, rescue"},
		// a language's name before the quoted word frames the question as "the Italian word leone" would
		{`Which animal is an Italian "leone"?`, []doc{leone, italiano, tempia}, "lion"},
		{`Which part of the head is the Italian "tempia"?`, []doc{tempia, italiano, leone}, "temple"},
	} {
		srcs := sources(tc.docs...)
		q := analyze(tc.q, r.idf)
		for _, w := range q.words {
			assert.Equal(t, w.quoted, w.subject, "%s: only the quoted word is the subject", w.body)
		}
		if tc.want == "" {
			continue // "inonder" translates as "flood" too: the subject alone does not tell them apart here
		}
		a := r.Read(tc.q, srcs)
		assert.Contains(t, answerText(a, srcs), tc.want, "confidence %.2f\n%s", a.Confidence, r.Explain(tc.q, srcs, 3))
	}
}

// "Which builtin …" asks for a command (the Bash reference manual's
// builtins), as "which command" does: a usage line's options name one
// ("type [-aftpP] name …"), and so does a word that "the" and a command
// noun enclose ("The disown builtin can remove …"); a sentence's first
// capital ("If", "MAPFILE") does not. "Which version" asks for a number ("version 12.18"), not a
// name.
func TestCommandAndVersionFit(t *testing.T) {
	for _, tc := range []struct{ text, q, want string }{
		{"trap returns true. type [-aftpP] name [name ...] With no options, indicate how each name would be interpreted if used as a command name. If the -t option is used, type prints a string which is one of alias, keyword, function, builtin, or file.\n\nIf offset is negative, it is interpreted as relative to one greater than the last history position, so negative indices count back from the end of the history.\n", "Which builtin indicates, for each name, how it would be interpreted if used as a command name?", "type [-aftpP]"},
		{"The disown builtin can remove a job from the internal shell job table (see Job Control Builtins) or suppress the sending of SIGHUP to a job when the shell receives one.\n\nIf the huponexit shell option has been set with shopt (see The Shopt Builtin), Bash sends a SIGHUP to all jobs when an interactive login shell exits.\n", "Which Bash builtin can remove a job from the internal shell job table or suppress the sending of SIGHUP to it if the shell receives one?", "disown"},
	} {
		fits := unitFits(tc.q, doc{"bash.html", "bash.html", tc.text})
		bestFit, bestUnit := -1.0, ""
		for u, f := range fits {
			if f > bestFit || f == bestFit && strings.Contains(u, tc.want) {
				bestFit, bestUnit = f, u
			}
		}
		assert.Contains(t, bestUnit, tc.want, "%v", fits)
		assert.Equal(t, 1.0, bestFit, "%v", fits)
	}
	fits := unitFits("In which bash version was the mapfile builtin first added?", doc{"bash.html", "bash.html", "MAPFILE An array variable (see Arrays below) created to hold the text read by the mapfile builtin when no variable name is supplied.\n"})
	for u, f := range fits {
		assert.Less(t, f, 0.5, "%s: no version", u)
	}
	fits = unitFits("Which version of the Developer's Reference is this?", doc{"index.html", "index.html", "This is Debian Developer's Reference version 12.18, released on 2023-03-06.\n"})
	for u, f := range fits {
		assert.Equal(t, 1.0, f, u)
	}
}

// "What kind of CLASS is X?" asks for the member of the class the entry
// says X is; the text seldom names the class beside it ("a type of
// grunt" for a fish), so the class word says what is asked, as "which
// country" does, and is no word the answer must hold (GCIDE's entries,
// a fisherman's entry naming fish beside).
func TestKindOfClass(t *testing.T) {
	cottonwick := doc{"gcide/cottonwick.txt", "cottonwick.txt", "cottonwick\ncottonwick \\cottonwick\\ n.\n   a type of grunt ({Haemulon melanurum}) of warm Atlantic\n   waters.\n\n   Syn: {Haemulon melanurum}.\n        [WordNet 1.5]\n"}
	fisherman := doc{"gcide/fisherman.txt", "fisherman.txt", "Fisherman\nFisherman \\Fish\"er*man\\, n.; pl. {Fishermen}.\n   1. One whose occupation is to catch fish.\n      [1913 Webster]\n\n   2. (Naut.) A ship or vessel employed in the business of\n      taking fish, as in the cod fishery.\n      [1913 Webster]\n"}
	r := New(nil)
	q := "What kind of fish is a cottonwick?"
	for _, w := range analyze(q, r.idf).words {
		if w.lower == "fish" || w.lower == "kind" {
			assert.True(t, w.cue, w.body)
		}
	}
	srcs := sources(cottonwick, fisherman)
	a := r.Read(q, srcs)
	assert.Contains(t, answerText(a, srcs), "a type of grunt", "confidence %.2f\n%s", a.Confidence, r.Explain(q, srcs, 3))
	for _, tc := range []struct {
		q    string
		i    int
		want bool
	}{
		{"what kind of fish is a cottonwick", 3, true},
		{"what sort of water source is a springlet", 4, true},
		{"what kind of the fish", 4, false},
		{"what is the fish", 3, false},
	} {
		assert.Equal(t, tc.want, classOfKind(strings.Fields(tc.q), tc.i), tc.q)
	}
}

// A table row's one number is its value, whatever the question calls it
// ("port", "protocol number", "RPC program number"): netbase's services,
// protocols and rpc files name no column. A path the question writes
// ("according to /etc/services") names the file to look in, not an entry
// of it, so the name it asks about stays its subject.
func TestRowsSoleNumber(t *testing.T) {
	services := doc{"netbase/services", "services", "# Network services, Internet style\n\ntcpmux\t\t1/tcp\t\t\t\t# TCP port service multiplexer\nprinter\t\t515/tcp\t\tspooler\t\t# line printer spooler\nxtel\t\t1313/tcp\t\t\t# french minitel\nxtelw\t\t1314/tcp\t\t\t# french minitel\nsieve\t\t4190/tcp\t\t\t# ManageSieve Protocol\n"}
	for _, tc := range []struct{ q, unit string }{
		{"What port does the xtel service use?", "xtel\t\t1313/tcp\t\t\t# french minitel"},
		{"Which port does the line printer spooler daemon listen on?", "printer\t\t515/tcp\t\tspooler\t\t# line printer spooler"},
	} {
		fits := unitFits(tc.q, services)
		assert.Equal(t, 0.9, fits[tc.unit], "%v", fits)
	}
	r := New(nil)
	q := analyze("Which TCP port does MongoDB use according to /etc/services?", r.idf)
	srcs := sources(services)
	q.bindHeadwords([]*passage{prepare(srcs[0], 0)})
	for _, w := range q.words {
		if w.body == "MongoDB" {
			assert.True(t, w.subject, "the file's name in a path is no entry the question names")
		}
		if w.body == "services" {
			assert.True(t, q.inPath(w))
		}
	}
	a := r.Read("Which TCP port does MongoDB use according to /etc/services?", srcs)
	assert.True(t, a.Declined(), answerText(a, srcs))
}

// "How does the Perl glossary define X?" asks what the entry X says: X,
// after the verb, is the subject, and the glossary where to look ("how
// is faith defined in …": before it).
func TestHowDoesItDefine(t *testing.T) {
	r := New(nil)
	for q, want := range map[string]string{
		"How does the Perl glossary define an algorithm?":       "algorithm",
		"How does the Perl glossary define iteration?":          "iteration",
		"How is faith defined in The Devil's Dictionary?":       "faith",
		"How does Webster's 1913 dictionary define opaqueness?": "opaqueness",
	} {
		a := analyze(q, r.idf)
		assert.Equal(t, Definition, a.kind, q)
		var subj []string
		for _, w := range a.words {
			if w.subject {
				subj = append(subj, w.lower)
			}
		}
		assert.Contains(t, subj, want, q)
		assert.NotContains(t, subj, "glossary", q)
	}
	d := doc{"perlglossary.pod", "perlglossary.pod", "=item iteration\n\nDoing X<iteration>something repeatedly.\n\n=item iterator\n\nA special X<iterators>programming gizmo that keeps track of where you are\nin something that you’re trying to iterate over.\n"}
	fits := unitFits("How does the Perl glossary define iteration?", d)
	for u, f := range fits {
		if strings.Contains(u, "repeatedly") {
			assert.Greater(t, f, 0.5, u)
		}
	}
}

// The word between "the" and the class a question asks a member of names
// one ("aptitude is a text-based interface using the curses library" for
// "which library …"; the Debian FAQ), the class noun written after it.
func TestTheMemberOfTheClass(t *testing.T) {
	d := doc{"pkgtools.en.html", "pkgtools.en.html", "aptitude is a package manager for Debian GNU/Linux systems that provides a frontend to the apt package management infrastructure. aptitude is a text-based interface using the curses library. Actions may be performed from a visual interface or from the command-line.\n"}
	fits := unitFits("Which library does aptitude's text interface use?", d)
	assert.Equal(t, 1.0, fits["aptitude is a text-based interface using the curses library."], "%v", fits)
	r := New(nil)
	q := analyze("Which library does aptitude's text interface use?", r.idf)
	assert.True(t, q.namesClass("library"))
	assert.False(t, q.namesClass("interface"))
}

// A name table's row (netbase's services, protocols, rpc, ethertypes)
// lists a name, its number and then the name's aliases, in a column no
// header names: "what alias does X have" is answered by the row, a
// comment after "#" is no alias, and a row without aliases gives none.
func TestNameTableAliases(t *testing.T) {
	services := doc{"netbase/services", "services", "# Network services, Internet style\n\nnntp\t\t119/tcp\t\treadnews untp\t# USENET News Transfer Protocol\nxmpp-client\t5222/tcp\tjabber-client\t# Jabber Client Connection\nxmpp-server\t5269/tcp\tjabber-server\t# Jabber Server Connection\nsieve\t\t4190/tcp\t\t\t# ManageSieve Protocol\n"}
	fits := unitFits("What is the alias of the XMPP client connection service?", services)
	assert.Equal(t, 0.8, fits["xmpp-client\t5222/tcp\tjabber-client\t# Jabber Client Connection"], "%v", fits)
	fits = unitFits("What alias does the sieve service have?", services)
	assert.Equal(t, 0.25, fits["sieve\t\t4190/tcp\t\t\t# ManageSieve Protocol"], "%v", fits)
	r := New(nil)
	srcs := sources(services)
	a := r.Read("What is the alias of the XMPP client connection service?", srcs)
	assert.Contains(t, answerText(a, srcs), "jabber-client", r.Explain("What is the alias of the XMPP client connection service?", srcs, 3))
}

// The Mutt manual lists the sidebar's functions twice: in the sidebar's
// section with the menus they work in, and in the reference's table of
// functions without them. The shorter row says nothing the longer does
// not: it is no rival to it. A longer row is a rival to a shorter one
// (it may hold what is asked), so UnicodeData's line stays one to the
// names list's.
func TestRowWithinARow(t *testing.T) {
	sidebar := doc{"muttman/sidebar", "manual.txt", "┌───────────┬────────────────────────┬────────────────────────────────────────┐\n│Menus      │Function                │Description                             │\n├───────────┼────────────────────────┼────────────────────────────────────────┤\n│index,pager│<sidebar-open>          │Open highlighted mailbox                │\n├───────────┼────────────────────────┼────────────────────────────────────────┤\n│index,pager│<sidebar-page-down>     │Scroll the Sidebar down 1 page          │\n├───────────┼────────────────────────┼────────────────────────────────────────┤\n│index,pager│<sidebar-page-up>       │Scroll the Sidebar up 1 page            │\n├───────────┼────────────────────────┼────────────────────────────────────────┤\n│index,pager│<sidebar-prev>          │Move the highlight to previous mailbox  │\n└───────────┴────────────────────────┴────────────────────────────────────────┘\n"}
	reference := doc{"muttman/reference", "manual.txt", "┌───────────────────────────┬─────────────┬───────────────────────────────────┐\n│<sidebar-open>             │             │open highlighted mailbox           │\n├───────────────────────────┼─────────────┼───────────────────────────────────┤\n│<sidebar-page-down>        │             │scroll the sidebar down 1 page     │\n├───────────────────────────┼─────────────┼───────────────────────────────────┤\n│<sidebar-page-up>          │             │scroll the sidebar up 1 page       │\n├───────────────────────────┼─────────────┼───────────────────────────────────┤\n│<sidebar-prev>             │             │move the highlight to previous     │\n│                           │             │mailbox                            │\n└───────────────────────────┴─────────────┴───────────────────────────────────┘\n"}
	idf := map[string]float64{"function": 10.6, "scroll": 13.1, "sidebar": 10.8, "up": 11.8, "1": 9.9, "page": 12.0} // the manual's
	r := New(indexWeights(idf, 8))
	srcs := sources(sidebar, reference)
	q := "Which function will scroll the sidebar up 1 page?"
	a := r.Read(q, srcs)
	require.False(t, a.Declined(), "%.2f\n%s", a.Confidence, r.Explain(q, srcs, 3))
	// the nearest rival is the row of <sidebar-page-down>, a point and more behind, not the reference's row of the same function
	assert.Greater(t, feature(a, "margin"), 1.0/3, r.Explain(q, srcs, 3))
	assert.Contains(t, answerText(a, srcs), "<sidebar-page-up>")
	assert.NotContains(t, answerText(a, srcs), "down")
}

// usb.ids lists a vendor's products as rows keyed by their number under
// the vendor's row: "what is Alcor Micro's device 9360" is asked of the
// row that opens with 9360. The other rows of the block do not hold the
// number (it keys its own row: keysOtherRow), and "device" before the
// number says what the number numbers, which no row writes beside it.
func TestRowKeyedByTheNumberAsked(t *testing.T) {
	usb := doc{"usbids/usb.ids", "usb.ids", "058f  Alcor Micro Corp.\n\t9330  SD Reader\n\t9331  Micro Storage Driver for Win98\n\t9340  Delkin eFilm Reader-32\n\t9350  Delkin eFilm Reader-32\n\t9360  8-in-1 Media Card Reader\n\t9361  Multimedia Card Reader\n\t9368  Multimedia Card Reader\n\t9380  Flash Drive\n\t9381  Flash Drive\n\t9382  Acer/Sweex Flash drive\n\t9384  qdi U2Disk T209M\n\t9410  Keyboard\n\t9472  Keyboard Hub\n"}
	idf := map[string]float64{"alcor": 12.9, "micro's": 19.5, "micro": 12.9, "device": 3.6, "9360": 19.5} // usb.ids's
	r := New(indexWeights(idf, 8))
	srcs := sources(usb)
	q := "What is Alcor Micro's device 9360?"
	a := r.Read(q, srcs)
	require.False(t, a.Declined(), "%.2f\n%s", a.Confidence, r.Explain(q, srcs, 3))
	assert.Equal(t, "9360  8-in-1 Media Card Reader", answerText(a, srcs))
	fits := unitFits(q, usb)
	assert.Equal(t, 0.5, fits["9360  8-in-1 Media Card Reader"], "%v", fits) // what is asked is the row's name: any of it
	for _, c := range r.candidates(analyze(q, r.idf), srcs) {
		u := c.p.units[c.unit]
		if text := c.p.text[u.Start:u.End]; text == "9361  Multimedia Card Reader" {
			assert.Less(t, c.bind, 0.9, "9360 keys another row of the block: no sign this one is its record")
		}
	}
}

// iso-codes' country records give a country several codes, each under
// its own key. "What is the numeric country code of Hungary?" names the
// key "numeric": the record's alpha_2 and alpha_3 codes answer other
// questions and are no rivals to it. A field that fits no code (a
// comment in prose) still is one.
func TestFieldWhoseKeyIsNamed(t *testing.T) {
	iso := doc{"isocodes/iso_3166-1.json", "iso_3166-1.json", "    {\n      \"alpha_2\": \"HT\",\n      \"alpha_3\": \"HTI\",\n      \"name\": \"Haiti\",\n      \"numeric\": \"332\",\n      \"official_name\": \"Republic of Haiti\"\n    },\n    {\n      \"alpha_2\": \"HU\",\n      \"alpha_3\": \"HUN\",\n      \"name\": \"Hungary\",\n      \"numeric\": \"348\",\n      \"official_name\": \"Hungary\"\n    },\n    {\n      \"alpha_2\": \"ID\",\n      \"alpha_3\": \"IDN\",\n      \"name\": \"Indonesia\",\n      \"numeric\": \"360\",\n      \"official_name\": \"Republic of Indonesia\"\n    },\n"}
	r := New(nil)
	srcs := sources(iso)
	q := "What is the numeric country code of Hungary?"
	a := r.Read(q, srcs)
	assert.Contains(t, answerText(a, srcs), `"numeric": "348"`, r.Explain(q, srcs, 3))
	assert.InDelta(t, 1.0, feature(a, "inner"), 1e-9, "alpha_2 and alpha_3 answer other questions\n%s", r.Explain(q, srcs, 3))
}

// "Which company holds the MA-S assignment 8C1F641BB?": "holds" is no
// relation that "Levelup Holding, Inc." or "ASL Holdings" state; a word
// of another form inside a name matches nothing of the question. The
// IEEE registry's own row for the block answers.
func TestVerbInsideAName(t *testing.T) {
	reg := doc{"ieeeoui/oui36.csv", "oui36.csv", "Registry,Assignment,Organization Name,Organization Address\nMA-S,70B3D589F,\"Levelup Holding, Inc.\",3015 W Weldon Ave Phoenix AZ US 85017 \nMA-S,70B3D5F73,ASL Holdings,The Oaks Pitsford Northants GB NN6 9AA \nMA-S,8C1F641BB,\"Renwei Electronics Technology (Shenzhen) Co.,LTD.\",Rm 1-704 Tongjian Bldg. Shennan Middle Road Shenzhen GUANG DONG CN 518028 \nMA-S,70B3D53E7,\"JNR Sports Holdings, LLC\",656 NORTH RD CANDIA NH US 03034-2027 \n"}
	r := New(nil)
	srcs := sources(reg)
	q := "Which company holds the MA-S assignment 8C1F641BB?"
	for _, c := range r.candidates(analyze(q, r.idf), srcs) {
		u := c.p.units[c.unit]
		if text := c.p.text[u.Start:u.End]; strings.Contains(text, "Holding") {
			assert.Less(t, c.align, 0.5, "%q states no holding", text)
		}
	}
	a := r.Read(q, srcs)
	assert.Contains(t, answerText(a, srcs), "Renwei Electronics", r.Explain(q, srcs, 3))
}

// The Debian Reference lists tools in tables of package, popularity,
// size, command and description: the row whose command cell is the
// subject ("combinediff(1)", its manual section aside) defines it in its
// last cell.
func TestTableRowDefinesItsCommand(t *testing.T) {
	d := doc{"debref/ch10.en.html", "Debian Reference", "package\tpopcon\tsize\tcommand\tdescription\ndiffstat\tV:12, I:127\t74\tdiffstat(1)\tproduce a histogram of changes by the diff\npatchutils\tV:14, I:125\t232\tcombinediff(1)\tcreate a cumulative patch from two incremental patches\npatchutils\tV:14, I:125\t232\tdehtmldiff(1)\textract a diff from an HTML page\n"}
	fits := unitFits("What does combinediff do?", d)
	assert.Equal(t, 0.9, fits["patchutils\tV:14, I:125\t232\tcombinediff(1)\tcreate a cumulative patch from two incremental patches"], "%v", fits)
	assert.Equal(t, 0.2, fits["patchutils\tV:14, I:125\t232\tdehtmldiff(1)\textract a diff from an HTML page"], "%v", fits)
}

// A question asked of two sentences of a paragraph: the first names the
// thing ("The world's first RISC microcomputer"), the next says who built
// it. The best sentence lacks the question's "built", which the next one
// holds with a name: the answer copies both, one span of the text. A
// question the first sentence holds whole is answered by it alone.
func TestNextSentenceCompletesTheAnswer(t *testing.T) {
	d := doc{"jargon/archimedes.txt", "Archimedes", "Archimedes\n\n\n    The world's first RISC microcomputer, available only in the British\n    Commonwealth and europe. Built in 1987 in Great Britain by Acorn Computers,\n    it was legendary for its use of the ARM-2 microprocessor as a CPU. Many a\n    novice hacker in the Commonwealth first learnt his or her skills on the\n    Archimedes, since it was specifically designed for use in schools and\n    educational institutions.\n"}
	r := New(nil)
	srcs := sources(d)
	for _, tc := range []struct {
		q, want string
	}{
		{"Which British company built the world's first RISC microcomputer?",
			"The world's first RISC microcomputer, available only in the British\n    Commonwealth and europe. Built in 1987 in Great Britain by Acorn Computers,\n    it was legendary for its use of the ARM-2 microprocessor as a CPU."},
		{"Where was the world's first RISC microcomputer available?",
			"The world's first RISC microcomputer, available only in the British\n    Commonwealth and europe."},
	} {
		a := r.Read(tc.q, srcs)
		require.False(t, a.Declined(), "%s\n%s", tc.q, r.Explain(tc.q, srcs, 3))
		assert.Equal(t, tc.want, answerText(a, srcs), tc.q)
		assert.Len(t, a.Pieces, 1, "one span of the text, not two pieces stitched")
	}
}

// The sentence that completes the best one is part of the answer, not
// its rival in the paragraph, and the question's words it holds count as
// held (the Mutt manual: "… not for IMAP in the default configuration."
// then "… $imap_headers may need to be adjusted.").
func TestCompletingSentenceIsNoRival(t *testing.T) {
	d := doc{"muttman/manual.txt", "The Mutt E-Mail Client", "To match spam tags, mutt needs the corresponding header information which is\nalways the case for local and POP folders but not for IMAP in the default\nconfiguration. Depending on the spam header to be analyzed, $imap_headers may\nneed to be adjusted.\n\nIf you're using multiple spam filters, a message can have more than one\nspam-related header. You can define spam patterns for each filter you use.\n"}
	r := New(nil)
	srcs := sources(d)
	q := "Which variable may need to be adjusted for Mutt to match spam tags in IMAP folders?"
	a := r.Read(q, srcs)
	assert.Contains(t, answerText(a, srcs), "$imap_headers may\nneed to be adjusted.", r.Explain(q, srcs, 3))
	assert.InDelta(t, 1.0, feature(a, "inner"), 1e-9, "the completing sentence is no rival")
	assert.InDelta(t, 1.0, feature(a, "align"), 1e-9, "need and adjusted are held by the answer")
}

// usb.ids lists a vendor's products indented under its row. A product's
// row is bound to the question's words by itself and its vendor's row,
// not by its siblings: "Laser mouse M-D20DR" is no record of the M-D21DL
// the row beside it names.
func TestSiblingRowsBindNothing(t *testing.T) {
	usb := doc{"usbids/usb.ids", "usb.ids", "056e  Elecom Co., Ltd\n\t0063  Laser mouse M-SODL\n\t0069  Laser mouse M-GE1UL\n\t0079  Laser mouse M-D21DL\n\t007b  Laser mouse M-D20DR\n\t007c  Laser Bluetooth mouse M-BT5BL\n"}
	r := New(nil)
	srcs := sources(usb)
	q := "What is the product ID of Elecom's Laser mouse M-D21DL?"
	seen := 0
	for _, c := range r.candidates(analyze(q, r.idf), srcs) {
		u := c.p.units[c.unit]
		switch text := c.p.text[u.Start:u.End]; text {
		case "0079  Laser mouse M-D21DL":
			seen++
			assert.Equal(t, 1.0, c.bind, text)
		case "007b  Laser mouse M-D20DR", "0063  Laser mouse M-SODL":
			seen++
			assert.Less(t, c.bind, 0.8, "%q names another product", text)
		}
	}
	require.Equal(t, 3, seen, "the three rows are candidates")
	a := r.Read(q, srcs)
	require.Len(t, a.Best, 1)
	assert.Equal(t, "0079  Laser mouse M-D21DL", srcs[0].Passage.Text[a.Best[0].Start:a.Best[0].End], r.Explain(q, srcs, 3))

	// Three levels (a class, its subclass, its protocol), the passage
	// opening on another class: the protocol's row is still read with the
	// class above its subclass.
	classes := doc{"usbids/usb.ids", "usb.ids", "C 02  Communications\n\t01  Direct Line\n\t02  Abstract (modem)\n\t\t00  None\n\t\t01  AT-commands (v.25ter)\nC 03  Human Interface Device\n\t00  No Subclass\n\t\t00  None\n\t\t01  Keyboard\n\t\t02  Mouse\n\t01  Boot Interface Subclass\n\t\t00  None\n"}
	q = "Which protocol of a Human Interface Device is the Mouse?"
	seen = 0
	for _, c := range r.candidates(analyze(q, r.idf), sources(classes)) {
		u := c.p.units[c.unit]
		if text := c.p.text[u.Start:u.End]; text == "02  Mouse" {
			seen++
			assert.Greater(t, c.bind, 0.8, "the class two rows up names it")
		}
	}
	require.Equal(t, 1, seen)
}

// TestRecordFieldAsked: iso-codes' and the Unicode names list's records,
// each question asking one field of the record it names.
func TestRecordFieldAsked(t *testing.T) {
	scripts := doc{"isocodes/iso_15924.json", "iso_15924.json", "    {\n      \"alpha_4\": \"Kitl\",\n      \"name\": \"Khitan large script\",\n      \"numeric\": \"505\"\n    },\n    {\n      \"alpha_4\": \"Kits\",\n      \"name\": \"Khitan small script\",\n      \"numeric\": \"288\"\n    },\n    {\n      \"alpha_4\": \"Knda\",\n      \"name\": \"Kannada\",\n      \"numeric\": \"345\"\n    },\n"}
	langs := doc{"isocodes/iso_639-2.json", "iso_639-2.json", "    {\n      \"alpha_3\": \"kac\",\n      \"name\": \"Kachin; Jingpho\"\n    },\n    {\n      \"alpha_2\": \"kl\",\n      \"alpha_3\": \"kal\",\n      \"name\": \"Kalaallisut; Greenlandic\"\n    },\n    {\n      \"alpha_3\": \"kam\",\n      \"name\": \"Kamba\"\n    },\n"}
	names := doc{"unicode/NamesList.txt", "NamesList.txt", "1F1A6\tSQUARED HC\n\t= hybrid cast\n1F1A7\tSQUARED HDR\n\t= high dynamic range\n1F1A8\tSQUARED HI-RES\n\t= high resolution\n"}
	// A two-letter value is no news where three letters are asked: it is
	// no rival to the record's three-letter code.
	occitan := doc{"isocodes/iso_639-2.json", "iso_639-2.json", "    {\n      \"alpha_2\": \"oc\",\n      \"alpha_3\": \"oci\",\n      \"name\": \"Occitan (post 1500); Provençal\"\n    },\n"}
	fits := unitFits("What three-letter ISO 639-2 code is used for Occitan (post 1500)?", occitan)
	require.Contains(t, fits, `"alpha_2": "oc",`)
	assert.Zero(t, fits[`"alpha_2": "oc",`])
	for _, tc := range []struct {
		name, q string
		d       doc
		want    string
	}{
		// The verb after the class asked ("code IDENTIFIES") names no
		// field: "name" is not the key asked for.
		{"a verb after the class", "What four-letter ISO 15924 code identifies the small Khitan writing system?", scripts, `"alpha_4": "Kits",`},
		// A two-letter code in lower case is a field's value, news though
		// English writes "kl" as a word's abbreviation.
		{"a two-letter value", "What's the two-letter language code for Greenlandic?", langs, `"alpha_2": "kl",`},
		// "SQUARED" is a word of the name; "HDR" is the short form asked.
		{"the short form among a name's words", "What does SQUARED HDR stand for?", names, "= high dynamic range"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, why := best(tc.q, tc.d)
			assert.Equal(t, tc.want, got, why)
		})
	}
}

// TestQualifierNamesNoSubject: "TCP" of "Which TCP port" says which kind
// of port is asked; the subject is the protocol the question names. The
// row of TCP itself in the protocols file (netbase) is no answer.
func TestQualifierNamesNoSubject(t *testing.T) {
	protocols := doc{"netbase/protocols", "protocols", "ip\t0\tIP\t\t# internet protocol, pseudo protocol number\nhopopt\t0\tHOPOPT\t\t# IPv6 Hop-by-Hop Option [RFC1883]\nicmp\t1\tICMP\t\t# internet control message protocol\ntcp\t6\tTCP\t\t# transmission control protocol\negp\t8\tEGP\t\t# exterior gateway protocol\nudp\t17\tUDP\t\t# user datagram protocol\n"}
	services := doc{"netbase/services", "services", "distcc\t\t3632/tcp\t\t\t# distributed compiler\ndaap\t\t3689/tcp\t\t\t# Digital Audio Access Protocol\nsvn\t\t3690/tcp\tsubversion\t# Subversion protocol\nsieve\t\t4190/tcp\t\t\t# ManageSieve Protocol\nepmd\t\t4369/tcp\t\t\t# Erlang Port Mapper Daemon\n"}
	got, why := best("Which TCP port does the ManageSieve Protocol use?", protocols, services)
	assert.Equal(t, "sieve\t\t4190/tcp\t\t\t# ManageSieve Protocol", got, why)

	// A code the question gives picks the record; the name before the
	// class says whose it is, and stays a subject.
	q := analyze("Which Chilean region has the code CL-NB?", New(nil).idf)
	k := slices.IndexFunc(q.words, func(w qword) bool { return w.lower == "chilean" })
	require.GreaterOrEqual(t, k, 0)
	assert.True(t, q.words[k].subject)
	for question, word := range map[string]string{
		"Which Albanian county is AL-12?":                                  "albanian", // the parts of the code ("al", "12") name nothing else
		"Which language used LATIN SMALL LETTER N PRECEDED BY APOSTROPHE?": "latin",    // after the noun asked: the subject the phrase runs on into
	} {
		q := analyze(question, New(nil).idf)
		k := slices.IndexFunc(q.words, func(w qword) bool { return w.lower == word })
		require.GreaterOrEqual(t, k, 0, question)
		assert.True(t, q.words[k].subject, question)
	}
}

// TestTermOpensDefinition: in a glossary read as one long passage
// (perlglossary.pod), a term opens its definition on a line of its own;
// a question asking for the term ("what is … called", "what do you
// call …") is answered by the sentence the term opens, not by a later
// sentence of the definition that matches more of its words.
func TestTermOpensDefinition(t *testing.T) {
	gloss := doc{"perlgloss/perlglossary.pod", "perlglossary.pod", "namespace\nA domain of names. You needn’t worry about whether the\nnames in one such domain have been used in another. See package.\n\nNaN\nNot a number. The value Perl uses\nfor certain invalid or inexpressible floating-point operations.\n\n" +
		"dwimmer\nDWIM is\nan acronym for “Do What I Mean”, the principle that something\nshould just do what you want it to do without an undue amount of fuss. A bit\nof code that does “dwimming” is a “dwimmer”. Dwimming can require a great\ndeal of behind-the-scenes magic, which (if it doesn’t stay properly behind\nthe scenes) is called a dweomer instead.\n\n" +
		"symbolic debugger\nA program that lets you step through\nthe execution of your program, stopping or printing things out here and\nthere to see whether anything has gone wrong, and, if so, what. The\n“symbolic” part just means that you can talk to the debugger using the same\nsymbols with which your program is written.\n\n" +
		"N\n\nnamed pipe\nA pipe with a name embedded in the\nfilesystem so that it can be accessed by two unrelated processes.\n"} // the letter that heads the glossary's N section is no term
	for q, want := range map[string]string{
		"In the Perl Glossary, what is a pipe with a name embedded in the filesystem called?":                                               "named pipe",
		"What is a domain of names called, where you needn't worry about whether the names have been used in another such domain?":          "namespace",
		"What do you call a program that lets you step through your code and talk to it using the same names your program is written with?": "symbolic debugger",
	} {
		r := New(nil)
		srcs := sources(gloss)
		srcs[0].Passage.Ord = 149 // a passage from inside the file, no entry's start
		a := r.Read(q, srcs)
		got := answerText(Answer{Pieces: a.Best}, srcs)
		assert.True(t, strings.HasPrefix(got, want), "%s\n%s", got, r.Explain(q, srcs, 3))
	}

	// A later sentence that says what something is called names a term
	// itself: its fit is not halved.
	r := New(nil)
	srcs := sources(gloss)
	srcs[0].Passage.Ord = 149
	q := "What is the behind-the-scenes magic of dwimming called if it does not stay properly behind the scenes?"
	seen := false
	for _, c := range r.candidates(analyze(q, r.idf), srcs) {
		u := c.p.units[c.unit]
		if strings.HasPrefix(c.p.text[u.Start:u.End], "Dwimming can require") {
			seen = true
			assert.GreaterOrEqual(t, c.fit, 0.5)
		}
	}
	assert.True(t, seen)
}

// TestApposedCode: a name written with its code in brackets ("the Åland
// Islands (AX)") is named by the row the code keys, though the row does
// not write the name (tzdata's zone.tab keys its rows by the country's
// code; iso3166.tab gives the names).
func TestApposedCode(t *testing.T) {
	q := analyze("Which tz database zone should I use for Sri Lanka (country code LK)?", New(nil).idf)
	require.Len(t, q.apposed, 1)
	var name []string
	for _, k := range q.apposed[0].name {
		name = append(name, q.words[k].body)
	}
	assert.ElementsMatch(t, []string{"Sri", "Lanka"}, name)
	assert.Equal(t, "LK", q.apposed[0].code)
	assert.Equal(t, "LK", q.words[q.apposed[0].at].body)
	assert.Empty(t, analyze("Which UDP port does the Routing Information Protocol (RFC 2453) use?", New(nil).idf).apposed, "another name in the brackets: no code of the name before them")
	assert.Empty(t, analyze("Who directed the film Casablanca (1942)?", New(nil).idf).apposed, "a year is no code")
	us := analyze("Which time zone is used in the United States of America (US)?", New(nil).idf)
	require.Len(t, us.apposed, 1)
	assert.Len(t, us.apposed[0].name, 3, "the name runs over its stop words: United States … America")

	zones := doc{"tzdata/zone.tab", "zone.tab", "AW\t+1230-06958\tAmerica/Aruba\nAX\t+6006+01957\tEurope/Mariehamn\nAZ\t+4023+04951\tAsia/Baku\n"}
	names := doc{"tzdata/iso3166.tab", "iso3166.tab", "AW\tAruba\nAX\tÅland Islands\nAZ\tAzerbaijan\n"}
	r := New(nil)
	srcs := sources(names, zones)
	question := "Which time zone is used in the Åland Islands (AX)?"
	seen := 0
	for _, c := range r.candidates(analyze(question, r.idf), srcs) {
		u := c.p.units[c.unit]
		switch c.p.text[u.Start:u.End] {
		case "AX\t+6006+01957\tEurope/Mariehamn":
			seen++
			assert.Greater(t, c.bind, 0.9, "the row AX keys names the Åland Islands")
		}
	}
	require.Equal(t, 1, seen)
	// A row that writes the whole name, keyed by no other code, holds
	// the code too.
	named := doc{"zones/by-name.tab", "by-name.tab", "Aruba\tAmerica/Aruba\nÅland Islands\tEurope/Mariehamn\nAzerbaijan\tAsia/Baku\n"}
	for _, c := range r.candidates(analyze(question, r.idf), sources(named)) {
		u := c.p.units[c.unit]
		if c.p.text[u.Start:u.End] == "Åland Islands\tEurope/Mariehamn" {
			seen++
			assert.Greater(t, c.bind, 0.9, "the row that writes the name holds its code")
		}
	}
	require.Equal(t, 2, seen)
	got, why := best(question, names, zones)
	assert.Equal(t, "AX\t+6006+01957\tEurope/Mariehamn", got, why)

	// A row keyed by another code holds the name's words, not the code:
	// "America/…" rows of Canada and Mexico are no rows of the US.
	americas := doc{"tzdata/zone.tab", "zone.tab", "CA\t+4339-07923\tAmerica/Toronto\tEastern - ON, QC (most areas)\nMX\t+1924-09909\tAmerica/Mexico_City\tCentral Mexico\nUS\t+404251-0740023\tAmerica/New_York\tEastern (most areas)\n"}
	question = "Which time zone is used in the eastern United States of America (US)?"
	binds := map[string]float64{}
	for _, c := range r.candidates(analyze(question, r.idf), sources(americas)) {
		u := c.p.units[c.unit]
		binds[c.p.text[u.Start:u.Start+2]] = c.bind
	}
	require.Len(t, binds, 3)
	assert.Greater(t, binds["US"], binds["CA"])
	assert.Greater(t, binds["US"], binds["MX"])
}

// TestJoinedCode: a table's row gives the code of the name the question
// writes ("MW<tab>Malawi" in tzdata's iso3166.tab): the rows that code
// keys in another table (zone.tab's, alone or in a comma list) name it,
// though they never write it; a row of other words beside the code, or
// a row keyed by a list of codes, gives no code.
func TestJoinedCode(t *testing.T) {
	names := doc{"tzdata/iso3166.tab", "iso3166.tab", "MV\tMaldives\nMW\tMalawi\nMX\tMexico\n"}
	zones := doc{"tzdata/zone.tab", "zone.tab", "MV\t+0410+07330\tIndian/Maldives\nMW\t-1547+03500\tAfrica/Blantyre\nMX\t+1924-09909\tAmerica/Mexico_City\tCentral Mexico\n"}
	shared := doc{"tzdata/zone1970.tab", "zone1970.tab", "MZ,BI,BW,CD,MW,RW,ZM,ZW\t-2558+03235\tAfrica/Maputo\tCentral Africa Time\n"}
	r := New(nil)
	question := "What time zone name should I set for a computer in Malawi?"
	q := analyze(question, r.idf)
	binds := map[string]float64{}
	for _, c := range r.candidates(q, sources(names, zones, shared)) {
		u := c.p.units[c.unit]
		binds[c.p.text[u.Start:u.End]] = c.bind
	}
	require.Len(t, q.apposed, 1)
	assert.Equal(t, "MW", q.apposed[0].code)
	assert.Equal(t, -1, q.apposed[0].at)
	assert.Greater(t, binds["MW\t-1547+03500\tAfrica/Blantyre"], 0.9, "the row MW keys names Malawi")
	assert.Greater(t, binds["MZ,BI,BW,CD,MW,RW,ZM,ZW\t-2558+03235\tAfrica/Maputo\tCentral Africa Time"], 0.9, "so does a row MW keys among others")
	assert.Less(t, binds["MV\t+0410+07330\tIndian/Maldives"], 0.9)
	got, why := best(question, names, zones)
	assert.Equal(t, "MW\t-1547+03500\tAfrica/Blantyre", got, why)
	// A table in another folder keyed by the same code is of another
	// thing ("MW" is no state there): it does not name Malawi.
	elsewhere := doc{"states/zones.tab", "zones.tab", "MV\tAmerica/Maldives_Town\nMW\tAmerica/Midwest\nMX\tAmerica/Mexico_Town\n"}
	for _, c := range r.candidates(analyze(question, r.idf), sources(names, elsewhere)) {
		u := c.p.units[c.unit]
		if c.p.text[u.Start:u.End] == "MW\tAmerica/Midwest" {
			assert.Less(t, c.bind, 0.9, "a code keys the name only in the tables beside the row that gives it")
		}
	}

	for _, tc := range []struct {
		rows string
		want int
	}{
		{"NC\tNew Caledonia\nNE\tNiger\n", 1},
		{"NC\tNew Caledonia\nNE\tNiger Delta region\n", 0}, // other words beside the name
		{"NC\tNew Caledonia\nNG,NE\tNiger\n", 0},           // a list of codes keys no one record
		{"NC New Caledonia\nNE Niger\n", 0},                // no cells
	} {
		q := analyze("Which time zone is used in Niger?", r.idf)
		r.candidates(q, sources(doc{"t/a.tab", "a.tab", tc.rows}))
		assert.Len(t, q.apposed, tc.want, tc.rows)
	}
}

// TestShortFormAmongCapitals: the short form an expansion question asks
// about is the capital word English does not know beside a name's words
// in capitals; alone, a capital word English knows may be the short form
// (vera's GAIA), and one after a preposition still sets the scene.
func TestShortFormAmongCapitals(t *testing.T) {
	for q, want := range map[string]string{
		"What does SQUARED HDR stand for?":      "HDR",
		"What does GAIA stand for (OSF)?":       "GAIA",
		"What does SQUARED WAVE mean on IRC?":   "SQUARED",
		"What does AAMOF mean in Usenet slang?": "AAMOF",
	} {
		assert.Equal(t, want, analyze(q, New(nil).idf).short, q)
	}
}

// TestHexIdentifierKeysRecord: a long hexadecimal identifier the question
// writes keys the registry's record as a given code does; the other names
// of the question ("36-bit", "MAC") name the registry, which its rows do
// not restate. (Rows of the IEEE's oui36.csv.)
func TestHexIdentifierKeysRecord(t *testing.T) {
	rows := doc{"ieeeoui/oui36.csv", "oui36.csv", "Registry,Assignment,Organization Name,Organization Address\n" +
		"MA-S,70B3D5D85,BTG Instruments AB,Industrigatan 1-3 Saffle Varmland SE 66132 \n" +
		"MA-S,70B3D5D86,WPGSYS Pte Ltd,5 Harper Road #04-01   SG 369673 \n" +
		"MA-S,70B3D5D87,Zigen Corp,6934 Canby Avenue Reseda CA US 91335 \n"}
	question := "Which firm was given the small (36-bit) MAC block 70B3D5D86?"
	r := New(nil)
	seen := false
	for _, c := range r.candidates(analyze(question, r.idf), sources(rows)) {
		u := c.p.units[c.unit]
		if strings.Contains(c.p.text[u.Start:u.End], "70B3D5D86") {
			seen = true
			assert.Greater(t, c.bind, 0.5, "the identifier binds its record, whatever else the question names")
		}
	}
	assert.True(t, seen)
}

// TestPersonNotUnderOtherColumn: "whose" asks for the organisation's
// name; a word of the question that names another column ("MAC
// addresses" and "Organization Address") does not narrow the answer to
// that column's cell. (Rows of the IEEE's iab.csv.)
func TestPersonNotUnderOtherColumn(t *testing.T) {
	rows := doc{"ieeeoui/iab.csv", "iab.csv", "Registry,Assignment,Organization Name,Organization Address\n" +
		"IAB,0050C22BC,Uwe Schneider GmbH,Heinrich-Hertz-Straße 3 Lemgo NRW DE 32657 \n" +
		"IAB,0050C22BD,StorLink Semi,\"1804 N. Shoreline Blvd, Suite 240 Mountain View CA US 94043 \"\n"}
	r := New(nil)
	srcs := sources(rows)
	a := r.Read("Whose equipment uses MAC addresses from the IAB block beginning 00:50:C2:2B:D?", srcs)
	assert.Contains(t, answerText(Answer{Pieces: a.Best}, srcs), "StorLink Semi")
	// A question that names the column whole asks for its cell (read
	// as a person's question for "Organization"), with IDFs that make
	// "Address" the heavier word, as in the registry's files.
	weighed := New(func(lw string) float64 {
		return map[string]float64{"organization": 2, "address": 5}[lw] + 1
	})
	a = weighed.Read("What is the Organization Address for IAB assignment 0050C22BD?", srcs)
	assert.Equal(t, "1804 N. Shoreline Blvd, Suite 240 Mountain View CA US 94043", answerText(Answer{Pieces: a.Best}, srcs))
}

// TestQualifierInContext: a name that qualifies the noun asked ("Which
// Canon scanner …") is held by a passage whose section names it (usb.ids
// rows read under "04a9  Canon, Inc."), and missing from one that lacks
// it: the Canon row outranks Motorola's vendor row of the same number.
// (Lines of usb.ids.)
func TestQualifierInContext(t *testing.T) {
	canon := "\t1909  CanoScan LiDE 110\n\t190a  CanoScan LiDE 210\n\t190d  CanoScan 9000F Mark II\n\t190e  CanoScan LiDE 120\n\t190f  CanoScan LiDE 220\n"
	other := "\t2311  Generic UVC 1.00 camera [AppoTech AX2311]\n190d  Motorola GSG\n1914  Alco Digital Devices Limited\n1915  Nordic Semiconductor ASA\n"
	srcs := []generate.Source{
		{N: 1, Passage: corpus.Passage{ID: "b", Path: "usbids/usb.ids", Title: "usb.ids", Section: "1908  GEMBIRD", Ord: 1230, Text: other}},
		{N: 2, Passage: corpus.Passage{ID: "a", Path: "usbids/usb.ids", Title: "usb.ids", Section: "04a9  Canon, Inc.", Ord: 186, Text: canon}},
	}
	r := New(nil)
	a := r.Read("Which Canon scanner uses USB product ID 190d?", srcs)
	assert.Equal(t, "190d  CanoScan 9000F Mark II", answerText(Answer{Pieces: a.Best}, srcs))
}

// TestReadFormHexGroups: a hardware address the question writes in
// groups is read as one run of digits where a source keys it so (the
// IEEE's oui.csv), and as written where the sources write the groups
// (oui.txt's "(hex)" lines).
func TestReadFormHexGroups(t *testing.T) {
	csv := doc{"ieeeoui/oui.csv", "oui.csv", "Registry,Assignment,Organization Name,Organization Address\nMA-L,F02765,\"Murata Manufacturing Co., Ltd.\",1-10-1 Higashikotari Nagaokakyo-shi Kyoto JP 617-8555 \n"}
	txt := doc{"ieeeoui/oui.txt", "oui.txt", "F0-27-65   (hex)\t\tMurata Manufacturing Co., Ltd.\n"}
	q := "Who makes network devices with MAC prefix F0-27-65?"
	assert.Equal(t, "Who makes network devices with MAC prefix F02765?", readForm(q, sources(csv)))
	assert.Equal(t, q, readForm(q, sources(txt)))
	assert.Equal(t, "When did it start at 12:30:45?", readForm("When did it start at 12:30:45?", sources(csv)))
	got, why := best(q, csv)
	assert.Contains(t, got, "MA-L,F02765", why)
}

// TestWordOffsets: a question's words are where the question writes
// them, a leading phrase before them or not ("In tzdata, which zone …":
// the question proper is read apart from it).
func TestWordOffsets(t *testing.T) {
	for _, question := range []string{
		"In tzdata, which zone does Asia/Kolkata name?",
		"According to the Debian FAQ, what is the alpha_2 code of Italy?",
		"Which zone does Asia/Kolkata name?",
	} {
		q := analyze(question, New(nil).idf)
		for _, w := range q.words {
			if w.end > 0 && !w.piece {
				assert.True(t, strings.EqualFold(q.text[w.start:w.end], w.body), "%q: %q at %d:%d reads %q", question, w.body, w.start, w.end, q.text[w.start:w.end])
			}
		}
	}
}

// TestNamedFileWordsNoRelation: a question that names the file to look in
// ("Which tz identifier does zone.tab list for Pakistan?") asks nothing of
// the words of its name: the zone.tab row the code of Pakistan keys
// answers, though it writes neither "zone" nor "tab", and a comment of
// the same file that writes them ("The obsolescent zone.tab format …
// list as UA") lends the row under it no claim. A file name the sources
// do not have marks nothing.
func TestNamedFileWordsNoRelation(t *testing.T) {
	names := doc{"tzdata/iso3166.tab", "iso3166.tab", "PH\tPhilippines\nPK\tPakistan\nPL\tPoland\n"}
	karachi := doc{"tzdata/zone.tab", "zone.tab", "PH\t+1435+12100\tAsia/Manila\nPK\t+2452+06703\tAsia/Karachi\nPL\t+5215+02100\tEurope/Warsaw\n"}
	crimea := doc{"tzdata/zone.tab", "zone.tab", "RU\t+5545+03735\tEurope/Moscow\tMSK+00 - Moscow area\n# The obsolescent zone.tab format cannot represent Europe/Simferopol well.\n# Put it in RU section and list as UA.  See \"territorial claims\" above.\n# Programs should use zone1970.tab instead; see above.\nUA\t+4457+03406\tEurope/Simferopol\tCrimea\n"}
	question := "Which tz identifier does zone.tab list for Pakistan?"
	got, why := best(question, names, karachi, crimea)
	assert.Equal(t, "PK\t+2452+06703\tAsia/Karachi", got, why)

	r := New(nil)
	q := analyze(question, r.idf)
	r.candidates(q, sources(names, karachi, crimea))
	var marked []string
	for _, w := range q.words {
		if w.fileName {
			marked = append(marked, w.body)
		}
	}
	assert.Equal(t, []string{"zone", "tab"}, marked)
	q = analyze("Which tz identifier does zone1970.tab list for Pakistan?", r.idf)
	r.candidates(q, sources(names, karachi))
	for _, w := range q.words {
		assert.False(t, w.fileName, "%s: no source is zone1970.tab", w.body)
	}
}

// TestAskedKeyOfOtherRecords: "What latitude does cities.dat give for
// Lagos?" asks for a "Latitude" field, as the other records of the
// passage key theirs; the Lagos record's "Name" field, cut from its
// latitude by the passage's end (lines 1620-1660, as retrieved), states
// none.
func TestAskedKeyOfOtherRecords(t *testing.T) {
	cities := doc{"miscfiles/cities.dat", "cities.dat", " Latitude   :   50.433\n Elevation  : \nDate        : 19961206\nEntered-By  : Rob.Hooft@EMBL-Heidelberg.DE\n//\nID          : 117\nType        : City\nPopulation  : \nSize        : \nName        : Klagenfurt\n Country    : DE\n Region     : \nLocation    : Earth\n Longitude  :   14.300\n Latitude   :   46.633\n Elevation  : \nDate        : 19961206\nEntered-By  : Rob.Hooft@EMBL-Heidelberg.DE\n//\nID          : 118\nType        : City\nPopulation  : 1479218\nSize        : \nName        : Kyoto\n Country    : JP\n Region     : \nLocation    : Earth\n Longitude  :  136.917\n Latitude   :   35.000\n Elevation  : \nDate        : 19961206\nEntered-By  : Rob.Hooft@EMBL-Heidelberg.DE\n//\nID          : 119\nType        : City\nPopulation  : \nSize        : \nName        : Lagos\n Country    : \n Region     : \nLocation    : Earth\n"}
	a := New(nil).Read("What latitude does cities.dat give for Lagos?", sources(cities))
	assert.True(t, a.Declined(), "%+v", a.Best)
}

// TestClassNounWrittenWithName: the lower-case noun that ends a question
// after a name is read as the name's class ("the Tamil script": the
// records write "Tamil" alone), unless a source writes the two as one
// name: iso-codes' currency record "Czech Koruna", not the language
// record "Czech", answers "the Czech koruna".
func TestClassNounWrittenWithName(t *testing.T) {
	currencies := doc{"isocodes/iso_4217.json", "iso_4217.json", "    {\n      \"alpha_3\": \"CVE\",\n      \"name\": \"Cabo Verde Escudo\",\n      \"numeric\": \"132\"\n    },\n    {\n      \"alpha_3\": \"CZK\",\n      \"name\": \"Czech Koruna\",\n      \"numeric\": \"203\"\n    },\n"}
	languages := doc{"isocodes/iso_639-2.json", "iso_639-2.json", "    {\n      \"alpha_2\": \"cs\",\n      \"alpha_3\": \"ces\",\n      \"bibliographic\": \"cze\",\n      \"name\": \"Czech\"\n    },\n    {\n      \"alpha_2\": \"ch\",\n      \"alpha_3\": \"cha\",\n      \"name\": \"Chamorro\"\n    },\n"}
	question := "What's the three-letter currency code of the Czech koruna?"
	got, why := best(question, languages, currencies)
	assert.Equal(t, `"alpha_3": "CZK",`, got, why)

	scripts := doc{"unicode/Scripts.txt", "Scripts.txt", "0B9C          ; Tamil # Lo       TAMIL LETTER JA\n0B9E..0B9F    ; Tamil # Lo   [2] TAMIL LETTER NYA..TAMIL LETTER TTA\n"}
	r := New(nil)
	for _, tc := range []struct {
		question string
		docs     []doc
		class    bool
	}{
		{question, []doc{languages, currencies}, false},
		{question, []doc{languages}, true},
		{"Which characters belong to the Tamil script?", []doc{scripts}, true},
	} {
		q := analyze(tc.question, r.idf)
		r.candidates(q, sources(tc.docs...))
		last := q.words[len(q.words)-1]
		assert.Equal(t, tc.class, last.cue, "%s: %s", tc.question, last.body)
		assert.Equal(t, !tc.class, last.subject, "%s: %s", tc.question, last.body)
	}
}

// TestClassNounBeforeName: a dictionary noun between "the" and a name in
// capitals names the name's class ("the character LINEAR A SIGN A510"):
// NamesList.txt's row of the name answers, though it never writes
// "character", and the rows that do ("<not a character>") are of no
// name the question gives. Where a unit writes the class ("A division of
// birds" under Macrochires), it relates there. A word no dictionary has
// is a name itself ("the fypxfrd RPC"); one that says which one ("the
// next Debian") or stands before a phrase that runs on past the name
// ("the small Khitan writing system") relates.
func TestClassNounBeforeName(t *testing.T) {
	linear := doc{"unicode/NamesList.txt", "NamesList.txt", "106BA\tLINEAR A SIGN A509\n\t* 1060C ab016, 10619 ab027, 1062B ab050\n106BB\tLINEAR A SIGN A510\n\t* 1060C ab016, 1062B ab050\n106BC\tLINEAR A SIGN A511\n"}
	nonchars := doc{"unicode/NamesList.txt", "NamesList.txt", "@+\t\tThese codes are intended for process-internal uses.\nEFFFE\t<not a character>\nEFFFF\t<not a character>\n@@\tFFF80\tSupplementary Private Use Area-A\tFFFFF\n"}
	question := "What is the code point of the character LINEAR A SIGN A510?"
	r := New(nil)
	srcs := sources(linear, nonchars)
	a := r.Read(question, srcs)
	require.False(t, a.Declined(), r.Explain(question, srcs, 3))
	assert.Equal(t, "106BB\tLINEAR A SIGN A510", answerText(Answer{Pieces: a.Best}, srcs))

	q := analyze(question, r.idf)
	for _, w := range q.words {
		if w.lower == "character" {
			assert.True(t, w.cue && w.classBefore, "character names the class of LINEAR A SIGN A510")
		}
	}
	for _, tc := range []struct{ question, why string }{
		{"What number does rpc give the fypxfrd RPC?", "no dictionary word: a name"},
		{"What is the codename of the next Debian?", "it says which one"},
		{"What is the default DefaultLimitNOFILE in user.conf?", "a value word: it says which"},
		{"Which block holds character LINEAR A SIGN A510?", "no article before it"},
	} {
		for _, w := range analyze(tc.question, r.idf).words {
			assert.False(t, w.classBefore, "%s %s: %s", tc.question, w.body, tc.why)
		}
	}
	// A name of a hyphenated word's parts ("TZ-11") is read whole: the
	// parts have no place of their own in the text.
	tz := doc{"x/tz.txt", "tz.txt", "TZ-11\tthe eleventh zone\nTZ 11\ta character\n"}
	for _, q := range []string{"What is the code point of the character TZ-11?", "What is the TZ-11 character?"} {
		assert.NotPanics(t, func() { r.Read(q, sources(tz)) }, q)
	}
	for _, w := range analyze("What four-letter ISO 15924 code identifies the small Khitan writing system?", r.idf).words {
		assert.False(t, w.classBefore, "%s: the phrase runs on past the name, the word says which one", w.body)
	}

	birds := doc{"gcide/macrochires.txt", "Macrochires", "Macrochires\nMacrochires \\Mac`ro*chi\"res\\, n. pl. [NL., fr. Gr. makro`s long\n   + ? hand.] (Zool.)\n   A division of birds including the swifts and humming birds.\n   So called from the length of the distal part of the wing.\n   [1913 Webster]\n"}
	aligns := map[string]float64{}
	q = analyze("Which birds make up the division Macrochires?", r.idf)
	for _, c := range r.candidates(q, sources(birds)) {
		u := c.p.units[c.unit]
		aligns[c.p.text[u.Start:u.End]] = c.align
	}
	var division, other float64
	for text, al := range aligns {
		if strings.Contains(text, "A division of birds") {
			division = al
		} else if strings.Contains(text, "So called") {
			other = al
		}
	}
	assert.Greater(t, division, other, "the unit that writes the class relates more: %v", aligns)
}

// TestFileNamedByNoun: "the services file" names the file retrieved as
// "services" (netbase's /etc/services), as "zone.tab" names its file: its
// rows need not hold "services" or "file", and the passages of other
// files (rpc) are of another thing.
func TestFileNamedByNoun(t *testing.T) {
	services := doc{"netbase/services", "services", "supfiledbg\t1127/tcp\t\t# Software Upgrade Protocol debugging\n\n#\n# Services added for the Debian GNU/Linux distribution\n#\npoppassd\t106/tcp\t\t\t\t# Eudora\nmoira-db\t775/tcp\t\tmoira_db\t# Moira database\nmoira-update\t777/tcp\t\tmoira_update\t# Moira update protocol\nmoira-ureg\t779/udp\t\tmoira_ureg\t# Moira user registration\nspamd\t\t783/tcp\t\t\t\t# spamassassin daemon\nskkserv\t\t1178/tcp\t\t\t# skk jisho server port\npredict\t\t1210/udp\t\t\t# predict -- satellite tracking\nrmtcfg\t\t1236/tcp\t\t\t# Gracilis Packeten remote config server\nxtel\t\t1313/tcp\t\t\t# french minitel\nxtelw\t\t1314/tcp\t\t\t# french minitel\nzebrasrv\t2600/tcp\t\t\t# zebra service\nzebra\t\t2601/tcp\t\t\t# zebra vty\nripd\t\t2602/tcp\t\t\t# ripd vty (zebra)\nripngd\t\t2603/tcp\t\t\t# ripngd vty (zebra)\nospfd\t\t2604/tcp\t\t\t# ospfd vty (zebra)\nbgpd\t\t2605/tcp\t\t\t# bgpd vty (zebra)\n"}
	rpc := doc{"netbase/rpc", "rpc", "# This file contains user readable names that can be used in place of rpc\n# program numbers.\n\nportmapper\t100000\tportmap sunrpc rpcbind\nrstatd\t\t100001\trstat rstat_svc rup perfmeter\nrusersd\t\t100002\trusers\nnfs\t\t100003\tnfsprog\nypserv\t\t100004\typprog\nmountd\t\t100005\tmount showmount\nypbind\t\t100007\nwalld\t\t100008\trwall shutdown\nyppasswdd\t100009\typpasswd\n"}
	question := "What is the service name for the SpamAssassin daemon in the services file?"
	r := New(nil)
	srcs := sources(services, rpc)
	a := r.Read(question, srcs)
	require.False(t, a.Declined(), r.Explain(question, srcs, 3))
	assert.Equal(t, "spamd\t\t783/tcp\t\t\t\t# spamassassin daemon", answerText(Answer{Pieces: a.Best}, srcs))
	q := analyze(question, r.idf)
	cands := r.candidates(q, srcs)
	var marked []string
	for _, w := range q.words {
		if w.fileName {
			marked = append(marked, w.body)
		}
	}
	assert.Equal(t, []string{"services", "file"}, marked)
	for _, c := range cands {
		assert.Equal(t, c.p.file != "services", c.p.otherFile, c.p.file)
	}
	// A word that only spells a file's name, with no file noun after it,
	// names none.
	q = analyze("Which services are listed in the rpc file?", r.idf)
	r.candidates(q, srcs)
	for _, w := range q.words {
		assert.Equal(t, w.body == "rpc" || w.body == "file", w.fileName, w.body)
	}
}

// TestExampleRestatesQuestion: "For example, …" that says the question
// again ("a Makefile can contain a reference to a library that doesn't
// exist on the Debian system", the New Maintainers' Guide) adds nothing
// but the words that open it: the sentence after it answers "What should
// you do when …"; it is no news.
func TestExampleRestatesQuestion(t *testing.T) {
	guide := doc{"maintguide/modify.en.html", "3.6. Fixing upstream bugs", "There is one other common problem: libraries are often different from platform to platform.  For example, a Makefile can contain a reference to a library that doesn't exist on the Debian system.  In that case, we need to change it to a library that does exist in Debian, and serves the same purpose.\n"}
	question := "What should you do when a Makefile contains a reference to a library that doesn't exist on the Debian system?"
	r := New(nil)
	srcs := sources(guide)
	q := analyze(question, r.idf)
	for _, c := range r.candidates(q, srcs) {
		u := c.p.units[c.unit]
		if strings.HasPrefix(c.p.text[u.Start:u.End], "For example") {
			assert.False(t, novel(q, c.p.unitToks(c.unit)), "the example says the question again")
		}
	}
	assert.True(t, english.OpensExample("for", "instance"))
	assert.False(t, english.OpensExample("an", "example"))
}

// TestPermalinkAfterTerm: a documentation generator writes a permalink
// after each term of a definition list ("OPTERR ¶" in the bash manual's
// Texinfo HTML): the term is still one name over what it does, and
// answers "which variable" where its description is asked about.
func TestPermalinkAfterTerm(t *testing.T) {
	vars := doc{"bashdoc/bashref.html", "5.2 Bash Variables", "OLDPWD ¶\n\nThe previous working directory as set by the cd builtin.\n\nOPTERR ¶\n\nIf set to the value 1, Bash displays error messages generated by the getopts builtin command.\n\nOSTYPE ¶\n\nA string describing the operating system Bash is running on.\n"}
	question := "Which bash variable, when set to the value 1, makes bash display error messages generated by getopts?"
	got, why := best(question, vars)
	assert.Equal(t, "OPTERR ¶", got, why)
}

// TestNamedFileIsNoEntry: "the airport list" names miscfiles' file
// "airport", which a passage of that file is titled by: the word says
// where to look and is no entry's headword, so the name the question
// asks about (Ulaanbaatar) stays its subject, held where the countries
// table writes it.
func TestNamedFileIsNoEntry(t *testing.T) {
	airports := doc{"miscfiles/airport", "airport", "LHR:London Heathrow:GB::London\nLOS:Lagos M. Muhamm:NG::Lagos\nLUG:Lugano Agno:CH::Lugano\n"}
	countries := doc{"miscfiles/countries", "countries", "492:MC:MCO:Monaco:Monaco\n496:MN:MNG:Mongolia:Ulaanbaatar\n499:ME:MNE:Montenegro:Podgorica\n"}
	r := New(nil)
	q := analyze("What is the three-letter airport code for Ulaanbaatar in the airport list?", r.idf)
	r.candidates(q, sources(airports, countries))
	for _, w := range q.words {
		if w.body == "Ulaanbaatar" {
			assert.True(t, w.subject, "Ulaanbaatar is asked about")
			assert.False(t, w.cue)
		}
	}
	got, why := best("What is the three-letter airport code for Lagos in the airport list?", airports, countries)
	assert.Equal(t, "LOS:Lagos M. Muhamm:NG::Lagos", got, why)
}

// TestStatementEndingOnWhat: a question written as a statement that ends
// on "what" asks for what stands there, whatever wh-word the statement
// holds as its own ("… index entries whose paths do not fit within
// what?" of git-rm's manual asks for no person).
func TestStatementEndingOnWhat(t *testing.T) {
	r := New(nil)
	for _, tc := range []struct {
		q    string
		want Kind
	}{
		{"Normally, git rm refuses to update index entries whose paths do not fit within what?", Any},
		{"Who wrote the manual page whose examples use what?", Person}, // a question's own wh-word opens it
		{"Which editor does Git fall back to, by default, when no editor variable is set?", Name},
	} {
		assert.Equal(t, tc.want, analyze(tc.q, r.idf).kind, tc.q)
	}
	rm := doc{"gitdoc/git-rm.html", "git-rm(1)", "--sparse\n\nAllow updating index entries outside of the sparse-checkout cone. Normally, git rm refuses to update index entries whose paths do not fit within the sparse-checkout cone. See git-sparse-checkout(1) for more.\n"}
	got, why := best("Normally, git rm refuses to update index entries whose paths do not fit within what?", rm)
	assert.Contains(t, got, "sparse-checkout cone", why)
}

// TestPartWordInsideName: a word that asks for a part of a dictionary
// entry ("IPA", "phonetic") asks for none when it is written inside a
// name of capitalised words, before another of its words (Unicode's
// Blocks.txt: "the IPA Extensions block" is a block, no pronunciation);
// ending a name or before the entry's word it still asks ("Late Latin
// verb", "Anglo-Norman French word", "in IPA").
func TestPartWordInsideName(t *testing.T) {
	idf := func(string) float64 { return 5 }
	for _, c := range []struct {
		question string
		part     english.EntryPart
	}{
		{"What's the code point range of the IPA Extensions block?", english.NoPart},
		{"Where in the code space are the Katakana Phonetic Extensions?", english.NoPart},
		{"How is publicité pronounced, in IPA?", english.Pronunciation},
		{"What is the IPA pronunciation of ordinateur?", english.Pronunciation},
		{"From which Late Latin verb does the verb assassinate come?", english.Etymology},
		{"What Old French word is duress derived from?", english.Etymology},
		{"Which Anglo-Norman French word is duress derived from?", english.Etymology},
		{"From which Ecclesiastical Latin word does the verb assassinate come?", english.Etymology},
		{"What Brazilian Portuguese word is the source of samba?", english.Etymology},
		{"What Is The Latin Word Behind Rhinoceros?", english.Etymology},
		{"How does Merriam-Webster's IPA transcribe tomato?", english.Pronunciation},
	} {
		assert.Equal(t, c.part, analyze(c.question, idf).part, c.question)
	}
	d := doc{"unicode/Blocks.txt", "Blocks.txt", "0250..02AF; IPA Extensions\n02B0..02FF; Spacing Modifier Letters\n1CD0..1CFF; Vedic Extensions\n1D00..1D7F; Phonetic Extensions\n1D80..1DBF; Phonetic Extensions Supplement\n"}
	got, why := best("What's the code point range of the IPA Extensions block?", d)
	assert.Contains(t, got, "0250..02AF", why)
}

// TestRangeRowStatesContainment: a row keyed by a range of codes
// (Unicode's Blocks.txt, Scripts.txt, PropList.txt) states what covers
// a code, where a range starts and where it ends, so the question's
// words for that ("contains", "begins", "belong") relate to it: to the
// range that holds the code the question gives, or to the code's own row
// among ranges ("061C ; Arabic"), not to another range of the file, nor
// to a code's record in a file of no ranges, nor to an address that
// writes "153-803".
func TestRangeRowStatesContainment(t *testing.T) {
	blocks := doc{"unicode/Blocks.txt", "Blocks.txt", "# Format:\n# Start Code..End Code; Block Name\n\n20A0..20CF; Currency Symbols\n20D0..20FF; Combining Diacritical Marks for Symbols\n2100..214F; Letterlike Symbols\n2150..218F; Number Forms\n2190..21FF; Arrows\n1F650..1F67F; Ornamental Dingbats\n1F680..1F6FF; Transport and Map Symbols\n"}
	r := New(nil)
	for _, c := range []struct{ q, want string }{
		{"Which block contains U+2126?", "Letterlike Symbols"},
		{"Which block begins at U+1F650?", "Ornamental Dingbats"},
	} {
		srcs := sources(blocks)
		a := r.Read(c.q, srcs)
		assert.Contains(t, answerText(Answer{Pieces: a.Best}, srcs), c.want, r.Explain(c.q, srcs, 3))
		assert.Equal(t, 1.0, feature(a, "align"), r.Explain(c.q, srcs, 3))
	}
	scripts := doc{"unicode/Scripts.txt", "Scripts.txt", "0600..0604    ; Arabic # Cf   [5] ARABIC NUMBER SIGN..ARABIC SIGN SAMVAT\n0606..0608    ; Arabic # Sm   [3] ARABIC-INDIC CUBE ROOT..ARABIC RAY\n061C          ; Arabic # Cf       ARABIC LETTER MARK\n061D..061E    ; Arabic # Po   [2] ARABIC END OF TEXT MARK..ARABIC TRIPLE DOT PUNCTUATION MARK\n"}
	q := "To which script does the ARABIC LETTER MARK (U+061C) belong?"
	got, why := best(q, scripts)
	assert.Contains(t, got, "061C          ; Arabic", why)
	idf := func(string) float64 { return 5 }
	p := prepare(sources(scripts)[0], 0)
	assert.True(t, p.rangeStates(analyze(q, idf), 2), "the code's own row among ranges")
	assert.False(t, p.rangeStates(analyze(q, idf), 1), "a range that does not hold the code given")
	p = prepare(sources(blocks)[0], 0)
	for i, u := range p.units {
		switch row := blocks.text[u.Start:u.End]; {
		case strings.HasPrefix(row, "2100..214F"):
			assert.True(t, p.rangeStates(analyze("Which block contains U+2126?", idf), i), row)
		case strings.HasPrefix(row, "2150..218F"):
			assert.False(t, p.rangeStates(analyze("Which block contains U+2126?", idf), i), row)
			assert.True(t, p.rangeStates(analyze("What range does the Number Forms block cover?", idf), i), "no code given: any range")
		}
	}
	names := doc{"unicode/NamesList.txt", "NamesList.txt", "FB00\tLATIN SMALL LIGATURE FF\nFB01\tLATIN SMALL LIGATURE FI\nFB02\tLATIN SMALL LIGATURE FL\n"}
	p = prepare(sources(names)[0], 0)
	assert.False(t, p.rangeStates(analyze("What block holds U+FB01?", idf), 1), "a code's record states no range")
	oui := doc{"ieee/oui.csv", "oui.csv", "MA-L,001A70,\"Cisco-Linksys, LLC\",121 Theory Drive Irvine California US 92612\nMA-L,001A78,ubtos,\"Rn.213, Woolim Lions Valley, #680 seoul Gasan-dong KR 153-803 \"\n"}
	p = prepare(sources(oui)[0], 0)
	assert.False(t, p.rangeStates(analyze("Which company holds the MA-L assignment 001A70?", idf), 1), "an address is no range of codes")
}

// TestGivenIdentifierKeysRecord: a name written with underscores that the
// question gives as its subject ("the selection_svc RPC program", "the
// official_name field") keys the record it asks about as a given code
// does (netbase's rpc, a JSON Schema), so a record that lacks it is of
// something else, whatever else of the question it holds ("ISO 3166-1").
// A name the passage writes as a field's key ("alpha_3") names the field,
// not the record.
func TestGivenIdentifierKeysRecord(t *testing.T) {
	schema := doc{"isocodes/schema-3166-1.json", "schema-3166-1.json", "{\n  \"$schema\": \"http://json-schema.org/draft-04/schema#\",\n\n  \"title\": \"ISO 3166-1\",\n  \"description\": \"ISO 3166-1 country codes\",\n  \"type\": \"object\",\n\n  \"properties\": {\n\t\"3166-1\": {\n      \"type\": \"array\",\n      \"items\": {\n        \"type\": \"object\",\n        \"properties\": {\n          \"alpha_2\": {\n            \"description\": \"Two letter alphabetic code of the item\",\n            \"type\": \"string\",\n            \"pattern\": \"^[A-Z]{2}$\"\n          },\n"}
	r := New(nil)
	q := "How does the ISO 3166-1 schema describe the official_name field?"
	srcs := sources(schema)
	a := r.Read(q, srcs)
	assert.Less(t, feature(a, "bind"), 0.7, r.Explain(q, srcs, 3))
	p := prepare(srcs[0], 0)
	assert.True(t, p.keyed("alpha_2"))
	assert.False(t, p.keyed("official_name"))
	codes := doc{"isocodes/iso_3166-1.json", "iso_3166-1.json", "{\n  \"3166-1\": [\n    {\n      \"alpha_2\": \"CF\",\n      \"alpha_3\": \"CAF\",\n      \"name\": \"Central African Republic\",\n      \"numeric\": \"140\"\n    }\n  ]\n}\n"}
	got, why := best("Which country has the alpha_3 code CAF?", codes)
	assert.Contains(t, got, "Central African Republic", why)
	// A table's header names its columns as a record's keys do.
	table := doc{"codes/countries.tab", "countries.tab", "iso_code\tname\tcapital_city\nCD\tCongo, The Democratic Republic of the\tKinshasa\nCF\tCentral African Republic\tBangui\nCG\tCongo\tBrazzaville\n"}
	p = prepare(sources(table)[0], 0)
	assert.True(t, p.keyed("iso_code"), "a header's cell")
	q = "Which country has the iso_code CF?"
	a = r.Read(q, sources(table))
	assert.Contains(t, answerText(Answer{Pieces: a.Best}, sources(table)), "Central African Republic", r.Explain(q, sources(table), 3))
	assert.GreaterOrEqual(t, feature(a, "bind"), 0.75, r.Explain(q, sources(table), 3))
}

// TestCaptionFromSection: a passage cut from a plain-text table below its
// header comment carries the header as its section (ingest's
// headerSections: GNU miscfiles' countries); the reader reads it as the
// rows' caption, as it reads the comment above the rows of the passage
// that holds it: a question word naming a column relates ("capital"), a
// name the caption writes is the table's ("ISO"), and the caption is not
// taken for what the passage is about.
func TestCaptionFromSection(t *testing.T) {
	text := "778:TO:TON:Tonga:Nuku'alofa\n780:TT:TTO:Trinidad and Tobago:Port of Spain\n798:TV:TUV:Tuvalu:Funafuti (offcial), Vaiaku Village (administrative)\n332:HT:HTI:Haiti:Port-au-Prince\n"
	src := func(section string) []generate.Source {
		return []generate.Source{{N: 1, Passage: corpus.Passage{ID: "countries-9", Path: "miscfiles/countries", Format: corpus.Text, Ord: 9, Section: section, Text: text}}}
	}
	header := "# UN Code number: 2 letter ISO abbrev : 3 letter ISO abbrev : name : capital"
	r := New(nil)
	for _, q := range []string{"What is the capital of Tuvalu?", "What is Haiti's three-letter ISO abbreviation?"} {
		with, without := r.Read(q, src(header)), r.Read(q, src(""))
		assert.Greater(t, feature(with, "align")+feature(with, "bind"), feature(without, "align")+feature(without, "bind"), r.Explain(q, src(header), 3))
	}
	p := prepare(src(header)[0], 0)
	require.NotEmpty(t, p.caption)
	lowers := func(ts []tok) []string {
		var out []string
		for _, t := range ts {
			out = append(out, t.lower)
		}
		return out
	}
	assert.NotContains(t, lowers(p.context), "capital", "a caption is not what the passage is about")
	assert.Equal(t, p.caption, p.captionToks(2))
	md := src("#include directives")[0]
	md.Passage.Format = corpus.Markdown
	assert.Nil(t, prepare(md, 0).caption, "a Markdown heading that opens with # is no table's caption")
}

// TestAsksWebAddress: a question whose wh-phrase asks for a web address
// ("which web address", "at what URL", "which IANA web page") is
// answered by a unit that writes one (tzdata's iso3166.tab: "See: ISO/TC
// 46 Documents https://www.iso.org/…"), not by a row of a list that
// names what the question names (netbase's protocols, whose address is
// in its header comment: "ip 0 IP # internet protocol"); a page's name
// asked ("which page on the Debian web site") asks for no address.
func TestAsksWebAddress(t *testing.T) {
	idf := func(string) float64 { return 5 }
	for _, c := range []struct {
		q   string
		url bool
	}{
		{"Which web address was the source for refreshing netbase's list of IP protocol numbers?", true},
		{"At what URL can the ISO/TC 46 Documents be found?", true},
		{"Which IANA web page is the list of IP protocol numbers in netbase kept up to date from?", true},
		{"Which page on the Debian web site should you consult for more details about the New Member process?", false},
		{"Which bash builtin downloads a file from a URL?", false},
		{"Which command downloads URL contents to standard output?", false}, // a web word inside the phrase, not its noun
		{"What URL scheme does git use for SSH?", false},
		{"Which website lists Debian mirrors?", true}, // a verb read as the phrase's noun
		{"Which web site lists Debian mirrors?", true},
		{"Which Debian web page lists mirrors?", true},
		{"Which URLs does the FAQ give?", true},
		{"What URL schemes does git support?", false}, // a plural noun, then an auxiliary
		{"Which URL options does wget accept?", false},
		{"Which two web sites does the Debian FAQ mention as having lists of Linux Usenet newsgroups?", false}, // sites named, not located
		{"In the IEEE OUI registry, what website address is listed for Securifi Ltd?", true},                   // "website address": one noun
	} {
		assert.Equal(t, c.url, analyze(c.q, idf).url, c.q)
	}
	protocols := doc{"netbase/protocols", "protocols", "# Internet (IP) protocols\n#\n# Updated from http://www.iana.org/assignments/protocol-numbers and other\n# sources.\n# New protocols will be added on request if they have been officially\n# assigned by IANA and are not historical.\n\nip\t0\tIP\t\t# internet protocol, pseudo protocol number\nhopopt\t0\tHOPOPT\t\t# IPv6 Hop-by-Hop Option [RFC1883]\nicmp\t1\tICMP\t\t# internet control message protocol\n"}
	fits := unitFits("Which web address was the source for refreshing netbase's list of IP protocol numbers?", protocols)
	rows := 0
	for text, f := range fits {
		if strings.HasPrefix(text, "ip\t0") || strings.HasPrefix(text, "icmp\t1") {
			assert.LessOrEqual(t, f, 0.2, text)
			rows++
		}
	}
	assert.Equal(t, 2, rows, "the rows are read")
	manual := doc{"tzdata/iso3166.tab", "iso3166.tab", "# ISO 3166 alpha-2 country codes\n#\n# This file is in the public domain, so clarified as of\n# 2009-05-17 by Arthur David Olson.\n#\n# From Paul Eggert (2023-09-06):\n# This file contains a table of two-letter country codes.  Columns are\n# separated by a single tab.  Lines beginning with '#' are comments.\n# All text uses UTF-8 encoding.  The columns of the table are as follows:\n#\n# 1.  ISO 3166-1 alpha-2 country code, current as of\n#     ISO/TC 46 N1127 (2024-02-29).  See: ISO/TC 46 Documents\n#     https://www.iso.org/committee/48750.html?view=documents\n# 2.  The usual English name for the coded region.\n"}
	fits = unitFits("At what URL can the ISO/TC 46 Documents be found?", manual)
	for text, f := range fits {
		if strings.Contains(text, "https://www.iso.org") {
			assert.Equal(t, 1.0, f, text)
			rows++
		}
	}
	assert.Equal(t, 3, rows, "the unit that writes the address is read")
	faq := doc{"debfaq/support.en.html", "The Debian GNU/Linux FAQ", "Bug reports are tracked in a public database.\nThe bug tracking system is hosted at bugs.debian.org.\n"}
	fits = unitFits("Which website hosts the Debian bug tracking system?", faq)
	assert.Equal(t, 1.0, fits["The bug tracking system is hosted at bugs.debian.org."], fits)
	assert.LessOrEqual(t, fits["Bug reports are tracked in a public database."], 0.2, fits)
}

// TestRowKeyOfDigitsIsACode: the key a row of an ID list opens with is a
// code, whatever its digits (usb.ids: "0523  ATEN GmbH" beside "0522
// ACON, Advanced-Connectek, Inc."; UnicodeData's names list "2654<tab>WHITE
// CHESS KING"), so a question asking for the code fits it as it fits
// "05c8"; a number written elsewhere in a row still fits less.
func TestRowKeyOfDigitsIsACode(t *testing.T) {
	ids := doc{"usbids/usb.ids", "usb.ids", "0521  Airborn Connectors\n0522  Advanced Connectek, Inc.\n\t000a  Acon USB 2.0 Hub\n0523  ATEN GmbH\n0524  Sola Electronics\n0525  Netchip Technology, Inc.\n"}
	fits := unitFits("What vendor ID is assigned to ATEN GmbH?", ids)
	assert.GreaterOrEqual(t, fits["0523  ATEN GmbH"], 0.9, fits)
	names := doc{"unicode/NamesList.txt", "NamesList.txt", "2653\tBLACK CHESS KING\n2654\tWHITE CHESS KING\n2655\tWHITE CHESS QUEEN\n265A\tBLACK CHESS KING\n"}
	fits = unitFits("What's the code point for WHITE CHESS KING?", names)
	assert.GreaterOrEqual(t, fits["2654\tWHITE CHESS KING"], 0.9, fits)
	// A number in a row's other cell is still a number where a code was asked.
	counts := doc{"usbids/usb.ids", "usb.ids", "# Vendors: 3270\nATEN\t0523\nAcon\t0522\nSola\t0524\n"}
	fits = unitFits("What vendor ID is assigned to ATEN?", counts)
	assert.LessOrEqual(t, fits["ATEN\t0523"], 0.7, fits)
	// Rows keyed by years are no ID list: no key writes a hexadecimal letter.
	years := doc{"jargon/history.txt", "history.txt", "1946\tENIAC\n1969\tARPANET\n1971\tUnix\n"}
	fits = unitFits("What is the ISO code of ARPANET?", years)
	assert.LessOrEqual(t, fits["1969\tARPANET"], 0.7, fits)
}

// TestIDListRowNamesItsCode: "what is device a000 of Padix" asks what an
// ID list's row of that code names (usb.ids: "\ta000  MaxFire G-08XU
// Gamepad"), as a record's value; a question that asks for something
// else of the code ("what does U+FB01 decompose into") is not answered
// by a row that only names it (NamesList's "FB01<tab>LATIN SMALL
// LIGATURE FI").
func TestIDListRowNamesItsCode(t *testing.T) {
	ids := doc{"usbids/usb.ids", "usb.ids", "0583  Padix Co., Ltd (Rockfire)\n\t688f  QF-688uv Windstorm Pro Joystick\n\t7070  QF-707u Bazooka Joystick\n\ta000  MaxFire G-08XU Gamepad\n\ta015  4-Axis,16-Button with POV\n"}
	fits := unitFits("What is device a000 of Padix Co., Ltd (Rockfire)?", ids)
	assert.GreaterOrEqual(t, fits["a000  MaxFire G-08XU Gamepad"], 0.8, fits)
	fits = unitFits("What is the Silicon Labs device a000 listed as?", ids)
	assert.GreaterOrEqual(t, fits["a000  MaxFire G-08XU Gamepad"], 0.8, fits)
	for _, q := range []string{"What is device a000 of Padix known for?"} {
		fits = unitFits(q, ids)
		assert.Less(t, fits["a000  MaxFire G-08XU Gamepad"], 0.8, q) // not its name asked
	}
	for _, cell := range []string{"0x1F", "12ab", "12"} {
		fits = unitFits("What is device a000 of Padix?", doc{"usbids/usb.ids", "usb.ids", "0583  Padix Co., Ltd (Rockfire)\n\ta000  " + cell + "\n\ta015  4-Axis,16-Button with POV\n"})
		assert.Less(t, fits["a000  "+cell], 0.8, fits) // no name
	}
	names := doc{"unicode/NamesList.txt", "NamesList.txt", "FB00\tLATIN SMALL LIGATURE FF\nFB01\tLATIN SMALL LIGATURE FI\nFB02\tLATIN SMALL LIGATURE FL\n"}
	fits = unitFits("What does the ﬁ ligature U+FB01 decompose into for compatibility?", names)
	assert.Less(t, fits["FB01\tLATIN SMALL LIGATURE FI"], 0.8, fits)
}

// TestTermCaller: "what does WordNet call an expert who studies the
// Vedas" asks for the word WordNet gives that sense; the words between
// "does" and "call" name who calls it (a work, a community: "hackers",
// "Perl programmers"), which the entry need not write, and "call" is how
// the question asks. Read as the subject, "WordNet" bound half the entry
// (wordnet/vedist.txt) and the reader declined.
func TestTermCaller(t *testing.T) {
	q := analyze("What does WordNet call an expert who studies the Vedas?", New(nil).idf)
	assert.True(t, q.term)
	for _, w := range q.words {
		assert.NotEqual(t, "call", w.lower)
		assert.NotEqual(t, "wordnet", w.lower) // who calls it: no word the entry writes
	}
	srcs := sources(
		doc{"wordnet/vedist.txt", "vedist.txt", "Vedist\n    n 1: a scholar of or an authority on the Vedas\n"},
		doc{"wordnet/home-study.txt", "home-study.txt", "home study\n    n 1: a course of study carried out at home rather than in a\n         classroom\n"},
		doc{"wordnet/graduate-student.txt", "graduate-student.txt", "graduate student\n    n 1: a student who continues studies after graduation [syn:\n         {graduate student}, {grad student}, {postgraduate}]\n"},
	)
	r := New(nil)
	a := r.Read("What does WordNet call an expert who studies the Vedas?", srcs)
	assert.Equal(t, "Vedist", answerText(Answer{Pieces: a.Best}, srcs))
	assert.Greater(t, a.Confidence, 0.75, r.Explain("What does WordNet call an expert who studies the Vedas?", srcs, 3))
}

// TestNameOrigin: "Where did Ireland's Ribbon Society get its name
// from?" asks what the society was named for, no place; GCIDE's entry
// (gcide/lady_s_garters.txt) says it in a later sentence of its sense
// ("It took its name from the green ribbon …"), which answers, not the
// first sentence that says what the society was.
func TestNameOrigin(t *testing.T) {
	q := analyze("Where did Ireland's Ribbon Society get its name from?", New(nil).idf)
	assert.Equal(t, Any, q.kind)
	d := doc{"gcide/lady_s_garters.txt", "Lady's garters", "   {Ribbon Society}, a society in Ireland, founded in the early\n      part of the 19th century in antagonism to the Orangemen.\n      It afterwards became an organization of tennant farmers\n      banded together to prevent eviction by landlords. It took\n      its name from the green ribbon worn by members as a badge.\n"}
	fits := unitFits("Where did Ireland's Ribbon Society get its name from?", d)
	var origin, first float64
	for text, f := range fits {
		switch {
		case strings.HasPrefix(text, "It took"):
			origin = f
		case strings.HasPrefix(text, "{Ribbon Society}"):
			first = f
		}
	}
	assert.Equal(t, 1.0, origin, fits)
	assert.Less(t, first, origin, fits)

	// Another sense of the entry says what it is named for too: not the
	// subject's.
	fish := doc{"gcide/ribbon.txt", "Ribbon", "   {Ribbon fish} (Zool.), any one of several species of marine\n      fishes having a long, compressed, bandlike body. So called\n      from its shape.\n\n" + d.text}
	fits = unitFits("Where did Ireland's Ribbon Society get its name from?", fish)
	for text, f := range fits {
		if strings.Contains(text, "from its shape") {
			assert.Less(t, f, 1.0, text)
		}
	}
}

// A sense under the headword the question names, written as the question
// writes it, is read before a longer headword's one-line entry that holds
// the same words (spaeng: "tarjeta postal ilustrada /…/ picturepostcard"
// ranked first, "tarjeta postal /…/ 1. picturepostcard 2. postcard"
// second).
func TestHeadwordWrittenAsAsked(t *testing.T) {
	ilustrada := doc{"spaeng/tarjeta-postal-ilustrada-taxeta-postal-ilustaa.txt", "tarjeta-postal-ilustrada-taxeta-postal-ilustaa.txt", "tarjeta postal ilustrada /taɾxˈeta postˈal ˌilustɾˈaða/\npicturepostcard\n"}
	postal := doc{"spaeng/tarjeta-postal-taxeta-postal.txt", "tarjeta-postal-taxeta-postal.txt", "tarjeta postal /taɾxˈeta postˈal/\n1. picturepostcard\n2. postcard\n"}
	got, why := best("What is a tarjeta postal?", ilustrada, postal)
	assert.Equal(t, "1. picturepostcard", got, why)
}

// A variable's name built of the question's own words is news when the
// question does not write it whole (muttman: "pgp_encrypt_sign_command"
// is every word of "the command … to both sign and encrypt … PGP" but
// "both"; "pgp_encrypt_only_command" above it adds "only").
func TestIdentifierOfAskedWords(t *testing.T) {
	manual := doc{"muttman/manual.txt", "manual.txt", "3.219.\u00a0pgp_encrypt_only_command\n\nType:\u00a0string\nDefault:\u00a0(empty)\n\nThis command is used to encrypt a body part without signing it.\n\n" +
		"3.220.\u00a0pgp_encrypt_sign_command\n\nType:\u00a0string\nDefault:\u00a0(empty)\n\nThis command is used to both sign and encrypt a body part.\n"}
	got, why := best("Which variable holds the command Mutt uses to both sign and encrypt a body part with PGP?", manual)
	assert.Equal(t, "3.220.\u00a0pgp_encrypt_sign_command", got, why)
	// A pattern of file names is no name built of words.
	sentence := "If you created multiple entries in debian/changelog by skipping uploads, you must create a proper *_.changes file that includes all changes since the last upload."
	fits := unitFits("Which dpkg-buildpackage option, given with a version, creates a .changes file that includes all changes since the last upload?", doc{"maintguide/upload.en.html", "upload.en.html", sentence + "\n"})
	assert.Less(t, fits[sentence], 1.0)
}

// "What kind (type, sort) of X is Y" names a record's "type" field.
func TestKindNamesTypeKey(t *testing.T) {
	json := doc{"isocodes/iso_3166-2.json", "ISO 3166-2", `    {
      "code": "GB-WOR",
      "name": "Worcestershire",
      "parent": "GB-ENG",
      "type": "Two-tier county"
    },
`}
	got, why := best("What kind of subdivision is Worcestershire (GB-WOR) in ISO 3166-2?", json)
	assert.Equal(t, `"type": "Two-tier county"`, got, why)
}

// A phrase inside a question that sets something aside is cut from it,
// its words set aside as a leading "Besides …" is (miscfiles, usbids).
func TestCutAside(t *testing.T) {
	tests := []struct{ in, out, aside string }{
		{"What area code, besides 978, is listed for Chelmsford, Massachusetts?", "What area code is listed for Chelmsford, Massachusetts?", "978"},
		{"What is the product ID of the Qualcomm Top Global Gobi 2000 Wireless Modem (not the QDL mode one)?", "What is the product ID of the Qualcomm Top Global Gobi 2000 Wireless Modem?", "the QDL mode one"},
		{"Which language, other than English, does the FAQ come in?", "Which language does the FAQ come in?", "English"},
		{"Besides kiss, what does baiser mean?", "Besides kiss, what does baiser mean?", ""}, // a leading one: see excludes
		{"What does (not) mean here?", "What does (not) mean here?", ""},
		{"Which port does ssh use?", "Which port does ssh use?", ""},
		{"Which area code besides 770 is listed for Mableton, Georgia?", "Which area code is listed for Mableton, Georgia?", "770"},
		{"Sunrise, Florida is listed under area code 954 and which other area code?", "Sunrise, Florida is listed under area code which area code?", "954"},
		{"Which French word besides chien means dog?", "Which French word means dog?", "chien"},
		{"What is an abattoir and what other name does it have?", "What is an abattoir and what other name does it have?", ""}, // two questions, no value set aside
		{"Which area code serves Mableton and what other cities share it?", "Which area code serves Mableton and what other cities share it?", ""},
		{"In V.E.R.A., what does EFT stand for, other than Euro-FileTransfer?", "In V.E.R.A., what does EFT stand for?", "Euro-FileTransfer"}, // vera: at the end
		{"What does IDE stand for, not the drive interface?", "What does IDE stand for?", "the drive interface"},
		{"What is it called, except in Perl?", "What is it called, except in Perl?", ""},                                                                                                   // a closing "except" stays
		{"Which option puts all arguments in the environment, not just those before the name?", "Which option puts all arguments in the environment, not just those before the name?", ""}, // bashdoc: widens, sets nothing aside
	}
	for _, tc := range tests {
		out, aside := cutAside(tc.in)
		assert.Equal(t, tc.out, out, tc.in)
		assert.Equal(t, tc.aside, aside, tc.in)
	}
	q := analyze("What area code, besides 978, is listed for Chelmsford, Massachusetts?", New(nil).idf)
	assert.True(t, slices.ContainsFunc(q.excluded, func(w qword) bool { return w.lower == "978" }))
	assert.False(t, slices.ContainsFunc(q.words, func(w qword) bool { return w.lower == "978" }))
}

// Review cases (session 38): a sentence's first word is no name two
// units agree on; a variable's name written with its sigil is the
// question's own; "what kind of" keys a "type" field, a "kind" alone
// does not.
func TestReviewS38(t *testing.T) {
	r := New(nil)
	q := "Which editing mode does GNU Readline use by default?"
	set := doc{"bashdoc/bash.html", "Man page of BASH", "Set the default editing mode to emacs.\n"}
	setVi := doc{"bashdoc/bashref.html", "Bash Reference Manual", "Set the default editing mode to vi.\n"}
	srcs := sources(set, setVi)
	a := r.Read(q, srcs)
	assert.Less(t, feature(a, "margin"), 1.0, "a sentence's first word is no value\n"+r.Explain(q, srcs, 3))

	editor := "the editor named by $EDITOR"
	eq := analyze("Which variable overrides the EDITOR environment variable?", r.idf)
	for _, tk := range words(editor, 0) {
		if tk.body == "EDITOR" {
			assert.False(t, eq.newIdentifier(editor, tk), "$EDITOR is the question's EDITOR")
		}
	}

	mutt := doc{"muttman/manual.txt", "manual.txt", "3.305.\u00a0sort\n\nType:\u00a0sort order\nDefault:\u00a0date\n"}
	got, why := best("What sort order does Mutt use by default for the index?", mutt)
	assert.NotEqual(t, "Type:\u00a0sort order", got, why)
	out, aside := cutAside("Which variable, other than pgp_encrypt_sign_command, holds the command?")
	assert.Equal(t, "Which variable holds the command?", out)
	assert.Equal(t, "pgp_encrypt_sign_command", aside)
}

// A record or table row of the file that binds less of the question's
// subject than the best one is another record, no rival of it
// (recordCovers): isocodes' iso_639-2.json ("ISO" and "639-2" bind every
// record through the file's title, "Luxembourgish" one), miscfiles'
// countries, usb.ids' FinePix rows under one vendor (inner too). A row
// that holds no relation word of the question keeps its rivals ("How many
// people live in Kuala Lumpur?": Malaysia's row states no population).
func TestLessBoundRecordsNoRivals(t *testing.T) {
	iso := doc{"isocodes/iso_639-2.json", "ISO 639-2", `    {
      "alpha_3": "lim",
      "name": "Limburgan; Limburger; Limburgish"
    },
    {
      "alpha_2": "lb",
      "alpha_3": "ltz",
      "name": "Luxembourgish; Letzeburgesch"
    },
    {
      "alpha_3": "lua",
      "name": "Luba-Lulua"
    },
`}
	countries := doc{"miscfiles/countries", "countries", "# UN Code number: 2 letter ISO abbrev : 3 letter ISO abbrev : name : capital\n" +
		"418:LA:LAO:Lao People's Democratic Republic:Vientiane\n458:MY:MYS:Malaysia:Kuala Lumpur (official), Putrajaya (administrative)\n" +
		"686:SN:SEN:Senegal:Dakar\n724:ES:ESP:Spain:Madrid\n736:SD:SDN:Sudan:Khartoum\n740:SR:SUR:Suriname:Paramaribo\n"}
	usb := doc{"usbids/usb.ids", "usb.ids", "04cb  Fuji Photo Film Co., Ltd\n\t023e  FinePix AX300\n\t0240  FinePix S2950 Digital Camera\n\t0241  FinePix S3200 Digital Camera\n\t0278  FinePix JV300\n"}
	tests := []struct {
		name, q, best string
		d             doc
		rivals        bool // whether a rival stays within three points (margin under 1)
		inner         bool // whether the rows beside the best one in its block are no rivals either
	}{
		{"json records", "What is the ISO 639-2 three-letter code for Luxembourgish?", `"alpha_3": "ltz",`, iso, false, false},
		{"table rows", "What is Sudan's numeric UN country code?", "736:SD:SDN:Sudan:Khartoum", countries, false, false},
		{"rows under a vendor", "What product ID does Fujifilm's FinePix S3200 camera report over USB?", "0241  FinePix S3200 Digital Camera", usb, false, true},
		{"a row stating nothing asked", "How many people live in Kuala Lumpur?", "", countries, true, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := New(nil)
			srcs := sources(tc.d)
			a := r.Read(tc.q, srcs)
			why := r.Explain(tc.q, srcs, 3)
			require.NotEmpty(t, a.Best, why)
			if tc.best != "" {
				assert.Equal(t, tc.best, answerText(Answer{Pieces: a.Best}, srcs), why)
			}
			if tc.rivals {
				assert.Less(t, feature(a, "margin"), 1.0, why)
				return
			}
			assert.Equal(t, 1.0, feature(a, "margin"), why) // no rival within three points
			assert.Equal(t, 0.0, feature(a, "crowd"), why)
			if tc.inner {
				assert.Equal(t, 1.0, feature(a, "inner"), why)
			}
		})
	}
}

// A colon-separated record whose last cells are empty ends with colons,
// as a label with no value does ("Usage:"); it still states its values
// (miscfiles' airport list: "BUR:Burbank/Glendale/Pasadena:US::").
func TestRecordWithEmptyLastCellsFits(t *testing.T) {
	text := "# Airport Code:Airport:Country Code:Geographic subdivision:Major city or cities serving\n" +
		"BSL:Basel/Mulhouse Euroarpt:CH::Basel\nBUR:Burbank/Glendale/Pasadena:US::\nCGN:Cologne:DE::Cologne|Bonn\n"
	fits := unitFits("Which airport has the code BUR?", doc{"airport", "airport", text})
	assert.Equal(t, 1.0, fits["BUR:Burbank/Glendale/Pasadena:US::"], "%v", fits)
	label := unitFits("What is the elevation of Mount Tarn?", doc{"tarn", "Mount Tarn", "Name: Mount Tarn\nElevation  :\nRange: Tarrow Hills\n"})
	fit, ok := label["Elevation  :"]
	assert.True(t, ok && fit == 0, "%v", label)
}

// A date written in ISO 8601's basic form ("19970410") is a date.
func TestBasicFormDate(t *testing.T) {
	d := doc{"cities.dat", "cities.dat", "//\nID          : 381\nType        : City\nName        : Erlangen\n Country    : DE\nDate        : 19970410\n//\n"}
	fits := unitFits("What date is recorded for the Erlangen entry?", d)
	assert.Equal(t, 1.0, fits["Date        : 19970410"], "%v", fits)
	assert.True(t, isISODate("19970410"))
	assert.False(t, isISODate("19971310"), "no month 13")
	assert.False(t, isISODate("12345678"))
}

// Units that hold the answer of a question's kind, each a class of its own:
// a weekday answers "which day of the week"; a sentence that opens with a
// word in lower case ("aptitude is …") opens with a name written as typed,
// a tool's; a long value that holds a name the question gives still
// states a date ("{US Constitution}" of WordNet's sense, which gives 1787).
func TestKindFits(t *testing.T) {
	venerdi := doc{"itaeng/venerdi.txt", "venerdi.txt", "venerdì /venerdˈi/\nFriday\n"}
	aptitude := doc{"debfaq/pkgtools.txt", "pkgtools.txt", "aptitude is the recommended package manager for Debian GNU/Linux systems, and is described in Section 8.1.3.\n"}
	bind := doc{"bashdoc/bashref.html", "Bash Reference Manual", "Bash allows the current readline key bindings to be displayed or modified with the bind builtin command.\n"}
	constitution := doc{"wordnet/united-states-constitution.txt", "united-states-constitution.txt", "United States Constitution\n    n 1: the constitution written at the Constitutional Convention\n         in Philadelphia in 1787 and subsequently ratified by the\n         original thirteen states [syn: {United States\n         Constitution}, {U.S. Constitution}, {US Constitution}]\n"}
	for _, tt := range []struct {
		q    string
		d    doc
		unit string
	}{
		{"Which day of the week is venerdì?", venerdi, "Friday"},
		{"Which tool is the recommended package manager for Debian GNU/Linux systems?", aptitude, "aptitude is"},
		{"When was the US Constitution written?", constitution, "in 1787"},
		{"Which builtin displays the current Readline key and function bindings?", bind, "bind builtin"}, // "bind" stems as "bindings" does, but the question does not write it
	} {
		found := false
		for u, fit := range unitFits(tt.q, tt.d) {
			if strings.Contains(u, tt.unit) {
				found = true
				assert.GreaterOrEqual(t, fit, 0.9, "%s: %q", tt.q, u)
			}
		}
		assert.True(t, found, tt.q)
	}
}

// A "who" question may be answered by people named by what they are, in
// lower case as running text writes them ("sailors", "the release
// managers"); "which company" still asks for a name.
func TestWhoAnsweredByPersonNoun(t *testing.T) {
	peacoat := doc{"gcide/peacoat.txt", "peacoat.txt", "peacoat\npeacoat \\pea\"coat`\\, n.\n   A thick loose double-breasted coat of coarse woolen cloth, worn by sailors in cold weather.\n"}
	fits := unitFits("Who commonly wears a peacoat in cold weather?", peacoat)
	found := false
	for u, fit := range fits {
		if strings.Contains(u, "worn by sailors") {
			found = true
			assert.GreaterOrEqual(t, fit, 0.8, u)
		}
	}
	assert.True(t, found, "%v", fits)
	// "Four" after "]" fits a person as a capital does; the sentence that
	// answers names one in lower case, no longer a unit of no fit.
	got, why := best("Who coined the word nybble?", rvNybble)
	assert.Contains(t, got, "an unknown hacker", why)
	seen := false
	for u, fit := range unitFits("Which company wears a peacoat in cold weather?", peacoat) {
		if strings.Contains(u, "worn by sailors") {
			seen = true
			assert.Less(t, fit, 0.8, u)
		}
	}
	assert.True(t, seen, "the unit is among the candidates")

}

// A gloss that lists what the question sets aside as an item of its own
// beside other items still answers "besides …, what else" with them
// ("jump, leap, spring" for "apart from jump and leap"); a numbered sense
// lists words for one meaning, all set aside together ("1. come across,
// encounter" for "besides coming across").
func TestSetAsideItemOfList(t *testing.T) {
	saltare := doc{"itaeng/saltare.txt", "saltare.txt", "saltare /saltˈare/\njump, leap, spring\n"}
	fits := unitFits("Apart from jump and leap, which other English verb does the dictionary offer for 'saltare'?", saltare)
	assert.Equal(t, 1, len(fits), "%v", fits)
	for u, fit := range fits {
		assert.Greater(t, fit, 0.0, u)
	}
	hallar := doc{"spaeng/hallar.txt", "hallar.txt", "hallar /aʎˈaɾ/\n1. come across, encounter, meet, see\n2. find\n"}
	found := false
	for u, fit := range unitFits("Besides coming across someone, what else can hallar mean?", hallar) {
		if strings.HasPrefix(u, "1.") {
			found = true
			assert.Equal(t, 0.0, fit, u)
		}
	}
	assert.True(t, found)
}

// "What is WFP?" of an acronym list is answered by the line that spells the
// short form out, as "what does WFP stand for" is; a question that only
// uses a short form among its words ("a deal in which an ISP lets …")
// does not ask for it.
func TestWhatIsShortForm(t *testing.T) {
	vera := doc{"vera/vera.w", "vera.w", "WFP\n       Windows Filtering Platform (MS, Windows)\n\nWFQ\n       Weighted Fair Queueing (QoS)\n"}
	fits := unitFits("What is WFP in Windows networking?", vera)
	found := false
	for u, fit := range fits {
		if strings.Contains(u, "Windows Filtering Platform") {
			found = true
			assert.Equal(t, 1.0, fit, u)
		}
	}
	assert.True(t, found, "%v", fits)
	isp := doc{"jargon/isp.txt", "isp.txt", "ISP\n /I·S·P/\n\n    Common abbreviation for Internet Service Provider, a kind of company that\n    barely existed before 1993.\n"}
	fits = unitFits("What do anti-spam people call a deal in which an ISP lets a spammer break its terms of service?", isp)
	require.NotEmpty(t, fits)
	for u, fit := range fits {
		assert.Less(t, fit, 0.9, u)
	}
}

// "What is the default value of X?" is answered by the default the
// reference states for X: a "Default:" field under the numbered heading
// that names the setting (Mutt's manual), narrowed to its value, however
// short ("no"); a definition list's "Default is true." under its own term,
// not the default of the next term, which the passage's first line does
// not name (git's); a sentence that states a default, not one that only
// speaks of one (bash's).
func TestDefaultValue(t *testing.T) {
	nb := "\u00a0"
	mutt := doc{"muttman/manual.txt", "The Mutt E-Mail Client", "used.\n\n3.394." + nb + "tmpdir\n\nType:" + nb + "path\nDefault:" + nb + "(empty)\n\nThis variable allows you to specify where Mutt will place its temporary files.\n\n" +
		"3.395." + nb + "to_chars\n\nType:" + nb + "string\nDefault:" + nb + "“" + nb + "+TCFL”\n\nControls the character used to indicate mail addressed to you.\n\n" +
		"3.396." + nb + "crypt_opportunistic_encrypt\n\nType:" + nb + "boolean\nDefault:" + nb + "no\n\nSetting this variable will cause Mutt to automatically enable encryption.\n"}
	git := doc{"gitdoc/git-gc.html", "git-gc(1)", "gc.writeCommitGraph\n\nIf true, then gc will rewrite the commit-graph file when git-gc(1) is run. When using git gc --auto the commit-graph will be updated if housekeeping is required. Default is true. See git-commit-graph(1) for details.\n\n" +
		"gc.logExpiry\n\nIf the file gc.log exists, then git gc --auto will print its content and exit with status zero instead of running unless that file is more than gc.logExpiry old. Default is \"1.day\". See gc.pruneExpire for more ways to specify its value.\n"}
	bash := doc{"bashdoc/bash.html", "BASH", "active-region-start-color\n\nA string variable that controls the text color and background when displaying the text in the active region. When the region is active, readline highlights the text in the region using the value of the active-region-start-color, which defaults to the string that puts the terminal in standout mode. This variable is reset to the default value whenever the terminal type changes.\n"}
	for _, tc := range []struct {
		q    string
		d    doc
		want string
	}{
		{"What is the default value of to_chars?", mutt, "“" + nb + "+TCFL”"},
		{"What is the default of crypt_opportunistic_encrypt?", mutt, "no"},
		{"What is the default value of gc.writeCommitGraph?", git, "Default is true."},
		{"What is the default value of the readline variable active-region-start-color?", bash, "which defaults to the string that puts the terminal in standout mode"},
	} {
		t.Run(tc.q, func(t *testing.T) {
			got, why := best(tc.q, tc.d)
			if tc.want == "no" {
				assert.Equal(t, "no", strings.TrimSpace(got), why)
			} else {
				assert.Contains(t, got, tc.want, why)
			}
		})
	}
}

// A name set apart in angle brackets, as a manual writes its functions and
// keys ("<tag-pattern>", "<Enter>"), is what the question is about; a
// spaced "<" and ">" set nothing apart.
func TestAngleBracketedSubject(t *testing.T) {
	r := New(nil)
	for _, tc := range []struct {
		q, word string
		subject bool
	}{
		{"What key is <tag-pattern> bound to by default?", "tag-pattern", true},
		{"In Mutt's generic menu, which function is bound to <Enter> by default?", "Enter", true},
		{"Which key is bound to search next in the pager?", "search", false},
		{"Is x < y > z ever true in the shell?", "y", false},
	} {
		q := analyze(tc.q, r.idf)
		i := slices.IndexFunc(q.words, func(w qword) bool { return w.body == tc.word })
		require.GreaterOrEqual(t, i, 0, tc.q)
		assert.Equal(t, tc.subject, q.words[i].subject, tc.q)
	}
	got, why := best("What key is <tag-pattern> bound to by default?", doc{"muttman/manual.txt", "The Mutt E-Mail Client",
		"Or you can select individual messages by hand using the <tag-message> function, which is bound to “t” by default. To tag all messages matching a pattern, use the <tag-pattern> function, which is bound to “shift-T” by default.\n"})
	assert.Contains(t, got, "shift-T", why)
}

// "The verb dib" asks about the entry its dictionary labels a verb ("Dib
// \Dib\, v. i."): a sense under the noun's headword ("Dib \Dib\, n.") is
// of another entry, and binds less than it does for "the noun dib".
func TestPartOfSpeechAsked(t *testing.T) {
	dib := doc{"gcide/dib.txt", "dib.txt", "Dib\nDib \\Dib\\, v. i.\n   To dip. [Prov. Eng.] --Walton.\n   [1913 Webster]\n\nDib \\Dib\\, n.\n   1. One of the small bones in the knee joints of sheep uniting\n      the bones above and below the joints.\n      [1913 Webster]\n"}
	bind := func(q string) float64 {
		r := New(nil)
		for _, c := range r.candidates(analyze(q, r.idf), sources(dib)) {
			if u := c.p.units[c.unit]; strings.HasPrefix(c.p.text[u.Start:u.End], "1. One of the small bones") {
				return c.bind
			}
		}
		t.Fatalf("no candidate for the noun's sense: %s", q)
		return 0
	}
	assert.Less(t, bind("What does the verb dib mean?"), bind("What does the noun dib mean?"))
}

// A headword line that goes on with a gloss of three letters ("To dip.",
// "See {sly}.") states the entry's sense: no label of names only, which
// the reader passes over; a line of the headword and its tags is one.
func TestShortGlossIsNoLabel(t *testing.T) {
	for _, tc := range []struct {
		d     doc
		label bool
	}{
		{doc{"gcide/dib.txt", "dib.txt", "Dib\nDib \\Dib\\, v. i.\n   To dip. [Prov. Eng.] --Walton.\n   [1913 Webster]\n"}, false},
		{doc{"gcide/unsly.txt", "unsly.txt", "Unsly\nUnsly \\Unsly\\\n   See {sly}.\n   [1913 Webster]\n"}, false},
		{doc{"jargon/logic-bomb.txt", "logic bomb", "logic bomb n.\n\n   Code surreptitiously inserted into an application or OS that causes it to perform some destructive or security-compromising activity whenever specified conditions are met.\n"}, true},
	} {
		p := prepare(sources(tc.d)[0], 0)
		assert.Equal(t, tc.label, p.label[0], tc.d.text)
	}
}

// A unit that states the question's contrast the other way round ("a
// package name, not an object reference" for "an object rather than a
// package name") answers nothing: the glossary's entry beside it does.
func TestContrastSwappedUnitFitsNot(t *testing.T) {
	gloss := doc{"perlgloss/perlglossary.pod", "perlglossary", "class method\nA method whose invocant is a\npackage name, not an object reference.\n\ninstance method\nA method of an object, as opposed to a class method.\n"}
	seen := false
	for u, fit := range unitFits("What do you call a method whose invocant is an object rather than a package name?", gloss) {
		if strings.Contains(u, "not an object reference") {
			seen = true
			assert.Equal(t, 0.0, fit, u)
		}
	}
	assert.True(t, seen, "the unit is among the candidates")

}

// A manual's reproduced licence (bashref's "Appendix C GNU Free
// Documentation License") answers no question about what it documents,
// however many of the question's words its terms hold; a question about
// the licence itself still reads it.
func TestLicenseSectionFitsNot(t *testing.T) {
	src := generate.Source{N: 1, Passage: corpus.Passage{ID: "bashref", Path: "bashdoc/bashref.html", Title: "Bash Reference Manual", Section: "Bash Features > Appendix C GNU Free Documentation License",
		Text: "But this License is not limited to software manuals; it can be used for any textual work, regardless of subject matter or whether it is published as a printed book.\n"}}
	r := New(nil)
	for _, tc := range []struct {
		q    string
		fits bool
	}{
		{"What does the configure script print out while it is running, regardless of subject?", false},
		{"Is the license limited to software manuals?", true},
	} {
		for _, c := range r.candidates(analyze(tc.q, r.idf), []generate.Source{src}) {
			assert.Equal(t, tc.fits, c.fit > 0, tc.q)
		}
	}
}

// A sentence that ends with a colon after restating the question ("So, in
// the simplest form, you can send a text/plain message to the external
// pager more on standard input:") announces the answer, the block after
// it; one that names a thing of its own before the colon ("The
// debian-policy package contains …, which are:") states it.
func TestRestatementBeforeColonFitsNot(t *testing.T) {
	mutt := doc{"muttman/manual.txt", "The Mutt E-Mail Client", "So, in the simplest form, you can send a text/plain message to the external\npager more on standard input:\n\ntext/plain; more\n"}
	found := false
	for u, fit := range unitFits("In the Mutt manual, what is the simplest mailcap entry to send a text/plain message to the external pager more on standard input?", mutt) {
		if strings.HasPrefix(u, "So, in the simplest form") {
			found = true
			assert.Equal(t, 0.0, fit, u)
		}
	}
	assert.True(t, found)
	devref := doc{"devref/resources.html", "Resources for Debian Developers", "The debian-policy package contains the Debian Policy Manual and related documents, which are:\n\n- Filesystem Hierarchy Standard (FHS)\n"}
	seen := false
	for u, fit := range unitFits("Which package contains the Debian Policy Manual and related documents such as the Filesystem Hierarchy Standard?", devref) {
		if strings.HasPrefix(u, "The debian-policy package") {
			seen = true
			assert.Greater(t, fit, 0.0, u)
		}
	}
	assert.True(t, seen, "the unit is among the candidates")

}

// A question that asks which part of a manual covers something is
// answered by the numbered heading that says so, or by a sentence that
// refers to the part by its number; a sentence that names no part ("It
// covers many aspects …" of the Debian Reference's preface) fits it
// little, however much of the question it binds.
func TestDivisionAskedIsAHeading(t *testing.T) {
	preface := doc{"debref/index.en.html", "Debian Reference", "Debian Reference\n\nThis Debian Reference (version 2.100) (2023-02-04 11:59:01 UTC) is intended to provide a broad overview of the Debian system as a post-installation user's guide. It covers many aspects of system administration through shell-command examples for non-developers.\n"}
	ch05 := doc{"debref/ch05.en.html", "Chapter 5. Network setup", "5.4.2.\u00a0Safe low level network operations\n\nYou may use low level network commands as follows safely since they do not change network configuration.\n"}
	got, why := best("Which section of the Debian Reference covers safe low level network operations?", preface, ch05)
	assert.Equal(t, "5.4.2.\u00a0Safe low level network operations", got, why)
	fits := unitFits("Which section of the Debian Reference covers safe low level network operations?", preface, ch05)
	assert.LessOrEqual(t, fits["It covers many aspects of system administration through shell-command examples for non-developers."], 0.3)

	notes := doc{"maintguide/dother.en.html", "Chapter 5. Other files under the debian directory", "[89] See Debian Policy Manual, 8.1 \"Run-time shared libraries\".\n\n[90] See Debian Policy Manual, 8.1.1 \"ldconfig\".\n"}
	got, why = best("Which section number of the Debian Policy Manual does the guide point to for ldconfig?", notes)
	assert.Contains(t, got, "8.1.1", why)
	fits = unitFits("Which section number of the Debian Policy Manual does the guide point to for ldconfig?", notes)
	require.NotEmpty(t, fits)
	for u, fit := range fits {
		assert.Equal(t, 1.0, fit, u) // a section's number, though "section number" asks for a number
	}
}

// The block after a sentence that restates the question and ends with a
// colon is what the sentence announces: it is read with the sentence's
// words (git-check-ref-format's example "Determine the reference name to
// use for a new branch:" over the command that does it).
func TestBlockAfterRestatementTakesItsWords(t *testing.T) {
	gitdoc := doc{"gitdoc/git-check-ref-format.html", "git-check-ref-format(1)", "Determine the reference name to use for a new branch:\n\n$ ref=$(git check-ref-format --normalize \"refs/heads/$newbranch\")||\n{ echo \"we do not like '$newbranch' as a branch name.\" >&2 ; exit 1 ; }\n"}
	got, why := best("In the git check-ref-format examples, which option is used to determine the reference name to use for a new branch?", gitdoc)
	assert.Contains(t, got, "--normalize", why)
	r := New(nil)
	a := r.Read("In the git check-ref-format examples, which option is used to determine the reference name to use for a new branch?", sources(gitdoc))
	assert.Greater(t, feature(a, "align"), 0.5, why)
}

// A short line of names far to the right under a verse signs it (The
// Devil's Dictionary credits its verses so): "who wrote the verse" is
// answered by that line, whichever line of the verse the question
// quotes; "who answers …" in a verse is not asked of its poet.
func TestVerseSignedByRightAlignedName(t *testing.T) {
	absent := doc{"devil/absent-adj.txt", "", "ABSENT, adj.  Peculiarly exposed to the tooth of detraction; vilifed;\nhopelessly in the wrong; superseded in the consideration and affection\nof another.\n\n    To men a man is but a mind.  Who cares\n    What face he carries or what form he wears?\n    But woman's body is the woman.  O,\n    Stay thou, my sweetheart, and do never go,\n    But heed the warning words the sage hath said:\n    A woman absent is a woman dead.\n" + strings.Repeat(" ", 60) + "Jogo Tyree\n"}
	got, why := best("In The Devil's Dictionary, which poet is credited with the verse ending \"A woman absent is a woman dead\" under ABSENT?", absent)
	assert.Equal(t, "Jogo Tyree", got, why)
	got, why = best("Under ABSENT, what does the sage's warning say a woman absent is?", absent)
	assert.NotEqual(t, "Jogo Tyree", got, why)
	tabbed := absent
	tabbed.text = strings.Replace(absent.text, strings.Repeat(" ", 60), "\t\t\t\t\t\t\t", 1) // set with tabs: column 56
	got, why = best("In The Devil's Dictionary, which poet is credited with the verse ending \"A woman absent is a woman dead\" under ABSENT?", tabbed)
	assert.Equal(t, "Jogo Tyree", got, why)
}

// "by" and a name credits a work to its author: "Who wrote the Lions
// Book?" aligns with the Jargon File's "Source Code and Commentary on
// Unix level 6, by John Lions." though it writes no "wrote".
func TestByCreditsAuthor(t *testing.T) {
	lions := "Lions Book\n n.\n\n    Source Code and Commentary on Unix level 6, by John Lions. The two parts of\n    this book contained (1) the entire source listing of the Unix Version 6\n    kernel, and (2) a commentary on the source discussing the algorithms.\n"
	r := New(nil)
	srcs := sources(doc{"jargon/lions-book.txt", "Lions Book", lions})
	a := r.Read("Who wrote the Lions Book?", srcs)
	assert.Contains(t, answerText(Answer{Pieces: a.Best}, srcs), "by John Lions", r.Explain("Who wrote the Lions Book?", srcs, 3))
	assert.Equal(t, 1.0, feature(a, "align"))
}

// A unit that lacks a relation word of the question and holds its
// opposite (WordNet's antonym or a form of it) states the other way round:
// "the -sd option will force the exclusion of the original orig.tar.gz
// source" names no option that includes it; the row "Amazonas (east)" is
// no zone for Amazonas (west). Not when the question writes both poles
// ("the lowercase mapping of … CAPITAL LETTER …").
func TestOppositeFitsNot(t *testing.T) {
	maint := doc{"maintguide/upload.en.html", "Chapter 9. Uploading the package", "When you first upload the package to the archive, you need to include the original orig.tar.gz source, too. If the Debian revision number of this package is neither 1 nor 0, you must provide the dpkg-buildpackage option -sa.\n\nOn the other hand, the -sd option will force the exclusion of the original orig.tar.gz source.\n"}
	fits := unitFits("Which dpkg-buildpackage option must you give to include the original orig.tar.gz source in an upload?", maint)
	assert.Equal(t, 0.0, fits["On the other hand, the -sd option will force the exclusion of the original orig.tar.gz source."])
	assert.Greater(t, fits["If the Debian revision number of this package is neither 1 nor 0, you must provide the dpkg-buildpackage option -sa."], 0.0)

	zone := doc{"tzdata/zone.tab", "zone.tab", "BR\t-0308-06001\tAmerica/Manaus\tAmazonas (east)\nBR\t-0640-06952\tAmerica/Eirunepe\tAmazonas (west)\n"}
	fits = unitFits("Which timezone is listed for Amazonas (west)?", zone)
	assert.Equal(t, 0.0, fits["BR\t-0308-06001\tAmerica/Manaus\tAmazonas (east)"])
	assert.Greater(t, fits["BR\t-0640-06952\tAmerica/Eirunepe\tAmazonas (west)"], 0.0)

	ucd := doc{"unicode/UnicodeData.txt", "UnicodeData.txt", "A642;CYRILLIC CAPITAL LETTER DZELO;Lu;0;L;;;;;N;;;;A643;\n"}
	assert.Greater(t, unitFits("What is the lowercase mapping of CYRILLIC CAPITAL LETTER DZELO?", ucd)["A642;CYRILLIC CAPITAL LETTER DZELO;Lu;0;L;;;;;N;;;;A643;"], 0.0)
}

// A title page names who wrote the document by a line of names under the
// title; a contact line under a name says what that person wrote. "by"
// after another verb's participle credits no one ("obsoleted by").
func TestBylineNamesAuthor(t *testing.T) {
	debref := doc{"debref/index.en.html", "Debian Reference", "Debian Reference\n\nOsamu Aoki\n\nCopyright © 2013-2021 Osamu Aoki\n\nThis Debian Reference (version 2.100) (2023-02-04 11:59:01 UTC) is intended to provide a broad overview of the Debian system as a post-installation user's guide.\n"}
	got, why := best("Who wrote the Debian Reference?", debref)
	assert.Equal(t, "Osamu Aoki", got, why)
	maint := doc{"maintguide/index.en.html", "Debian New Maintainers' Guide", "Debian New Maintainers' Guide\n\nJosip Rodin\n\noriginal contents\u00a0<joy-mg@debian.org>\n\nOsamu Aoki\n\nupdated contents\u00a0<osamu@debian.org>\n\nversion 1.2.53\n"}
	got, why = best("Who wrote the original contents of the Debian New Maintainers' Guide?", maint)
	assert.Equal(t, "Josip Rodin", got, why)
	got, why = best("Who updated the contents of the Debian New Maintainers' Guide?", maint)
	assert.Equal(t, "Osamu Aoki", got, why)

	for text, credits := range map[string]bool{
		"Source Code and Commentary on Unix level 6, by John Lions.":         true,
		"\"Debian Tutorial\" by Havoc Pennington.":                           true,
		"obsoleted by \"Debian GNU/Linux: Guide to Installation and Usage\"": false,
		"this manual was initially written in 1996 by Ian Jackson":           true,
		"By John Lions": true, // a title page's capital
		"The Jargon File, compiled by Eric S. Raymond": true,
		"dpkg was created by Ian Jackson in 1993":      true,
		"It has been replaced by Linux":                false,
		"Obsoleted by Debian Reference (version 1)":    false,
	} {
		assert.Equal(t, credits, creditsBy(words(text, 0)), text)
	}
}

// An item of a numbered list is no part of the text a division question
// asks for ("Which chapter explains …"): only a heading, a label or a
// block of its own is ("9. Maintainer script flowcharts").
func TestNumberedListItemIsNoDivision(t *testing.T) {
	steps := doc{"guide/build.html", "Building the package", "To build the package:\n1. Install the build dependencies with apt-get build-dep.\n2. Run dpkg-buildpackage -us -uc in the source tree.\n"}
	fits := unitFits("Which chapter explains how to build the package?", steps)
	require.NotEmpty(t, fits)
	for u, fit := range fits {
		if strings.HasPrefix(u, "1.") || strings.HasPrefix(u, "2.") {
			assert.Less(t, fit, 1.0, u)
		}
	}
	heading := doc{"policy/ap-flowcharts.html", "Maintainer script flowcharts", "9. Maintainer script flowcharts\n\nThe procedures described here are a subset of the procedures described in the Policy.\n"}
	assert.Equal(t, 1.0, unitFits("Which appendix of the Debian Policy Manual holds the maintainer script flowcharts?", heading)["9. Maintainer script flowcharts"])
}

// A glossary entry that opens with a note of where its term comes from
// ("[Unix/C hackers, from the Iberian dance]", the Jargon File's way)
// answers where the term comes from, narrowed to the note; a note that
// labels a later sense ("[BSD hackers; common]" over pointy hat's second
// sense) says who uses that sense, not where the term comes from.
func TestOriginNoteAnswers(t *testing.T) {
	fandango := doc{"jargon/fandango-on-core.txt", "fandango-on-core.txt", "fandango on core\n n.\n\n    [Unix/C hackers, from the Iberian dance] In C, a wild pointer that runs out\n    of bounds, causing a {core dump}, or corrupts the malloc(3) {arena} in such\n    a way as to cause mysterious failures later on, is sometimes said to have\n    ‘done a fandango on core’.\n"}
	r := New(nil)
	q := "Where does the expression 'fandango on core' get its name from?"
	a := r.Read(q, sources(fandango))
	require.False(t, a.Declined(), "declined (confidence %.2f)\n%s", a.Confidence, r.Explain(q, sources(fandango), 3))
	p := a.Pieces[0]
	assert.Equal(t, "Unix/C hackers, from the Iberian dance", fandango.text[p.Start:p.End])

	pointy := doc{"jargon/pointy-hat.txt", "pointy-hat.txt", "pointy hat\n n.\n\n    1. Syn. {wizard hat}. This synonym specifically refers to the wizards of\n    Unseen University in Terry Pratchett's Discworld series of humorous\n    fantasies; these books are extremely popular among hackers.\n\n    [BSD hackers; common] Notional dunce cap handed to the original author of a\n    bug that's been corrected.\n"}
	got, why := best("Which author is the phrase pointy hat taken from?", pointy)
	assert.NotEqual(t, "BSD hackers; common", got, why)
}

// A name cited as who says or defines what is asked ("What does Bierce
// say …") that no passage writes is the document's author, where to look
// as a title is (The Devil's Dictionary's entries never name Bierce); a
// name the passages write stays what the question is about.
func TestUnwrittenAuthorIsSource(t *testing.T) {
	reform := doc{"devil/reform-v-a-thing-that-mostly-satisfies-reformers-opposed-to.txt", "reform-v-a-thing-that-mostly-satisfies-reformers-opposed-to.txt", "REFORM, v.  A thing that mostly satisfies reformers opposed to\nreformation.\n"}
	r := New(nil)
	q := "Which word does Bierce describe as something that mostly pleases reformers who are against reformation?"
	a := r.Read(q, sources(reform))
	require.False(t, a.Declined(), "declined (confidence %.2f)\n%s", a.Confidence, r.Explain(q, sources(reform), 3))

	ps := []*passage{prepare(sources(reform)[0], 0)}
	an := analyze(q, r.idf)
	an.dropAuthors(ps)
	assert.False(t, slices.ContainsFunc(an.words, func(w qword) bool { return w.lower == "bierce" }), "no passage writes Bierce")
	kernel := doc{"notes/kernel.txt", "kernel", "Torvalds chose version 2 of the GPL for the kernel in 1992.\n"}
	an = analyze("According to Torvalds, which licence covers the kernel?", r.idf)
	require.True(t, slices.ContainsFunc(an.words, func(w qword) bool { return w.lower == "torvalds" && w.author }))
	an.dropAuthors([]*passage{prepare(sources(kernel)[0], 0)})
	assert.True(t, slices.ContainsFunc(an.words, func(w qword) bool { return w.lower == "torvalds" }), "the passage writes Torvalds")
}

// An entry's line that opens with its headword in capitals and a comma
// defines that word, whatever else it names: "PEDESTRIAN, n.  … for an
// automobile" is no definition of an automobile.
func TestOtherHeadwordDefinesNoSubject(t *testing.T) {
	pedestrian := doc{"devil/pedestrian-n-the-variable-an-audible-part-of-the-roadway-for.txt", "pedestrian-n-the-variable-an-audible-part-of-the-roadway-for.txt", "PEDESTRIAN, n.  The variable (an audible) part of the roadway for an\nautomobile.\n"}
	r := New(nil)
	q := "How does the Devil's Dictionary define AUTOMOBILE?"
	a := r.Read(q, sources(pedestrian))
	assert.True(t, a.Declined(), "answered %v (confidence %.2f)", a.Pieces, a.Confidence)
	a = r.Read("How does the Devil's Dictionary define a pedestrian?", sources(pedestrian))
	assert.False(t, a.Declined(), "confidence %.2f", a.Confidence)
}

// TestGivenCodeRivals: when the question gives a code ("the ISO 3166
// code GQ") and the best unit writes it, a unit that writes no given code
// is about something else and no rival: tzdata's iso3166.tab, whose
// header comment restates the question's words ("a table of two-letter
// country codes") and whose neighbouring rows ("GN Guinea") bind the
// file's name as well.
func TestGivenCodeRivals(t *testing.T) {
	rows := doc{"tzdata/iso3166.tab", "iso3166.tab", "GH\tGhana\nGI\tGibraltar\nGL\tGreenland\nGM\tGambia\nGN\tGuinea\nGP\tGuadeloupe\nGQ\tEquatorial Guinea\nGR\tGreece\n"}
	head := doc{"tzdata/iso3166.tab", "iso3166.tab", "# ISO 3166 alpha-2 country codes\n#\n# From Paul Eggert (2025-07-01):\n# This file contains a table of two-letter country codes.  Columns are\n# separated by a single tab.\n"}
	r := New(nil)
	srcs := sources(rows, head)
	q := "Which country has the ISO 3166 code GQ in iso3166.tab?"
	a := r.Read(q, srcs)
	why := r.Explain(q, srcs, 3)
	require.NotEmpty(t, a.Best, why)
	assert.Equal(t, "GQ\tEquatorial Guinea", answerText(Answer{Pieces: a.Best}, srcs), why)
	assert.GreaterOrEqual(t, feature(a, "margin"), 1.0, why)
}

// TestEntryHeadwords: in a bilingual dictionary of one entry per file
// (fraeng), the entry whose headword the question names whole is the
// one asked about: "avoir pitié" and "proche" are other entries, no
// rivals. A word's two entries ("plat" the adjective and "plat" the noun)
// are one word's senses, given together, unless the question names the
// part of speech.
func TestEntryHeadwords(t *testing.T) {
	pitie := doc{"fraeng/pitie-pitje-n-fem.txt", "pitie-pitje-n-fem.txt", "pitié /pitje/ <n, fem>\ncompassion, pity\n"}
	avoir := doc{"fraeng/avoir-pitie-avwapitje-v.txt", "avoir-pitie-avwapitje-v.txt", "avoir pitié /avwaʀpitje/ <v>\nhave compassion on, pity\n"}
	r := New(nil)
	srcs := sources(avoir, pitie)
	q := "What does the French word pitié mean in English?"
	a := r.Read(q, srcs)
	why := r.Explain(q, srcs, 3)
	require.NotEmpty(t, a.Best, why)
	assert.Contains(t, answerText(Answer{Pieces: a.Best}, srcs), "pitié /pitje/", why)
	assert.GreaterOrEqual(t, feature(a, "margin"), 1.0, why)

	adj := doc{"fraeng/plat-pla-adj.txt", "plat-pla-adj.txt", "plat /pla/ <adj>\neven, flat, level, smooth\n"}
	noun := doc{"fraeng/plat-pla-n-masc.txt", "plat-pla-n-masc.txt", "plat /pla/ <n, masc>\ndish, meal, course\n"}
	srcs = sources(adj, noun)
	q = "What does the French word plat mean?"
	a = r.Read(q, srcs)
	why = r.Explain(q, srcs, 3)
	got := answerText(a, srcs)
	assert.Contains(t, got, "even, flat", why)
	assert.Contains(t, got, "dish, meal", why)
	q = "What is the English translation of the French adjective plat?"
	aq := analyze(q, r.idf)
	cands := r.candidates(aq, srcs)
	require.NotEmpty(t, cands)
	for _, p := range alternatives(aq, cands) {
		assert.NotContains(t, srcs[p.N-1].Passage.Text, "dish", "the adjective named: the noun's entry is no other sense of it")
	}
	assert.Empty(t, alternatives(aq, cands))
}

// TestCompletesStranded: a question that ends on a preposition ("what …
// relative to?") stops where its answer starts; a unit that writes the
// word before the preposition, the preposition and new words goes on
// there (muttman's reflow_wrap), and fits the question more than one that
// only shares its words.
func TestCompletesStranded(t *testing.T) {
	wrap := doc{"muttman/manual.txt", "reflow_wrap", "3.300. reflow_wrap\n\nType: number\nDefault: 78\n\nThis variable controls the maximum paragraph width when reformatting text/plain parts when $reflow_text is set. When the value is 0, paragraphs will be wrapped at the terminal's right margin. A positive value sets the paragraph width relative to the left margin. A negative value set the paragraph width relative to the right margin.\n"}
	fits := unitFits("For reflow_wrap, what does a negative value set the paragraph width relative to?", wrap)
	assert.Equal(t, 1.0, fits["A negative value set the paragraph width relative to the right margin."])
	assert.Less(t, fits["This variable controls the maximum paragraph width when reformatting text/plain parts when $reflow_text is set."], 1.0)
	q := analyze("What is the maximum value that CHILD_MAX may be set to?", New(nil).idf)
	assert.Equal(t, [2]string{english.Stem("set"), "to"}, q.stranded)
	assert.Empty(t, analyze("What is CHILD_MAX?", New(nil).idf).stranded[0])
}

// TestCalledInFullNeedsShortForm: "called in full" asks for an
// abbreviation's long form; of a name it asks the name's formal form,
// which is no expansion.
func TestCalledInFullNeedsShortForm(t *testing.T) {
	assert.NotEqual(t, Expansion, analyze("What is Luxembourg called in full, formally?", New(nil).idf).kind)
}

// TestClassNounBeforeNotatedCode: "the character U+00E9" names the code's
// class as "the character LINEAR A SIGN A510" does: the notation between
// them is how the code is written, and the names list's row, which does
// not write "character", answers.
func TestClassNounBeforeNotatedCode(t *testing.T) {
	names := doc{"unicode/NamesList.txt", "NamesList.txt", "00E8\tLATIN SMALL LETTER E WITH GRAVE\n\t: 0065 0300\n00E9\tLATIN SMALL LETTER E WITH ACUTE\n\t: 0065 0301\n00EA\tLATIN SMALL LETTER E WITH CIRCUMFLEX\n\t: 0065 0302\n"}
	aliases := doc{"unicode/NameAliases.txt", "NameAliases.txt", "# A few widely used alternate names for format characters\n0009;CHARACTER TABULATION;control\n"}
	q := "What is the name of the character U+00E9?"
	r := New(nil)
	srcs := sources(names, aliases)
	a := r.Read(q, srcs)
	require.False(t, a.Declined(), r.Explain(q, srcs, 3))
	assert.Equal(t, "00E9\tLATIN SMALL LETTER E WITH ACUTE", answerText(a, srcs))
	for _, q := range []string{q, "What is the name of the character U+3055?"} { // a code of digits only is a code too
		for _, w := range analyze(q, r.idf).words {
			if w.lower == "character" {
				assert.True(t, w.classBefore, "%s: character names the code's class", q)
			}
		}
	}
}

// TestAliasListRecord: a record of a file whose name says it lists other
// names (Unicode's NameAliases.txt) gives one, as "also called" does.
func TestAliasListRecord(t *testing.T) {
	aliases := doc{"unicode/NameAliases.txt", "NameAliases.txt", "0096;START OF GUARDED AREA;control\n0096;SPA;abbreviation\n0097;END OF GUARDED AREA;control\n0097;END OF PROTECTED AREA;control\n0097;EPA;abbreviation\n0098;START OF STRING;control\n0098;SOS;abbreviation\n"}
	got, why := best("What is the short abbreviation alias of U+0098?", aliases)
	assert.Equal(t, "0098;SOS;abbreviation", got, why)
	assert.Equal(t, 1.0, unitFits("What is the short abbreviation alias of U+0098?", aliases)["0098;SOS;abbreviation"])
	data := doc{"unicode/UnicodeData.txt", "UnicodeData.txt", "0098;<control>;Cc;0;BN;;;;;N;START OF STRING;;;;\n"}
	assert.Less(t, unitFits("What is the short abbreviation alias of U+0098?", data)["0098;<control>;Cc;0;BN;;;;;N;START OF STRING;;;;"], 1.0, "a record of another file gives no alias")
}

// TestDrawnTableHeaderFromSection: a passage cut from the middle of a
// table drawn with box-drawing characters holds no header row; the
// section ingest gives it carries the table's caption and header
// ("… > # Table 9.3. Default Index Menu Bindings: Function │ Default key
// │ Description"), whose column names say what the row's cells are.
func TestDrawnTableHeaderFromSection(t *testing.T) {
	rows := "│<clear-flag>               │W            │clear a status flag from a message │\n├───────────────────────────┼─────────────┼───────────────────────────────────┤\n│<collapse-all>             │Esc V        │collapse/uncollapse all threads    │\n"
	q := "What is the default key binding for <clear-flag> in Mutt?"
	src := func(section string) []generate.Source {
		return []generate.Source{{N: 1, Passage: corpus.Passage{ID: "m", Path: "muttman/manual.txt", Title: "The Mutt E-Mail Client", Section: section, Format: corpus.Text, Text: rows}}}
	}
	r := New(nil)
	with := src("Chapter 9. Reference > 4. Functions > 4.2.\u00a0Index Menu > # Table 9.3. Default Index Menu Bindings: Function │ Default key │ Description")
	a := r.Read(q, with)
	require.False(t, a.Declined(), r.Explain(q, with, 3))
	assert.Contains(t, answerText(a, with), "│W ")
	assert.Equal(t, 1.0, feature(a, "key"), "'key' names the row's column Default key")
	without := r.Read(q, src("Chapter 9. Reference > 4. Functions > 4.2.\u00a0Index Menu"))
	assert.Zero(t, feature(without, "key"), "no header: the question's 'key' names no column of the row")
}

// TestClassInParentHeading: a reference rendered as text heads each
// variable with a numbered heading under the chapter that says what they
// are ("3. Configuration Variables" over "3.11. askbcc"): the heading
// holds the class "which variable" asks for, as "This variable" would.
func TestClassInParentHeading(t *testing.T) {
	text := "3.10.\u00a0ask_follow_up\n\nType: boolean\nDefault: no\n\nIf set, Mutt will prompt you for follow-up groups before editing the body of\nan outgoing message.\n\n3.11.\u00a0askbcc\n\nType: boolean\nDefault: no\n\nIf set, Mutt will prompt you for blind-carbon-copy (Bcc) recipients before\nediting an outgoing message.\n\n3.12.\u00a0askcc\n\nType: boolean\nDefault: no\n\nIf set, Mutt will prompt you for carbon-copy (Cc) recipients before editing\nthe body of an outgoing message.\n"
	q := "Which variable makes Mutt ask for Bcc recipients before you edit an outgoing message?"
	srcs := []generate.Source{{N: 1, Passage: corpus.Passage{ID: "m", Path: "muttman/manual.txt", Title: "The Mutt E-Mail Client", Format: corpus.Text,
		Section: "Chapter 9. Reference > 3. Configuration Variables > 3.10.\u00a0ask_follow_up", Text: text}}}
	r := New(nil)
	cue := map[string]bool{}
	for _, c := range r.candidates(analyze(q, r.idf), srcs) {
		u := c.p.units[c.unit]
		cue[c.p.text[u.Start:u.End]] = c.cueHit
	}
	assert.True(t, cue["3.11.\u00a0askbcc"], "the chapter names what its headings are (a no-break space after the number, as DocBook writes it)")
	assert.True(t, cue["3.12.\u00a0askcc"], "every heading under it")
	assert.False(t, cue["Type: boolean"], "a field under the heading is no variable")
}

// TestTableCaptionLineQualifiesRows: a manual's numbered caption right
// above a table ("Table 6.2. List of mail user agent (MUA)", no-break
// spaces after "Table" and the number, as the Debian Reference's HTML
// writes it) says what its rows list, as a data file's comment over its
// rows does.
func TestTableCaptionLineQualifiesRows(t *testing.T) {
	table := "Table\u00a06.2.\u00a0List of mail user agent (MUA)\n\npackage\tpopcon\tsize\ttype\n\nevolution\tV:28, I:226\t470\tX GUI program (GNOME3, groupware suite)\nmutt\tV:20, I:203\t7104\tcharacter terminal program probably used with vim\nmew\tV:0, I:0\t2319\tcharacter terminal program under (x)emacs\n"
	noCaption := table[strings.Index(table, "package"):]
	q := "Which mail user agent is a character terminal program that runs under (x)emacs?"
	aligns := func(text string) float64 {
		r := New(nil)
		for _, c := range r.candidates(analyze(q, r.idf), sources(doc{"debref/ch06.en.html", "Debian Reference", text})) {
			if u := c.p.units[c.unit]; strings.HasPrefix(c.p.text[u.Start:u.End], "mew") {
				return c.align
			}
		}
		return -1
	}
	assert.Greater(t, aligns(table), aligns(noCaption), "'user agent' is the caption's: the rows are mail user agents")
}

// TestAsksForName: "what is the name of …" asks for a record's name
// field, though "name" is a stop word of the question's terms: iso-codes'
// currency record answers "Tanzanian Shilling", not its numeric code, and
// the ISO 639-5 record of "cus" its name with the confidence to say it.
func TestAsksForName(t *testing.T) {
	currencies := doc{"isocodes/iso_4217.json", "iso_4217.json", "    {\n      \"alpha_3\": \"TZS\",\n      \"name\": \"Tanzanian Shilling\",\n      \"numeric\": \"834\"\n    },\n    {\n      \"alpha_3\": \"UAH\",\n      \"name\": \"Hryvnia\",\n      \"numeric\": \"980\"\n    },\n"}
	got, why := best("What is the name of the currency with ISO 4217 alpha_3 code TZS?", currencies)
	assert.Equal(t, `"name": "Tanzanian Shilling",`, got, why)

	families := doc{"isocodes/iso_639-5.json", "iso_639-5.json", "    {\n      \"alpha_3\": \"crp\",\n      \"name\": \"Creoles and pidgins\"\n    },\n    {\n      \"alpha_3\": \"cus\",\n      \"name\": \"Cushitic languages\"\n    },\n    {\n      \"alpha_3\": \"day\",\n      \"name\": \"Land Dayak languages\"\n    },\n"}
	srcs := sources(families)
	a := New(nil).Read("What is the name of the language group with ISO 639-5 code cus?", srcs)
	assert.Equal(t, `"name": "Cushitic languages"`, answerText(a, srcs), New(nil).Explain("What is the name of the language group with ISO 639-5 code cus?", srcs, 3))

	// The class of the thing named is what is asked for, as the head of
	// "which province" is: no record of iso_3166-2.json writes "province"
	// beside a name, and the one that does is its type, no answer.
	provinces := doc{"isocodes/iso_3166-2.json", "iso_3166-2.json", "    {\n      \"code\": \"TD-MA\",\n      \"name\": \"Mandoul\",\n      \"type\": \"Province\"\n    },\n    {\n      \"code\": \"TD-MO\",\n      \"name\": \"Mayo-Kebbi-Ouest\",\n      \"type\": \"Province\"\n    },\n    {\n      \"code\": \"TD-ND\",\n      \"name\": \"Madīnat Injamīnā\",\n      \"type\": \"Province\"\n    },\n"}
	// (Ranked first: whether to answer rests on TD-MO alone, as "ISO
	// 3166-2" says which file to look in and no record writes "Chad".)
	question := "What is the name of the Chad province with ISO 3166-2 code TD-MO?"
	got, why = best(question, provinces)
	assert.Equal(t, `"name": "Mayo-Kebbi-Ouest",`, got, why)
	for _, w := range analyze(question, New(nil).idf).words {
		if w.lower == "province" {
			assert.True(t, w.nameClass, "province: the class asked for, no word the record must hold")
		}
	}

	for _, tc := range []struct {
		question string
		class    string
	}{
		{"What is the name of the currency with code MKD?", "currency"},
		{"What is the name of the Chad province with ISO 3166-2 code TD-MO?", "province"},
		{"What is the name of the ISO 639-5 language group with code pqw?", "group"},
		{"What is the name of the character U+1F673?", ""}, // markClassBefore's
		{"In the Perl Glossary, what is the name for a layout specification?", ""},
		{"What was the name of the swimming monkey remembered by the term scratch monkey?", "monkey"},
		{"What is the name of the file containing the list of mirrors?", "file"},
		{"What is the name of the program maintained by the Debian project?", "program"},
		{"What is Sweden's full formal name?", ""},
	} {
		lower := strings.Fields(strings.ToLower(strings.TrimSuffix(tc.question, "?")))
		bodies := strings.Fields(strings.TrimSuffix(tc.question, "?"))
		got := ""
		if k := nameOfClass(lower, bodies); k >= 0 {
			got = lower[k]
		}
		assert.Equal(t, tc.class, got, tc.question)
	}

	for _, tc := range []struct {
		question string
		want     bool
	}{
		{"What is the name of the currency with code MKD?", true},
		{"What's Sweden's full formal name?", true},
		{"Which name does the file give?", true},
		{"What does the name glork mean?", false},
		{"What is the origin of the name Bluetooth?", false},
		{"Under what name is Laos listed?", true},
		{"Where did the ribbon get its name?", false},
		{"What is the numeric code of Sweden?", false},
		{"What is the ISO 3166-1 official_name of North Macedonia?", false}, // the key written, no "name" field
	} {
		q := analyze(tc.question, New(nil).idf)
		assert.Equal(t, tc.want, q.asksName, tc.question)
	}
}

// TestHeadPhraseCountsNoNumbers: "the ISO 639-2 alpha_2 CODE" is read
// as "ISO 639 2 alpha 2 code": its numbers are no words of the head
// phrase's four, so "code" still says a code is asked, and the record's
// alpha_2 field, not its alpha_3, answers.
func TestHeadPhraseCountsNoNumbers(t *testing.T) {
	for _, q := range []string{
		"According to the ISO codes data, what is the ISO 639-2 alpha_2 code for Sichuan Yi; Nuosu?",
		"What is the ISO 4217 alpha_3 code of the Congolese Franc?",
	} {
		assert.Equal(t, Code, analyze(q, New(nil).idf).kind, q)
	}
	languages := doc{"isocodes/iso_639-2.json", "iso_639-2.json", "    {\n      \"alpha_2\": \"ii\",\n      \"alpha_3\": \"iii\",\n      \"name\": \"Sichuan Yi; Nuosu\"\n    },\n    {\n      \"alpha_3\": \"ijo\",\n      \"name\": \"Ijo languages\"\n    },\n"}
	got, why := best("According to the ISO codes data, what is the ISO 639-2 alpha_2 code for Sichuan Yi; Nuosu?", languages)
	assert.Equal(t, `"alpha_2": "ii",`, got, why)
}

// TestLeadPhraseWordsHaveOffsets: the words of a leading phrase ("In
// Unicode's Blocks.txt, …") are found in the question by their offsets,
// as the question proper's are: the file name they write is the file's,
// no headword of it. Unicode 15's Blocks.txt has no Garay block: its
// header, whose first line names the file, answers nothing about it.
func TestLeadPhraseWordsHaveOffsets(t *testing.T) {
	q := "In Unicode's Blocks.txt, what is the code point range of the Garay block?"
	for _, w := range analyze(q, New(nil).idf).words {
		assert.Equal(t, w.body, q[w.start:w.end])
	}
	header := doc{"unicode/Blocks.txt", "Blocks.txt", "# Blocks-15.0.0.txt\n# Date: 2022-01-28, 20:58:00 GMT [KW]\n# © 2022 Unicode®, Inc.\n# For terms of use, see https://www.unicode.org/terms_of_use.html\n#\n# Unicode Character Database\n# For documentation, see https://www.unicode.org/reports/tr44/\n#\n# Format:\n# Start Code..End Code; Block Name\n\n# ================================================\n\n# Note:   When comparing block names, casing, whitespace, hyphens,\n#         and underbars are ignored.\n"}
	srcs := sources(header)
	r := New(nil)
	a := r.Read(q, srcs)
	assert.True(t, a.Declined(), r.Explain(q, srcs, 3))
}

// TestNameOfClassBindsProse: the class of "the name of the X" is a cue
// to a record's fields, which never write it, but prose that names the
// thing writes it: a sentence naming Tux's designer names no company,
// and the scratch monkey entry no trainer (the Jargon File's text; a
// review found both answered when the class was a cue everywhere).
func TestNameOfClassBindsProse(t *testing.T) {
	tux := doc{"jargon/tux.txt", "tux.txt", "Tux\n\n\n    Tux the Penguin is the official emblem of {Linux}, This eventuated after a\n    logo contest in 1996, during which Linus Torvalds endorsed the idea of a\n    penguin logo in a couple of famously funny postings. Linus explained that\n    he was once bitten by a killer penguin in Australia and has felt a special\n    affinity for the species ever since.\n\n    Larry Ewing designed the official Tux logo. It has proved a wise choice,\n    amenable to hundreds of recognizable variations used as emblems of\n    Linux-related projects, products, and user groups.\n"}
	scratch := doc{"jargon/scratch-monkey.txt", "scratch-monkey.txt", "scratch monkey\n n.\n\n    As in \u201cBefore testing or reconfiguring, always mount a {scratch monkey}\u201d, a\n    proverb used to advise caution when dealing with irreplaceable data or\n    devices.\n\n" +
		"    This term preserves the memory of Mabel, the Swimming Wonder Monkey, star\n    of a biological research program at the University of Toronto. Mabel was\n    not (so the legend goes) your ordinary monkey; the university had spent\n    years teaching her how to swim, breathing through a regulator, in order to\n    study the effects of different gas mixtures on her physiology.\n"}
	for _, tc := range []struct {
		q string
		d doc
	}{
		{"What is the name of Tux's designer's company?", tux},
		{"What was the name of the monkey's trainer in the scratch monkey story?", scratch},
	} {
		r := New(nil)
		srcs := sources(tc.d)
		a := r.Read(tc.q, srcs)
		assert.True(t, a.Declined(), "%s: answered %q\n%s", tc.q, answerText(a, srcs), r.Explain(tc.q, srcs, 3))
	}
}

// TestHeadPhraseCountsNoStandardNumber: a standard's number written with
// its hyphen ("ISO 3166-1") is one word to the tokenizer and no word of
// the head phrase's four, as a number of digits alone is not: "code"
// still ends "the ISO 3166-1 alpha 3 country CODE". And "which Debian
// release's archive AREA" is bare (no copula or determiner before its
// owner): a part of something, no measure.
func TestHeadPhraseCountsNoStandardNumber(t *testing.T) {
	for _, q := range []string{
		"What is the ISO 3166-1 alpha 3 country code of Sweden?",
		"What is the ISO 3166-1 alpha-3 country code of Sweden?",
		"What is the ISO 639-3 three-letter language code for Dhofari Arabic?",
	} {
		assert.Equal(t, Code, analyze(q, New(nil).idf).kind, q)
	}
	q := "Which Debian release's archive area holds the non-free firmware packages?"
	assert.NotEqual(t, Measure, analyze(q, New(nil).idf).kind, q)
}

// TestLeadPhraseOfNamesIsNoEntry: "In VERA, …" says where to look. The
// glossary has an entry for its own name ("VERA  Just playing around,
// huh?"); read as the headword asked about, it made the acronym asked
// (CXL, which VERA does not list) a word that only describes it, and the
// entry answered. A lead phrase with words of its own ("In the Devil's
// Dictionary's definition of diagnosis, …") still names the entry.
func TestLeadPhraseOfNamesIsNoEntry(t *testing.T) {
	vera := doc{"vera/vera.txt", "vera.txt", "VERA\n       Just playing around, huh?\n"}
	q := "In VERA, what does the acronym CXL stand for?"
	srcs := sources(vera)
	r := New(nil)
	a := r.Read(q, srcs)
	assert.True(t, a.Declined(), "answered %q\n%s", answerText(a, srcs), r.Explain(q, srcs, 3))
	for _, tc := range []struct {
		q     string
		scene bool
	}{
		{q, true},
		{"In the Devil's Dictionary's definition of diagnosis, which two things of the patient does the physician feel?", false},
		{"In hacker slang, what is phishing?", false},
	} {
		for _, w := range analyze(tc.q, r.idf).words {
			if w.start < strings.Index(tc.q, ",") {
				assert.Equal(t, tc.scene, w.scene, "%s: %s", tc.q, w.body)
			}
		}
	}
}

// TestLeadPhraseNamesTheEntryWhenTheQuestionNamesNone: "For Linux, …"
// names the entry asked about when the question proper names nothing
// else ("how is it pronounced?"): it is no mere scene (the Jargon File's
// entry; a review found the answer lost).
func TestLeadPhraseNamesTheEntryWhenTheQuestionNamesNone(t *testing.T) {
	linux := doc{"jargon/linux.txt", "linux.txt", "Linux\n /lee'nuhks/, /li\u00b4nuks/, not, /li:\u00b4nuhks/, n.\n\n    The free Unix workalike created by Linus Torvalds and friends starting\n    about 1991. The pronunciation /li'nuhks/ is preferred because the name\n    \u2018Linus\u2019 has an /ee/ sound in Swedish (Linus's family is part of Finland's\n    6% ethnic-Swedish minority) and Linus considers English short /i/ to be\n    closer to /ee/ than English long /i:/.\n"}
	for _, q := range []string{
		"For Linux, how is it pronounced?",
		"In Linux, how is the name pronounced?",
		"How is the name pronounced, for Linux?",
	} {
		srcs := sources(linux)
		r := New(nil)
		a := r.Read(q, srcs)
		assert.Contains(t, answerText(a, srcs), "/li", "%s\n%s", q, r.Explain(q, srcs, 3))
	}
}

// A sentence that leans on the one before it ("… may be handy for this
// task.") is asked together with it: the task is what the sentence before
// says, and the answer copies both, one span of the text (the Debian New
// Maintainers' Guide, 7.2).
func TestSentenceBeforeSaysWhatTheBestRefersTo(t *testing.T) {
	d := doc{"maintguide/checkit.en.html", "Chapter 7. Checking the package for errors", "To prevent installation problems on different systems, you must make\nsure that there are no filenames conflicting with other existing packages,\nusing the Contents-i386 file downloaded\nfrom the Debian archive.\nThe apt-file command may be handy for this task.  If there\nare collisions, please take action to avoid this real problem, whether by\nrenaming the file, moving a common file to a separate package that\nmultiple packages can depend on, or declaring a\nConflicts relationship in the\ndebian/control file.\n"}
	idf := map[string]float64{"command": 7.9, "handy": 13.5, "checking": 13.0, "package": 6.1, "filenames": 12.0, "conflicting": 15.0, "existing": 11.1, "packages": 7.5} // as the guide's folder weighs them
	r := New(func(w string) float64 { return cmp.Or(idf[w], 4) })
	srcs := sources(d)
	q := "Which command may be handy for checking that your package has no filenames conflicting with other existing packages?"
	a := r.Read(q, srcs)
	require.False(t, a.Declined(), r.Explain(q, srcs, 3))
	assert.Equal(t, "To prevent installation problems on different systems, you must make\nsure that there are no filenames conflicting with other existing packages,\nusing the Contents-i386 file downloaded\nfrom the Debian archive.\nThe apt-file command may be handy for this task.", answerText(a, srcs))
	assert.Len(t, a.Pieces, 1, "one span of the text, not two pieces stitched")
}

// A question for an option, answered by what a manual's option list says
// the option does, is answered with the option too: the description's
// sentences and the option they are said of ("--commit" in git-notes(1)).
func TestOptionAskedComesWithItsDescription(t *testing.T) {
	d := doc{"gitdoc/git-notes.html", "git-notes(1)", "See the \"NOTES MERGE STRATEGIES\" section below for more information on each notes merge strategy.\n\n--commit\n\nFinalize an in-progress git notes merge. Use this option when you have resolved the conflicts that git notes merge stored in .git/NOTES_MERGE_WORKTREE. This amends the partial merge commit created by git notes merge (stored in .git/NOTES_MERGE_PARTIAL) by adding the notes in .git/NOTES_MERGE_WORKTREE. The notes ref stored in the .git/NOTES_MERGE_REF symref is updated to the resulting commit.\n\n--abort\n\nAbort/reset an in-progress git notes merge, i.e. a notes merge with conflicts. This simply removes all files related to the notes merge.\n\n-q\n--quiet\n\nWhen merging notes, operate quietly.\n"}
	r := New(nil)
	srcs := sources(d)
	for _, q := range []string{
		"In the git notes documentation, which option of \"git notes merge\" finalizes a notes merge after conflicts have been resolved?",
		"Which option of git notes merge should I use when I have resolved the conflicts?",
	} {
		a := r.Read(q, srcs)
		assert.True(t, strings.HasPrefix(answerText(a, srcs), "--commit\n\nFinalize an in-progress git notes merge."), "%s\n%s", q, r.Explain(q, srcs, 3))
	}
	// A later sentence of a long description is not copied with all the
	// sentences before it (git-format-patch(1)'s --ignore-submodules).
	long := doc{"gitdoc/git-format-patch.html", "git-format-patch(1)", "--ignore-submodules[=<when>]\n\nIgnore changes to submodules in the diff generation. <when> can be either \"none\", \"untracked\", \"dirty\" or \"all\", which is the default. Using \"none\" will consider the submodule modified when it either contains untracked or modified files or its HEAD differs from the commit recorded in the superproject and can be used to override any settings of the ignore option in git-config(1) or gitmodules(5). When \"untracked\" is used submodules are not considered dirty when they only contain untracked content (but they are still scanned for modified content). Using \"dirty\" ignores all changes to the work tree of submodules, only changes to the commits stored in the superproject are shown (this was the behavior until 1.7.0). Using \"all\" hides all changes to submodules.\n"}
	got, why := best("How do I make git format-patch hide all changes to submodules?", long)
	assert.Contains(t, got, "Using \"all\" hides all changes to submodules.", why)
	assert.NotContains(t, got, "--ignore-submodules", why)
}

// The unit before the best one is no sentence of its own when it opens
// in lower case: the tail of a sentence cut at an ellipsis ("… choose
// ‘Page Setup...’ with a LaserWriter selected …" in the Jargon File's
// dogcow). The best one is not read with it.
func TestSentenceBeforeMustOpenASentence(t *testing.T) {
	d := doc{"jargon/dogcow.txt", "dogcow", "dogcow\n /dog'kow/, n.\n\n    See {Moof}. The dogcow is a semi-legendary creature that lurks in the\n    depths of the Macintosh Technical Notes Hypercard stack V3.1. A dogcow also\n    appears if you choose ‘Page Setup...’ with a LaserWriter selected and click\n    on the ‘Options’ button. It also lurks in other Mac printer drivers,\n    notably those for the now-discontinued Style Writers.\n"}
	got, why := best("Besides the LaserWriter options, in which Mac printer drivers does the dogcow also lurk?", d)
	assert.True(t, strings.HasPrefix(got, "It also lurks"), why)
}

// Unicode's NameAliases.txt writes a character's aliases over rows keyed
// by its code, each labelled with its type: the row labelled with the
// class asked ("abbreviation") is of the character its twin row names.
func TestRowsKeyedAlikeAreOneRecord(t *testing.T) {
	d := doc{"unicode/NameAliases.txt", "NameAliases.txt", "0012;DC2;abbreviation\n0013;DEVICE CONTROL THREE;control\n0013;DC3;abbreviation\n0014;DEVICE CONTROL FOUR;control\n0014;DC4;abbreviation\n0015;NEGATIVE ACKNOWLEDGE;control\n0015;NAK;abbreviation\n"}
	r := New(nil)
	srcs := sources(d)
	q := "In the Unicode name aliases, what abbreviation is given for the control character U+0013 DEVICE CONTROL THREE?"
	cands := r.candidates(analyze(q, r.idf), srcs)
	require.NotEmpty(t, cands)
	b := cands[0]
	assert.Equal(t, "0013;DC3;abbreviation", b.p.text[b.p.units[b.unit].Start:b.p.units[b.unit].End], r.Explain(q, srcs, 3))
	q = "Which control character is NEGATIVE ACKNOWLEDGE?" // no class a row labels its value with: the row that names it
	b = r.candidates(analyze(q, r.idf), srcs)[0]
	assert.Equal(t, "0015;NEGATIVE ACKNOWLEDGE;control", b.p.text[b.p.units[b.unit].Start:b.p.units[b.unit].End], r.Explain(q, srcs, 3))
}

// The row of another class than the one asked is no answer, though it
// names the character asked about (Unicode's NameAliases.txt, lines
// 79-80, 122-123 and 170-173 as shipped in unicode-data): "0012;DEVICE
// CONTROL TWO;control" fits nothing for "What short abbreviation is the
// alias of DEVICE CONTROL TWO?", its twin "0012;DC2;abbreviation" does;
// "0080;PADDING CHARACTER;figment" nothing for "What's the abbreviation
// of U+0080?". A question for what an abbreviation stands for gives the
// abbreviation: its twin of another class answers; a question only read
// as one ("the abbreviation of END OF TRANSMISSION", short form "END")
// gives none.
func TestTwinOfAnotherClassAnswersNot(t *testing.T) {
	d := doc{"unicode/NameAliases.txt", "NameAliases.txt", "0004;END OF TRANSMISSION;control\n0004;EOT;abbreviation\n0012;DEVICE CONTROL TWO;control\n0012;DC2;abbreviation\n0080;PADDING CHARACTER;figment\n0080;PAD;abbreviation\n0081;HIGH OCTET PRESET;figment\n0081;HOP;abbreviation\n"}
	r := New(nil)
	srcs := sources(d)
	for _, tc := range []struct{ q, want string }{
		{"What short abbreviation is the alias of the control character DEVICE CONTROL TWO?", "0012;DC2;abbreviation"},
		{"What's the abbreviation of U+0080?", "0080;PAD;abbreviation"},
	} {
		a := r.Read(tc.q, srcs)
		assert.Equal(t, tc.want, answerText(Answer{Pieces: a.Best}, srcs), r.Explain(tc.q, srcs, 3))
	}
	q := "What does the control-code abbreviation EOT stand for?"
	assert.Positive(t, unitFits(q, d)["0004;END OF TRANSMISSION;control"], r.Explain(q, srcs, 3))
	q = "What is the abbreviation of END OF TRANSMISSION?" // read as an expansion question of the short form "END", which no row holds
	assert.Zero(t, unitFits(q, d)["0004;END OF TRANSMISSION;control"], r.Explain(q, srcs, 3))
}

// A table's cell of a short code is news when a code is asked, though it
// is written in two lower-case letters (GNU miscfiles' languages, lines
// 1-4 and 24-29: "co:Corsican" for "What is the ISO 639-1 code for
// Corsican?"); without it, every other row of the list, which the header
// binds to "ISO 639-1", ranked above the row of Corsican.
func TestShortCodeCellIsNews(t *testing.T) {
	d := doc{"miscfiles/languages", "languages", "# ISO 639-1 Language specifications\n# code:Language\naa:Afar\nab:Abkhazian\nca:Catalan\nce:Chechen\nch:Chamorro\nco:Corsican\ncr:Cree\ncs:Czech\n"}
	got, why := best("What is the ISO 639-1 code for Corsican?", d)
	assert.Equal(t, "co:Corsican", got, why)
	assert.Positive(t, unitFits("What is the ISO 639-1 code for Corsican?", d)["co:Corsican"])

	// A column the rows beside it fill alike is the table's, not the
	// row's code (Unicode's PropertyValueAliases.txt: "jt" is the
	// property of the section; "D" is Dual_Joining's value, one letter).
	jt := doc{"unicode/PropertyValueAliases.txt", "PropertyValueAliases.txt", "jt ; C                                ; Join_Causing\njt ; D                                ; Dual_Joining\njt ; L                                ; Left_Joining\n"}
	assert.Zero(t, unitFits("What is the two-letter abbreviation of the joining type Dual_Joining?", jt)["jt ; D                                ; Dual_Joining"])
}

// A question that holds nothing but an entry's definition ("what is the
// standard elaborated form of bells and whistles?") asks for the entry's
// word, as "what is the term for …" does (the Jargon File's entries
// bells-whistles-and-gongs.txt and mickey-mouse-program.txt as shipped in
// dict-jargon): the headword answers, not the definition, which says the
// question back. A later sentence of an entry is no such definition, nor
// is a manual's numbered section.
func TestQuestionThatDescribesAnEntryAsksItsWord(t *testing.T) {
	gongs := doc{"jargon/bells-whistles-and-gongs.txt", "bells-whistles-and-gongs.txt", "bells whistles and gongs\n n.\n\n    A standard elaborated form of {bells and whistles}; typically said with a\n    pronounced and ironic accent on the \u2018gongs\u2019.\n"}
	mickey := doc{"jargon/mickey-mouse-program.txt", "mickey-mouse-program.txt", "mickey mouse program\n n.\n\n    North American equivalent of a {noddy} (that is, trivial) program. Doesn't\n    necessarily have the belittling connotations of mainstream slang \u201cOh,\n    that's just mickey mouse stuff!\u201d; sometimes trivial programs can be very\n    useful.\n"}
	r := New(nil)
	for _, tc := range []struct {
		q    string
		d    doc
		want string
	}{
		{`In the Jargon File, what is the standard elaborated form of "bells and whistles"?`, gongs, "bells whistles and gongs"},
		{"In the Jargon File, what is the North American equivalent of a noddy program?", mickey, "mickey mouse program"},
	} {
		srcs := sources(tc.d)
		a := r.Read(tc.q, srcs)
		require.False(t, a.Declined(), r.Explain(tc.q, srcs, 3))
		assert.True(t, strings.HasPrefix(answerText(a, srcs), tc.want), "%q\n%s", answerText(a, srcs), r.Explain(tc.q, srcs, 3))
	}
	// WordNet's sense label opens the definition; a question that ends on
	// a preposition asks for the rest of the sentence, not the word.
	boater := doc{"wordnet/boater.txt", "boater.txt", "boater\n    n 1: a stiff hat made of straw with a flat crown [syn: {boater},\n         {leghorn}, {Panama}, {Panama hat}, {sailor}, {skimmer},\n         {straw hat}]\n    2: someone who drives or rides in a boat [syn: {boatman},\n       {boater}, {waterman}]\n"}
	srcs := sources(boater)
	q := "What is a stiff hat made of straw with a flat crown?"
	assert.True(t, strings.HasPrefix(answerText(r.Read(q, srcs), srcs), "boater"), r.Explain(q, srcs, 3))
	q = "What is a stiff hat with a flat crown made of?"
	assert.False(t, strings.HasPrefix(answerText(r.Read(q, srcs), srcs), "boater"), r.Explain(q, srcs, 3))
	assert.False(t, asksWhatIs("What does a passive UDP drop?"))
	assert.True(t, asksWhatIs("In the Jargon File, what is the North American equivalent of a noddy program?"))
}

// A dictionary's source tag closes its entry; a headword run onto its
// line ("[1913 Webster] Psittaceous", as 279 of GCIDE's entry files end)
// states nothing, and never answers.
func TestSourceTagWithANameAfterIt(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"[1913 Webster] Psittaceous", true},
		{"[1913 Webster] Rome penny", true},
		{"[1913 Webster] These propositions, which are the", false},     // a quotation goes on
		{"[1913 Webster]", false},                                       // a tag alone is sourceTag's
		{"[Gr. ? bare, mere + ? wise.] A superficial pretender", false}, // an etymology, no source
	} {
		assert.Equal(t, tt.want, taggedName(tt.text), tt.text)
	}
	d := doc{"gcide/psilosopher.txt", "psilosopher.txt", "Psilosopher\nPsilosopher \\Psi*los\"o*pher\\, n. [Gr. ? bare, mere + ? wise.]\n   A superficial or narrow pretender to philosophy; a sham\n   philosopher.\n   [1913 Webster] Psittaceous\n"}
	got, why := best("According to GCIDE, what sort of person is a 'psilosopher'?", d)
	assert.Contains(t, got, "pretender to philosophy", why)
}

// TestWordsThatNameTheFileBindNoRecord: "ISO 15924" of "What number does
// ISO 15924 give to the Ahom script?" says which data file to look in
// (iso_15924.json): in that file's passages it binds no record (every
// record there wrote it, through the file's name, and the records without
// Ahom outranked Ahom's), and the record that holds "Ahom" is the one
// asked about, not the one retrieval ranked first.
func TestWordsThatNameTheFileBindNoRecord(t *testing.T) {
	last := doc{"isocodes/iso_15924.json", "iso_15924.json", "    {\n      \"alpha_4\": \"Zyyy\",\n      \"name\": \"Code for undetermined script\",\n      \"numeric\": \"998\"\n    },\n    {\n      \"alpha_4\": \"Zzzz\",\n      \"name\": \"Code for uncoded script\",\n      \"numeric\": \"999\"\n    }\n  ]\n}\n"}
	first := doc{"isocodes/iso_15924.json", "iso_15924.json", "    {\n      \"alpha_4\": \"Ahom\",\n      \"name\": \"Ahom, Tai Ahom\",\n      \"numeric\": \"338\"\n    },\n    {\n      \"alpha_4\": \"Kitl\",\n      \"name\": \"Khitan large script\",\n      \"numeric\": \"505\"\n    },\n"}
	got, why := best("What number does ISO 15924 give to the Ahom script?", last, first)
	assert.Equal(t, `"numeric": "338"`, got, why)

	numbered := func(q string, ps ...*passage) (words []string, files []bool) {
		a := analyze(q, New(nil).idf)
		numberedSiblings(a, ps)
		for _, w := range a.words {
			if w.numbered && !a.fileByNumber {
				words = append(words, w.body)
			}
		}
		for _, p := range ps {
			files = append(files, p.numbered)
		}
		return words, files
	}
	words, files := numbered("What number does ISO 15924 give to the Ahom script?", &passage{file: "iso_15924.json", dataFile: true}, &passage{file: "schema-15924.json", dataFile: true})
	assert.Equal(t, []string{"ISO", "15924"}, words)
	assert.Equal(t, []bool{true, false}, files, "the schema is not named: 'schema' is not written beside the number")

	// An entry's file names the thing it is about, which other entries
	// speak of: "MPU 401" is vera's entry mpu401.txt, "RU 486" WordNet's
	// ru-486.txt; the words bind as the question's other words do.
	_, files = numbered("What was DEC's proprietary OS for the PDP 10?", &passage{file: "pdp-10.txt"}, &passage{file: "tops-10.txt"})
	assert.Equal(t, []bool{false, false}, files)
	words, _ = numbered("What does MPU 401 stand for?", &passage{file: "mpu401.txt"}, &passage{file: "mpu.txt"})
	assert.Empty(t, words)

	// A data file's name that is all the question names is what it asks
	// about: nothing else would bind.
	words, _ = numbered("What does ISO 15924 list?", &passage{file: "iso_15924.json", dataFile: true})
	assert.Empty(t, words)
	a := analyze("What does ISO 15924 list?", New(nil).idf)
	numberedSiblings(a, []*passage{{file: "iso_15924.json", dataFile: true}})
	assert.True(t, a.fileByNumber, "the words name the file and nothing else: they bind as any do, and bind a named schema's constraints")
}

// TestGlossAsideIsNoNews: the Jargon File's "mickey mouse program" opens
// "North American equivalent of a {noddy} (that is, trivial) program.",
// which holds every word of "what is the North American equivalent of a
// noddy program?" but the aside that glosses "noddy": it restates the
// question, and the entry's name is the answer. A unit
// whose own words stand outside the aside still answers.
func TestGlossAsideIsNoNews(t *testing.T) {
	entry := doc{"jargon/mickey-mouse-program.txt", "mickey-mouse-program.txt", "mickey mouse program\n n.\n\n    North American equivalent of a {noddy} (that is, trivial) program. Doesn't\n    necessarily have the belittling connotations of mainstream slang “Oh,\n    that's just mickey mouse stuff!”; sometimes trivial programs can be very\n    useful.\n"}
	q := "In the Jargon File, what is the North American equivalent of a noddy program?"
	a := New(nil).Read(q, sources(entry))
	assert.True(t, strings.HasPrefix(answerText(a, sources(entry)), "mickey mouse program"), "the definition says nothing the question does not; its entry's word answers (see describesEntry): %q", answerText(a, sources(entry)))

	stash := doc{"gitdoc/git-stash.html", "git-stash", "When no <stash> is given, the latest stash is assumed (that is, stash@{0}).\n"}
	got, why := best("When no stash is given, which stash is assumed?", stash)
	assert.Contains(t, got, "the latest stash is assumed", why)
	for _, text := range []string{"a noddy (that is, trivial) program", "a noddy (i.e. trivial) program", "a noddy (i. e., trivial) program"} {
		assert.Equal(t, []string{"a", "noddy", "program"}, lowers(withoutGlosses(text, words(text, 0))), text)
	}
	for _, text := range []string{"the stash (that is, stash@{0})", "internal (that is what internal means) tags"} {
		assert.Equal(t, lowers(words(text, 0)), lowers(withoutGlosses(text, words(text, 0))), "no gloss the unit goes on after: %s", text)
	}

	// What a word means is what its gloss says.
	lf := doc{"gitdoc/git-ls-files.html", "git-ls-files", "Paths are separated by LF (i.e. one path per line) by default.\n"}
	fits := unitFits("What does it mean that paths are separated by LF by default?", lf)
	assert.Positive(t, fits["Paths are separated by LF (i.e. one path per line) by default."])
}

// TestRowsDoNotSayWhatTheirColumnsHold: a question about a table's
// columns or rows ("What kind of code makes up the first column of
// iso3166.tab?", "In what order are its rows arranged?")
// is answered by the file's header, if at all; a row fills the columns
// ("TZ	Tanzania") and says nothing of what they hold. A question that
// names a row by a code it gives still reads the row.
func TestRowsDoNotSayWhatTheirColumnsHold(t *testing.T) {
	tab := doc{"tzdata/iso3166.tab", "iso3166.tab", "# The table is sorted by country code.\n#\n#country-\n#code\tname of country, territory, area, or subdivision\nTZ\tTanzania\nUA\tUkraine\n"}
	fits := unitFits("What kind of code makes up the first column of the tz database's iso3166.tab?", tab)
	assert.Zero(t, fits["TZ\tTanzania"], "a row")
	fits = unitFits("In what order are the rows of the tz database's iso3166.tab arranged?", tab)
	assert.Zero(t, fits["TZ\tTanzania"], "a row says nothing of the rows' order (its key TZ is no 'tz database')")
	fits = unitFits("What does the second column of iso3166.tab give for the code UA?", tab)
	assert.Positive(t, fits["UA\tUkraine"], "the row the question names by its code")
	fits = unitFits("In iso3166.tab, what is the name column for Ukraine?", tab)
	assert.Positive(t, fits["UA\tUkraine"], "the row that holds what the question names")
	talk := doc{"miscfiles/abbrevs.talk", "abbrevs.talk", "bcnu:\t\tbe seeing you\nbfn:\t\tbye for now\nbtw:\t\tby the way\n"}
	fits = unitFits("What is the line for btw in abbrevs.talk?", talk)
	assert.Positive(t, fits["btw:\t\tby the way"], "'the line for btw' names the row asked, no layout")
	oui := doc{"ieeeoui/oui.csv", "oui.csv", "Registry,Assignment,Organization Name,Organization Address\nMA-L,608B0E,\"Apple, Inc.\",1 Infinite Loop Cupertino CA US 95014\nMA-L,00D0EF,IGT,9295 PROTOTYPE DRIVE RENO NV US 89511\n"}
	fits = unitFits("In oui.csv, what is the Organization Name column for assignment 00D0EF?", oui)
	assert.Positive(t, fits["MA-L,00D0EF,IGT,9295 PROTOTYPE DRIVE RENO NV US 89511"], "the row the question names by its assignment")
}

// A record whose cell is, whole, the value a question sets aside is the
// record set aside, not the other one asked for: miscfiles' na.phone
// lists a city once per area code. (Rows of na.phone, byte for byte.)
func TestTheRecordSetAsideIsNoAnswer(t *testing.T) {
	other := doc{"miscfiles/na.phone", "na.phone", "754:Pompano Beach:Florida:FL\n754:Sunrise:Florida:FL\n754:Tamarac:Florida:FL\n"}
	given := doc{"miscfiles/na.phone", "na.phone", "954:Pompano Beach:Florida:FL\n954:Sunrise:Florida:FL\n954:Tamarac:Florida:FL\n"}
	text, why := best("Sunrise, Florida is listed under area code 954 and which other area code?", given, other)
	assert.Equal(t, "754:Sunrise:Florida:FL", text, why) // ranked first; answered or not as the other signals say ("Florida", the cell of every row here, names no record: see sharedCell)
	// With no sibling record the record may hold the other value
	// itself (miscfiles' currency table).
	currency := doc{"miscfiles/currency", "currency", "# ISO Currency Abbreviation:ISO Currency code:Name\nAED:784:UAE dirham\nAFN:971:Afghani\nALL:008:Lek\nAMD:051:Armenian Dram\nANG:532:Netherlands Antillan Guilder\nAOA:973:Kwanza\nARS:032:Argentine Peso\n"}
	_, text, why = answer(New(nil), "Which code besides AED is listed for the UAE dirham?", currency)
	assert.Equal(t, "AED:784:UAE dirham", text, why)
}

// A leading phrase that says where to look ends at the comma before the
// question proper, also when the question opens with a preposition ("In
// GCIDE, FROM WHAT elements is the verb 'unbuckle' said to be formed?",
// "Besides the LaserWriter options, IN WHICH Mac printer drivers …"); a
// phrase whose comma is followed by no question is no lead.
func TestLeadEndsBeforeAPrepositionalQuestion(t *testing.T) {
	tests := []struct{ in, lead, rest string }{
		{"In GCIDE, from what elements is the verb 'unbuckle' said to be formed?", "In GCIDE", "from what elements is the verb 'unbuckle' said to be formed?"},
		{"Besides the LaserWriter options, in which Mac printer drivers does the dogcow also lurk?", "Besides the LaserWriter options", "in which Mac printer drivers does the dogcow also lurk?"},
		{"In VERA, what does TTG stand for?", "In VERA", "what does TTG stand for?"},
		{"In the Jargon File, in 1991, what was a weenie?", "", "In the Jargon File, in 1991, what was a weenie?"},
		{"Per the IEEE OUI registry, which vendor owns the large MAC address block E0-7C-13?", "Per the IEEE OUI registry", "which vendor owns the large MAC address block E0-7C-13?"},
	}
	for _, tc := range tests {
		lead, rest := splitLead(tc.in)
		assert.Equal(t, tc.lead, lead, tc.in)
		assert.Equal(t, tc.rest, rest, tc.in)
	}
}

// A question that opens with "Per" and the work it cites ("Per the IEEE
// OUI registry, which vendor …") asks what follows the comma, as one
// opening with "According to" does: the work's words name no record, and
// "Per" is no name of the subject. Lines 20431-20434 of the IEEE's
// oui.csv (ieee-data), byte for byte.
func TestPerTheWorkLeadsTheQuestion(t *testing.T) {
	oui := doc{"ieeeoui/oui.csv", "oui.csv", "MA-L,E07C13,zte corporation,\"12/F.,zte R&D building ,kejinan Road,Shenzhen,P.R.China shenzhen guangdong CN 518057 \"\nMA-L,F41F88,zte corporation,\"12/F.,zte R&D building ,kejinan Road,Shenzhen,P.R.China shenzhen guangdong CN 518057 \"\nMA-L,14EDBB,2Wire Inc,1764 Automation Parkway San Jose CA US 95131 \nMA-L,18E29F,\"vivo Mobile Communication Co., Ltd.\",\"#283,BBK Road Wusha,Chang'An DongGuan City,Guangdong, CN 523860 \"\n"}
	q := analyze("Per the IEEE OUI registry, which vendor owns the large MAC address block E0-7C-13?", New(nil).idf)
	for _, w := range q.words {
		assert.False(t, w.subject && (w.lower == "per" || w.lower == "ieee" || w.lower == "oui"), w.body)
	}
	a, text, why := answer(New(nil), "Per the IEEE OUI registry, which vendor owns the large MAC address block E0-7C-13?", oui)
	assert.False(t, a.Declined(), why)
	assert.Contains(t, text, "MA-L,E07C13,zte corporation", why)
}

// A reference lists a command's or a capability's name on a line of its
// own, its description under it ("find-rev" over "When given an SVN
// revision number of the form rN, returns …"); a name joined by hyphens
// is such a term as a name written as code is. A question that asks
// which thing of a class does what the description says is answered by
// the term with its description, and the sentence that completes the
// description's first still does ("This update is disabled when the
// remote-helper declares the capability no-private-update."). Two
// passages of git's HTML manual pages (git 2.43), as extracted.
func TestATermIsCopiedWithItsDescription(t *testing.T) {
	svn := doc{"gitdoc/git-svn.html", "git-svn(1)", "find-rev\n\nWhen given an SVN revision number of the form rN, returns the corresponding Git commit hash (this can optionally be followed by a tree-ish to specify which branch should be searched). When given a tree-ish, returns the corresponding SVN revision number.\n\n-B\n--before\n\nDon\u2019t require an exact match if given an SVN revision, instead find the commit corresponding to the state of the SVN repository (on the current branch) at the specified revision.\n\n-A\n--after\n\nDon\u2019t require an exact match if given an SVN revision; if there is not an exact match return the closest match searching forward in the history.\n\nset-tree"}
	helpers := doc{"gitdoc/gitremote-helpers.html", "gitremote-helpers(7)", "export\n\nCan discover remote refs and push specified objects from a fast-import stream to remote refs.\n\nSupported commands: list for-push, export.\n\nIf a helper advertises connect, Git will use it if possible and fall back to another capability if the helper requests so when connecting (see the connect command under COMMANDS). When choosing between push and export, Git prefers push. Other frontends may have some other order of preference.\n\nno-private-update\n\nWhen using the refspec capability, git normally updates the private ref on successful push. This update is disabled when the remote-helper declares the capability no-private-update."}
	for _, tc := range []struct {
		q, want string
		d       doc
	}{
		{"Which git svn subcommand turns an SVN revision number like rN into the matching Git commit hash?", "find-rev\n\nWhen given an SVN revision number", svn},
		{"Which capability can a git remote helper declare so that git stops updating the private ref after a successful push?", "no-private-update\n\nWhen using the refspec capability, git normally updates the private ref on successful push. This update is disabled", helpers},
	} {
		a, _, why := answer(New(nil), tc.q, tc.d)
		require.NotEmpty(t, a.Best, why)
		assert.Contains(t, answerText(Answer{Pieces: a.Best}, sources(tc.d)), tc.want, why)
	}
}

// TestHexRowKeyIsNoProductName: in usb.ids a vendor's row opens with its
// hexadecimal ID ("05ab  In-System Design") and names the vendor the
// question names; asked what a product ID the question gives stands for,
// the vendor's ID is no name of it (it answered "05ab  In-System Design"
// for product 0301), while the product's row answers; asked for the maker
// of a product it gives, the vendor's row answers.
func TestHexRowKeyIsNoProductName(t *testing.T) {
	isd := doc{"usbids/usb.ids", "usb.ids", "05ab  In-System Design\n\t0002  Parallel Port\n\t0030  Storage Adapter V2 (TPP)\n\t0031  ATA Bridge\n\t0060  USB 2.0 ATA Bridge\n\t0061  Storage Adapter V3 (TPP-I)\n\t0101  Storage Adapter (TPP)\n\t0130  Compact Flash and Microdrive Reader (TPP)\n\t0200  USS725 ATA Bridge\n\t0201  Storage Adapter (TPP)\n\t0202  ATA Bridge\n\t0300  Portable Hard Drive (TPP)\n\t0301  Portable Hard Drive V2\n\t0350  Portable Hard Drive (TPP)\n\t0351  Portable Hard Drive V2\n\t081a  ATA Bridge\n"}
	zippy := doc{"usbids/usb.ids", "usb.ids", "099a  Zippy Technology Corp.\n\t0638  Sanwa Supply Inc. Small Keyboard\n\t2620  Graphics tablet [Polostar PT1001, Zeniq PT1001, Leogics PT1001]\n\t610c  EL-610 Super Mini Electron luminescent Keyboard\n\t6330  SANWA Supply Inc. Slim Keyboard\n\t713a  WK-713 Multimedia Keyboard\n\t7160  Hyper Slim Keyboard\n\t7202  Enermax Aurora Micro Wireless Receiver\n099e  Trimble Navigation, Ltd\n"}
	r := New(nil)
	q := "What product name does In-System Design's USB product ID 0301 correspond to?"
	for _, c := range r.candidates(analyze(q, r.idf), sources(isd)) {
		if u := c.p.units[c.unit]; strings.HasPrefix(c.p.text[u.Start:u.End], "05ab") {
			assert.LessOrEqual(t, c.fit, 0.5, "the vendor's ID names no product")
		}
	}
	got, why := best(q, isd)
	assert.NotContains(t, got, "In-System Design", why)
	got, why = best("Which product is 0638 under Zippy Technology Corp.?", zippy)
	assert.Contains(t, got, "Sanwa Supply Inc. Small Keyboard", why)
	a, text, why := answer(r, "Which vendor makes the USB product 0301, the Portable Hard Drive V2?", isd)
	assert.False(t, a.Declined(), why)
	assert.Contains(t, text, "In-System Design", why) // the maker asked: its row answers (review)
}
