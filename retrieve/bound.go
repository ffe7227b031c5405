package retrieve

import (
	"fmt"
	"math"
	"sync"

	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search"
	bleveindex "github.com/blevesearch/bleve_index_api"
)

// Per-term score bounds. The planner (see makePlan) proves a gated
// query's top k by bounding what a passage outside the gate can score,
// and that passage's text clauses score at most boost·idf·queryNorm·idf
// times their BM25 saturation. maxSaturation bounds the saturation for any
// passage; but bleve takes the text field's average length as its
// dictionary size over the passages (about 1), so that bound is the
// saturation of a one-word passage, two to three times what a common
// word's best passage reaches on the 207k-file dictionary folder, and the
// proof rarely held. satBounds keeps each term's own largest saturation,
// read once from its postings in each index segment: segments never
// change once written (a deletion only masks postings, which can only
// lower the largest), so a segment's figure stands for as long as the
// segment is searched, and a new segment (an ingest) is read when a query
// first meets the term in it. Only the planner's common words are read
// this way: one walk of a list the full query would walk anyway.
type satBounds struct {
	mu   sync.Mutex
	segs map[uint64]map[boundKey]float64 // by segment id
}

// boundKey names a term's bound: its field, and the field's average
// length it was computed for (which moves as passages come and go).
type boundKey struct {
	field, term string
	avg         float64
}

// factor is the factor of bleve's score of a term counted freq times in a
// field of norm 1/√length beside the term's IDF: its BM25 saturation for
// a field of avg average length, or with avg 0 (a field without terms,
// which bleve scores by tf-idf) √freq·norm (see
// search/scorer.TermQueryScorer).
func factor(freq uint64, norm, avg float64) float64 {
	tf := math.Sqrt(float64(freq))
	if avg <= 0 {
		return tf * norm
	}
	k1, b := search.BM25_k1, search.BM25_b
	length := 1 / (norm * norm)
	return tf * k1 / (tf + k1*(1-b+b*length/avg))
}

// fallbackFactor bounds factor for any passage, with a margin for norms
// rounded to 32 bits: maxSaturation(avg), or 1 for tf-idf (a term's count
// is at most the field's length).
func fallbackFactor(avg float64) float64 {
	if avg <= 0 {
		return 1 + 1e-6
	}
	return maxSaturation(avg) * (1 + 1e-6)
}

// max returns the largest factor (see factor) any passage of r reaches
// for term in field: from each segment's postings when r is a scorch
// snapshot, else fallbackFactor(avg).
func (sb *satBounds) max(r bleveindex.IndexReader, field, term string, avg float64) (float64, error) {
	snap, ok := r.(*scorch.IndexSnapshot)
	if !ok {
		return fallbackFactor(avg), nil
	}
	sb.mu.Lock()
	defer sb.mu.Unlock()
	if sb.segs == nil {
		sb.segs = map[uint64]map[boundKey]float64{}
	}
	segs := snap.Segments()
	sb.forget(segs)
	var best float64
	for _, ss := range segs {
		sg := sb.segs[ss.Id()]
		if sg == nil {
			sg = map[boundKey]float64{}
			sb.segs[ss.Id()] = sg
		}
		key := boundKey{field, term, avg}
		s, ok := sg[key]
		if !ok {
			var err error
			if s, err = segmentSaturation(ss, field, term, avg); err != nil {
				return 0, err
			}
			sg[key] = s
		}
		best = math.Max(best, s)
	}
	return best, nil
}

// forget drops the figures of segments no longer searched (merged away).
func (sb *satBounds) forget(live []*scorch.SegmentSnapshot) {
	if len(sb.segs) <= len(live) {
		return
	}
	keep := make(map[uint64]bool, len(live))
	for _, ss := range live {
		keep[ss.Id()] = true
	}
	for id := range sb.segs {
		if !keep[id] {
			delete(sb.segs, id)
		}
	}
}

// segmentSaturation walks term's postings in one segment for the largest
// factor, deleted passages included (a bound needs no more).
func segmentSaturation(ss *scorch.SegmentSnapshot, field, term string, avg float64) (float64, error) {
	d, err := ss.Segment().Dictionary(field)
	if err != nil {
		return 0, fmt.Errorf("retrieve: dictionary of %s: %w", field, err)
	}
	pl, err := d.PostingsList([]byte(term), nil, nil)
	if err != nil {
		return 0, fmt.Errorf("retrieve: postings of %q in %s: %w", term, field, err)
	}
	it := pl.Iterator(true, true, false, nil)
	var best float64
	for {
		p, err := it.Next()
		if err != nil {
			return 0, fmt.Errorf("retrieve: postings of %q in %s: %w", term, field, err)
		}
		if p == nil {
			return best, nil
		}
		best = math.Max(best, factor(p.Frequency(), p.Norm(), avg))
	}
}
