package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	bolt "go.etcd.io/bbolt"

	"github.com/verbatim-rag/verbatim/generate/lossy"
	"github.com/verbatim-rag/verbatim/index"
)

// copyCorpus copies the sample corpus into a folder the test may change.
func copyCorpus(t *testing.T) string {
	t.Helper()
	dst := t.TempDir()
	entries, err := os.ReadDir(corpusDir(t))
	require.NoError(t, err)
	for _, e := range entries {
		if e.Type().IsRegular() {
			b, err := os.ReadFile(filepath.Join(corpusDir(t), e.Name()))
			require.NoError(t, err)
			require.NoError(t, os.WriteFile(filepath.Join(dst, e.Name()), b, 0o644))
		}
	}
	return dst
}

// flipStoredBlob flips one byte of the stored original of path.
func flipStoredBlob(t *testing.T, data, path string) {
	t.Helper()
	c, err := index.Open(data, index.Options{})
	require.NoError(t, err)
	d, err := c.DocumentByPath(path)
	require.NoError(t, err)
	orig, err := c.Original(d.ID)
	require.NoError(t, err)
	require.NoError(t, c.Close())
	db, err := bolt.Open(filepath.Join(data, index.DBFile), 0o644, nil)
	require.NoError(t, err)
	defer db.Close()
	require.NoError(t, db.Update(func(tx *bolt.Tx) error {
		// the blob whose bytes are the original (whatever its key)
		b := tx.Bucket([]byte("blobs"))
		var key []byte
		require.NoError(t, b.ForEach(func(k, v []byte) error {
			if string(v) == string(orig) {
				key = append([]byte(nil), k...)
			}
			return nil
		}))
		require.NotNil(t, key, "no blob holds the original of %s", path)
		v := append([]byte(nil), b.Get(key)...)
		v[len(v)/2] ^= 1
		return b.Put(key, v)
	}))
}

func TestCheckRepairAndReingest(t *testing.T) {
	isolate(t)
	data, folder := t.TempDir(), copyCorpus(t)
	_, _, err := run(t, data, "ingest", folder)
	require.NoError(t, err)
	out, _, err := run(t, data, "check")
	require.NoError(t, err)
	assert.Contains(t, out, "model: ok")

	victim := filepath.ToSlash(filepath.Join(folder, "history.md"))
	flipStoredBlob(t, data, victim)
	out, _, err = run(t, data, "check")
	require.ErrorIs(t, err, errCheckFailed)
	assert.Contains(t, out, "blob hash mismatch path="+victim)

	out, _, err = run(t, data, "check", "--repair")
	require.NoError(t, err, out)
	assert.Contains(t, out, "dropped  blob hash mismatch path="+victim)
	assert.Contains(t, out, "re-ingest "+victim)

	out, _, err = run(t, data, "ingest", folder)
	require.NoError(t, err)
	assert.Contains(t, out, "1 added")
	out, _, err = run(t, data, "check", "--json")
	require.NoError(t, err)
	var res checkResult
	require.NoError(t, json.Unmarshal([]byte(out), &res))
	assert.True(t, res.OK)
	assert.Empty(t, res.Report.Problems)
	assert.Equal(t, "ok", res.Model)
	var raw struct {
		Report map[string]json.RawMessage `json:"report"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &raw))
	assert.JSONEq(t, "[]", string(raw.Report["problems"]), "no problems is an empty list, not null")
}

func TestCheckFilesNotes(t *testing.T) {
	isolate(t)
	data, folder := t.TempDir(), copyCorpus(t)
	_, _, err := run(t, data, "ingest", "--no-train", folder)
	require.NoError(t, err)
	changed, gone := filepath.Join(folder, "history.md"), filepath.Join(folder, "README.md")
	require.NoError(t, os.WriteFile(changed, []byte("new content\n"), 0o644))
	require.NoError(t, os.Remove(gone))

	out, _, err := run(t, data, "check", "--files")
	require.NoError(t, err, "notes on files are not corruption")
	assert.Contains(t, out, "note     changed on disk since ingest: "+filepath.ToSlash(changed))
	assert.Contains(t, out, "note     missing on disk: "+filepath.ToSlash(gone))
	assert.Contains(t, out, "model: none: 5 documents stored and no model trained on them")
	assert.Contains(t, out, "verbatim model --retrain")

	out, _, err = run(t, data, "check", "--repair")
	require.NoError(t, err)
	assert.Contains(t, out, "model: retrained", "a repair trains the model the documents lack")
	out, _, err = run(t, data, "check")
	require.NoError(t, err)
	assert.Contains(t, out, "model: ok")
}

func TestCheckEmptyStoreHasNoModelToTrain(t *testing.T) {
	isolate(t)
	data := t.TempDir()
	_, _, err := run(t, data, "ingest", t.TempDir())
	require.NoError(t, err)
	out, _, err := run(t, data, "check", "--repair")
	require.NoError(t, err)
	assert.Contains(t, out, "model: none\n")
}

func TestCheckCorruptModel(t *testing.T) {
	isolate(t)
	data := t.TempDir()
	_, _, err := run(t, data, "ingest", corpusDir(t))
	require.NoError(t, err)
	c, err := index.Open(data, index.Options{})
	require.NoError(t, err)
	require.NoError(t, c.PutMeta(lossy.MetaKey, []byte("not a model")))
	require.NoError(t, c.Close())

	out, _, err := run(t, data, "check")
	require.ErrorIs(t, err, errCheckFailed)
	assert.Contains(t, out, "model: does not decode")
	out, _, err = run(t, data, "check", "--repair")
	require.NoError(t, err)
	assert.Contains(t, out, "model: retrained")
}

func TestCheckMissingCorpus(t *testing.T) {
	isolate(t)
	_, _, err := run(t, filepath.Join(t.TempDir(), "none"), "check")
	require.ErrorIs(t, err, index.ErrNotFound)
}

// TestCheckResultJSONEscapesPaths: the documents to re-ingest after a
// salvage keep a path byte that is not UTF-8 in check --json.
func TestCheckResultJSONEscapesPaths(t *testing.T) {
	res := checkResult{Reingest: []string{"/d/caf\xe9.txt", "/d/plain.txt"}}
	b, err := json.Marshal(res.json())
	require.NoError(t, err)
	assert.Contains(t, string(b), `"reingest":["/d/caf\\xe9.txt","/d/plain.txt"]`)
	assert.Equal(t, "/d/caf\xe9.txt", res.Reingest[0])
}
