// Command qa runs Verbatim's question-answering benchmark: real document
// folders taken from Debian packages (built by bench/qa/corpora/NAME.sh),
// questions written apart from the answering code, split into a dev half
// (bench/qa/questions/NAME.dev.jsonl) and blind sets (NAME.blind.jsonl,
// NAME.blind2.jsonl, … NAME.blind37.jsonl: qaset.Splits names them). A
// corpus with no file for the asked split is skipped with a note on
// stderr.
//
// For every corpus it ingests the folder into a fresh store, trains the
// built-in model, asks each question in RAG mode and prints, per corpus,
// per question kind and per wording, the accuracy (PopQA rule), the share
// of answered questions answered wrong, the unanswerable questions
// declined and the citation precision. It also checks that no answer ends
// inside a copied unit.
//
//	go run ./bench/qa -cache /tmp/verbatim-qa -split dev|blind|blind2|…|blind37|seen|all [-v] [corpus ...]
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/verbatim-rag/verbatim/bench/qa/qaset"
)

func main() {
	cache := flag.String("cache", "/tmp/verbatim-qa", "folder holding one corpus folder per name (bench/qa/run.sh builds them)")
	questions := flag.String("questions", "bench/qa/questions", "folder of NAME.SPLIT.jsonl question files (SPLIT: one of -split's sets)")
	split := flag.String("split", "dev", "which set to ask: "+strings.Join(qaset.Splits, ", ")+", seen (every split already read) or all")
	verbose := flag.Bool("v", false, "print every question answered wrong or declined (dev only)")
	rank := flag.Int("rank", 0, "record in -json the signals of the reader's N best units of each answerable question (for bench/qa/rankfit.py)")
	jsonOut := flag.String("json", "", "write every record to this JSON file")
	bare := flag.Bool("bare", false, "ask in bare mode at each budget of -budgets and print the bitrate sweep")
	budgets := flag.String("budgets", "64KiB,256KiB,1MiB,all", "with -bare: model budgets, comma-separated (\"all\" keeps every n-gram)")
	order := flag.Int("order", 0, "with -bare: the model's order (0: the default)")
	var extra []string
	flag.Func("extra", "also ask a question set outside bench/qa: NAME=FOLDER:QUESTIONS.jsonl (repeatable)", func(v string) error {
		extra = append(extra, v)
		return nil
	})
	flag.Parse()
	if *verbose && *split != "dev" {
		fail(fmt.Errorf("-v prints failures of the dev half only: the blind half is read once, as a table"))
	}
	names := flag.Args()
	if len(names) == 0 && len(extra) == 0 {
		var err error
		if names, err = qaset.Names(*questions); err != nil {
			fail(err)
		}
	}
	ctx := context.Background()
	var all []qaset.Record
	var sweep []qaset.BareRecord
	type corpusSet struct{ name, dir, questions string }
	var sets []corpusSet
	for _, name := range names {
		sets = append(sets, corpusSet{name: name, dir: filepath.Join(*cache, name)})
	}
	for _, e := range extra {
		name, rest, ok1 := strings.Cut(e, "=")
		dir, qf, ok2 := strings.Cut(rest, ":")
		if !ok1 || !ok2 {
			fail(fmt.Errorf("-extra %q: want NAME=FOLDER:QUESTIONS.jsonl", e))
		}
		sets = append(sets, corpusSet{name: name, dir: dir, questions: qf})
	}
	for _, set := range sets {
		name, dir := set.name, set.dir
		var qs []qaset.Question
		var err error
		if set.questions != "" {
			qs, err = qaset.ReadFile(set.questions)
		} else {
			qs, err = qaset.Load(*questions, name, *split)
			if errors.Is(err, fs.ErrNotExist) {
				fmt.Fprintf(os.Stderr, "qa: %s: no %s questions, skipped\n", name, *split)
				continue
			}
		}
		if err != nil {
			fail(err)
		}
		start := time.Now()
		p, closeFn, err := qaset.Pipeline(ctx, dir, os.TempDir())
		if err != nil {
			fail(fmt.Errorf("%s: %w", name, err))
		}
		fmt.Fprintf(os.Stderr, "qa: %s: %d questions, corpus ready in %s\n", name, len(qs), time.Since(start).Round(time.Millisecond))
		if *bare {
			recs, err := askBare(ctx, p, name, strings.Split(*budgets, ","), *order, qs, *verbose)
			closeFn()
			if err != nil {
				fail(err)
			}
			sweep = append(sweep, recs...)
			continue
		}
		recs, err := qaset.Ask(ctx, p, name, qs, qaset.Options{Explain: *verbose, Rank: *rank})
		closeFn()
		if err != nil {
			fail(fmt.Errorf("%s: %w", name, err))
		}
		if *verbose {
			printFailures(os.Stdout, recs)
		}
		all = append(all, recs...)
	}
	var rows any = all
	if *bare {
		printSweep(os.Stdout, sweep)
		rows = sweep
	} else {
		printTable(os.Stdout, all)
	}
	if *jsonOut != "" {
		b, err := json.MarshalIndent(rows, "", " ")
		if err == nil {
			err = os.WriteFile(*jsonOut, b, 0o644)
		}
		if err != nil {
			fail(err)
		}
	}
}

