package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRmRefusesAnEmptyPath: `verbatim rm "$FILE"` with FILE unset passed
// "", which resolved to the working folder and removed every document
// stored under it. An empty (or blank) path is refused before anything is
// opened; "." still names the working folder on purpose.
func TestRmRefusesAnEmptyPath(t *testing.T) {
	isolate(t)
	data, folder := t.TempDir(), t.TempDir()
	for _, name := range []string{"a.md", "b.md"} {
		require.NoError(t, os.WriteFile(filepath.Join(folder, name), []byte("# Note\n\nA note about tide tables.\n"), 0o644))
	}
	_, _, err := run(t, data, "ingest", "--no-train", folder)
	require.NoError(t, err)
	t.Chdir(folder)

	for _, arg := range []string{"", "  ", "\t"} {
		_, _, err = run(t, data, "rm", "--no-train", filepath.Join(folder, "a.md"), arg)
		require.Error(t, err, "rm %q", arg)
		assert.Contains(t, err.Error(), "rm: an empty path")
		assert.Len(t, storedPaths(t, data), 2, "nothing removed")
	}

	out, _, err := run(t, data, "rm", "--no-train", "--dry-run", ".")
	require.NoError(t, err)
	assert.Contains(t, out, "2 documents would be removed")
}
