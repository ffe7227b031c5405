package compare

import (
	"context"
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/verbatim-rag/verbatim/generate"
)

// Retrainer rebuilds the model within a byte budget and returns an Asker
// that uses it, with the model's actual size in bytes.
type Retrainer func(ctx context.Context, budget int64) (Asker, int64, error)

// SweepPoint is the comparison at one model budget.
type SweepPoint struct {
	Budget     int64         `json:"budget"`      // bytes asked for
	ModelBytes int64         `json:"model_bytes"` // bytes the model took
	Modes      []ModeSummary `json:"modes"`
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
			return nil, fmt.Errorf("compare: retrain at %s: %w", FormatBytes(b), err)
		}
		run := o
		if opts.Progress != nil {
			base := i * per
			run.Progress = func(done, _ int) { opts.Progress(base+done, per*len(budgets)) }
		}
		rep, err := Run(ctx, run, asker, nil, qs)
		if err != nil {
			return nil, fmt.Errorf("compare: sweep at %s: %w", FormatBytes(b), err)
		}
		points = append(points, SweepPoint{Budget: b, ModelBytes: size, Modes: rep.Modes})
	}
	return points, nil
}

// byteUnits are the suffixes ParseBytes knows, longest first.
var byteUnits = []struct {
	suffix string
	mult   int64
}{
	{"kib", 1 << 10}, {"mib", 1 << 20}, {"gib", 1 << 30},
	{"kb", 1000}, {"mb", 1000 * 1000}, {"gb", 1000 * 1000 * 1000},
	{"k", 1 << 10}, {"m", 1 << 20}, {"g", 1 << 30}, {"b", 1},
}

// ParseBytes parses a size such as "64KiB", "4MiB", "1.5MB" or "4096".
// Binary (KiB, MiB, GiB, and the bare K, M, G) and decimal (KB, MB, GB)
// units are case-insensitive.
func ParseBytes(s string) (int64, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	mult := int64(1)
	for _, u := range byteUnits {
		if strings.HasSuffix(t, u.suffix) {
			t, mult = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.mult
			break
		}
	}
	v, err := strconv.ParseFloat(t, 64)
	if err != nil || v <= 0 || math.IsInf(v, 0) || math.IsNaN(v) || v*float64(mult) >= math.MaxInt64/2 {
		return 0, fmt.Errorf("%w: size %q (want a positive number with an optional unit such as 64KiB or 4MiB)", ErrBadOption, s)
	}
	n := int64(math.Round(v * float64(mult)))
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

// FormatBytes renders n with a binary unit: "64KiB", "1.5MiB", "900B".
func FormatBytes(n int64) string {
	units := []string{"B", "KiB", "MiB", "GiB", "TiB"}
	v, i := float64(n), 0
	for v >= 1024 && i < len(units)-1 {
		v /= 1024
		i++
	}
	if i == 0 || v == math.Trunc(v) {
		return strconv.FormatFloat(v, 'f', 0, 64) + units[i]
	}
	return strconv.FormatFloat(v, 'f', 1, 64) + units[i]
}
