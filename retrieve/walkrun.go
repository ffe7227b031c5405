package retrieve

import (
	"container/heap"
	"context"
	"math"
	"slices"
)

// The walk skips what cannot make the top k (MaxScore, Turtle and Flood
// 1995). Each cursor has a bound on its field score, its term's IDF times
// the largest BM25 saturation any of its postings reaches (satBounds); a
// passage's score is bounded by the query tree's score with every term it
// may hold at its bound. Once k passages are held, the passages that hold
// only the terms of the smallest bounds — the longest such set whose
// bound, with the title and section clauses' bound, is below the k-th
// score — cannot enter: those terms' cursors stop driving the walk and
// are only advanced to the passages the others find. And a passage whose
// bound (its terms' actual scores, the non-driving ones at their bounds)
// is below the k-th score is passed without the rest. Bounds carry a
// relative margin of boundMargin over the computed score, for the
// rounding of sums in another order.
const boundMargin = 1e-9

// run walks the postings and returns the k best passages, best first
// (of equal scores, the smaller passage ID, which ids reads, first).
func (wq *walkQuery) run(ctx context.Context, k int, ids func(doc uint64) (string, error)) ([]walkHit, error) {
	for _, c := range wq.cursors {
		if err := c.next(); err != nil {
			return nil, err
		}
	}
	w := newWalk(wq, k)
	w.best.ids = ids
	for n := 0; len(w.drive) > 0; n++ {
		if n%4096 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if err := w.step(); err != nil {
			return nil, err
		}
	}
	out := make([]walkHit, w.best.Len())
	for i := len(out) - 1; i >= 0; i-- {
		out[i] = heap.Pop(&w.best).(walkHit)
	}
	return out, w.best.err
}

// walk is the state of one run.
type walk struct {
	wq      *walkQuery
	k       int
	fs      []float64     // field scores of the passage being scored, by cursor
	ub      []float64     // field score bounds, by cursor
	order   []*walkCursor // text cursors, smallest bound first
	skipped int           // order[:skipped] do not drive
	drive   cursorHeap    // the driving cursors not at their end: order[skipped:], title and section
	best    topK
	matched []*walkCursor
	termBuf []string // holds the best hits' terms (see terms)
}

func newWalk(wq *walkQuery, k int) *walk {
	w := &walk{wq: wq, k: k, fs: make([]float64, len(wq.cursors)), ub: make([]float64, len(wq.cursors)), best: topK{hits: make([]walkHit, 0, k)}}
	for _, c := range wq.cursors {
		w.ub[c.i] = c.idf * c.maxFactor
	}
	own := make([]float64, len(wq.cursors)) // each text cursor's bound over all its clauses
	for _, g := range append([]walkGroup{wq.words}, wq.all...) {
		for _, cl := range g.clauses {
			own[cl.cur] += termScore(w.ub[cl.cur], cl.weight)
		}
	}
	for _, c := range wq.cursors {
		if c.text {
			w.order = append(w.order, c)
		}
	}
	slices.SortStableFunc(w.order, func(a, b *walkCursor) int {
		switch {
		case own[a.i] < own[b.i]:
			return -1
		case own[a.i] > own[b.i]:
			return 1
		}
		return 0
	})
	w.rebuild()
	return w
}

// rebuild makes the driving heap.
func (w *walk) rebuild() {
	w.drive = w.drive[:0]
	for _, c := range w.wq.cursors {
		if c.doc != math.MaxUint64 && (!c.text || slices.Index(w.order, c) >= w.skipped) {
			w.drive = append(w.drive, c)
		}
	}
	heap.Init(&w.drive)
}

// threshold is the k-th best score, or -Inf while fewer than k are held.
func (w *walk) threshold() float64 {
	if w.best.Len() < w.k || w.k == 0 {
		return math.Inf(-1)
	}
	return w.best.hits[0].score
}

// step scores the next passage a driving cursor holds, if it may enter
// the k best.
func (w *walk) step() error {
	doc := w.drive[0].doc
	w.matched = w.matched[:0]
	for len(w.drive) > 0 && w.drive[0].doc == doc {
		c := w.drive[0]
		c.hit, w.fs[c.i] = true, c.score()
		w.matched = append(w.matched, c)
		if err := c.next(); err != nil {
			return err
		}
		if c.doc == math.MaxUint64 {
			heap.Pop(&w.drive)
		} else {
			heap.Fix(&w.drive, 0)
		}
	}
	defer w.clear()
	if w.skipped > 0 && w.bound() < w.threshold() {
		return nil
	}
	for _, c := range w.order[:w.skipped] {
		if c.doc < doc {
			if err := c.advance(doc); err != nil {
				return err
			}
		}
		if c.doc == doc {
			c.hit, w.fs[c.i] = true, c.score()
			w.matched = append(w.matched, c)
		}
	}
	if !slices.ContainsFunc(w.matched, func(c *walkCursor) bool { return c.text }) {
		return nil // a title or section match alone
	}
	s := w.wq.score(w.fs)
	var id string
	switch {
	case w.best.Len() < w.k:
		heap.Push(&w.best, walkHit{doc: doc, score: s, terms: w.terms()})
	case w.k > 0 && w.best.beats(doc, s, &id):
		w.best.hits[0] = walkHit{doc: doc, score: s, terms: w.terms(), id: id}
		heap.Fix(&w.best, 0)
	default:
		return nil
	}
	w.skip()
	return nil
}

// terms lists the text terms of the passage's matched cursors, in
// termBuf: one allocation for many passages that enter the k best (the
// slices handed out are never written again; when termBuf grows, they
// stay in its old array).
func (w *walk) terms() []string {
	start := len(w.termBuf)
	for _, c := range w.matched {
		if c.text {
			w.termBuf = append(w.termBuf, c.term)
		}
	}
	return w.termBuf[start:len(w.termBuf):len(w.termBuf)]
}

// clear unmarks the passage's matched cursors.
func (w *walk) clear() {
	for _, c := range w.matched {
		c.hit = false
	}
}

// bound bounds the score of the passage being scored: its matched
// driving cursors' actual scores, every non-driving cursor at its bound.
func (w *walk) bound() float64 {
	marked := w.order[:w.skipped]
	for _, c := range marked {
		c.hit, w.fs[c.i] = true, w.ub[c.i]
	}
	b := w.wq.boundScore(w.fs)
	for _, c := range marked {
		c.hit = false
	}
	return b * (1 + boundMargin)
}

// skip grows the non-driving prefix of order as far as the k-th score
// allows: while a passage holding only its cursors' terms (each at its
// bound; no title or section match, whose cursors always drive) scores
// below it.
func (w *walk) skip() {
	theta := w.threshold()
	if math.IsInf(theta, -1) {
		return
	}
	w.clear()
	defer func() {
		for _, c := range w.matched {
			c.hit = true
		}
	}()
	n := w.skipped
	for n < len(w.order) {
		for _, c := range w.order[:n+1] {
			c.hit, w.fs[c.i] = true, w.ub[c.i]
		}
		b := w.wq.mainScore(w.fs) * (1 + boundMargin)
		for _, c := range w.order[:n+1] {
			c.hit = false
		}
		if b >= theta {
			break
		}
		n++
	}
	if n != w.skipped {
		w.skipped = n
		w.rebuild()
	}
}
