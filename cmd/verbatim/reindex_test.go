package main

import (
	"path/filepath"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/index"
)

// TestOutdatedIndexMessages: a data folder whose passage index an older
// Verbatim built (no analyzer version in it) is refused by a read-only
// command with the commands that rebuild it, rebuilt by a writable one,
// which says so, and searched as usual afterwards.
func TestOutdatedIndexMessages(t *testing.T) {
	data := ingestedEntries(t)
	idx, err := bleve.Open(filepath.Join(data, index.BleveDir))
	require.NoError(t, err)
	require.NoError(t, idx.DeleteInternal([]byte("verbatim_analyzer")))
	require.NoError(t, idx.Close())

	_, _, err = run(t, data, "search", "Korvath Tunnel")
	require.ErrorIs(t, err, index.ErrOutdatedIndex)
	assert.Contains(t, err.Error(), "built by an older version of Verbatim")
	assert.Contains(t, err.Error(), "verbatim check --repair")

	out, errOut, err := run(t, data, "check", "--repair")
	require.NoError(t, err, out)
	assert.Contains(t, errOut, "rebuilt the passage index from the store")

	out, _, err = run(t, data, "search", "Korvath Tunnel")
	require.NoError(t, err)
	assert.Contains(t, out, "korvath-tunnel.md")
	_, errOut, err = run(t, data, "check")
	require.NoError(t, err)
	assert.NotContains(t, errOut, "rebuilt", "rebuilt once")
}
