package lossy

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
)

// ErrBudgetTooSmall is returned when not even an empty model fits the budget.
var ErrBudgetTooSmall = errors.New("lossy: budget too small for a model header")

// ctxBytes is the estimated serialized cost of one context (fingerprint
// delta and entry count), shared by the entries kept in it.
const ctxBytes = 4

// cand is one prunable unit: a vocabulary word (order 0) or an n-gram of a
// level, with what it is worth per byte.
type cand struct {
	score float64
	order int
	u     uint32
}

// scored is the full model with every entry's worth, ready to prune.
type scored struct {
	c      *corpusData
	levels []*level
	ctxOf  [][]uint32 // per level and n-gram: index of its context group
	nctx   []int
	cost   [][]float64 // per level and n-gram: estimated bytes
	cands  []cand
}

// scoreAll prices every entry Stolcke-style: the bits it saves on the
// training text (count × log of its probability over its backoff's) per
// byte it costs. Rare and long-range n-grams that their shorter context
// already predicts are worth least and go first.
func scoreAll(c *corpusData, levels []*level) *scored {
	s := &scored{c: c, levels: levels, ctxOf: make([][]uint32, len(levels)),
		nctx: make([]int, len(levels)), cost: make([][]float64, len(levels))}
	v := float64(len(c.keys))
	n := float64(len(c.toks))
	pNew := (v + 1) / (n + v + 1)
	low := make([]float64, len(c.keys))
	for w, cnt := range c.uni {
		low[w] = float64(cnt) / (n + v + 1)
		gain := float64(cnt) * (math.Log2(low[w]/pNew) + 8*float64(len(c.keys[w])))
		s.cands = append(s.cands, cand{score: gain / float64(len(c.keys[w])+1+uvarintLen(uint64(cnt))), u: uint32(w)})
	}
	for k := 1; k < len(levels); k++ {
		low = s.scoreLevel(k, low)
	}
	slices.SortFunc(s.cands, func(a, b cand) int {
		switch {
		case a.score > b.score:
			return -1
		case a.score < b.score:
			return 1
		case a.order != b.order:
			return a.order - b.order
		}
		return int(a.u) - int(b.u)
	})
	return s
}

// scoreLevel scores the n-grams of level k given the probabilities of level
// k-1 (indexed by n-gram, or by token for k = 1) and returns its own.
func (s *scored) scoreLevel(k int, lower []float64) []float64 {
	l := s.levels[k]
	prob := make([]float64, len(l.keys))
	s.ctxOf[k] = make([]uint32, len(l.keys))
	s.cost[k] = make([]float64, len(l.keys))
	for lo := 0; lo < len(l.keys); {
		hi, total := lo, 0.0
		for hi < len(l.keys) && l.keys[hi]>>32 == l.keys[lo]>>32 {
			total += float64(l.cnt[hi])
			hi++
		}
		types := float64(hi - lo)
		for u := lo; u < hi; u++ {
			pl := s.lowerProb(k, u, lower)
			prob[u] = (float64(l.cnt[u]) + types*pl) / (total + types)
			gain := float64(l.cnt[u]) * math.Log2(prob[u]/pl)
			cost := 1 + float64(uvarintLen(uint64(l.cnt[u]-1))) + ctxBytes/types
			s.ctxOf[k][u] = uint32(s.nctx[k])
			s.cost[k][u] = cost
			s.cands = append(s.cands, cand{score: gain / cost, order: k, u: uint32(u)})
		}
		s.nctx[k]++
		lo = hi
	}
	return prob
}

// lowerProb is the backoff probability of n-gram u of level k.
func (s *scored) lowerProb(k, u int, lower []float64) float64 {
	pos := s.levels[k].rep[u]
	if k == 1 {
		return lower[s.c.toks[pos]]
	}
	return lower[s.levels[k-1].uidx[pos]]
}

// selection marks what a pruned model keeps.
type selection struct {
	word []bool
	keep [][]bool
}

