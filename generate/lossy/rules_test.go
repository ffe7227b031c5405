package lossy

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/generate"
)

func flatIDF(string) float64 { return 5 }

func TestAnswerTypeOf(t *testing.T) {
	tests := []struct {
		q     string
		want  answerType
		units unitKind
	}{
		{"When was Velmora founded?", dateType, anyUnit},
		{"In what year was the treaty signed?", dateType, anyUnit},
		{"What is Ottilie Brandt's date of birth?", dateType, anyUnit},
		{"How many people live in Kelvisk?", numberType, anyUnit},
		{"What is the population of Kelvisk?", numberType, anyUnit},
		{"How tall is the mast?", measureType, lengthUnit},
		{"How long did the swim take?", measureType, lengthUnit | timeUnit},
		{"How large is Norvania?", measureType, areaUnit | lengthUnit},
		{"What is the wingspan of the ibis?", measureType, lengthUnit},
		{"How much was the prize?", amountType, anyUnit},
		{"What prize money did she win?", amountType, anyUnit},
		{"Who founded the works?", nameType, anyUnit},
		{"Which engineer designed the bridge?", nameType, anyUnit},
		{"What is the name of the ship?", nameType, anyUnit},
		{"Which river does the bridge cross?", nameType, anyUnit},
		{"What did Riekert invent?", anyType, anyUnit},
		{"Which currency did the dolen replace?", anyType, anyUnit},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			q := analyze(tt.q, flatIDF)
			assert.Equal(t, tt.want, q.atype)
			assert.Equal(t, tt.units, q.units)
		})
	}
}

// bestFit is the strongest fit of a text's tokens for a question, the
// way scoreSpan weighs a sentence.
func bestFit(t *testing.T, question, text string) float64 {
	t.Helper()
	q := analyze(question, flatIDF)
	s := prepare(generate.Source{N: 1, Passage: passage(text)}, 0, nil)
	best := 0.0
	for _, sp := range s.spans {
		best = max(best, s.typeFit(q, sp))
	}
	return best
}

func TestTypeFit(t *testing.T) {
	tests := []struct {
		q, text string
		min     float64 // at least
		max     float64 // at most
	}{
		{"How high is Mount Calder?", "Its peak stands 1,204 metres above the sea.", 1, 1},
		{"How high is Mount Calder?", "It last erupted in 1887.", 0, 0.1},
		{"How high is the pass?", "The road was opened after eleven years of work.", 0, 0.3},
		{"How big is the island?", "It covers 3,870 square kilometres.", 1, 1},
		{"How many eggs does it lay?", "A pair lays two eggs each spring.", 1, 1},
		{"How many members sit in it?", "It has 61 seats.", 1, 1},
		{"How many members sit in it?", "It first met in 1849.", 0, 0.3},
		{"How much did the painting fetch?", "It was sold for 1.2 million dolens.", 1, 1},
		{"How much did the painting fetch?", "It was sold in 2008.", 0, 0.1},
		{"On what date did the ship sink?", "On the night of 14 February 1894 she sank.", 1, 1},
		{"On what date did the ship sink?", "She sank in 1894.", 0.6, 0.6},
		{"When did the mine close?", "It had 140 workers.", 0, 0.3},
		{"Who described the ibis?", "It was described by the naturalist Ottilie Brandt in 1838.", 1, 1},
		{"Who described the Calvane ibis?", "The Calvane ibis was described in 1838.", 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.q+" / "+tt.text, func(t *testing.T) {
			got := bestFit(t, tt.q, tt.text)
			assert.GreaterOrEqual(t, got, tt.min)
			assert.LessOrEqual(t, got, tt.max)
		})
	}
}

