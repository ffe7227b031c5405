package lossy

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/generate"
	"github.com/verbatim-rag/verbatim/verify"
)

// assertViewLines checks a record view: it holds each of want as a line
// of its own and none of not anywhere.
func assertViewLines(t *testing.T, view string, want, not []string) {
	t.Helper()
	lines := strings.Split(view, "\n")
	for _, w := range want {
		assert.Contains(t, lines, w)
	}
	for _, n := range not {
		assert.NotContains(t, view, n)
	}
}

// assertBareAnswers asks g each question in bare mode: the answer holds
// its gold (case aside when fold, as the benchmark's rule reads an
// answer) and repeats no three-token sequence.
func assertBareAnswers(t *testing.T, g *Generator, qas [][2]string, fold bool) {
	t.Helper()
	for _, qa := range qas {
		out, err := g.Generate(context.Background(), generate.Request{Question: qa[0], Mode: generate.Bare}, nil)
		require.NoError(t, err)
		got, gold := out.Text, qa[1]
		if fold {
			got, gold = strings.ToLower(got), strings.ToLower(gold)
		}
		assert.Contains(t, got, gold, "question %q", qa[0])
		assert.Empty(t, verify.RepeatedTrigram(out.Text), "question %q: answer %q", qa[0], out.Text)
	}
}
