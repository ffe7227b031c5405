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
		if r == ',' && digitRun(s, i) != 3 && csvLine(s, i) {
			return true // "B2-116,4473": in a comma-separated row a comma before other than three digits parts cells, not digit groups
		}
		next, _ := utf8.DecodeRuneInString(s[i:])
		return !unicode.IsDigit(next)
	}
	return true
}

// csvLine reports whether the line of s around byte i is a comma-separated
// row: three or more commas with no space after them, and fewer spaces
// than such commas. Decimal commas ("3,5 km", "1,20 euros") stand among
// the words of a sentence.
func csvLine(s string, i int) bool {
	start := strings.LastIndexByte(s[:i], '\n') + 1
	end := strings.IndexByte(s[i:], '\n')
	if end < 0 {
		end = len(s)
	} else {
		end += i
	}
	line, n := s[start:end], 0
	for k := 0; k+1 < len(line); k++ {
		if line[k] == ',' && line[k+1] != ' ' {
			n++
		}
	}
	return n >= 3 && strings.Count(line, " ") < n
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
		return r == ',' && digitRun(s, i+size) != 3 && csvLine(s, i) // "12" inside "12.5", "12,500" or "3,5 km", not in the cells "12,4473"
	}
	return true
}
