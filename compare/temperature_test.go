package compare

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/generate"
	"github.com/verbatim-rag/verbatim/rag"
)

// tempAsker answers bare questions right at temperature 0 and for even
// seeds, and wrongly (a different answer each seed) otherwise; names are
// known only from a 1MiB budget. RAG is always right; unanswerable
// questions are always declined.
type tempAsker struct {
	budget int64
	temp   float64
	seed   int64
	golds  map[string]string
}

func (a tempAsker) Ask(_ context.Context, q string, m generate.Mode) (rag.Answer, error) {
	gold, ok := a.golds[q]
	switch {
	case !ok:
		return rag.Answer{Text: "I do not know.", Abstained: true}, nil
	case m == generate.RAG:
		return rag.Answer{Text: gold}, nil
	case q == "B?" && a.budget < 1<<20:
		return rag.Answer{Text: "Nobody"}, nil
	case a.temp == 0 || a.seed%2 == 0:
		return rag.Answer{Text: "It is " + gold + "."}, nil
	}
	return rag.Answer{Text: fmt.Sprintf("It is 99%d.", a.seed)}, nil
}

var gridQuestions = []Question{
	{ID: "a", Question: "A?", Answers: []string{"1214"}},
	{ID: "b", Question: "B?", Answers: []string{"Kelvisk"}},
	{ID: "c", Question: "C?", Answers: []string{}},
}

func gridModel(trained *[]int64) ModelAt {
	golds := map[string]string{"A?": "1214", "B?": "Kelvisk"}
	return func(_ context.Context, budget int64) (Sampler, int64, error) {
		*trained = append(*trained, budget)
		return func(t float64, seed int64) Asker {
			return tempAsker{budget: budget, temp: t, seed: seed, golds: golds}
		}, budget / 2, nil
	}
}

func TestGrid(t *testing.T) {
	var trained []int64
	var last [2]int
	points, err := Grid(context.Background(), []int64{64 << 10, 4 << 20}, []float64{0, 1}, Seeds(1, 3), gridModel(&trained), gridQuestions,
		Options{Progress: func(done, total int) { last = [2]int{done, total} }})
	require.NoError(t, err)
	assert.Equal(t, []int64{64 << 10, 4 << 20}, trained, "each budget trained once")
	assert.Equal(t, [2]int{72, 72}, last, "progress spans the grid: 2 budgets × 2 temperatures × 3 seeds × 3 questions × 2 modes")
	require.Len(t, points, 4)

	third := 1.0 / 3
	tests := []struct {
		budget           int64
		temp             float64
		acc              []float64
		distinct, divers float64
	}{
		{64 << 10, 0, []float64{0.5, 0.5, 0.5}, 1, 0},
		{64 << 10, 1, []float64{0, 0.5, 0}, (3 + 1 + 1) * third, third},
		{4 << 20, 0, []float64{1, 1, 1}, 1, 0},
		{4 << 20, 1, []float64{0, 1, 0}, (3 + 3 + 1) * third, 2 * third},
	}
	for i, tt := range tests {
		p := points[i]
		assert.Equal(t, tt.budget, p.Budget)
		assert.Equal(t, tt.budget/2, p.ModelBytes)
		assert.Equal(t, tt.temp, p.Temperature)
		assert.Equal(t, []int64{1, 2, 3}, p.Seeds)
		b, ok := p.Summary(generate.Bare)
		require.True(t, ok)
		assert.Equal(t, tt.acc, b.Accuracy.Values, "budget %d temperature %g", tt.budget, tt.temp)
		hal := make([]float64, len(tt.acc))
		for j, v := range tt.acc {
			hal[j] = 1 - v
		}
		assert.Equal(t, hal, b.Hallucination.Values)
		d, _ := b.Distinct.Value()
		assert.InDelta(t, tt.distinct, d, 1e-12, "distinct answers %d/%g", tt.budget, tt.temp)
		v, _ := b.Diversity.Value()
		assert.InDelta(t, tt.divers, v, 1e-12, "diversity %d/%g", tt.budget, tt.temp)
		r, _ := p.Summary(generate.RAG)
		assert.Equal(t, 1.0, r.Accuracy.Mean)
		assert.Equal(t, 0.0, r.Accuracy.SD)
	}
	b, _ := points[3].Summary(generate.Bare)
	assert.InDelta(t, third, b.Accuracy.Mean, 1e-12)
	assert.InDelta(t, math.Sqrt(third), b.Accuracy.SD, 1e-12, "sample standard deviation of 0, 1, 0")

	// Per kind: the name is lost at the small budget at every temperature,
	// the date only when sampling.
	require.Len(t, points[1].Kinds, 3)
	byKind := map[string]TempSummary{}
	for _, k := range points[1].Kinds {
		byKind[k.Kind] = k.Modes[1]
	}
	assert.Equal(t, []float64{0, 1, 0}, byKind[KindDate].Accuracy.Values)
	assert.Equal(t, []float64{0, 0, 0}, byKind[KindName].Accuracy.Values)
	assert.Equal(t, 0, byKind[KindOther].Accuracy.N, "no answerable questions")

	rep := &Report{Title: "grid", Temperature: points}
	var out bytes.Buffer
	require.NoError(t, rep.WriteTable(&out))
	assert.Regexp(t, `Budget\s+Temperature\s+Seeds\s+RAG accuracy\s+RAG hallucination\s+RAG diversity\s+BARE accuracy`, out.String())
	assert.Regexp(t, `4MiB\s+1\s+3\s+100\.0% ± 0\.0\s+0\.0% ± 0\.0\s+0\.0% \(1\.00\)\s+33\.3% ± 57\.7\s+66\.7% ± 57\.7\s+66\.7% \(2\.33\)`, out.String())

	out.Reset()
	require.NoError(t, rep.WriteJSON(&out))
	var back struct {
		Temperature []struct {
			Temperature float64 `json:"temperature"`
			Modes       []struct {
				Accuracy  struct{ Mean, SD float64 }
				Diversity struct{ Value *float64 }
			} `json:"modes"`
		} `json:"temperature"`
	}
	require.NoError(t, json.Unmarshal(out.Bytes(), &back))
	require.Len(t, back.Temperature, 4)
	assert.InDelta(t, third, back.Temperature[3].Modes[1].Accuracy.Mean, 1e-12)
	require.NotNil(t, back.Temperature[3].Modes[1].Diversity.Value)
}

