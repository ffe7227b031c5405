package main

import (
	"fmt"
	"math"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/generate"
	"github.com/verbatim-rag/verbatim/generate/reader"
	"github.com/verbatim-rag/verbatim/rag"
	"github.com/verbatim-rag/verbatim/retrieve"
	"github.com/verbatim-rag/verbatim/server"
	"github.com/verbatim-rag/verbatim/verify"
)

type askOptions struct {
	filterOptions
	bare    bool
	json    bool
	budget  string
	explain bool
}

func newAskCmd(a *app) *cobra.Command {
	var o askOptions
	cmd := &cobra.Command{
		Use:   `ask "QUESTION"`,
		Short: "Answer a question from the documents, with exact citations (or --bare recall)",
		Long: `Retrieves the best passages, splices them into the model's context and
answers with citations [n] that resolve to exact spans (path:lines, page, byte
offsets). Every cited sentence is checked: numbers, dates and names must appear
in the cited text, or the sentence is flagged as unsupported.

With --bare the same model answers from its own bytes only: no passages, no
citations. The answer is then checked against retrieved passages after the
fact, so you can see which recalled facts the documents support.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.runAsk(cmd, strings.Join(args, " "), o)
		},
	}
	o.addFlags(cmd)
	fs := cmd.Flags()
	fs.BoolVar(&o.bare, "bare", false, "answer from the model's own bytes only (unverified recall)")
	fs.BoolVar(&o.json, "json", false, "print one JSON object: answer, citations, checks, timings")
	fs.BoolVar(&o.explain, "explain", false, "also print, to standard error, how the built-in reader read the passages: the question's kind and words, its best units with their signals, its confidence")
	fs.StringVar(&o.budget, "budget", "", `retrain the built-in model at this budget for this question ("64KiB", "5%")`)
	fs.Float64("temperature", 0, "sampling temperature; 0 decodes deterministically (config answer.temperature)")
	fs.Int64("seed", 0, "sampling seed (config answer.seed)")
	fs.Int("max-tokens", 0, "answer length limit in tokens (config answer.max_tokens)")
	fs.String("generator", "", "lossy (built in) or openai (config generator)")
	bindKey(fs, "temperature", "answer.temperature")
	bindKey(fs, "seed", "answer.seed")
	bindKey(fs, "max-tokens", "answer.max_tokens")
	bindKey(fs, "generator", "generator")
	return cmd
}

func (a *app) runAsk(cmd *cobra.Command, question string, o askOptions) error {
	q, err := o.query(question, a.cfg.Search.K)
	if err != nil {
		return err
	}
	if rc := a.remote(cmd.Context()); rc != nil {
		if err := noRemoteFlags(cmd, "budget", "temperature", "seed", "max-tokens", "generator"); err != nil {
			return err
		}
		mode := generate.RAG
		if o.bare {
			mode = generate.Bare
		}
		ans, err := rc.Ask(cmd.Context(), server.AskRequest{Question: question, Mode: mode, K: q.K, Filters: filters(q)})
		if err != nil {
			return err
		}
		return a.printAnswer(ans, o, "")
	}
	c, err := a.openCorpus(true) // --budget trains in memory only
	if err != nil {
		return err
	}
	defer c.Close()
	gen, err := a.newGenerator(cmd.Context(), c, o.budget)
	if err != nil {
		return err
	}
	p := rag.New(retrieve.New(c, a.cfg.Search), gen, c, a.cfg.Answer)
	req := rag.Request{Question: question, Mode: generate.RAG, Query: q}
	if o.bare {
		req.Mode = generate.Bare
	}
	var streamed strings.Builder
	if a.tty && !o.json {
		req.Emit = func(d string) {
			d = cleanBlock(d)
			streamed.WriteString(d)
			fmt.Fprint(a.out, d)
		}
	}
	ans, err := p.Ask(cmd.Context(), req)
	if err != nil {
		if streamed.Len() > 0 {
			fmt.Fprintln(a.out, "\n[answer aborted]")
		}
		return err
	}
	if ex, ok := gen.(interface {
		Explain(string, []generate.Source) string
	}); ok && o.explain && req.Mode == generate.RAG {
		fmt.Fprint(a.errOut, cleanBlock(ex.Explain(question, ans.Sources)))
	}
	return a.printAnswer(ans, o, streamed.String())
}

// printAnswer prints an answer, part of which (streamed) may already be
// on the terminal.
func (a *app) printAnswer(ans rag.Answer, o askOptions, streamed string) error {
	if o.json {
		return writeJSON(a.out, ans)
	}
	if streamed != "" {
		if streamed == cleanBlock(ans.Text) {
			fmt.Fprintln(a.out)
			ans.Text = "" // already on screen
		} else {
			// The final text carries the renumbered [n] markers: replace
			// the streamed draft rather than print the answer twice.
			a.eraseStreamed(streamed)
		}
	}
	a.writeAnswer(ans)
	if ans.Mode == generate.RAG && ans.Abstained && len(ans.Sources) == 0 {
		a.writeMissingPaths(o.filterOptions)
	}
	return nil
}

// eraseStreamed moves the cursor back over text just printed on the
// terminal and clears it.
func (a *app) eraseStreamed(text string) {
	width := 80
	if f, ok := a.out.(*os.File); ok {
		if w, _, err := term.GetSize(int(f.Fd())); err == nil && w > 0 {
			width = w
		}
	}
	rows := 0
	for _, line := range strings.Split(text, "\n") {
		rows += max(1, (utf8.RuneCountInString(line)+width-1)/width)
	}
	if rows > 1 {
		fmt.Fprintf(a.out, "\033[%dA", rows-1)
	}
	fmt.Fprint(a.out, "\r\033[J")
}

func (a *app) writeAnswer(ans rag.Answer) {
	if ans.Text != "" {
		fmt.Fprintln(a.out, cleanBlock(ans.Text))
	}
	if ans.Mode == generate.Bare {
		fmt.Fprintln(a.out, "\n(unverified recall: answered from the model's own bytes, without sources)")
	}
	if len(ans.Citations) > 0 {
		fmt.Fprintln(a.out)
		rag.WriteSources(a.out, ans.Citations, func(sp corpus.Span) string {
			sp.Path = displayPath(sp.Path)
			return cleanText(sp.String())
		})
	}
	if ans.Mode == generate.RAG && ans.Abstained && len(ans.Sources) > 0 {
		a.writeClosest(ans.Sources, ans.Confidence)
	}
	for _, r := range ans.Removed {
		fmt.Fprintf(a.out, "note: removed marker [%d]: the model cited a passage it was not given\n", r)
	}
	for _, d := range ans.Dropped {
		fmt.Fprintf(a.out, "note: passage %s (%s) was retrieved but left out: no room in the model's context\n", d.Passage.ID, cleanText(displayPath(d.Span.String())))
	}
	a.writeChecks(ans)
}

// closestShown is how many retrieved passages a declined answer names.
const closestShown = 3

// writeClosest names the best passages retrieval found for a question the
// model declined, so the reader can look for themselves, and the built-in
// reader's confidence in the unit it would have copied (it answers at
// reader.Threshold or more).
func (a *app) writeClosest(src []generate.Source, confidence *float64) {
	fmt.Fprintln(a.out, "\nClosest passages (none judged to state the answer):")
	if confidence != nil {
		fmt.Fprintf(a.out, "  (the reader's confidence in its best candidate: %.2f; it answers at %.2f or more)\n", math.Floor(*confidence*100+1e-9)/100, reader.Threshold) // floored: 0.8296 is under 0.83 (and 0.29 stays 0.29)
	}
	for _, s := range src[:min(len(src), closestShown)] {
		title := ""
		if s.Passage.Title != "" {
			title = "  " + cleanText(corpus.Clip(corpus.OneLine(s.Passage.Title), 60))
		}
		fmt.Fprintf(a.out, "  %s%s\n", cleanText(displayPath(s.Span.String())), title)
	}
}

func (a *app) writeChecks(ans rag.Answer) {
	if ans.Mode == generate.Bare {
		switch {
		case ans.Degenerate != "":
			fmt.Fprintf(a.out, "degenerate answer (%s): the model's recall gives out here; it states nothing\n", ans.Degenerate)
			return
		case ans.Sources != nil && !ans.Abstained && !verify.StatesFacts(ans.Checks):
			fmt.Fprintln(a.out, "states no fact (number, date or name) to look for in the documents")
			return
		}
	}
	name := func(id string) string {
		n := verify.PassageName(id, ans.Citations, ans.Sources)
		if !strings.HasPrefix(n, "[") {
			n = displayPath(n)
		}
		return n
	}
	for _, ch := range ans.Checks {
		switch {
		case ans.Mode == generate.Bare && ch.Supported && len(ch.Facts) > 0:
			fmt.Fprintf(a.out, "supported by the documents: %s\n", cleanText(strings.Join(ch.Facts, ", ")))
		case ans.Mode == generate.Bare && !ch.Supported:
			fmt.Fprintf(a.out, "not found in the documents (possible compression artifact): %s\n", cleanText(strings.Join(ch.Missing, ", ")))
		case ch.Verdict == verify.VerdictUncited:
			fmt.Fprintf(a.out, "note: %s: %q\n", cleanText(verify.ExplainNamed(ch, name)), corpus.Clip(corpus.OneLine(ch.Sentence), 200))
		case ch.Uncited || !ch.Supported:
			fmt.Fprintf(a.out, "warning: %s: %q\n", cleanText(verify.ExplainNamed(ch, name)), corpus.Clip(corpus.OneLine(ch.Sentence), 200))
		}
	}
}
