package index

import (
	"context"
	"fmt"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
)

// TestCompact: after batches that leave several segments, Compact leaves
// one, which stays one after reopening, and every passage is still found.
func TestCompact(t *testing.T) {
	dir := t.TempDir()
	c, err := Open(dir, Options{NoSync: true})
	require.NoError(t, err)
	// Each batch adds a segment; bleve's merger folds them together in
	// the background, so batches go on until several stand at once (on
	// a loaded machine the merger may have caught up after six).
	before, puts := 0, 0
	for ; puts < 64 && (puts < 6 || before < 2); puts++ {
		require.NoError(t, c.Put(context.Background(), []corpus.Entry{textEntry(fmt.Sprintf("/c/f%d.txt", puts), fmt.Sprintf("passage number %d about compaction", puts))}))
		before, err = c.Segments()
		require.NoError(t, err)
	}
	require.Greater(t, before, 1, "the test needs several segments")
	require.NoError(t, c.Compact(context.Background()))
	after, err := c.Segments()
	require.NoError(t, err)
	assert.Equal(t, 1, after)
	require.NoError(t, c.Close())

	c, err = Open(dir, Options{ReadOnly: true})
	require.NoError(t, err)
	defer c.Close()
	n, err := c.Segments()
	require.NoError(t, err)
	assert.Equal(t, 1, n, "compaction persisted")
	q := bleve.NewTermQuery("compact")
	q.SetField(FieldText)
	res, err := c.Index().Search(bleve.NewSearchRequest(q))
	require.NoError(t, err)
	assert.EqualValues(t, puts, res.Total)
	assert.Error(t, c.Compact(context.Background()), "read-only")
}
