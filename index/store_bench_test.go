package index

import (
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	bolt "go.etcd.io/bbolt"

	"github.com/verbatim-rag/verbatim/corpus"
)

// BenchmarkStoreLoad is the store side of an ingest's bulk load: 12
// transactions of 1,024 glossary-sized documents each (about the glossary
// folder) into a fresh store, fsynced, without the passage index. It
// reports the medians of the wall and CPU time and of the bytes the
// process wrote (wchar of /proc/self/io: bbolt's pwrite calls) per load,
// so that two builds' test binaries can be run side by side.
func BenchmarkStoreLoad(b *testing.B) {
	rng := rand.New(rand.NewPCG(5, 6))
	batches := make([][]corpus.Entry, 12)
	for i := range batches {
		var err error
		batches[i], err = prepare(glossaryEntries(rng, fmt.Sprintf("/g/%02d", i), 1024), time.Unix(1e9, 0))
		require.NoError(b, err)
	}
	var wall, cpu, written []float64
	for b.Loop() {
		c, err := Open(b.TempDir(), Options{LockTimeout: 5e9})
		require.NoError(b, err)
		start, startCPU, startW := time.Now(), cpuTime(b), wchar(b)
		for _, batch := range batches {
			require.NoError(b, c.updateTx(func(tx *bolt.Tx) error { return storeBatch(tx, batch) }))
		}
		wall = append(wall, time.Since(start).Seconds())
		cpu = append(cpu, (cpuTime(b) - startCPU).Seconds())
		written = append(written, float64(wchar(b)-startW)/1e6)
		require.NoError(b, c.Close())
	}
	b.ReportMetric(median(wall), "wall-s")
	b.ReportMetric(median(cpu), "cpu-s")
	b.ReportMetric(median(written), "MB-written")
}

// storeBatch is the store transaction of a write (Put's step 1).
func storeBatch(tx *bolt.Tx, entries []corpus.Entry) error {
	w := newTxWriter(tx)
	if err := putAll(entries)(w); err != nil {
		return err
	}
	if err := w.finishRefs(); err != nil {
		return err
	}
	return w.finishSeq()
}

// wchar is the bytes the process passed to write calls so far.
func wchar(b *testing.B) int64 {
	io, err := os.ReadFile("/proc/self/io")
	require.NoError(b, err)
	for _, line := range strings.Split(string(io), "\n") {
		if v, ok := strings.CutPrefix(line, "wchar: "); ok {
			n, err := strconv.ParseInt(v, 10, 64)
			require.NoError(b, err)
			return n
		}
	}
	b.Fatal("no wchar in /proc/self/io")
	return 0
}
