package index

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
)

// TestDamagedIndexRootDoesNotCrash: bytes overwritten in the passage
// index's root.bolt made bbolt panic inside bleve.OpenUsing, so every
// command crashed, `check --repair` (which rebuilds the index from the
// store) too. A read-only open now says the index does not open; a
// writable one moves it aside and rebuilds it.
func TestDamagedIndexRootDoesNotCrash(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	c := openTest(t, dir)
	require.NoError(t, c.Put(ctx, []corpus.Entry{textEntry("/c/a.txt", "alpha one", "alpha two"), textEntry("/c/b.txt", "omega")}))
	require.NoError(t, c.Close())

	root := filepath.Join(dir, BleveDir, "store", "root.bolt")
	b, err := os.ReadFile(root)
	require.NoError(t, err)
	require.Greater(t, len(b), 4*4096)
	for i := 2 * 4096; i < len(b); i++ { // every page past the two meta pages
		b[i] = 0xab
	}
	require.NoError(t, os.WriteFile(root, b, 0o644))

	var rerr error
	require.NotPanics(t, func() { _, rerr = Open(dir, Options{ReadOnly: true, LockTimeout: 200e6}) })
	require.ErrorIs(t, rerr, ErrBrokenIndex)
	assert.Contains(t, rerr.Error(), "is damaged")

	require.NotPanics(t, func() { c, err = Open(dir, Options{NoSync: true, LockTimeout: 200e6}) })
	require.NoError(t, err)
	defer c.Close()
	assert.ElementsMatch(t, []string{pid("/c/a.txt", 0), pid("/c/a.txt", 1), pid("/c/b.txt", 0)}, bleveIDs(t, c))
	requireCheckClean(t, c)
}
