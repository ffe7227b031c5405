package reader

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/verbatim-rag/verbatim/english"
)

// Kind is the class of answer a question asks for (after Li & Roth's
// coarse classes: numeric, human, location, abbreviation, description).
type Kind int

// The kinds of answer.
const (
	Any        Kind = iota
	Date            // a year, a month, a date
	Number          // a count
	Measure         // a number with a unit of measure
	Amount          // a number with a currency or a counted noun
	Person          // a name of a person or organisation
	Place           // a name of a place
	Code            // a code, symbol or identifier ("AW", "U+00E9", "978")
	Expansion       // what an abbreviation stands for
	Definition      // what a term means
	Name            // one of a class named by "which X" ("which film"): a name, preferably
)

var kindNames = [...]string{"any", "date", "number", "measure", "amount", "person", "place", "code", "expansion", "definition", "name"}

func (k Kind) String() string { return kindNames[k] }

// valued reports whether an answer of kind k is a value a unit either
// states or not: a date, a count, a measure, an amount. A unit that
// states none answers no such question, however well it matches the
// rest ("What date is the ReadMe dated?" is not answered by its first
// sentence, which gives a version).
func (k Kind) valued() bool { return k == Date || k == Number || k == Measure || k == Amount }

// typed reports whether an answer of kind k is a typed value: a valued
// one or a code. Whether a unit states one is judged by its form, not by
// capitals as a name's, a person's or a place's is.
func (k Kind) typed() bool { return k.valued() || k == Code }

// qword is a content word of a question.
type qword struct {
	body        string // as written
	lower       string
	stem        string
	idf         float64
	rel         []string // stems of WordNet-related words
	opposite    []string // stems of the words that say its opposite (english.OppositeStems), for a relation word
	subject     bool     // names what the question is about
	author      bool     // cited as who says or defines what is asked (english.AuthorSpan: "How does Bierce define …"); left out when no passage writes it (see dropAuthors)
	exact       bool     // matched case-sensitively: a short name that is also a word ("IT", "AS")
	option      bool     // a command's one-letter option ("du -s"), matched case-sensitively too
	cue         bool     // says what kind of answer is wanted ("year", "code", "long" after "how")
	given       bool     // a value given after a code noun ("the code sah"): a record holds it as a word of its own
	ofGiven     bool     // names the kind of the value given ("ISO code" of "the ISO code AG"), not the kind asked for
	hexID       bool     // written as a hexadecimal identifier ("8C1F6479B", "0015"): the row that holds it is its record
	vendor      bool     // the first half of a device ID ("10de" of "10de:0100"): the code of the row the record is listed under
	entry       bool     // spells a retrieved entry's headword as written: another word of its stem is another entry
	asked       bool     // in the noun phrase after "which"/"what" ("which IBM mainframe"): the answer's class, not an entry
	quoted      bool     // inside quotation marks: the question names its subject ("the obsolete word 'als'")
	qualifier   bool     // asked, before the noun asked ("MAC address" of "What MAC address block …"): which kind of the thing, not what of it
	naming      bool     // asks what a thing is named or listed as (english.AsksNameAt)
	trailing    bool     // asked, after the noun asked: the verb the phrase runs on into ("which code IDENTIFIES the …"), no class
	piece       bool     // a part of a word with a hyphen and a digit ("tz" of "TZ-11"), a word of its own too
	translated  bool     // the word a translation question asks another language's word for ("the Italian word for a BAT"): the answering sense holds it
	numbers     string   // the number of three digits or more written right after it ("device 9350", "product 1340"), lower-cased; "" if none
	head        string   // the stem of a two-word compound's last word ("whitelist" of "sidebar-whitelisted", see compoundHead); "" for any other word
	elided      string   // the word a French or Italian elision is joined to ("accusé" of "l'accusé", english.Elided): a dictionary's headword may be written without it; "" for any other word
	ident       string   // the name written with underscores it is a part of ("mime_type_query_first" for "mime"), "" if none: see identifierOf
	classNoun   bool     // a lower-case noun beside a name, read as the name's class: after it ("script" of "the Tamil script", see markClassNoun) or before it (classBefore)
	classBefore bool     // the class noun is written before the name ("character" of "the character LINEAR A SIGN A510", see markClassBefore)
	scene       bool     // a word of a leading or trailing phrase of names only ("In VERA, …") before a question that names its own subject: it says where to look, no entry asked about (see bindHeadwords)
	nameClass   bool     // the class of "the name of the CURRENCY with code TZS" (see nameOfClass): a cue to a record's field or row, which never writes it; prose that names the thing does
	pos         bool     // a part of speech that qualifies the entry asked about ("the VERB dib", "used as a NOUN"): its label says, not its words
	gender      bool     // a gender that qualifies the entry asked about ("the MASCULINE noun livre"; english.NamesByGender): its label says ("<n, masc>")
	kindName    bool     // a standard's name in capitals that says which kind of code is asked ("IP" of "the IP protocol number of GRE"; see codeOwnersNameNoSubject)
	fileName    bool     // a part of the name of a retrieved file the question names ("zone" of "zone.tab"): it says where to look, not what the answer says (see namesFiles)
	numbered    bool     // a word of a data file's name the question gives by its number ("ISO 15924" of iso_15924.json): in that file's passages it says where to look (see numberedSiblings)
	start       int      // where the word is in the question's text
	end         int
}

// question is what the reader knows of a question.
type question struct {
	text          string
	words         []qword
	pinned        []string          // names numbered by a hyphen or slash ("Quill-7", "QPL/3"): a text of another number is of another thing
	contrast      *english.Contrast // the contrast the question sets up ("an object rather than a package name"), nil if none
	symbols       []string          // names written in punctuation ("$;", "$^T", "<=>"): no word of them is searchable, a text that lacks them is not about them
	kind          Kind
	dims          english.Dimension // for Measure: the dimensions asked for
	length        int               // for Code: "two-letter code" asks for 2 characters
	letters       bool              // for Code: the length is counted in letters ("three-letter code"); a "four-digit" code may be hexadecimal, letters and all
	focus         []string          // for Number: stems of the counted noun ("how many EGGS")
	focusRel      []string          // stems WordNet relates to the counted noun ("inhabitants" for "people")
	short         string            // for Expansion: the abbreviation asked about
	glossed       string            // the short form a "what is" question asks about ("What is WFP in Windows networking?"), "" if none; set once the passages have bound the question's words (see candidates)
	apposed       []apposition      // names with their code in brackets after them ("the Åland Islands (AX)")
	fullDay       bool              // "on what date", "what day": a day and month beat a year
	alias         bool              // asks for another name of its subject ("also called", "other name")
	scientific    bool              // the other name asked is its scientific name (english.AsksScientificName)
	term          bool              // describes a thing and asks for its word ("what do you call …")
	describedMore bool              // a translation question describes what it asks the word for beyond the word itself ("the weed with fluffy seed heads")
	gloss         string            // the phrase a translation question asks another language's word for, as a gloss writes it (askedGloss); set once the passages have bound the question's words (see candidates)
	stranded      [2]string         // a question that ends on a preposition: the stem of the word before it and the preposition ("what is OPTIND set TO": "set", "to"); empty otherwise
	part          english.EntryPart // the part of a dictionary entry asked for ("the plural of fulcrum")
	genderNamed   bool              // names its word's gender only to tell its entry (english.NamesByGender): a headword line alone gives none of what it asks
	namedGender   string            // the gender it gives the word it asks about ("masculine" of "the gender of the masculine noun poste"; english.NamedGender)
	sense         int               // the numbered sense asked for ("the second sense of kestling": 2), 0 for none
	allSenses     bool              // names the senses asked in the plural ("the English meanings of encantar"): every numbered sense of the entry answers (english.AsksAllSenses)
	maker         bool              // asks who makes or sells the thing ("which company makes …"): a list's parent row names it
	makerAsked    bool              // the maker is what is asked ("WHICH VENDOR makes …"), not named beside what is (english.MakerIsAsked)
	excluded      []qword           // what a leading "besides …" names: the question holds it, but asks for something else
	aside         string            // a phrase inside the question that sets something aside (see cutAside), "" if none
	listed        []int             // where each thing after the first of a list in excluded starts ("fame and GLORY")
	said          map[string]bool   // the question's words and excluded ones, lower-cased: see mentions
	saidStem      map[string]bool   // their stems longer than three letters
	written       map[string]bool   // every word of the question's text, stop words too, lower-cased: see writesWord
	named         bool              // gives another name of what it asks for ("what substance is known as HN")
	purpose       string            // for Definition: the stem of "used" in "what is X used for", which the unit stating the use holds
	path          bool              // "which file", "in which directory": a path or file name is the answer
	url           bool              // "which web address", "at what URL": a web address is the answer
	zone          bool              // "which time zone", "which timezone": a zone's name ("Europe/London") is the answer
	author        bool              // it asks who wrote something (asksAuthor); set once the passages have bound the question's words (see candidates)
	division      bool              // "which chapter", "which section of the Debian Policy Manual": a numbered heading or a reference to one is the answer (see english.AsksDivision)
	setting       bool              // "which option", "which environment variable": an option or a setting, written as code
	api           bool              // "which function", "which macro": a name an API reference or a header describes, code or not
	procedure     bool              // it asks how to do something ("how can I …"): see english.AsksProcedure
	reason        bool              // it asks why: see english.AsksReason
	origin        bool              // it asks what its subject is named for (english.AsksNameOrigin)
	termOrigin    bool              // it asks where a term or a phrase comes from (english.AsksOrigin), not for a term
	condition     bool              // a "when" that asks under what condition: see english.AsksCondition
	version       bool              // "which version": a number ("15.0.0", "bash-3.2", "Perl 4"), no name
	fieldKey      string            // the key a question names as a field ("the name field", "the alpha_4 property"), "" if none
	fileByNumber  bool              // the words that name a data file by its number (see numberedSiblings) are all the subject the question names: they bind as any do
	schemaProps   map[string]bool   // the keys of JSON Schema properties the question writes ("alpha_4"); set once the passages are read (see namedProperties)
	asksKey       bool              // the question asks which field or property ("which property is required"): a key is its answer
	putsAside     bool              // it sets something aside, in front ("Besides …", see excluded) or anywhere else (asideAnywhere): those words pick no sense (see picksSense)
	asksCalled    bool              // a word asks what a thing is named or known as (english.AsksNameAt: "what is it called", "what name is given to"), whether or not it is weighed as a word of the question
	classes       []string          // stems of the words after an opening "which" or "what": the class it may ask for (see asksClass)
	command       bool              // "which tool", "which package": a command or package name
	which         bool              // a "which X" or "what X" question: the answer is one of a class
	asksName      bool              // "what is the name of …", "what is Sweden's full formal name": a record's name field answers (see nameAsked, keyKind)
	where         bool              // a "where" question
	numeric       bool              // the question asks for a number or numeric code
	negated       bool              // holds a negator or a contrast ("which option does not follow links", "instead of munging")
	copyright     bool              // asks about copyright itself ("who holds the copyright"): a copyright notice may answer
}

func (q *question) asksNumeric() bool { return q.numeric }

// Words that say what kind of answer is wanted beyond the head nouns of
// english.HeadOf.
var (
	// usedFor are the words before a closing "for" that ask what a thing
	// is for ("what is ldd used for", "what's it good for").
	usedFor = set(`used good useful needed meant`)
	// expandPhrase are the phrases that ask what a short form stands for
	// (see namesShortForm).
	expandPhrase = []string{"stand for", "stands for", "short for", "abbreviation for", "abbreviation of", "acronym for", "acronym of", "expansion of", "expand", "spelled out", "spell out", "spells out", "full form", "full name of", "called in full"}
)

// markQualifiers marks the asked words before the last of them: they
// qualify the noun a "what" or "which" question asks for ("MAC address"
// of "What MAC address block is registered to Galios?"), and name no
// column of a table ("address" there is no organization's address). It
// marks as trailing the asked words after the last class word: the verb
// the phrase runs on into ("which code IDENTIFIES the small Khitan …").
func (q *question) markQualifiers() {
	last, lastCue := -1, -1
	for k, w := range q.words {
		if w.asked {
			last = k
			if w.cue {
				lastCue = k
			}
		}
	}
	for k := range q.words {
		q.words[k].qualifier = q.words[k].asked && k < last
		q.words[k].trailing = q.words[k].asked && lastCue >= 0 && k > lastCue
	}
}

// qualifiersNameNoSubject takes the subject off the names that qualify
// the noun asked, before it ("Which TCP port does the ManageSieve Protocol
// use?"), when the question names its subject elsewhere, by a name, not
// by a value it gives: they say which kind of port is asked, and the row
// of TCP itself ("tcp  6  TCP") is not about the subject. A qualifier
// with a digit names a standard or a table ("ISO/TC 46 N1127"), and
// stays; so do the words after the noun asked, which may be the subject
// the phrase runs on into ("which language used LATIN SMALL LETTER N …").
func (q *question) qualifiersNameNoSubject() {
	other := slices.ContainsFunc(q.words, func(w qword) bool {
		return w.subject && !w.asked && !w.given && !w.hexID && !w.piece && strings.IndexFunc(w.body, unicode.IsDigit) < 0
	})
	if !other {
		return // "Which Chilean region has the code CL-NB?", "Which Albanian county is AL-12?": the country narrows the record a code picks
	}
	for k, w := range q.words {
		if w.qualifier && !w.trailing && w.subject && !w.given && strings.IndexFunc(w.body, unicode.IsDigit) < 0 {
			q.words[k].subject = false
		}
	}
}

