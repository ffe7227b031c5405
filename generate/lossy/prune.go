package lossy

import (
	"context"
	"errors"
	"fmt"
	"math"
	"runtime"
	"sort"
	"sync"
)

// ErrCorpusTooLarge is returned for a corpus with more distinct n-grams
// than training can index (2^28, from several GB of text).
var ErrCorpusTooLarge = errors.New("lossy: corpus too large to train on")

// ErrBudgetTooSmall is returned when not even an empty model fits the budget.
var ErrBudgetTooSmall = errors.New("lossy: budget too small for a model header")

// ctxBytes is the estimated serialized cost of one context (fingerprint
// delta and entry count), shared by the entries kept in it.
const ctxBytes = 4

// cand is one prunable unit: a vocabulary word (order 0) or an n-gram of a
// level, with what it is worth per byte. ref packs the order (top 4 bits)
// and the index u (low 28 bits); grp is the index of an n-gram's context
// group in its level, and types the number of n-grams in that group.
type cand struct {
	score float64
	ref   uint32
	grp   uint32
	types uint32
}

const candOrderShift = 28

func mkCand(score float64, order int, u, grp, types uint32) cand {
	return cand{score: score, ref: uint32(order)<<candOrderShift | u, grp: grp, types: types}
}

func (c cand) order() int { return int(c.ref >> candOrderShift) }
func (c cand) u() uint32  { return c.ref & (1<<candOrderShift - 1) }

// scored is the full model with every entry's worth, ready to prune.
type scored struct {
	c      *corpusData
	levels []*level
	// groups holds per level its number of context groups (the n-grams
	// of one context, in key order).
	groups []int
	// wordScore holds per word its worth per byte, until rankTop turns
	// the best into cands, ranked.
	wordScore []float64
	// near holds per level (from 1) the candidates that may fall within
	// the cut, in index order, until rankTop ranks them (see cut).
	near   [][]cand
	cut    *cut
	cands  []cand
	boosts [][]float32 // per level and entry: its priority weight; nil for none
	uniP   []float64   // per word: its probability
}

// boost is the priority weight of entry u of level k (1 without priorities).
func (s *scored) boost(k int, u uint32) float64 {
	if s.boosts == nil {
		return 1
	}
	return float64(s.boosts[k][u])
}

// cost is the estimated serialized bytes of n-gram u of level k, in a
// context group of n n-grams, its share of its context's bytes included.
func (s *scored) cost(k int, u, n uint32) float64 {
	types := float64(n)
	return 1 + float64(uvarintLen(uint64(s.levels[k].cnt[u]-1))) + ctxBytes/types
}

// scoreAll prices every entry Stolcke-style: the bits it saves on the
// training text (count × log of its probability over its backoff's) per
// byte it costs. Rare and long-range n-grams that their shorter context
// already predicts are worth least and go first. A level's positions and
// position index are dropped once used, and its scores once the n-grams
// that may fall within a model of target bytes are taken from them (see
// cut), so memory shrinks as scoring goes.
func scoreAll(c *corpusData, levels []*level, boosts [][]float32, target float64) (*scored, error) {
	n := len(c.keys)
	for k := 1; k < len(levels); k++ {
		n += len(levels[k].keys)
	}
	if n >= 1<<candOrderShift || len(levels) > 1<<(32-candOrderShift) {
		return nil, fmt.Errorf("%w: %d distinct n-grams, at most %d can be scored", ErrCorpusTooLarge, n, 1<<candOrderShift-1)
	}
	s := &scored{c: c, levels: levels, groups: make([]int, len(levels)),
		near: make([][]cand, len(levels)), cut: newCut(target), boosts: boosts}
	v := float64(len(c.keys))
	nt := float64(len(c.toks))
	pNew := (v + 1) / (nt + v + 1)
	low := make([]float64, len(c.keys))
	s.wordScore = make([]float64, len(c.keys))
	for w, cnt := range c.uni {
		low[w] = float64(cnt) / (nt + v + 1)
		gain := s.boost(0, uint32(w)) * float64(cnt) * (math.Log2(low[w]/pNew) + 8*float64(len(c.keys[w])))
		s.wordScore[w] = gain / float64(len(c.keys[w])+1+uvarintLen(uint64(cnt)))
	}
	s.uniP = low
	most := 0
	for k := 1; k < len(levels); k++ {
		most = max(most, len(levels[k].keys))
	}
	bucket := make([]uint16, most) // one level's buckets of the cut at a time
	for k := 1; k < len(levels); k++ {
		b := bucket[:len(levels[k].keys)]
		var types []uint32
		var shares []nearShare
		low, types, shares = s.scoreLevel(k, low, b)
		levels[k].rep, levels[k].low = nil, nil // only its own scoring reads them
		s.takeNear(k, types, b, shares)
	}
	// Candidates were appended by (order, u); rankTop's stable sort by
	// score, best first, keeps that as the tie-break.
	return s, nil
}

