package verify

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize folds text for fact matching: Unicode compatibility forms
// (NFKD, so "ﬁ" is "fi" and full-width digits are ASCII), accents dropped,
// lower case, dashes and quotes made ASCII, whitespace runs made one space,
// thousands separators removed from numbers ("1,200" and "1 200" are
// "1200") and "per cent"/"percent"/" %" written "%".
func Normalize(s string) string {
	out := dropThousands(fold(s))
	for _, p := range []string{" per cent", " percent", " %"} {
		out = strings.ReplaceAll(out, p, "%")
	}
	return out
}

// fold is Normalize without the number rewriting: compatibility forms,
// accents, case, dashes, quotes and whitespace.
func fold(s string) string {
	s = norm.NFKD.String(s)
	var sb strings.Builder
	sb.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsSpace(r):
			space = true
			continue
		}
		if space && sb.Len() > 0 {
			sb.WriteByte(' ')
		}
		space = false
		sb.WriteRune(foldRune(r))
	}
	return sb.String()
}

func foldRune(r rune) rune {
	switch r {
	case '‐', '‑', '‒', '–', '—', '―', '−':
		return '-'
	case '‘', '’', '‚', '′':
		return '\''
	case '“', '”', '„', '″':
		return '"'
	}
	return unicode.ToLower(r)
}

// dropThousands removes "," and " " between a digit and a group of exactly
// three digits that is not followed by another digit.
func dropThousands(s string) string {
	if !strings.ContainsAny(s, ", ") {
		return s
	}
	b := []byte(s)
	out := b[:0]
	for i := 0; i < len(b); i++ {
		c := b[i]
		if (c == ',' || c == ' ') && i > 0 && isDigit(s[i-1]) && i+3 < len(s) &&
			isDigit(s[i+1]) && isDigit(s[i+2]) && isDigit(s[i+3]) && (i+4 >= len(s) || !isDigit(s[i+4])) && groupedBefore(s, i) {
			continue
		}
		out = append(out, c)
	}
	return string(out)
}

// groupedBefore reports whether the digit run ending at s[i-1] looks like
// the head of a grouped number: 1 to 3 digits, or itself a group.
func groupedBefore(s string, i int) bool {
	j := i
	for j > 0 && isDigit(s[j-1]) {
		j--
	}
	n := i - j
	if n > 3 {
		return false
	}
	if j > 0 && (s[j-1] == ',' || s[j-1] == ' ') && j > 1 && isDigit(s[j-2]) {
		return n == 3
	}
	return true
}

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
		next, _ := utf8.DecodeRuneInString(s[i:])
		return !unicode.IsDigit(next)
	}
	return true
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
		return false // "12" inside "12.5"
	}
	return true
}
