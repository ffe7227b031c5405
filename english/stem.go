package english

import (
	"strings"

	porterstemmer "github.com/blevesearch/go-porterstemmer"
)

// Stem returns the Porter stem of a word, lower-cased, possessive
// removed ("Vallin's" → "vallin", "invented" → "invent").
func Stem(w string) string {
	w = strings.ToLower(w)
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	if len(w) <= 2 {
		return w
	}
	return porterstemmer.StemString(w)
}
