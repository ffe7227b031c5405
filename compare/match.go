package compare

import (
	"strings"
	"unicode"
)

// Normalize returns s as space-separated tokens for matching: lower case,
// letters (diacritics kept: "Zürich" stays "zürich") and digits only, every
// other character a token boundary. A thousands separator between digits
// (",", "'", a no-break or thin space, followed by exactly three digits) is
// dropped, so "8,340" and "8340" normalise alike, while "2.3" stays two
// tokens on both sides.
func Normalize(s string) string {
	rs := []rune(s)
	var b strings.Builder
	b.Grow(len(s))
	pending := false // a boundary was seen since the last token rune
	for i, r := range rs {
		if isTokenRune(r) {
			if pending && b.Len() > 0 {
				b.WriteByte(' ')
			}
			pending = false
			b.WriteRune(unicode.ToLower(r))
			continue
		}
		if isGroupSeparator(rs, i) {
			continue
		}
		pending = true
	}
	return b.String()
}

func isTokenRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// isGroupSeparator reports whether rs[i] separates digit groups: a digit
// before it, and exactly three digits after it followed by a non-digit.
func isGroupSeparator(rs []rune, i int) bool {
	switch rs[i] {
	case ',', '\'', '\u00a0', '\u2009', '\u202f':
	default:
		return false
	}
	if i == 0 || i+3 >= len(rs) || !isASCIIDigit(rs[i-1]) {
		return false
	}
	for j := i + 1; j <= i+3; j++ {
		if !isASCIIDigit(rs[j]) {
			return false
		}
	}
	return i+4 == len(rs) || !isASCIIDigit(rs[i+4])
}

func isASCIIDigit(r rune) bool { return r >= '0' && r <= '9' }

// Match reports whether any gold answer, normalised, appears in the
// normalised answer as a whole token sequence. Empty gold answers never
// match; so an empty gold list never matches.
func Match(answer string, golds []string) bool {
	toks := strings.Fields(Normalize(answer))
	for _, g := range golds {
		if containsTokens(toks, strings.Fields(Normalize(g))) {
			return true
		}
	}
	return false
}

// containsTokens reports whether needle occurs as a contiguous run of hay.
func containsTokens(hay, needle []string) bool {
	if len(needle) == 0 {
		return false
	}
outer:
	for i := 0; i+len(needle) <= len(hay); i++ {
		for j, t := range needle {
			if hay[i+j] != t {
				continue outer
			}
		}
		return true
	}
	return false
}
