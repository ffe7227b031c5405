package retrieve

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/index"
)

// The synthetic benchmark corpus is built once per test binary, only when
// a benchmark asks for it, and removed by TestMain.
var (
	benchOnce   sync.Once
	benchDir    string
	benchCorpus *index.Corpus
	benchVocab  []string
	benchErr    error
)

func TestMain(m *testing.M) {
	code := m.Run()
	if benchCorpus != nil {
		_ = benchCorpus.Close()
	}
	if benchDir != "" {
		_ = os.RemoveAll(benchDir)
	}
	os.Exit(code)
}

// benchPassages is the corpus size: VERBATIM_BENCH_PASSAGES or 100k.
func benchPassages() int {
	if n, err := strconv.Atoi(os.Getenv("VERBATIM_BENCH_PASSAGES")); err == nil && n > 0 {
		return n
	}
	return 100_000
}

// vocabulary makes n pronounceable pseudo-words.
func vocabulary(rng *rand.Rand, n int) []string {
	syl := []string{"ka", "lo", "mi", "ne", "ru", "ta", "vo", "shi", "den", "bar", "qu", "zel", "ion", "th", "gra", "pel"}
	seen := map[string]bool{}
	var out []string
	for len(out) < n {
		var b strings.Builder
		for range 2 + rng.IntN(3) {
			b.WriteString(syl[rng.IntN(len(syl))])
		}
		if w := b.String(); !seen[w] && len(Terms(w)) == 1 && Terms(w)[0] == w {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

func buildBench(b *testing.B) *index.Corpus {
	benchOnce.Do(func() {
		benchDir, benchErr = os.MkdirTemp("", "verbatim-bench")
		if benchErr != nil {
			return
		}
		benchCorpus, benchErr = index.Open(filepath.Join(benchDir, "c"), index.Options{NoSync: true})
		if benchErr != nil {
			return
		}
		benchVocab, benchErr = fillBench(benchCorpus, benchPassages())
	})
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	return benchCorpus
}

// fillBench stores n passages of 80 Zipf-distributed words, 10 a document,
// and returns the vocabulary, most frequent words first.
func fillBench(c *index.Corpus, n int) ([]string, error) {
	rng := rand.New(rand.NewPCG(7, 11))
	vocab := vocabulary(rng, 20000)
	zipf := rand.NewZipf(rng, 1.07, 2, uint64(len(vocab)-1))
	const per, batchDocs = 10, 500
	var batch []corpus.Entry
	for d := 0; d*per < n; d++ {
		paras := make([]string, per)
		for p := range paras {
			words := make([]string, 80)
			for w := range words {
				words[w] = vocab[zipf.Uint64()]
			}
			paras[p] = strings.Join(words, " ") + "."
		}
		batch = append(batch, doc{path: fmt.Sprintf("/bench/%03d/doc%06d.txt", d%100, d), format: corpus.Text, title: fmt.Sprintf("doc %d", d), paras: paras}.entry())
		if len(batch) == batchDocs {
			if err := c.Put(context.Background(), batch); err != nil {
				return nil, err
			}
			batch = batch[:0]
		}
	}
	return vocab, c.Put(context.Background(), batch)
}

// benchQueries are 3-word queries of mid-frequency words, and one in four
// a query of two of the most common words and a mid-frequency one (the
// tail: long posting lists).
func benchQueries(vocab []string) []string {
	rng := rand.New(rand.NewPCG(3, 5))
	qs := make([]string, 64)
	for i := range qs {
		a, b := vocab[50+rng.IntN(2000)], vocab[50+rng.IntN(2000)]
		if i%4 == 3 {
			a, b = vocab[rng.IntN(20)], vocab[rng.IntN(20)]
		}
		qs[i] = fmt.Sprintf("%s %s %s", a, b, vocab[200+rng.IntN(5000)])
	}
	return qs
}

func benchSearch(b *testing.B, q Query) {
	c := buildBench(b)
	for _, mode := range []struct {
		name           string
		noPlan, noWalk bool
	}{{"full", true, true}, {"planned", false, true}, {"walk", false, false}} {
		b.Run(mode.name, func(b *testing.B) {
			r := New(c, DefaultConfig())
			r.noPlan, r.noWalk = mode.noPlan, mode.noWalk
			qs := benchQueries(benchVocab)
			var lat []time.Duration
			hits := 0
			for i := 0; b.Loop(); i++ {
				q.Text = qs[i%len(qs)]
				start := time.Now()
				hs, err := r.Search(context.Background(), q)
				lat = append(lat, time.Since(start))
				if err != nil {
					b.Fatal(err)
				}
				hits += len(hs)
			}
			b.ReportMetric(float64(hits)/float64(b.N), "hits/op")
			reportLatency(b, lat)
		})
	}
}

// reportLatency reports the p50 and p99 of per-query latencies, in ms.
func reportLatency(b *testing.B, lat []time.Duration) {
	p50, p99 := percentiles(lat)
	b.ReportMetric(p50, "p50-ms")
	b.ReportMetric(p99, "p99-ms")
}

// percentiles returns the p50 and p99 of lat, in ms; it sorts lat.
func percentiles(lat []time.Duration) (p50, p99 float64) {
	slices.Sort(lat)
	at := func(q float64) float64 {
		return float64(lat[min(len(lat)-1, int(q*float64(len(lat))))]) / float64(time.Millisecond)
	}
	return at(0.50), at(0.99)
}

// BenchmarkSearch: a 3-word query, k=10, on the synthetic corpus
// (VERBATIM_BENCH_PASSAGES passages, default 100k; the first run builds
// it), bleve's full query ("full"), the planner's ("planned") and the
// walk ("walk", see walkSearch).
func BenchmarkSearch(b *testing.B) {
	benchSearch(b, Query{K: 10})
}

// BenchmarkSearchSideBySide runs each query with bleve's full query and
// with the default search (the walk, see walkSearch), alternately, so
// both meet the same machine state; it reports each one's p50 and p99 and
// their ratios (walk / full).
func BenchmarkSearchSideBySide(b *testing.B) {
	c := buildBench(b)
	full, planned := New(c, DefaultConfig()), New(c, DefaultConfig())
	full.noPlan, full.noWalk = true, true
	qs := benchQueries(benchVocab)
	var latFull, latPlanned []time.Duration
	// The pprof label path (full or walk) splits a -cpuprofile by path.
	timed := func(r *Retriever, q Query) time.Duration {
		path := "walk"
		if r.noPlan {
			path = "full"
		}
		var err error
		start := time.Now()
		pprof.Do(context.Background(), pprof.Labels("path", path), func(ctx context.Context) {
			_, err = r.Search(ctx, q)
		})
		d := time.Since(start)
		if err != nil {
			b.Fatal(err)
		}
		return d
	}
	for i := 0; b.Loop(); i++ {
		q := Query{Text: qs[i%len(qs)], K: 10}
		if i%2 == 0 {
			latFull = append(latFull, timed(full, q))
			latPlanned = append(latPlanned, timed(planned, q))
		} else {
			latPlanned = append(latPlanned, timed(planned, q))
			latFull = append(latFull, timed(full, q))
		}
	}
	f50, f99 := percentiles(latFull)
	p50, p99 := percentiles(latPlanned)
	b.ReportMetric(f50, "full-p50-ms")
	b.ReportMetric(f99, "full-p99-ms")
	b.ReportMetric(p50, "walk-p50-ms")
	b.ReportMetric(p99, "walk-p99-ms")
	b.ReportMetric(p50/f50, "p50-ratio")
	b.ReportMetric(p99/f99, "p99-ratio")
}

// BenchmarkSearchPrefix filters on a folder holding 1% of the documents.
func BenchmarkSearchPrefix(b *testing.B) {
	benchSearch(b, Query{K: 10, PathPrefixes: []string{"/bench/042"}, PathGlobs: []string{"*.txt"}})
}

// BenchmarkSearchGlobAll filters with a glob every document passes.
func BenchmarkSearchGlobAll(b *testing.B) {
	benchSearch(b, Query{K: 10, PathGlobs: []string{"doc*.txt"}})
}

// BenchmarkSearchGivenCode: a question that gives a code ("the ISO
// country code TO") over a table whose many longer codes repeat its term
// ("TO-01" …): the search that looks for the record writing it whole
// (wholeCodesFirst) runs on top of the usual one.
func BenchmarkSearchGivenCode(b *testing.B) {
	c, err := index.Open(b.TempDir(), index.Options{NoSync: true})
	if err != nil {
		b.Fatal(err)
	}
	defer c.Close()
	docs := []doc{{"/iso/iso_3166-1.json", corpus.Text, "iso_3166-1.json", []string{`{"alpha_2": "TN", "alpha_3": "TUN", "name": "Tunisia"}, {"alpha_2": "TO", "alpha_3": "TON", "name": "Tonga"}`}}}
	for i := range 400 {
		var rows []string
		for j := range 6 {
			rows = append(rows, fmt.Sprintf(`{"code": "TO-%02d", "name": "Division %d", "type": "Division"}`, 6*i+j+1, 6*i+j))
		}
		docs = append(docs, doc{fmt.Sprintf("/iso/iso_3166-2-%d.json", i), corpus.Text, "iso_3166-2.json", []string{strings.Join(rows, ", ")}})
	}
	var entries []corpus.Entry
	for _, d := range docs {
		entries = append(entries, d.entry())
	}
	if err := c.Put(context.Background(), entries); err != nil {
		b.Fatal(err)
	}
	r := New(c, DefaultConfig())
	b.ResetTimer()
	for range b.N {
		if _, err := r.Search(context.Background(), Query{Text: "Which country uses the ISO country code TO?", K: 8}); err != nil {
			b.Fatal(err)
		}
	}
}
