package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/index"
)

// storedPaths lists the paths of every stored document.
func storedPaths(t *testing.T, data string) []string {
	t.Helper()
	c, err := index.Open(data, index.Options{ReadOnly: true})
	require.NoError(t, err)
	defer c.Close()
	docs, err := c.AllDocuments()
	require.NoError(t, err)
	var out []string
	for _, d := range docs {
		out = append(out, d.Path)
	}
	return out
}

// TestIngestRemovesOnlyOnPurpose: an exclude, a lower size limit or an
// emptied folder never removes a stored original; --prune, rm and
// --allow-mass-delete do.
func TestIngestRemovesOnlyOnPurpose(t *testing.T) {
	isolate(t)
	data, folder := t.TempDir(), t.TempDir()
	for i, name := range []string{"a.md", "b.md", "c.md", "d.md"} {
		text := "# Note\n\nA note about tide tables, number " + string(rune('1'+i)) + ".\n"
		require.NoError(t, os.WriteFile(filepath.Join(folder, name), []byte(text), 0o644))
	}
	out, _, err := run(t, data, "ingest", "--no-train", folder)
	require.NoError(t, err)
	require.Contains(t, out, "4 added")
	a := filepath.ToSlash(filepath.Join(folder, "a.md"))

	out, _, err = run(t, data, "ingest", "--no-train", "--exclude", "a.md", folder)
	require.NoError(t, err)
	assert.Contains(t, out, "0 removed, 1 kept")
	assert.Contains(t, out, "kept in the store")
	assert.Contains(t, out, "excluded: "+a)
	out, _, err = run(t, data, "ingest", "--no-train", "--max-file-size", "10", folder)
	require.NoError(t, err)
	assert.Contains(t, out, "0 removed, 4 kept")
	assert.Len(t, storedPaths(t, data), 4)

	out, _, err = run(t, data, "ingest", "--no-train", "--exclude", "a.md", "--prune", folder)
	require.NoError(t, err)
	assert.Contains(t, out, "1 removed")
	assert.NotContains(t, storedPaths(t, data), a)

	// rm removes what is stored, whether or not the file is on disk.
	_, _, err = run(t, data, "rm", filepath.Join(folder, "nothing-here.md"))
	require.ErrorContains(t, err, "nothing is stored")
	out, _, err = run(t, data, "rm", "--no-train", filepath.Join(folder, "b.md"))
	require.NoError(t, err)
	assert.Contains(t, out, "1 document removed")
	assert.Len(t, storedPaths(t, data), 2)
	assert.FileExists(t, filepath.Join(folder, "b.md"), "rm never touches the disk")

	// An emptied folder (an unmounted drive) loses nothing without the flag.
	for _, name := range []string{"a.md", "b.md", "c.md", "d.md"} {
		require.NoError(t, os.Remove(filepath.Join(folder, name)))
	}
	out, _, err = run(t, data, "ingest", "--no-train", folder)
	require.NoError(t, err)
	assert.Contains(t, out, "0 removed")
	assert.Contains(t, out, "the folder is empty but 2 documents are stored from it")
	assert.Contains(t, out, "--allow-mass-delete")
	assert.Len(t, storedPaths(t, data), 2)

	out, _, err = run(t, data, "ingest", "--allow-mass-delete", folder)
	require.NoError(t, err, "an empty corpus is not an error")
	assert.Contains(t, out, "2 removed")
	assert.Contains(t, out, "nothing to train")
	assert.Empty(t, storedPaths(t, data))
}

// TestRmTakesPrintedPath: a path copied from ingest's or search's output,
// where a byte that is not UTF-8 is written \xNN, removes its document, as
// show finds it; rm said nothing was stored there.
func TestRmTakesPrintedPath(t *testing.T) {
	isolate(t)
	data, folder := t.TempDir(), t.TempDir()
	name := filepath.Join(folder, "caf\xe9.md")
	require.NoError(t, os.WriteFile(name, []byte("# Menu\n\nEspresso costs two euros.\n"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(folder, "other.md"), []byte("# Other\n\nTea.\n"), 0o644))
	_, _, err := run(t, data, "ingest", "--no-train", folder)
	require.NoError(t, err)

	printed := filepath.Join(folder, `caf\xe9.md`)
	out, _, err := run(t, data, "rm", "--no-train", printed)
	require.NoError(t, err)
	assert.Contains(t, out, printed)
	assert.Contains(t, out, "1 document removed")
	assert.Equal(t, []string{filepath.ToSlash(filepath.Join(folder, "other.md"))}, storedPaths(t, data))
}

// rm given a citation (notes/a.md:2, a passage id) removes nothing and
// says to give the file, naming it, rather than only "nothing is stored".
func TestRmCitationNamesTheFile(t *testing.T) {
	data, a := oneNoteStore(t)
	for _, ref := range []string{a + ":2", a + ":1-2", a + "@0-3"} {
		_, _, err := run(t, data, "rm", ref)
		require.Error(t, err, ref)
		assert.Contains(t, err.Error(), "rm: "+ref+" is a citation: rm takes a file or folder, here "+a+" (nothing removed)", ref)
	}
	out, _, err := run(t, data, "status", "--json")
	require.NoError(t, err)
	assert.Contains(t, out, `"documents": 1`)
}