func TestNewNameRequirement(t *testing.T) {
	common := func(w string) bool { return w == "over" || w == "the" || w == "she" }
	tests := []struct {
		q, text string
		want    bool
	}{
		{"Who described the Calvane ibis?", "Over forty years she described the Calvane ibis.", false},
		{"Who described the Calvane ibis?", "It was described by Ottilie Brandt.", true},
		{"Who succeeded Amaury II?", "When Amaury II died, he was succeeded by his daughter.", false},
		{"Who succeeded Amaury II?", "Amaury II was succeeded by Clemence.", true},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			q := analyze(tt.q, flatIDF)
			s := prepare(generate.Source{N: 1, Passage: passage(tt.text)}, 0, common)
			require.Len(t, s.spans, 1)
			assert.Equal(t, tt.want, s.newName(q, s.spans[0]))
		})
	}
}

func TestHeadingsAndTitle(t *testing.T) {
	s := prepare(generate.Source{N: 1, Passage: corpus.Passage{Title: "lusk-salt-pans.txt",
		Text: "Lusk Salt Pans\n\nThe pans were closed in 1968.\n# Later\nBorn: 12 May 1801\n"}}, 0, nil)
	require.Len(t, s.spans, 2, "the two headings are left out")
	assert.Equal(t, "The pans were closed in 1968.", s.text[s.toks[s.spans[0].start].Start:s.toks[s.spans[0].end-1].End])
	assert.True(t, hasStem(s.title, "salt"), "a file-name title is split into words")
	assert.True(t, hasStem(s.heads, "lusk"))
}

// TestNameBoundPassage checks that a question binds to the passage about
// its names, not to a distractor mentioning them in passing.
func TestNameBoundPassage(t *testing.T) {
	askel := corpus.Passage{ID: "askel-0", Title: "River Askel", Text: "# River Askel\n\nThe Askel is the main river of " +
		"Norvania, with a length of 634 kilometres. Its largest tributary is the Vell, which joins it at Brennick."}
	vell := corpus.Passage{ID: "vell-0", Title: "Vell", Text: "# Vell\n\nThe Vell is a river of Norvania. " +
		"It rises in the Tarrow Hills and runs for 212 kilometres to Brennick."}
	m, err := Train(context.Background(), TextSource(askel.Text, vell.Text), Config{Budget: "1MiB"})
	require.NoError(t, err)
	out, err := New(m, Config{}).Generate(context.Background(), generate.Request{Question: "How long is the river Vell?",
		Mode: generate.RAG, Sources: []generate.Source{{N: 1, Passage: askel}, {N: 2, Passage: vell}}}, nil)
	require.NoError(t, err)
	assert.Contains(t, out.Text, "212 kilometres")
	for _, c := range out.Copies {
		assert.Equal(t, 2, c.N)
	}
}

// TestAnaphoraLead checks the two-sentence answer of a who question whose
// best sentence only says "He".
func TestAnaphoraLead(t *testing.T) {
	p := corpus.Passage{ID: "aldric-0", Title: "Aldric III", Text: "# Aldric III\n\nAldric III (1702–1761) was King of " +
		"Norvania from 1730. He succeeded his mother, Queen Sigrid, in 1730. He built the Sallowmere Bridge."}
	m, err := Train(context.Background(), TextSource(p.Text), Config{Budget: "1MiB"})
	require.NoError(t, err)
	out, err := New(m, Config{}).Generate(context.Background(), generate.Request{Question: "Which king succeeded Queen Sigrid?",
		Mode: generate.RAG, Sources: []generate.Source{{N: 1, Passage: p}}}, nil)
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(out.Text, "Aldric III (1702–1761) was King of Norvania from 1730."), out.Text)
	assert.Contains(t, out.Text, "He succeeded his mother, Queen Sigrid")
	assert.Len(t, generate.Sentences(out.Text), 2)
	for _, c := range out.Copies {
		assert.Equal(t, p.Text[c.PStart:c.PEnd], out.Text[c.Start:c.End])
	}
}

func TestRelatedStems(t *testing.T) {
	assert.Contains(t, relatedStems(stem("finished")), stem("completed"))
	assert.Contains(t, relatedStems(stem("population")), stem("inhabitants"))
	assert.Contains(t, relatedStems(stem("died")), stem("killed"))
	assert.Empty(t, relatedStems("zorblatt"))
}
