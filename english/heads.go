package english

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Head is the class of answer a question's head noun asks for ("which
// COMPANY", "what YEAR", "how MANY").
type Head uint8

// The classes of head nouns.
const (
	NoHead Head = iota
	DateHead
	NumberHead
	AmountHead
	PersonHead
	PlaceHead
	CodeHead
)

// heads maps head nouns to the class of answer they ask for.
var heads = func() map[string]Head {
	m := map[string]Head{}
	for h, words := range map[Head]string{
		DateHead:   `year date day century decade month era time`,
		NumberHead: `number count population total inhabitants members employees crew port`,
		AmountHead: `price cost fee prize salary sum wage budget fine reward money amount`,
		PersonHead: `person man woman people king queen prince princess ruler emperor president author writer painter artist
composer inventor founder creator designer developer engineer architect company firm organisation organization group team
captain commander builder maker owner manufacturer discoverer scientist mathematician programmer hacker poet philosopher name named called`,
		PlaceHead: `city town country place region state capital village island river continent location nation
territory county province located`,
		CodeHead: `code symbol abbreviation identifier id acronym codepoint ticker prefix suffix tag`,
	} {
		for w := range set(words) {
			m[w] = h
		}
	}
	return m
}()

// HeadOf returns the class of answer a lower-cased head noun asks for,
// NoHead when it asks for none in particular.
func HeadOf(lw string) Head { return heads[lw] }

