package lossy

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// answerType is what kind of token a question asks for.
type answerType int

const (
	anyType    answerType = iota
	dateType              // when, what year: a year, a month, a date
	numberType            // how many, how much, what population: a number
	nameType              // who, where, which city: a capitalised name
)

// question is the analysis of a question: its content words, weighted by
// rarity, and the kind of answer it wants.
type question struct {
	words []qword
	atype answerType
	toks  []Token
	text  string
}

// qword is a content word of a question.
type qword struct {
	tok  int // index in question.toks
	stem string
	idf  float64
	cap  bool
}

var stopwords = toSet(`a an the of in on at to for from by with and or but as is are was were be been being
do does did has have had having it its this that these those there here what which who whom whose when where
why how many much long old far tall high big large deep wide about into than then so if not no any some
all each other such can could would should will shall may might must i you he she we they me him her us them
my your his our their also only very just more most ever first one name called`)

// Words after "what"/"which"/"how" that say the answer is a number or a date.
var (
	numberCue = toSet(`many much long old far tall high big large deep wide heavy population number amount height
length width area age size count capacity tonnage weight distance price cost salary speed temperature
percentage percent elevation depth crew total books members employees inhabitants`)
	dateCue  = toSet(`year date day century decade month`)
	placeCue = toSet(`city town country place region port state capital village island river located`)
	months   = toSet(`january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec`)
	numberWords = toSet(`one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand
million billion dozen`)
)

func toSet(s string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// analyze reads a question; idf weighs a lower-cased word by its rarity.
func analyze(q string, idf func(word string) float64) *question {
	qa := &question{text: q, toks: Tokenize(q)}
	var lower []string
	for i, t := range qa.toks {
		body := t.Body(q)
		if !isWordKey(body) {
			continue
		}
		lw := strings.ToLower(body)
		lower = append(lower, lw)
		if stopwords[lw] {
			continue
		}
		r, _ := utf8.DecodeRuneInString(body)
		qa.words = append(qa.words, qword{tok: i, stem: stem(lw), idf: idf(lw), cap: unicode.IsUpper(r)})
	}
	qa.atype = answerTypeOf(lower)
	return qa
}

// answerTypeOf classifies a question from its lower-cased words.
func answerTypeOf(words []string) answerType {
	for i, w := range words {
		next := ""
		if i+1 < len(words) {
			next = words[i+1]
		}
		switch w {
		case "when":
			return dateType
		case "who", "whom", "whose", "where":
			return nameType
		case "how":
			if numberCue[next] {
				return numberType
			}
		case "what", "which":
			switch {
			case dateCue[next]:
				return dateType
			case numberCue[next]:
				return numberType
			}
			return cueAfter(words[i+1:])
		}
	}
	return anyType
}

// cueAfter looks at the first content words after "what"/"which" ("what is
// the population of", "which city").
func cueAfter(words []string) answerType {
	for _, w := range words {
		if stopwords[w] && !numberCue[w] {
			continue
		}
		switch {
		case dateCue[w]:
			return dateType
		case numberCue[w]:
			return numberType
		case placeCue[w]:
			return nameType
		}
		return anyType
	}
	return anyType
}

// stem strips common English inflections.
func stem(w string) string {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	for _, suf := range []string{"ies", "ing", "ed", "es", "s", "ly"} {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 3 && !strings.HasSuffix(w, "ss") {
			if suf == "ies" {
				return w[:len(w)-3] + "y"
			}
			return w[:len(w)-len(suf)]
		}
	}
	return w
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

// tokenClass describes one token for answer-type matching.
type tokenClass struct {
	word, cap, number, date bool
	year                    bool // four digits from 1000 to 2100
	unit                    bool // a unit of measure ("metres", "km")
	stem                    string
}

func classify(body string) tokenClass {
	if !isWordKey(body) {
		return tokenClass{}
	}
	lw := strings.ToLower(body)
	r, _ := utf8.DecodeRuneInString(body)
	c := tokenClass{word: true, cap: unicode.IsUpper(r) && !stopwords[lw], stem: stem(lw)}
	c.number = unicode.IsDigit(r) || numberWords[lw]
	c.date = months[lw] || isYear(body)
	c.year = len(body) == 4 && isYear(body) && body >= "1000" && body <= "2100"
	c.unit = measureUnits[lw]
	return c
}

// isYear reports whether a token looks like a year (3 or 4 digits).
func isYear(s string) bool {
	if len(s) < 3 || len(s) > 4 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

var measureUnits = toSet(`m km cm mm metres meters metre meter kilometres kilometers miles mile feet ft foot inches
kg g kilograms tonnes tons tonne pounds lb years hectares acres percent % square knots degrees litres liters`)

// strength says how well token i of cls answers a question of type t: 1
// for a clear match, 0.5 for a weak one (a year-like number when a
// quantity is asked and no unit follows), 0 for none.
func (t answerType) strength(cls []tokenClass, i int) float64 {
	c := cls[i]
	if !t.fits(c) {
		return 0
	}
	if t == numberType && c.year && !(i+1 < len(cls) && cls[i+1].unit) {
		return 0.5
	}
	return 1
}

// fits reports whether a token of class c can be the answer to a question
// of type t.
func (t answerType) fits(c tokenClass) bool {
	switch t {
	case dateType:
		return c.date
	case numberType:
		return c.number
	case nameType:
		return c.cap && !months[strings.ToLower(c.stem)]
	}
	return false
}

// idfFunc weighs words by their rarity in the model's vocabulary; words the
// model does not hold (pruned or never seen) count as rarest.
func (m *Model) idfFunc() func(string) float64 {
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