// sortCands sorts candidates by descending score, stably, by radix on the
// score's bits mapped to an order-preserving unsigned key.
func sortCands(cs []cand) {
	if len(cs) < 2 {
		return
	}
	key := func(c cand) uint64 { return rankKey(c.score) }
	tmp := make([]cand, len(cs))
	src, dst := cs, tmp
	var counts [1 << 16]int
	for shift := uint(0); shift < 64; shift += 16 {
		clear(counts[:])
		for _, c := range src {
			counts[(key(c)>>shift)&0xffff]++
		}
		if counts[(key(src[0])>>shift)&0xffff] == len(src) {
			continue // every key has the same digit: nothing to move
		}
		sum := 0
		for i, n := range counts {
			counts[i] = sum
			sum += n
		}
		for _, c := range src {
			b := (key(c) >> shift) & 0xffff
			dst[counts[b]] = c
			counts[b]++
		}
		src, dst = dst, src
	}
	if &src[0] != &cs[0] {
		copy(cs, src)
	}
}

// nearShare is what a core keeps of its share of a level's n-grams: the
// indexes and scores of those within the cut so far, in index order.
type nearShare struct {
	us []uint32
	xs []float64
}

// scoreLevel scores the n-grams of level k given the probabilities of
// level k-1 (indexed by n-gram, or by token for k = 1) and returns its own
// (nil for the top level, which nothing backs off to), the sizes of its
// context groups and, per core, the n-grams within the cut so far with
// their scores; bucket gets each n-gram's bucket of the cut (see cut).
// The context groups are found first; then each core scores a share of
// them.
func (s *scored) scoreLevel(k int, lower []float64, bucket []uint16) (prob []float64, types []uint32, shares []nearShare) {
	l := s.levels[k]
	if k < len(s.levels)-1 {
		prob = make([]float64, len(l.keys))
	}
	for lo := 0; lo < len(l.keys); {
		hi := lo + 1
		for hi < len(l.keys) && l.keys[hi]>>32 == l.keys[lo]>>32 {
			hi++
		}
		types = append(types, uint32(hi-lo))
		lo = hi
	}
	s.groups[k] = len(types)
	prev := s.cut.last
	// score scores the context groups of [lo, hi). The backoff
	// probabilities of a block of n-grams are gathered first, in a loop of
	// independent random reads (the corpus position, its lower n-gram,
	// that one's probability) that the processor overlaps, which it
	// cannot do between the logarithms of the scoring loop.
	score := func(lo, hi int, sh *nearShare) {
		const block = 1 << 10
		pls := make([]float64, 0, block)
		base := lo
		for lo < hi {
			end := lo
			for end < hi && l.keys[end]>>32 == l.keys[lo]>>32 {
				end++
			}
			if end > base+len(pls) {
				base, pls = lo, pls[:0]
				for u := lo; u < max(end, min(lo+block, hi)); u++ {
					pls = append(pls, s.lowerProb(k, u, lower))
				}
			}
			total := 0.0
			for u := lo; u < end; u++ {
				total += float64(l.cnt[u])
			}
			nt := float64(end - lo)
			for u := lo; u < end; u++ {
				pl := pls[u-base]
				p := (float64(l.cnt[u]) + nt*pl) / (total + nt)
				if prob != nil {
					prob[u] = p
				}
				gain := s.boost(k, uint32(u)) * float64(l.cnt[u]) * math.Log2(p/pl)
				cost := 1 + float64(uvarintLen(uint64(l.cnt[u]-1))) + ctxBytes/nt
				x := gain / cost
				b := rankKey(x) >> 48
				bucket[u] = uint16(b)
				if b <= prev {
					sh.us, sh.xs = append(sh.us, uint32(u)), append(sh.xs, x)
				}
			}
			lo = end
		}
	}
	workers := max(1, min(runtime.GOMAXPROCS(0), len(l.keys)/(1<<14)))
	shares = make([]nearShare, workers)
	var wg sync.WaitGroup
	start := 0
	for w := range workers {
		end := len(l.keys) * (w + 1) / workers
		for end < len(l.keys) && end > 0 && l.keys[end]>>32 == l.keys[end-1]>>32 {
			end++ // a context's n-grams stay with one worker
		}
		if end <= start {
			continue
		}
		wg.Add(1)
		go func(lo, hi int) {
			defer wg.Done()
			score(lo, hi, &shares[w])
		}(start, end)
		start = end
	}
	wg.Wait()
	return prob, types, shares
}