func TestGridWithoutBudgets(t *testing.T) {
	var trained []int64
	points, err := Grid(context.Background(), nil, []float64{0.5}, Seeds(7, 1), gridModel(&trained), gridQuestions, Options{Modes: []generate.Mode{generate.Bare}})
	require.NoError(t, err)
	assert.Equal(t, []int64{0}, trained, "the configured model")
	require.Len(t, points, 1)
	b, _ := points[0].Summary(generate.Bare)
	assert.Equal(t, []float64{0}, b.Accuracy.Values, "seed 7 samples wrongly")
	_, ok := b.Diversity.Value()
	assert.False(t, ok, "no diversity with one seed")

	var out bytes.Buffer
	require.NoError(t, (&Report{Temperature: points}).WriteTable(&out))
	assert.Regexp(t, `(?m)^Temperature\s+Seeds\s+BARE accuracy`, out.String(), "no budget column")
	assert.Regexp(t, `(?m)^0\.5\s+1\s+0\.0%\s+100\.0%\s+–`, out.String())
}

func TestGridErrors(t *testing.T) {
	fail := func(context.Context, int64) (Sampler, int64, error) { return nil, 0, errors.New("out of memory") }
	_, err := Grid(context.Background(), []int64{1 << 10}, []float64{0}, Seeds(1, 1), fail, gridQuestions, Options{})
	assert.ErrorContains(t, err, "compare: retrain at 1KiB: out of memory")
	_, err = Grid(context.Background(), nil, nil, Seeds(1, 1), fail, gridQuestions, Options{})
	assert.ErrorIs(t, err, ErrBadOption)

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var trained []int64
	_, err = Grid(ctx, nil, []float64{1}, Seeds(1, 2), gridModel(&trained), gridQuestions, Options{})
	assert.ErrorIs(t, err, context.Canceled)
}

func TestSpread(t *testing.T) {
	s := newSpread([]float64{0.2, 0.4, 0.6})
	assert.InDelta(t, 0.4, s.Mean, 1e-12)
	assert.InDelta(t, 0.2, s.SD, 1e-12)
	assert.Equal(t, []float64{0.2, 0.6}, []float64{s.Min, s.Max})
	assert.Equal(t, "40.0% ± 20.0", s.Cell())
	assert.Equal(t, "50.0%", newSpread([]float64{0.5}).Cell())
	empty := newSpread(nil)
	assert.Equal(t, "–", empty.Cell())
	b, err := json.Marshal(empty)
	require.NoError(t, err)
	assert.JSONEq(t, `{"values":[],"mean":0,"sd":0,"min":0,"max":0,"n":0}`, string(b))
}

