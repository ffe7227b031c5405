package lossy

import "math"

// rankKey maps a candidate's score to an unsigned key that sorts best
// first: a higher score gets a lower key, -0 ranks with +0.
func rankKey(c cand) uint64 {
	f := c.score
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
// best first, and drops the rest. Ranking every candidate would cost a
// scratch copy of them all (and the cumulative sizes of them all), though
// a budgeted model keeps a small share: so a first pass buckets the
// candidates by the top 16 bits of their rank key and sums the bytes each
// bucket's n-grams cost on their own, which is at most what keeping them
// adds. The buckets whose running sum first exceeds target hold the cut
// for any target up to this one (prune only lowers it), and only their
// candidates are sorted, in the order of the full ranking (the sort is
// stable and candidates keep their order).
func (s *scored) rankTop(target float64) {
	var sums [1 << 16]float64
	for _, cd := range s.cands {
		if k := cd.order(); k > 0 {
			sums[rankKey(cd)>>48] += s.cost(k, cd.u())
		}
	}
	last, acc := len(sums)-1, 0.0
	for b, x := range sums {
		if acc += x; acc > target {
			last = b
			break
		}
	}
	if last < len(sums)-1 {
		n := 0
		for _, cd := range s.cands {
			if rankKey(cd)>>48 <= uint64(last) {
				n++
			}
		}
		top := make([]cand, 0, n)
		for _, cd := range s.cands {
			if rankKey(cd)>>48 <= uint64(last) {
				top = append(top, cd)
			}
		}
		s.cands = top
	}
	sortCands(s.cands)
}
