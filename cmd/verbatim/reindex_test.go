package main

import (
	"os"
	"path/filepath"
	"strings"
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
	data := outdatedEntries(t)

	_, _, err := run(t, data, "search", "Korvath Tunnel")
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

// TestOutdatedIndexReadOnlyStore: status and show read the store only, so
// they work on a data folder whose passage index is outdated (status says
// it needs a rebuild); search still refuses it, and none of them rebuilds
// it.
func TestOutdatedIndexReadOnlyStore(t *testing.T) {
	data := outdatedEntries(t)
	file, err := filepath.Abs("../../testdata/entries/korvath-tunnel.md")
	require.NoError(t, err)
	original, err := os.ReadFile(file)
	require.NoError(t, err)

	tests := []struct {
		args    []string
		want    string // in the output
		wantErr error
	}{
		{args: []string{"status"}, want: "needs a rebuild: passage index"},
		{args: []string{"status", "--json"}, want: `"outdated": "passage index`},
		{args: []string{"show", file}, want: string(original)},
		{args: []string{"show", file + ":1-2"}, want: strings.Join(strings.SplitAfter(string(original), "\n")[:2], "")},
		{args: []string{"search", "Korvath Tunnel"}, wantErr: index.ErrOutdatedIndex},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			out, _, err := run(t, data, tt.args...)
			if tt.wantErr != nil {
				require.ErrorIs(t, err, tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Contains(t, out, tt.want)
		})
	}
	_, _, err = run(t, data, "search", "Korvath Tunnel")
	require.ErrorIs(t, err, index.ErrOutdatedIndex, "still outdated: read-only commands do not rebuild it")
}

// outdatedEntries is the sample entries ingested into a data folder whose
// passage index records no analyzer version, as an older Verbatim left it.
func outdatedEntries(t *testing.T) string {
	t.Helper()
	data := ingestedEntries(t)
	idx, err := bleve.Open(filepath.Join(data, index.BleveDir))
	require.NoError(t, err)
	require.NoError(t, idx.DeleteInternal([]byte("verbatim_analyzer")))
	require.NoError(t, idx.Close())
	return data
}
