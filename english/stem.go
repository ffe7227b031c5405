package english

import (
	"strings"
	"sync"
	"sync/atomic"

	porterstemmer "github.com/blevesearch/go-porterstemmer"
)

// Stem returns the Porter stem of a word, lower-cased, possessive
// removed ("Vallin's" → "vallin", "invented" → "invent").
func Stem(w string) string {
	w = WithoutPossessive(strings.ToLower(w))
	if len(w) <= 2 {
		return w
	}
	if s, ok := stems.Load(w); ok {
		return s.(string)
	}
	s := porterstemmer.StemString(w)
	if stemsHeld.Load() < maxStems {
		if _, loaded := stems.LoadOrStore(w, s); !loaded {
			stemsHeld.Add(1)
		}
	}
	return s
}

// WithoutPossessive is w without a possessive "'s" or "’s" at its end.
func WithoutPossessive(w string) string {
	return strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
}

// stems remembers the stems already computed: the reader stems every
// word of every passage it reads, and the same words come back question
// after question. At most maxStems are kept (a few MB), the first met.
var (
	stems     sync.Map
	stemsHeld atomic.Int64
)

const maxStems = 1 << 17
