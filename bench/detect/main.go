// Command detect measures the citation checker as a hallucination
// detector: on real document folders (built by bench/qa/run.sh --fetch), a
// scripted OpenAI-compatible model answers each dev question of
// bench/qa/questions with text copied from the passages it was shown —
// clean answers (one sentence holding the gold answer, several sentences
// with one marker, a list with one trailing marker, two markers) and the
// same answers with one fact changed (see Kinds). Every answer goes through
// the real pipeline (retrieval, the openai generator over HTTP, citing and
// checking), and the command prints, per corpus and per kind, how often a
// clean answer is flagged (false alarm) and how often a perturbed one is
// (detection).
//
// The dev questions are split by a hash of their id into a tune half and a
// held-back half (-half tune|held|all); -half blind2 takes every question of
// NAME.blind2.jsonl instead, a fresh held-back set the checker was never
// tuned on. The blind files are never read. -max caps the questions per
// corpus (the first ones of the half, in file order).
//
//	go run ./bench/detect -cache /tmp/verbatim-qa -half tune [-max N] [-md FILE] [-v] [corpus ...]
package main

import (
	"context"
	"flag"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"time"

	"github.com/verbatim-rag/verbatim/bench/qa/qaset"
)

func main() {
	cache := flag.String("cache", "/tmp/verbatim-qa", "folder holding one corpus folder per name (bench/qa/run.sh --fetch builds them)")
	store := flag.String("store", filepath.Join(os.TempDir(), "verbatim-detect"), "folder keeping one ingested store per corpus between runs")
	questions := flag.String("questions", "bench/qa/questions", "folder of NAME.dev.jsonl question files")
	half := flag.String("half", "tune", "which questions: tune, held or all (halves of the dev file) or blind2 (the second blind file)")
	limit := flag.Int("max", 0, "at most this many questions per corpus (0: all)")
	md := flag.String("md", "", "also write the tables as Markdown to this file")
	label := flag.String("label", "", "a label for the Markdown heading (the checker measured)")
	verbose := flag.Bool("v", false, "print every false alarm and every missed perturbation")
	flag.Parse()
	file := "dev"
	switch *half {
	case "tune", "held", "all":
	case "blind2":
		file = "blind2"
	default:
		fail(fmt.Errorf("-half %q: want tune, held, all or blind2", *half))
	}
	names := flag.Args()
	if len(names) == 0 {
		names = []string{"debref", "isocodes", "jargon", "unicode", "gcide", "vera"}
	}
	ctx := context.Background()
	model, err := newScriptedModel()
	if err != nil {
		fail(err)
	}
	defer model.Close()
	var all []result
	for _, name := range names {
		qs, err := qaset.Load(*questions, name, file)
		if err != nil {
			fail(err)
		}
		if file == "dev" {
			qs = split(qs, *half)
		}
		if *limit > 0 && len(qs) > *limit {
			qs = qs[:*limit]
		}
		start := time.Now()
		b, err := openBench(ctx, name, filepath.Join(*cache, name), filepath.Join(*store, name), model)
		if err != nil {
			fail(fmt.Errorf("%s: %w", name, err))
		}
		fmt.Fprintf(os.Stderr, "detect: %s: %d questions, corpus ready in %s\n", name, len(qs), time.Since(start).Round(time.Millisecond))
		rs, err := b.run(ctx, name, qs)
		b.close()
		if err != nil {
			fail(fmt.Errorf("%s: %w", name, err))
		}
		all = append(all, rs...)
	}
	if *verbose {
		printMisses(os.Stdout, all)
	}
	printTable(os.Stdout, all)
	if *md != "" {
		if err := writeMarkdown(*md, *label, *half, all); err != nil {
			fail(err)
		}
	}
}

// split keeps the questions of one half: an id whose FNV-1a hash is even
// belongs to the tune half, odd to the held-back half.
func split(qs []qaset.Question, half string) []qaset.Question {
	if half == "all" {
		return qs
	}
	var out []qaset.Question
	for _, q := range qs {
		h := fnv.New32a()
		h.Write([]byte(q.ID))
		if (h.Sum32()%2 == 0) == (half == "tune") {
			out = append(out, q)
		}
	}
	return out
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "detect:", err)
	os.Exit(1)
}