// codeOfRelation finds "what is the NAMES … number of" ("What is the
// IP protocol number of GRE tunnels?", "what's the USB vendor ID for
// …"): names, then lower-case words, then a code or number noun, then
// the word that leads to what the code is of. Group 1 is the names.
var codeOfRelation = regexp.MustCompile(`\b(?i:what(?:'s|’s| is| was)) the ((?:[A-Z][\w-]*\s+)+)(?:[a-z]+\s+){0,2}(?i:numbers?|codes?|ids?|identifiers?)\s+(?:of|for|used by|assigned to)\s`)

// ownersCode finds "what is NAME's NAMES … number" ("What is HTC's USB
// vendor ID?", "what's Guernsey's ISO numeric code"): the code of an owner
// named by its possessive, qualified by names. Group 1 is those names.
var ownersCode = regexp.MustCompile(`\b(?i:what(?:'s|’s| is| was)) (?:the )?[\w.&-]+(?:\s+[\w.&-]+){0,3}(?:'s|’s)\s+((?:[A-Z][\w-]*\s+)+)(?:[a-z]+\s+){0,2}(?i:numbers?|codes?|ids?|identifiers?)\b`)

// kindOfGivenCode finds "NAMES … number VALUE" ("Which protocol has IP
// protocol number 3?", "Which vendor has USB vendor ID 06db?"): names,
// then lower-case words, then a code or number noun the question gives
// the value of. Group 1 is the names.
var kindOfGivenCode = regexp.MustCompile(`\b((?:[A-Z][\w-]*\s+)+)(?:[a-z]+\s+){0,2}(?i:numbers?|codes?|ids?|identifiers?)\s+["'“‘]?([\w:.-]+)`)

// codeOwnersNameNoSubject takes the subject off the names in capitals
// that qualify the code a "what is the X number of Y" question asks, as
// qualifiersNameNoSubject does for a "which" question's: the IP of "the
// IP protocol number of GRE" says which kind of number, and the row of
// IP itself ("ip  0  IP  # internet protocol, pseudo protocol number")
// is not about GRE. Only where the question names its subject after
// them, by a name; a maker's name ("the Sony USB product ID of …") says
// whose code, and stays; so does a standard no retrieved passage writes
// (see keepUnwrittenKinds).
func (q *question) codeOwnersNameNoSubject() {
	named := func(w qword) bool { return w.subject && !w.given && strings.IndexFunc(w.body, unicode.IsDigit) < 0 }
	var from, to int
	if m := codeOfRelation.FindStringSubmatchIndex(q.text); m != nil {
		from, to = m[2], m[3]
		end := m[1]
		if !slices.ContainsFunc(q.words, func(w qword) bool { return named(w) && w.start >= end }) {
			return
		}
	} else if m := ownersCode.FindStringSubmatchIndex(q.text); m != nil {
		from, to = m[2], m[3] // "What is HTC's USB vendor ID?": the owner is named before, by its possessive
	} else if m := kindOfGivenCode.FindStringSubmatchIndex(q.text); m != nil && slices.ContainsFunc(q.words, func(w qword) bool { return (w.given || w.subject) && w.start >= m[4] && w.end <= m[5] }) {
		from, to = m[2], m[3] // "Which protocol has IP protocol number 3?": the record is named by the value given, the names say which kind of number it is (the row "ip  0  IP" is no record of 3)
	} else {
		return
	}
	for k, w := range q.words {
		if named(w) && w.start >= from && w.end <= to && strings.ToUpper(w.body) == w.body {
			q.words[k].subject, q.words[k].cue, q.words[k].kindName = false, true, true // no relation either: the row need not write it ("ssh  22/tcp" for "the TCP port number of SSH")
		}
	}
}

// apposition is a name the question writes with its code in brackets
// after it ("the Åland Islands (AX)", "Sri Lanka (country code LK)"), or
// that a table's row gives its code ("MW<tab>Malawi"; see joinCodes): the
// indices in words of the name's words, the code, and the index in words
// of the code as the question writes it (-1 for a row's; the row's folder
// in dir: a code keys the name only in the tables beside it, "NE" is
// Niger in tzdata, Nebraska elsewhere).
type apposition struct {
	name []int
	code string
	at   int
	dir  string
}

// markApposed finds the question's names written with their code in
// brackets after them: a code (see english.IsCodeName), alone in the brackets or
// after the words that say what code it is, right after a run of subject
// words (stop words inside the name allowed), and no other name in the
// brackets.
func (q *question) markApposed() {
	for k, w := range q.words {
		if w.piece || w.end == 0 || !w.subject || !english.IsCodeName(w.body) || w.end >= len(q.text) || q.text[w.end] != ')' {
			continue
		}
		open := strings.LastIndexByte(q.text[:w.start], '(')
		if open <= 0 || strings.ContainsAny(q.text[open+1:w.start], "()") {
			continue
		}
		j := k - 1
		for j >= 0 && (q.words[j].piece || q.words[j].start > open) {
			if !q.words[j].piece && q.words[j].subject {
				j = -1 // another name inside the brackets: no code of one name
				break
			}
			j--
		}
		var name []int
		whole := true // the name runs on to a word that is no subject, not into one
		for end := open; j >= 0; j-- {
			if q.words[j].piece {
				continue
			}
			if !q.words[j].subject || !stopwordsOnly(q.text[q.words[j].end:end]) {
				whole = !q.words[j].subject
				break
			}
			name = append(name, j) // "the United States of America (US)": the stop words inside it too
			end = q.words[j].start
		}
		if len(name) > 0 && whole {
			q.apposed = append(q.apposed, apposition{name: name, code: w.body, at: k})
		}
	}
}

// stopwordsOnly reports whether text holds nothing but stop words and
// spaces ("", " of ").
func stopwordsOnly(text string) bool {
	for _, w := range strings.Fields(text) {
		if !english.IsStopword(strings.ToLower(w)) {
			return false
		}
	}
	return true
}

// apposedHeld marks the subject words unit i of p holds through their
// apposition: the code of a name when the unit holds every word of the
// name and is keyed by no other code, and the name's words when the unit
// is the record the code keys (a row that opens with it, a field whose
// value it is): a table keyed by the code need not write the name ("CM
// +0403+00942  Africa/Douala" for "Cameroon (CM)"). A code met
// elsewhere, in prose, names nothing. Nil when it holds none so.
func (q *question) apposedHeld(p *passage, i int) map[int]bool {
	if len(q.apposed) == 0 {
		return nil
	}
	u := p.units[i]
	ut := p.unitToks(i)
	key := ""
	switch {
	case u.Shape == english.Row:
		if k := slices.IndexFunc(ut, func(t tok) bool { return !t.part }); k >= 0 {
			key = ut[k].body
		}
	case u.Shape == english.Field && len(u.Parts) > 0:
		if vt := wholeWords(p.rangeToks(u.Parts[0])); len(vt) == 1 {
			key = vt[0].body
		}
	}
	var held map[int]bool
	mark := func(k int) {
		if held == nil {
			held = map[int]bool{}
		}
		held[k] = true
	}
	for _, a := range q.apposed {
		if a.at < 0 && a.dir != p.dir {
			continue
		}
		code := a.code
		name := a.at >= 0 && (key == "" || key == code || !english.IsCodeName(key)) // "US" of "the United States of America (US)": no row keyed CA or MX holds it
		for _, k := range a.name {
			name = name && match(ut, q.words[k]) >= 1
		}
		if name {
			mark(a.at)
		}
		if key == code || (a.at < 0 && u.Shape == english.Row && english.RowKeyedBy(p.text[u.Start:u.End], code)) { // as written: "CM", not the word "cm"; a row's code in its first cell's list too ("MZ,BI,BW,CD,MW")
			for _, k := range a.name {
				mark(k)
			}
		}
	}
	return held
}

// joinCodes adds to the question's appositions the codes that tables'
// rows give its names: a row of cells split by tabs whose first cell is a
// code (english.IsCodeName) and whose other words are all subject words of
// the question ("NE<tab>Niger" for "Which time zone is used for Niger?",
// "PN<tab>Pitcairn" for "the Pitcairn Islands"). Tables split one record
// by its code (tzdata's iso3166.tab names the country, zone.tab gives its
// zones by the code alone): the rows the code keys then hold the names
// (see apposedHeld), as they do when the question writes the code in
// brackets after the name. A row of other words (a zone's comment:
// "Niger Delta") or of several codes gives none.
func (q *question) joinCodes(ps []*passage) {
	for _, p := range ps {
		for i, u := range p.units {
			first, _, ok := english.CodeRow(p.text[u.Start:u.End])
			if u.Shape != english.Row || !ok || slices.ContainsFunc(q.apposed, func(a apposition) bool { return a.code == first }) {
				continue
			}
			var name []int
			said := true
			for _, t := range p.unitToks(i) {
				if t.part || t.body == first || english.IsStopword(t.lower) {
					continue
				}
				k := slices.IndexFunc(q.words, func(w qword) bool { return w.subject && match([]tok{t}, w) >= 1 })
				if k < 0 {
					said = false
					break
				}
				if !slices.Contains(name, k) {
					name = append(name, k)
				}
			}
			if said && len(name) > 0 {
				q.apposed = append(q.apposed, apposition{name: name, code: first, at: -1, dir: p.dir})
			}
		}
	}
}

// subjectWords counts the question's subject words.
func (q *question) subjectWords() int {
	n := 0
	for _, w := range q.words {
		if w.subject {
			n++
		}
	}
	return n
}

// symbolNames returns the names a question writes in punctuation: a
// word of no letters or digits ("<=>", "||"), or a sigil and one or two
// characters, one of them punctuation ("$;", "$\\", "@_", "$^T"), as
// Perl names its special variables. The question's closing mark is not
// part of its last word ("What is $;?"), unless the word is a sigil and
// it ("What does $? hold" asks about "$?").
func symbolNames(text string) []string {
	fs := strings.Fields(text)
	var out []string
	for k, f := range fs {
		f = strings.Trim(f, "\"'`‘’“”()")
		if k == len(fs)-1 && f != "$?" && f != "$!" && f != "$." && f != "" && strings.ContainsRune("?.!", rune(f[len(f)-1])) {
			f = f[:len(f)-1] // the closing mark, once: "$??" is "$?"; "50 %?" names nothing
		}
		if len(f) > 2 {
			f = strings.TrimRight(f, ",") // "$;, $, and $\\": the list's commas; "$," is a name
		}
		if f == "" || len(f) > 4 {
			continue
		}
		punct := strings.IndexFunc(f, func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '$' && r != '@' && r != '%'
		}) >= 0
		words := strings.IndexFunc(f, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
		switch {
		case !words && len(f) >= 2 && strings.ContainsAny(f, english.SymbolRunes+";:"):
			out = append(out, f) // "<=>", "||", "$;"; not prose's "—", "...", "--"
		case strings.ContainsAny(f[:1], "$@%") && len(f) <= 3 && punct:
			out = append(out, f) // "$^T"
		}
	}
	return out
}

// numberedName matches a capitalised name numbered by a hyphen or a
// slash ("Quill-7", "QPL/3", "Halvium-2", "OS/2", "TOPS-20") or by a
// Roman numeral after a space ("Kestrel II", "Henry VIII").
var numberedName = regexp.MustCompile(`\b[A-Z][A-Za-z]*(?:[-/][0-9]+| (?:II|III|IV|VI|VII|VIII|IX))\b`)

func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// analyze reads a question; idf weighs a lower-cased word by its rarity.
// A leading phrase that sets the scene ("In botany, what is hyponasty?",
// "According to X, who ...") is read apart: the question proper gives the
// kind and the subject, the phrase's words only relate.
// namedField finds a field a question names by its key: "the name field",
// "the alpha_4 property", "the `type` key".
var namedField = regexp.MustCompile(`(?i)\b(?:the|its) [\x60'"‘“]?([a-z_][\w.-]*)[\x60'"’”]? (?:field|property|key|attribute|member)\b`)

// asksClass reports whether the question asks for a thing of the class
// noun names ("command" for "Which Mutt command is …", "What variable do
// I set …"): the noun is one of the three words after its opening "which"
// or "what".
func (q *question) asksClass(noun string) bool {
	return len(q.classes) > 0 && slices.Contains(q.classes, english.Stem(strings.ToLower(strings.Trim(noun, ",.;:"))))
}

// classWords are the stems of the three words after a question's opening
// "which" or "what" (see asksClass).
func classWords(text string) []string {
	f := strings.Fields(strings.ToLower(text))
	if len(f) < 2 || (f[0] != "which" && f[0] != "what") {
		return nil
	}
	var out []string
	for _, w := range f[1:min(len(f), 4)] {
		out = append(out, english.Stem(strings.Trim(w, "?,.;:")))
	}
	return out
}

// namesID reports whether the question calls a value it gives an ID
// ("the city with ID 381", "record id 12").
func (q *question) namesID() bool {
	return slices.ContainsFunc(q.words, func(w qword) bool { return w.lower == "id" || w.lower == "ids" || w.lower == "identifier" })
}

// askedKey finds a question that asks for a field by what it holds or
// how it is used: "which optional field holds …", "what property is
// required …"; a schema's keys, not its descriptions, answer it.
var askedKey = regexp.MustCompile(`(?i)\b(?:which|what)\s+(?:[\w-]+\s+)?(?:fields?|propert(?:y|ies)|keys?|attributes?|members?)\b`)

