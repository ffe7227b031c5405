package retrieve

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNarrowed(t *testing.T) {
	for _, tc := range []struct {
		text string
		ok   bool
	}{
		{"When was the mill founded?", true}, // founded: established, created, ...
		{"barn owl", false},                  // no related words
		{"In what year?", false},             // a cue word's related words are never searched
	} {
		t.Run(tc.text, func(t *testing.T) {
			qt := classifyQuery(tc.text)
			narrow, ok := qt.narrowed()
			assert.Equal(t, tc.ok, ok)
			assert.Equal(t, tc.ok, narrow.narrow)
			for _, term := range qt.all {
				assert.Empty(t, queryTerms{narrow: true}.rel(term))
				assert.Equal(t, related[term], qt.rel(term))
			}
			if ok {
				assert.Less(t, len(wordClauses(narrow)), len(wordClauses(qt)), "the precise tier searches fewer words")
			}
		})
	}
}

// TestTiers: a search either keeps the precise tier's hits — k of them,
// the first relevant and holding each of the question's words itself —
// or returns exactly the full query's; both happen.
func TestTiers(t *testing.T) {
	c, vocab := planCorpus(t)
	rng := rand.New(rand.NewPCG(5, 8))
	w := func() string { return vocab[rng.IntN(400)] }
	var qs []string
	for range 12 {
		qs = append(qs,
			fmt.Sprintf("In what year was the %s city founded?", w()),
			fmt.Sprintf("How many inhabitants live in %s %s?", w(), w()),
			fmt.Sprintf("Whom did Vallin of %s marry?", w()),
			fmt.Sprintf("population of the %s river mill", w()),
			fmt.Sprintf("%s established %s", w(), w()))
	}
	tiered, full := New(c, DefaultConfig()), New(c, DefaultConfig())
	full.noTiers = true
	kept, widened := 0, 0
	for _, k := range []int{1, 5} {
		for _, text := range qs {
			q := Query{Text: text, K: k}
			want, err := full.Search(context.Background(), q)
			require.NoError(t, err, text)
			got, err := tiered.Search(context.Background(), q)
			require.NoError(t, err, text)
			if slices.Equal(hitKeys(want), hitKeys(got)) {
				widened++
				continue
			}
			kept++
			require.Len(t, got, k, text)
			assert.True(t, tiered.Relevant(got[0]), text)
			qt := classifyQuery(text)
			for _, term := range qt.all {
				if !qt.cues[term] {
					assert.True(t, slices.ContainsFunc(got[0].Matches, func(m Match) bool { return m.Term == term }), "%q: %q", text, term)
				}
			}
		}
	}
	t.Logf("%d searches kept the precise tier's hits, %d returned the full query's", kept, widened)
	assert.Positive(t, kept)
	assert.Positive(t, widened)
}

// TestLocate: the full query locates its terms when it is small, fuzzy
// or has phrases; the precise tier and large queries analyse their hits.
func TestLocate(t *testing.T) {
	c, vocab := planCorpus(t)
	st, err := newTermStats(context.Background(), c.Index())
	require.NoError(t, err)
	defer st.close()
	for _, tc := range []struct {
		name  string
		cfg   Config
		text  string
		rest  func(queryTerms) queryTerms
		wants bool
	}{
		{"small", Config{}, "founded Vallin", nil, true},
		{"common words", Config{}, vocab[0] + " " + vocab[1] + " " + vocab[2], nil, false},
		{"common words, phrase", Config{}, vocab[0] + ` "` + vocab[1] + " " + vocab[2] + `"`, nil, true},
		{"common words, fuzzy", Config{Fuzzy: true}, vocab[0] + " " + vocab[1] + " " + vocab[2], nil, true},
		{"precise tier", Config{}, "founded Vallin", func(q queryTerms) queryTerms { q.narrow = true; return q }, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := parseText(tc.text)
			rest := classifyQuery(p.rest)
			if tc.rest != nil {
				rest = tc.rest(rest)
			}
			got, err := New(c, tc.cfg).locate(context.Background(), st, p, rest)
			require.NoError(t, err)
			assert.Equal(t, tc.wants, got)
		})
	}
}
