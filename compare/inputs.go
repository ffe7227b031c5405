package compare

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/verbatim-rag/verbatim/generate"
	"github.com/verbatim-rag/verbatim/rag"
)

// Asker answers one question in one mode. The real one is the rag pipeline;
// it must be safe for concurrent use when Options.Parallel > 1.
type Asker interface {
	Ask(ctx context.Context, question string, mode generate.Mode) (rag.Answer, error)
}

// AnswerCounter tells how many passages contain an answer, for the frequency
// curve.
type AnswerCounter interface {
	CountContaining(ctx context.Context, answer string) (int, error)
}

// PassageTexts is an in-memory AnswerCounter over passage texts, normalised once;
// CountContaining then agrees with Match.
type PassageTexts struct {
	norm []string // " " + Normalize(text) + " "
}

// NewPassageTexts returns an AnswerCounter over the given passage texts.
func NewPassageTexts(texts []string) *PassageTexts {
	c := &PassageTexts{norm: make([]string, len(texts))}
	for i, t := range texts {
		c.norm[i] = " " + Normalize(t) + " "
	}
	return c
}

// Len returns the number of passages.
func (c *PassageTexts) Len() int { return len(c.norm) }

// CountContaining counts the passages that contain answer as Match decides.
func (c *PassageTexts) CountContaining(ctx context.Context, answer string) (int, error) {
	g := Normalize(answer)
	if g == "" {
		return 0, nil
	}
	g = " " + g + " "
	n := 0
	for i, s := range c.norm {
		if i%1024 == 0 && ctx.Err() != nil {
			return 0, ctx.Err()
		}
		if strings.Contains(s, g) {
			n++
		}
	}
	return n, nil
}

// Filter selects questions; the zero Filter keeps them all.
type Filter struct {
	IDs      []string `json:"ids,omitempty" mapstructure:"ids"`           // keep only these ids
	Source   string   `json:"source,omitempty" mapstructure:"source"`     // keep questions whose source contains this
	Contains string   `json:"contains,omitempty" mapstructure:"contains"` // keep questions whose text contains this (case-insensitive)
	Kind     string   `json:"kind,omitempty" mapstructure:"kind"`         // "", "answerable" or "unanswerable"
}

// ErrBadOption is returned for options that cannot be honoured.
var ErrBadOption = errors.New("compare: bad option")

// Options steer Run and Sweep.
type Options struct {
	Modes    []generate.Mode       // default: rag and bare
	Limit    int                   // ask at most this many questions (after filtering), 0 for all
	Sample   bool                  // with Limit, take a seeded random sample instead of the first ones
	Seed     int64                 // seed of the sample; recorded in the report
	Parallel int                   // concurrent Ask calls, default 1
	Ks       []int                 // hit@k cut-offs, default 1, 3, 5, 10
	Filter   Filter                // which questions to ask
	Title    string                // report title
	Progress func(done, total int) // called after each answer, from one goroutine at a time
	Now      func() time.Time      // clock for wall-time latency, default time.Now
	// Group, when set, names each question's group by its source (e.g.
	// its model.priority weight); the report gives every figure per group.
	Group func(source string) string
}

// defaults fills zero options and validates the rest.
func (o Options) defaults() (Options, error) {
	if len(o.Modes) == 0 {
		o.Modes = []generate.Mode{generate.RAG, generate.Bare}
	}
	for _, m := range o.Modes {
		if m != generate.RAG && m != generate.Bare {
			return o, fmt.Errorf("%w: unknown mode %q (want rag or bare)", ErrBadOption, m)
		}
	}
	if o.Parallel <= 0 {
		o.Parallel = 1
	}
	if len(o.Ks) == 0 {
		o.Ks = []int{1, 3, 5, 10}
	}
	if o.Limit < 0 {
		return o, fmt.Errorf("%w: negative limit %d", ErrBadOption, o.Limit)
	}
	switch o.Filter.Kind {
	case "", "answerable", "unanswerable":
	default:
		return o, fmt.Errorf("%w: filter kind %q (want answerable or unanswerable)", ErrBadOption, o.Filter.Kind)
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	return o, nil
}

// ParseModes parses "rag,bare" (or "both") into modes.
func ParseModes(s string) ([]generate.Mode, error) {
	if strings.TrimSpace(s) == "" || s == "both" {
		return []generate.Mode{generate.RAG, generate.Bare}, nil
	}
	var ms []generate.Mode
	for _, f := range strings.Split(s, ",") {
		m := generate.Mode(strings.ToLower(strings.TrimSpace(f)))
		if m != generate.RAG && m != generate.Bare {
			return nil, fmt.Errorf("%w: unknown mode %q (want rag, bare or both)", ErrBadOption, f)
		}
		if !slices.Contains(ms, m) {
			ms = append(ms, m)
		}
	}
	return ms, nil
}

// Select applies the filter, then the limit (first questions, or a seeded
// sample in file order when Sample is set).
func Select(qs []Question, o Options) []Question {
	var out []Question
	for _, q := range qs {
		if o.Filter.keep(q) {
			out = append(out, q)
		}
	}
	if o.Limit <= 0 || o.Limit >= len(out) {
		return out
	}
	if !o.Sample {
		return out[:o.Limit]
	}
	rng := rand.New(rand.NewPCG(uint64(o.Seed), 0x5eed))
	pick := rng.Perm(len(out))[:o.Limit]
	slices.Sort(pick)
	sample := make([]Question, len(pick))
	for i, p := range pick {
		sample[i] = out[p]
	}
	return sample
}

func (f Filter) keep(q Question) bool {
	if len(f.IDs) > 0 && !slices.Contains(f.IDs, q.ID) {
		return false
	}
	if f.Source != "" && !strings.Contains(q.Source, f.Source) {
		return false
	}
	if f.Contains != "" && !strings.Contains(strings.ToLower(q.Question), strings.ToLower(f.Contains)) {
		return false
	}
	switch f.Kind {
	case "answerable":
		return q.Answerable()
	case "unanswerable":
		return !q.Answerable()
	}
	return true
}
