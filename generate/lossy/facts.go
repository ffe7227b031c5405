package lossy

import (
	"github.com/verbatim-rag/verbatim/english"
)

// Holds reports whether the model still holds the fact text[start:end]:
// whether, reading text up to each of the fact's tokens (at most its
// order's worth of history, as in training), the model's most probable
// next token is that token. It is the best a decoder that reads only the
// model could do from the words that state the fact in the corpus, so a
// fact the model does not hold is one no bare decoding can recall but by
// luck. A span that holds no token is not held.
func (m *Model) Holds(text string, start, end int) bool {
	if start < 0 || end > len(text) || start >= end {
		return false
	}
	toks := english.Tokenize(text)
	hashes := make([]uint64, len(toks))
	var buf []byte
	var hist []uint64
	seen := false
	for i, t := range toks {
		buf = appendKey(buf[:0], text, t)
		hashes[i] = tokHash(string(buf))
		if t.End <= start || t.Start+t.Lead >= end {
			continue // outside the fact (whitespace before it does not count)
		}
		seen = true
		id, ok := m.ids[string(buf)]
		if !ok {
			return false
		}
		hist = append(hist[:0], hashes[max(0, i-(m.hdr.Order-1)):i]...)
		if m.best(m.matches(hist)) != int(id) {
			return false
		}
		if t.End >= end {
			break
		}
	}
	return seen
}

// best returns the most probable next token after the matched contexts:
// one the longest contexts have seen follow them, or the most frequent
// token (ties go to the lower id, the more frequent).
func (m *Model) best(ms []match) int {
	bestID, bestP := -1, -1.0
	for _, id := range m.candidates(ms, 1) {
		if p := m.prob(ms, id); p > bestP || (p == bestP && id < bestID) {
			bestID, bestP = id, p
		}
	}
	return bestID
}
