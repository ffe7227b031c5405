package lossy

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A question may name a record by two things that its text states a few
// tokens apart: an ID list's device by its vendor and its code ("What is
// Alcor Micro's device 9350?"), which the list's view states parent
// first ("Alcor Micro Corp. device 9350 Delkin eFilm Reader-32"). No span
// of the question holds both, and the code alone opens a row of every
// vendor that has a device 9350. So a span naming the subject is
// continued, by the model's own most probable tokens within one line,
// until the code the question gives follows it: the bridge makes a prompt
// that holds both.
const (
	// bridgeDepth is how many tokens a bridge may cross.
	bridgeDepth = 4
	// bridgeBeam is how many partial bridges are kept at each step.
	bridgeBeam = 12
)

// bridge is a partial bridge: the span and the tokens after it.
type bridge struct {
	keys []string
	hist []uint64
	logp float64
}

// bridgePrompts returns, for a question that gives a code and asks for
// no code, prompts that run from one of spans (those that name the
// subject and hold no code) over at most bridgeDepth tokens the model
// holds after it to a code the question gives.
func (g *Generator) bridgePrompts(q *question, spans []prompt) []prompt {
	if q.atype == codeType {
		return nil
	}
	var codes []int
	keys := q.keyCodes()
	for c := range keys {
		if q.given[c] {
			continue // a stop word follows any span
		}
		if id, ok := g.m.ids[" "+c]; ok {
			codes = append(codes, int(id))
		}
	}
	if len(codes) == 0 {
		return nil
	}
	slices.Sort(codes)
	nl, hasNL := g.m.ids["\n"]
	var out []prompt
	for _, p := range spans {
		if statesAny(keys, p.keys) || !q.namesSubject(p.keys) || !holdsName(p.keys) {
			continue
		}
		// The span as the question writes it and at a line's start,
		// where a list's parent-first line states the name.
		// The span as the question writes it and at a line's start,
		// where a list's parent-first line states the name.
		beam := []bridge{{keys: slices.Clone(p.keys), hist: hashes(p.keys)}}
		if u := unspaced(p.keys); u[0] != p.keys[0] {
			beam = append(beam, bridge{keys: u, hist: hashes(u)})
		}
		for depth := 0; depth < bridgeDepth && len(beam) > 0; depth++ {
			var next []bridge
			for _, b := range beam {
				ms := g.m.matches(tail(b.hist, g.m.hdr.Order-1))
				if len(ms) == 0 {
					continue
				}
				longest := ms[len(ms)-1]
				if depth > 0 {
					for _, id := range codes {
						if g.m.follows(longest, id) {
							keys := append(slices.Clone(b.keys), g.m.vocab[id])
							out = append(out, prompt{keys: keys, score: p.score})
						}
					}
				}
				t := &g.m.tables[longest.k]
				for j := longest.lo; j < longest.hi; j++ {
					id := int(t.next[j])
					if hasNL && id == int(nl) {
						continue
					}
					next = append(next, bridge{
						keys: append(slices.Clone(b.keys), g.m.vocab[id]),
						hist: append(slices.Clone(b.hist), g.m.hash[id]),
						logp: b.logp + math.Log2(g.m.prob(ms, id)),
					})
				}
			}
			slices.SortStableFunc(next, func(a, b bridge) int { return cmp.Compare(b.logp, a.logp) })
			beam = next[:min(len(next), bridgeBeam)]
		}
	}
	return out
}

// holdsName reports whether a span holds a word that opens with a
// capital and a lower-case letter ("Alcor Micro", "Logic3", "Wacom", not
// "USB" nor "video class terminal type"): a name the record states,
// where a common word of the question goes on to any record.
func holdsName(keys []string) bool {
	for _, k := range keys {
		body := strings.TrimPrefix(k, " ")
		r, n := utf8.DecodeRuneInString(body)
		r2, _ := utf8.DecodeRuneInString(body[n:])
		if classify(body).cap && unicode.IsUpper(r) && unicode.IsLower(r2) {
			return true
		}
	}
	return false
}

// hashes returns the token hashes of keys.
func hashes(keys []string) []uint64 {
	out := make([]uint64, len(keys))
	for i, k := range keys {
		out[i] = tokHash(k)
	}
	return out
}
