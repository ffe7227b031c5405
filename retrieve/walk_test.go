package retrieve

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/index"
)

// TestWalkSameAsBleve: the walk returns bleve's hits for the same query,
// in the same order, with the same scores to 12 digits (the sums' order
// may move the last bit) and the same matches, snippets and coverage, for
// k of 1, 5 and 10, with both tiers; queries the walk does not run (path
// filters, phrases) give bleve's answer too.
func TestWalkSameAsBleve(t *testing.T) {
	c, vocab := planCorpus(t)
	qs := benchQueries(vocab)
	rng := rand.New(rand.NewPCG(3, 4))
	w := func() string { return vocab[rng.IntN(400)] }
	for range 12 {
		qs = append(qs,
			fmt.Sprintf("In what year was %s %s founded?", w(), w()),
			fmt.Sprintf("How many inhabitants does %s have?", w()),
			fmt.Sprintf("Whom did Vallin of %s marry?", w()),
			fmt.Sprintf("%s %s", vocab[rng.IntN(5)], w()),
			fmt.Sprintf("the second %s river 1911 %s %s", w(), w(), w()),
			w(), "Norvania", "xyzzy never indexed "+w())
	}
	bleveR, walkR, tightR := New(c, DefaultConfig()), New(c, DefaultConfig()), New(c, DefaultConfig())
	bleveR.noWalk = true
	tightR.boundMin = 1 // every term's bound read from its postings: the walk skips more
	walked := 0
	for _, k := range []int{1, 5, 10} {
		for _, text := range qs {
			for _, q := range []Query{{Text: text, K: k}, {Text: text, K: k, PathPrefixes: []string{"/mixed"}}} {
				want, err := bleveR.Search(context.Background(), q)
				require.NoError(t, err, text)
				for _, r := range []*Retriever{walkR, tightR} {
					got, err := r.Search(context.Background(), q)
					require.NoError(t, err, text)
					require.Equal(t, hitKeys(want), hitKeys(got), "%q k=%d", text, k)
					require.Equal(t, unscored(want), unscored(got), "%q k=%d", text, k)
				}
				p := parseText(q.Text)
				if walkR.walkable(tier{p: p, q: q, docs: nil}, classifyQuery(p.rest)) && q.PathPrefixes == nil {
					walked++
				}
			}
		}
	}
	assert.Greater(t, walked, len(qs)*3/2, "most unfiltered queries should be walked")
}

// TestWalkSkips: with the k best found, the walk stops driving by the
// common words' cursors (it advances them to the passages the rarer words
// find) and passes passages whose bound is below the k-th score; the
// answer stays bleve's.
func TestWalkSkips(t *testing.T) {
	c, vocab := planCorpus(t)
	r := New(c, DefaultConfig())
	r.boundMin = 1
	ctx := context.Background()
	skipping := 0
	for i := range 40 {
		text := fmt.Sprintf("%s %s %s", vocab[i%5], vocab[(i+1)%5], vocab[200+i])
		st, err := newTermStats(context.Background(), c.Index())
		require.NoError(t, err)
		st.sb, st.boundMin = &r.bounds, r.boundMin
		p := parseText(text)
		wq, err := newWalkQuery(ctx, st, p, classifyQuery(p.rest))
		require.NoError(t, err)
		for _, cur := range wq.cursors {
			require.NoError(t, cur.next())
		}
		w := newWalk(wq, 5)
		for len(w.drive) > 0 {
			require.NoError(t, w.step())
		}
		if w.skipped > 0 {
			skipping++
		}
		wq.close()
		st.close()
	}
	assert.Greater(t, skipping, 20, "the walk should stop driving by the common words of most of these queries")
}

// TestWalkTies: passages of equal score come in the order bleve's search
// gives them (by passage ID; see tiedCut), also when only some of them fit
// in k.
func TestWalkTies(t *testing.T) {
	c, err := index.Open(t.TempDir(), index.Options{NoSync: true})
	require.NoError(t, err)
	t.Cleanup(func() { _ = c.Close() })
	var entries []corpus.Entry
	for i := range 12 {
		entries = append(entries, doc{path: fmt.Sprintf("/same/d%02d.txt", i), format: corpus.Text, title: "same",
			paras: []string{"The mill by the river grinds corn.", "A heron waits by the mill race."}}.entry())
	}
	require.NoError(t, c.Put(context.Background(), entries))
	bleveR, walkR := New(c, DefaultConfig()), New(c, DefaultConfig())
	bleveR.noWalk = true
	for _, k := range []int{1, 3, 10, 30} {
		for _, text := range []string{"mill river", "heron mill", "corn", "same mill"} {
			want, err := bleveR.Search(context.Background(), Query{Text: text, K: k})
			require.NoError(t, err)
			got, err := walkR.Search(context.Background(), Query{Text: text, K: k})
			require.NoError(t, err)
			assert.Equal(t, hitKeys(want), hitKeys(got), "%q k=%d", text, k)
		}
	}
}

// TestWalkable: the walk runs unfiltered queries of loose words only.
func TestWalkable(t *testing.T) {
	c := testCorpus(t)
	for _, tc := range []struct {
		name  string
		cfg   Config
		q     Query
		docs  docSet
		walks bool
	}{
		{"loose words", Config{}, Query{Text: "falcon hunts pigeons"}, nil, true},
		{"phrase", Config{}, Query{Text: `falcon "barn owl"`}, nil, false},
		{"fuzzy", Config{Fuzzy: true}, Query{Text: "falcom hunts"}, nil, false},
		{"path filter", Config{}, Query{Text: "falcon"}, docSet{"x": true}, false},
		{"format filter", Config{}, Query{Text: "falcon", Formats: []corpus.Format{corpus.PDF}}, nil, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := New(c, tc.cfg)
			p := parseText(tc.q.Text)
			assert.Equal(t, tc.walks, r.walkable(tier{p: p, q: tc.q, docs: tc.docs}, classifyQuery(p.rest)))
		})
	}
}

// TestWalkCancelled: a cancelled context stops the walk with its error.
func TestWalkCancelled(t *testing.T) {
	c, vocab := planCorpus(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := New(c, DefaultConfig()).Search(ctx, Query{Text: vocab[0] + " " + vocab[1], K: 10})
	assert.ErrorIs(t, err, context.Canceled)
}
