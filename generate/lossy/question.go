package lossy

import (
	"github.com/verbatim-rag/verbatim/english"
	"maps"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// question is the analysis of a question: its content words, weighted by
// rarity, the kind of answer it wants, and for "how many X" the stems of X.
type question struct {
	words    []qword
	atype    answerType
	focus    []string
	which    bool     // the question asks "which X"
	where    bool     // the question asks "where"
	units    unitKind // for a measure, the dimensions asked for
	fullDate bool     // "on what date", "what day": a day and month beat a bare year
	meaning  bool     // asks what a term means or stands for: an expansion of several words
	letters  int      // the letters of the code asked for ("three-letter code"), 0 if unsaid
	toks     []english.Token
	text     string
	given    map[string]bool // stop words the question gives as codes (see givenCodes)
	codes    map[string]bool // every code the question gives (see codesGiven)
	idf      func(word string) float64
}

// qword is a content word of a question.
type qword struct {
	tok  int // index in question.toks
	stem string
	idf  float64
	cap  bool
	name bool     // a name: see isQuestionName
	cue  bool     // a measure word after "how" ("tall"), which weighs little
	desc bool     // describes a name right after it ("the cartographer Krell")
	rel  []string // stems of related words ("inhabitants" for "population")
}

// cueIDF is the weight, in bits, of a measure word after "how": enough to
// pick "29 kilometres wide" over "a depth of 310 metres" for "how wide",
// too little to outweigh a name.
const cueIDF = 2.0

// formWords ask what a term means ("what does CSMA stand for"): the
// question's form, which an answer need not repeat, so they weigh as
// little as a measure cue; "Standard" must not pass for "stand".
var formWords = toSet(`stand stands mean means meaning abbreviation abbreviations abbreviate abbreviated acronym acronyms expansion`)

func toSet(s string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// analyze reads a question; idf weighs a lower-cased word by its rarity.
func analyze(q string, idf func(word string) float64) *question {
	qa := &question{text: q, toks: english.Tokenize(q), idf: idf}
	qa.given = givenCodes(q, qa.toks)
	qa.codes = codesGiven(q, qa.toks, qa.given)
	var lower, typed []string
	for i, t := range qa.toks {
		body := t.Body(q)
		if !english.IsWord(body) {
			continue
		}
		lw := strings.ToLower(body)
		prev := ""
		if len(lower) > 0 {
			prev = lower[len(lower)-1]
		}
		lower = append(lower, lw)
		if qa.given[body] {
			// A code the question gives is no word that asks for one
			// ("the two-letter code as?" gives the code "as").
			typed = append(typed, givenCode)
		} else {
			typed = append(typed, lw)
		}
		st := english.Stem(lw)
		switch {
		case english.MeasureWord(lw) != 0 && prev == "how", english.HeadOf(lw) == english.DateHead, formWords[lw],
			codeWords[lw], prev == "code" && (lw == "point" || lw == "points"):
			qa.words = append(qa.words, qword{tok: i, stem: st, idf: cueIDF, cue: true, rel: english.RelatedStems(lw)})
		case qa.given[body]:
			qa.words = append(qa.words, qword{tok: i, stem: english.Stem(lw), idf: idf(lw), name: true})
		case !english.IsStopword(lw):
			qa.words = append(qa.words, contentWords(i, body, len(lower) == 1, idf)...)
		}
	}
	markDescriptors(qa.words)
	qa.atype = answerTypeOf(typed)
	qa.which = len(lower) > 0 && (lower[0] == "which" || (len(lower) > 1 && lower[1] == "which"))
	qa.units = unitsWanted(lower)
	for _, w := range lower {
		qa.fullDate = qa.fullDate || w == "date" || w == "day"
		qa.where = qa.where || w == "where"
		qa.meaning = qa.meaning || meaningWords[w]
	}
	if qa.atype == numberType {
		qa.focus = english.CountFocus(lower)
	}
	if qa.atype == codeType && len(qa.codes) == 0 {
		// "Which country's two-letter code is IS?" gives the code.
		qa.letters = codeLetters(lower)
	}
	return qa
}

// givenCode stands for a code the question gives among the words
// answerTypeOf reads.
const givenCode = "\x00code"

// givenCodes returns the stop words a question gives as codes, which
// code tables write as they write any other: "as" in "What language has
// the two-letter code as?" (a value given after a code noun, see
// english.IsGivenCode), "TO" in "Which country is TO in the ISO country
// codes?" (a stop word in capitals, in a question that names a code and
// is not in capitals: "US" in "What does IXC mean in US telephony?" is a
// word), "'no'" (in single quotes). Such a word is the question's
// subject, not a function word.
func givenCodes(text string, toks []english.Token) map[string]bool {
	var out map[string]bool
	namesCode := false
	for _, t := range toks {
		namesCode = namesCode || codeNoun(t.Body(text))
	}
	for i, t := range toks {
		body := t.Body(text)
		if !english.IsWord(body) || !english.IsStopword(strings.ToLower(body)) {
			continue
		}
		prev, next := "", ""
		if i > 0 {
			prev = toks[i-1].Body(text)
		}
		if i+1 < len(toks) {
			next = toks[i+1].Body(text)
		}
		capitals := len(body) >= 2 && body == strings.ToUpper(body) && text != strings.ToUpper(text) && namesCode
		quoted := isQuote(prev) && isQuote(next)
		if capitals || quoted || isGivenCode(prev, body, next) {
			if out == nil {
				out = make(map[string]bool)
			}
			out[body] = true
		}
	}
	return out
}

// isGivenCode reports whether w, between the question's tokens prev and
// next, is a value it gives after a code noun (english.IsGivenCode; a
// closing mark is the question's end).
func isGivenCode(prev, w, next string) bool {
	if !english.IsWord(next) {
		next = ""
	}
	return english.IsGivenCode(strings.ToLower(prev), w, strings.ToLower(next))
}

// codeNoun reports whether a word names a code ("code", "codes", "ID").
func codeNoun(w string) bool {
	lw := strings.ToLower(w)
	return english.HeadOf(lw) == english.CodeHead || english.HeadOf(strings.TrimSuffix(lw, "s")) == english.CodeHead
}

// codesGiven returns the codes a question gives, as it writes them: the
// stop words of givenCodes and the values given after a code noun
// ("code luq", "code Vaii", "ID 06db"). A code-like word elsewhere is
// often the question's context, not its key ("What is ENUM in VoIP?").
func codesGiven(text string, toks []english.Token, given map[string]bool) map[string]bool {
	out := maps.Clone(given)
	if out == nil {
		out = make(map[string]bool)
	}
	for i, t := range toks {
		prev, next := "", ""
		if i > 0 {
			prev = toks[i-1].Body(text)
		}
		if i+1 < len(toks) {
			next = toks[i+1].Body(text)
		}
		if w := t.Body(text); english.IsWord(w) && isGivenCode(prev, w, next) {
			out[w] = true
		}
	}
	return out
}

// keyCodes returns the codes a question gives (see codesGiven) and its
// words that hold a digit and read as a code ("9350" in "What is Alcor
// Micro's device 9350?"): the keys a record may state beside a name.
func (q *question) keyCodes() map[string]bool {
	out := maps.Clone(q.codes)
	for _, t := range q.toks {
		if w := t.Body(q.text); isCode(w) && strings.ContainsFunc(w, unicode.IsDigit) {
			out[w] = true
		}
	}
	return out
}

func isQuote(s string) bool { return s == "'" || s == "‘" || s == "’" || s == "\"" }

// stopword reports whether a word of the question or of a span of it is
// a stop word, unless the question gives it as a code (see givenCodes).
func (q *question) stopword(body string) bool {
	return english.IsStopword(strings.ToLower(body)) && !q.given[body]
}

// contentWords returns the question words of token i: one word, or, for
// a hyphenated word holding a number ("50-serra"), each of its parts, so
// that the number must match as a number ("50 serra", not "500-serra").
func contentWords(i int, body string, opening bool, idf func(string) float64) []qword {
	parts := []string{body}
	if strings.Contains(body, "-") && strings.IndexFunc(body, unicode.IsDigit) >= 0 {
		parts = strings.FieldsFunc(body, func(r rune) bool { return r == '-' })
	}
	var out []qword
	for _, p := range parts {
		lw := strings.ToLower(p)
		if english.IsStopword(lw) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(p)
		st := english.Stem(lw)
		out = append(out, qword{tok: i, stem: st, idf: idf(lw), cap: unicode.IsUpper(r),
			name: isQuestionName(p, opening), rel: english.RelatedStems(lw)})
	}
	return out
}

// markDescriptors marks the common words standing right before a name
// ("the railway engineer Emil Krell", "the river Auss"): they describe
// whom the question is about, not what it asks, and a passage says them
// once, in its opening (see source.credit).
func markDescriptors(words []qword) {
	for k := len(words) - 1; k > 0; k-- {
		if !words[k].name {
			continue
		}
		for j := k - 1; j >= 0 && !words[j].name && !words[j].cue && words[j+1].tok-words[j].tok == 1; j-- {
			words[j].desc = true
		}
	}
}

// isQuestionName reports whether a question word is a name, a word no
// paraphrase replaces: it holds a digit, is an ordinal from "second" on,
// or is capitalised without being the question's opening word (an
// opening capital counts unless it is a stop word: "Vallin's novels?").
func isQuestionName(body string, opening bool) bool {
	lw := strings.ToLower(body)
	r, _ := utf8.DecodeRuneInString(body)
	switch {
	case strings.IndexFunc(body, unicode.IsDigit) >= 0, english.IsOrdinal(lw):
		return true
	case !unicode.IsUpper(r), english.IsMonth(lw):
		return false
	}
	return !opening || !english.IsStopword(lw)
}

// sameWord reports whether two stems name the same word: equal, or sharing
// a prefix of five letters or more ("employ" and "employee").
func sameWord(a, b string) bool {
	if a == b {
		return true
	}
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n >= 5 && n >= min(len(a), len(b))-3
}

// IDF weighs words by their rarity in the model's vocabulary; words the
// model does not hold (pruned or never seen) count as rarest.
func (m *Model) IDF() func(string) float64 {
	maxIDF := math.Log2(1 + m.total)
	return func(lw string) float64 {
		n := 0.0
		for _, k := range []string{lw, " " + lw, upperFirst(lw), " " + upperFirst(lw)} {
			if id, ok := m.ids[k]; ok {
				n += float64(m.count[id])
			}
		}
		if n == 0 {
			return maxIDF
		}
		return math.Log2(1 + m.total/n)
	}
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}
