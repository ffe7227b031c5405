package main

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestIngestNamesWhySkipped: the summary names the file and why it is
// left out — where a file is not text, what a followed symlink points at —
// and a text file turned binary keeps its stored version.
func TestIngestNamesWhySkipped(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("symlinks need privileges on windows")
	}
	isolate(t)
	data, folder := t.TempDir(), t.TempDir()
	real := filepath.Join(folder, "notes", "real.md")
	require.NoError(t, os.MkdirAll(filepath.Dir(real), 0o755))
	require.NoError(t, os.WriteFile(real, []byte("# Real\n\nThe one copy of the tide table note.\n"), 0o644))
	ids := filepath.Join(folder, "usb.ids")
	require.NoError(t, os.WriteFile(ids, []byte("1d6b  Linux Foundation\n"), 0o644))
	require.NoError(t, os.Symlink(real, filepath.Join(folder, "alias.md")))
	require.NoError(t, os.Symlink(filepath.Join(folder, "nothing.md"), filepath.Join(folder, "dangling.md")))

	out, _, err := run(t, data, "ingest", "--no-train", "--follow-symlinks", folder)
	require.NoError(t, err)
	slash := func(p string) string { return filepath.ToSlash(p) }
	assert.Contains(t, out, "2 added")
	assert.Contains(t, out, "symlink into the folder (its target is ingested under its own path): "+slash(filepath.Join(folder, "alias.md"))+" (→ "+slash(real)+")")
	assert.Contains(t, out, "dangling symlink: "+slash(filepath.Join(folder, "dangling.md"))+" (→ "+slash(filepath.Join(folder, "nothing.md"))+")")
	assert.ElementsMatch(t, []string{slash(real), slash(ids)}, storedPaths(t, data))

	for _, p := range []string{real, ids} {
		require.NoError(t, os.WriteFile(p, []byte("\x7fELF\x02\x01\x01\x00binary"), 0o644))
		later := time.Now().Add(time.Minute)
		require.NoError(t, os.Chtimes(p, later, later))
	}
	out, _, err = run(t, data, "ingest", "--no-train", "--follow-symlinks", folder)
	require.NoError(t, err)
	assert.Contains(t, out, "0 removed, 2 kept")
	assert.Contains(t, out, "not text: "+slash(real)+" (NUL byte at offset 7), "+slash(ids)+" (NUL byte at offset 7)")
	assert.ElementsMatch(t, []string{slash(real), slash(ids)}, storedPaths(t, data), "the stored versions stay")
}

// TestIngestMissingRootFails: a folder given on the command line that is
// not there (a typo, an unmounted drive) makes the ingest fail after it
// has ingested the rest, naming the folder; a malformed file inside a
// folder is only listed.
func TestIngestMissingRootFails(t *testing.T) {
	isolate(t)
	data, docs := t.TempDir(), t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(docs, "a.txt"), []byte("The Korvath Tunnel is 12 km long.\n"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(docs, "b.pdf"), []byte("%PDF-1.4 not really"), 0o644))
	missing := filepath.Join(t.TempDir(), "gone")
	out, _, err := run(t, data, "ingest", docs)
	require.NoError(t, err, "a malformed file inside a folder is listed, not an error")
	assert.Contains(t, out, "b.pdf")
	out, _, err = run(t, data, "ingest", missing, docs)
	require.Error(t, err)
	assert.Contains(t, err.Error(), missing)
	assert.Contains(t, out, "1 unchanged", "the folder that exists was still ingested")
}

// TestIngestForceRereads: --force re-extracts a file that has not
// changed (after an upgrade that reads its format better), where a plain
// ingest leaves it as stored.
func TestIngestForceRereads(t *testing.T) {
	isolate(t)
	data, docs := t.TempDir(), t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(docs, "a.txt"), []byte("The Korvath Tunnel is 12 km long.\n"), 0o644))
	_, _, err := run(t, data, "ingest", "--no-train", docs)
	require.NoError(t, err)
	out, _, err := run(t, data, "ingest", "--no-train", docs)
	require.NoError(t, err)
	assert.Contains(t, out, "0 updated, 1 unchanged")
	out, _, err = run(t, data, "ingest", "--no-train", "--force", docs)
	require.NoError(t, err)
	assert.Contains(t, out, "1 updated, 0 unchanged")
	assert.Equal(t, []string{filepath.ToSlash(filepath.Join(docs, "a.txt"))}, storedPaths(t, data))
}
