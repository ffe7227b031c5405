package compare

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/verbatim-rag/verbatim/bytesize"
	"github.com/verbatim-rag/verbatim/generate"
)

// Sampler returns an Asker that decodes at the given temperature with the
// given sampling seed.
type Sampler func(temperature float64, seed int64) Asker

// ModelAt returns the Sampler of the model at a byte budget, with the
// model's size in bytes. Grid calls it with budget 0, meaning the model as
// configured (size 0 if unknown), when no budgets are given.
type ModelAt func(ctx context.Context, budget int64) (Sampler, int64, error)

// MaxTemperature bounds the temperatures of a grid (OpenAI-compatible
// servers accept up to 2).
const MaxTemperature = 2.0

// MaxSeeds bounds the repeats per grid cell.
const MaxSeeds = 100

// TempPoint is the comparison at one temperature (and budget, in a grid),
// repeated once per seed.
type TempPoint struct {
	Budget      int64          `json:"budget,omitempty"`      // bytes asked for; 0 for the configured model
	ModelBytes  int64          `json:"model_bytes,omitempty"` // bytes the model took
	Temperature float64        `json:"temperature"`
	Seeds       []int64        `json:"seeds"`
	Modes       []TempSummary  `json:"modes"`
	Kinds       []TempKindSums `json:"kinds"` // the same figures per kind of question
}

// TempKindSums holds a grid cell's figures for one kind of question.
type TempKindSums struct {
	Kind  string        `json:"kind"`
	Modes []TempSummary `json:"modes"`
}

// TempSummary holds one mode's figures over the seeds of a grid cell.
type TempSummary struct {
	Mode          generate.Mode `json:"mode"`
	Accuracy      Spread        `json:"accuracy"`      // over answerable questions, one value per seed
	Hallucination Spread        `json:"hallucination"` // over answerable questions, one value per seed
	// Distinct is the mean number of distinct answers a question got
	// across the seeds (abstentions count as one answer); 1 when every
	// seed answered alike.
	Distinct Mean `json:"distinct"`
	// Diversity is the mean over questions of (distinct-1)/(seeds-1): 0
	// when every seed gave the same answer, 1 when each gave another.
	// Undefined with one seed.
	Diversity Mean `json:"diversity"`
	Errors    int  `json:"errors"` // failed answers over all seeds
}

// Spread is a figure measured once per seed: its mean, sample standard
// deviation and range. N is the number of seeds with a value.
type Spread struct {
	Values []float64 `json:"values"`
	Mean   float64   `json:"mean"`
	SD     float64   `json:"sd"` // 0 for fewer than two values
	Min    float64   `json:"min"`
	Max    float64   `json:"max"`
	N      int       `json:"n"`
}

// newSpread summarises values.
func newSpread(values []float64) Spread {
	s := Spread{Values: values, N: len(values)}
	if s.N == 0 {
		s.Values = []float64{}
		return s
	}
	s.Min, s.Max = values[0], values[0]
	for _, v := range values {
		s.Mean += v
		s.Min, s.Max = math.Min(s.Min, v), math.Max(s.Max, v)
	}
	s.Mean /= float64(s.N)
	if s.N > 1 {
		var ss float64
		for _, v := range values {
			ss += (v - s.Mean) * (v - s.Mean)
		}
		s.SD = math.Sqrt(ss / float64(s.N-1))
	}
	return s
}

// Cell renders the spread as "41.2% ± 3.1", "41.2%" for one value, or
// "–" for none.
func (s Spread) Cell() string {
	switch {
	case s.N == 0:
		return "–"
	case s.N == 1:
		return formatPercent(s.Mean)
	}
	return formatPercent(s.Mean) + " ± " + formatFloat(100*s.SD, 1)
}

// Summary returns the figures of mode m at this point, and false when m
// was not run.
func (p TempPoint) Summary(m generate.Mode) (TempSummary, bool) {
	for _, s := range p.Modes {
		if s.Mode == m {
			return s, true
		}
	}
	return TempSummary{}, false
}

// Seeds returns n consecutive seeds starting at base.
func Seeds(base int64, n int) []int64 {
	out := make([]int64, n)
	for i := range out {
		out[i] = base + int64(i)
	}
	return out
}

