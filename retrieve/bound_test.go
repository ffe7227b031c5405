package retrieve

import (
	"context"
	"fmt"
	"math"
	"testing"

	bleveindex "github.com/blevesearch/bleve_index_api"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/index"
)

// TestSatBounds: a term's bound is the largest factor among its postings,
// in the text and title fields, and follows the index when a new segment
// brings a passage that scores higher.
func TestSatBounds(t *testing.T) {
	c, vocab := planCorpus(t)
	ctx := context.Background()
	var sb satBounds
	check := func(field, term string) {
		t.Helper()
		st, err := newTermStats(context.Background(), c.Index())
		require.NoError(t, err)
		defer st.close()
		avg, err := st.fieldAvg(field)
		require.NoError(t, err)
		got, err := sb.max(st.r, field, term, avg)
		require.NoError(t, err)
		tfr, err := st.r.TermFieldReader(ctx, []byte(term), field, true, true, false)
		require.NoError(t, err)
		defer tfr.Close()
		var want float64
		for {
			var d bleveindex.TermFieldDoc
			p, err := tfr.Next(&d)
			require.NoError(t, err)
			if p == nil {
				break
			}
			want = math.Max(want, factor(p.Freq, p.Norm, avg))
		}
		assert.Equal(t, want, got, "%s:%s", field, term)
	}
	terms := []string{vocab[0], vocab[3], vocab[150], "found", "never-indexed"}
	for _, term := range terms {
		check(index.FieldText, term)
		check(index.FieldTitle, term)
	}
	// Both fields' bounds (of different average lengths) stay cached.
	for _, sg := range sb.segs {
		assert.Len(t, sg, 2*len(terms))
	}
	// A one-word passage: the largest saturation there is, in a new segment.
	require.NoError(t, c.Put(ctx, []corpus.Entry{doc{path: "/short/one.txt", format: corpus.Text, title: vocab[3],
		paras: []string{vocab[0]}}.entry()}))
	check(index.FieldText, vocab[0])
	check(index.FieldTitle, vocab[3])
}

// TestFactor: the tf-idf factor and BM25's saturation as bleve computes
// them, and fallbackFactor above both for any passage.
func TestFactor(t *testing.T) {
	for _, tc := range []struct {
		freq   uint64
		length float64
		avg    float64
		want   float64
	}{
		{1, 1, 0, 1},
		{4, 16, 0, 0.5},
		{1, 1, 1, 1.2 / 2.2},
		{1, 4, 1, 1.2 / (1 + 1.2*(0.25+3))},
		{9, 9, 3, 3 * 1.2 / (3 + 1.2*(0.25+2.25))},
	} {
		t.Run(fmt.Sprint(tc), func(t *testing.T) {
			got := factor(tc.freq, 1/math.Sqrt(tc.length), tc.avg)
			assert.InDelta(t, tc.want, got, 1e-12)
			assert.LessOrEqual(t, got, fallbackFactor(tc.avg))
		})
	}
}
