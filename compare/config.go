package compare

import (
	"context"
	"fmt"
	"strings"

	"github.com/verbatim-rag/verbatim/generate"
	"github.com/verbatim-rag/verbatim/rag"
)

// Config is the comparison's part of the global configuration.
type Config struct {
	Modes    string `mapstructure:"modes"`       // "rag,bare", "rag", "bare" or "both"
	Limit    int    `mapstructure:"limit"`       // 0 for every question
	Sample   bool   `mapstructure:"sample"`      // with limit, a seeded random sample
	Seed     int64  `mapstructure:"sample_seed"` // seed of the sample, recorded in the report
	Parallel int    `mapstructure:"parallel"`    // concurrent questions; 1 for generators that are not goroutine-safe
	Ks       []int  `mapstructure:"ks"`          // hit@k cut-offs
	Budgets  string `mapstructure:"budgets"`     // bitrate sweep, "64KiB,512KiB,4MiB"; empty for none
	// Temperatures makes a temperature grid ("0,0.5,1,1.5"; × Budgets when
	// both are set); empty for none. Seeds is the repeats per cell.
	Temperatures string `mapstructure:"temperatures"`
	Seeds        int    `mapstructure:"seeds"`
	Filter       Filter `mapstructure:"filter"`
}

// DefaultConfig runs both modes on every question, one at a time.
func DefaultConfig() Config {
	return Config{Modes: "both", Seed: 1, Parallel: 1, Ks: []int{1, 3, 5, 10}, Seeds: 3}
}

// Options turns the configuration into run options.
func (c Config) Options() (Options, error) {
	modes, err := ParseModes(c.Modes)
	if err != nil {
		return Options{}, err
	}
	o := Options{Modes: modes, Limit: c.Limit, Sample: c.Sample, Seed: c.Seed, Parallel: c.Parallel, Ks: c.Ks, Filter: c.Filter}
	if _, err := o.defaults(); err != nil {
		return Options{}, err
	}
	for _, k := range c.Ks {
		if k <= 0 {
			return Options{}, fmt.Errorf("%w: hit@k cut-off %d", ErrBadOption, k)
		}
	}
	return o, nil
}

// SweepBudgets parses Budgets; nil when no sweep is configured.
func (c Config) SweepBudgets() ([]int64, error) {
	if c.Budgets == "" {
		return nil, nil
	}
	return ParseBudgets(c.Budgets)
}

// GridTemperatures parses Temperatures and checks Seeds; nil when no grid
// is configured.
func (c Config) GridTemperatures() ([]float64, error) {
	if strings.TrimSpace(c.Temperatures) == "" {
		return nil, nil
	}
	if c.Seeds < 1 || c.Seeds > MaxSeeds {
		return nil, fmt.Errorf("%w: seeds %d (want 1 to %d repeats per temperature)", ErrBadOption, c.Seeds, MaxSeeds)
	}
	return ParseTemperatures(c.Temperatures)
}

// AskFunc adapts a function to Asker, e.g. a rag.Pipeline:
//
//	compare.AskFunc(func(ctx context.Context, q string, m generate.Mode) (rag.Answer, error) {
//		return p.Ask(ctx, rag.Request{Question: q, Mode: m})
//	})
type AskFunc func(ctx context.Context, question string, mode generate.Mode) (rag.Answer, error)

// Ask calls f.
func (f AskFunc) Ask(ctx context.Context, question string, mode generate.Mode) (rag.Answer, error) {
	return f(ctx, question, mode)
}