// keyWord makes the field key the question names a subject word, a
// stop word though it may be ("the name field", "the type property"): the
// field is what the question is about, and the units that write its key
// (`"name": {`, "description": "Name of the script") bind it.
func (q *question) keyWord(rest string, off int, idf func(string) float64) {
	lw := strings.ToLower(q.fieldKey)
	if strings.ContainsAny(lw, "_.-") || slices.ContainsFunc(q.words, func(w qword) bool { return w.lower == lw }) {
		return // "alpha_3", "official_name": read as a name already (see identifierOf)
	}
	for _, t := range english.Tokenize(rest) {
		if b := t.Body(rest); strings.ToLower(b) == lw {
			q.words = append(q.words, qword{body: b, lower: lw, stem: english.Stem(lw), idf: idf(lw), start: off + t.Start + t.Lead, end: off + t.End, subject: true})
			return
		}
	}
}

func analyze(text string, idf func(string) float64) *question {
	text = english.QuestionForm(text) // "WHEN WAS VELMORA FOUNDED?", "… founded? [2]": no capitals, no citation marks
	sense, from, to := english.AskedSense(text)
	if sense > 0 {
		text = english.CutSpan(text, from, to) // "What is the second sense of kestling?" asks what kestling is, in its sense numbered 2
	}
	var aside string
	text, aside = cutAside(text)
	lead, rest := splitLead(text)
	rest, trail := splitTrail(rest)
	q := analyzeProper(rest, idf)
	off := max(strings.Index(text, rest), 0) // the question proper's words are read in rest; their offsets are into the whole text
	for k := range q.words {
		q.words[k].start += off
		q.words[k].end += off
	}
	q.text = text
	q.aside = aside
	q.sense = sense
	for _, t := range english.Tokenize(aside) {
		if b := t.Body(aside); english.IsWord(b) {
			if lw := strings.ToLower(b); !english.IsStopword(lw) && !leadWords[lw] {
				q.excluded = append(q.excluded, qword{lower: lw, stem: english.Stem(lw)})
			}
		}
	}
	for _, m := range numberedName.FindAllString(text, -1) {
		q.pinned = append(q.pinned, strings.ToLower(m))
	}
	q.symbols = symbolNames(text)
	q.asksKey = askedKey.MatchString(text)
	q.classes = classWords(q.text)
	if m := namedField.FindStringSubmatch(text); m != nil {
		q.fieldKey = m[1]
		q.keyWord(rest, off, idf)
	}
	// The scene phrases' words only relate; a leading "Besides a boat"
	// names what the answer is not: a unit that holds it restates the
	// question.
	// A phrase that cites the work asked ("According to the Debian FAQ,")
	// gives no word at all: see english.SourceSpan.
	ownSubject := slices.ContainsFunc(q.words, func(w qword) bool { return w.subject })
	for n, phrase := range []string{lead, trail} {
		excluded := excludes(phrase)
		at := max(strings.Index(text, phrase), 0) // where the phrase is in text: its words' offsets (markFileName finds "Blocks.txt" of "In Unicode's Blocks.txt, …" by them)
		if n == 1 {
			at = max(strings.LastIndex(text, phrase), 0)
		}
		var bodies, lower []string
		for _, t := range english.Tokenize(phrase) {
			if b := t.Body(phrase); english.IsWord(b) {
				bodies, lower = append(bodies, b), append(lower, strings.ToLower(b))
			}
		}
		srcFrom, srcTo := english.SourceSpan(lower, bodies)
		// A phrase of names only ("In VERA, …", "In Perl, …") says where
		// to look when the question proper names what it asks about
		// ("what does the acronym CXL stand for"); one with words of its
		// own ("In the Devil's Dictionary's definition of diagnosis, …")
		// may name the entry asked about, and so does any when the
		// question proper names nothing ("For Linux, how is it
		// pronounced?").
		named := ownSubject && namesOnly(lower, bodies)
		// "According to Bierce, …": a name that may be the author's
		authorFrom, authorTo := english.AuthorSpan(lower, bodies)
		k := -1 // the word's index in bodies
		for _, t := range english.Tokenize(phrase) {
			b := t.Body(phrase)
			lw := strings.ToLower(b)
			if english.IsWord(b) {
				k++
			}
			if excluded && (lw == "and" || lw == "or") && len(q.excluded) > 0 {
				q.listed = append(q.listed, len(q.excluded)) // "Besides fame and glory": two things set aside
			}
			if !english.IsWord(b) || english.IsStopword(lw) || leadWords[lw] || (q.part != english.NoPart && english.PartWords[lw]) || (k >= srcFrom && k < srcTo) {
				continue // "…, in IPA": how the part asked for is written, which the entry need not say
			}
			if excluded {
				q.excluded = append(q.excluded, qword{lower: lw, stem: english.Stem(lw)})
				continue
			}
			q.words = append(q.words, qword{body: b, lower: lw, stem: english.Stem(lw), idf: idf(lw), rel: english.RelatedStems(lw), exact: isShortName(b, 1), author: k >= authorFrom && k < authorTo,
				start: at + t.Start + t.Lead, end: at + t.End, scene: named})
		}
	}
	q.putsAside = len(q.excluded) > 0 || asideAnywhere.MatchString(text)
	return q
}

// namesOnly reports whether a phrase's words, its stop words and lead
// words aside, are all written with a capital, and there is one.
func namesOnly(lower, bodies []string) bool {
	named := false
	for k, lw := range lower {
		if english.IsStopword(lw) || leadWords[lw] {
			continue
		}
		if bodies[k] == lw {
			return false
		}
		named = true
	}
	return named
}

// splitLead splits a question at the comma that ends a leading phrase
// opened by a preposition ("In botany, what is …"); lead is "" when the
// question has none.
func splitLead(text string) (lead, rest string) {
	i := strings.IndexByte(text, ',')
	if i < 0 {
		return "", text
	}
	first := strings.ToLower(strings.Fields(text)[0])
	tail := strings.TrimSpace(text[i+1:])
	tf := strings.Fields(strings.ToLower(tail) + " x x")
	next := strings.TrimRight(tf[0], "'’s")
	if english.IsPreposition(next) && english.IsQuestionWord(tf[1]) {
		next = tf[1] // "Besides the LaserWriter options, IN WHICH Mac printer drivers …"
	}
	if !leadWords[first] || (!english.IsQuestionWord(next) && first != "according" && first != "per") {
		return "", text // "According to Bierce, PUSH is one of …; what is the other?": a cited work's phrase ends at its comma, whatever follows
	}
	for _, w := range strings.Fields(strings.ToLower(text[:i])) {
		if english.IsQuestionWord(w) {
			return "", text // "In what year did the Fronde, whose …": the question opens the sentence
		}
	}
	return text[:i], tail
}

// splitTrail splits a question at the comma that opens a closing phrase
// setting its scene ("What are parity errors, in hacker slang?", "What is
// a hamm, according to the FAQ?"): the question proper keeps its mark.
func splitTrail(text string) (rest, trail string) {
	i := strings.LastIndexByte(text, ',')
	if i < 0 {
		return text, ""
	}
	tail := strings.TrimSpace(text[i+1:])
	f := strings.Fields(strings.ToLower(tail))
	if len(f) < 2 || len(f) > 5 || !leadWords[f[0]] || f[0] == "besides" || f[0] == "apart" || f[0] == "aside" {
		return text, ""
	}
	for _, w := range f {
		if english.IsQuestionWord(strings.Trim(w, "?")) {
			return text, "" // ", in which year …": the question goes on
		}
	}
	mark := ""
	if strings.HasSuffix(tail, "?") {
		mark, tail = "?", strings.TrimSuffix(tail, "?")
	}
	return strings.TrimSpace(text[:i]) + mark, tail
}

// asksPath reports whether question word k is a path noun that is not
// the first half of a compound ("FILE", not "file system").
func asksPath(lower []string, k int) bool {
	return english.IsPathNoun(lower[k]) && (k+1 == len(lower) || !english.IsPathCompound(lower[k+1]))
}

// mainClause returns the index of the first word of the question proper
// after a leading clause of time ("When …, what …", "Whenever …, which …"),
// 0 when the question opens with no such clause.
func mainClause(text string, lower []string, spans [][2]int) int {
	if len(lower) < 4 || !english.OpensTimeClause(lower[0]) || english.IsAuxiliary(lower[1]) {
		return 0 // "When was the treaty signed, which …?" asks a time itself
	}
	for i := 2; i < len(lower); i++ {
		if english.IsQuestionWord(lower[i]) && commaBefore(text, spans, i) {
			return i
		}
	}
	// "When retiring as a developer, you should also retire from teams,
	// e.g. remove yourself from WHAT?": the main clause after the comma
	// asks in place, at its end.
	for i := 2; i < len(lower); i++ {
		if commaBefore(text, spans, i) {
			last := lower[len(lower)-1]
			if i < len(lower)-1 && (last == "what" || last == "which" || last == "who" || last == "whom" || last == "where") {
				return i
			}
			break
		}
	}
	return 0
}

// commaBefore reports whether a comma parts question word i from the
// word before it.
func commaBefore(text string, spans [][2]int, i int) bool {
	return strings.HasSuffix(strings.TrimSpace(text[spans[i-1][1]:spans[i][0]]), ",")
}

// askedAfterWhen returns the index of the clause that asks, when the
// question's first wh-word is a "when" that opens a subordinate clause
// (no auxiliary after it) and another wh-word follows: the clause after
// the last comma before that wh-word, else the wh-word itself; 0 when
// "when" is what is asked ("when was …", "until when does …").
func askedAfterWhen(text string, lower []string, spans [][2]int) int {
	w := slices.IndexFunc(lower, english.IsQuestionWord)
	if w < 0 || w+1 >= len(lower) || !english.OpensTimeClause(lower[w]) || english.OpensQuestion(lower[w+1]) {
		return 0
	}
	for i := w + 2; i < len(lower); i++ {
		if !english.IsQuestionWord(lower[i]) {
			continue
		}
		m := i
		for k := i; k > w+1; k-- {
			if commaBefore(text, spans, k) {
				m = k
				break
			}
		}
		return m
	}
	return 0
}

// leadWords open a phrase that sets a question's scene.
var leadWords = set(`in on for according per as besides apart aside among within under to from`)

// kindOf reports whether question word w asks for a kind in "what kind
// (type, sort) of X": "of" follows it.
func (q *question) kindOf(w qword) bool {
	rest := strings.TrimLeft(q.text[min(w.end, len(q.text)):], " ")
	return strings.HasPrefix(strings.ToLower(rest), "of ")
}

// asideInside finds a phrase inside a question that sets something aside
// ("What area code, BESIDES 978, is listed for Chelmsford?", "… the Gobi
// 2000 Wireless Modem (NOT THE QDL MODE ONE)?"): its words name what the
// answer is not, as a leading "Besides …" does (see excludes).
var asideInside = regexp.MustCompile(`(?i),\s*(?:` + asideWords + `)\s+([^,?]+),\s*|\s*\(\s*(?:not|besides|other than|except)\s+([^)]*)\)`)

// asideWords open a phrase that sets something aside.
const asideWords = `besides|apart from|aside from|other than|except`

// asideAnywhere finds a phrase that sets something aside anywhere in a
// question (see asideInside), a "not" that opens one after a comma or a
// bracket ("What does DSA stand for, not the Debian ones?"), or "rather
// than …" ("as a USB drive rather than a webcam").
var asideAnywhere = regexp.MustCompile(`(?i)\b(?:` + asideWords + `|rather than|instead of)\b|[,(]\s*not\b`)

// asideAtEnd finds such a phrase closing a question ("What does EFT
// stand for, OTHER THAN EURO-FILETRANSFER?", "…, NOT THE DRIVE
// INTERFACE?"). A closing "besides …", "apart from …" or "except …" is
// left in: the answer's sentence often names it too ("either by renaming
// the files, or by adding a symbolic link").
var asideAtEnd = regexp.MustCompile(`(?i),\s*(?:other than|not)\s+([^,?]+?)\s*\?\s*$`)

// notOnly reports whether what follows a "not" widens the question rather
// than sets something aside ("…, not JUST those that precede the command
// name?").
func notOnly(aside string) bool {
	first, _, _ := strings.Cut(strings.ToLower(aside), " ")
	switch first {
	case "just", "only", "merely", "simply", "necessarily", "even", "always", "all":
		return true
	}
	return false
}

// asideBeforeVerb finds "besides X" written between the class a "which"
// question opens with and its verb, with no commas ("which area code
// BESIDES 770 is listed for Mableton?", "which French word besides chien
// means dog?"): group 1 is the phrase to cut, group 2 what is set aside.
// asideBeforeOther finds the value a question gives before it ends asking
// for another ("listed under area code 954 AND WHICH OTHER area code?",
// not "what is an abattoir and what other name does it have?", two
// questions): group 1 is what is set aside, group 2 the question word,
// group 3 the class asked.
var (
	asideBeforeVerb  = regexp.MustCompile(`(?i)(?:^|,\s+)(?:which|what)\s+(?:[^\s,?]+\s+){0,3}?((?:besides|apart from|aside from|other than)\s+([^,?]+?))\s+(?:is|are|was|were|does|do|did|has|have|can|means|mean|serves|serve|uses|use|covers|cover|makes|make|requires|require)\s`)
	asideBeforeOther = regexp.MustCompile(`(?i)\s([^\s,]+)\s+and\s+(which|what)\s+other\s+((?:[^\s,?]+\s+)?[^\s,?]+)\s*\?\s*$`)
)

