package compare

import (
	"context"
	"fmt"
	"strings"

	"github.com/verbatim-rag/verbatim/bytesize"
	"github.com/verbatim-rag/verbatim/generate"
)

// Retrainer rebuilds the model within a byte budget and returns an Asker
// that uses it, with the model's actual size in bytes.
type Retrainer func(ctx context.Context, budget int64) (Asker, int64, error)

// SweepPoint is the comparison at one model budget.
type SweepPoint struct {
	Budget     int64          `json:"budget"`      // bytes asked for
	ModelBytes int64          `json:"model_bytes"` // bytes the model took
	Modes      []ModeSummary  `json:"modes"`
	Kinds      []KindSummary  `json:"kinds"`            // the figures per kind of question
	Groups     []GroupSummary `json:"groups,omitempty"` // per group of Options.Group
	Model      *ModelBits     `json:"model,omitempty"`  // what the built-in model holds, when measured
}

// Summary returns the figures of mode m at this point, and false when m was
// not run.
func (p SweepPoint) Summary(m generate.Mode) (ModeSummary, bool) {
	for _, s := range p.Modes {
		if s.Mode == m {
			return s, true
		}
	}
	return ModeSummary{}, false
}

// Sweep retrains the model at each budget (in the order given) and runs the
// comparison on the same selected questions, in opts.Modes. Progress, when
// set, counts answers over the whole sweep.
func Sweep(ctx context.Context, budgets []int64, retrain Retrainer, questions []Question, opts Options) ([]SweepPoint, error) {
	o, err := opts.defaults()
	if err != nil {
		return nil, err
	}
	qs := Select(questions, o)
	o.Limit, o.Filter = 0, Filter{} // already applied
	per := len(qs) * len(o.Modes)
	points := make([]SweepPoint, 0, len(budgets))
	for i, b := range budgets {
		asker, size, err := retrain(ctx, b)
		if err != nil {
			return nil, fmt.Errorf("compare: retrain at %s: %w", bytesize.Format(b), err)
		}
		run := o
		if opts.Progress != nil {
			base := i * per
			run.Progress = func(done, _ int) { opts.Progress(base+done, per*len(budgets)) }
		}
		rep, err := Run(ctx, run, asker, nil, qs)
		if err != nil {
			return nil, fmt.Errorf("compare: sweep at %s: %w", bytesize.Format(b), err)
		}
		points = append(points, SweepPoint{Budget: b, ModelBytes: size, Modes: rep.Modes, Kinds: rep.Kinds, Groups: rep.Groups})
	}
	return points, nil
}

// ParseBytes parses a positive size such as "64KiB", "4MiB", "1.5MB" or
// "4096" (see bytesize.Parse).
func ParseBytes(s string) (int64, error) {
	n, err := bytesize.Parse(s)
	if err != nil {
		return 0, fmt.Errorf("%w: %v", ErrBadOption, err)
	}
	if n < 1 {
		return 0, fmt.Errorf("%w: size %q is below one byte", ErrBadOption, s)
	}
	return n, nil
}

// ParseBudgets parses a comma-separated list of sizes ("64KiB,512KiB,4MiB").
func ParseBudgets(s string) ([]int64, error) {
	var out []int64
	for _, f := range strings.Split(s, ",") {
		if strings.TrimSpace(f) == "" {
			continue
		}
		n, err := ParseBytes(f)
		if err != nil {
			return nil, err
		}
		out = append(out, n)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%w: no budgets in %q", ErrBadOption, s)
	}
	return out, nil
}
