package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/verbatim-rag/verbatim/bench/internal/procstat"
	"github.com/verbatim-rag/verbatim/bench/internal/stats"
	"github.com/verbatim-rag/verbatim/generate/lossy"
	"github.com/verbatim-rag/verbatim/index"
	"github.com/verbatim-rag/verbatim/ingest"
	"github.com/verbatim-rag/verbatim/retrieve"
)

// ingest.Run indexes in the background through index's PutAsync and Flush.
var _ ingest.AsyncStore = (*index.Corpus)(nil)

// measureIngest ingests o.folder into a fresh corpus in dir with the default
// configuration, trains the built-in model as verbatim ingest does (unless
// o.noTrain) and records time (index_seconds: until the index is merged,
// training running beside the merge; ingest_seconds: training included),
// throughput, sizes and peak RSS.
func measureIngest(ctx context.Context, o options, dir string, res result) error {
	if err := requireEmpty(dir); err != nil {
		return err
	}
	folder, err := filepath.Abs(o.folder)
	if err != nil {
		return err
	}
	cpu := procstat.CPUSeconds()
	start := time.Now()
	c, err := index.Open(dir, index.Options{NoSync: o.noSync})
	if err != nil {
		return err
	}
	cfg := ingest.DefaultConfig()
	if o.batchFiles > 0 {
		cfg.BatchFiles = o.batchFiles
	}
	if o.workers > 0 {
		cfg.Workers = o.workers
	}
	res["batch_files"], res["workers"], res["nosync"] = cfg.BatchFiles, cfg.Workers, o.noSync
	// As verbatim ingest does: the training text is tokenized while the
	// ingest runs; once the files are stored the model trains beside the
	// merge of the index into one segment.
	var opts ingest.Options
	var stream *lossy.Stream
	if !o.noTrain {
		stream = lossy.NewStream(lossy.DefaultConfig())
		defer stream.Close()
		opts.Passages = stream.Add
	}
	if _, err := c.HoldMerges(); err != nil { // as verbatim ingest does: Compact ends it
		return err
	}
	rep, err := ingest.Run(ctx, c, []string{folder}, cfg, opts)
	var training *lossy.Retraining
	if err == nil && !o.noTrain {
		training = (lossy.Keeper{Store: c, Config: lossy.DefaultConfig()}).Start(ctx, stream)
	}
	if err == nil {
		err = c.Compact(ctx)
	}
	indexed := time.Since(start).Seconds()
	res["trained"] = !o.noTrain
	if training != nil {
		r, terr := training.Wait()
		if err == nil {
			err = terr
		}
		if terr == nil {
			res["train_seconds"] = stats.Round(r.Elapsed.Seconds(), 3)
			res["train_streamed"] = r.Streamed
			res["model_bytes"] = r.Bytes
		}
	}
	if cerr := c.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("ingest: %w", err)
	}
	secs := time.Since(start).Seconds()
	cpu = procstat.CPUSeconds() - cpu
	store, bleveDir, total := diskUsage(filepath.Join(dir, index.DBFile)), diskUsage(filepath.Join(dir, index.BleveDir)), diskUsage(dir)
	res["folder"] = folder
	res["files"] = rep.Files
	res["failed"] = len(rep.Failed)
	res["skipped"] = len(rep.Skipped)
	res["bytes"] = rep.Bytes
	res["passages"] = rep.Passages
	res["ingest_seconds"] = stats.Round(secs, 3)
	res["index_seconds"] = stats.Round(indexed, 3)
	res["ingest_cpu_seconds"] = stats.Round(cpu, 3)
	res["ingest_mb_s"] = stats.Round(float64(rep.Bytes)/1e6/secs, 3)
	res["files_per_s"] = stats.Round(float64(rep.Files)/secs, 1)
	res["index_bytes"] = total.allocated
	res["index_apparent_bytes"] = total.apparent
	res["store_bytes"] = store.allocated
	res["bleve_bytes"] = bleveDir.allocated
	res["ingest_peak_rss_bytes"] = procstat.Status("VmHWM")
	return nil
}

// measureCompact merges the index of the corpus in dir into one segment
// and records how long that took.
func measureCompact(ctx context.Context, dir string, res result) error {
	start := time.Now()
	c, err := index.Open(dir, index.Options{})
	if err != nil {
		return err
	}
	err = c.Compact(ctx)
	if cerr := c.Close(); err == nil {
		err = cerr
	}
	res["compact_seconds"] = stats.Round(time.Since(start).Seconds(), 3)
	return err
}