// cutAside returns question without a phrase inside it that sets
// something aside, and that phrase's words.
func cutAside(question string) (string, string) {
	if m := asideBeforeVerb.FindStringSubmatchIndex(question); m != nil {
		return strings.TrimRight(question[:m[2]], " ") + question[m[3]:], question[m[4]:m[5]] // "which area code is listed for Mableton?"
	}
	if m := asideBeforeOther.FindStringSubmatchIndex(question); m != nil {
		return question[:m[2]] + question[m[4]:m[5]] + " " + question[m[6]:], question[m[2]:m[3]] // "listed under area code which area code?"
	}
	if !strings.ContainsAny(question, ",(") {
		return question, "" // most questions: no regular expression to run
	}
	if m := asideAtEnd.FindStringSubmatchIndex(question); m != nil && m[0] > 0 && !notOnly(question[m[2]:m[3]]) {
		return question[:m[0]] + "?", question[m[2]:m[3]] // "what does EFT stand for?"
	}
	m := asideInside.FindStringSubmatchIndex(question)
	if m == nil || m[0] == 0 {
		return question, ""
	}
	aside := ""
	for g := 2; g+1 < len(m); g += 2 {
		if m[g] >= 0 {
			aside = question[m[g]:m[g+1]]
		}
	}
	sep := ""
	if r, _ := utf8.DecodeRuneInString(question[m[1]:]); question[m[0]] == ',' || unicode.IsLetter(r) {
		sep = " "
	}
	return question[:m[0]] + sep + question[m[1]:], aside
}

// excludes reports whether a leading phrase names what the answer is not
// ("Besides a boat", "Apart from music", "Aside from NeWS"): a unit that
// holds its words restates what the question already has.
func excludes(lead string) bool {
	f := strings.Fields(strings.ToLower(lead))
	return len(f) > 1 && (f[0] == "besides" || ((f[0] == "apart" || f[0] == "aside") && f[1] == "from"))
}

// isRevision reports whether a hyphenated word is a version with its
// revision ("2.3-36", "5.133-1.1"): numbers, one of them dotted. Its parts
// name no version of their own ("2.3" of "2.3-36" is not the "2.3-31" of
// another entry).
func isRevision(b string) bool {
	dotted := false
	for _, part := range strings.Split(b, "-") {
		if part == "" || strings.Trim(part, "0123456789.") != "" {
			return false
		}
		dotted = dotted || strings.Contains(part, ".")
	}
	return dotted
}

// analyzeProper reads the question proper.
func analyzeProper(text string, idf func(string) float64) *question {
	q := &question{text: text}
	toks := english.Tokenize(text)
	var bodies []string
	var spans [][2]int // where each of bodies is in text
	for _, t := range toks {
		b := t.Body(text)
		if english.IsWord(b) {
			bodies = append(bodies, b)
			spans = append(spans, [2]int{t.Start + t.Lead, t.End})
		}
	}
	lower := make([]string, len(bodies))
	for i, b := range bodies {
		lower[i] = strings.ToLower(b)
	}
	joined := " " + strings.Join(lower, " ") + " "
	q.kind, q.dims = kindOf(lower, bodies, joined)
	if m := mainClause(text, lower, spans); m > 0 && q.kind == Date {
		// "When a completion function is called, what is its third
		// argument?": the leading clause sets the scene; the clause after
		// it asks.
		q.kind, q.dims = kindOf(lower[m:], bodies[m:], " "+strings.Join(lower[m:], " ")+" ")
	} else if m := askedAfterWhen(text, lower, spans); m > 0 && q.kind == Date {
		// "When HISTTIMEFORMAT is set and not null, it is used as a
		// format string for WHICH function …?", "According to Bierce,
		// when you disabuse your neighbour, you present him with WHAT
		// …?", "When bugs of WHAT severity … should you …?": "when"
		// opens a clause, and the question is asked further on.
		q.kind, q.dims = kindOf(lower[m:], bodies[m:], " "+strings.Join(lower[m:], " ")+" ")
	}
	if n := len(lower); q.kind == Definition && n >= 3 && lower[n-1] == "for" && usedFor[lower[n-2]] {
		q.purpose = english.Stem(lower[n-2]) // "what is whitewood much USED for"
	}
	head := headIndex(lower)
	namesFrom := head
	if k := nameAsked(lower); k >= 0 && !underscored(text, spans[k]) {
		q.asksName = true // not the "name" of a key the question writes ("the ISO 3166-1 official_name of North Macedonia": that key, no other "name")
	}
	named := -1 // the class of the thing whose name is asked
	if q.asksName {
		named = nameOfClass(lower, bodies)
	}
	if head >= 0 {
		head = pastNames(lower, bodies, head)
	}
	q.division = english.AsksDivision(lower, head)
	askedFrom, askedTo := -1, -1
	if head >= 0 {
		askedFrom, askedTo = head, head+1
		for askedFrom > 0 && !english.IsQuestionWord(lower[askedFrom-1]) && !english.IsStopword(lower[askedFrom-1]) {
			askedFrom--
		}
		for askedTo < len(lower) && !english.IsStopword(lower[askedTo]) {
			askedTo++
		}
		q.url = asksURL(lower[askedFrom:], askedTo-askedFrom)
	}
	if q.kind == Any && head >= 0 {
		q.kind = Name
	}
	// The wh-phrase's nouns ("which dpkg OPTION", "which environment
	// VARIABLE", "which dpkg FILE") say how the answer is written.
	// A setting noun may follow a command and its subcommand ("which git
	// commit OPTION"); a path or command noun that far is more often the
	// verb's object ("which command compares FILE contents").
	for k := head; q.kind == Name && head >= 0 && k < len(lower) && k <= head+2 && (k == head || !english.IsStopword(lower[k])); k++ {
		if k <= head+1 {
			q.path = q.path || asksPath(lower, k)
			q.command = q.command || english.IsCommandNoun(lower[k])
			q.zone = q.zone || english.IsZoneNoun(lower[k])
		}
		q.setting = q.setting || english.IsSettingNoun(lower[k])
		q.version = q.version || (lower[k] == "version" || lower[k] == "versions") && (k+1 == len(lower) || lower[k+1] != "control") // "which bash VERSION", not "which version control system"
		q.api = q.api || english.IsAPINoun(lower[k])
	}
	for k := 0; k+1 < len(lower) && (q.kind == Code || q.kind == Person || q.kind == Name); k++ {
		if english.IsZoneNoun(lower[k]) && (english.HeadOf(lower[k+1]) == english.CodeHead || lower[k+1] == "name") {
			q.kind, q.zone = Name, true // "what time zone identifier", "which zone name": a zone's name, not a country's code
		}
	}
	if q.kind == Place && strings.HasPrefix(joined, " where ") {
		for k := 1; k < len(lower); k++ {
			if asksPath(lower, k) && lower[k-1] != "of" && (k < 2 || lower[k-2] != "of") { // not "the author of the file"
				q.kind, q.path = Name, true // "Where is dput's global configuration file?", "where should example files be placed": a path, not a place
				break
			}
		}
	}
	quoted := quotedSpans(text)
	q.alias = english.AsksAlias(joined)
	q.scientific = q.alias && english.AsksScientificName(joined)
	q.named = english.GivesOtherName(joined)
	q.term = english.AsksTerm(joined)
	q.allSenses = english.AsksAllSenses(lower)
	if n := len(lower); n >= 3 && english.IsPreposition(lower[n-1]) && !english.IsStopword(lower[n-2]) && !english.IsQuestionWord(lower[n-2]) {
		q.stranded = [2]string{english.Stem(lower[n-2]), lower[n-1]} // "what does each name refer to", "relative to"
	}
	if q.term && q.kind.valued() && strings.Contains(joined, " called ") {
		q.kind = Name // "What is the DAY before an extended weekend called when …?": the day's name, no date
	}
	pt := partText(bodies, lower)
	q.part = english.AsksEntryPart(pt)
	q.genderNamed = q.part == english.Gender && english.NamesByGender(pt)
	q.namedGender = english.NamedGender(pt)
	q.maker = english.AsksMaker(lower)
	q.makerAsked = english.MakerIsAsked(lower)
	q.negated = slices.ContainsFunc(lower, english.IsContrast)
	if c, ok := english.ReadContrast(lower); ok {
		q.contrast = &c
	}
	q.copyright = slices.ContainsFunc(lower, english.IsCopyrightWord)
	subjectFrom := subjectStart(lower, joined, q.kind)
	for i := range lower {
		q.asksCalled = q.asksCalled || english.AsksNameAt(lower, i)
	}
	shortFrom, shortTo := shortAt(lower, text, spans, subjectFrom)
	aliasFrom, aliasTo := -1, -1
	if q.alias {
		aliasFrom, aliasTo = english.AliasSubject(lower)
	}
	abbrev := false
	for _, b := range bodies {
		abbrev = abbrev || isAbbreviation(b)
	}
	srcFrom, srcTo := english.SourceSpan(lower, bodies)
	authorFrom, authorTo := english.AuthorSpan(lower, bodies)
	callAt := english.TermCall(lower) // "what do hackers CALL …": who calls it comes before
	translation, foreignWord := english.AsksTranslation(lower)
	if !translation {
		// "Which animal is an Italian "leone"?": a language's name before a
		// quoted word says the word is that language's, an entry of its
		// dictionary, as "the Italian word leone" would.
		for i := 0; i+1 < len(lower) && !translation; i++ {
			translation = english.IsLanguageName(lower[i]) && !inQuoted(quoted, text, bodies[i]) && inQuoted(quoted, text, bodies[i+1])
		}
	}
	// A question for a part of an entry asks no translation; a gender
	// named beside the word class ("the French masculine noun soleil")
	// tells the entry, as the class does, and asks for no part of it.
	translation = translation && (q.part == english.NoPart || q.genderNamed)
	framed := false  // a word of the translation's frame came before
	translated := -1 // the word to translate: "the Italian word for a BAT, the flying mammal"
	if translation && foreignWord {
		translated = wordToTranslate(lower)
		for k := translated - 1; k >= 0 && lower[k] != "for"; k-- { // translated < 0: no word, no loop
			if !english.IsStopword(lower[k]) && !english.IsPossessive(lower[k]) && lower[k] != "s" {
				q.describedMore = true // "the YELLOW-FLOWERED weed", "parents, TAKEN together": a description, not the word alone ("a bird's beak" is a beak)
			}
		}
	}
	switch {
	case translation && foreignWord:
		q.term = true // "the Italian word for a caterpillar": the entry's headword
		q.kind = Any  // "which French verb means to gild" asks for a word, not what one means, or a name
	case translation && q.kind == Any:
		q.kind = Definition // "how do I say cerrar in English": what the entry means, its senses
	}
	// A relation word's opposites (english.OppositeStems), looked for in
	// the units: not for "the opposite of paved", nor "which option does
	// not include …", nor an opposite the question writes itself ("the
	// lowercase mapping of CYRILLIC CAPITAL LETTER DZELO": both poles are
	// the question's).
	opposable := !slices.ContainsFunc(lower, english.IsOppositeWord) && !slices.ContainsFunc(lower, english.IsContrast)
	var ownStems map[string]bool
	for i, b := range bodies {
		lw := lower[i]
		if i >= srcFrom && i < srcTo {
			continue // "according to the Debian FAQ": where to look, not what is asked
		}
		if i > 1 && i <= callAt {
			continue // "what does WordNet CALL an expert …", "what do HACKERS call …": how the question asks and whom, not what
		}
		if translation && (english.IsTranslationWord(lower, i) || english.IsMeanVerb(lw) || english.IsGiveForVerb(lw) && !q.scientific && i+1 < len(lower) && (lower[i+1] == "for" || lower[i+1] == "as")) {
			framed = true
			continue // "the Spanish word for rat", "mean in English", "what translations are GIVEN for": the language asked in and how the dictionary gives it, which no entry of a bilingual dictionary writes
		}
		given := givenCode(lower, bodies, i) || inIDPair(text, spans, bodies, i)
		if english.IsQuestionWord(lw) || (english.IsStopword(lw) && !isShortName(b, i) && !given && !namePrefix(bodies, i)) || (b == "U" && i+1 < len(bodies) && isHex(bodies[i+1])) {
			continue
		}
		if i+1 < len(lower) && english.IsMeanVerb(lower[i+1]) && strings.HasSuffix(lw, "ly") && !isName(b, i) && !asksWord(lower, i) {
			continue // "what does vanilla SIMPLY mean", "what does it LITERALLY mean": how, not what, is asked
		}
		w := qword{body: b, lower: lw, stem: english.Stem(lw), idf: idf(lw), start: spans[i][0], end: spans[i][1], author: i >= authorFrom && i < authorTo}
		w.rel = english.RelatedStems(lw)
		if opposable {
			if w.opposite = english.OppositeStemsAt(lower, i); len(w.opposite) > 0 {
				if ownStems == nil {
					ownStems = make(map[string]bool, len(lower))
					for _, l := range lower {
						ownStems[english.Stem(l)] = true
					}
				}
				w.opposite = slices.DeleteFunc(w.opposite, func(s string) bool { return ownStems[s] })
			}
		}
		w.naming = english.AsksNameAt(lower, i)
		w.subject = isName(b, i) || inQuoted(quoted, text, b) || (subjectFrom >= 0 && i >= subjectFrom) || underscored(text, spans[i]) ||
			(i >= aliasFrom && i < aliasTo) // "another name for the PILCROW SIGN", "what is the BENGALI RUPEE SIGN also called"
		if q.kind == Expansion {
			w.subject = isAbbreviation(b) || inQuoted(quoted, text, b) || (!abbrev && i >= shortFrom && i <= shortTo) // "what is tar short for", "what does the abbreviation afaicr stand for"
		}
		if len(quoted) > 0 && (q.kind == Definition || q.kind == Expansion) {
			w.subject = inQuoted(quoted, text, b) // "the obsolete verb 'bowne'": the quote is the subject
		}
		w.exact = isShortName(b, i) || given
		w.option = optionLetter(text, spans[i][0], b) // "du -s" is not "du -S"
		w.asked = i >= askedFrom && i < askedTo
		w.quoted = inQuoted(quoted, text, b)
		w.given = given
		w.translated = i == translated
		if given {
			w.subject = true // "which language has the code sah": the value given is what the record must hold
		}
		w.ofGiven = !given && namesGivenKind(lower, bodies, i)
		if i+1 < len(lower) && b == lw && numbered(bodies[i+1]) {
			w.numbers = lower[i+1]
		}
		if i >= namesFrom && i < head && !english.IsPossessive(lw) {
			w.subject = false // "which UNICODE character", "which IOMEGA device": the names relate; no row need write them
		}
		w.hexID = isHexID(b) || (allHex(b) && len(b) >= 4 && len(b) <= 6 && strings.HasSuffix(text[:spans[i][0]], "U+")) // "U+2126": a code point, however its digits read
		w.vendor = idPair(text, spans, bodies, i) || (given && makerGiven(lower, i))
		w.nameClass = i == named && !given && !inCapitalRun(bodies, i)
		w.gender = q.genderNamed && english.IsGenderWord(lw) // "the masculine noun livre": the entry of that gender
		w.cue = !given && !inCapitalRun(bodies, i) && (isCue(lower, i, q.kind) || i == head || (i+1 == head && english.HeadOf(lower[head]) != english.NoHead && !isName(b, i)) ||
			lengthWord(lower, i) || // "three-letter": a code's form, which no text writes beside it
			w.ofGiven || // "vendor ID 06db": the code noun only names the given code's kind
			(q.alias && english.IsAliasWord(lw)) || // "otherwise known", "other name": how the answer is asked for
			(q.part != english.NoPart && english.PartWords[lw] && !w.gender) || // "the Latin plural of", "derived from" (not "the MASCULINE noun frais": the entry's label binds it)
			english.IsLanguageFrame(lower, i)) // a given code is never a cue: the record must hold it

		if framed {
			// What follows a translation question's frame is the word it
			// translates: the headword, unless it asks for the headword
			// ("the Italian word for a SEAGULL": the gloss). A word
			// before it may still say what is asked ("what COLOUR is
			// verde in Spanish").
			w.cue, w.subject = false, !foreignWord
			if len(quoted) > 0 && !foreignWord {
				w.subject = w.quoted // "If a French news report talks about an "inondation", what …": the quoted word is the headword; the scene around it is no part of the entry
			}
		}
		if w.cue {
			w.subject = false
		}
		if !w.cue && english.IsPartOfSpeech(lw) {
			w.pos = true // "the verb dib": the entry of that part of speech
		}
		q.words = append(q.words, w)
		if strings.ContainsAny(b, "-") && strings.IndexFunc(b, unicode.IsDigit) >= 0 && !isRevision(b) {
			// "alpha-3", "ISO-8859-1": each part is a word of its own too,
			// as keys and texts write them ("alpha_3"). The parts of a
			// subject ("AL-12") are the subject's, not words of the
			// relation asked about, which the record's other fields lack.
			for _, part := range strings.Split(lw, "-") {
				if part != "" {
					q.words = append(q.words, qword{body: part, lower: part, stem: english.Stem(part), idf: idf(part), cue: w.cue, subject: w.subject, piece: true})
				}
			}
		}
	}
	for i := range q.words {
		q.words[i].head = compoundHead(q.text, q.words[i])
		q.words[i].elided, _ = english.Elided(q.words[i].lower)
	}
	q.nameClassed()
	q.markClassNoun()
	q.markClassBefore()
	q.markQualifiers()
	q.qualifiersNameNoSubject()
	q.codeOwnersNameNoSubject()
	q.markApposed()
	if q.kind == Code {
		q.length, q.letters = codeLength(lower)
	}
	if q.kind == Number {
		q.focus = english.CountFocus(lower)
		for i, w := range lower {
			if i > 0 && lower[i-1] == "many" {
				q.focusRel = english.RelatedStems(w)
			}
		}
	}
	if q.kind == Expansion {
		// The short form asked about comes first ("what does AAMOF mean
		// in Usenet and IRC slang", "what does the AP in CLX-AP stand
		// for"): later ones set the context.
		// One after a preposition names where it is used ("when someone
		// ON IRC types BRB"), unless no other is asked about.
		// A word of a name in capitals that English knows ("SQUARED" of
		// "what does SQUARED HDR stand for") is no short form while the
		// question writes one English does not know.
		// One in a clause before the question proper ("When talking
		// about DVD region locking, what is RCE short for?") sets the
		// scene too, when the question proper asks what one stands for
		// ("When someone on IRC types BRB, what do they mean?" asks BRB,
		// and so does "…, what does the IRC user mean?").
		proper := clauseEnd(q.text)
		for pass := range 6 {
			scene, clause, worded := pass >= 4, pass >= 2, pass&1 == 1
			for k, w := range q.words {
				if isAbbreviation(w.body) && !english.IsPossessive(w.body) && (scene || !afterPreposition(q.text, w.start) && (clause || w.start >= proper && (proper == 0 || expandedAt(q.text, w)))) && (worded || !q.wordOfCapitalName(k)) { // "NetWare's NMAS": the owner is no short form
					q.short = w.body
					break
				}
			}
			if q.short != "" {
				break
			}
		}
		if q.short == "" && shortFrom >= 0 && shortTo > shortFrom {
			q.short = text[spans[shortFrom][0]:spans[shortTo][1]] // "C|N>K": the words written joined are one short form
		}
		if q.short == "" {
			for _, w := range q.words {
				if w.subject {
					q.short = w.body
				}
			}
		}
	}
	q.procedure = english.AsksProcedure(lower)
	q.reason = english.AsksReason(lower)
	q.origin = english.AsksNameOrigin(lower)
	q.termOrigin = english.AsksOrigin(lower) && !q.term
	q.condition = q.kind == Date && english.AsksCondition(lower)
	q.fullDay = strings.Contains(joined, " date ") || strings.Contains(joined, " day ")
	q.which = head >= 0
	q.where = strings.Contains(joined, " where ")
	q.numeric = strings.Contains(joined, " numeric ") || strings.Contains(joined, " number ") || strings.Contains(joined, " digit")
	for k := range q.words {
		q.words[k].ident = q.identifierOf(q.words[k]) // here, where the words' offsets are into the question proper
	}
	return q
}

