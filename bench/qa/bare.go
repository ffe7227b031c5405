package main

// With -bare the command asks in bare mode instead (the model alone, no
// passages), training the model at each budget of -budgets, and prints
// the accuracy per corpus and budget, with the answers that loop or
// repeat a three-token sequence:
//
//	go run ./bench/qa -bare -budgets 64KiB,256KiB,1MiB,all [-v] [corpus ...]

import (
	"context"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/verbatim-rag/verbatim/bench/qa/qaset"
	"github.com/verbatim-rag/verbatim/generate/lossy"
)

// keepAll is the budget "all" stands for: more than any benchmark model
// needs, so every n-gram is kept.
const keepAll = "1GiB"

// askBare asks qs in bare mode at every budget, printing each budget's
// accuracy as it is measured (and, verbose, every wrong answer).
func askBare(ctx context.Context, b *qaset.Bench, name string, budgets []string, order int, qs []qaset.Question, verbose bool) ([]qaset.BareRecord, error) {
	var out []qaset.BareRecord
	for _, budget := range budgets {
		budget = strings.TrimSpace(budget)
		train := budget
		if budget == "all" {
			train = keepAll
		}
		start := time.Now()
		recs, size, err := qaset.AskBare(ctx, b, name, lossy.Config{Budget: train, Order: order}, qs)
		if err != nil {
			return nil, err
		}
		for i := range recs {
			recs[i].Budget = budget
		}
		c := 0
		for _, r := range recs {
			if r.Correct {
				c++
			}
			if verbose && !r.Correct {
				fmt.Printf("wrong %s %s [%s] %q gold %q\n    -> %q\n", budget, r.ID, r.Kind, r.Question.Question, r.Answers, clip(r.Answer, 300))
			}
		}
		fmt.Fprintf(os.Stderr, "qa: %s bare at %s (%d bytes): %s in %s\n", name, budget, size, ratio(c, len(recs)), time.Since(start).Round(time.Millisecond))
		out = append(out, recs...)
	}
	return out, nil
}

// printSweep prints the bare accuracy per corpus (rows) and budget
// (columns), then the answers that are degenerate or repeat a three-token
// sequence.
func printSweep(w io.Writer, recs []qaset.BareRecord) {
	var corpora, budgets []string
	type cell struct{ n, c int }
	cells := map[[2]string]*cell{}
	for _, r := range recs {
		k := [2]string{r.Corpus, r.Budget}
		if cells[k] == nil {
			cells[k] = &cell{}
			if !slices.Contains(corpora, r.Corpus) {
				corpora = append(corpora, r.Corpus)
			}
			if !slices.Contains(budgets, r.Budget) {
				budgets = append(budgets, r.Budget)
			}
		}
		cells[k].n++
		if r.Correct {
			cells[k].c++
		}
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "corpus\t%s\t\n", strings.Join(budgets, "\t"))
	for _, c := range corpora {
		fmt.Fprintf(tw, "%s", c)
		for _, b := range budgets {
			if x := cells[[2]string{c, b}]; x != nil {
				fmt.Fprintf(tw, "\t%.3f", float64(x.c)/float64(max(x.n, 1)))
			} else {
				fmt.Fprintf(tw, "\t-")
			}
		}
		fmt.Fprintln(tw, "\t")
	}
	tw.Flush()
	for _, r := range recs {
		if r.Degenerate != "" || r.Repeat != "" {
			fmt.Fprintf(w, "degenerate %s %s at %s: %s%s: %q\n", r.Corpus, r.ID, r.Budget, r.Degenerate, r.Repeat, clip(r.Answer, 200))
		}
	}
}
