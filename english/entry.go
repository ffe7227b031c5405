package english

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// EntryPart is a part of a dictionary entry that its headword line gives
// and a question may ask for on its own.
type EntryPart uint8

// The parts of an entry a question may ask for.
const (
	NoPart        EntryPart = iota
	Plural                  // "what is the plural of fulcrum": "pl. L. {Fulcra}"
	PastForm                // "what is the past tense of misdo": "[imp. {Misdid}; p. p. {Misdone}]"
	Pronunciation           // "how is bateau transcribed phonetically": "/bato/", "\Ful"crum\"
	Etymology               // "which Latin word is acrid derived from": "[L. acer sharp …]"
	Spelling                // "what other spelling is given for Doorga": "[Written also {Durga}.]"
	Gender                  // "is éléphant masculine or feminine": "éléphant /elefɑ̃/ <n, masc>"
)

// AsksEntryPart returns the part of an entry a lower-cased question, its
// words joined by single spaces with a space at each end, asks for.
func AsksEntryPart(joined string) EntryPart {
	has := func(ps ...string) bool {
		for _, p := range ps {
			if strings.Contains(joined, p) {
				return true
			}
		}
		return false
	}
	switch {
	case has(" plural "):
		return Plural
	case has(" past tense ", " past participle ", " preterite ", " preterit "):
		return PastForm
	case has(" pronounce", " pronunciation", " phonetic", " transcribed ", " ipa "):
		return Pronunciation
	case has(" etymology ", " etymon ") || (etymologyAsk.MatchString(joined) && has(" from ", " derived ", " derive ", " behind ", " origin ", " root ", " source ")):
		return Etymology
	case has(" other spelling", " spelled ", " spelt ", " written also ", " also written ", " variant spelling", " alternative spelling") &&
		!has(" spelled out ", " spelt out "): // "spelled out" asks for an expansion
		return Spelling
	case has(" masculine ", " feminine ", " neuter ", " gender "):
		return Gender
	}
	return NoPart
}

// NamesByGender reports whether a lower-cased question, its words joined
// by single spaces with a space at each end, names a gender only as an
// attribute of the word it asks about ("the feminine noun Belge", "as a
// masculine noun, what senses does passé have"): it asks for the word's
// sense, which a headword line alone ("Belge /bɛlʒ/ <n, fem>") does not
// give, though the gender still tells the noun's entry from the verb's.
// Not when it asks for the gender ("is mer masculine or feminine", "is
// mer feminine") or for a word of that gender ("which French feminine
// noun means …": the headword line is the answer's).
func NamesByGender(joined string) bool {
	return NamedGender(joined) != "" && !strings.Contains(joined, " gender ")
}

// NamedGender returns the gender a lower-cased question, its words joined
// by single spaces with a space at each end, gives the word it asks about
// as an attribute of its word class ("masculine" of "the masculine noun
// poste"), whether or not it asks for the gender too ("what is the gender
// of the masculine noun poste": the entry of that gender is meant); ""
// when it names a gender otherwise ("is mer masculine or feminine",
// "which feminine noun means …") or none.
func NamedGender(joined string) string {
	named := ""
	for _, g := range [...]string{" masculine ", " feminine ", " neuter "} {
		for at := 0; ; {
			i := strings.Index(joined[at:], g)
			if i < 0 {
				break
			}
			i += at
			at = i + len(g) - 1
			next, _, _ := strings.Cut(joined[at+1:], " ")
			next = strings.TrimRightFunc(next, unicode.IsPunct) // "noun," of "as a masculine noun, what …"
			if !wordClasses[next] && next != "form" && next != "forms" {
				return ""
			}
			before := strings.Fields(joined[:i])
			for k := len(before) - 1; k >= 0 && k >= len(before)-2; k-- {
				if before[k] == "which" || before[k] == "what" {
					return ""
				}
			}
			named = strings.TrimSpace(g)
		}
	}
	return named
}