// identifierOf returns the name written with underscores that question
// word w is a part of ("mime_type_query_first" for "mime"), "" if none:
// the shared tokenizer splits it into words, but the name is one.
func (q *question) identifierOf(w qword) string {
	if w.end <= w.start || w.end > len(q.text) {
		return ""
	}
	in := func(c byte) bool { return c == '_' || c >= '0' && c <= '9' || c|0x20 >= 'a' && c|0x20 <= 'z' }
	from, to := w.start, w.end
	for from > 0 && in(q.text[from-1]) {
		from--
	}
	for to < len(q.text) && in(q.text[to]) {
		to++
	}
	id := strings.Trim(q.text[from:to], "_")
	if !strings.Contains(id, "_") {
		return ""
	}
	return id
}

// kindOf classifies a question from its lower-cased words; bodies are
// the words as written, to tell an abbreviation ("ANR") from a phrase.
func kindOf(lower, bodies []string, joined string) (Kind, english.Dimension) {
	abbrev := false
	for i, b := range bodies {
		abbrev = abbrev || (i > 0 && isAbbreviation(b) && !camelName(b))
	}
	for _, p := range expandPhrase {
		if p == "called in full" && !abbrev {
			continue // "What is Luxembourg called in full, formally?": a name's long form, no abbreviation's
		}
		if strings.Contains(joined, " "+p+" ") {
			if !abbrev && namesShortForm(p, joined) && !strings.HasSuffix(joined, " "+p+" ") {
				return Code, 0 // "the acronym for electromagnetic radiation": the short form is asked
			}
			return Expansion, 0
		}
	}
	if strings.Contains(joined, " abbreviated ") || strings.Contains(joined, " acronym ") || strings.Contains(joined, " abbreviation ") {
		if !abbrev && !asksMeaning(lower, joined) {
			return Code, 0
		}
		if !abbrev {
			return Expansion, 0 // "what does the abbreviation ymmv mean": the short form is given, written in lower case
		}
	}
	if n := len(lower); n >= 4 && lower[0] == "what" && (lower[1] == "does" || lower[1] == "do") && lower[n-1] == "do" ||
		n >= 4 && (lower[0] == "what" || lower[0] == "whats" || lower[0] == "what's") && lower[n-1] == "for" && usedFor[lower[n-2]] {
		return Definition, 0 // "what does git write-tree do", "what is ldd used for": what the thing is for, as its description says
	}
	if asksMeaning(lower, joined) {
		if abbrev {
			return Expansion, 0
		}
		return Definition, 0
	}
	if n := len(lower); n >= 3 && !english.OpensQuestion(lower[0]) && (lower[n-1] == "what" || lower[n-1] == "which") && slices.ContainsFunc(lower[:n-1], english.IsQuestionWord) {
		// A statement that ends on "what" asks for what stands there
		// ("… whose paths do not fit within WHAT?"): a "whose" or "when"
		// before it is the statement's own, and says nothing of the kind.
		return Any, 0
	}
	seenWhat := false // a "which"/"what" came before
	for i, w := range lower {
		next := ""
		if i+1 < len(lower) {
			next = lower[i+1]
		}
		if seenWhat && w != "what" && w != "which" {
			// "which program is useful WHEN you want …", "IN WHICH config
			// file …, say WHEN sponsoring", "Unlike the changelog, which
			// file … only WHEN …": a clause's conjunction, not what is asked
			continue
		}
		seenWhat = w == "what" || w == "which" || w == "whats" || w == "what's"
		switch w {
		case "when":
			return Date, 0
		case "who", "whom", "whose":
			return Person, 0
		case "where":
			if english.AsksNameOrigin(lower) {
				return Any, 0 // "where did the Ribbon Society get its name from": what it was named for, no place
			}
			return Place, 0
		case "how":
			switch {
			case next == "much":
				return Amount, 0
			case next == "many":
				return Number, 0
			case english.MeasureWord(next) != 0:
				return Measure, english.MeasureWord(next)
			}
		case "what", "which", "whats", "what's":
			if k, d := headKind(lower[i+1:]); k != Any {
				return k, d
			}
		}
	}
	for _, w := range lower {
		if english.IsMeanVerb(w) || w == "define" || w == "definition" || w == "meaning" || w == "defined" && lower[0] == "how" && english.IsBe(lower[1]) {
			return Definition, 0 // "how is faith defined in …" too
		}
	}
	// "What is (a|an|the) X?" with nothing else: a definition.
	if len(lower) >= 2 && (lower[0] == "what" || lower[0] == "whats" || lower[0] == "what's") {
		rest := lower[1:]
		if len(rest) > 0 && (rest[0] == "is" || rest[0] == "are" || rest[0] == "was" || rest[0] == "s") {
			rest = rest[1:]
		} else if lower[0] == "what" && rest[0] != "does" && rest[0] != "do" && rest[0] != "did" {
			rest = nil // "what colour is velmorium" asks for a colour, not what velmorium is
		}
		if len(rest) > 0 && (rest[0] == "a" || rest[0] == "an" || rest[0] == "the") {
			rest = rest[1:]
		}
		if len(rest) >= 1 && len(rest) <= 3 && !contains(rest, "of") && !contains(rest, "for") && !contains(rest, "in") &&
			!contains(rest, "name") && !english.IsPossessive(rest[0]) {
			if k, _ := headWord(rest[len(rest)-1]); k == Any {
				return Definition, 0
			}
		}
	}
	return Any, 0
}

// namesShortForm reports whether an expansion phrase names the short form
// ("the acronym for electromagnetic radiation", "the abbreviation of"):
// with no abbreviation in the question, the short form is asked. "The
// expansion of", "short for" and "the full name of" ask for the long one
// whatever case the short form is written in ("what is tar short for",
// "the expansion of the abbreviation stfe"); any phrase does when it ends
// the question ("what is xref the hackish abbreviation for").
func namesShortForm(p, joined string) bool {
	switch {
	case strings.HasPrefix(p, "abbreviation ") || strings.HasPrefix(p, "acronym "):
		return true
	case strings.HasSuffix(p, " for"):
		return false
	}
	// "the history expansion of which shell", "used to expand variables":
	// the words name an expansion of another kind unless the question says
	// it asks about an abbreviation
	return !strings.Contains(joined, " abbreviation ") && !strings.Contains(joined, " acronym ")
}

// asksMeaning reports whether a question asks what something means
// ("what does … mean", "what do … signify").
func asksMeaning(lower []string, joined string) bool {
	return (strings.Contains(joined, " what does ") || strings.Contains(joined, " what do ")) && slices.ContainsFunc(lower, english.IsMeanVerb)
}

// wordOfCapitalName reports whether word k is an English word of four
// letters or more written in capitals beside another word in capitals
// ("SQUARED" of "SQUARED HDR"): a word of a name, not its short form.
// Alone ("GAIA (OSF)") it may be the short form, whatever else English
// spells so.
func (q *question) wordOfCapitalName(k int) bool {
	caps := func(b string) bool { return strings.ToUpper(b) == b && strings.IndexFunc(b, unicode.IsLetter) >= 0 }
	b := q.words[k].body
	if len(b) < 4 || !caps(b) || len(english.Base(strings.ToLower(b))) == 0 {
		return false
	}
	beside := func(j int) bool {
		if j < 0 || j >= len(q.words) || q.words[j].piece || !caps(q.words[j].body) {
			return false
		}
		from, to := min(q.words[j].end, q.words[k].end), max(q.words[j].start, q.words[k].start)
		return strings.TrimSpace(q.text[from:to]) == ""
	}
	return beside(k-1) || beside(k+1)
}

