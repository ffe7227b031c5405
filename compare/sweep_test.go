package compare

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/generate"
	"github.com/verbatim-rag/verbatim/rag"
)

// budgetAsker knows a question's answer in bare mode only when the budget
// is at least need[question]; RAG mode always knows it.
type budgetAsker struct {
	budget int64
	need   map[string]int64
	golds  map[string]string
}

func (b budgetAsker) Ask(_ context.Context, q string, m generate.Mode) (rag.Answer, error) {
	if m == generate.RAG || b.budget >= b.need[q] {
		return rag.Answer{Text: "It is " + b.golds[q] + "."}, nil
	}
	return rag.Answer{Text: "It is 1999."}, nil
}

func TestSweep(t *testing.T) {
	qs := []Question{
		{ID: "a", Question: "A?", Answers: []string{"1214"}},
		{ID: "b", Question: "B?", Answers: []string{"Kelvisk"}},
		{ID: "c", Question: "C?", Answers: []string{"412"}},
		{ID: "d", Question: "D?", Answers: []string{"Velmora"}},
	}
	need := map[string]int64{"A?": 1 << 10, "B?": 64 << 10, "C?": 64 << 10, "D?": 1 << 30}
	golds := map[string]string{"A?": "1214", "B?": "Kelvisk", "C?": "412", "D?": "Velmora"}
	var trained []int64
	retrain := func(_ context.Context, budget int64) (Asker, int64, error) {
		trained = append(trained, budget)
		return budgetAsker{budget: budget, need: need, golds: golds}, budget * 9 / 10, nil
	}
	var last [2]int
	points, err := Sweep(context.Background(), []int64{4 << 10, 64 << 10, 4 << 20}, retrain, qs, Options{
		Progress: func(done, total int) { last = [2]int{done, total} },
	})
	require.NoError(t, err)
	assert.Equal(t, []int64{4 << 10, 64 << 10, 4 << 20}, trained)
	assert.Equal(t, [2]int{24, 24}, last, "progress spans the whole sweep")
	require.Len(t, points, 3)
	wantBare := []Ratio{{1, 4}, {3, 4}, {3, 4}}
	for i, p := range points {
		assert.Equal(t, p.Budget*9/10, p.ModelBytes)
		b, ok := p.Summary(generate.Bare)
		require.True(t, ok)
		assert.Equal(t, wantBare[i], b.Accuracy, "budget %d", p.Budget)
		assert.Equal(t, Ratio{4 - wantBare[i].Num, 4}, b.Hallucination)
		r, _ := p.Summary(generate.RAG)
		assert.Equal(t, Ratio{4, 4}, r.Accuracy)
	}

	_, err = Sweep(context.Background(), []int64{1}, func(context.Context, int64) (Asker, int64, error) {
		return nil, 0, errors.New("out of memory")
	}, qs, Options{})
	assert.ErrorContains(t, err, "compare: retrain at 1B: out of memory")
}

func TestParseBytes(t *testing.T) {
	tests := []struct {
		in   string
		want int64
	}{
		{"4096", 4096}, {"64KiB", 64 << 10}, {"64kib", 64 << 10}, {"512K", 512 << 10},
		{"4MiB", 4 << 20}, {"1.5MiB", 3 << 19}, {"2GiB", 2 << 30}, {"10KB", 10000}, {"3 MB", 3000000}, {"7b", 7},
	}
	for _, tt := range tests {
		n, err := ParseBytes(tt.in)
		require.NoError(t, err, tt.in)
		assert.Equal(t, tt.want, n, tt.in)
	}
	for _, bad := range []string{"", "KiB", "-4KiB", "0", "0.1B", "12 parsecs", "NaN", "1e30GiB"} {
		_, err := ParseBytes(bad)
		assert.ErrorIs(t, err, ErrBadOption, bad)
	}
	bs, err := ParseBudgets("64KiB, 512KiB,4MiB,")
	require.NoError(t, err)
	assert.Equal(t, []int64{64 << 10, 512 << 10, 4 << 20}, bs)
	_, err = ParseBudgets(" , ")
	assert.ErrorIs(t, err, ErrBadOption)
}

func FuzzParseBytes(f *testing.F) {
	for _, s := range []string{"64KiB", "4MiB", "1.5MB", "4096", "x", "-1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := ParseBytes(s)
		if err != nil {
			return
		}
		assert.Positive(t, n)
		back, err := ParseBytes(fmt.Sprint(n))
		require.NoError(t, err)
		assert.Equal(t, n, back)
	})
}
