// Command pdf measures Verbatim's PDF text extraction side by side with
// poppler's pdftotext on the same files, in one run, and prints a Markdown
// table: pages per second of each, by wall time and by CPU time (user and
// system; the medians of -reps runs of a fresh process per file, so both pay
// process start; CPU time is the fairer figure on a loaded machine, and
// Verbatim reads pages on all cores while pdftotext uses one), peak RSS of
// each process, and the word-level agreement of the two texts.
//
// Usage (normally through bench/pdf/run.sh, which fetches the PDFs):
//
//	go build -o /tmp/pdfbench ./bench/pdf
//	/tmp/pdfbench [-reps 3] [-json FILE] [-md FILE] [-keep DIR] PDF...
//
// The same binary extracts one file for the timing when called as
// "pdfbench -extract FILE -o OUT": ingest.Extract, as verbatim ingest runs it.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"syscall"
	"time"

	"github.com/verbatim-rag/verbatim/bench/internal/stats"
	"github.com/verbatim-rag/verbatim/ingest"
)

type options struct {
	extract, out    string
	jsonOut, mdOut  string
	keep, pdftotext string
	reps            int
	files           []string
}

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "pdfbench:", err)
		os.Exit(1)
	}
}

func run() error {
	var o options
	flag.StringVar(&o.extract, "extract", "", "extract this one PDF to -o (the timed child process)")
	flag.StringVar(&o.out, "o", "", "with -extract: where to write the text")
	flag.IntVar(&o.reps, "reps", 3, "timed runs per file and tool (the median counts)")
	flag.StringVar(&o.jsonOut, "json", "", "also write the results as JSON here")
	flag.StringVar(&o.mdOut, "md", "", "also write the table here")
	flag.StringVar(&o.keep, "keep", "", "keep both texts of every file in this folder")
	flag.StringVar(&o.pdftotext, "pdftotext", "pdftotext", "the pdftotext program")
	flag.Parse()
	o.files = flag.Args()
	if o.extract != "" {
		return extractOne(o.extract, o.out)
	}
	if len(o.files) == 0 {
		return errors.New("no PDF given")
	}
	if o.reps < 1 {
		return fmt.Errorf("-reps %d: need at least 1", o.reps)
	}
	return compare(o)
}

// extractOne is the child process: extract path and write its text to out.
func extractOne(path, out string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	_, ex, err := ingest.Extract(path, data)
	if err != nil {
		return err
	}
	return os.WriteFile(out, []byte(ex.Text), 0o644)
}

// result is one file's measurements.
type result struct {
	File          string  `json:"file"`
	Pages         int     `json:"pages"`
	PopplerSec    float64 `json:"pdftotext_seconds"`
	VerbatimSec   float64 `json:"verbatim_seconds"`
	PopplerCPU    float64 `json:"pdftotext_cpu_seconds"`
	VerbatimCPU   float64 `json:"verbatim_cpu_seconds"`
	PopplerRSSMB  float64 `json:"pdftotext_peak_rss_mb"`
	VerbatimRSSMB float64 `json:"verbatim_peak_rss_mb"`
	Agreement     float64 `json:"word_agreement"`
	Error         string  `json:"verbatim_error,omitempty"` // the file failed to extract
}

func compare(o options) error {
	self, err := os.Executable()
	if err != nil {
		return err
	}
	dir := o.keep
	if dir == "" {
		if dir, err = os.MkdirTemp("", "pdfbench"); err != nil {
			return err
		}
		defer os.RemoveAll(dir)
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	var results []result
	for i, f := range o.files {
		base := fmt.Sprintf("%s/%02d-%s", dir, i, filepath.Base(f))
		popOut, verOut := base+".pdftotext.txt", base+".verbatim.txt"
		r := result{File: filepath.Base(f)}
		// Alternate the tools so that both see the same machine load.
		var pop, ver timings
		for range o.reps {
			if err := pop.add(o.pdftotext, "-q", f, popOut); err != nil {
				return fmt.Errorf("%s: pdftotext: %w", f, err)
			}
			if err := ver.add(self, "-extract", f, "-o", verOut); err != nil {
				r.Error = err.Error()
				break
			}
		}
		r.PopplerRSSMB, r.VerbatimRSSMB = pop.rss, ver.rss
		popText, err := os.ReadFile(popOut)
		if err != nil {
			return err
		}
		r.Pages = formFeeds(popText)
		r.PopplerSec, r.PopplerCPU = median(pop.wall), median(pop.cpu)
		if r.Error == "" {
			verText, err := os.ReadFile(verOut)
			if err != nil {
				return err
			}
			r.VerbatimSec, r.VerbatimCPU = median(ver.wall), median(ver.cpu)
			r.Agreement = agreement(string(popText), string(verText))
		}
		results = append(results, r)
		fmt.Fprintf(os.Stderr, "%-28s %5d pages  pdftotext %.2fs  verbatim %.2fs  agreement %.3f\n",
			r.File, r.Pages, r.PopplerSec, r.VerbatimSec, r.Agreement)
	}
	table := markdown(results)
	fmt.Print(table)
	if o.mdOut != "" {
		if err := os.WriteFile(o.mdOut, []byte(table), 0o644); err != nil {
			return err
		}
	}
	if o.jsonOut != "" {
		b, _ := json.MarshalIndent(results, "", "  ")
		return os.WriteFile(o.jsonOut, append(b, '\n'), 0o644)
	}
	return nil
}

// timings collects the timings of one tool on one file.
type timings struct {
	wall, cpu []float64 // seconds per run
	rss       float64   // largest peak RSS, MB
}

// add runs a program once and records its wall time, CPU time (user and
// system) and peak resident set size.
func (r *timings) add(prog string, args ...string) error {
	cmd := exec.Command(prog, args...)
	cmd.Stderr = os.Stderr
	start := time.Now()
	if err := cmd.Run(); err != nil {
		return err
	}
	r.wall = append(r.wall, time.Since(start).Seconds())
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		tv := func(t syscall.Timeval) float64 { return float64(t.Sec) + float64(t.Usec)/1e6 }
		r.cpu = append(r.cpu, tv(ru.Utime)+tv(ru.Stime))
		r.rss = max(r.rss, float64(ru.Maxrss)/1024) // Linux reports kB
	}
	return nil
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	return stats.Percentile(s, 50)
}

// formFeeds counts pdftotext's pages: it ends every page with a form feed.
func formFeeds(b []byte) int {
	n := 0
	for _, c := range b {
		if c == '\f' {
			n++
		}
	}
	return n
}
