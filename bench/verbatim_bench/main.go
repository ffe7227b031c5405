// Command verbatim_bench measures Verbatim on a folder the way
// bench/xapian_bench.py measures Xapian, and prints one JSON object with the
// same fields: ingest time and MB/s of original bytes, data directory size
// on disk (store and index apart), peak RSS, search p50/p99 over a question
// set (warm, many repetitions) and recall@k of each question's gold file,
// counting files (passages of one file are deduplicated).
//
// Usage (normally through bench/run.sh):
//
//	go run ./bench/verbatim_bench -folder DIR -questions Q.jsonl \
//	    [-data-dir DIR] [-phase all|ingest|search] [-reps 20] [-k 5] \
//	    [-passages 10] [-latencies FILE] [-out FILE] [-cpuprofile FILE]
//	    [-memprofile FILE]
//	    [-misses FILE] [-no-train] [-batch-files N] [-workers N] [-nosync]
//
// The ingest trains the built-in model as verbatim ingest does, unless
// -no-train. The last three are experiments; the benchmark itself uses
// the defaults.
//
// Without -data-dir the corpus lives in a temporary folder that is removed.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"runtime/pprof"

	"github.com/verbatim-rag/verbatim/bench/internal/procstat"
)

// options are the command-line flags.
type options struct {
	folder, questions, dataDir, phase  string
	latencies, out, cpuProfile, misses string
	memProfile                         string
	reps, k, passages                  int
	batchFiles, workers                int
	noSync, noTrain                    bool
}

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "verbatim_bench:", err)
		os.Exit(1)
	}
}

func parseFlags() (options, error) {
	var o options
	flag.StringVar(&o.folder, "folder", "", "folder to ingest (phases all, ingest)")
	flag.StringVar(&o.questions, "questions", "", "question set, JSON lines with q and gold (phases all, search)")
	flag.StringVar(&o.dataDir, "data-dir", "", "corpus directory (default: a temp dir, removed); kept when given")
	flag.StringVar(&o.phase, "phase", "all", "all, ingest, search or compact (merge an ingested -data-dir's index into one segment, the ingest's last step, for a data dir ingested without it)")
	flag.IntVar(&o.reps, "reps", 20, "timed passes over the question set")
	flag.IntVar(&o.k, "k", 5, "files that count for recall@k")
	flag.IntVar(&o.passages, "passages", 10, "passages asked of the retriever per query (deduplicated to files)")
	flag.StringVar(&o.latencies, "latencies", "", "write every timed search latency (ms, one a line) here")
	flag.StringVar(&o.out, "out", "", "also write the JSON here")
	flag.StringVar(&o.misses, "misses", "", "write the questions whose gold file was missed (JSON lines) here")
	flag.StringVar(&o.cpuProfile, "cpuprofile", "", "write a CPU profile of the run here")
	flag.StringVar(&o.memProfile, "memprofile", "", "write an allocation profile of the run here (go tool pprof -sample_index=alloc_space)")
	flag.IntVar(&o.batchFiles, "batch-files", 0, "experiment: ingest.Config.BatchFiles (0: the default)")
	flag.IntVar(&o.workers, "workers", 0, "experiment: ingest.Config.Workers (0: the default)")
	flag.BoolVar(&o.noSync, "nosync", false, "experiment: index.Options.NoSync (skip fsyncs)")
	flag.BoolVar(&o.noTrain, "no-train", false, "ingest as verbatim ingest --no-train does: no model trained")
	flag.Parse()
	switch {
	case o.phase == "compact" && o.dataDir == "":
		return o, errors.New("-phase compact needs -data-dir")
	case o.phase == "compact":
		return o, nil
	case o.phase != "all" && o.phase != "ingest" && o.phase != "search":
		return o, fmt.Errorf("unknown -phase %q", o.phase)
	case o.phase != "search" && o.folder == "":
		return o, errors.New("-folder is required")
	case o.phase != "ingest" && o.questions == "":
		return o, errors.New("-questions is required")
	case o.phase == "search" && o.dataDir == "":
		return o, errors.New("-data-dir is required for -phase search")
	case o.passages < o.k:
		o.passages = o.k
	}
	return o, nil
}

func run() error {
	o, err := parseFlags()
	if err != nil {
		return err
	}
	if o.cpuProfile != "" {
		f, err := os.Create(o.cpuProfile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	dir := o.dataDir
	if dir == "" {
		if dir, err = os.MkdirTemp("", "verbatim-bench-"); err != nil {
			return err
		}
		defer os.RemoveAll(dir)
	}
	res := result{"engine": "verbatim"}
	ctx := context.Background()
	if o.phase == "compact" {
		if err := measureCompact(ctx, dir, res); err != nil {
			return err
		}
		return res.write(o.out)
	}
	if o.phase != "search" {
		if err := measureIngest(ctx, o, dir, res); err != nil {
			return err
		}
	}
	if o.phase != "ingest" {
		if err := measureSearch(ctx, o, dir, res); err != nil {
			return err
		}
	}
	res["peak_rss_bytes"] = procstat.Status("VmHWM")
	if err := writeMemProfile(o.memProfile); err != nil {
		return err
	}
	return res.write(o.out)
}

// writeMemProfile writes the allocation profile to path ("": none).
func writeMemProfile(path string) error {
	if path == "" {
		return nil
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
		_ = f.Close()
		return err
	}
	return f.Close()
}

// result is the JSON printed at the end, keyed like xapian_bench.py's.
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
