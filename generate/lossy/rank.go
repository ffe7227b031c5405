package lossy

import "math"

// rankKey maps a score to an unsigned key that sorts best
// first: a higher score gets a lower key, -0 ranks with +0.
func rankKey(f float64) uint64 {
	if f == 0 {
		f = 0
	}
	b := math.Float64bits(f)
	if b>>63 != 0 {
		b = ^b
	} else {
		b |= 1 << 63
	}
	return ^b
}

// cut finds the candidates a model of about target bytes can keep
// without ranking them all. Ranking every candidate would cost a scratch
// copy of them all (and the cumulative sizes of them all), though a
// budgeted model keeps a small share: so the n-grams are bucketed by the
// top 16 bits of their rank key, and the bytes each bucket's n-grams cost
// on their own are summed, which is at most what keeping them adds. The
// bucket whose running sum first exceeds target (last) holds the cut for
// any target up to this one (prune only lowers it): only the candidates
// of the buckets up to it are ranked.
//
// The sums only grow as the levels are scored, so last, taken over the
// levels scored so far, only moves to better buckets: an n-gram beyond
// it is beyond the final one too. Each level keeps the candidates within
// it as soon as it is scored, and no level's scores are held until the
// last is scored (8 bytes an n-gram, 32 MB on the 5.4 MB folder of
// bench/train.sh): while a level is scored, each n-gram's bucket is noted
// (2 bytes) and only the scores within the cut so far are kept. The sums
// are added in the order of (level, index), as over all scores at once,
// so the cut is the same to the last bit.
type cut struct {
	target float64
	sums   [1 << 16]float64
	last   uint64
}

func newCut(target float64) *cut {
	ct := &cut{target: target}
	ct.settle()
	return ct
}

// within reports whether a score's bucket is within the cut so far.
func (ct *cut) within(x float64) bool { return rankKey(x)>>48 <= ct.last }

// settle moves last to the bucket whose running sum first exceeds the
// target (the last bucket when none does).
func (ct *cut) settle() {
	acc := 0.0
	for b, x := range ct.sums {
		if acc += x; acc > ct.target {
			ct.last = uint64(b)
			return
		}
	}
	ct.last = uint64(len(ct.sums) - 1)
}

// takeNear adds the bytes of level k's n-grams (in context groups of
// types, in buckets of the cut bucket) to the cut, keeps those of shares
// within it as the level's candidates (in index order) and drops the
// candidates of the levels before that fall beyond it now.
func (s *scored) takeNear(k int, types []uint32, bucket []uint16, shares []nearShare) {
	ct := s.cut
	u := uint32(0)
	for _, n := range types {
		for end := u + n; u < end; u++ {
			ct.sums[bucket[u]] += s.cost(k, u, n)
		}
	}
	ct.settle()
	for j := 1; j < k; j++ {
		kept := s.near[j][:0]
		for _, cd := range s.near[j] {
			if ct.within(cd.score) {
				kept = append(kept, cd)
			}
		}
		s.near[j] = clipCands(kept)
	}
	n := 0
	for _, sh := range shares {
		for _, x := range sh.xs {
			if ct.within(x) {
				n++
			}
		}
	}
	near := make([]cand, 0, n)
	g, groupEnd := -1, uint32(0) // the context group of u, and where it ends
	for _, sh := range shares {
		for i, u := range sh.us {
			x := sh.xs[i]
			if !ct.within(x) {
				continue
			}
			for u >= groupEnd {
				g++
				groupEnd += types[g]
			}
			near = append(near, mkCand(x, k, u, uint32(g), types[g]))
		}
	}
	s.near[k] = near
}

// clipCands copies candidates that use well under their slice's capacity
// into one of their own size, so that the rest can be collected.
func clipCands(cs []cand) []cand {
	if cap(cs) > 2*len(cs) {
		return append([]cand(nil), cs...)
	}
	return cs
}

// rankTop ranks the candidates within the cut (the words' and those
// takeNear kept of each level), best first, into s.cands. They are
// gathered in the order of (level, index), which the stable sort keeps
// as the tie-break.
func (s *scored) rankTop() {
	ct := s.cut
	n := 0
	for _, x := range s.wordScore {
		if ct.within(x) {
			n++
		}
	}
	for _, near := range s.near {
		for _, cd := range near {
			if ct.within(cd.score) {
				n++
			}
		}
	}
	s.cands = make([]cand, 0, n)
	for u, x := range s.wordScore {
		if ct.within(x) {
			s.cands = append(s.cands, mkCand(x, 0, uint32(u), 0, 0))
		}
	}
	s.wordScore = nil
	for k, near := range s.near {
		for _, cd := range near {
			if ct.within(cd.score) {
				s.cands = append(s.cands, cd)
			}
		}
		s.near[k] = nil
	}
	sortCands(s.cands)
}
