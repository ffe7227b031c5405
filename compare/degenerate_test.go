package compare

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/verbatim-rag/verbatim/generate"
	"github.com/verbatim-rag/verbatim/rag"
)

func TestDegenerateAnswersAreCountedAndLabelled(t *testing.T) {
	q := Question{ID: "q1", Question: "Where is the Korvath Tunnel?", Answers: []string{"Ebbridge"}}
	loop := rag.Answer{Mode: generate.Bare, Text: "the Tarrow Hills the Tarrow Hills the Tarrow Hills", Degenerate: `loops: repeats "the tarrow hills" 3 times`}
	sound := rag.Answer{Mode: generate.Bare, Text: "It runs under Ebbridge."}
	rl, rs := scoreAnswer(q, loop, 0), scoreAnswer(q, sound, 0)
	assert.Equal(t, loop.Degenerate, rl.Degenerate)
	assert.Empty(t, rs.Degenerate)

	recs := []Record{
		{ID: "q1", Answers: q.Answers, Results: map[generate.Mode]*Result{generate.Bare: rl}},
		{ID: "q2", Answers: q.Answers, Results: map[generate.Mode]*Result{generate.Bare: rs}},
	}
	s := summarize(recs, generate.Bare, nil)
	assert.Equal(t, Ratio{Num: 1, Den: 2}, s.Degenerate)

	class, text := verdict(recs[0], rl)
	assert.Equal(t, "wrong", class)
	assert.Contains(t, text, "degenerate (loops")
	class, text = verdict(recs[1], rs)
	assert.Equal(t, "right", class)
	assert.Equal(t, "correct", text)
}
