package main

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/verbatim-rag/verbatim/bench/internal/procstat"
	"github.com/verbatim-rag/verbatim/bench/internal/stats"
	"github.com/verbatim-rag/verbatim/index"
	"github.com/verbatim-rag/verbatim/retrieve"
)

// measureSearch opens the corpus read-only (normally in a fresh process, so
// the memory figures are those of a searcher), runs the queries once to warm
// up and count recall, then o.rounds timed passes.
func measureSearch(ctx context.Context, o options, g textGen, m manifest, res result) error {
	qs := makeQueries(g, m.Files, o.queries)
	rssStart := procstat.Status("VmRSS")
	start := time.Now()
	c, err := index.Open(o.dataDir, index.Options{ReadOnly: true})
	if err != nil {
		return err
	}
	defer c.Close()
	r := retrieve.New(c, retrieve.DefaultConfig())
	res["search_open_ms"] = stats.Round(float64(time.Since(start).Microseconds())/1e3, 1)
	res["search_rss_start_mb"], res["search_rss_open_mb"] = mb(rssStart), mb(procstat.Status("VmRSS"))
	hits := map[string]int{}
	var first []float64
	for _, q := range qs {
		t := time.Now()
		files, err := topFiles(ctx, r, q.Text, o.k, o.kFiles)
		if err != nil && !errors.Is(err, retrieve.ErrEmptyQuery) {
			return err
		}
		first = append(first, ms(time.Since(t)))
		if slices.Contains(files, q.Gold) {
			hits[q.Kind]++
		}
	}
	res["search_rss_warm_mb"] = mb(procstat.Status("VmRSS"))
	lat := map[string][]float64{}
	for range o.rounds {
		for _, q := range qs {
			t := time.Now()
			if _, err := topFiles(ctx, r, q.Text, o.k, o.kFiles); err != nil && !errors.Is(err, retrieve.ErrEmptyQuery) {
				return err
			}
			d := ms(time.Since(t))
			lat["all"] = append(lat["all"], d)
			lat[q.Kind] = append(lat[q.Kind], d)
		}
	}
	res["queries"], res["rounds"], res["k"], res["k_files"] = len(qs), o.rounds, o.k, o.kFiles
	res["query_examples"] = qs[:min(6, len(qs))]
	slices.Sort(first)
	res["search_first_pass_p50_ms"] = stats.Round(stats.Percentile(first, 50), 3)
	for kind, l := range lat {
		slices.Sort(l)
		for _, p := range []float64{50, 90, 99} {
			res[latKey(kind, p)] = stats.Round(stats.Percentile(l, p), 3)
		}
	}
	n := float64(max(1, len(qs)/2))
	res["recall_distinctive"] = stats.Round(float64(hits["distinctive"])/n, 3)
	res["recall_common"] = stats.Round(float64(hits["common"])/n, 3)
	res["search_rss_end_mb"], res["search_peak_rss_mb"] = mb(procstat.Status("VmRSS")), mb(procstat.Status("VmHWM"))
	res["search_heap_mb"] = mb(heapInuse())
	return nil
}

// latKey is the result key of a latency percentile, e.g. search_p50_ms or
// search_common_p99_ms.
func latKey(kind string, p float64) string {
	if kind == "all" {
		kind = ""
	} else {
		kind += "_"
	}
	return fmt.Sprintf("search_%sp%.0f_ms", kind, p)
}

func ms(d time.Duration) float64 { return float64(d.Nanoseconds()) / 1e6 }

// topFiles searches for k passages and keeps the first kFiles distinct
// files, as slash paths relative to the corpus folder.
func topFiles(ctx context.Context, r *retrieve.Retriever, q string, k, kFiles int) ([]string, error) {
	hits, err := r.Search(ctx, retrieve.Query{Text: q, K: k})
	if err != nil {
		return nil, err
	}
	var files []string
	for _, h := range hits {
		p := h.Passage.Path
		if i := strings.LastIndex(p, "/corpus/"); i >= 0 {
			p = p[i+len("/corpus/"):]
		}
		if len(files) < kFiles && !slices.Contains(files, p) {
			files = append(files, p)
		}
	}
	return files, nil
}
