package retrieve

import (
	"context"
	"encoding/binary"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/index"
)

// TestSearchOnDamagedSegment: a segment of the passage index whose
// stored-fields offsets are damaged made every search that reached it
// panic (zap slicing past the end of the file), crashing `verbatim
// search` and `ask`. Search now fails with index.ErrBrokenIndex, naming
// the repair.
func TestSearchOnDamagedSegment(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	c, err := index.Open(dir, index.Options{NoSync: true})
	require.NoError(t, err)
	var entries []corpus.Entry
	for _, d := range testDocs {
		entries = append(entries, d.entry())
	}
	require.NoError(t, c.Put(ctx, entries))
	require.NoError(t, c.Compact(ctx))
	require.NoError(t, c.Close())

	zaps, err := filepath.Glob(filepath.Join(dir, index.BleveDir, "store", "*.zap"))
	require.NoError(t, err)
	require.Len(t, zaps, 1)
	b, err := os.ReadFile(zaps[0])
	require.NoError(t, err)
	// zap's footer ends with the stored index's offset, the sections
	// index's, chunk mode, version and CRC; point every document's
	// stored-fields offset far past the end of the file.
	stored := binary.BigEndian.Uint64(b[len(b)-28:])
	n := uint64(8 * 9) // the passages of testDocs
	require.Less(t, stored+n, uint64(len(b)))
	for i := stored; i < stored+n; i++ {
		b[i] = 0x7f
	}
	require.NoError(t, os.WriteFile(zaps[0], b, 0o644))

	c, err = index.Open(dir, index.Options{ReadOnly: true})
	require.NoError(t, err)
	defer c.Close()
	r := New(c, DefaultConfig())
	for _, q := range []string{"falcon", `"barn owl"`, "install verbatim"} {
		var serr error
		require.NotPanics(t, func() { _, serr = r.Search(ctx, Query{Text: q}) }, q)
		require.ErrorIs(t, serr, index.ErrBrokenIndex, q)
		assert.Contains(t, serr.Error(), "check --repair")
	}
}