// etymologyAsk matches a question about the word in another language an
// entry comes from ("which Latin word is acrid derived from", "the Greek
// word behind rhinoceros").
var etymologyAsk = regexp.MustCompile(` (` + languages + `) (word|root|verb|noun|adjective|term|source|original)s? `)

// languages are the names of languages a dictionary translates or
// derives words from, as a regular expression's alternatives.
const languages = `latin|greek|french|old french|german|anglo-saxon|old english|english|italian|spanish|arabic|hebrew|sanskrit|dutch|persian|norse|icelandic|portuguese`

// IsLanguageFrame reports whether the lower-cased question word at i
// names a language to say how the answer is asked for ("the Spanish word
// for pencil", "the French verb promouvoir", "how do you say it in
// French"): a bilingual dictionary's entries do not write it.
func IsLanguageFrame(lower []string, i int) bool {
	if speakerFrame(lower, i) >= 0 {
		return true
	}
	if !languageNames[lower[i]] {
		return false
	}
	if k := classAfter(lower, i); k < len(lower) && languageFrames[lower[k]] {
		return true
	}
	// "… in English", "translate fournir into English", "described in
	// Italian as …", "what noises, in English, does …"; not "in French
	// Guiana", "in English law"
	return i > 0 && (lower[i-1] == "in" || lower[i-1] == "into") && (i+1 == len(lower) || IsStopword(lower[i+1]))
}

// classAfter returns the index of the word after the language name at i,
// past a gender between them ("the French MASCULINE noun"): where a word
// class would stand.
func classAfter(lower []string, i int) int {
	if i+2 < len(lower) && IsGenderWord(lower[i+1]) {
		return i + 2
	}
	return i + 1
}

// speakerFrame returns the index of the verb when the lower-cased word at
// i names the people who speak a language, asked in the present what they
// call or say ("what do ITALIANS call a chauffeur", "how do the French
// say …", "what do Spanish speakers call …"), -1 otherwise: the language
// is asked in as a "word for" names it, and no entry writes the people.
// A question about the past ("what did the Romans call Scotland") or
// about the people's own things ("what do Germans call their
// parliament") asks about them, not for a translation.
func speakerFrame(lower []string, i int) int {
	j, k := i+1, i-1
	switch w := lower[i]; {
	case speakers[w] != "":
	case languageNames[w] && k >= 0 && lower[k] == "the":
		k--
	case languageNames[w] && j < len(lower) && (lower[j] == "speakers" || lower[j] == "people"):
		j++
	default:
		return -1
	}
	if k < 0 || (lower[k] != "do" && lower[k] != "does") || j+1 >= len(lower) || !speakerVerbs[lower[j]] || possessives[lower[j+1]] {
		return -1
	}
	return j
}

var (
	// speakers are the peoples named for their language, and the language.
	speakers = map[string]string{"italians": "italian", "spaniards": "spanish", "frenchmen": "french", "germans": "german",
		"greeks": "greek", "romans": "latin", "englishmen": "english"}
	speakerVerbs = set(`call calls ` + translateVerbs)
	possessives  = set(`their his her its our my your`)
)

// speakerLanguage is the language a speakerFrame's word names.
func speakerLanguage(w string) string {
	if l := speakers[w]; l != "" {
		return l
	}
	return w
}

