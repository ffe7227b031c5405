package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"time"

	"github.com/spf13/cobra"

	"github.com/verbatim-rag/verbatim/bytesize"
	"github.com/verbatim-rag/verbatim/compare"
	"github.com/verbatim-rag/verbatim/config"
	"github.com/verbatim-rag/verbatim/generate"
	"github.com/verbatim-rag/verbatim/generate/lossy"
	"github.com/verbatim-rag/verbatim/generate/openai"
	"github.com/verbatim-rag/verbatim/index"
)

// keeper is the lifecycle of the corpus's built-in model at the
// configured settings.
func (a *app) keeper(c *index.Corpus) lossy.Keeper {
	return lossy.Keeper{Store: c, Config: a.cfg.Model}
}

// trainAndStore retrains the built-in model, stores it and says so.
func (a *app) trainAndStore(ctx context.Context, c *index.Corpus) error {
	return a.trainAndStoreFrom(ctx, c, nil, a.out)
}

// trainAndStoreFrom is trainAndStore on the text an ingest streamed to s
// (nil: read the store), saying so on w.
func (a *app) trainAndStoreFrom(ctx context.Context, c *index.Corpus, s *lossy.Stream, w io.Writer) error {
	r, err := a.keeper(c).RetrainFrom(ctx, s)
	return sayRetrained(w, r, err)
}

// sayRetrained says what a retraining stored, or returns its error.
func sayRetrained(w io.Writer, r lossy.Retrained, err error) error {
	if err != nil {
		return err
	}
	if r.Model == nil {
		fmt.Fprintln(w, "model: no documents stored (0 passages), nothing to train; the built-in model is empty")
		return nil
	}
	rep := r.Model.Report()
	fmt.Fprintf(w, "model: %s of %s budget, %.2f bits/byte (gzip %.2f), trained in %s\n",
		bytesize.Format(int64(r.Bytes)), bytesize.Format(rep.Budget), rep.BitsPerByte, rep.GzipBitsPerByte, r.Elapsed.Round(time.Millisecond))
	return nil
}

// loadModel reads the stored model; budget, when set, retrains in memory
// at that budget for an experiment instead.
func (a *app) loadModel(ctx context.Context, c *index.Corpus, budget string) (*lossy.Model, error) {
	k := a.keeper(c)
	if budget != "" {
		k.Config.Budget = budget
		return k.Train(ctx)
	}
	return k.Load()
}

// newGenerator builds the configured generator.
func (a *app) newGenerator(ctx context.Context, c *index.Corpus, budget string) (generate.Generator, error) {
	switch a.cfg.Generator {
	case config.GeneratorOpenAI:
		return openai.New(a.cfg.OpenAI, a.cfg.Generate)
	default:
		m, err := a.loadModel(ctx, c, budget)
		if err != nil {
			return nil, err
		}
		return lossy.New(m, a.cfg.Model), nil
	}
}

type modelOptions struct {
	retrain   bool
	json      bool
	bits      bool
	questions string
}

func newModelCmd(a *app) *cobra.Command {
	var o modelOptions
	cmd := &cobra.Command{
		Use:   "model",
		Short: "Report the built-in lossy model: budget, size, n-grams, bits per byte by token class and format",
		Args:  cobra.NoArgs,
		RunE:  func(cmd *cobra.Command, _ []string) error { return a.runModel(cmd, o) },
	}
	fs := cmd.Flags()
	fs.BoolVar(&o.retrain, "retrain", false, "retrain the model from the store (at --budget) and keep it")
	fs.BoolVar(&o.json, "json", false, "print the report as JSON")
	fs.BoolVar(&o.bits, "bits", true, "measure bits per byte by token class and document format (a pass over the corpus)")
	fs.StringVar(&o.questions, "questions", "", "also report the share of this question set's facts the model holds")
	fs.String("budget", "", `model size budget: bytes ("8MiB") or a share of the corpus text ("5%") (config model.budget)`)
	bindKey(fs, "budget", "model.budget")
	return cmd
}

func (a *app) runModel(cmd *cobra.Command, o modelOptions) error {
	c, err := a.openCorpus(!o.retrain)
	if err != nil {
		return err
	}
	defer c.Close()
	if o.retrain {
		say := a.out
		if o.json {
			say = a.errOut // standard output holds the JSON alone
		}
		if err := a.trainAndStoreFrom(cmd.Context(), c, nil, say); err != nil {
			return err
		}
	}
	m, err := a.loadModel(cmd.Context(), c, "")
	if err != nil {
		return err
	}
	r := m.Report()
	mb, err := a.modelBits(cmd.Context(), c, m, o)
	if err != nil {
		return err
	}
	if o.json {
		enc := json.NewEncoder(a.out)
		enc.SetIndent("", "  ")
		return enc.Encode(struct {
			lossy.Report
			Measured *compare.ModelBits `json:"measured,omitempty"`
		}{r, mb})
	}
	if _, err = fmt.Fprint(a.out, r.String()); err != nil || mb == nil {
		return err
	}
	return writeBits(a.out, mb, o.questions != "")
}

// modelBits measures the model on the stored passages when asked to.
func (a *app) modelBits(ctx context.Context, c *index.Corpus, m *lossy.Model, o modelOptions) (*compare.ModelBits, error) {
	if !o.bits && o.questions == "" {
		return nil, nil
	}
	var qs []compare.Question
	if o.questions != "" {
		var err error
		if qs, err = compare.LoadQuestions(o.questions); err != nil {
			return nil, err
		}
	}
	ps, err := allPassages(ctx, c)
	if err != nil {
		return nil, err
	}
	var group func(string) string
	if len(a.cfg.Model.Priority) > 0 {
		group = priorityGroups(ps, a.cfg.Model.Priority)
	}
	return measureBits(ctx, m, ps, qs, group)
}
