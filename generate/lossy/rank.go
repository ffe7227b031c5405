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

// rankTop ranks the candidates a model of about target bytes can keep,
// best first, into s.cands, and drops the scores. Ranking every candidate
// would cost a scratch copy of them all (and the cumulative sizes of them
// all), though a budgeted model keeps a small share: so a first pass
// buckets the candidates by the top 16 bits of their rank key and sums the
// bytes each bucket's n-grams cost on their own, which is at most what
// keeping them adds. The buckets whose running sum first exceeds target
// hold the cut for any target up to this one (prune only lowers it), and
// only their candidates are sorted. They are gathered in the order of
// (order, index), which the stable sort keeps as the tie-break.
func (s *scored) rankTop(target float64) {
	var sums [1 << 16]float64
	for k := 1; k < len(s.score); k++ {
		u, xs := uint32(0), s.score[k]
		for g, n := range s.types[k] {
			for end := u + n; u < end; u++ {
				sums[rankKey(xs[u])>>48] += s.cost(k, u, uint32(g))
			}
		}
	}
	last, acc := uint64(len(sums)-1), 0.0
	for b, x := range sums {
		if acc += x; acc > target {
			last = uint64(b)
			break
		}
	}
	n := 0
	for _, xs := range s.score {
		for _, x := range xs {
			if rankKey(x)>>48 <= last {
				n++
			}
		}
	}
	s.cands = make([]cand, 0, n)
	for u, x := range s.score[0] {
		if rankKey(x)>>48 <= last {
			s.cands = append(s.cands, mkCand(x, 0, uint32(u), 0))
		}
	}
	s.score[0] = nil
	for k := 1; k < len(s.score); k++ {
		u, xs := uint32(0), s.score[k]
		for g, n := range s.types[k] {
			for end := u + n; u < end; u++ {
				if x := xs[u]; rankKey(x)>>48 <= last {
					s.cands = append(s.cands, mkCand(x, k, u, uint32(g)))
				}
			}
		}
		s.score[k] = nil
	}
	sortCands(s.cands)
}