// AsksTranslation reports whether a lower-cased question asks a
// bilingual dictionary for a translation: it frames English ("the English
// for ciseaux", "what does te mean in English"), asks for another
// language's word for something ("the Italian word for a caterpillar",
// "the Spanish verb for to sigh", "which French verb means to gild", "how
// do you say coupon in Italian") or translates where it names a language
// ("how does the Spanish-English dictionary translate necesitado"); and
// whether it asks for that word, the entry's headword, rather than for
// what an entry means. Its language frames name the language asked in,
// which no entry writes; a frame alone ("what Spanish word is torilto
// compared with") may ask for an etymology instead.
func AsksTranslation(lower []string) (asks, headword bool) {
	english := false
	for i, w := range lower {
		if translatingVerbs[w] && slices.ContainsFunc(lower, namesLanguage) {
			asks = true // "what does dolor TRANSLATE to" in "the Spanish-English dictionary", "how is the French colombien TRANSLATED" (not "which project do translators use to translate package descriptions")
		}
		if !IsLanguageFrame(lower, i) {
			continue
		}
		if speakerFrame(lower, i) >= 0 {
			switch {
			case speakerLanguage(w) == "english":
				english = true // "what do the English call a cerrojo": what an entry means
			case slices.Contains(lower, "english"):
				// "the English name of the river the French call Fleuve
				// Columbia": the frame names the entry, and the question
				// asks what it means in its own words
			default:
				headword = true // "what do Italians call a chauffeur": the Italian entry's headword
			}
			continue
		}
		next, framed := "", false
		if k := classAfter(lower, i); k+1 < len(lower) && wordFrames[lower[k]] {
			next, framed = lower[k+1], true
		} else if i+1 < len(lower) {
			next = lower[i+1]
		}
		switch {
		case w == "english":
			english = true
		case next == "for" || meanVerbs[next] || next == "meaning" || next == "" && slices.Contains(lower, "say"):
			headword = true // "the Italian word for", "how do you say coupon in Italian" (not "which fish is a dorée in French")
		case framed && slices.ContainsFunc(lower, IsEtymologyWord):
			// "which Latin word does GCIDE give for the origin of salary",
			// "which French verb does Webster give as a cognate of …": an
			// English dictionary's etymology, no translation
		case framed && givesFor(lower, i+2) >= 0:
			headword = true // "which Italian word does the dictionary give for population", "which Italian verb would I use for greeting somebody"
		case framed && asksWhich(lower, i) && !IsBe(next):
			headword = true // "which Spanish word names the organ that pumps blood", "what Spanish noun refers to …" (not "what Spanish word is torilto compared with", an etymology)
		case next == "":
			asks = true
		case translationNounSet[next]:
			headword = true // "the Spanish translation of mouse"
		}
	}
	return asks || english || headword, headword && !english
}

// asksWhich reports whether a wh-word asks for the word at i, one or two
// words before it ("WHICH Spanish word", "WHICH hyphenated French noun").
func asksWhich(lower []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if lower[k] == "which" || lower[k] == "what" {
			return true
		}
	}
	return false
}

// givesFor returns the index of the first "for" at or after word from when
// a verb of giving or using stands before it ("which Italian word does the
// dictionary GIVE FOR population", "which verb would I USE FOR greeting
// somebody"), -1 otherwise: what follows is what the word asked for
// translates.
func givesFor(lower []string, from int) int {
	for k := max(from, 1); k < len(lower); k++ {
		if lower[k] == "for" {
			if IsGiveForVerb(lower[k-1]) {
				return k
			}
			return -1
		}
	}
	return -1
}

// IsGiveForVerb reports whether a lower-cased word gives or uses a word
// for a thing ("GIVE for", "USE for", "LISTED for").
func IsGiveForVerb(lw string) bool { return giveForVerbs[lw] }

var giveForVerbs = set(giveVerbList + ` given use used listed offer offers offered provide provides provided`)

// IsTranslationWord reports whether a lower-cased word of a question
// that asks for a translation (AsksTranslation) only says so: a
// language's name ("the Italian catena"), a word class after one ("the
// Spanish VERB for"), or a verb of translating ("how do you SAY",
// "TRANSLATE fournir"). No entry of a bilingual dictionary writes them
// for the word it translates.
func IsTranslationWord(lower []string, i int) bool {
	if speakerFrame(lower, i) >= 0 {
		return true
	}
	for k := max(0, i-2); k < i; k++ {
		if speakerFrame(lower, k) >= i {
			return true // "Spanish SPEAKERS CALL": the frame's own words
		}
	}
	return languageNames[lower[i]] || translateWords[lower[i]] ||
		wordFrames[lower[i]] && (i > 0 && languageNames[lower[i-1]] || i > 1 && IsGenderWord(lower[i-1]) && languageNames[lower[i-2]])
}

