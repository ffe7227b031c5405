package compare

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/generate"
	"github.com/verbatim-rag/verbatim/rag"
)

func TestConfigOptions(t *testing.T) {
	o, err := DefaultConfig().Options()
	require.NoError(t, err)
	assert.Equal(t, []generate.Mode{generate.RAG, generate.Bare}, o.Modes)
	assert.Equal(t, 1, o.Parallel)
	b, err := DefaultConfig().SweepBudgets()
	require.NoError(t, err)
	assert.Nil(t, b)

	bad := []Config{
		{Modes: "rag,llm"},
		{Modes: "rag", Limit: -1},
		{Modes: "rag", Ks: []int{0}},
		{Modes: "rag", Filter: Filter{Kind: "maybe"}},
	}
	for _, c := range bad {
		_, err := c.Options()
		assert.ErrorIs(t, err, ErrBadOption, "%+v", c)
	}
	c := DefaultConfig()
	c.Budgets = "64KiB,4MiB"
	b, err = c.SweepBudgets()
	require.NoError(t, err)
	assert.Equal(t, []int64{64 << 10, 4 << 20}, b)
}

func TestFuncAdapters(t *testing.T) {
	ask := AskFunc(func(_ context.Context, q string, m generate.Mode) (rag.Answer, error) {
		return rag.Answer{Text: q + " in " + string(m)}, nil
	})
	count := CountFunc(func(context.Context, string) (int, error) { return 1, nil })
	rep, err := Run(context.Background(), Options{}, ask, count, []Question{{ID: "a", Question: "1214", Answers: []string{"1214"}}})
	require.NoError(t, err)
	assert.Equal(t, OutcomeCounts{BothRight: 1}, *rep.Outcomes)
	assert.Equal(t, Ratio{1, 1}, rep.Frequency.OnceSeen)
}

// CountFunc adapts a function to AnswerCounter, for tests.
type CountFunc func(ctx context.Context, answer string) (int, error)

// CountContaining calls f.
func (f CountFunc) CountContaining(ctx context.Context, answer string) (int, error) {
	return f(ctx, answer)
}
