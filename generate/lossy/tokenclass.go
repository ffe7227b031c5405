package lossy

import (
	"github.com/verbatim-rag/verbatim/english"
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokenClass describes one token for answer-type matching.
type tokenClass struct {
	word, cap, number, date bool
	year                    bool     // four digits from 1000 to 2100
	unit                    bool     // a unit of measure ("metres", "km")
	kind                    unitKind // the unit's dimension
	currency                bool     // a currency word or sign
	squared                 bool     // "²" after a unit of length
	code                    bool     // a code or key: FE46, 1F9A5, EMR, iTAN (see isCode)
	letters                 int      // a code of letters only: how many (see codeLetterCount)
	stem                    string
}

func classify(body string) tokenClass {
	switch body {
	case "$", "£", "€", "¥":
		return tokenClass{currency: true}
	case "°":
		return tokenClass{unit: true, kind: tempUnit}
	case "²":
		return tokenClass{squared: true}
	}
	if !english.IsWord(body) {
		return tokenClass{}
	}
	lw := strings.ToLower(body)
	r, _ := utf8.DecodeRuneInString(body)
	c := tokenClass{word: true, cap: unicode.IsUpper(r) && !english.IsStopword(lw) && !english.IsMonth(lw), stem: english.Stem(lw)}
	c.number = unicode.IsDigit(r) || english.IsNumberWord(lw)
	c.date = english.IsMonth(lw) || isYear(body)
	c.year = len(body) == 4 && isYear(body) && body >= "1000" && body <= "2100"
	c.kind = english.UnitOf(lw)
	c.unit = c.kind != 0
	c.currency = english.IsCurrency(lw)
	c.code = isCode(body)
	c.letters = codeLetterCount(body, lw, c.code)
	return c
}

// maxCodeLetters is the longest code of letters a question's length
// (see codeLetters) and codeLetterCount count: ISO's codes of letters
// have two, three or four; a longer word is not looked up in WordNet.
const maxCodeLetters = 4

// codeLetterCount returns how many letters a word of letters only has
// when it can be a code of letters: a code (see isCode: "ISL"), a word
// that opens with a capital (ISO 15924's "Taml"), one of two letters
// (ISO 639's "ho", which WordNet knows as holmium; stop words do not
// count, see answer.satisfies) or one WordNet does not know (ISO 639's
// "por"); 0 for a longer word of English ("type") or a word with a
// digit ("352").
func codeLetterCount(body, lw string, code bool) int {
	n := 0
	for _, r := range body {
		if !unicode.IsLetter(r) || n == maxCodeLetters {
			return 0
		}
		n++
	}
	r, _ := utf8.DecodeRuneInString(body)
	if code || unicode.IsUpper(r) || n <= 2 || len(english.Base(lw)) == 0 {
		return n
	}
	return 0
}

// isCode reports whether a word reads as a code, key or abbreviation
// rather than a word of prose: it holds a digit ("FE46", "1F9A5", "248")
// or two capitals ("EMR", "iTAN", "Vaii" does not), and is short.
func isCode(body string) bool {
	if len(body) > 12 {
		return false
	}
	caps, digit := 0, false
	for _, r := range body {
		switch {
		case unicode.IsDigit(r):
			digit = true
		case unicode.IsUpper(r):
			caps++
		}
	}
	return digit || caps >= 2
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

// BitClass is the kind of token a bits-per-byte figure is split by.
type BitClass int

// The token classes of MeasureBits, in report order.
const (
	ClassNumber BitClass = iota // starts with a digit: 42, 3.14, 1999
	ClassName                   // a capitalised word that is not a stop word or month
	ClassWord                   // any other word
	ClassPunct                  // punctuation, symbols, markup and line breaks
	ClassCode                   // every token of an identifier-, path- or expression-like chunk
	numBitClasses
)

var bitClassNames = [numBitClasses]string{"number", "name", "word", "punct", "code"}

// String returns the class's name as reports show it.
func (c BitClass) String() string {
	if c < 0 || c >= numBitClasses {
		return "unknown"
	}
	return bitClassNames[c]
}

// bitClasses classes each token of text. A chunk of text between spaces
// that looks like code (see codeLike) makes all its tokens code; other
// tokens are classed by their first rune.
func bitClasses(text string, toks []english.Token) []BitClass {
	out := make([]BitClass, len(toks))
	for i := 0; i < len(toks); {
		// A chunk runs while tokens follow each other without whitespace.
		j := i + 1
		for j < len(toks) && toks[j].Lead == 0 {
			j++
		}
		chunk := text[toks[i].Start+toks[i].Lead : toks[j-1].End]
		code := codeLike(chunk)
		for k := i; k < j; k++ {
			if code {
				out[k] = ClassCode
			} else {
				out[k] = tokenBitClass(toks[k].Body(text))
			}
		}
		i = j
	}
	return out
}

// tokenBitClass classes one token body outside code.
func tokenBitClass(body string) BitClass {
	r, _ := utf8.DecodeRuneInString(body)
	switch {
	case unicode.IsDigit(r):
		return ClassNumber
	case !english.IsWord(body):
		return ClassPunct
	case unicode.IsUpper(r):
		lw := strings.ToLower(body)
		if !english.IsStopword(lw) && !english.IsMonth(lw) {
			return ClassName
		}
	}
	return ClassWord
}

// codeLike reports whether a whitespace-free chunk reads as code rather
// than prose: an identifier with an underscore or an inner capital
// (snake_case, camelCase), a call or operator (f(), a::b, x->y, a=b, {,
// }, ;), a dotted name (os.path, example.com), a path (/usr/bin, ./x, ~/x)
// or a command-line option (--verbose). Prose punctuation (a full stop, a
// comma, brackets around words) does not count.
func codeLike(chunk string) bool {
	if strings.ContainsAny(chunk, "_{}") ||
		strings.Contains(chunk, "::") || strings.Contains(chunk, "->") ||
		strings.Contains(chunk, "()") || strings.Contains(chunk, "==") {
		return true
	}
	if strings.HasPrefix(chunk, "--") && len(chunk) > 2 && unicode.IsLetter(rune(chunk[2])) {
		return true
	}
	if (strings.HasPrefix(chunk, "/") || strings.HasPrefix(chunk, "./") || strings.HasPrefix(chunk, "~/")) &&
		strings.Count(chunk, "/") >= 2 {
		return true
	}
	prev, prevPrev := rune(0), rune(0)
	for i, r := range chunk {
		switch {
		case unicode.IsUpper(r) && unicode.IsLower(prev) && unicode.IsLower(prevPrev):
			return true // camelCase, not McDonald or iPhone
		case (r == '=' || r == ';') && english.IsWordRune(prev) && i+1 < len(chunk):
			return true
		case r == '.' && unicode.IsLetter(prev) && unicode.IsLetter(prevPrev) && dottedAfter(chunk[i+1:]):
			return true
		}
		prevPrev, prev = prev, r
	}
	return false
}

// dottedAfter reports whether s starts with two letters: the rest of a
// dotted name (os.path), not the next sentence or an abbreviation (e.g.).
func dottedAfter(s string) bool {
	n := 0
	for _, r := range s {
		if !unicode.IsLetter(r) {
			break
		}
		n++
	}
	return n >= 2
}
