package rag_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/generate"
	"github.com/verbatim-rag/verbatim/generate/lossy"
	"github.com/verbatim-rag/verbatim/index"
	"github.com/verbatim-rag/verbatim/ingest"
	"github.com/verbatim-rag/verbatim/rag"
)

// BenchmarkAsk measures one answer on the README's sample corpus, after
// ingest and training: retrieval, decoding, citations and checks.
func BenchmarkAsk(b *testing.B) {
	p := entriesPipeline(b, "../testdata/entries")
	questions := []string{
		"How long is the Korvath Tunnel?",
		"When was Velmora founded?",
		"Who commanded the SS Merrin Star?",
		"How many people live in Kelvisk?",
	}
	for _, mode := range []generate.Mode{generate.RAG, generate.Bare} {
		b.Run(string(mode), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				_, err := p.Ask(context.Background(), rag.Request{Question: questions[i%len(questions)], Mode: mode})
				require.NoError(b, err)
			}
		})
	}
}

// BenchmarkIngestThenTrain5MB ingests about 5 MB of generated reference
// entries and trains the built-in model on them, and reports both times
// and their ratio (train-s / ingest-s).
func BenchmarkIngestThenTrain5MB(b *testing.B) {
	dir := b.TempDir()
	size := writeEntries(b, dir, 5<<20)
	ctx := context.Background()
	for i := 0; i < b.N; i++ {
		c, err := index.Open(b.TempDir(), index.Options{})
		require.NoError(b, err)
		start := time.Now()
		_, err = ingest.Run(ctx, c, []string{dir}, ingest.DefaultConfig(), ingest.Options{})
		require.NoError(b, err)
		ingested := time.Since(start)
		start = time.Now()
		src := func(fn func(string) error) error {
			return c.EachPassage(ctx, func(p corpus.Passage) error { return fn(p.Text) })
		}
		_, err = lossy.Train(ctx, src, lossy.DefaultConfig())
		require.NoError(b, err)
		trained := time.Since(start)
		require.NoError(b, c.Close())
		b.ReportMetric(ingested.Seconds(), "ingest-s")
		b.ReportMetric(trained.Seconds(), "train-s")
		b.ReportMetric(trained.Seconds()/ingested.Seconds(), "train/ingest")
		b.ReportMetric(float64(size)/1e6/ingested.Seconds(), "ingest-MB/s")
	}
}

// writeEntries writes short encyclopedia-like entries until they hold
// about n bytes, and returns the bytes written.
func writeEntries(b *testing.B, dir string, n int) int {
	b.Helper()
	r := rand.New(rand.NewPCG(1, 2))
	syll := []string{"var", "mor", "ell", "quin", "tas", "bro", "dal", "ren", "sko", "vik", "len", "ost", "har", "wen", "fel", "tor"}
	name := func() string {
		w := syll[r.IntN(len(syll))] + syll[r.IntN(len(syll))]
		return strings.ToUpper(w[:1]) + w[1:]
	}
	kinds := []string{"town", "bridge", "ship", "observatory", "company", "river", "lighthouse", "school"}
	months := []string{"January", "March", "May", "July", "September", "November"}
	total := 0
	for i := 0; total < n; i++ {
		subject, kind, founder, place := name()+" "+name(), kinds[r.IntN(len(kinds))], name()+" "+name(), name()
		var sb strings.Builder
		fmt.Fprintf(&sb, "# %s\n\nThe %s is a %s in %s, in the province of %s. ", subject, subject, kind, place, name())
		fmt.Fprintf(&sb, "It was founded on %d %s %d by %s, who also built the harbour at %s.\n\n",
			1+r.IntN(28), months[r.IntN(len(months))], 1700+r.IntN(300), founder, name())
		fmt.Fprintf(&sb, "Its length is %d metres and it employs %d people. In %d it was rebuilt after a fire, "+
			"at a cost of %d,%03d krell. The %s is known for its %s and for the annual %s festival, which draws "+
			"visitors from across the kingdom.\n\n", 100+r.IntN(9000), 10+r.IntN(5000), 1800+r.IntN(220),
			1+r.IntN(90), r.IntN(1000), kind, name(), name())
		fmt.Fprintf(&sb, "Notable people associated with it include %s (born %d) and %s, whose %s of %d is kept in the "+
			"National Library.\n", name()+" "+name(), 1750+r.IntN(250), name()+" "+name(), kinds[r.IntN(len(kinds))], 1800+r.IntN(200))
		path := filepath.Join(dir, fmt.Sprintf("%03d", i%500), fmt.Sprintf("entry-%05d.md", i))
		require.NoError(b, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(b, os.WriteFile(path, []byte(sb.String()), 0o644))
		total += sb.Len()
	}
	return total
}
