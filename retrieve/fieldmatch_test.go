package retrieve

import (
	"context"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/index"
)

// TestFieldMatchAsMatchQuery: the title and section clauses, built from
// terms analysed once, score every passage as bleve's match query of the
// same text does.
func TestFieldMatchAsMatchQuery(t *testing.T) {
	c := testCorpus(t)
	for _, text := range []string{
		"install guide",
		"notes notes on quantum birds",    // a repeated token
		"Install the Guide to the garden", // stop words, capitals
		"the of and",                      // no token: matches nothing
		`"barn owl" notes`,                // a phrase
	} {
		p := parseText(text)
		all := p.rest
		for _, ph := range p.phrases {
			all += " " + ph
		}
		for _, f := range []string{index.FieldTitle, index.FieldSection} {
			t.Run(text+"/"+f, func(t *testing.T) {
				mq := bleve.NewMatchQuery(all)
				mq.SetField(f)
				mq.Analyzer = index.Analyzer
				mq.SetBoost(titleBoost)
				assert.Equal(t, scores(t, c, mq), scores(t, c, fieldMatch(f, p.fields, titleBoost)))
			})
		}
	}
}

// scores runs q and returns each hit's score by passage ID.
func scores(t *testing.T, c *index.Corpus, q query.Query) map[string]float64 {
	t.Helper()
	res, err := c.Index().SearchInContext(context.Background(), bleve.NewSearchRequestOptions(q, 100, 0, false))
	require.NoError(t, err)
	out := map[string]float64{}
	for _, h := range res.Hits {
		out[h.ID] = h.Score
	}
	return out
}

// TestTokensFrom: the tokens kept are those of Tokens whose first byte is
// asked for, analysed alike.
func TestTokensFrom(t *testing.T) {
	for _, text := range []string{
		"The Norvanian river's mills were founded in 1911; Norvania's second city.",
		"running runners ran, RUN! naïve café ÉCOLE x",
		"",
	} {
		for _, firsts := range []string{"n", "rx", "é", "0123456789", "abcdefghijklmnopqrstuvwxyz"} {
			var first [256]bool
			for i := range len(firsts) {
				first[firsts[i]] = true
			}
			var want []Match
			for _, tok := range Tokens(text) {
				if first[tok.Term[0]] {
					want = append(want, tok)
				}
			}
			got := tokensFrom(text, &first)
			if len(want) == 0 {
				assert.Empty(t, got, "%q %q", text, firsts)
				continue
			}
			assert.Equal(t, want, got, "%q %q", text, firsts)
		}
	}
}