// namesLanguage reports whether a lower-cased word names a language a
// bilingual dictionary translates, or its parts do ("spanish-english").
func namesLanguage(w string) bool {
	return languageNames[w] || strings.Contains(w, "-") && slices.ContainsFunc(strings.Split(w, "-"), func(p string) bool { return languageNames[p] })
}

// translatingVerbs are the forms of "translate".
var translatingVerbs = set(translateForms + ` translated`)

var translateWords = set(translateVerbs + ` said translated ` + translationNouns)

// translateVerbs say or translate a word (a reporting verb too: "what
// does the FAQ say"), translateForms being translate's present forms;
// translationNouns name what a translation gives.
const (
	translateForms   = `translate translates`
	translateVerbs   = `say says render renders ` + translateForms
	translationNouns = `translation translations equivalent equivalents meaning meanings senses gloss glosses`
)

// AsksAllSenses reports whether a lower-cased question asks for every
// sense an entry gives: it names them in the plural ("what are the
// English MEANINGS of encantar", "which TRANSLATIONS does the dictionary
// give for rayon", "what DEFINITIONS are listed for tine"), where "what
// does encantar mean" asks for one.
func AsksAllSenses(lower []string) bool {
	return slices.ContainsFunc(lower, func(w string) bool { return sensesNouns[w] })
}

// sensesNouns name an entry's senses in the plural.
var sensesNouns = set(`meanings senses translations equivalents definitions glosses`)

// IsMeanVerb reports whether a lower-cased word is a form of "mean", the
// verb a question asks what a word means with.
func IsMeanVerb(lw string) bool { return meanVerbs[lw] }

// IsDenoteVerb reports whether a lower-cased word says what a sign or
// name stands for ("what does the CLOSED MAILBOX WITH RAISED FLAG
// SIGNIFY", "what does ⊥ DENOTE", "what does BOL REFER to").
func IsDenoteVerb(lw string) bool { return denoteVerbs[lw] }

var denoteVerbs = set(`signify signifies signified denote denotes denoted refer refers referred`)

// IsDefineVerb reports whether a lower-cased word is a form of "define",
// the verb a question asks a definition with when it names who defines
// ("how does the Perl glossary DEFINE iteration", "how is faith DEFINED
// in …").
func IsDefineVerb(lw string) bool { return lw == "define" || lw == "defines" || lw == "defined" }

var (
	meanVerbs          = set(`mean means meant`)
	translationNounSet = set(translationNouns)
)

// singleWords returns the alternatives of a regular expression's
// alternation that are one word ("french", not "old french": "old" is
// no language).
func singleWords(alts string) map[string]bool {
	m := map[string]bool{}
	for _, a := range strings.Split(alts, "|") {
		if !strings.Contains(a, " ") {
			m[a] = true
		}
	}
	return m
}

// IsWordClass reports whether a lower-cased word names the kind of word
// an entry is ("the French phrase à peine", "the obsolete verb advoke",
// "the term thrashing"): before a headword it says what the entry is,
// and names no entry of its own even where a dictionary has one.
func IsWordClass(lower string) bool { return wordClasses[lower] }

var (
	languageNames  = singleWords(languages)
	wordClasses    = set(wordClassList)
	languageFrames = set(wordClassList + ` for ` + translationNouns + ` ` + nameNouns)
	// wordFrames are the nouns a language's name frames a word with:
	// the word classes and "name" ("the Spanish NAME for the birch tree",
	// as "the Spanish WORD for …").
	wordFrames = set(wordClassList + ` ` + nameNouns)
)

const wordClassList = `word words verb verbs noun nouns adjective adjectives adverb adverbs term terms expression expressions
phrase phrases idiom idioms conjunction preposition pronoun interjection prefix suffix`