// askedShortForm returns the short form a question asking what something
// is or was names as its subject: the first ("In IBM's world, what is
// BTAM?"), unless a preposition sets the scene with it ("When someone
// writes IMY in an IRC chat"), an owner aside ("What is IBM's WAS?"); ""
// for a question that asks no "what is" ("What do anti-spam people call a
// deal in which an ISP lets …": the short form is a word of the question,
// not what it asks about).
func (q *question) askedShortForm() string {
	t := " " + strings.ToLower(q.text) + " "
	if !strings.Contains(t, " what is ") && !strings.Contains(t, " what's ") && !strings.Contains(t, " what are ") && !strings.Contains(t, " what was ") {
		return ""
	}
	for _, w := range q.words {
		if w.subject && isAbbreviation(w.body) && !camelName(w.body) && !english.IsPossessive(w.body) && !afterPreposition(q.text, w.start) {
			return w.body
		}
	}
	return ""
}

// camelName reports whether a word written with two capitals or more is a
// name joined by capitals ("WordNet", "JavaScript", "NetWare"): more small
// letters than capitals, unlike a short form ("IoT", "PhD", "OpenPGP").
func camelName(b string) bool {
	upper, lower := 0, 0
	for _, r := range b {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
		}
	}
	return lower > upper
}

// isAbbreviation reports whether a word is written as an abbreviation:
// two or more capitals among at most ten characters ("ANR", "IoT",
// "MMCD-E").
func isAbbreviation(b string) bool {
	if len(b) < 2 || len(b) > 10 {
		return false
	}
	n := 0
	for _, r := range b {
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// headKind reads the words after "what"/"which": the head noun phrase
// ("which company", "what year", "what is the language code of") says
// what is wanted; its last noun is its head, so "language code" asks for
// a code and "code point" too.
func headKind(words []string) (Kind, english.Dimension) {
	i, bare := headStart(words) // bare: "which area", not "what is the area"
	phrase, _ := headPhrase(words[i:])
	for k := len(phrase) - 1; k >= 0; k-- {
		if k+1 < len(phrase) && english.IsDateCompound(phrase[k], phrase[k+1]) {
			continue // "which time zone": a zone, no time
		}
		if kind, d := headWord(phrase[k]); kind != Any {
			if kind == Measure && bare && english.IsRegionMeasure(phrase[k]) {
				continue // "which archive AREA holds …", "which area codes": a part of something, not its size ("what is the area of …")
			}
			return kind, d
		}
	}
	return Any, 0
}

// headStart returns where the head phrase of a wh-phrase's words (those
// after "what" or "which") starts: after the copula, the determiners and
// an owner ("what is LATVIA'S numeric country code", "what is
// EQUATORIAL GUINEA'S two-letter ISO country code"); bare when no copula
// or determiner comes first ("which area", not "what is the area").
func headStart(words []string) (start int, bare bool) {
	i := 0
	for i < len(words) && (words[i] == "is" || words[i] == "are" || words[i] == "was" || words[i] == "were" || words[i] == "s" ||
		words[i] == "the" || words[i] == "a" || words[i] == "an" || words[i] == "its" || words[i] == "their" ||
		(i+1 < len(words) && english.IsPossessive(words[i]))) {
		i++
	}
	bare = i == 0 // no copula or determiner: "which Debian release's archive AREA" is bare, whatever owner it has
	for k := i; k < len(words)-1 && k < i+3 && !english.IsStopword(words[k]); k++ {
		if english.IsPossessive(words[k]) {
			return k + 1, bare // an owner of more words
		}
	}
	return i, bare
}

// headPhrase returns the words of a wh-phrase's head after its
// determiners (up to four words, to the first stop word; a number is no
// word of the four: "the ISO 639-2 alpha 2 CODE", as "alpha_2" is read)
// and the word it stops at ("" at the end).
func headPhrase(words []string) (phrase []string, stop string) {
	n := 0
	for _, w := range words {
		if n == 4 {
			break
		}
		if english.IsStopword(w) && english.HeadOf(w) != english.DateHead && english.MeasureWord(w) == 0 {
			return phrase, w
		}
		phrase = append(phrase, w)
		if strings.IndexFunc(w, unicode.IsLetter) >= 0 {
			n++ // "639-2", "3166-1", "2": a standard's number or a code's digits, no word of the four
		}
	}
	return phrase, ""
}

// nameAsked returns the index of the word "name" of a wh-phrase whose head
// it is ("what is the NAME of the currency with code TZS", "what is
// Sweden's full formal NAME", "what NAMES …"), -1 if none. The word is a
// stop word to the question's terms (it names no subject), but it names
// the field of a record that holds one ("name": "Tanzanian Shilling").
func nameAsked(lower []string) int {
	for i, w := range lower {
		if w != "what" && w != "which" && w != "whats" && w != "what's" {
			continue
		}
		rest := lower[i+1:]
		start, _ := headStart(rest)
		phrase, stop := headPhrase(rest[start:])
		if stop == "name" || stop == "names" {
			return i + 1 + start + len(phrase)
		}
		return -1
	}
	return -1
}

// nameOfClass returns the class noun of "the name of the X …" ("the
// name of the CURRENCY with code TZS", "the name of the Chad PROVINCE
// with code TD-MO", "the name of the ISO 639-5 language GROUP with code
// pqw"): the lower-case word that ends the phrase after "of", the class the
// answer is a member of, as the head of "which currency" is. A record of
// the class seldom writes it (iso_4217.json's records never say
// "currency"), so it says what is asked for, not a word the answer must
// hold. -1 if none; never after "name for", which describes the thing
// named ("the name for a layout specification saying …"), nor before the
// name ("the CHARACTER U+00E9" is markClassBefore's).
func nameOfClass(lower, bodies []string) int {
	for i := 0; i+1 < len(lower); i++ {
		if (lower[i] != "name" && lower[i] != "names") || lower[i+1] != "of" {
			continue
		}
		class := -1
		for j := i + 2; j < len(lower); j++ {
			if lower[j] == "the" || lower[j] == "a" || lower[j] == "an" {
				if class >= 0 {
					break
				}
				continue
			}
			if phraseEnds[lower[j]] || english.IsStopword(lower[j]) || class >= 0 && participle(lower[j]) {
				break // "the name of the file CONTAINING …", "the monkey REMEMBERED by …": what follows describes the thing
			}
			class = -1
			if bodies[j] == lower[j] && strings.IndexFunc(lower[j], func(r rune) bool { return !unicode.IsLetter(r) }) < 0 {
				class = j // no name ("Chad", "ISO"), no number or code ("639-5")
			}
		}
		return class
	}
	return -1
}

// participle reports a word written as a participle ("containing",
// "remembered"), which goes on to describe the noun before it.
func participle(lw string) bool {
	return len(lw) > 4 && (strings.HasSuffix(lw, "ing") || strings.HasSuffix(lw, "ed"))
}

// headWord is the kind a head noun asks for.
func headWord(w string) (Kind, english.Dimension) {
	switch english.HeadOf(w) {
	case english.DateHead:
		return Date, 0
	case english.NumberHead:
		return Number, 0
	case english.AmountHead:
		return Amount, 0
	case english.PersonHead:
		return Person, 0
	case english.PlaceHead:
		return Place, 0
	case english.CodeHead:
		return Code, 0
	}
	if d := english.MeasureWord(w); d != 0 && w != "long" && w != "old" && w != "big" && w != "large" && w != "accurate" {
		return Measure, d
	}
	return Any, 0
}

// headIndex returns the index of the head noun of a "which X" or "what
// X" question's wh-phrase ("which COUNTRY", "what LANGUAGE code"): the
// class the answer belongs to, which the text rarely writes beside the
// answer. -1 when there is none.
func headIndex(lower []string) int {
	for i, w := range lower {
		if w != "which" && w != "what" && w != "whats" && w != "what's" {
			continue
		}
		j := i + 1
		for j < len(lower) && (lower[j] == "s" || lower[j] == "the" || lower[j] == "a" || lower[j] == "an") {
			j++
		}
		if j < len(lower) && (lower[j] == "is" || lower[j] == "are" || lower[j] == "was" || lower[j] == "were" || lower[j] == "does" || lower[j] == "do" || lower[j] == "did") {
			return -1 // "what is the X of Y": X is what is asked, a relation
		}
		if j >= len(lower) || english.IsStopword(lower[j]) || verbAfterWh(lower, j) {
			return -1
		}
		if j+1 < len(lower) && english.HeadOf(lower[j+1]) != english.NoHead {
			return j + 1 // "what language CODE", "which code POINT"
		}
		return j
	}
	return -1
}

// pastNames returns the head noun of a "which X" phrase that opens with
// the name of the maker or group a code is listed under ("which Iomega
// Corp. DEVICE has product ID 0021", "which Canon CAMERA has the USB
// product ID 329f"): the first lower-case word after the names, the class
// asked for; the names say whose it is, and the code which. So does an
// owner written with "'s" ("what's GUERNSEY'S numeric country code"),
// code or not. j itself when the phrase opens with no such name, or the
// question gives neither a code after it nor an owner.
func pastNames(lower, bodies []string, j int) int {
	name := func(k int) bool {
		r, _ := utf8.DecodeRuneInString(bodies[k])
		return unicode.IsUpper(r) && english.HeadOf(lower[k]) == english.NoHead
	}
	if !name(j) {
		return j
	}
	k, written := j, false
	for k < len(lower) && name(k) {
		written = written || bodies[k] != strings.ToUpper(bodies[k])
		k++
	}
	if !written || k == len(lower) || english.IsStopword(lower[k]) || k-j > 3 {
		return j // "which USB device class", "which IP protocol": an acronym of the class's own name
	}
	if bodies[k] != lower[k] || strings.IndexFunc(bodies[k], unicode.IsDigit) >= 0 {
		return j // "which Python 3 module", "which Linux 2.6 feature": a version, no class noun
	}
	if english.IsPossessive(lower[k-1]) {
		return k // "what's GUERNSEY'S numeric country code": whose code is asked
	}
	for m, b := range bodies[k+1:] {
		// a code: "0021", "329f", "U+00A0", or digits after a code noun
		// ("product ID 1094", "protocol number 17"); not a version ("Debian
		// release numbered 3.1"), a year or an alias ("asinus2a")
		prev := lower[k+m]
		if isHexID(b) || (strings.IndexFunc(b, unicode.IsDigit) >= 0 && (english.HeadOf(prev) == english.CodeHead || prev == "product" || prev == "point" || prev == "number" || prev == "port")) {
			return k
		}
	}
	return j
}

// verbAfterWh reports whether word j, right after "what"/"which", is a
// verb whose subject the wh-word is ("what CHANGED in version 3.2",
// "what HAPPENED to the Orca"): a past form, or a present one of a few
// verbs, before a preposition or an article.
func verbAfterWh(lower []string, j int) bool {
	w := lower[j]
	if j+1 >= len(lower) {
		return false
	}
	switch next := lower[j+1]; {
	case english.IsPlacePreposition(next), next == "the", next == "a", next == "an", next == "with", next == "between", next == "after", next == "before", next == "since", next == "when":
	default:
		return false
	}
	return (len(w) >= 5 && strings.HasSuffix(w, "ed")) || whVerbs[w]
}

var whVerbs = set(`happens changes causes makes means`)

// subjectStart returns the index of the first word of the phrase a
// definition or expansion question asks about ("what does X stand for",
// "what is X", "define X"), -1 for other questions.
func subjectStart(lower []string, joined string, k Kind) int {
	if k == Number || k == Measure {
		return unitsInStart(lower)
	}
	if k == Any {
		// "What is the default value of gc.writeCommitGraph?": the
		// setting after the value word's "of" is what is asked about.
		for i := 1; i+2 < len(lower); i++ {
			if lower[i] == "of" && english.IsValueWord(lower[i-1]) {
				return i + 1
			}
		}
		return -1
	}
	if k != Definition && k != Expansion {
		return -1
	}
	if len(lower) > 3 && lower[0] == "how" {
		// "how does the Perl glossary define ITERATION": the entry
		// follows the verb; "how is FAITH defined in …": it comes
		// before it. Who defines it is where to look.
		v := slices.IndexFunc(lower, english.IsDefineVerb)
		switch {
		case v < 0:
		case english.IsBe(lower[1]) && v > 2:
			return 2
		case v+1 < len(lower):
			v++
			for v+1 < len(lower) && (lower[v] == "a" || lower[v] == "an" || lower[v] == "the") {
				v++
			}
			return v
		}
	}
	for i, w := range lower {
		switch w {
		case "what", "whats", "what's", "is", "are", "was", "does", "do", "did", "a", "an", "the", "s", "define", "meaning", "of", "term", "word":
			continue
		}
		if i == 0 {
			return -1
		}
		return i
	}
	return -1
}

// shortAt returns the words of the short form an expansion question asks
// about when it is written in lower case: the word right before the verb
// of "what does … stand for" or "… mean" ("what does the abbreviation
// AFAICR stand for", "the chat abbreviation ttyl"), with the words written
// joined to it ("C|N>K"); else the word where the subject starts ("what is
// tar short for").
func shortAt(lower []string, text string, spans [][2]int, from int) (int, int) {
	if len(lower) > 3 && lower[0] == "what" && (lower[1] == "does" || lower[1] == "do") {
		if v := slices.IndexFunc(lower, func(w string) bool { return w == "stand" || english.IsMeanVerb(w) }); v > 2 {
			to := v - 1
			from := to
			for from > 2 && !strings.ContainsAny(text[spans[from-1][1]:spans[from][0]], " \t\n") {
				from--
			}
			return from, to
		}
	}
	return from, from
}

// unitsInStart returns where the thing measured starts in "how many
// UNITS (are) in a THING" or "how many UNITS is a THING" ("How many feet
// in a FATHOM?", "How many seconds is a JIFFY?"): the thing is what the
// question is about, the units how the answer counts it. -1 otherwise.
func unitsInStart(lower []string) int {
	if len(lower) < 5 || lower[0] != "how" || lower[1] != "many" || english.UnitOf(lower[2]) == 0 {
		return -1
	}
	i := 3
	for i < len(lower) && (lower[i] == "are" || lower[i] == "is" || lower[i] == "in" || lower[i] == "make" || lower[i] == "makes") {
		i++
	}
	if i == 3 || i >= len(lower) || (lower[i] != "a" && lower[i] != "an" && lower[i] != "one") {
		return -1
	}
	if i+1 >= len(lower) {
		return -1
	}
	return i + 1
}

// isCue reports whether word i says what kind of answer is wanted rather
// than what the answer is about: the head noun after "what"/"which" and
// the measure word after "how".
func isCue(lower []string, i int, k Kind) bool {
	w := lower[i]
	prev := ""
	if i > 0 {
		prev = lower[i-1]
	}
	switch {
	case prev == "how" && (w == "many" || w == "much" || english.MeasureWord(w) != 0):
		return true
	case k == Date && english.HeadOf(w) == english.DateHead, k == Code && (english.HeadOf(w) == english.CodeHead || english.IsCodeCompound(prev, w)),
		k == Number && english.HeadOf(w) == english.NumberHead && w != "population":
		return true
	case k == Expansion && (w == "stand" || w == "stands" || w == "short" || w == "expansion" || w == "acronym" || w == "abbreviation" || w == "mean" || w == "means" || w == "full" && prev == "in" ||
		w == "context" || w == "sense" || w == "senses"): // "in the context of DCE/RPC", "in the VLSI sense": which of its expansions is asked, as a label beside it says ("(DCE/RPC, CDS)"), never in these words (a definition's "in its second noun sense" is a numbered sense's, which the word's entry writes as "2:", not as its first)
		return true
	case k == Definition && (english.IsMeanVerb(w) || usedFor[w] || w == "define" || w == "definition" || w == "meaning" || w == "word" || w == "term"):
		return true
	case k == Name && classOfKind(lower, i):
		return true
	}
	return false
}

// classOfKind reports whether question word i names the class in "what
// kind (type, sort) of CLASS is …" ("what kind of fish is a cottonwick",
// "what sort of water source is a springlet"): the answer is a member of
// the class, which the text seldom names beside it ("a type of grunt",
// "A little spring"), so it says what is asked for, as "which country"
// does, and is no word the answer must hold.
func classOfKind(lower []string, i int) bool {
	for j := i - 1; j >= 1 && j >= i-2; j-- {
		if lower[j] == "of" {
			return english.IsKindWord(lower[j-1])
		}
		if english.IsStopword(lower[j]) {
			return false
		}
	}
	return false
}

// inCapitalRun reports whether question word i is part of a name written
// in capitals, two words or more, one of them four letters or more
// ("MUSICAL SYMBOL PORRECTUS", "ZERO WIDTH JOINER", "OCR DASH"): a class
// noun inside it ("SYMBOL", "LETTER") is a word of the name, not the kind
// of answer asked for. The second of two words is not ("NASA CODE", "USB
// ID", and so "EURO SIGN" too): a short name and the kind asked.
func inCapitalRun(bodies []string, i int) bool {
	caps := func(b string) bool {
		return len(b) >= 2 && strings.ToUpper(b) == b && strings.IndexFunc(b, unicode.IsLetter) >= 0 && strings.IndexFunc(b, unicode.IsDigit) < 0
	}
	if !caps(bodies[i]) {
		return false
	}
	a, b := i, i
	for a > 0 && caps(bodies[a-1]) {
		a--
	}
	for b+1 < len(bodies) && caps(bodies[b+1]) {
		b++
	}
	if a == b || (b-a == 1 && i == b) {
		return false // "NASA CODE", "USB ID": a short name and the kind of answer after it
	}
	for _, w := range bodies[a : b+1] {
		if utf8.RuneCountInString(w) >= 4 {
			return true
		}
	}
	return false
}

// asksURL reports whether a lower-cased question's wh-phrase, the first
// n words of lower, asks for a web address: among its first two words a
// word for one ("at what URL", "which URLs") or a page, site or address of
// the web ("which WEB ADDRESS", "which IANA WEB PAGE") ends the phrase, or
// comes before a verb the phrase runs on into ("which WEBSITE hosts …",
// "which web site lists …"; not "what URL schemes does git support").
// Not another noun a web word qualifies ("which page on the Debian web
// site": the phrase ends before "on"; "which command downloads URL
// contents", "what URL scheme"). Sites in the plural are named more than
// located ("which two web sites list Linux newsgroups": "the Linux Online
// and LinuxJournal sites").
func asksURL(lower []string, n int) bool {
	for k := 0; k < n && k <= 1; k++ {
		switch w := lower[k]; {
		case (w == "web" || w == "internet" || w == "website" || w == "url") && k+1 < n && (lower[k+1] == "address" || lower[k+1] == "page" || lower[k+1] == "site" || lower[k+1] == "link"),
			(w == "host" || w == "mirror") && k+1 < n && (lower[k+1] == "name" || lower[k+1] == "host"):
			k++ // "which WEBSITE ADDRESS is listed", "which HOST NAME": the two words make one
		case w == "url" || w == "urls" || w == "website" || w == "webpage" || w == "homepage" || w == "host" || w == "mirror": // not "site": a place ("on which site is a co-lo machine located"), or a site by its name ("the Work-Needing and Prospective Packages site")
		default:
			continue
		}
		if k+1 == n {
			return true
		}
		v := lower[k+1]
		return strings.HasSuffix(v, "s") && !strings.HasSuffix(v, "ss") && (k+2 == len(lower) || !english.IsBe(lower[k+2]) && !english.IsAuxiliary(lower[k+2]))
	}
	return false
}

// partText is the question as AsksEntryPart reads it: lower-cased and
// joined, without the part words written inside a name of capitalised
// words, before another word of the name ("the IPA Extensions block",
// "the Katakana Phonetic Extensions": a block's name, no pronunciation
// asked). A part word that ends the name, or stands before a word of the
// entry asked ("Late Latin verb", "Anglo-Norman French word", "The Latin
// Word Behind", another part word or a language's period), keeps its
// place, and so does one that opens the question or one of a question
// written in title case.
func partText(bodies, lower []string) string {
	capital := func(k int) bool {
		r, _ := utf8.DecodeRuneInString(bodies[k])
		return k > 0 && unicode.IsUpper(r)
	}
	caps := 0
	for k := range bodies {
		if capital(k) {
			caps++
		}
	}
	titleCase := 2*caps > len(bodies) // "What Is The Latin Word Behind Rhinoceros?": capitals that mark no name
	words := make([]string, len(lower))
	for k, lw := range lower {
		words[k] = lw
		next := k + 1
		if !titleCase && english.PartWords[lw] && capital(k) && next < len(lower) && capital(next) &&
			!english.PartWords[lower[next]] && !english.IsLanguagePeriod(lower[next]) && !english.IsLanguageFrameWord(lower[next]) {
			words[k] = "_"
		}
	}
	return " " + strings.Join(words, " ") + " "
}

// isName reports whether question word i is a name: a digit in it, all
// capitals, or capitalised after the first word.
func isName(b string, i int) bool {
	r, _ := utf8.DecodeRuneInString(b)
	switch {
	case strings.IndexFunc(b, unicode.IsDigit) >= 0, english.IsOrdinal(strings.ToLower(b)):
		return true
	case !unicode.IsUpper(r), english.IsMonth(strings.ToLower(b)):
		return false
	}
	if i > 0 {
		return true
	}
	lw := strings.ToLower(b)
	return !english.IsStopword(lw) && !english.IsQuestionWord(lw) && len(english.Base(lw)) == 0
}

// nameClassed makes the subject of a question that names none the
// lower-case name no dictionary has that a program's class noun follows
// ("Who is the author of the async library?", "Who wrote the regex
// crate?"): programs and packages are named in lower case. A word the
// dictionary has ("the standard library", "the debug package", "the ppp
// daemon": WordNet has PPP) may say which one rather than name it; such
// names are left to the question's other words.
func (q *question) nameClassed() {
	if slices.ContainsFunc(q.words, func(w qword) bool { return w.subject }) {
		return
	}
	for i := 0; i+1 < len(q.words); i++ {
		w, next := q.words[i], q.words[i+1]
		if w.cue || w.body != w.lower || english.IsStopword(w.lower) || len(english.Base(w.lower)) > 0 || !english.IsCommandNoun(next.lower) && !english.IsPackageNoun(next.lower) {
			continue // "the standard library", "the original tool": a word the dictionary has says which, it names nothing
		}
		if w.end == 0 || w.end > next.start {
			continue // a part of a hyphenated word ("utf-8") has no place of its own in the text
		}
		if before := strings.Fields(strings.ToLower(q.text[:w.start])); len(before) > 0 && before[len(before)-1] == "the" && strings.TrimSpace(q.text[w.end:next.start]) == "" {
			q.words[i].subject = true
		}
	}
}

// asksWord reports whether word i is what the question asks the meaning
// of: it follows "does", a determiner or a word class ("what does the
// adverb PLENARILY mean"), so no other word names the subject.
func asksWord(lower []string, i int) bool {
	if i == 0 {
		return false
	}
	switch prev := lower[i-1]; prev {
	case "does", "do", "did", "the", "a", "an":
		return true
	default:
		return english.IsWordClass(prev)
	}
}

// namePrefix reports whether word i is a measure word that a name opens
// with ("Old Persian", "Long Island", "High German"): written with a
// capital, not the question's first word, and followed by a capitalised
// word, it is part of the name, not "how old".
func namePrefix(bodies []string, i int) bool {
	if i == 0 || i+1 >= len(bodies) || english.MeasureWord(strings.ToLower(bodies[i])) == 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(bodies[i])
	n, _ := utf8.DecodeRuneInString(bodies[i+1])
	return unicode.IsUpper(r) && unicode.IsUpper(n)
}

// underscored reports whether the question word at span is part of an
// identifier joined by underscores ("auto_shrink", "abort_nosubject"):
// a setting's or a function's name, which is what is asked about.
func underscored(text string, span [2]int) bool {
	return span[0] > 0 && text[span[0]-1] == '_' || span[1] < len(text) && text[span[1]] == '_'
}

// isHex reports whether s is a hexadecimal code point ("00E9", "1F4A9").
func isHex(s string) bool {
	return len(s) >= 4 && len(s) <= 6 && allHex(s)
}

// givesHexID reports whether the question gives a hexadecimal identifier
// ("product ID 0301"): it asks what the ID stands for, not another ID.
func (q *question) givesHexID() bool {
	return slices.ContainsFunc(q.words, func(w qword) bool { return w.hexID })
}

// isHexID reports whether a question word can only be an identifier:
// 4 to 12 hexadecimal digits, at least one a decimal digit, and a letter
// or a leading 0 ("8C1F6479B", "1e3d", "0044"). A word of decimal digits
// alone may be a year or a count ("2015", "3324"): it is left out.
func isHexID(b string) bool {
	if len(b) < 4 || len(b) > 12 || strings.IndexFunc(b, unicode.IsDigit) < 0 || !allHex(b) {
		return false
	}
	return b[0] == '0' || strings.IndexFunc(b, unicode.IsLetter) >= 0
}

// inIDPair reports whether question word i is half of a device ID written
// as two groups of four hexadecimal digits joined by a colon ("10de:0100",
// "05ca:1836", as lsusb and lspci print them): the vendor's code and the
// product's. Both are given: the product's row holds the second, the
// vendor's row it is listed under the first.
func inIDPair(text string, spans [][2]int, bodies []string, i int) bool {
	return idPair(text, spans, bodies, i-1) || idPair(text, spans, bodies, i)
}

// idPair reports whether question words a and a+1 are a device ID's two
// halves, the vendor's code and the product's ("10de" and "0100").
func idPair(text string, spans [][2]int, bodies []string, a int) bool {
	quad := func(k int) bool { return k >= 0 && k < len(bodies) && len(bodies[k]) == 4 && allHex(bodies[k]) }
	return quad(a) && quad(a+1) && text[spans[a][1]:spans[a+1][0]] == ":"
}

// makerGiven reports whether the code the question gives at word i is
// called a maker's in the code noun's compound before it ("USB vendor ID
// 05a5", "vendor 0f38", "manufacturer code 1234"): in an outline of
// makers and their products (usb.ids, pci.ids) it is the code of a top
// row, not of a product row listed under another maker that happens to
// be numbered alike.
func makerGiven(lower []string, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if english.IsMakerNoun(lower[j]) {
			return true
		}
		if english.IsStopword(lower[j]) {
			return false
		}
	}
	return false
}

// allHex reports whether every character of s is a hexadecimal digit.
func allHex(s string) bool {
	for _, r := range s {
		if !strings.ContainsRune("0123456789ABCDEFabcdef", r) {
			return false
		}
	}
	return true
}

// namesGivenKind reports whether question word i is the code noun before
// a given code, or a lower-case word of that noun's compound ("vendor" in
// "USB vendor ID 06db"): it says what kind of code is given, which the
// record does not write beside it.
func namesGivenKind(lower, bodies []string, i int) bool {
	for j := i; j < len(lower) && j <= i+2; j++ {
		if english.HeadOf(lower[j]) == english.CodeHead && j+1 < len(lower) && givenCode(lower, bodies, j+1) {
			return true
		}
		if j+1 < len(lower) && bodies[j] == lower[j] && !english.IsStopword(lower[j]) && isHexID(bodies[j+1]) {
			return true // "the MAC block 8C1F6479B", "MAC address assignment 8C1F6444F": any noun before an identifier names its kind
		}
		acronym := j == i && isAbbreviation(bodies[j]) && strings.ToUpper(bodies[j]) == bodies[j] // "the MAC prefix F46942", "USB vendor ID 06db": the standard the code is of
		if (j > i && english.IsStopword(lower[j])) || (bodies[j] != lower[j] && !acronym) || strings.IndexFunc(lower[j], func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
			return false // a name, a stop word or a key's part ("alpha" of "alpha_3 code") ends the compound
		}
	}
	return false
}

// numbered reports whether b is a number of three digits or more, in
// decimal or hexadecimal ("9350", "3c06"), as a list numbers its items.
func numbered(b string) bool {
	return len(b) >= 3 && allHex(b) && strings.IndexFunc(b, unicode.IsDigit) >= 0
}

// givenCode reports whether lower-cased question word i is a value the
// question gives after a code noun (see english.IsGivenCode).
func givenCode(lower, bodies []string, i int) bool {
	if i == 0 {
		return false
	}
	next := ""
	if i+1 < len(lower) {
		next = lower[i+1]
	}
	return english.IsGivenCode(lower[i-1], bodies[i], next)
}

// isShortName reports a word written in capitals that is short enough to
// be a common word too ("IT", "AS", "US", "ON"): matched case-sensitively.
func isShortName(b string, i int) bool {
	if len(b) < 2 || len(b) > 4 || strings.ToUpper(b) != b || strings.ToLower(b) == b {
		return false
	}
	return i > 0 || !english.IsQuestionWord(strings.ToLower(b))
}

// quotedSpans returns the byte ranges of quoted phrases in a question.
func quotedSpans(text string) [][2]int {
	var out [][2]int
	pairs := map[rune]rune{'"': '"', '“': '”', '‘': '’', '`': '`', '\'': '\'', '<': '>'}
	for i, r := range text {
		close, ok := pairs[r]
		if !ok {
			continue
		}
		if r == '\'' && i > 0 && english.IsWordRune(rune(text[i-1])) {
			continue // an apostrophe
		}
		j := strings.IndexRune(text[i+utf8.RuneLen(r):], close)
		if r == '\'' {
			j = closingQuote(text[i+1:]) // "'s'incliner'": not the apostrophe inside
		}
		if j <= 0 || r == '<' && strings.ContainsAny(text[i+1:i+1+j], " \t") {
			continue // "<search-next>", "<Enter>": a name set apart as a manual writes functions and keys; "a < b > c" sets none apart
		}
		out = append(out, [2]int{i, i + utf8.RuneLen(r) + j})
	}
	return out
}

// closingQuote returns the index in s of the single quote that closes
// one opened just before s: the first not followed by a letter or digit,
// so an apostrophe inside the quoted words is no end of them ("'s'incliner'",
// "'l'accusé'", "'don't'"); -1 if none.
func closingQuote(s string) int {
	for j := 0; j < len(s); {
		k := strings.IndexByte(s[j:], '\'')
		if k < 0 {
			return -1
		}
		j += k + 1
		if r, _ := utf8.DecodeRuneInString(s[j:]); j == len(s) || !english.IsWordRune(r) {
			return j - 1
		}
	}
	return -1
}

func inQuoted(spans [][2]int, text, b string) bool {
	for _, s := range spans {
		if strings.Contains(text[s[0]:s[1]], b) {
			return true
		}
	}
	return false
}

// codeLength reads "two-letter", "3-digit", "four character" before a
// code word, and whether it counts letters.
func codeLength(lower []string) (n int, letters bool) {
	for i := range lower {
		if n := lengthAt(lower, i); n > 0 {
			return n, strings.HasSuffix(lower[i], "-letter") || (i+1 < len(lower) && lower[i+1] == "letter")
		}
	}
	return 0, false
}

// lengthAt returns the length that word i states for a code
// ("three-letter", "2-digit", "three" before "letter"), 0 if none.
func lengthAt(lower []string, i int) int {
	w := lower[i]
	parts := strings.Split(w, "-")
	if len(parts) == 2 && (parts[1] == "letter" || parts[1] == "digit" || parts[1] == "character" || parts[1] == "char") {
		if n := english.NumberValue(parts[0]); n > 0 {
			return n
		}
		if len(parts[0]) == 1 && parts[0][0] >= '1' && parts[0][0] <= '9' {
			return int(parts[0][0] - '0')
		}
	}
	if i+1 < len(lower) && (lower[i+1] == "letter" || lower[i+1] == "digit" || lower[i+1] == "character") {
		return english.NumberValue(w)
	}
	return 0
}

// lengthWord reports whether word i states a code's length, or is the
// unit word after such a number ("three letter").
func lengthWord(lower []string, i int) bool {
	return lengthAt(lower, i) > 0 || (i > 0 && lengthAt(lower, i-1) > 0 && !strings.Contains(lower[i-1], "-"))
}

// clauseEnd is where the question proper starts after a leading clause
// that ends on a comma before a question word ("When a movie theatre
// receives a film as a DCP, WHAT is …"), 0 when there is none.
func clauseEnd(text string) int {
	for i := strings.IndexByte(text, ','); i >= 0; {
		if f := strings.Fields(text[i+1:]); len(f) > 0 && english.IsQuestionWord(strings.ToLower(f[0])) {
			return i + 1
		}
		j := strings.IndexByte(text[i+1:], ',')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return 0
}

// expandedAt reports whether the question asks what w stands for, its
// verb right after it (a form of "mean" or "abbreviate", or one of
// expandPhrase) and no article before it ("what is RCE SHORT for", "what
// does RCE STAND for"; not "what does THE CEO mean", who means something
// by another).
func expandedAt(text string, w qword) bool {
	after, before := strings.Fields(strings.ToLower(text[w.end:])), strings.Fields(strings.ToLower(text[:w.start]))
	if len(after) == 0 {
		return false
	}
	if n := len(before); n > 0 && (before[n-1] == "the" || before[n-1] == "a" || before[n-1] == "an") {
		return false
	}
	verb := strings.Trim(after[0], "?,.")
	if english.IsMeanVerb(verb) || english.IsAbbreviationWord(verb) {
		return true
	}
	rest := strings.Join(after, " ")
	return slices.ContainsFunc(expandPhrase, func(ph string) bool { return strings.HasPrefix(rest, ph) })
}

// afterPreposition reports whether the word at start in text follows a
// place preposition ("on IRC", "in HTML").
func afterPreposition(text string, start int) bool {
	f := strings.Fields(text[:start])
	return len(f) > 0 && english.IsPlacePreposition(strings.ToLower(f[len(f)-1]))
}

// compoundHead is the stem of the last word of w when w is an English
// compound of two words joined by a hyphen ("sidebar-whitelisted",
// "compile-time", "SMART-compliant"): a text that writes the head alone
// ("the list of whitelisted mailboxes") holds the thing, less what narrows
// it. Not for a name or code ("sa-msg-port", "ISO-8859-1", "--rev-index"
// written as an option), nor for a head of three letters or fewer, common
// in many units ("mod" of "case-mod", "low" of "active-low"), nor for a
// first word that reverses the second ("non-trivial" is not "trivial").
func compoundHead(text string, w qword) string {
	first, last, ok := strings.Cut(w.lower, "-")
	if !ok || strings.Contains(last, "-") || w.exact || w.option || w.piece || len(first) < 3 || len(last) < 4 ||
		strings.IndexFunc(w.lower, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) >= 0 ||
		english.IsStopword(last) || english.ReversingPrefix(first) || (w.start > 0 && w.start <= len(text) && text[w.start-1] == '-') {
		return ""
	}
	return english.Stem(last)
}

// markClassNoun makes a cue of a lower-case word that ends the question
// right after a subject written in capitals ("the code point of the
// SLOTH emoji", "the ADHESIVE BANDAGE character"): it names the kind of
// thing the subject is, which the record or entry that names it need not
// write.
func (q *question) markClassNoun() {
	n := len(q.words)
	if n < 2 {
		return
	}
	w, prev := &q.words[n-1], q.words[n-2]
	if w.subject || w.cue || w.given || w.body != w.lower || !prev.subject || prev.body == prev.lower || prev.end == 0 || w.start < prev.end {
		return
	}
	if strings.TrimSpace(q.text[prev.end:w.start]) != "" || strings.Trim(q.text[w.end:], " ?.!") != "" {
		return
	}
	// The name and its class noun follow "the" ("the Tamil script"); a
	// word after a name with none is what is said of it ("was Dennis
	// Ritchie BORN").
	first := n - 2
	for first > 0 && q.words[first-1].subject && q.words[first-1].body != q.words[first-1].lower && q.words[first-1].end > 0 &&
		strings.TrimSpace(q.text[q.words[first-1].end:q.words[first].start]) == "" {
		first--
	}
	before := strings.Fields(strings.ToLower(q.text[:q.words[first].start]))
	if len(before) == 0 || before[len(before)-1] != "the" {
		return
	}
	for _, b := range before {
		if english.IsAuxiliary(b) {
			return // "what does the CLOSED MAILBOX signify", "when was the GDPR adopted": the question's verb
		}
	}
	w.cue, w.classNoun = true, true
}

// markClassBefore makes a cue of a lower-case relation word between
// "the" and a name written in capitals or a code ("the code point of the
// CHARACTER LINEAR A SIGN A510", "the CHARACTER U+3055"): it names the
// kind of thing the name is, which the record that names it need not
// write, as markClassNoun's noun after a name does. A word no dictionary
// has is a name itself ("the fypxfrd RPC"); a word that says which one of
// a kind ("the next Debian", "the default DefaultLimitNOFILE", see
// english.SaysWhich) relates, and so does one before a phrase that runs
// on past the name ("the small Khitan writing system").
func (q *question) markClassBefore() {
	for i := 0; i+1 < len(q.words); i++ {
		w, next := &q.words[i], q.words[i+1]
		if w.subject || w.cue || w.given || w.asked || w.body != w.lower || english.IsStopword(w.lower) || len(english.Base(w.lower)) == 0 || english.SaysWhich(w.lower) || !next.subject || (next.body == next.lower && !next.hexID) || !q.adjacent(i, i+1) {
			continue
		}
		before := strings.Fields(strings.ToLower(q.text[:w.start]))
		if len(before) == 0 || before[len(before)-1] != "the" {
			continue
		}
		j := i + 1
		for j+1 < len(q.words) && q.words[j+1].subject && q.words[j+1].start >= q.words[j].end {
			j++ // the name's words
		}
		if after := j + 1; q.adjacent(j, after) && q.words[after].body == q.words[after].lower && !english.IsStopword(q.words[after].lower) {
			continue // "the small Khitan writing system": the phrase runs on, the word says which one
		}
		w.cue, w.classNoun, w.classBefore = true, true, true
	}
}

// optionLetter reports whether the question word b at start is a
// command's one-letter option, written after a dash ("What does du -s
// do?"): its case tells it from another ("-S").
func optionLetter(text string, start int, b string) bool {
	return len(b) == 1 && start > 0 && text[start-1] == '-' && (start == 1 || text[start-2] == ' ')
}

// wordToTranslate returns the index of the word a question asks another
// language's word for, the head of the phrase after the frame's "for",
// its last content word before a word that goes on to describe it ("the
// Italian word FOR a BAT, the flying mammal", "FOR red WINE", "FOR a
// bird's BEAK", "the Spanish verb FOR to SIGH"), -1 if none: the sense
// that answers holds it, whatever else the question says of it.
// phraseEnds end the phrase a translation question asks the word for: what
// follows describes it or places it.
var phraseEnds = map[string]bool{"the": true, "that": true, "which": true, "who": true, "in": true, "of": true, "as": true, "when": true, "where": true, "used": true,
	"from": true, "with": true, "at": true, "on": true, "by": true, "for": true, "to": true} // "a woman FROM Sicily": a woman

func wordToTranslate(lower []string) int {
	for i := 1; i+1 < len(lower); i++ {
		if lower[i] != "for" || !english.IsTranslationWord(lower, i-1) && !english.IsGiveForVerb(lower[i-1]) {
			continue // "the Italian word FOR", "which Italian word does the dictionary give FOR population"
		}
		head := -1
		for j := i + 1; j < len(lower); j++ {
			if head >= 0 && phraseEnds[lower[j]] {
				break // "a bat, THE flying mammal": what follows describes it
			}
			if english.IsStopword(lower[j]) || strings.HasSuffix(lower[j], "'s") || strings.HasSuffix(lower[j], "’s") || (j+1 < len(lower) && lower[j+1] == "s") || lower[j] == "s" {
				continue // "the Italian word for a bird's BEAK": the possessor only qualifies it
			}
			head = j // "red WINE", "tape MEASURE": the last word of the phrase is its head
		}
		return head
	}
	return -1
}
