package retrieve

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/index"
	"github.com/verbatim-rag/verbatim/index/indextest"
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

	indextest.DamageStoredFields(t, filepath.Join(dir, index.BleveDir, "store"), 9) // the passages of testDocs

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
