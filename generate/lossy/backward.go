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

// maxBackward caps the backward prompts kept per subject span;
// backBeam caps the partial ones extended at each step back.
const (
	maxBackward = 3
	backBeam    = 16
)

// backPrompts returns the prompts that put a key before the subject span
// keys as the training text held it: "X S…", "X sep S…", or, in a model
// of a higher order, "X", "name": "S…" (a JSON record's previous field),
// where X is a word the question does not hold and the tokens between
// are any the text held there. It steps back one token at a time, up to
// order-2 tokens, keeping the sequences whose every token was predicted
// from a context reaching back to the sequence's first token (the whole
// prompt is held text), the most probable first. Each is scored by the
// model's log2-probability of the subject after the key and of the
// separator that ends the subject (a record's field ends there), so that
// "1F63A;SMILING CAT FACE;" beats the key of a longer name that merely
// starts the same way. The best few are returned; for a question asking
// for a code, the keys that read as codes come first.
func (g *Generator) backPrompts(q *question, keys []string) []prompt {
	m := g.m
	if _, ok := m.ids[keys[0]]; !ok {
		return nil
	}
	g.predsOnce.Do(func() { g.preds = buildPreds(m) })
	type cand struct {
		keys []string
		logp float64
	}
	beam := []cand{{keys: keys}}
	var found []cand
	seen := make(map[string]bool)
	for step := 1; step <= m.hdr.Order-2 && len(beam) > 0; step++ {
		var next []cand
		for _, b := range beam {
			for _, p := range g.preds.before(int(m.ids[b.keys[0]])) {
				seq := append([]string{m.vocab[p]}, b.keys...)
				if !g.heldContext(seq) {
					continue
				}
				logp, ok := g.heldLogp(seq)
				if !ok {
					continue
				}
				c := cand{seq, logp}
				next = append(next, c)
				if k := strings.Join(seq, "\x00"); g.isKey(q, seq[0]) && !seen[k] {
					seen[k] = true
					found = append(found, c)
				}
			}
		}
		slices.SortStableFunc(next, func(a, b cand) int { return cmp.Compare(b.logp, a.logp) })
		beam = next[:min(len(next), backBeam)]
	}
	codeFirst := func(c cand) int {
		if q.atype == codeType && classify(strings.TrimPrefix(c.keys[0], " ")).code {
			return 0
		}
		return 1
	}
	slices.SortStableFunc(found, func(a, b cand) int {
		return cmp.Or(cmp.Compare(codeFirst(a), codeFirst(b)), cmp.Compare(b.logp, a.logp))
	})
	var out []prompt
	for _, c := range found[:min(len(found), maxBackward)] {
		seq, logp := g.attach(c.keys, c.logp)
		out = append(out, prompt{keys: seq, logp: logp, back: true, keyLen: len(seq) - len(keys)})
	}
	return out
}

// maxAttach caps the tokens attach adds before a key.
const maxAttach = 4

// attach completes a key that is the tail of a longer one, written with
// no space before it ("32" of "TH-32", "1" of "x1"): it adds the held
// tokens before it, the most probable first, while the key's first token
// is joined to the one before it.
func (g *Generator) attach(seq []string, logp float64) ([]string, float64) {
	m := g.m
	for range maxAttach {
		first := seq[0]
		if strings.HasPrefix(first, " ") || !joins(first) {
			return seq, logp
		}
		var best []string
		bestLogp := math.Inf(-1)
		for _, p := range g.preds.before(int(m.ids[first])) {
			pk := m.vocab[p]
			if !joins(pk) {
				continue
			}
			cand := append([]string{pk}, seq...)
			if lp, ok := g.heldLogp(cand); ok && lp > bestLogp {
				best, bestLogp = cand, lp
			}
		}
		if best == nil {
			return seq, logp
		}
		seq, logp = best, bestLogp
	}
	return seq, logp
}

// joins reports whether a token can be part of a code written as one
// word: a word, or a hyphen, underscore, dot or slash.
func joins(key string) bool {
	body := strings.TrimPrefix(key, " ")
	return english.IsWord(body) || body == "-" || body == "_" || body == "." || body == "/"
}

// heldContext reports whether the model holds the first tokens of seq,
// as many as a context may hold, as a context.
func (g *Generator) heldContext(seq []string) bool {
	n := min(len(seq), g.m.hdr.Order-1)
	hist := make([]uint64, n)
	for i := range hist {
		hist[i] = tokHash(seq[i])
	}
	ms := g.m.matches(hist)
	return len(ms) > 0 && ms[len(ms)-1].k == n
}

// isKey reports whether a token can be a record's key before the subject:
// a word the question does not hold and that is not a stop word.
func (g *Generator) isKey(q *question, key string) bool {
	body := strings.TrimPrefix(key, " ")
	c := classify(body)
	return c.word && !english.IsStopword(strings.ToLower(body)) && !q.mentions(c.stem)
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
