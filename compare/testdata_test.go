package compare

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/generate"
)

// TestEntriesQuestionSet checks the shared test corpus: both files load,
// the CSV agrees with the JSONL, every gold answer is found in its source
// file, and the answers span rare and frequent facts.
func TestEntriesQuestionSet(t *testing.T) {
	qs, err := LoadQuestions("../testdata/questions/entries.jsonl")
	require.NoError(t, err)
	assert.GreaterOrEqual(t, len(qs), 80)
	csvQs, err := LoadQuestions("../testdata/questions/entries.csv")
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(csvQs), 10)
	byID := map[string]Question{}
	for _, q := range qs {
		byID[q.ID] = q
	}
	for _, q := range csvQs {
		assert.Equal(t, byID[q.ID], q, "csv %s", q.ID)
	}

	ps := loadToyPassages(t, "../testdata/entries")
	raw := []string{}
	for _, p := range ps {
		raw = append(raw, p.text)
	}
	texts := NewPassageTexts(raw)
	unanswerable, once, frequent := 0, 0, 0
	for _, q := range qs {
		if !q.Answerable() {
			unanswerable++
			assert.Empty(t, q.Source)
			continue
		}
		var src string
		for _, p := range ps {
			if pathHasSuffix(p.path, q.Source) {
				src += p.title + "\n" + p.text + "\n"
			}
		}
		require.NotEmpty(t, src, "%s: source %s", q.ID, q.Source)
		assert.True(t, Match(src, q.Answers), "%s: %v not in %s", q.ID, q.Answers, q.Source)
		n := 0
		for _, a := range q.Answers {
			c, err := texts.CountContaining(context.Background(), a)
			require.NoError(t, err)
			byMatch := 0
			for _, r := range raw {
				if Match(r, []string{a}) {
					byMatch++
				}
			}
			assert.Equal(t, byMatch, c, "PassageTexts agrees with Match on %q", a)
			n = max(n, c)
		}
		switch {
		case n == 1:
			once++
		case n > 3:
			frequent++
		}
	}
	assert.GreaterOrEqual(t, unanswerable, 10)
	assert.GreaterOrEqual(t, once, 30, "rare facts")
	assert.GreaterOrEqual(t, frequent, 4, "frequent facts")
}

// TestEntriesReport runs the toy pipeline over the test corpus: the curve
// has its buckets, and retrieval beats the prior on once-seen facts.
func TestEntriesReport(t *testing.T) {
	rep, _ := entriesReport(t)
	assert.Equal(t, 10, rep.Unanswerable)
	var once *Bucket
	for i := range rep.Frequency.Buckets {
		if rep.Frequency.Buckets[i].Label == "1" {
			once = &rep.Frequency.Buckets[i]
		}
	}
	require.NotNil(t, once)
	r, b := once.Accuracy[generate.RAG], once.Accuracy[generate.Bare]
	rv, _ := r.Value()
	bv, _ := b.Value()
	assert.Greater(t, rv, bv+0.3, "RAG %s against bare %s on once-seen facts", ratioCell(r), ratioCell(b))
	g, _ := rep.Summary(generate.RAG)
	hit, _ := g.HitAt[2].Hit.Value()
	assert.Greater(t, hit, 0.7, "toy retrieval finds the source in its top 5")
}
