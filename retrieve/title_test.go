package retrieve

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/index"
)

func TestTitleMatch(t *testing.T) {
	tests := []struct {
		query, title string
		want         float64
	}{
		{"When was Velmora founded?", "Velmora", 1},
		{"When was Velmora founded?", "Velmora Prize", 0.25},
		{"When was Velmora founded?", "velmora.md", 1},
		{"When was Velmora founded?", "Aldric III", 0},
		{"Who designed Velmora Central Station?", "Velmora", 1.0 / 3},
		{"Who designed Velmora Central Station?", "Velmora Central Station", 1},
		{"when was the city founded", "City", 0}, // no names: titles do not count
		{"When was Velmora founded?", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.query+"/"+tt.title, func(t *testing.T) {
			qt := classifyQuery(tt.query)
			w := map[string]float64{} // equal weights
			for _, n := range qt.all {
				w[n] = 1
			}
			assert.InDelta(t, tt.want, titleMatch(qt, w, Terms(index.TitleText(tt.title))), 1e-9)
		})
	}
}

// rankDocs are entries where BM25 alone ranks wrongly: a passage repeating
// one word of the question over one holding all of them, and an entry on
// a name's prize over the entry titled by the name.
var rankDocs = []doc{
	{"/e/velmora.md", corpus.Markdown, "Velmora", []string{
		"Velmora is the capital and largest city of the Kingdom of Norvania. It lies on both banks of the river Askel, " +
			"about 160 kilometres upstream from the port of Quillhaven. Chronicles record that the town was founded in 1214 " +
			"by Duke Orvel the Elder, who built a timber fort on the island of Hesk in the middle of the river."}},
	{"/e/velmora-prize.md", corpus.Markdown, "Velmora Prize", []string{
		"The Velmora Prize, the Velmora award of Velmora, was established in 1902."}},
	{"/e/kettle.md", corpus.Markdown, "Kettles", []string{
		"Kettle water: kettle, water, kettle, water, kettle, water."}},
	{"/e/tea.md", corpus.Markdown, "Tea", []string{
		"Brewing tea: pour boiling water from the kettle over the leaves, wait three minutes, and the tea is ready " +
			"to drink with or without milk, as the household prefers on a cold winter morning."}},
}

func rankCorpus(t *testing.T) *index.Corpus {
	t.Helper()
	return corpusOf(t, rankDocs...)
}

func TestSearchRanking(t *testing.T) {
	r := New(rankCorpus(t), DefaultConfig())
	tests := []struct{ q, first string }{
		{"When was Velmora founded?", "/e/velmora.md"},
		{"kettle water leaves", "/e/tea.md"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			hits, err := r.Search(context.Background(), Query{Text: tt.q})
			require.NoError(t, err)
			require.NotEmpty(t, hits)
			assert.Equal(t, pid(tt.first, 0), hits[0].Passage.ID)
		})
	}
}
