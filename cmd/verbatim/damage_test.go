package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	bolt "go.etcd.io/bbolt"

	"github.com/verbatim-rag/verbatim/index"
)

// copyDir copies the files of the folder src into dst, recursively.
func copyDir(t *testing.T, src, dst string) {
	t.Helper()
	require.NoError(t, filepath.WalkDir(src, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, p)
		if err != nil {
			return err
		}
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), b, 0o644)
	}))
}

// storeLayout returns the page size, the root page of the passages bucket
// and the freelist page of a store file, and which meta page is newest.
func storeLayout(t *testing.T, path string) (pageSize int, passagesRoot, freelist int, newestMeta int, used int64) {
	t.Helper()
	db, err := bolt.Open(path, 0o644, &bolt.Options{ReadOnly: true, PreLoadFreelist: true})
	require.NoError(t, err)
	defer db.Close()
	require.NoError(t, db.View(func(tx *bolt.Tx) error {
		pageSize = db.Info().PageSize
		passagesRoot = int(tx.Bucket([]byte("passages")).Root())
		newestMeta = int(tx.ID() % 2)
		used = tx.Size() // the pages in use; the file may be longer (bbolt grows it ahead)
		return nil
	}))
	// The freelist page is the page whose type says so.
	require.NoError(t, db.View(func(tx *bolt.Tx) error {
		for id := 2; ; id++ {
			info, err := tx.Page(id)
			if err != nil || info == nil {
				return err
			}
			if info.Type == "freelist" {
				freelist = id
				return nil
			}
		}
	}))
	require.NotZero(t, freelist)
	return pageSize, passagesRoot, freelist, newestMeta, used
}

func zeroFilePage(t *testing.T, path string, pageSize, id int) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	require.NoError(t, err)
	_, err = f.WriteAt(make([]byte, pageSize), int64(id*pageSize))
	require.NoError(t, err)
	require.NoError(t, f.Close())
}

// TestDamagedStoreFile damages the store file in four ways; every command
// must fail with an error that names the file and the repair (none may
// crash), check --repair must salvage it, and an ingest must then give
// exactly what a clean ingest gives.
func TestDamagedStoreFile(t *testing.T) {
	isolate(t)
	folder, clean := t.TempDir(), t.TempDir()
	genFolder(t, folder, 150)
	_, _, err := run(t, clean, "ingest", folder)
	require.NoError(t, err)
	stats := bm25Stats(t, clean)
	want := snapshot(t, clean, stats)
	path := filepath.Join(clean, index.DBFile)
	pageSize, passagesRoot, freelist, newestMeta, used := storeLayout(t, path)

	tests := []struct {
		name    string
		corrupt func(t *testing.T, path string)
		atOpen  bool // every command fails (else only those reading the damaged page)
	}{
		{"truncated to half", func(t *testing.T, path string) {
			require.NoError(t, os.Truncate(path, used/2))
		}, true},
		{"zeroed data page", func(t *testing.T, path string) { zeroFilePage(t, path, pageSize, passagesRoot) }, false},
		{"zeroed meta page", func(t *testing.T, path string) { zeroFilePage(t, path, pageSize, newestMeta) }, true},
		{"zeroed freelist page", func(t *testing.T, path string) { zeroFilePage(t, path, pageSize, freelist) }, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := t.TempDir()
			copyDir(t, clean, data)
			db := filepath.Join(data, index.DBFile)
			tt.corrupt(t, db)

			for _, args := range [][]string{
				{"check"}, {"status"}, {"search", "bralo"}, {"show", filepath.Join(folder, "part00", "note0000.txt")},
				{"ask", "what is bralo"}, {"ingest", "--no-train", folder},
			} {
				_, _, err := run(t, data, args...)
				if err == nil && !tt.atOpen && args[0] != "check" {
					continue // did not read the damaged page
				}
				require.ErrorIs(t, err, index.ErrDamaged, "%v", args)
				assert.Contains(t, err.Error(), db, "%v", args)
				assert.Contains(t, err.Error(), "verbatim check --repair", "%v", args)
			}

			out, _, err := run(t, data, "check", "--json")
			require.ErrorIs(t, err, index.ErrDamaged)
			var res checkResult
			require.NoError(t, json.Unmarshal([]byte(out), &res))
			assert.False(t, res.OK)
			assert.Contains(t, res.Damaged, "verbatim check --repair")

			out, _, err = run(t, data, "check", "--repair")
			require.NoError(t, err, out)
			assert.Contains(t, out, "damaged file is kept at "+db+".damaged-")
			_, _, err = run(t, data, "check")
			require.NoError(t, err)
			_, _, err = run(t, data, "ingest", folder)
			require.NoError(t, err)
			assert.Equal(t, want, snapshot(t, data, stats))
		})
	}
}

// TestInterruptedIngestReadOnly: the journal of an interrupted ingest is
// replayed by the next read-only command; while another process holds the
// corpus so that it cannot be, search refuses with a clear error and
// status says so.
func TestInterruptedIngestReadOnly(t *testing.T) {
	isolate(t)
	data := t.TempDir()
	_, _, err := run(t, data, "ingest", "--no-train", corpusDir(t))
	require.NoError(t, err)
	leaveJournal := func() {
		db, err := bolt.Open(filepath.Join(data, index.DBFile), 0o644, nil)
		require.NoError(t, err)
		defer db.Close()
		require.NoError(t, db.Update(func(tx *bolt.Tx) error {
			_, id := tx.Bucket([]byte("paths")).Cursor().First() // a document id
			return tx.Bucket([]byte("journal")).Put(id, []byte(`{"new":1}`))
		}))
	}

	leaveJournal()
	holder, err := index.Open(data, index.Options{ReadOnly: true, NoReplay: true, AllowPending: true})
	require.NoError(t, err)
	_, _, err = run(t, data, "search", "Quillhaven")
	require.ErrorIs(t, err, index.ErrInterrupted)
	assert.Contains(t, err.Error(), "run `verbatim ingest` or `verbatim check --repair`")
	out, _, err := run(t, data, "status")
	require.NoError(t, err)
	assert.Contains(t, out, "interrupted:  an ingest was interrupted before it finished indexing (1 documents pending)")
	out, _, err = run(t, data, "check")
	require.ErrorIs(t, err, errCheckFailed)
	assert.Contains(t, out, "pending journal")
	require.NoError(t, holder.Close())

	out, _, err = run(t, data, "status", "--json")
	require.NoError(t, err)
	var st struct {
		Stats index.Stats `json:"stats"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &st))
	assert.Equal(t, 1, st.Stats.Replayed)
	assert.Zero(t, st.Stats.PendingJournal)
	assert.Empty(t, st.Stats.Interrupted)
	assert.Equal(t, uint64(st.Stats.Passages), st.Stats.IndexedPassages)
	_, _, err = run(t, data, "search", "Quillhaven")
	require.NoError(t, err)
}
