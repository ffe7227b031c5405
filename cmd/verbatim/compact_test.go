package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/index"
)

// indexSegments is the number of passage index segments of the corpus in data.
func indexSegments(t *testing.T, data string) int {
	t.Helper()
	c, err := index.Open(data, index.Options{ReadOnly: true})
	require.NoError(t, err)
	defer c.Close()
	n, err := c.Segments()
	require.NoError(t, err)
	return n
}

// TestIngestCompacts: a bulk ingest written in many batches leaves one
// index segment. (Whether a small change later stays a segment of its own
// depends on bleve's background merger and its timing; the decision not
// to force a merge then is TestBulkLoad's.)
func TestIngestCompacts(t *testing.T) {
	isolate(t)
	t.Setenv("VERBATIM_INGEST_BATCH_FILES", "1")
	data := t.TempDir()
	src := t.TempDir()
	for _, name := range []string{"a.txt", "b.txt", "c.txt", "d.txt", "e.txt", "f.txt", "g.txt", "h.txt"} {
		require.NoError(t, os.WriteFile(filepath.Join(src, name), []byte("The "+name+" file is about lighthouses and keepers.\n"), 0o644))
	}
	_, _, err := run(t, data, "ingest", "--no-train", src)
	require.NoError(t, err)
	assert.Equal(t, 1, indexSegments(t, data))
}
