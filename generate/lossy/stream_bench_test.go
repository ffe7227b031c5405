package lossy

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/index"
)

// BenchmarkTrainAfterIngest measures what training costs once an ingest
// has stored its folder (0.6 MB of generated entries in 4,000 files),
// both ways side by side on the same corpus: from the text the ingest
// streamed (RetrainFrom) and by rereading the store (Retrain). It reports
// the wall and CPU seconds of each and their ratios (streamed / store).
// Both store the same model.
func BenchmarkTrainAfterIngest(b *testing.B) {
	ctx := context.Background()
	texts := makeFixture(42, 1000).Entries
	folder := writeFiles(b, b.TempDir(), texts, nested)
	b.Logf("corpus %.2f MB in %d files", float64(len(strings.Join(texts, "")))/1e6, len(texts))
	var st, sc, rt, rc float64 // streamed and reread: wall and CPU seconds
	for b.Loop() {
		c, err := index.Open(b.TempDir(), index.Options{})
		require.NoError(b, err)
		s := NewStream(Config{})
		_, s = ingestInto(b, ctx, c, folder, s)
		k := Keeper{Store: c, Config: DefaultConfig()}
		w, cpu := timed(func() {
			r, err := k.RetrainFrom(ctx, s)
			require.NoError(b, err)
			require.True(b, r.Streamed)
		})
		st, sc = st+w, sc+cpu
		w, cpu = timed(func() {
			_, err := k.Retrain(ctx)
			require.NoError(b, err)
		})
		rt, rc = rt+w, rc+cpu
		require.NoError(b, c.Close())
	}
	b.ReportMetric(st/float64(b.N), "streamed-s")
	b.ReportMetric(rt/float64(b.N), "reread-s")
	b.ReportMetric(st/rt, "streamed/reread")
	if sc > 0 && rc > 0 {
		b.ReportMetric(sc/rc, "cpu-streamed/reread")
	}
}

// timed runs fn and returns its wall and CPU seconds (CPU 0 where the
// system does not say).
func timed(fn func()) (wall, cpu float64) {
	cpu0, ok := cpuSeconds()
	start := time.Now()
	fn()
	wall = time.Since(start).Seconds()
	if cpu1, _ := cpuSeconds(); ok {
		cpu = cpu1 - cpu0
	}
	return wall, cpu
}
