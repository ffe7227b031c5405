package main

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/verbatim-rag/verbatim/bytesize"
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
	r, err := a.keeper(c).Retrain(ctx)
	if err != nil {
		return err
	}
	if r.Model == nil {
		fmt.Fprintln(a.out, "model: no documents stored (0 passages), nothing to train; the built-in model is empty")
		return nil
	}
	rep := r.Model.Report()
	fmt.Fprintf(a.out, "model: %s of %s budget, %.2f bits/byte (gzip %.2f), trained in %s\n",
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
	retrain bool
	json    bool
}

func newModelCmd(a *app) *cobra.Command {
	var o modelOptions
	cmd := &cobra.Command{
		Use:   "model",
		Short: "Report the built-in lossy model: budget, size, n-grams, bits per byte",
		Args:  cobra.NoArgs,
		RunE:  func(cmd *cobra.Command, _ []string) error { return a.runModel(cmd, o) },
	}
	fs := cmd.Flags()
	fs.BoolVar(&o.retrain, "retrain", false, "retrain the model from the store (at --budget) and keep it")
	fs.BoolVar(&o.json, "json", false, "print the report as JSON")
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
		if err := a.trainAndStore(cmd.Context(), c); err != nil {
			return err
		}
	}
	m, err := a.loadModel(cmd.Context(), c, "")
	if err != nil {
		return err
	}
	r := m.Report()
	if o.json {
		enc := json.NewEncoder(a.out)
		enc.SetIndent("", "  ")
		return enc.Encode(r)
	}
	_, err = fmt.Fprint(a.out, r.String())
	return err
}