// Grid runs the comparison at every budget × temperature, once per seed,
// on the same selected questions in opts.Modes. With no budgets it uses the
// configured model (ModelAt with budget 0). Progress, when set, counts
// answers over the whole grid.
func Grid(ctx context.Context, budgets []int64, temps []float64, seeds []int64, model ModelAt, questions []Question, opts Options) ([]TempPoint, error) {
	o, err := opts.defaults()
	if err != nil {
		return nil, err
	}
	if len(temps) == 0 || len(seeds) == 0 {
		return nil, fmt.Errorf("%w: a grid needs temperatures and seeds", ErrBadOption)
	}
	if len(budgets) == 0 {
		budgets = []int64{0}
	}
	qs := Select(questions, o)
	o.Limit, o.Filter = 0, Filter{} // already applied
	per := len(qs) * len(o.Modes)
	total := per * len(budgets) * len(temps) * len(seeds)
	var points []TempPoint
	for _, b := range budgets {
		sampler, size, err := model(ctx, b)
		if err != nil {
			return nil, fmt.Errorf("compare: retrain at %s: %w", bytesize.Format(b), err)
		}
		for _, t := range temps {
			runs := make([][]Record, 0, len(seeds))
			for _, seed := range seeds {
				run := o
				if opts.Progress != nil {
					base := len(points)*len(seeds)*per + len(runs)*per
					run.Progress = func(done, _ int) { opts.Progress(base+done, total) }
				}
				rep, err := Run(ctx, run, sampler(t, seed), nil, qs)
				if err != nil {
					return nil, fmt.Errorf("compare: grid at temperature %g, seed %d: %w", t, seed, err)
				}
				runs = append(runs, rep.Records)
			}
			points = append(points, tempPoint(b, size, t, seeds, o.Modes, runs))
		}
	}
	return points, nil
}

// tempPoint computes a grid cell's figures from its runs, one a seed.
func tempPoint(budget, size int64, t float64, seeds []int64, modes []generate.Mode, runs [][]Record) TempPoint {
	p := TempPoint{Budget: budget, ModelBytes: size, Temperature: t, Seeds: seeds}
	all := func(Record) bool { return true }
	for _, m := range modes {
		p.Modes = append(p.Modes, tempSummary(runs, m, all))
	}
	var kinds []string
	for _, rec := range runs[0] {
		if !slices.Contains(kinds, rec.Kind) {
			kinds = append(kinds, rec.Kind)
		}
	}
	sortKinds(kinds)
	for _, k := range kinds {
		tk := TempKindSums{Kind: k}
		for _, m := range modes {
			tk.Modes = append(tk.Modes, tempSummary(runs, m, func(r Record) bool { return r.Kind == k }))
		}
		p.Kinds = append(p.Kinds, tk)
	}
	return p
}

// tempSummary computes mode m's spread over the runs (one a seed, the same
// questions in the same order) for the records keep selects.
func tempSummary(runs [][]Record, m generate.Mode, keep func(Record) bool) TempSummary {
	s := TempSummary{Mode: m}
	var acc, hal []float64
	for _, recs := range runs {
		var a, h Ratio
		for _, rec := range recs {
			res := rec.Results[m]
			if !keep(rec) || res == nil {
				continue
			}
			if res.Error != "" {
				s.Errors++
				continue
			}
			if len(rec.Answers) > 0 {
				a.add(res.Correct)
				h.add(res.Hallucinated)
			}
		}
		if v, ok := a.Value(); ok {
			acc = append(acc, v)
		}
		if v, ok := h.Value(); ok {
			hal = append(hal, v)
		}
	}
	s.Accuracy, s.Hallucination = newSpread(acc), newSpread(hal)
	for qi, rec := range runs[0] {
		if !keep(rec) {
			continue
		}
		distinct, n := distinctAnswers(runs, qi, m)
		if n == 0 {
			continue
		}
		s.Distinct.Sum += float64(distinct)
		s.Distinct.N++
		if n > 1 {
			s.Diversity.Sum += float64(distinct-1) / float64(n-1)
			s.Diversity.N++
		}
	}
	return s
}

// abstainKey stands for an abstention among a question's answers.
const abstainKey = "\x00abstained"

// distinctAnswers counts the distinct answers (normalised, as Match
// compares them) question qi got in mode m across the runs, and how many
// runs answered it without error.
func distinctAnswers(runs [][]Record, qi int, m generate.Mode) (distinct, answered int) {
	seen := map[string]bool{}
	for _, recs := range runs {
		res := recs[qi].Results[m]
		if res == nil || res.Error != "" {
			continue
		}
		answered++
		key := abstainKey
		if !res.Abstained {
			key = Normalize(res.Answer)
		}
		seen[key] = true
	}
	return len(seen), answered
}

// ParseTemperatures parses a comma-separated list of temperatures
// ("0,0.5,1,1.5"), each between 0 and MaxTemperature.
func ParseTemperatures(s string) ([]float64, error) {
	var out []float64
	for _, f := range strings.Split(s, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		t, err := strconv.ParseFloat(f, 64)
		if err != nil || math.IsNaN(t) || t < 0 || t > MaxTemperature {
			return nil, fmt.Errorf("%w: temperature %q (want a number from 0 to %g)", ErrBadOption, f, MaxTemperature)
		}
		out = append(out, t)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%w: no temperatures in %q", ErrBadOption, s)
	}
	return out, nil
}
