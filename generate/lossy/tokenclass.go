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
