package retrieve

import (
	"context"
	"fmt"
	"math"

	"github.com/blevesearch/bleve/v2"

	"github.com/verbatim-rag/verbatim/index"
)

// weights returns the BM25 IDF of each term in the text field; a term the
// corpus never mentions gets the largest IDF the corpus allows.
func weights(ctx context.Context, idx bleve.Index, terms []string) (map[string]float64, error) {
	adv, err := idx.Advanced()
	if err != nil {
		return nil, fmt.Errorf("retrieve: index: %w", err)
	}
	r, err := adv.Reader()
	if err != nil {
		return nil, fmt.Errorf("retrieve: index reader: %w", err)
	}
	defer r.Close()
	n, err := r.DocCount()
	if err != nil {
		return nil, fmt.Errorf("retrieve: count passages: %w", err)
	}
	w := make(map[string]float64, len(terms))
	for _, t := range terms {
		tfr, err := r.TermFieldReader(ctx, []byte(t), index.FieldText, false, false, false)
		if err != nil {
			return nil, fmt.Errorf("retrieve: doc frequency of %q: %w", t, err)
		}
		w[t] = idf(n, tfr.Count())
		_ = tfr.Close()
	}
	return w, nil
}

// idf is BM25's inverse document frequency.
func idf(n, df uint64) float64 {
	if df > n {
		df = n
	}
	return math.Log(1 + (float64(n)-float64(df)+0.5)/(float64(df)+0.5))
}

// coverage is the IDF-weighted fraction of terms found in present. With
// fuzzy matching a term also counts when a present term is one edit away.
func coverage(terms []string, w map[string]float64, present map[string]bool, fuzzy bool) float64 {
	var total, got float64
	for _, t := range terms {
		total += w[t]
		if present[t] || (fuzzy && len(t) >= fuzzyMinLen && nearAny(t, present)) {
			got += w[t]
		}
	}
	if total == 0 {
		return 0
	}
	return got / total
}

func nearAny(t string, present map[string]bool) bool {
	for p := range present {
		if editDistance(t, p) <= 1 {
			return true
		}
	}
	return false
}

// editDistance is the Levenshtein distance between a and b, in bytes.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
