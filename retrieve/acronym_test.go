package retrieve

import (
	"context"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/index"
)

// A question about an acronym whose letters stem as an English word
// ("TPS" as "tp") ranks the entry that writes the acronym first, above the
// shorter entries about TP; the question in lower case still finds it.
func TestSearchAcronym(t *testing.T) {
	docs := []doc{
		{"/g/tps.txt", corpus.Text, "tps.txt", []string{"TPS: Transactions Per Second, the throughput figure of a database benchmark (DB, DBMS)"}},
		{"/g/tp.txt", corpus.Text, "tp.txt", []string{"TP: Twisted Pair (cable)"}},
		{"/g/tp2.txt", corpus.Text, "tp2.txt", []string{"TP: Transport Protocol"}},
	}
	c, err := index.Open(t.TempDir(), index.Options{NoSync: true})
	require.NoError(t, err)
	defer c.Close()
	var entries []corpus.Entry
	for _, d := range docs {
		entries = append(entries, d.entry())
	}
	require.NoError(t, c.Put(context.Background(), entries))
	r := New(c, DefaultConfig())
	tests := []struct {
		question string
		first    string // the path of the first hit
		found    bool   // the TPS entry is among the hits
	}{
		{"What does TPS stand for?", "/g/tps.txt", true},
		{"TPS", "/g/tps.txt", true},
		{"what is tps", "", true},
		{"What does TP stand for?", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			hits, err := r.Search(context.Background(), Query{Text: tt.question, K: 3})
			require.NoError(t, err)
			require.NotEmpty(t, hits)
			if tt.first != "" {
				assert.Equal(t, tt.first, hits[0].Span.Path)
				// The acronym's two terms are one match, not two.
				require.Len(t, hits[0].Matches, 1)
				assert.Equal(t, [2]int{0, 3}, [2]int{hits[0].Matches[0].Start, hits[0].Matches[0].End})
			}
			var paths []string
			for _, h := range hits {
				paths = append(paths, h.Span.Path)
			}
			assert.Equal(t, tt.found, slices.Contains(paths, "/g/tps.txt"), "%v", paths)
		})
	}
}