// IsPossessive reports whether a word is written with the possessive "'s"
// ("Guernsey's", "Mutt’s").
func IsPossessive(w string) bool { return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") }

// subdivisionNouns name a country's administrative divisions.
var subdivisionNouns = set(`state province territory subdivision region district county department canton prefecture oblast`)

// IsSubdivisionNoun reports whether a lower-cased noun names a division of
// a country ("Nunavut's two-letter TERRITORY code"): ISO 3166-2 writes its
// code after the country's ("CA-NU").
func IsSubdivisionNoun(lw string) bool { return subdivisionNouns[lw] }

// IsPathNoun reports whether a lower-cased head noun asks for a file or
// folder ("which FILE holds", "in which DIRECTORY"): its answer is a path
// or a file name.
func IsPathNoun(lw string) bool { return pathNouns[lw] }

// IsFileNoun reports whether a lower-cased noun after a name says the
// name is a file's ("the services FILE", "the airport LIST", "the
// countries TABLE").
func IsFileNoun(lw string) bool { return fileNouns[lw] }

var fileNouns = set(`file list table`)

// WritesFileName reports whether a word of a question is written as a
// file name or an identifier: a dot or an underscore with a letter or
// digit before it and two letters after the last one ("user.conf",
// "de_DE", "zone1970.tab"; not "e.g", "U.S", "2.6.32", "3.5mm", nor a
// path or an address).
func WritesFileName(f string) bool {
	i := strings.LastIndexAny(f, "._")
	if i < 1 || len(f)-i < 3 || strings.ContainsAny(f, "/:@") {
		return false
	}
	isLetter := func(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
	return (isLetter(f[i-1]) || f[i-1] >= '0' && f[i-1] <= '9') && isLetter(f[i+1]) && isLetter(f[i+2])
}

// IsPathCompound reports whether a lower-cased word after a path noun
// makes a compound that asks for something else ("file extension", "file
// system", "file format").
func IsPathCompound(lw string) bool { return pathCompounds[lw] }

// IsSettingNoun reports whether a lower-cased head noun asks for a
// command-line option or a setting ("which OPTION", "which environment
// VARIABLE", "which configuration SETTING"): its answer is written as
// code ("--bind", "EDITOR", "commit.cleanup").
func IsSettingNoun(lw string) bool { return settingNouns[lw] }

// IsKindWord reports whether a lower-cased noun asks for a kind of thing
// ("what KIND of fish", "what TYPE of subdivision", "what SORT of water
// source"); a record's field keyed by one ("type": "Two-tier county")
// states the kind.
func IsKindWord(lw string) bool { return kindWords[lw] }

// IsAPINoun reports whether a lower-cased head noun may ask for a
// function of an API ("which FUNCTION gets the last error", "which
// MACRO"): its answer may be written as code ("xmlGetLastError"), but
// "what function does the liver serve" asks for none.
func IsAPINoun(lw string) bool { return apiNouns[lw] }

// IsValueWord reports whether a lower-cased word asks for the value a
// setting holds ("What is the default VALUE of HandleLidSwitch?", "What is
// InhibitorsMax set to by DEFAULT?"): a field named by the question
// states it. "Set" is no such word: "set up" is not asked of a value.
func IsValueWord(lw string) bool { return valueWords[lw] }

// IsSwitchValue reports whether a lower-cased word is a value a switch
// holds ("Default:\u00a0no", "(Off)", "Default is true."): a whole answer
// however short and common the word.
func IsSwitchValue(lw string) bool { return switchValues[lw] }

// IsCommandNoun reports whether a lower-cased head noun asks for a
// program or a package ("which TOOL", "which COMMAND", "which PACKAGE"):
// its answer is written as a command name ("lsof", "smartd(8)").
func IsCommandNoun(lw string) bool { return commandNouns[lw] }

// IsDescriptionKey reports whether a lower-cased record key names the
// field that says what the record's subject is ("description" of a
// package.json, a Debian package's "Description:", "summary",
// "abstract").
func IsDescriptionKey(lk string) bool { return descriptionKeys[lk] }

// IsPackageNoun reports whether a lower-cased noun names a kind of
// software package the way its ecosystem does ("crate", "module",
// "library", "gem"), beside IsCommandNoun's "package" and "program".
func IsPackageNoun(lw string) bool { return packageNouns[lw] }

// OpensTimeClause reports whether a lower-cased word opens a clause of
// time before the question proper ("WHEN git repack writes a bitmap,
// which pack …"), which a question's kind must not be read from.
func OpensTimeClause(lw string) bool { return lw == "when" || lw == "whenever" }

// MakerIsAsked reports whether the maker is what a lower-cased question
// asks for: its wh-word opens a phrase headed by a maker noun ("WHICH
// VENDOR makes the E-Mu 0404", "what company's …") or "who" a verb of
// making ("WHO MANUFACTURED the Yepp YP-35"); a question that names the
// maker and asks another thing ("what is product 1c05 under VENDOR 1b1c
// Corsair", "the vendor ID of Metrohm") does not.
func MakerIsAsked(lower []string) bool {
	for i, w := range lower {
		if w != "which" && w != "what" && w != "who" {
			continue
		}
		if i+1 >= len(lower) {
			return false
		}
		next := WithoutPossessive(lower[i+1])
		return (w != "who" && makerNouns[next]) || (w == "who" && makerVerbs[next])
	}
	return false
}

// AsksMaker reports whether a lower-cased question asks who makes or
// sells a thing ("which COMPANY makes the motionCookie", "who MANUFACTURES
// the Yepp YP-35", "which VENDOR is the DYMO scale listed under"): a
// maker noun, or a verb of making or selling after no setting, command
// or file noun ("which OPTION makes right Alt a Hanja key" asks what
// the option does).
func AsksMaker(lower []string) bool {
	doer := false // a setting, command or file noun before the verb: it makes, nobody asked
	for _, w := range lower {
		switch {
		case makerNouns[w]:
			return true
		case makerVerbs[w] && !doer:
			return true
		}
		doer = doer || settingNouns[w] || commandNouns[w] || pathNouns[w]
	}
	return false
}

// IsMakerNoun reports a lower-cased noun for who makes or sells a thing
// ("vendor", "manufacturer", "company").
func IsMakerNoun(w string) bool { return makerNouns[w] }

var (
	makerNouns = set(`company companies firm firms vendor vendors manufacturer manufacturers maker makers brand corporation`)
	makerVerbs = set(`make makes made manufacture manufactures manufactured sells sold produces produced`)
)

var (
	commandNouns    = set(`command commands builtin builtins tool tools program programs utility utilities daemon daemons package packages`)
	descriptionKeys = set(`description desc summary synopsis abstract definition`)
	packageNouns    = set(`crate crates module modules library libraries gem gems plugin plugins extension extensions`)
	valueWords      = set(`value values default defaults setting settings`)
	switchValues    = set(`yes no on off true false enabled disabled`)
	kindWords       = set(`kind kinds type types sort sorts`)
	settingNouns    = set(`option options flag flags switch switches variable variables setting settings parameter parameters directive directives`)
	apiNouns        = set(`function functions macro macros routine routines`)
	pathNouns       = set(`file directory folder path dir`)
	pathCompounds   = set(`extension extensions format formats system systems name names type types size sizes manager managers
mode modes descriptor descriptors permission permissions diversion diversions handle handles`)
)

// IsGivenCode reports whether the question word w (as written), between
// the lower-cased words prev and next ("" at the question's end), is a
// value the question gives after a code noun and ends on ("which
// language has the ISO 639-2 code sah", "the two-letter code as",
// "product ID a611", "what does the code SDR stand for"): the record
// sought holds it as written, whatever its case, even when it is spelled
// like a common word. A code is short or holds a digit or a capital
// ("the code withdrawn" gives none). A code in capitals that is no
// stopword may go on into a phrase of where it is written ("the code GQ in
// iso3166.tab"; not "the code IN in …", which a question may mean as the
// preposition).
func IsGivenCode(prev, w, next string) bool {
	lw := strings.ToLower(w)
	capitals := len(w) >= 2 && len(w) <= 4 && strings.IndexFunc(w, func(r rune) bool { return r < 'A' || r > 'Z' }) < 0
	if HeadOf(prev) != CodeHead || HeadOf(lw) == CodeHead || questionWords[lw] || codeCompound[lw] && !(capitals && next == "") {
		return false // "the country code TO": no question ends on a preposition written in capitals
	}
	if utf8.RuneCountInString(w) > 4 && lw == w && strings.IndexFunc(w, unicode.IsDigit) < 0 {
		return false
	}
	return next == "" || givenCodeTail[next] || capitals && !IsStopword(lw) && prepositions[next] // "the ISO 3166 code GQ in iso3166.tab"
}

// givenCodeTail are the words that may follow a given code at the end of
// a question.
var givenCodeTail = set(`stand stands mean means refer refers represent represents denote denotes`)

// codeCompound are the nouns that make one noun with a code noun before
// them ("code point", "code page"): asked about, not given.
// A question also ends on a preposition after one ("what is xref the
// abbreviation for").
var codeCompound = set(`point points page pages name names word words unit units number numbers value values list table set system
for of in on to from with by at about`)

// IsCodeCompound reports whether the lower-cased word w makes one noun
// with the code noun prev before it ("code POINT", "code PAGE", "ID
// NUMBER"): like the code noun, it says what kind of answer is asked, not
// a word the record writes.
func IsCodeCompound(prev, w string) bool {
	return HeadOf(prev) == CodeHead && codeCompound[w] && !IsStopword(w)
}

// IsDateCompound reports whether the lower-cased word w makes one noun
// of another class with the date noun prev before it ("time ZONE", "date
// FORMAT", "time STAMP"): the compound asks for a zone's name or a
// format, not a date or a time.
func IsDateCompound(prev, w string) bool { return HeadOf(prev) == DateHead && dateCompound[w] }

var dateCompound = set(`zone zones format formats stamp stamps limit limits slice slices zoneinfo server servers unit units
range ranges field fields string strings type types`)

// IsZoneNoun reports whether a lower-cased head noun asks for a time
// zone ("which time ZONE", "which TIMEZONE"): its answer is a zone's name
// as the tz database writes it ("Europe/London", "America/Indiana/Marengo").
func IsZoneNoun(lw string) bool { return zoneNouns[lw] }

var zoneNouns = set(`zone zones timezone timezones tz`)

// IsZoneName reports whether a word is written as the tz database's name
// of a zone: an area and a location joined by "/", each opening with a
// capital ("Asia/Ho_Chi_Minh", "America/Argentina/La_Rioja", "Etc/GMT+5").
func IsZoneName(w string) bool {
	parts := strings.Split(w, "/")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		r, _ := utf8.DecodeRuneInString(p)
		if p == "" || !unicode.IsUpper(r) || strings.IndexFunc(p, func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune("_-+", r)
		}) >= 0 {
			return false
		}
	}
	return true
}