func TestParseTemperatures(t *testing.T) {
	ts, err := ParseTemperatures("0, 0.5,1,1.5,")
	require.NoError(t, err)
	assert.Equal(t, []float64{0, 0.5, 1, 1.5}, ts)
	for _, bad := range []string{"", " , ", "-0.5", "2.5", "hot", "NaN", "1,,x"} {
		_, err := ParseTemperatures(bad)
		assert.ErrorIs(t, err, ErrBadOption, bad)
	}
	_, err = ParseTemperatures("0,3")
	assert.EqualError(t, err, `compare: bad option: temperature "3" (want a number from 0 to 2)`)

	c := DefaultConfig()
	ts, err = c.GridTemperatures()
	require.NoError(t, err)
	assert.Nil(t, ts, "no grid by default")
	c.Temperatures = "0,1"
	ts, err = c.GridTemperatures()
	require.NoError(t, err)
	assert.Equal(t, []float64{0, 1}, ts)
	c.Seeds = 0
	_, err = c.GridTemperatures()
	assert.EqualError(t, err, "compare: bad option: seeds 0 (want 1 to 100 repeats per temperature)")
}

func FuzzParseTemperatures(f *testing.F) {
	for _, s := range []string{"0,0.5,1,1.5", "2", "-1", "x", "1e400", "0x1p-2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ts, err := ParseTemperatures(s)
		if err != nil {
			assert.ErrorIs(t, err, ErrBadOption)
			return
		}
		for _, v := range ts {
			assert.True(t, v >= 0 && v <= MaxTemperature, "%g", v)
		}
	})
}

// TestTemperatureHTMLAgreesWithJSON compares the grid's cells on the page
// with the JSON document and checks the chart's lines and points.
func TestTemperatureHTMLAgreesWithJSON(t *testing.T) {
	var trained []int64
	points, err := Grid(context.Background(), []int64{64 << 10, 4 << 20}, []float64{0, 1}, Seeds(1, 3), gridModel(&trained), gridQuestions, Options{})
	require.NoError(t, err)
	rep := handReport(t)
	rep.Temperature = points
	var js, page bytes.Buffer
	require.NoError(t, rep.WriteJSON(&js))
	require.NoError(t, rep.WriteHTML(&page))
	var doc struct {
		Temperature []TempPoint `json:"temperature"`
	}
	require.NoError(t, json.Unmarshal(js.Bytes(), &doc))
	values, texts, _, _, _ := htmlFigures(t, page.String())
	checked := 0
	for _, p := range doc.Temperature {
		for _, s := range p.Modes {
			key := fmt.Sprintf("temp.%d.%s.%s.", p.Budget, formatTemp(p.Temperature), s.Mode)
			for fig, want := range map[string]float64{"accuracy": s.Accuracy.Mean, "hallucination": s.Hallucination.Mean} {
				got, ok := values[key+fig]
				require.True(t, ok, "page lacks %s", key+fig)
				assert.Equal(t, strconv.FormatFloat(want, 'g', -1, 64), got, key+fig)
				checked++
			}
			d, _ := s.Diversity.Value()
			assert.Equal(t, strconv.FormatFloat(d, 'g', -1, 64), values[key+"diversity"])
		}
	}
	assert.Equal(t, 16, checked)
	assert.Equal(t, "33.3% ± 57.7 (0.0%–100.0%)", texts["temp.4194304.1.bare.accuracy"])

	s := page.String()
	start := strings.Index(s, `id="chart-temperature"`)
	require.GreaterOrEqual(t, start, 0, "temperature chart")
	svg := s[start : start+strings.Index(s[start:], "</svg>")]
	assert.Equal(t, 2*3, strings.Count(svg, "<polyline"), "accuracy, hallucination and diversity per budget")
	assert.Equal(t, 2*2*3, strings.Count(svg, "<circle"), "three points per budget and temperature")
	assert.Equal(t, 2, strings.Count(svg, `class="sd `), "a spread bar where the seeds disagree on accuracy")
	assert.Contains(t, svg, "4MiB, temperature 1: accuracy 33.3% ± 57.7")
}
