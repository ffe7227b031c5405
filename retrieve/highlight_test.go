package retrieve

import (
	"sort"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/index"
)

// TestHighlightsAreBleveLocations: the matches the highlighter finds by
// analysing a hit's text are the term locations bleve reports for the
// full query (loose words, related and cue words, fuzzy words), so that
// dropping bleve's locations changed no highlight, snippet or coverage.
func TestHighlightsAreBleveLocations(t *testing.T) {
	c, vocab := planCorpus(t)
	for _, tc := range []struct {
		text  string
		fuzzy bool
	}{
		{"In what year was the mill founded?", false},
		{"How many inhabitants does Norvania have?", false},
		{"Whom did Vallin marry in 1911?", false},
		{vocab[3] + " " + vocab[120] + " " + vocab[300], false},
		{"the second river " + vocab[40], false},
		{"Norvanai resdents", true},
		{vocab[7] + " " + vocab[150] + "x", true},
	} {
		t.Run(tc.text, func(t *testing.T) {
			p := parseText(tc.text)
			rest := classifyQuery(p.rest)
			req := bleve.NewSearchRequestOptions(build(p, rest, Query{}, tc.fuzzy, nil, nil), 20, 0, false)
			req.IncludeLocations = true
			res, err := c.Index().Search(req)
			require.NoError(t, err)
			require.NotEmpty(t, res.Hits)
			hl := newHighlighter(p, rest, tc.fuzzy)
			for _, h := range res.Hits {
				ps, _, err := c.Passages([]string{h.ID})
				require.NoError(t, err)
				text := ps[0].Text
				var want []Match
				for term, locs := range h.Locations[index.FieldText] {
					for _, l := range locs {
						want = append(want, Match{Start: int(l.Start), End: int(l.End), Term: term})
					}
				}
				sort.Slice(want, func(i, j int) bool { return want[i].Start < want[j].Start })
				got, present := hl.analyse(text)
				assert.Equal(t, dedupe(want), got, "%s", h.ID)
				for _, m := range want {
					assert.True(t, present[m.Term], "%s: %q", h.ID, m.Term)
				}
			}
		})
	}
}

func TestOneEdit(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"river", "river", true},
		{"river", "rivers", true},
		{"river", "rive", true},
		{"river", "rover", true},
		{"norvania", "norvanai", true},
		{"norvania", "onrvania", true},
		{"river", "rvier", true},
		{"river", "rvire", false},
		{"river", "rivals", false},
		{"river", "ri", false},
		{"", "a", true},
		{"ab", "ba", true},
		{"abc", "cba", false},
		{"naïve", "naive", true},
	} {
		assert.Equal(t, tc.want, oneEdit([]rune(tc.a), []rune(tc.b)), "%q %q", tc.a, tc.b)
	}
}

// FuzzAnalyse: analysing only the tokens that may be query terms finds the
// same matches as analysing every token (the stop-word and stemming
// filters never change a token's first byte).
func FuzzAnalyse(f *testing.F) {
	f.Add("Who founded the Brennick Ironworks in 1911?", "The ironworks were founded by Brennick's sons; IT and US offices.")
	f.Add("What does IT mean?", "IT stands for information technology, it is said.")
	f.Add("ÉCOLE naïve café", "L'École naïve: cafés, CAFÉ, Ÿes.")
	f.Add("yes skies happy", "Yes, the skies were happier; y ys yy.")
	f.Fuzz(func(t *testing.T, question, text string) {
		p := parseText(question)
		rest := classifyQuery(p.rest)
		hl := newHighlighter(p, rest, false)
		var want []Match
		for _, tok := range Tokens(text) {
			if tok.Start < tok.End && hl.match(tok.Term) {
				want = append(want, tok)
			}
		}
		sort.SliceStable(want, func(i, j int) bool { return want[i].Start < want[j].Start })
		got, _ := hl.analyse(text)
		if len(want) == 0 {
			want = nil
		}
		require.Equal(t, dedupe(want), got)
	})
}
