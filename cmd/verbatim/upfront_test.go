package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCompareChecksHTMLPathFirst: an HTML report that cannot be written
// fails the command before any question is asked (here: before the store
// is even opened, so there is none).
func TestCompareChecksHTMLPathFirst(t *testing.T) {
	isolate(t)
	questions, err := filepath.Abs("../../testdata/questions/entries.jsonl")
	require.NoError(t, err)
	dir := t.TempDir()
	notDir := filepath.Join(dir, "file")
	require.NoError(t, os.WriteFile(notDir, nil, 0o644))
	for _, path := range []string{filepath.Join(dir, "missing", "r.html"), filepath.Join(notDir, "r.html"), dir} {
		_, _, err := run(t, t.TempDir(), "compare", questions, "--html", path)
		require.Error(t, err, path)
		assert.Contains(t, err.Error(), "html report:")
		assert.NotContains(t, err.Error(), "ingest", "failed before opening the store")
	}
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	assert.Len(t, entries, 1, "no probe file left behind")
}

// TestModelConfigCheckedBeforeIngest: a bad model.order or model.lambda
// fails the ingest before anything is stored.
func TestModelConfigCheckedBeforeIngest(t *testing.T) {
	isolate(t)
	for _, env := range [][2]string{{"VERBATIM_MODEL_ORDER", "40"}, {"VERBATIM_MODEL_LAMBDA", "2"}} {
		t.Run(env[0], func(t *testing.T) {
			t.Setenv(env[0], env[1])
			data := filepath.Join(t.TempDir(), "data")
			_, _, err := run(t, data, "ingest", corpusDir(t))
			require.Error(t, err)
			assert.Contains(t, err.Error(), "model: lossy:")
			assert.NoDirExists(t, data, "nothing written")
		})
	}
}

// TestIngestNothingSupported: a folder with no supported file is a
// successful ingest of nothing, not an error.
func TestIngestNothingSupported(t *testing.T) {
	isolate(t)
	data, folder := t.TempDir(), t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(folder, "photo.jpg"), []byte("\xff\xd8\xff"), 0o644))
	out, _, err := run(t, data, "ingest", folder)
	require.NoError(t, err)
	assert.Contains(t, out, "0 added")
	assert.Contains(t, out, "no documents stored")
	assert.Contains(t, out, "nothing to train")
}

// TestIngestSkipsItsDataFolder: a data folder inside an ingested folder is
// not ingested into itself.
func TestIngestSkipsItsDataFolder(t *testing.T) {
	isolate(t)
	folder := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(folder, "a.md"), []byte("# A\n\nA note about kelp.\n"), 0o644))
	data := filepath.Join(folder, "vdata")
	out, _, err := run(t, data, "ingest", "--no-train", folder)
	require.NoError(t, err)
	assert.Contains(t, out, "1 added")
	require.NoError(t, os.WriteFile(filepath.Join(data, "notes.txt"), []byte("not a document of the corpus"), 0o644))
	out, _, err = run(t, data, "ingest", "--no-train", folder)
	require.NoError(t, err)
	assert.Contains(t, out, "0 added")
	assert.Contains(t, out, "Verbatim's data folder: "+filepath.ToSlash(data))
	assert.Equal(t, []string{filepath.ToSlash(filepath.Join(folder, "a.md"))}, storedPaths(t, data))
}