func printFailures(w io.Writer, recs []qaset.Record) {
	for _, r := range recs {
		if r.Outcome == qaset.Correct || r.Outcome == qaset.Declined {
			continue
		}
		fmt.Fprintf(w, "%-9s %s [%s/%s] %q gold %q retrieved=%v\n    -> %q\n%s", r.Outcome, r.ID, r.Kind, r.Wording, r.Question.Question, r.Answers, r.Retrieved, clip(r.Answer, 300), r.Explain)
	}
}

func clip(s string, n int) string {
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}

// printTable prints one row per corpus, then per corpus and kind and per
// corpus and wording, then the totals.
func printTable(w io.Writer, recs []qaset.Record) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "corpus\tgroup\tanswerable\taccuracy\twrong/answered\tabstained\tunanswerable\tdeclined\tcite prec\tunit cuts\tmean len\t")
	groups := map[string][]qaset.Record{}
	var keys []string
	add := func(k string, r qaset.Record) {
		if _, ok := groups[k]; !ok {
			keys = append(keys, k)
		}
		groups[k] = append(groups[k], r)
	}
	for _, r := range recs {
		add(r.Corpus+"\t(all)", r)
		add(r.Corpus+"\tkind "+r.Kind, r)
		add(r.Corpus+"\t"+r.Wording, r)
		add("TOTAL\t(all)", r)
		add("TOTAL\t"+r.Wording, r)
	}
	sort.SliceStable(keys, func(i, j int) bool {
		ti, tj := strings.HasPrefix(keys[i], "TOTAL"), strings.HasPrefix(keys[j], "TOTAL")
		if ti != tj {
			return tj
		}
		return keys[i] < keys[j]
	})
	for _, k := range keys {
		s := qaset.Summarize(groups[k])
		fmt.Fprintf(tw, "%s\t%d\t%s\t%s\t%d\t%d\t%s\t%s\t%d\t%.0f\t\n", k, s.Answerable,
			ratio(s.Correct, s.Answerable), ratio(s.Wrong, s.Correct+s.Wrong), s.Abstained,
			s.Unanswerable, ratio(s.Declined, s.Unanswerable), ratio(s.GoodCites, s.Cites), s.UnitCuts, s.MeanLen)
	}
	tw.Flush()
}

func ratio(n, d int) string {
	if d == 0 {
		return "-"
	}
	return fmt.Sprintf("%.3f (%d/%d)", float64(n)/float64(d), n, d)
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "qa:", err)
	os.Exit(1)
}