// GivesEntryPart reports whether a unit's text, a headword line or a
// sense, gives part p of its entry.
func GivesEntryPart(p EntryPart, text string) bool {
	switch p {
	case Plural:
		return entryMark(text, "pl.") || pluralWord.MatchString(text)
	case PastForm:
		return entryMark(text, "imp.") || strings.Contains(strings.Join(strings.Fields(text), " "), "p. p.") || entryMark(text, "pret.")
	case Pronunciation:
		return pronunciation.MatchString(text)
	case Etymology:
		return etymologyMark.MatchString(text)
	case Spelling:
		t := strings.Join(strings.Fields(strings.ToLower(text)), " ") // "written\n   also", as a wrapped entry writes it
		return strings.Contains(t, "written also") || strings.Contains(t, "spelled also") || strings.Contains(t, "also spelled") || strings.Contains(t, "also written") ||
			strings.Contains(t, "(alt.: ") // the Jargon File's "(alt.: wizzy)"
	case Gender:
		return gender.MatchString(text)
	}
	return false
}

// InEntryNote reports whether text[off] lies inside a dictionary entry's
// pronunciation ("\Cab`ri*o*let"\") or etymology bracket ("[F., dim. of
// cabriole a leap, … fr. L. caper he-goat …]"): its capitalised words
// are the headword's syllables, languages and the words they gave, not
// names.
func InEntryNote(text string, off int) bool {
	ls := strings.LastIndexByte(text[:off], '\n') + 1
	if b := strings.LastIndexByte(text[ls:off], '\\'); b >= 0 {
		loc := pronunciation.FindStringIndex(text[ls+max(0, b-1) : min(len(text), ls+b+44)])
		if loc != nil && ls+max(0, b-1)+loc[1] > off {
			return true
		}
	}
	from := max(0, off-400)
	open := strings.LastIndexByte(text[from:off], '[')
	if open < 0 {
		return false
	}
	open += from
	if strings.IndexByte(text[open:off], ']') >= 0 {
		return false
	}
	m := languageMark.FindStringSubmatch(text[open:min(len(text), open+12)])
	return m != nil && !titleAbbrevs[strings.ToLower(m[1])] // "[Mr. Antonov also contributed …]" is no etymology
}

// languageMark matches an etymology bracket's opening language
// abbreviation ("[F.", "[OF.", "[Gr. ").
var languageMark = regexp.MustCompile(`^\[([A-Z][A-Za-z]{0,4})\.`)

// entryMark reports whether text holds mark as a word of its own ("pl."
// in "n.; pl. L. {Fulcra}", not in "appl.").
func entryMark(text, mark string) bool {
	for i := 0; ; {
		k := strings.Index(text[i:], mark)
		if k < 0 {
			return false
		}
		k += i
		if k == 0 || !IsWordRune(rune(text[k-1])) {
			return true
		}
		i = k + len(mark)
	}
}

// PartWords are the words a question uses to ask for a part of an entry,
// which the entry itself does not write ("the Latin plural of", "derived
// from", "transcribed phonetically").
var PartWords = set(`plural past tense participle preterite preterit pronounced pronounce pronunciation phonetic phonetically
transcribed transcription ipa etymology etymon derived derive derives come comes came word words root origin source behind
spelling spelled spelt written variant alternative latin greek french german anglo-saxon english old italian spanish arabic
hebrew sanskrit dutch persian norse icelandic portuguese masculine feminine neuter gender`)

// IsLanguageFrameWord reports whether the lower-cased w is a word of the
// entry a question asks in a language for ("the Latin WORD", "which
// French VERB", "the Italian word FOR").
func IsLanguageFrameWord(w string) bool { return languageFrames[w] }

// IsLanguageName reports whether a lower-cased word names a language a
// bilingual dictionary translates ("italian", "french").
func IsLanguageName(lw string) bool { return languageNames[lw] }

// IsLanguagePeriod reports whether the lower-cased w dates a language in
// its name ("LATE Latin", "OLD French", "MIDDLE English").
func IsLanguagePeriod(w string) bool { return languagePeriods[w] }

var languagePeriods = set(`old middle late early vulgar medieval mediaeval modern new low high ancient classical`)

