package index_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/index"
	"github.com/verbatim-rag/verbatim/ingest"
)

var _ ingest.Toucher = (*index.Corpus)(nil)

// TestTouchWithIngest: a file that only gets a new time is read once by
// ingest, whose Touch stores the time without re-indexing.
func TestTouchWithIngest(t *testing.T) {
	ctx := context.Background()
	src := t.TempDir()
	name := filepath.Join(src, "a.txt")
	require.NoError(t, os.WriteFile(name, []byte("alpha bravo"), 0o644))
	c, err := index.Open(t.TempDir(), index.Options{NoSync: true})
	require.NoError(t, err)
	defer c.Close()
	_, err = ingest.Run(ctx, c, []string{src}, ingest.DefaultConfig(), ingest.Options{})
	require.NoError(t, err)

	later := time.Now().Add(time.Hour).Truncate(time.Second)
	require.NoError(t, os.Chtimes(name, later, later))
	rep, err := ingest.Run(ctx, c, []string{src}, ingest.DefaultConfig(), ingest.Options{})
	require.NoError(t, err)
	assert.Equal(t, int64(len("alpha bravo")), rep.Bytes)
	d, err := c.DocumentByPath(filepath.ToSlash(name))
	require.NoError(t, err)
	assert.True(t, later.Equal(d.ModTime), "stored time %v", d.ModTime)
	for range 2 {
		rep, err = ingest.Run(ctx, c, []string{src}, ingest.DefaultConfig(), ingest.Options{})
		require.NoError(t, err)
		assert.Zero(t, rep.Bytes)
	}
	rep2, err := c.Check(ctx, index.CheckOptions{})
	require.NoError(t, err)
	assert.True(t, rep2.OK(), "%v", rep2.Problems)

	// A stale touch (another hash) changes nothing.
	d2 := d
	d2.Hash = "00"
	d2.ModTime = later.Add(time.Hour)
	require.NoError(t, c.Touch(ctx, append([]corpus.Document{}, d2)))
	got, err := c.DocumentByPath(d.Path)
	require.NoError(t, err)
	assert.True(t, later.Equal(got.ModTime))
}
