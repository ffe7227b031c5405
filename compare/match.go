package compare

import (
	"strings"
	"unicode"

	"github.com/verbatim-rag/verbatim/english"
)

// Normalize returns s as space-separated tokens for matching: the text
// as english.Normalize folds it (compatibility forms, accents dropped,
// lower case, thousands separators removed: "8,340" and "8340" alike),
// cut into runs of letters and digits, every other character a token
// boundary ("2.3" is two tokens on both sides).
func Normalize(s string) string {
	return strings.Join(strings.FieldsFunc(english.Normalize(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}

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
