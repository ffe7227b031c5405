package qaset

import (
	"context"
	"fmt"

	"github.com/verbatim-rag/verbatim/compare"
	"github.com/verbatim-rag/verbatim/generate"
	"github.com/verbatim-rag/verbatim/generate/lossy"
	"github.com/verbatim-rag/verbatim/verify"
)

// BareRecord is one question asked in bare mode at one budget.
type BareRecord struct {
	Question
	Corpus     string `json:"corpus"`
	Budget     string `json:"budget"`
	Answer     string `json:"answer"`
	Correct    bool   `json:"correct"`
	Degenerate string `json:"degenerate,omitempty"` // see verify.Degenerate
	Repeat     string `json:"repeat,omitempty"`     // a three-token sequence said twice (see RepeatedTrigram)
}

// AskBare trains the built-in model on b's passages with cfg (its budget
// and order) and asks every answerable question in bare mode: the model
// answers from its own bytes, with no passages. It returns the records and
// the model's size in bytes.
func AskBare(ctx context.Context, b *Bench, name string, cfg lossy.Config, qs []Question) ([]BareRecord, int, error) {
	budget := cfg.Budget
	m, err := lossy.Train(ctx, b.Passages, cfg)
	if err != nil {
		return nil, 0, fmt.Errorf("%s: train at %s: %w", name, budget, err)
	}
	g := lossy.New(m, lossy.Config{})
	var out []BareRecord
	for _, q := range qs {
		if len(q.Answers) == 0 {
			continue
		}
		ans, err := g.Generate(ctx, generate.Request{Question: q.Question, Mode: generate.Bare}, nil)
		if err != nil {
			return nil, 0, fmt.Errorf("%s: %w", q.ID, err)
		}
		out = append(out, BareRecord{Question: q, Corpus: name, Budget: budget, Answer: ans.Text,
			Correct: compare.Match(ans.Text, q.Answers), Degenerate: verify.Degenerate(ans.Text), Repeat: verify.RepeatedTrigram(ans.Text)})
	}
	return out, m.Report().Size, nil
}
