package index

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
)

// TestStorePageSize: a new store gets storePageSize pages; a store made
// with 4 KiB pages (every store before the change) opens, reads, takes
// new writes and checks clean with its own page size.
func TestStorePageSize(t *testing.T) {
	ctx := context.Background()
	newDir, oldDir := t.TempDir(), t.TempDir()
	c := openTest(t, newDir)
	require.NoError(t, c.Put(ctx, []corpus.Entry{textEntry("/n/a.txt", "alpha")}))
	require.NoError(t, c.Close())
	assert.Equal(t, uint32(storePageSize), storeMeta(t, filepath.Join(newDir, DBFile)).pageSize)

	func() {
		defer func(ps int) { storePageSize = ps }(storePageSize)
		storePageSize = 4096
		c := openTest(t, oldDir)
		require.NoError(t, c.Put(ctx, []corpus.Entry{textEntry("/o/a.txt", "alpha one", "alpha two")}))
		require.NoError(t, c.Close())
	}()
	require.NotEqual(t, 4096, storePageSize, "the test needs two page sizes")
	c = openTest(t, oldDir)
	require.NoError(t, c.Put(ctx, []corpus.Entry{textEntry("/o/b.txt", "omega")}))
	require.NoError(t, c.Delete(ctx, []string{"/o/a.txt"}))
	require.NoError(t, c.Put(ctx, []corpus.Entry{textEntry("/o/a.txt", "alpha three")}))
	p, _, err := c.Passage(pid("/o/a.txt", 0))
	require.NoError(t, err)
	assert.Equal(t, "alpha three", p.Text)
	ps, err := c.DocPassages(idOf("/o/b.txt"))
	require.NoError(t, err)
	require.Len(t, ps, 1)
	assert.Equal(t, "omega", ps[0].Text)
	assert.ElementsMatch(t, []string{pid("/o/a.txt", 0), pid("/o/b.txt", 0)}, bleveIDs(t, c))
	requireCheckClean(t, c)
	require.NoError(t, c.Close())
	assert.Equal(t, uint32(4096), storeMeta(t, filepath.Join(oldDir, DBFile)).pageSize)
}
