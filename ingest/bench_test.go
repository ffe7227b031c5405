package ingest

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/verbatim-rag/verbatim/corpus"
)

// BenchmarkExtractChunk measures extract+chunk throughput (MB/s) on
// generated Markdown prose.
func BenchmarkExtractChunk(b *testing.B) {
	data := []byte("# Generated\n\n" + words(1<<20, 7))
	cfg := DefaultChunkConfig()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		format, ex, err := Extract("bench.md", data)
		if err != nil {
			b.Fatal(err)
		}
		doc := corpus.Document{ID: "bench", Path: "/bench.md", Format: format}
		if len(Passages(doc, ex, Chunk(ex, cfg))) == 0 {
			b.Fatal("no passages")
		}
	}
}

// BenchmarkExtractHTML measures HTML extraction throughput.
func BenchmarkExtractHTML(b *testing.B) {
	data := readTestdata(b, "corpus/site/index.html")
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, _, err := Extract("index.html", data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRun measures a whole ingest (walk, read, hash, extract, chunk,
// batch) of 64 generated Markdown files of 128 KiB into an in-memory store.
func BenchmarkRun(b *testing.B) {
	dir := b.TempDir()
	files := map[string]string{}
	total := 0
	for i := range 64 {
		text := "# File\n\n" + words(128<<10, int64(i))
		files[fmt.Sprintf("d%d/f%d.md", i%8, i)] = text
		total += len(text)
	}
	writeTree(b, dir, files)
	b.SetBytes(int64(total))
	for b.Loop() {
		rep, err := Run(context.Background(), newFakeStore(), []string{dir}, DefaultConfig(), Options{})
		if err != nil || len(rep.Added) != 64 {
			b.Fatal(err, rep.Failed)
		}
	}
}

// BenchmarkExtractTable measures extract+chunk of the same 1 MiB of
// comma-separated rows read as a CSV table (row groups, header repeated,
// one segment per record) and as plain text: the cost of the table layout.
func BenchmarkExtractTable(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("id,station,river,opened,datum_m,note\n")
	for i := 0; sb.Len() < 1<<20; i++ {
		fmt.Fprintf(&sb, "%d,Gauge %d,River %d,%d,%d.%02d,\"%s\"\n", i, i, i%17, 1800+i%200, i%13, i%100, words(40, int64(i)))
	}
	data := []byte(sb.String())
	cfg := DefaultChunkConfig()
	for _, name := range []string{"bench.csv", "bench.txt"} {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				_, ex, err := Extract(name, data)
				if err != nil || len(Chunk(ex, cfg)) == 0 {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkExtractZipped measures the zipped formats on their fixtures
// (small files: this is per-document overhead more than throughput).
func BenchmarkExtractZipped(b *testing.B) {
	for _, name := range []string{"keepers-journal.epub", "harbour-rules.odt", "signal-deck.pptx", "tide-gauges.xlsx"} {
		data := readTestdata(b, "formats/"+name)
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, _, err := Extract(name, data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkExtractPDF measures PDF extraction on the real PDF named by
// VERBATIM_BENCH_PDF (for example a manual from Debian's r-doc-pdf; see
// bench/pdf/run.sh) and reports pages per second.
func BenchmarkExtractPDF(b *testing.B) {
	path := os.Getenv("VERBATIM_BENCH_PDF")
	if path == "" {
		b.Skip("VERBATIM_BENCH_PDF not set")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	pages := 0
	for b.Loop() {
		_, ex, err := Extract(path, data)
		if err != nil {
			b.Fatal(err)
		}
		pages += ex.Pages
	}
	b.ReportMetric(float64(pages)/b.Elapsed().Seconds(), "pages/s")
}