// requireEmpty refuses a corpus directory that already holds something:
// ingesting into it would measure an incremental run that reads nothing.
func requireEmpty(dir string) error {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	if len(entries) > 0 {
		return fmt.Errorf("-data-dir %s is not empty: the ingest would only measure a no-op re-ingest; remove it, or use -phase search to measure searches on it", dir)
	}
	return nil
}

// question is one line of the question set.
type question struct {
	Q    string `json:"q"`
	Gold string `json:"gold"` // slash path relative to the ingested folder
}

// measureSearch runs the question set once for recall and o.reps more times
// for latency, on the corpus in dir opened read-only.
func measureSearch(ctx context.Context, o options, dir string, res result) error {
	qs, err := readQuestions(o.questions)
	if err != nil {
		return err
	}
	c, err := index.Open(dir, index.Options{ReadOnly: true})
	if err != nil {
		return err
	}
	defer c.Close()
	r := retrieve.New(c, retrieve.DefaultConfig())
	hits, empty := 0, 0
	var misses []miss
	for _, q := range qs {
		files, err := topFiles(ctx, r, q.Q, o.passages, o.k)
		if errors.Is(err, retrieve.ErrEmptyQuery) {
			empty++
		} else if err != nil {
			return err
		}
		if slices.ContainsFunc(files, func(p string) bool { return strings.HasSuffix(p, "/"+q.Gold) }) {
			hits++
		} else {
			misses = append(misses, miss{question: q, Got: files})
		}
	}
	if o.misses != "" {
		if err := writeJSONLines(o.misses, misses); err != nil {
			return err
		}
	}
	lat := make([]float64, 0, o.reps*len(qs))
	for range o.reps {
		for _, q := range qs {
			t := time.Now()
			if _, err := topFiles(ctx, r, q.Q, o.passages, o.k); err != nil && !errors.Is(err, retrieve.ErrEmptyQuery) {
				return err
			}
			lat = append(lat, float64(time.Since(t).Nanoseconds())/1e6)
		}
	}
	slices.Sort(lat)
	if o.latencies != "" {
		if err := writeLatencies(o.latencies, lat); err != nil {
			return err
		}
	}
	res["queries"], res["reps"], res["k"], res["passages_per_query"] = len(qs), o.reps, o.k, o.passages
	res["search_p50_ms"] = stats.Round(stats.Percentile(lat, 50), 4)
	res["search_p99_ms"] = stats.Round(stats.Percentile(lat, 99), 4)
	res["search_mean_ms"] = stats.Round(mean(lat), 4)
	res["hits_at_k"] = hits
	res["empty_queries"] = empty
	res["recall_at_k"] = stats.Round(float64(hits)/float64(max(1, len(qs))), 4)
	return nil
}

// topFiles searches and keeps the first k distinct files of the hits.
func topFiles(ctx context.Context, r *retrieve.Retriever, q string, passages, k int) ([]string, error) {
	hits, err := r.Search(ctx, retrieve.Query{Text: q, K: passages})
	if err != nil {
		return nil, err
	}
	var files []string
	for _, h := range hits {
		if len(files) == k {
			break
		}
		if !slices.Contains(files, h.Passage.Path) {
			files = append(files, h.Passage.Path)
		}
	}
	return files, nil
}

// miss is a question whose gold file was not among the first k files.
type miss struct {
	question
	Got []string `json:"got"`
}

func writeJSONLines[T any](path string, xs []T) error {
	var b []byte
	for _, x := range xs {
		line, err := json.Marshal(x)
		if err != nil {
			return err
		}
		b = append(append(b, line...), '\n')
	}
	return os.WriteFile(path, b, 0o644)
}

func readQuestions(path string) ([]question, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var qs []question
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var q question
		if err := json.Unmarshal(sc.Bytes(), &q); err != nil {
			return nil, fmt.Errorf("questions %s: %w", path, err)
		}
		qs = append(qs, q)
	}
	return qs, sc.Err()
}

func writeLatencies(path string, lat []float64) error {
	var b strings.Builder
	for _, x := range lat {
		b.WriteString(strconv.FormatFloat(x, 'f', 4, 64))
		b.WriteByte('\n')
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// usage is the size of the files under a path.
type usage struct{ apparent, allocated int64 }

func diskUsage(root string) usage {
	var u usage
	_ = filepath.WalkDir(root, func(_ string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return nil
		}
		u.apparent += info.Size()
		if st, ok := info.Sys().(*syscall.Stat_t); ok {
			u.allocated += st.Blocks * 512
		}
		return nil
	})
	return u
}

func mean(xs []float64) float64 {
	var s float64
	for _, x := range xs {
		s += x
	}
	return s / float64(max(1, len(xs)))
}
