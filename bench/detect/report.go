package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/verbatim-rag/verbatim/bench/qa/qaset"
	"github.com/verbatim-rag/verbatim/rag"
)

// result is the checker's verdict on one scripted answer.
type result struct {
	corpus, id, kind, shape string
	perturbed               bool
	flagged                 bool // some sentence is not supported, or is uncited
	missing                 bool // some sentence lists a fact missing from what it was checked against
	text, from, to, why     string
}

// judge reads the checks of one answer.
func judge(corpus string, q qaset.Question, c testCase, ans rag.Answer) result {
	r := result{corpus: corpus, id: q.ID, kind: c.kind, shape: c.shape, perturbed: c.perturbed, text: c.text, from: c.from, to: c.to}
	var why []string
	for _, ch := range ans.Checks {
		if !ch.Supported || ch.Uncited {
			r.flagged = true
			why = append(why, fmt.Sprintf("%q uncited=%v missing=%q", clip(ch.Sentence, 80), ch.Uncited, ch.Missing))
		}
		if len(ch.Missing) > 0 {
			r.missing = true
		}
	}
	r.why = strings.Join(why, "; ")
	return r
}

func clip(s string, n int) string {
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}

// printMisses prints every false alarm and every missed perturbation.
func printMisses(w io.Writer, rs []result) {
	for _, r := range rs {
		switch {
		case !r.perturbed && r.flagged:
			fmt.Fprintf(w, "FALSE ALARM %s %s/%s\n  %q\n  -> %s\n", r.id, r.kind, r.shape, r.text, r.why)
		case r.perturbed && !r.flagged:
			fmt.Fprintf(w, "MISSED %s %s/%s %q->%q\n  %q\n", r.id, r.kind, r.shape, r.from, r.to, r.text)
		}
	}
}

// row is one line of the table: a group of results.
type row struct {
	corpus, group     string
	perturbed         bool
	n, flagged, misss int
}

func rows(rs []result) []row {
	var corpora []string
	seen := map[string]bool{}
	for _, r := range rs {
		if !seen[r.corpus] {
			seen[r.corpus] = true
			corpora = append(corpora, r.corpus)
		}
	}
	corpora = append(corpora, "TOTAL")
	var out []row
	for _, c := range corpora {
		groups := append(append([]string{}, Shapes...), "clean (all)")
		groups = append(append(groups, Kinds...), "perturbed (all)")
		for _, g := range groups {
			rw := row{corpus: c, group: g}
			for _, r := range rs {
				if c != "TOTAL" && r.corpus != c {
					continue
				}
				in := r.kind == g || (g == "clean (all)" && !r.perturbed) || (g == "perturbed (all)" && r.perturbed)
				if !in {
					continue
				}
				rw.perturbed = r.perturbed
				rw.n++
				if r.flagged {
					rw.flagged++
				}
				if r.missing {
					rw.misss++
				}
			}
			if rw.n > 0 {
				out = append(out, rw)
			}
		}
	}
	return out
}

func rate(n, d int) string {
	if d == 0 {
		return "-"
	}
	return fmt.Sprintf("%.3f", float64(n)/float64(d))
}

func (r row) what() string {
	if r.perturbed {
		return "detection"
	}
	return "false alarm"
}

func printTable(w io.Writer, rs []result) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "corpus\tanswers\tcases\tmeasure\tflagged\tmissing facts only\t")
	for _, r := range rows(rs) {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%s\t%s\t\n", r.corpus, r.group, r.n, r.what(), rate(r.flagged, r.n), rate(r.misss, r.n))
	}
	tw.Flush()
}

func writeMarkdown(path, label, half string, rs []result) error {
	var sb strings.Builder
	set := half + " half of the dev questions"
	if half == "blind2" {
		set = "the blind2 questions (held back, never tuned on)"
	}
	fmt.Fprintf(&sb, "# Detector benchmark: %s, %s\n\n", label, set)
	sb.WriteString("Written by `bash bench/detect/run.sh` (see bench/detect/main.go). *flagged*: some sentence of the answer is not supported or is uncited; *missing facts only*: some sentence lists a fact missing from the text it was checked against. For clean answers the rate is the false-alarm rate, for perturbed ones the detection rate.\n\n")
	sb.WriteString("| corpus | answers | cases | measure | flagged | missing facts only |\n|---|---|---:|---|---:|---:|\n")
	for _, r := range rows(rs) {
		fmt.Fprintf(&sb, "| %s | %s | %d | %s | %s | %s |\n", r.corpus, r.group, r.n, r.what(), rate(r.flagged, r.n), rate(r.misss, r.n))
	}
	return os.WriteFile(path, []byte(sb.String()), 0o644)
}
