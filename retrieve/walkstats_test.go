package retrieve

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/search"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/index"
)

// updatedCorpus is a corpus with a history: its documents were indexed,
// then a third rewritten and a tenth deleted, so that its segments still
// hold the postings of replaced and deleted passages. It returns the
// final entries too.
func updatedCorpus(t *testing.T) (*index.Corpus, []corpus.Entry, []string) {
	t.Helper()
	c, err := index.Open(t.TempDir(), index.Options{NoSync: true})
	require.NoError(t, err)
	t.Cleanup(func() { _ = c.Close() })
	words := strings.Fields("mill river heron corn fen ruma dovi kest bralo quenta vimor tarsil monde olvar " +
		"weir sluice barge lock towpath wharf")
	rng := rand.New(rand.NewPCG(5, 6))
	version := 0
	gen := func(i int) corpus.Entry {
		version++
		paras := make([]string, 1+rng.IntN(3))
		for p := range paras {
			ws := make([]string, 5+rng.IntN(40))
			for w := range ws {
				k := rng.IntN(len(words))
				ws[w] = words[k*k/len(words)]
			}
			paras[p] = strings.Join(ws, " ") + "."
		}
		paras[0] += fmt.Sprintf(" Code zq%d.", version) // a term only this version holds
		return doc{path: fmt.Sprintf("/u/d%03d.txt", i), format: corpus.Text, title: words[rng.IntN(len(words))], paras: paras}.entry()
	}
	final := map[int]corpus.Entry{}
	var first []corpus.Entry
	for i := range 120 {
		final[i] = gen(i)
		first = append(first, final[i])
	}
	ctx := context.Background()
	require.NoError(t, c.Put(ctx, first))
	var changed []corpus.Entry
	var gone []string
	for i := range 120 {
		switch {
		case i%10 == 3:
			gone = append(gone, final[i].Doc.Path)
			delete(final, i)
		case i%3 == 0:
			final[i] = gen(i)
			changed = append(changed, final[i])
		}
	}
	require.NoError(t, c.Put(ctx, changed))
	require.NoError(t, c.Delete(ctx, gone))
	var entries []corpus.Entry
	for i := range 120 {
		if e, ok := final[i]; ok {
			entries = append(entries, e)
		}
	}
	return c, entries, words
}

// corpusBM25Stats is the BM25 statistics bleve takes from c's index.
func corpusBM25Stats(t *testing.T, c *index.Corpus) *search.BM25Stats {
	t.Helper()
	st, err := c.BM25Stats()
	require.NoError(t, err)
	return st
}

// TestWalkSameAsBleveUpdated: on an index with replaced and deleted
// passages the walk gives bleve's hits and scores, with the index's own
// BM25 statistics and with statistics the caller puts in the context
// (search.BM25StatsKey, as a fresh index of the same passages gives them
// or any others), which bleve's term searchers score with.
func TestWalkSameAsBleveUpdated(t *testing.T) {
	c, entries, words := updatedCorpus(t)
	fresh, err := index.Open(t.TempDir(), index.Options{NoSync: true})
	require.NoError(t, err)
	t.Cleanup(func() { _ = fresh.Close() })
	require.NoError(t, fresh.Put(context.Background(), entries))
	freshStats, ownStats := corpusBM25Stats(t, fresh), corpusBM25Stats(t, c)
	// scorch sums its segments' dictionary sizes: whether the updated
	// index's figures differ from the fresh one's depends on its merges;
	// "others" differ always.
	t.Logf("updated index %+v, fresh index %+v", ownStats, freshStats)
	other := &search.BM25Stats{DocCount: 5000, FieldCardinality: map[string]int{
		index.FieldText: 90000, index.FieldTitle: 7000, index.FieldSection: 7000}}

	rng := rand.New(rand.NewPCG(7, 8))
	var qs []string
	for range 30 {
		qs = append(qs, strings.Join([]string{words[rng.IntN(len(words))], words[rng.IntN(len(words))], words[rng.IntN(len(words))]}, " "))
	}
	qs = append(qs, "mill", "heron corn", "towpath wharf sluice")
	bleveR, walkR, tightR := New(c, DefaultConfig()), New(c, DefaultConfig()), New(c, DefaultConfig())
	bleveR.noWalk = true
	tightR.boundMin = 1
	for _, tc := range []struct {
		name  string
		stats *search.BM25Stats
	}{{"index's own", nil}, {"fresh index's", freshStats}, {"others", other}} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			if tc.stats != nil {
				ctx = context.WithValue(ctx, search.BM25StatsKey, tc.stats)
			}
			for _, text := range qs {
				for _, k := range []int{1, 10} {
					q := Query{Text: text, K: k}
					p := parseText(q.Text)
					require.True(t, walkR.walkable(tier{p: p, q: q}, classifyQuery(p.rest)), text)
					want, err := bleveR.Search(ctx, q)
					require.NoError(t, err, text)
					require.NotEmpty(t, want, text)
					for _, r := range []*Retriever{walkR, tightR} {
						got, err := r.Search(ctx, q)
						require.NoError(t, err, text)
						assert.Equal(t, hitKeys(want), hitKeys(got), "%q k=%d", text, k)
					}
				}
			}
		})
	}
}

// TestWalkStatsMissingField: statistics in the context without a field
// the query searches fail the walk with an error naming the field, as
// they fail bleve's searchers (the title's or the section's, both missing:
// bleve opens the section's first when a title clause holds it).
func TestWalkStatsMissingField(t *testing.T) {
	c := testCorpus(t)
	ctx := context.WithValue(context.Background(), search.BM25StatsKey,
		&search.BM25Stats{DocCount: 10, FieldCardinality: map[string]int{index.FieldText: 100}})
	for _, noWalk := range []bool{false, true} {
		r := New(c, DefaultConfig())
		r.noWalk = noWalk
		_, err := r.Search(ctx, Query{Text: "falcon hunts"})
		require.Error(t, err, "noWalk=%v", noWalk)
		assert.Regexp(t, "("+index.FieldTitle+"|"+index.FieldSection+")( field)?$", err.Error(), "noWalk=%v", noWalk)
	}
}