// cumulative returns, for each prefix of the ranked candidates, the
// estimated serialized size of a model keeping it (the words its n-grams
// predict are kept along with them).
func (s *scored) cumulative() []float64 {
	word := make([]bool, len(s.c.keys))
	ctx := make([][]bool, len(s.levels))
	for k := 1; k < len(s.levels); k++ {
		ctx[k] = make([]bool, s.nctx[k])
	}
	est := make([]float64, len(s.cands))
	sum := 0.0
	addWord := func(w uint32) {
		if !word[w] {
			word[w] = true
			sum += float64(len(s.c.keys[w]) + 1 + uvarintLen(uint64(s.c.uni[w])))
		}
	}
	for i, cd := range s.cands {
		if cd.order == 0 {
			addWord(cd.u)
		} else {
			l := s.levels[cd.order]
			addWord(uint32(l.keys[cd.u]))
			sum += s.cost[cd.order][cd.u]
			if g := s.ctxOf[cd.order][cd.u]; !ctx[cd.order][g] {
				ctx[cd.order][g] = true
				sum += ctxBytes
			}
		}
		est[i] = sum
	}
	return est
}

// take selects the n best candidates.
func (s *scored) take(n int) selection {
	sel := selection{word: make([]bool, len(s.c.keys)), keep: make([][]bool, len(s.levels))}
	for k := 1; k < len(s.levels); k++ {
		sel.keep[k] = make([]bool, len(s.levels[k].keys))
	}
	for _, cd := range s.cands[:n] {
		if cd.order == 0 {
			sel.word[cd.u] = true
			continue
		}
		sel.keep[cd.order][cd.u] = true
		sel.word[uint32(s.levels[cd.order].keys[cd.u])] = true
	}
	return sel
}

// prune keeps the most valuable entries that fit the budget, serializes
// them and measures the result on the training text.
func prune(ctx context.Context, c *corpusData, levels []*level, hdr header) (*Model, error) {
	s := scoreAll(c, levels)
	est := s.cumulative()
	target := float64(hdr.Budget) - headerSize
	var raw []byte
	for {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("lossy: train: %w", err)
		}
		n := sort.Search(len(est), func(i int) bool { return est[i] > target })
		raw = encode(hdr, c, levels, s.take(n))
		if int64(len(raw)) <= hdr.Budget {
			break
		}
		if n == 0 {
			return nil, fmt.Errorf("%w (%d bytes)", ErrBudgetTooSmall, hdr.Budget)
		}
		target -= float64(int64(len(raw))-hdr.Budget) + target/200 + 1
	}
	m, err := Unmarshal(raw)
	if err != nil {
		return nil, fmt.Errorf("lossy: train: %w", err)
	}
	m.hdr.BitsPerByte = bitsPerByte(m, c)
	m.raw = patchBitsPerByte(m.raw, m.hdr.BitsPerByte)
	return m, nil
}

// bitsPerByte is the model's cross-entropy on the training text, unknown
// tokens spelled out at 8 bits a byte.
func bitsPerByte(m *Model, c *corpusData) float64 {
	toModel := make([]int, len(c.keys))
	for w, key := range c.keys {
		toModel[w] = -1
		if id, ok := m.ids[key]; ok {
			toModel[w] = int(id)
		}
	}
	bits := 0.0
	pNew := -math.Log2(m.newWordProb())
	hist := make([]uint64, 0, m.hdr.Order)
	for i, w := range c.toks {
		if id := toModel[w]; id >= 0 {
			a := min(int(c.avail[i]), m.hdr.Order-1)
			hist = hist[:0]
			for j := i - a; j < i; j++ {
				hist = append(hist, c.hash[c.toks[j]])
			}
			bits -= math.Log2(m.prob(m.matches(hist), id))
		} else {
			bits += pNew + 8*float64(len(c.keys[w]))
		}
	}
	return bits / float64(max(c.bytes, 1))
}
