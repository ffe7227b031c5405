package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"sync"
	"time"

	"github.com/verbatim-rag/verbatim/bench/internal/procstat"
	"github.com/verbatim-rag/verbatim/bench/internal/stats"
	"github.com/verbatim-rag/verbatim/index"
	"github.com/verbatim-rag/verbatim/ingest"
)

// ingest.Run indexes in the background through index's PutAsync and Flush.
var _ ingest.AsyncStore = (*index.Corpus)(nil)

// errRSS stops an ingest whose resident memory passed -max-rss-mb.
var errRSS = errors.New("resident memory above -max-rss-mb")

// sample is one point of the ingest timeline.
type sample struct {
	Seconds float64 `json:"s"`
	Files   int     `json:"files"`
	MB      float64 `json:"mb"`
	RSSMB   float64 `json:"rss_mb"`
	AnonMB  float64 `json:"anon_mb"` // RssAnon: heap and other private memory
	FileMB  float64 `json:"file_mb"` // RssFile: mapped store and index pages (page cache)
	HeapMB  float64 `json:"heap_mb"`
}

// sampleNow is a timeline point of the memory now.
func sampleNow(elapsed time.Duration, files int, bytes int64) sample {
	return sample{stats.Round(elapsed.Seconds(), 1), files, mb(bytes), mb(procstat.Status("VmRSS")),
		mb(procstat.Status("RssAnon")), mb(procstat.Status("RssFile")), mb(heapInuse())}
}

// watchdog samples VmRSS every second and cancels the ingest above limit.
type watchdog struct {
	mu       sync.Mutex
	maxRSS   int64
	exceeded bool
}

func (w *watchdog) run(ctx context.Context, cancel context.CancelCauseFunc, limit int64) {
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		rss := procstat.Status("VmRSS")
		w.mu.Lock()
		w.maxRSS = max(w.maxRSS, rss)
		w.exceeded = w.exceeded || rss > limit
		over := w.exceeded
		w.mu.Unlock()
		if over {
			cancel(fmt.Errorf("%w: %d MB", errRSS, rss/1e6))
			return
		}
	}
}

// freshDataDir removes dir when it is a corpus (or empty), so that ingest
// starts from nothing; it refuses to remove anything else.
func freshDataDir(dir string) error {
	ents, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	} else if err != nil {
		return err
	}
	if _, err := os.Stat(filepath.Join(dir, index.DBFile)); len(ents) > 0 && err != nil {
		return fmt.Errorf("-data-dir %s is not empty and holds no %s: not removing it", dir, index.DBFile)
	}
	return os.RemoveAll(dir)
}

// measureIngest ingests the corpus folder into a fresh data dir with the
// library defaults and records time, throughput, sizes, memory and a
// timeline of progress.
func measureIngest(ctx context.Context, o options, m manifest, res result) error {
	if err := freshDataDir(o.dataDir); err != nil {
		return err
	}
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	wd := &watchdog{}
	go wd.run(ctx, cancel, o.maxRSSMB<<20)
	var timeline []sample
	next := time.Duration(0)
	progress := func(p ingest.Progress) {
		if p.Elapsed < next {
			return
		}
		next = p.Elapsed + o.sample
		s := sampleNow(p.Elapsed, p.Files, p.Bytes)
		timeline = append(timeline, s)
		o.logf("ingest %6.0f s: %d/%d files, %.0f MB, RSS %.0f MB (anon %.0f, file %.0f)", p.Elapsed.Seconds(), p.Files, p.FilesTotal, float64(p.Bytes)/1e6, s.RSSMB, s.AnonMB, s.FileMB)
	}
	cpu, start := procstat.CPUSeconds(), time.Now()
	c, err := index.Open(o.dataDir, index.Options{NoSync: o.noSync})
	if err != nil {
		return err
	}
	rep, err := ingest.Run(ctx, c, []string{corpusDir(o.cache)}, ingest.DefaultConfig(), ingest.Options{Progress: progress})
	runSecs := time.Since(start).Seconds()
	if err == nil { // as verbatim ingest does
		err = c.Compact(ctx)
		res["compact_seconds"] = stats.Round(time.Since(start).Seconds()-runSecs, 1)
	}
	if err == nil && o.memProfile != "" {
		err = writeHeapProfile(o.memProfile)
	}
	if cerr := c.Close(); err == nil {
		err = cerr
	}
	if cause := context.Cause(ctx); errors.Is(cause, errRSS) {
		err = cause
	}
	if err != nil {
		res["ingest_timeline"], res["error"] = timeline, err.Error()
		return fmt.Errorf("ingest: %w", err)
	}
	secs, cpu := time.Since(start).Seconds(), procstat.CPUSeconds()-cpu
	timeline = append(timeline, sampleNow(time.Since(start), int(rep.Files), rep.Bytes))
	res["files"], res["bytes"], res["passages"] = rep.Files, rep.Bytes, rep.Passages
	res["failed"], res["skipped"] = len(rep.Failed), len(rep.Skipped)
	res["ingest_seconds"], res["ingest_run_seconds"] = stats.Round(secs, 1), stats.Round(runSecs, 1)
	res["ingest_cpu_seconds"] = stats.Round(cpu, 1)
	res["ingest_mb_s"] = stats.Round(float64(rep.Bytes)/1e6/secs, 3)
	res["ingest_files_s"] = stats.Round(float64(rep.Files)/secs, 0)
	res["ingest_passages_s"] = stats.Round(float64(rep.Passages)/secs, 0)
	res["ingest_peak_rss_mb"] = mb(procstat.Status("VmHWM"))
	res["ingest_timeline"] = timeline
	res["store_mb"] = mb(allocated(filepath.Join(o.dataDir, index.DBFile)))
	res["bleve_mb"] = mb(allocated(filepath.Join(o.dataDir, index.BleveDir)))
	res["data_dir_mb"] = mb(allocated(o.dataDir))
	res["nosync"] = o.noSync
	res["workers"], res["batch_files"] = ingest.DefaultConfig().Workers, ingest.DefaultConfig().BatchFiles
	return nil
}

func writeHeapProfile(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	runtime.GC()
	if err := pprof.WriteHeapProfile(f); err != nil {
		_ = f.Close()
		return err
	}
	return f.Close()
}
