package retrieve

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/index"
)

// planCorpus holds 3,000 Zipf passages and 600 more mixing the same words
// with English ones that have related words ("founded", "inhabitants"),
// cue words ("year") and names, titled after a vocabulary word.
func planCorpus(t *testing.T) (*index.Corpus, []string) {
	t.Helper()
	c, err := index.Open(t.TempDir(), index.Options{NoSync: true})
	require.NoError(t, err)
	t.Cleanup(func() { _ = c.Close() })
	vocab, err := fillBench(c, 3000)
	require.NoError(t, err)
	english := strings.Fields(`founded established created population inhabitants residents married wife year
Vallin Norvania river city mill 1911 second`)
	rng := rand.New(rand.NewPCG(1, 2))
	var entries []corpus.Entry
	for d := range 200 {
		paras := make([]string, 3)
		for p := range paras {
			words := make([]string, 30+rng.IntN(60))
			for w := range words {
				if rng.IntN(4) == 0 {
					words[w] = english[rng.IntN(len(english))]
				} else {
					words[w] = vocab[rng.IntN(400)]
				}
			}
			paras[p] = strings.Join(words, " ") + "."
		}
		e := doc{path: fmt.Sprintf("/mixed/m%03d.txt", d), format: corpus.Text,
			title: vocab[rng.IntN(400)], paras: paras}.entry()
		if d%2 == 0 {
			// no headings, as a file of entries: a title word the text
			// holds is voided there (see titleMatchQuery)
			for i := range e.Passages {
				e.Passages[i].Section = ""
			}
		}
		entries = append(entries, e)
	}
	require.NoError(t, c.Put(context.Background(), entries))
	return c, vocab
}

// TestPlannedSameTopK: the planner returns exactly the full query's hits,
// in order, with the same scores, and the same matches, snippets and
// coverage when they are located apart (noPlan is the one-pass path), with
// and without path filters; and it answers most of the questions it plans
// (those with common words) without the full query.
func TestPlannedSameTopK(t *testing.T) {
	c, vocab := planCorpus(t)
	qs := benchQueries(vocab)
	rng := rand.New(rand.NewPCG(9, 9))
	w := func() string { return vocab[rng.IntN(400)] }
	for range 16 {
		qs = append(qs,
			fmt.Sprintf("In what year was %s %s founded?", w(), w()),
			fmt.Sprintf("How many people live in %s %s?", w(), w()),
			fmt.Sprintf("Whom did Vallin of %s marry?", w()),
			fmt.Sprintf("%s %s", vocab[rng.IntN(5)], w()),
			fmt.Sprintf("the second %s river 1911", w()),
			w())
	}
	full, plannedR := New(c, DefaultConfig()), New(c, DefaultConfig())
	full.noPlan, full.noWalk = true, true
	fired, plans := 0, 0
	ks := []int{1, 10}
	for _, k := range ks {
		for _, text := range qs {
			q := Query{Text: text, K: k}
			for _, f := range []Query{q, {Text: text, K: k, PathPrefixes: []string{"/mixed"}}, {Text: text, K: k, PathGlobs: []string{"/bench/**"}}} {
				want, err := full.Search(context.Background(), f)
				require.NoError(t, err, text)
				got, err := plannedR.Search(context.Background(), f)
				require.NoError(t, err, text)
				require.Equal(t, hitKeys(want), hitKeys(got), "k=%d %q %v %v", k, text, f.PathPrefixes, f.PathGlobs)
				require.Equal(t, unscored(want), unscored(got), "k=%d %q: matches, snippets and coverage", k, text)
			}
			p := parseText(text)
			st, err := newTermStats(context.Background(), c.Index())
			require.NoError(t, err)
			_, ok, err := makePlan(context.Background(), st, p, classifyQuery(p.rest), false)
			require.NoError(t, err)
			if ok {
				plans++
			}
			ms, err := plannedR.planned(context.Background(), st, p, classifyQuery(p.rest), q, nil, k)
			st.close()
			require.NoError(t, err)
			if ms != nil {
				fired++
			}
		}
	}
	t.Logf("of %d queries, %d planned, %d answered by the plan", len(ks)*len(qs), plans, fired)
	assert.Greater(t, fired, plans/2, "the planner should answer most of the queries it plans")
}

// TestPlannedFallsBack: queries the planner cannot prove (phrases,
// fuzziness, too few gated hits) still get the full query's answer.
func TestPlannedFallsBack(t *testing.T) {
	c := testCorpus(t)
	for _, tc := range []struct {
		name string
		cfg  Config
		q    Query
	}{
		{"phrase", Config{}, Query{Text: `falcon "barn owl"`}},
		{"fuzzy", Config{Fuzzy: true}, Query{Text: "falcom hunts"}},
		{"no common word, or fewer than k", Config{}, Query{Text: "install guide", K: 50}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := New(c, tc.cfg)
			p := parseText(tc.q.Text)
			st, err := newTermStats(context.Background(), c.Index())
			require.NoError(t, err)
			defer st.close()
			ms, err := r.planned(context.Background(), st, p, classifyQuery(p.rest), tc.q, nil, 50)
			require.NoError(t, err)
			assert.Nil(t, ms)
			full := New(c, tc.cfg)
			full.noPlan, full.noWalk = true, true
			want, err := full.Search(context.Background(), tc.q)
			require.NoError(t, err)
			got, err := r.Search(context.Background(), tc.q)
			require.NoError(t, err)
			assert.Equal(t, hitKeys(want), hitKeys(got))
			assert.Equal(t, unscored(want), unscored(got))
		})
	}
}

// unscored is hs without scores, which hitKeys compares to 12 digits: a
// gated search may add the same clause scores in another order, which
// moves the last bit.
func unscored(hs []Hit) []Hit {
	out := make([]Hit, len(hs))
	for i, h := range hs {
		h.Score = 0
		out[i] = h
	}
	return out
}

// hitKeys is each hit's passage id and score (to 12 digits).
func hitKeys(hs []Hit) []string {
	out := make([]string, len(hs))
	for i, h := range hs {
		out[i] = fmt.Sprintf("%s %.12g", h.Passage.ID, h.Score)
	}
	return out
}
