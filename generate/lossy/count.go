package lossy

import (
	"slices"
	"sync"
)

// buildRecs appends to recs the record of every corpus position in
// [lo, hi) with at least k tokens before it in its passage, in position
// order; each worker hashes a contiguous share of the range into its
// slots. recs grows to at most hi-lo records.
func buildRecs(c *corpusData, k, lo, hi int, recs []rec, workers int) []rec {
	n := hi - lo
	counts := make([]int, workers+1)
	parallel(workers, func(w int) {
		for i := lo + n*w/workers; i < lo+n*(w+1)/workers; i++ {
			if int(c.avail[i]) >= k {
				counts[w+1]++
			}
		}
	})
	for w := 1; w <= workers; w++ {
		counts[w] += counts[w-1]
	}
	if cap(recs) < counts[workers] {
		recs = make([]rec, 0, n)
	}
	recs = recs[:counts[workers]]
	parallel(workers, func(w int) {
		j := counts[w]
		for i := lo + n*w/workers; i < lo+n*(w+1)/workers; i++ {
			if int(c.avail[i]) < k {
				continue
			}
			recs[j] = rec{fp: fingerprint(ctxHash(c, i, k), k), id: c.toks[i], pos: uint32(i)}
			j++
		}
	})
	return recs
}

// ctxHash is the hash of the k tokens before corpus position i.
func ctxHash(c *corpusData, i, k int) uint64 {
	h := uint64(0)
	for d := 1; d <= k; d++ {
		h = mix(h, c.hash[c.toks[i-d]])
	}
	return h
}

// levelOf gathers the distinct n-grams of sorted records of context
// length k, each of workers cores taking a share of the records that
// starts at a new key. With index > 0 (the corpus's tokens) it also
// indexes every position's n-gram (level.uidx).
func levelOf(k int, recs []rec, workers int, index int) *level {
	bounds := make([]int, workers+1)
	for w := 1; w < workers; w++ {
		i := max(len(recs)*w/workers, bounds[w-1])
		for i > 0 && i < len(recs) && recs[i].key() == recs[i-1].key() {
			i++
		}
		bounds[w] = i
	}
	bounds[workers] = len(recs)
	first := make([]int, workers+1) // per share: index of its first n-gram
	parallel(workers, func(w int) {
		for i := bounds[w]; i < bounds[w+1]; i++ {
			if i == 0 || recs[i].key() != recs[i-1].key() {
				first[w+1]++
			}
		}
	})
	for w := 1; w <= workers; w++ {
		first[w] += first[w-1]
	}
	distinct := first[workers]
	l := &level{k: k, keys: make([]uint64, distinct), cnt: make([]uint32, distinct), rep: make([]uint32, distinct)}
	if index > 0 {
		l.uidx = make([]uint32, index)
	}
	parallel(workers, func(w int) {
		u := first[w] - 1
		for i := bounds[w]; i < bounds[w+1]; i++ {
			r := recs[i]
			if i == 0 || r.key() != recs[i-1].key() {
				u++
				l.keys[u], l.rep[u] = r.key(), r.pos
			}
			l.cnt[u]++
			if l.uidx != nil {
				l.uidx[r.pos] = uint32(u)
			}
		}
	})
	return l
}

// parallel runs fn(0..workers-1) on goroutines and waits for them.
func parallel(workers int, fn func(w int)) {
	if workers == 1 {
		fn(0)
		return
	}
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fn(w)
		}()
	}
	wg.Wait()
}

// radixSort sorts records by key, 16 bits at a time, stably, with tmp as
// scratch, on workers cores: each counts and then scatters a contiguous
// share, into slots after those of the shares before it, which keeps the
// sort stable. It returns the sorted records and the scratch (either may
// be the other's buffer: a digit every key shares is skipped).
func radixSort(recs, tmp []rec, workers int) (sorted, scratch []rec) {
	if len(recs) < 1<<12 {
		slices.SortStableFunc(recs, func(a, b rec) int {
			switch {
			case a.key() < b.key():
				return -1
			case a.key() > b.key():
				return 1
			}
			return 0
		})
		return recs, tmp
	}
	if cap(tmp) < len(recs) {
		tmp = make([]rec, len(recs), max(len(recs), cap(recs)))
	}
	src, dst := recs, tmp[:len(recs)]
	counts := make([][1 << 16]int, workers)
	share := func(w int) (int, int) { return len(src) * w / workers, len(src) * (w + 1) / workers }
	for shift := uint(0); shift < 64; shift += 16 {
		parallel(workers, func(w int) {
			cw := &counts[w]
			clear(cw[:])
			lo, hi := share(w)
			for _, r := range src[lo:hi] {
				cw[(r.key()>>shift)&0xffff]++
			}
		})
		first := (src[0].key() >> shift) & 0xffff
		total := 0
		for w := range counts {
			total += counts[w][first]
		}
		if total == len(src) {
			continue
		}
		sum := 0
		for b := range 1 << 16 {
			for w := range counts {
				n := counts[w][b]
				counts[w][b] = sum
				sum += n
			}
		}
		parallel(workers, func(w int) {
			cw := &counts[w]
			lo, hi := share(w)
			for _, r := range src[lo:hi] {
				b := (r.key() >> shift) & 0xffff
				dst[cw[b]] = r
				cw[b]++
			}
		})
		src, dst = dst, src
	}
	return src, dst[:0]
}
