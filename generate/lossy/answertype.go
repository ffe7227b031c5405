package lossy

import (
	"strconv"
	"strings"

	"github.com/verbatim-rag/verbatim/english"
)

// answerType is what kind of token a question asks for.
//
// The rules, read from the question's words:
//
//   - dateType: "when", "what/which year|date|day|month|century", "since
//     when": a year, a month or a date.
//   - numberType: "how many X", "what number|population|count": a count,
//     preferably next to X ("186,000 inhabitants"); a year or a measure
//     ("1,204 metres") is a weak fit.
//   - measureType: "how long|tall|high|wide|deep|far|large|big|heavy|fast|
//     old|accurate", "what is the height|length|area|depth|wingspan...": a
//     number with a unit of measure (metres, square kilometres, hours,
//     knots); a bare number fits weakly, a year hardly.
//   - amountType: "how much", "what sum|price|cost|prize|fee", "how much
//     money": a number with a currency or another counted noun ("12,000
//     krell", "18,000 tonnes").
//   - nameType: "who", "whom", "whose", "where", "which|what king|city|
//     person|engineer...", "what is the name of": a name (a capitalised
//     word that is not a sentence's first common word) that the question
//     does not already contain.
//   - codeType: "what is the code|code point|abbreviation|acronym of X",
//     unless the question asks what a code means ("what does the code und
//     mean"): a code (see isCode) the question does not hold.
type answerType int

const (
	anyType     answerType = iota
	dateType               // a year, a month, a date
	numberType             // a count
	nameType               // a capitalised name
	measureType            // a number with a unit of measure
	amountType             // a number with a currency or counted noun
	codeType               // a code, key or abbreviation
)

// codeWords ask for a code; meaningWords ask what one means.
var (
	codeWords    = toSet(`code codes id ids identifier identifiers abbreviation abbreviated acronym`)
	meaningWords = toSet(`mean means meaning stand stands denote denotes expansion`)
)

// asksCode reports whether a question's words ask for a code: a code
// word followed by "of", "for", "as", a verb of the question or nothing
// ("the code point of", "what's Oregon's subdivision code?"), not by the
// code itself ("which script has the code Vaii?"), and no word asking
// what a code means.
func asksCode(words []string) bool {
	code := false
	for i, w := range words {
		if meaningWords[w] {
			return false
		}
		if !codeWords[w] {
			continue
		}
		if indefinite(words[:i]) {
			continue // "what is BI a written abbreviation for": BI is the code
		}
		if i+1 < len(words) && words[i+1] == "point" {
			i++
		}
		next, last := "", i+2 >= len(words)
		if i+1 < len(words) {
			next = words[i+1]
		}
		if last && (next == "for" || next == "of") {
			continue // "what is EMACS short for", the code asked about
		}
		code = code || codeFollowers[next]
	}
	return code
}

// indefinite reports whether "a" or "an" stands among the last three
// words: "X is a (written) abbreviation" names X as the code.
func indefinite(words []string) bool {
	for j := len(words) - 1; j >= 0 && j >= len(words)-3; j-- {
		if words[j] == "a" || words[j] == "an" {
			return true
		}
	}
	return false
}

// codeFollowers may follow a code word that asks for a code.
var codeFollowers = map[string]bool{"of": true, "for": true, "as": true, "does": true, "did": true, "do": true, "is": true, "was": true, "in": true, "": true}

// cue reads a question word for the kind of answer it asks for (see
// english.HeadOf); "how"-words are read by answerTypeOf.
func cue(w string) answerType {
	switch english.HeadOf(w) {
	case english.DateHead:
		return dateType
	case english.NumberHead:
		return numberType
	case english.AmountHead:
		return amountType
	case english.PersonHead, english.PlaceHead:
		return nameType
	}
	if english.MeasureWord(w) != 0 {
		return measureType
	}
	return anyType
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
			switch {
			case next == "much":
				return amountType
			case next == "many" || cue(next) == numberType:
				return numberType
			case english.MeasureWord(next) != 0:
				return measureType
			}
		case "what", "which", "what's":
			if t := cueAfter(words[i+1:]); t != anyType {
				return t
			}
			if asksCode(words[i+1:]) {
				return codeType
			}
			return anyType
		}
	}
	for _, w := range words {
		if cue(w) == amountType {
			return amountType
		}
	}
	return anyType
}

