// Command scale is the opt-in scale benchmark of Verbatim: it generates a
// deterministic synthetic corpus of English-like text large enough to give
// at least -passages passages (1,000,000 by default), ingests it with the
// library defaults (ingest.Run into index.Open) and searches it with
// retrieve.DefaultConfig, and reports ingest throughput, CPU, peak RSS and a
// progress timeline, sizes on disk, and search latency and memory.
//
// The text: a title line and 1–8 paragraphs of 2–7 sentences of 6–24 words
// drawn from a Zipf distribution (s 1.07) over a vocabulary of -vocab words
// (the ~100 commonest English function words first, then invented words,
// shorter ones more frequent), with invented personal names in one sentence
// of five and numbers in one of eight. Files are cached in -dir/corpus
// (1,000 a folder) with a manifest, and reused while the flags that shape
// them are the same.
//
// The queries: -queries 3-word queries taken from sentences of random files,
// half "distinctive" (the sentence's three rarest content words), half
// "common" (three of its content words at random). Recall counts the file
// the words came from among the first -k-files files of -k passages; it is
// a sanity figure (common words occur in many files), not a quality goal.
//
// Usage (normally through bench/scale/run.sh):
//
//	go run ./bench/scale [-phase all|gen|ingest|search] [-dir /tmp/verbatim-scale]
//	    [-data-dir /tmp/verbatim-scale/data] [-passages 1000000] [-queries 500]
//	    [-rounds 5] [-out scale.json] [-md scale.md] [-cpuprofile F] [-memprofile F]
//	    [-max-rss-mb 8192]
//
// With -phase all the search runs in a child process (-phase search), so its
// memory figures are those of a process that only searches.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/pprof"
	"strconv"
	"time"
)

// options are the command-line flags.
type options struct {
	phase, cache, dataDir, out, md, note string
	cpuProfile, memProfile               string
	seed                                 uint64
	passages                             int64
	vocab, queries, rounds, k, kFiles    int
	maxRSSMB                             int64
	sample                               time.Duration
	noSync                               bool
}

func (o options) logf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "scale: "+format+"\n", args...)
}

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "scale:", err)
		os.Exit(1)
	}
}

func parseFlags() (options, error) {
	var o options
	flag.StringVar(&o.phase, "phase", "all", "all, gen, ingest or search")
	flag.StringVar(&o.cache, "dir", "/tmp/verbatim-scale", "cache folder of the generated corpus (reused when present)")
	flag.StringVar(&o.dataDir, "data-dir", "", "corpus data directory, removed and rebuilt by ingest (default: -dir/data)")
	flag.Int64Var(&o.passages, "passages", 1_000_000, "generate files until they hold this many passages")
	flag.Uint64Var(&o.seed, "seed", 1, "seed of the corpus and the queries")
	flag.IntVar(&o.vocab, "vocab", 50_000, "vocabulary size (words)")
	flag.IntVar(&o.queries, "queries", 500, "3-word queries")
	flag.IntVar(&o.rounds, "rounds", 5, "timed passes over the queries (after one warm-up pass)")
	flag.IntVar(&o.k, "k", 10, "passages asked per query")
	flag.IntVar(&o.kFiles, "k-files", 5, "files that count for recall")
	flag.Int64Var(&o.maxRSSMB, "max-rss-mb", 8192, "stop the ingest when resident memory passes this (MiB)")
	flag.DurationVar(&o.sample, "sample", 30*time.Second, "ingest timeline interval")
	flag.BoolVar(&o.noSync, "nosync", false, "experiment: index.Options.NoSync (skip fsyncs)")
	flag.StringVar(&o.out, "out", "", "also write the JSON here")
	flag.StringVar(&o.md, "md", "", "write a markdown report here (phase all)")
	flag.StringVar(&o.note, "note", "", "free text for the report header (e.g. the commit)")
	flag.StringVar(&o.cpuProfile, "cpuprofile", "", "CPU profile of the ingest (phase all also writes FILE.search)")
	flag.StringVar(&o.memProfile, "memprofile", "", "heap profile at the end of the ingest, before the corpus is closed")
	flag.Parse()
	if o.dataDir == "" {
		o.dataDir = filepath.Join(o.cache, "data")
	}
	switch {
	case o.phase != "all" && o.phase != "gen" && o.phase != "ingest" && o.phase != "search":
		return o, fmt.Errorf("unknown -phase %q", o.phase)
	case o.passages <= 0 || o.vocab < len(functionWords)+1000 || o.queries <= 0 || o.rounds <= 0:
		return o, errors.New("-passages, -queries and -rounds must be positive, -vocab at least 1,100")
	case o.k < o.kFiles:
		o.k = o.kFiles
	}
	return o, nil
}

