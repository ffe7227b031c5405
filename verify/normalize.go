package verify

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// contains reports whether needle occurs in hay (both normalised) at word
// boundaries: not inside a longer word or number.
func contains(hay, needle string) bool {
	if needle == "" {
		return true
	}
	for off := 0; ; {
		i := strings.Index(hay[off:], needle)
		if i < 0 {
			return false
		}
		a, b := off+i, off+i+len(needle)
		if boundaryBefore(hay, a) && boundaryAfter(hay, b) {
			return true
		}
		_, size := utf8.DecodeRuneInString(hay[a:])
		off = a + size
	}
}

func boundaryBefore(s string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		next, _ := utf8.DecodeRuneInString(s[i:])
		// a number may follow letters ("v2"), a word may not
		return unicode.IsDigit(next) && !unicode.IsDigit(r)
	}
	if (r == '.' || r == ',') && i > 1 && isDigit(s[i-2]) {
		if r == ',' && digitRun(s, i) != 3 {
			return true // "B2-116,4473": a comma before other than three digits parts cells, not digit groups
		}
		next, _ := utf8.DecodeRuneInString(s[i:])
		return !unicode.IsDigit(next)
	}
	return true
}

// digitRun is how many ASCII digits s holds from byte i on.
func digitRun(s string, i int) int {
	n := 0
	for i+n < len(s) && isDigit(s[i+n]) {
		n++
	}
	return n
}

func boundaryAfter(s string, i int) bool {
	if i >= len(s) {
		return true
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	if unicode.IsDigit(r) {
		return false
	}
	if unicode.IsLetter(r) {
		prev, _ := utf8.DecodeLastRuneInString(s[:i])
		return unicode.IsDigit(prev) // a number may run into a unit: "5km"
	}
	if (r == '.' || r == ',') && i+size < len(s) && isDigit(s[i+size]) {
		return r == ',' && digitRun(s, i+size) != 3 // "12" inside "12.5" or "12,500", not in the cells "12,4473"
	}
	return true
}