// codeLetters returns how many letters the code a question asks for
// has, when it says so ("the three-letter code", "a 2-letter code") and
// it is at most maxCodeLetters, or 0: code tables keep codes of several
// lengths side by side (ISO 3166's "IS ISL 352", ISO 639's "alpha 2 pt
// alpha 3 por"), and answer.satisfies takes only a code of that length.
func codeLetters(lower []string) int {
	for _, w := range lower {
		n, rest, ok := strings.Cut(w, "-")
		if !ok || rest != "letter" {
			continue
		}
		v := english.NumberValue(n)
		if d, err := strconv.Atoi(n); err == nil {
			v = d
		}
		if v > 0 && v <= maxCodeLetters {
			return v
		}
	}
	return 0
}

// kindOfCode reports whether word i stands right before a code word: it
// names the kind of code ("area code", "country code"), as the header of
// a table of telephone or country codes names its column ("Area Code :
// City : State"), and asks for no area, place or date.
func kindOfCode(words []string, i int) bool { return i+1 < len(words) && codeWords[words[i+1]] }

// cueAfter reads the words after "what"/"which": the first content word
// may ask for a name ("which city", "what is the name of"); a date, count,
// measure or amount word may stand anywhere ("what is Vallin's date of
// birth", "what is the population of"); a word that names a kind of code
// (see kindOfCode) is no cue: "what is the area code of Opelika" asks a
// code.
func cueAfter(words []string) answerType {
	first := true
	for i, w := range words {
		if kindOfCode(words, i) {
			first = first && english.IsStopword(w)
			continue
		}
		switch c := cue(w); {
		case c == dateType, c == numberType, c == amountType:
			return c
		case c == measureType && !english.IsStopword(w):
			return measureType
		case first && c == nameType:
			return nameType
		}
		if !english.IsStopword(w) {
			first = false
		}
	}
	return anyType
}

// strength says how well token i of cls answers a question of type t,
// from 0 (not at all) to 1 (clearly).
func (t answerType) strength(cls []tokenClass, i int) float64 {
	c := cls[i]
	if !t.fits(c) {
		return 0
	}
	switch t {
	case numberType:
		switch {
		case monthNear(cls, i):
			return 0.3 // "13 October 1952": a date, not a count
		case c.year && !unitAfter(cls, i):
			return 0.3
		case unitAfter(cls, i):
			return 0.4
		}
	case measureType:
		switch {
		case unitAfter(cls, i):
			return 1
		case c.year:
			return 0.1
		}
		return 0.4
	case dateType:
		switch {
		case !c.year && !english.IsMonth(c.stem):
			return 0.3
		case !c.year && !numberNear(cls, i):
			return 0.5 // "from June to September": a season, not a date
		}
	case amountType:
		switch {
		case i > 0 && cls[i-1].currency:
			return 1
		case c.year && !wordAfter(cls, i):
			return 0.1
		case wordAfter(cls, i):
			return 1
		}
		return 0.5
	}
	return 1
}

// numberNear reports whether a number stands right before or after token
// i ("29 July", "July 1861").
func numberNear(cls []tokenClass, i int) bool {
	return (i > 0 && cls[i-1].number) || (i+1 < len(cls) && cls[i+1].number)
}

// monthNear reports whether a month stands right before or after token i.
func monthNear(cls []tokenClass, i int) bool {
	month := func(c tokenClass) bool { return c.date && !c.number }
	return (i > 0 && month(cls[i-1])) || (i+1 < len(cls) && month(cls[i+1]))
}

// wordAfter reports whether a noun-like word (not a unit of time) follows
// token i, skipping number words ("5,000 dolens", "1.2 million dolens").
func wordAfter(cls []tokenClass, i int) bool {
	for j := i + 1; j < len(cls) && j <= i+2; j++ {
		switch {
		case cls[j].number:
			continue
		case cls[j].currency:
			return true
		case cls[j].word && !english.IsStopword(cls[j].stem) && !cls[j].date:
			return true
		}
		return false
	}
	return false
}

// fits reports whether a token of class c can be the answer to a question
// of type t.
func (t answerType) fits(c tokenClass) bool {
	switch t {
	case dateType:
		return c.date
	case numberType, measureType, amountType:
		return c.number
	case nameType:
		return c.cap
	case codeType:
		return c.code
	}
	return false
}