// lowerProb is the backoff probability of n-gram u of level k.
func (s *scored) lowerProb(k, u int, lower []float64) float64 {
	l := s.levels[k]
	tok := uint32(l.keys[u]) // the n-gram's next token
	if k == 1 {
		return lower[tok]
	}
	if l.low != nil {
		if j := l.low[u]; j != noLow {
			return lower[j]
		}
		return s.uniP[tok]
	}
	pos := l.rep[u]
	key := uint64(fingerprint(ctxHash(s.c, int(pos), k-1), k-1))<<32 | uint64(tok)
	if j, ok := s.levels[k-1].find(key); ok {
		return lower[j]
	}
	// Dropped by the count threshold: only a fingerprint collision, which
	// merges contexts, lets an n-gram outcount its backoff.
	return s.uniP[tok]
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
		ctx[k] = make([]bool, s.groups[k])
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
		k, u := cd.order(), cd.u()
		if k == 0 {
			addWord(u)
		} else {
			l := s.levels[k]
			addWord(uint32(l.keys[u]))
			sum += s.cost(k, u, cd.types)
			if g := cd.grp; !ctx[k][g] {
				ctx[k][g] = true
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
		k, u := cd.order(), cd.u()
		if k == 0 {
			sel.word[u] = true
			continue
		}
		sel.keep[k][u] = true
		sel.word[uint32(s.levels[k].keys[u])] = true
	}
	return sel
}

// prune keeps the most valuable entries that fit the budget, serializes
// them and measures the result on the training text. boosts, when not nil,
// weights each entry's worth (see Priority).
func prune(ctx context.Context, c *corpusData, levels []*level, hdr header, boosts [][]float32) (*Model, error) {
	target := float64(hdr.Budget) - headerSize
	s, err := scoreAll(c, levels, boosts, target)
	if err != nil {
		return nil, err
	}
	s.rankTop()
	est := s.cumulative()
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
// tokens spelled out at 8 bits a byte. Each token's history stays within
// its passage, so any set of positions can be scored apart: the text is
// scored in one range per core. Past bitsSample tokens the model's part is
// estimated from a systematic sample, one block of bitsBlock tokens in
// every k, its bits scaled by the known tokens scored (scoring every token
// of a large folder costs more than counting them), while the unknown
// tokens, whose costs vary most, are counted in full.
func bitsPerByte(m *Model, c *corpusData) float64 {
	return bitsPerByteSampled(m, c, bitsSample)
}

const (
	bitsBlock  = 1 << 10 // tokens
	bitsSample = 1 << 22 // tokens scored at most, about (4M: 18 MB of text)
)

// bitsPerByteSampled is bitsPerByte scoring about sample tokens at most.
func bitsPerByteSampled(m *Model, c *corpusData, sample int) float64 {
	toModel := make([]int32, len(c.keys))
	for w, key := range c.keys {
		toModel[w] = -1
		if id, ok := m.ids[key]; ok {
			toModel[w] = int32(id)
		}
	}
	pNew := -math.Log2(m.newWordProb())
	n := c.originalToks() // the record view is not the text
	// spans[w] are the [lo, hi) ranges worker w scores: the whole text cut
	// in one range a worker, or the sampled blocks dealt out among them.
	var spans [][][2]int
	stride := (n + sample - 1) / sample
	sampled := stride > 1
	if !sampled {
		workers := max(1, min(runtime.GOMAXPROCS(0), n/(1<<14)))
		for w := range workers {
			spans = append(spans, [][2]int{{n * w / workers, n * (w + 1) / workers}})
		}
	} else {
		var blocks [][2]int
		for lo := 0; lo < n; lo += stride * bitsBlock {
			blocks = append(blocks, [2]int{lo, min(n, lo+bitsBlock)})
		}
		workers := max(1, min(runtime.GOMAXPROCS(0), len(blocks)))
		for w := range workers {
			spans = append(spans, blocks[len(blocks)*w/workers:len(blocks)*(w+1)/workers])
		}
	}
	part := make([]float64, len(spans))
	toks := make([]int, len(spans))
	var wg sync.WaitGroup
	for w, mine := range spans {
		wg.Add(1)
		go func() {
			defer wg.Done()
			bits := 0.0
			hist := make([]uint64, 0, m.hdr.Order)
			var ms []match
			for _, span := range mine {
				lo, hi := span[0], span[1]
				for i := lo; i < hi; i++ {
					tok := c.toks[i]
					if id := toModel[tok]; id >= 0 {
						toks[w]++
						a := min(int(c.avail[i]), m.hdr.Order-1)
						hist = hist[:0]
						for j := i - a; j < i; j++ {
							hist = append(hist, c.hash[c.toks[j]])
						}
						ms = m.appendMatches(ms[:0], hist)
						bits -= math.Log2(m.prob(ms, int(id)))
					} else if !sampled {
						bits += pNew + 8*float64(len(c.keys[tok]))
					}
				}
			}
			part[w] = bits
		}()
	}
	wg.Wait()
	bits, scored := 0.0, 0
	for w, b := range part {
		bits += b
		scored += toks[w]
	}
	if sampled {
		// The known tokens scored stand for all of them; the unknown ones,
		// spelled out, cost what their length says, a few of them much
		// (a long identifier, a run of digits): they are counted, not
		// sampled.
		known, spelled := 0, 0.0
		for _, tok := range c.toks[:n] {
			if toModel[tok] >= 0 {
				known++
			} else {
				spelled += pNew + 8*float64(len(c.keys[tok]))
			}
		}
		if scored > 0 {
			bits *= float64(known) / float64(scored)
		}
		bits += spelled
	}
	return bits / float64(max(c.bytes, 1))
}