// IsAuxiliary reports whether a lower-cased word is an auxiliary verb
// that opens a question's verb phrase before its subject ("what DOES the
// mailbox signify", "when WAS the treaty signed"): a word that ends such
// a question is its verb.
func IsAuxiliary(lw string) bool { return auxiliaries[lw] }

var auxiliaries = set(`do does did was were has have had will would can could should may might`)

// OpensQuestion reports whether a lower-cased word may open a question:
// a question word, an auxiliary or a form of "be" ("IS procmail Y2K
// safe?", "ARE there …").
func OpensQuestion(lw string) bool { return questionWords[lw] || auxiliaries[lw] || beForms[lw] }

var beForms = set(`is are am`)

// IsBe reports whether a lower-cased word is a form of "be" ("how IS
// faith defined", "how WERE they described").
func IsBe(lw string) bool { return beForms[lw] || lw == "was" || lw == "were" }

// IsAnswerLabel reports whether a field's key marks an FAQ's answer
// ("A: Try …", "Answer: …").
func IsAnswerLabel(key string) bool {
	k := strings.ToLower(strings.TrimRight(strings.TrimSpace(key), ".:"))
	return k == "a" || k == "answer"
}

// IsQuestionLabel reports whether a field's key marks an FAQ's question
// ("Q: lftp hangs in …", "Question: …"): what follows asks, even as a
// statement, and the "A:" field after it answers.
func IsQuestionLabel(key string) bool {
	k := strings.ToLower(strings.TrimRight(strings.TrimSpace(key), ".:"))
	return k == "q" || k == "question"
}

// questionWords open a question and never name its subject.
var questionWords = set(`what which who whom whose when where why how whats what's`)

// IsQuestionWord reports whether a lower-cased word is a wh-word that
// opens a question ("what", "which", "what's").
func IsQuestionWord(lw string) bool { return questionWords[lw] }

// CountFocus returns the stems of the words right after "how many" in a
// lower-cased question, the counted noun ("eggs" in "how many eggs does
// it lay"); nil when it asks no "how many".
func CountFocus(lower []string) []string {
	for i, w := range lower {
		if w != "many" || i == 0 || lower[i-1] != "how" {
			continue
		}
		var out []string
		for _, x := range lower[i+1:] {
			if IsStopword(x) {
				break
			}
			out = append(out, Stem(x))
		}
		return out
	}
	return nil
}
