package lossy

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"github.com/verbatim-rag/verbatim/english"
)

// A record often states its key before the value a question names: a
// code point before a character's name ("FE46;WHITE SESAME DOT;Mn"), an
// abbreviation on the line before its expansion ("RRT\n Retirement
// Register File"), a tab between a code and its name ("1F9A5\tSLOTH").
// Continuing the subject forward cannot say such a key; the backward
// search finds the tokens the model holds right before it.

// preds is the model's bigrams read backwards: for every token id, the
// ids the model has seen right before it.
type preds struct {
	off []uint32 // len(vocab)+1 offsets into ids
	ids []uint32
}

// before returns the ids seen right before id.
func (p *preds) before(id int) []uint32 { return p.ids[p.off[id]:p.off[id+1]] }

// buildPreds reads the model's one-token contexts backwards. Contexts are
// stored as fingerprints, so each vocabulary token's fingerprint is
// computed once to name them.
func buildPreds(m *Model) *preds {
	p := &preds{off: make([]uint32, len(m.vocab)+1)}
	if len(m.tables) < 2 {
		return p
	}
	t := &m.tables[1]
	ctx := make([]int32, len(t.fps)) // the vocabulary id of each context, -1 if none
	for i := range ctx {
		ctx[i] = -1
	}
	for id, h := range m.hash {
		if i, ok := slices.BinarySearch(t.fps, fingerprint(mix(0, h), 1)); ok {
			ctx[i] = int32(id)
		}
	}
	for i, x := range ctx {
		if x < 0 {
			continue
		}
		for j := t.off[i]; j < t.off[i+1]; j++ {
			p.off[t.next[j]+1]++
		}
	}
	for i := 1; i < len(p.off); i++ {
		p.off[i] += p.off[i-1]
	}
	p.ids = make([]uint32, p.off[len(p.off)-1])
	fill := slices.Clone(p.off[:len(p.off)-1])
	for i, x := range ctx {
		if x < 0 {
			continue
		}
		for j := t.off[i]; j < t.off[i+1]; j++ {
			n := t.next[j]
			p.ids[fill[n]] = uint32(x)
			fill[n]++
		}
	}
	return p
}

// maxBackward caps the backward prompts kept per subject span.
const maxBackward = 3

// backPrompts returns the prompts that put a key before the subject span
// keys as the training text held it: "X S…" or "X sep S…", where sep is
// a separator token (punctuation or a line break) and X a word token the
// question does not hold, every token of the prompt predicted from a
// context reaching back to X (the whole prompt is held text). Each is
// scored by the model's log2-probability of the subject after X and of
// the separator that ends the subject (a record's field ends there), so
// that "1F63A;SMILING CAT FACE WITH OPEN MOUTH;" beats the key of a
// longer name that merely starts the same way. The best few are
// returned, most probable first.
func (g *Generator) backPrompts(q *question, keys []string) []prompt {
	m := g.m
	first, ok := m.ids[keys[0]]
	if !ok {
		return nil
	}
	g.predsOnce.Do(func() { g.preds = buildPreds(m) })
	type cand struct {
		keys []string
		logp float64
	}
	var cs []cand
	try := func(seq []string) {
		logp, ok := g.heldLogp(seq)
		if ok {
			cs = append(cs, cand{seq, logp})
		}
	}
	for _, p := range g.preds.before(int(first)) {
		pk := m.vocab[p]
		if g.isKey(q, pk) {
			try(append([]string{pk}, keys...))
			continue
		}
		if english.IsWord(strings.TrimPrefix(pk, " ")) {
			continue
		}
		// p is a separator: the keys come before it.
		for _, x := range g.preds.before(int(p)) {
			xk := m.vocab[x]
			if !g.isKey(q, xk) || !g.holds(xk, pk, keys[0]) {
				continue
			}
			try(append([]string{xk, pk}, keys...))
		}
	}
	slices.SortStableFunc(cs, func(a, b cand) int { return cmp.Compare(b.logp, a.logp) })
	var out []prompt
	for _, c := range cs[:min(len(cs), maxBackward)] {
		out = append(out, prompt{keys: c.keys, logp: c.logp, back: true, keyLen: len(c.keys) - len(keys)})
	}
	return out
}

// isKey reports whether a token can be a record's key before the subject:
// a word the question does not hold and that is not a stop word.
func (g *Generator) isKey(q *question, key string) bool {
	body := strings.TrimPrefix(key, " ")
	c := classify(body)
	return c.word && !english.IsStopword(strings.ToLower(body)) && !q.mentions(c.stem)
}

// holds reports whether the model holds the three tokens as a context.
func (g *Generator) holds(a, b, c string) bool {
	hist := []uint64{tokHash(a), tokHash(b), tokHash(c)}
	ms := g.m.matches(hist)
	return len(ms) > 0 && ms[len(ms)-1].k == 3
}

// heldLogp returns the log2-probability of seq[1:] after seq[0] and of a
// separator after it (the subject's field ends), and whether every token
// of seq was predicted from a context reaching back to seq[0] (or the
// longest the model keeps): the model holds seq as text it was trained
// on.
func (g *Generator) heldLogp(seq []string) (float64, bool) {
	m := g.m
	hist := make([]uint64, 0, len(seq))
	logp := 0.0
	for i, k := range seq {
		if i > 0 {
			ms := m.matches(tail(hist, m.hdr.Order-1))
			if len(ms) == 0 || ms[len(ms)-1].k < min(i, m.hdr.Order-1) {
				return 0, false
			}
			id, ok := m.ids[k]
			if !ok || !m.follows(ms[len(ms)-1], int(id)) {
				return 0, false
			}
			logp += math.Log2(m.prob(ms, int(id)))
		}
		hist = append(hist, tokHash(k))
	}
	ms := m.matches(tail(hist, m.hdr.Order-1))
	end := 0.0
	for _, id := range m.nextCandidates(ms, 8) {
		if !english.IsWord(strings.TrimPrefix(m.vocab[id], " ")) {
			end += m.prob(ms, id)
		}
	}
	return logp + math.Log2(max(end, 1e-9)), true
}

// follows reports whether the model has seen token id follow the matched
// context c.
func (m *Model) follows(c match, id int) bool {
	_, ok := slices.BinarySearch(m.tables[c.k].next[c.lo:c.hi], uint32(id))
	return ok
}