// GenderLabel returns the gender a bilingual dictionary's abbreviated
// label stands for ("masculine" for the "masc" of "<n, masc>"), "" when lw
// is none. As with UsageLabel, the caller checks that the text writes it
// as a label.
func GenderLabel(lw string) string { return genderLabels[lw] }

// IsGenderWord reports whether a lower-cased word is a gender a label
// stands for ("masculine").
func IsGenderWord(lw string) bool { return genderWords[lw] }

var (
	genderLabels = map[string]string{"masc": "masculine", "fem": "feminine", "neut": "neuter"}
	genderWords  = func() map[string]bool {
		m := map[string]bool{}
		for _, g := range genderLabels {
			m[g] = true
		}
		return m
	}()
)

// EntryGender returns the gender a bilingual dictionary's headword line
// labels its entry with ("feminine" for "livre /livʀ/ <n, fem>"), "" when
// it labels none, and whether its first line writes a grammar note in
// angle brackets at all ("frais /fʀɛ/ <adj>" does, of no gender;
// "cane /kˈane/" writes none).
func EntryGender(text string) (gender string, noted bool) {
	line, _, _ := strings.Cut(text, "\n")
	m := grammarNote.FindStringSubmatch(line)
	if m == nil {
		return "", false
	}
	return genderLabels[m[1]], true
}

// grammarNote matches a FreeDict grammar note ("<adj>"), and the gender
// it holds ("<n, masc>").
var grammarNote = regexp.MustCompile(`<[a-z]+(?:[^<>\n]*?\b(masc|fem|neut)\b)?[^<>\n]*>`)

var (
	// gender matches a noun's gender as a dictionary marks it ("<n,
	// masc>", "n. fem.", "masculine").
	gender = regexp.MustCompile(`(?i)\b(masc|fem|neut|masculine|feminine|neuter)\b`)
	// pluralWord matches the word plural, not "plurality".
	pluralWord = regexp.MustCompile(`(?i)\bplural\b`)
	// pronunciation matches a transcription set off by slashes or
	// backslashes ("/bato/", "\Ful"crum\").
	pronunciation = regexp.MustCompile(`(^|\s)[/\\][^/\\\s][^/\\\n]{0,40}[/\\]`)
	// etymologyMark matches an etymology bracket opening with a
	// language's abbreviation ("[L. acer", "[OF. duresse", "[Gr. ") or a
	// source ("[from the movie …]").
	etymologyMark = regexp.MustCompile(`\[([A-Z][A-Za-z]{0,4}\.|[Ff]rom )|\bfr\. `)
)

// EntryHeadword returns the headword of the last dictionary entry whose
// headword line text holds: a line that opens with the headword and its
// pronunciation, between slashes ("poste" of "poste /pɔst/ <n, fem>") or
// backslashes ("Corundum" of "Emery\nCorundum \Co*run"dum\ (k[-o]*r…),
// n.; pl. {Corundums}", an entry a file titled Emery holds); "" when no
// line of text is one.
func EntryHeadword(text string) string {
	head := ""
	for line := range strings.Lines(text) {
		line = strings.TrimRight(line, "\r\n")
		if IsPronouncedHeadword(line) {
			head = HeadwordOf(line)
		} else if m := backslashHeadword.FindStringSubmatch(line); m != nil {
			head = m[1]
		}
	}
	return head
}

// HeadwordOf is a headword line's headword: the line up to its
// pronunciation ("tener" of "tener /teˈneɾ/").
func HeadwordOf(line string) string {
	h, _, _ := strings.Cut(line, " /")
	return strings.TrimSpace(h)
}

// backslashHeadword is a headword line whose pronunciation stands between
// backslashes, as GCIDE writes them ("Emery \Em"er*y\, n."): the headword
// opens the line.
var backslashHeadword = regexp.MustCompile(`^([\pL][\pL\pM'’. -]{0,60}?) \\[^\\\s][^\\]{0,80}\\`)
