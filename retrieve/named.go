package retrieve

import (
	"context"

	"github.com/blevesearch/bleve/v2"
)

// withNames searches again when none of hits holds every name of the
// question: the same query, restricted to the passages whose text holds
// them all. A question's names cannot be paraphrased (see classifyQuery),
// so a passage holding them all is nearer to what is asked than any that
// lacks one, however often it repeats the question's common words: "the
// two-letter code for Italy" is answered by the record that names Italy,
// not by the schema that says "two letter code" five times. The passages
// found come first, then hits, k at most.
func (r *Retriever) withNames(ctx context.Context, p parsed, rest queryTerms, q Query, docs docSet, k int, qt queryTerms,
	w map[string]float64, hl highlighter, loc bool, hits []Hit) ([]Hit, error) {
	if len(qt.names) == 0 {
		return hits, nil
	}
	for _, h := range hits {
		if h.NameCoverage >= 1-1e-9 {
			return hits, nil
		}
	}
	gate := bleve.NewConjunctionQuery()
	for _, n := range qt.names {
		gate.AddQuery(termQuery(n, false))
	}
	bq := build(p, rest, q, r.cfg.Fuzzy, docs, gate)
	if bq == nil {
		return hits, nil
	}
	ms, err := r.search(ctx, bq, q.Text, k, loc)
	if err != nil || len(ms) == 0 {
		return hits, err
	}
	named, err := r.hits(ms, nil, qt, w, hl)
	if err != nil {
		return nil, err
	}
	return mergeHits(named, hits, k), nil
}

// mergeHits is first, then the passages of then not in first, k at most.
func mergeHits(first, then []Hit, k int) []Hit {
	seen := map[string]bool{}
	out := make([]Hit, 0, k)
	for _, list := range [][]Hit{first, then} {
		for _, h := range list {
			if len(out) == k {
				return out
			}
			if !seen[h.Passage.ID] {
				seen[h.Passage.ID] = true
				out = append(out, h)
			}
		}
	}
	return out
}
