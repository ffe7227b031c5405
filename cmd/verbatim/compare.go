package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/verbatim-rag/verbatim/bytesize"
	"github.com/verbatim-rag/verbatim/compare"
	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/generate"
	"github.com/verbatim-rag/verbatim/generate/lossy"
	"github.com/verbatim-rag/verbatim/index"
	"github.com/verbatim-rag/verbatim/ingest"
	"github.com/verbatim-rag/verbatim/rag"
	"github.com/verbatim-rag/verbatim/retrieve"
)

type compareOptions struct {
	filterOptions
	json  bool
	html  string
	quiet bool
}

func newCompareCmd(a *app) *cobra.Command {
	var o compareOptions
	cmd := &cobra.Command{
		Use:   "compare QUESTIONS.jsonl|.csv",
		Short: "Score RAG against bare recall on a question set; table, JSON or HTML report",
		Long: `Asks every question twice with the same generator and settings — once with
retrieved passages (rag), once from the model's own bytes (bare) — and scores
accuracy, abstention, hallucination, negative rejection, citation precision and
recall, retrieval hit@k and MRR, and latency. Questions are bucketed by how many
passages contain the gold answer (the frequency curve), and every figure is
also given per kind of fact (the question file's "kind", else the gold
answer's type: number, date, measure, name, code, other). With --budgets the
built-in model is retrained at each budget (the bitrate sweep), and each
budget's model is measured: bits per byte of the corpus by token class
(number, name, word, punct, code) and document format beside gzip's, and the
share of the questions' facts it still holds. With model.priority set, every
figure is also given per priority glob of the questions' source documents.

With --temperatures every question is asked again at each sampling
temperature, once per seed (--seeds N: answer.seed, answer.seed+1, ...), and
the report gives accuracy and hallucination as mean ± standard deviation over
the seeds and answer diversity (how often a question's repeats disagree). It
works for the built-in model and OpenAI-compatible servers (the request's
temperature); with --budgets too it is a temperature × budget grid.

Question files: JSONL with {"question", "answers": [...], "id", "source",
"kind"} (.json: an array of them), or CSV with columns
question,answers,id,source,kind (answers separated by |). An empty answers
list ([] or an empty cell) marks a question the documents cannot answer;
answers that are missing, null or all blank are an error.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error { return a.runCompare(cmd, args[0], o) },
	}
	o.addFlags(cmd)
	fs := cmd.Flags()
	fs.BoolVar(&o.json, "json", false, "print the full report (every figure and per-question record) as JSON")
	fs.StringVar(&o.html, "html", "", "also write a self-contained HTML report to this file")
	fs.BoolVarP(&o.quiet, "quiet", "q", false, "no progress bar")
	fs.String("modes", "", "rag, bare or both (config compare.modes)")
	fs.Int("limit", 0, "ask at most this many questions (config compare.limit)")
	fs.Int("parallel", 0, "questions asked at once (config compare.parallel)")
	fs.Int64("seed", 0, "sampling seed of the answers, as in ask (config answer.seed)")
	fs.Int64("sample-seed", 0, "seed of the --sample of questions (config compare.sample_seed)")
	fs.Bool("sample", false, "with --limit, ask a seeded random sample instead of the first questions (config compare.sample)")
	fs.String("budgets", "", "bitrate sweep of the built-in model: 64KiB,512KiB,4MiB (config compare.budgets)")
	fs.String("temperatures", "", "temperature grid, e.g. 0,0.5,1,1.5; with --budgets a temperature × budget grid (config compare.temperatures)")
	fs.Int("seeds", 0, "repeats per temperature, seeded answer.seed, answer.seed+1, ... (config compare.seeds)")
	fs.String("generator", "", "lossy (built in) or openai (config generator)")
	bindKey(fs, "modes", "compare.modes")
	bindKey(fs, "limit", "compare.limit")
	bindKey(fs, "parallel", "compare.parallel")
	bindKey(fs, "seed", "answer.seed")
	bindKey(fs, "sample-seed", "compare.sample_seed")
	bindKey(fs, "sample", "compare.sample")
	bindKey(fs, "budgets", "compare.budgets")
	bindKey(fs, "temperatures", "compare.temperatures")
	bindKey(fs, "seeds", "compare.seeds")
	bindKey(fs, "generator", "generator")
	return cmd
}

func (a *app) runCompare(cmd *cobra.Command, file string, o compareOptions) error {
	ctx := cmd.Context()
	questions, err := compare.LoadQuestions(file)
	if err != nil {
		return err
	}
	if o.html != "" {
		if err := spareInputs(o.html, file, a.cfg.DataDir); err != nil {
			return fmt.Errorf("html report: %w", err)
		}
		if err := checkWritable(o.html); err != nil {
			return fmt.Errorf("html report: %w", err)
		}
	}
	opts, err := a.cfg.Compare.Options()
	if err != nil {
		return err
	}
	budgets, err := a.cfg.Compare.SweepBudgets()
	if err != nil {
		return err
	}
	temps, err := a.cfg.Compare.GridTemperatures()
	if err != nil {
		return err
	}
	q, err := o.query("", a.cfg.Search.K)
	if err != nil {
		return err
	}
	c, err := a.openCorpus(true)
	if err != nil {
		return err
	}
	defer c.Close()
	gen, err := a.newGenerator(ctx, c, "")
	if err != nil {
		return err
	}
	ps, err := allPassages(ctx, c)
	if err != nil {
		return err
	}
	texts := passageTextsOf(ps)
	warnUnmatchedSources(a.errOut, questions, ps)
	if len(a.cfg.Model.Priority) > 0 {
		opts.Group = priorityGroups(ps, a.cfg.Model.Priority)
	}
	opts.Title = "Verbatim: RAG vs bare recall — " + gen.Name()
	trained := map[int64]*lossy.Model{}
	models := a.models(c, gen, q, trained)
	if len(budgets) > 0 {
		// The smallest budget is trained first, before any question: one
		// too small for a model fails now, not after the whole run. The
		// model is kept for the sweep.
		low := slices.Min(budgets)
		if _, _, err := models(ctx, low); err != nil {
			return fmt.Errorf("compare: retrain at %s: %w", bytesize.Format(low), err)
		}
	}
	pp := &progressPrinter{w: a.errOut, tty: isTerminal(cmd.ErrOrStderr()), unit: "questions"}
	if !o.quiet {
		start := time.Now()
		opts.Progress = func(done, total int) {
			pp.update(ingest.Progress{Files: done, FilesTotal: total, Elapsed: time.Since(start)})
		}
	}
	rep, err := compare.Run(ctx, opts, a.asker(c, gen, q, a.cfg.Answer), compare.NewPassageTexts(texts), questions)
	pp.finish()
	if err != nil {
		return err
	}
	if len(budgets) > 0 {
		if rep.Sweep, err = compare.Sweep(ctx, budgets, a.retrainer(models), questions, opts); err != nil {
			return err
		}
		if err := measureSweep(ctx, rep.Sweep, trained, ps, compare.Select(questions, opts), opts.Group); err != nil {
			return err
		}
	}
	if len(temps) > 0 {
		seeds := compare.Seeds(a.cfg.Answer.Seed, a.cfg.Compare.Seeds)
		if rep.Temperature, err = compare.Grid(ctx, budgets, temps, seeds, models, questions, opts); err != nil {
			return err
		}
	}
	if o.html != "" {
		if err := writeHTMLReport(o.html, rep); err != nil {
			return err
		}
		fmt.Fprintf(a.errOut, "wrote %s\n", o.html)
	}
	if o.json {
		err = rep.WriteJSON(a.out)
	} else {
		err = rep.WriteTable(a.out)
	}
	if err != nil {
		return err
	}
	return a.reportFailures(rep)
}

// reportFailures names the answers that failed, which the report leaves
// out of every figure and counts only: a warning when some did, an error
// (a non-zero exit) when every one did.
func (a *app) reportFailures(rep *compare.Report) error {
	failed, asked, first := rep.Failures()
	switch {
	case failed == 0:
		return nil
	case failed == asked:
		return fmt.Errorf("compare: every answer failed (%d of %d); the first: %s", failed, asked, cleanText(first))
	}
	fmt.Fprintf(a.errOut, "warning: %d of %d answers failed and are left out of every figure; the first: %s\n", failed, asked, cleanText(first))
	return nil
}

// asker answers with the real pipeline and the given answer settings
// (temperature, seed); the query carries k and filters.
func (a *app) asker(c *index.Corpus, gen generate.Generator, q retrieve.Query, cfg rag.Config) compare.Asker {
	p := rag.New(retrieve.New(c, a.cfg.Search), gen, c, cfg)
	return compare.AskFunc(func(ctx context.Context, question string, mode generate.Mode) (rag.Answer, error) {
		return p.Ask(ctx, rag.Request{Question: question, Mode: mode, Query: q})
	})
}

// models returns the model at a budget as a compare.Sampler: budget 0 is
// gen, the configured generator; any other budget trains the built-in
// model in memory, once per budget, so that the bitrate sweep and the
// temperature grid share the training.
// Each model it trains is also kept in models, by budget.
func (a *app) models(c *index.Corpus, gen generate.Generator, q retrieve.Query, models map[int64]*lossy.Model) compare.ModelAt {
	type trained struct {
		gen  generate.Generator
		size int64
	}
	cache := map[int64]trained{}
	return func(ctx context.Context, budget int64) (compare.Sampler, int64, error) {
		t, ok := cache[budget]
		if !ok && budget == 0 {
			t = trained{gen: gen}
		} else if !ok {
			cfg := a.cfg.Model
			cfg.Budget = fmt.Sprint(budget)
			m, err := lossy.Keeper{Store: c, Config: cfg}.Train(ctx)
			if err != nil {
				return nil, 0, err
			}
			t = trained{gen: lossy.New(m, cfg), size: int64(m.Report().Size)}
			models[budget] = m
		}
		cache[budget] = t
		return func(temperature float64, seed int64) compare.Asker {
			cfg := a.cfg.Answer
			cfg.Temperature, cfg.Seed = temperature, seed
			return a.asker(c, t.gen, q, cfg)
		}, t.size, nil
	}
}

// retrainer asks the model at each sweep budget with the configured answer
// settings.
func (a *app) retrainer(models compare.ModelAt) compare.Retrainer {
	return func(ctx context.Context, budget int64) (compare.Asker, int64, error) {
		sample, size, err := models(ctx, budget)
		if err != nil {
			return nil, 0, err
		}
		return sample(a.cfg.Answer.Temperature, a.cfg.Answer.Seed), size, nil
	}
}

// writeHTMLReport writes the report to a temporary file beside path and
// renames it into place, so a failed write leaves no half a report.
func writeHTMLReport(path string, rep *compare.Report) error {
	f, err := os.CreateTemp(filepath.Dir(path), ".verbatim-report-*.html")
	if err != nil {
		return fmt.Errorf("html report: %w", err)
	}
	defer os.Remove(f.Name()) // after a successful rename, nothing to remove
	if err := rep.WriteHTML(f); err != nil {
		f.Close()
		return fmt.Errorf("html report %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("html report %s: %w", path, err)
	}
	if err := os.Chmod(f.Name(), 0o644); err != nil {
		return fmt.Errorf("html report %s: %w", path, err)
	}
	if err := os.Rename(f.Name(), path); err != nil {
		return fmt.Errorf("html report: %w", err)
	}
	return nil
}

// checkWritable reports, before a long run, an output file that could not
// be written: its folder missing, not a folder or not writable, or the
// path itself a folder.
// warnUnmatchedSources names the questions whose source no stored
// document's path ends with (a typo, or a file not ingested): their
// retrieval counts as a miss.
func warnUnmatchedSources(w io.Writer, questions []compare.Question, ps []corpus.Passage) {
	seen := map[string]bool{}
	var paths []string
	for _, p := range ps {
		if !seen[p.Path] {
			seen[p.Path] = true
			paths = append(paths, p.Path)
		}
	}
	bad := compare.UnmatchedSources(questions, paths)
	if len(bad) == 0 {
		return
	}
	const most = 5
	var names []string
	for i, q := range bad {
		if i == most {
			names = append(names, fmt.Sprintf("and %d more", len(bad)-most))
			break
		}
		names = append(names, fmt.Sprintf("%s (%s)", cleanText(q.ID), cleanText(q.Source)))
	}
	if len(bad) == 1 {
		fmt.Fprintf(w, "warning: 1 question names a source that no stored document's path ends with, so its retrieval counts as a miss: %s\n", names[0])
		return
	}
	fmt.Fprintf(w, "warning: %d questions name a source that no stored document's path ends with, so their retrieval counts as a miss: %s\n", len(bad), strings.Join(names, ", "))
}

// spareInputs refuses a report path that would replace the question set
// or anything in the data folder (the store, the index, the model): the
// report is renamed over whatever the path names.
func spareInputs(path, questions, dataDir string) error {
	if qi, err := os.Stat(questions); err == nil {
		if pi, err := os.Stat(path); err == nil && os.SameFile(qi, pi) {
			return fmt.Errorf("%s is the question set %s: choose another file", path, questions)
		}
	}
	if dataDir == "" {
		return nil
	}
	dir, err := resolvedAbs(filepath.Dir(path))
	if err != nil {
		return nil // checkWritable names the problem
	}
	data, err := resolvedAbs(dataDir)
	if err != nil {
		return nil // no data folder yet: nothing in it to lose
	}
	if rel, err := filepath.Rel(data, filepath.Join(dir, filepath.Base(path))); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return fmt.Errorf("%s is inside the data folder %s, which holds the store: choose a file outside it", path, dataDir)
	}
	return nil
}

// resolvedAbs is the absolute form of path with its symbolic links
// resolved.
func resolvedAbs(path string) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	return filepath.EvalSymlinks(abs)
}

func checkWritable(path string) error {
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		return fmt.Errorf("%s is a folder", path)
	}
	dir := filepath.Dir(path)
	info, err := os.Stat(dir)
	switch {
	case err != nil:
		return fmt.Errorf("cannot write %s: %w", path, err)
	case !info.IsDir():
		return fmt.Errorf("cannot write %s: %s is not a folder", path, dir)
	}
	f, err := os.CreateTemp(dir, ".verbatim-report-*.html")
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	f.Close()
	return os.Remove(f.Name())
}