func run() error {
	o, err := parseFlags()
	if err != nil {
		return err
	}
	g := textGen{v: newVocabulary(o.seed, o.vocab), seed: o.seed}
	want := manifest{Version: genVersion, Seed: o.seed, Vocabulary: o.vocab, TargetPassages: o.passages}
	res := result{"engine": "verbatim", "phase": o.phase, "load_avg_start": loadAvg(), "date": time.Now().UTC().Format(time.DateTime), "note": o.note}
	err = runPhases(o, g, want, res)
	if werr := res.write(o.out); err == nil {
		err = werr
	}
	if err == nil && o.md != "" && o.phase == "all" {
		err = os.WriteFile(o.md, []byte(markdown(res)), 0o644)
	}
	return err
}

func runPhases(o options, g textGen, want manifest, res result) error {
	ctx := context.Background()
	var m manifest
	var err error
	if o.phase == "search" {
		if m, err = readManifest(o.cache); err != nil || m != withCounts(want, m) {
			return fmt.Errorf("no corpus generated with these flags in %s (run -phase gen): %v", o.cache, err)
		}
	} else if m, err = ensureCorpus(o.cache, want, g, o.logf); err != nil {
		return err
	}
	res["corpus"] = m
	if o.phase == "gen" {
		return nil
	}
	if o.phase != "search" {
		stop, err := startCPUProfile(o.cpuProfile)
		if err != nil {
			return err
		}
		err = measureIngest(ctx, o, m, res)
		stop()
		if err != nil || o.phase == "ingest" {
			return err
		}
	}
	if o.phase == "search" {
		stop, err := startCPUProfile(o.cpuProfile)
		if err != nil {
			return err
		}
		defer stop()
		return measureSearch(ctx, o, g, m, res)
	}
	return searchInChild(o, res)
}

// withCounts is want with the counts of a generated corpus m, to compare
// the flags that shape the corpus.
func withCounts(want, m manifest) manifest {
	want.Files, want.Bytes, want.Passages, want.GenSeconds = m.Files, m.Bytes, m.Passages, m.GenSeconds
	return want
}

// searchInChild runs -phase search in a new process and merges its result.
func searchInChild(o options, res result) error {
	exe, err := os.Executable()
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp("", "verbatim-scale-search-*.json")
	if err != nil {
		return err
	}
	_ = tmp.Close()
	defer os.Remove(tmp.Name())
	args := []string{"-phase", "search", "-dir", o.cache, "-data-dir", o.dataDir,
		"-seed", strconv.FormatUint(o.seed, 10), "-vocab", strconv.Itoa(o.vocab),
		"-passages", strconv.FormatInt(o.passages, 10), "-queries", strconv.Itoa(o.queries),
		"-rounds", strconv.Itoa(o.rounds), "-k", strconv.Itoa(o.k), "-k-files", strconv.Itoa(o.kFiles),
		"-out", tmp.Name()}
	if o.cpuProfile != "" {
		args = append(args, "-cpuprofile", o.cpuProfile+".search")
	}
	o.logf("searching in a child process")
	cmd := exec.Command(exe, args...)
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("search phase: %w", err)
	}
	b, err := os.ReadFile(tmp.Name())
	if err != nil {
		return err
	}
	var child result
	if err := json.Unmarshal(b, &child); err != nil {
		return err
	}
	for k, v := range child {
		if _, ok := res[k]; !ok {
			res[k] = v
		}
	}
	return nil
}

// startCPUProfile starts a CPU profile into path (nothing when empty) and
// returns the function that stops it.
func startCPUProfile(path string) (func(), error) {
	if path == "" {
		return func() {}, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		_ = f.Close()
		return nil, err
	}
	return func() { pprof.StopCPUProfile(); _ = f.Close() }, nil
}

// result is the JSON printed at the end.
type result map[string]any

func (r result) write(path string) error {
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return err
	}
	b = append(b, '\n')
	if _, err := os.Stdout.Write(b); err != nil {
		return err
	}
	if path == "" {
		return nil
	}
	return os.WriteFile(path, b, 0o644)
}
