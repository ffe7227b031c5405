package index

import (
	"context"
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	bolt "go.etcd.io/bbolt"

	"github.com/verbatim-rag/verbatim/corpus"
)

// synthEntries makes n documents of per passages each, ~60 words a passage
// drawn from a Zipf-like vocabulary.
func synthEntries(rng *rand.Rand, prefix string, n, per int) []corpus.Entry {
	vocab := make([]string, 5000)
	for i := range vocab {
		vocab[i] = fmt.Sprintf("w%dx", i)
	}
	zipf := rand.NewZipf(rng, 1.1, 1, uint64(len(vocab)-1))
	out := make([]corpus.Entry, n)
	for d := range out {
		paras := make([]string, per)
		for p := range paras {
			words := make([]string, 60)
			for w := range words {
				words[w] = vocab[zipf.Uint64()]
			}
			paras[p] = strings.Join(words, " ")
		}
		out[d] = textEntry(fmt.Sprintf("%s/doc%06d.txt", prefix, d), paras...)
	}
	return out
}

func BenchmarkPut(b *testing.B) {
	c := openTest(b, b.TempDir())
	defer c.Close()
	rng := rand.New(rand.NewPCG(1, 2))
	const docs, per = 100, 10
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		b.StopTimer()
		entries := synthEntries(rng, fmt.Sprintf("/bench/%d", i), docs, per)
		b.StartTimer()
		if err := c.Put(context.Background(), entries); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N*docs*per)/b.Elapsed().Seconds(), "passages/s")
}

func BenchmarkEachPassage(b *testing.B) {
	c := openTest(b, b.TempDir())
	defer c.Close()
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 10 {
		if err := c.Put(context.Background(), synthEntries(rng, fmt.Sprintf("/bench/%d", i), 100, 10)); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	n := 0
	for b.Loop() {
		if err := c.EachPassage(context.Background(), func(corpus.Passage) error { n++; return nil }); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "passages/s")
}

// BenchmarkPassagesGuard resolves 10 passages per read transaction, through
// the guarded transaction every read takes (guardStore: SetPanicOnFault and
// a recover) and, side by side, through a bare db.View.
func BenchmarkPassagesGuard(b *testing.B) {
	c := openTest(b, b.TempDir())
	defer c.Close()
	rng := rand.New(rand.NewPCG(1, 2))
	require.NoError(b, c.Put(context.Background(), synthEntries(rng, "/g", 100, 10)))
	ids := make([]string, 10)
	for i := range ids {
		ids[i] = corpus.PassageID(corpus.DocID(fmt.Sprintf("/g/doc%06d.txt", i*7)), i)
	}
	read := func(tx *bolt.Tx) error {
		r := newReader(tx)
		for _, id := range ids {
			if _, _, err := r.passage(id); err != nil {
				return err
			}
		}
		return nil
	}
	b.Run("guarded", func(b *testing.B) {
		for b.Loop() {
			require.NoError(b, c.viewTx(read))
		}
	})
	b.Run("bare", func(b *testing.B) {
		for b.Loop() {
			require.NoError(b, c.db.View(read))
		}
	})
}

// BenchmarkPutBatchBytes measures Put of 12,000 passages (about 5 MB of
// text) in one call with the bleve batches cut by batchBytes, and without
// that bound (cut at batchPassages only), side by side.
func BenchmarkPutBatchBytes(b *testing.B) {
	for _, bound := range []struct {
		name  string
		bytes int
	}{{"bytes-bound", batchBytes}, {"passages-only", 1 << 40}} {
		b.Run(bound.name, func(b *testing.B) {
			defer func(old int) { batchBytes = old }(batchBytes)
			batchBytes = bound.bytes
			c := openTest(b, b.TempDir())
			defer c.Close()
			rng := rand.New(rand.NewPCG(1, 2))
			const docs, per = 40, 300
			for i := 0; b.Loop(); i++ {
				b.StopTimer()
				entries := synthEntries(rng, fmt.Sprintf("/bench/%d", i), docs, per)
				b.StartTimer()
				if err := c.Put(context.Background(), entries); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.N*docs*per)/b.Elapsed().Seconds(), "passages/s")
		})
	}
}

// glossaryEntries makes n one-passage documents of about 25 words each, the
// shape of a glossary folder's files.
func glossaryEntries(rng *rand.Rand, prefix string, n int) []corpus.Entry {
	out := synthEntries(rng, prefix, n, 1)
	for i, e := range out {
		words := strings.Fields(e.Extraction.Text)[:25]
		out[i] = textEntry(e.Doc.Path, strings.Join(words, " "))
	}
	return out
}

// BenchmarkBulkLoad is an ingest's bulk load into a fresh corpus: 8
// batches of 1,024 glossary-sized documents through PutAsync, then Flush,
// Compact and Close, with synced store commits. Each iteration loads the
// index as it was (the composite _all field, a flight per PutAsync), with
// _all disabled, and as it is (PutAsync also gathering the work of the
// calls that come while a flight is indexed), one after the other, so that the machine's load falls on all
// alike; it reports each one's median wall and CPU time (the process's:
// background persisting and merging included) and the median of the
// ratios of each iteration's pair.
func BenchmarkBulkLoad(b *testing.B) {
	rng := rand.New(rand.NewPCG(3, 4))
	batches := make([][]corpus.Entry, 8)
	for i := range batches {
		batches[i] = glossaryEntries(rng, fmt.Sprintf("/g/%d", i), 1024)
	}
	variants := []struct {
		name   string
		keep   bool // keepAllField
		launch int  // launchPassages
	}{{"was", true, 0}, {"no_all", false, 0}, {"is", false, launchPassages}}
	defer func(keep bool, launch int) { keepAllField, launchPassages = keep, launch }(keepAllField, launchPassages)
	ctx := context.Background()
	wall := make([][]float64, len(variants))
	cpu := make([][]float64, len(variants))
	for b.Loop() {
		for i, v := range variants {
			keepAllField = v.keep
			launchPassages = v.launch
			start, startCPU := time.Now(), cpuTime(b)
			c, err := Open(b.TempDir(), Options{LockTimeout: 5e9})
			require.NoError(b, err)
			for _, batch := range batches {
				require.NoError(b, c.PutAsync(ctx, batch))
			}
			require.NoError(b, c.Flush(ctx))
			require.NoError(b, c.Compact(ctx))
			require.NoError(b, c.Close())
			cpu[i] = append(cpu[i], (cpuTime(b) - startCPU).Seconds())
			wall[i] = append(wall[i], time.Since(start).Seconds())
		}
	}
	for i, v := range variants {
		b.ReportMetric(median(wall[i]), v.name+"-wall-s")
		b.ReportMetric(median(cpu[i]), v.name+"-cpu-s")
	}
	for i, v := range variants[1:] {
		b.ReportMetric(median(ratios(wall[i+1], wall[0])), v.name+"/was-wall")
		b.ReportMetric(median(ratios(cpu[i+1], cpu[0])), v.name+"/was-cpu")
	}
}

// ratios is a[i]/b[i] for each pair.
func ratios(a, b []float64) []float64 {
	out := make([]float64, len(a))
	for i := range a {
		out[i] = a[i] / b[i]
	}
	return out
}

func median(xs []float64) float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	return s[len(s)/2]
}
