package index

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/verbatim-rag/verbatim/corpus"
)

// outdatedCorpus returns a data folder holding acronymEntries whose
// passage index carries no analyzer version, as one built by version 1.
func outdatedCorpus(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	c := openTest(t, dir)
	require.NoError(t, c.Put(context.Background(), acronymEntries()))
	require.NoError(t, c.Close())
	idx, err := bleve.Open(filepath.Join(dir, BleveDir))
	require.NoError(t, err)
	require.NoError(t, idx.DeleteInternal(analyzerKey))
	require.NoError(t, idx.Close())
	return dir
}

// TestRebuildInterrupted interrupts the rebuild of an outdated passage
// index at each point of a writable Open: the next writable Open must
// leave every passage indexed, with this build's analyzer, merged as a
// finished rebuild is (a SIGKILL right after the new index was renamed
// into place once left it empty, with nothing journaled, until check
// --repair; one after the replay, or before the rename, left it unmerged
// and marked current).
func TestRebuildInterrupted(t *testing.T) {
	errCrash := errors.New("crash")
	for _, point := range []string{"index journaled", "index created", "index replayed"} {
		t.Run(point, func(t *testing.T) {
			dir := outdatedCorpus(t)
			_, err := Open(dir, Options{NoSync: true, LockTimeout: 200e6, crashAt: func(p string) error {
				if p == point {
					return errCrash
				}
				return nil
			}})
			require.ErrorIs(t, err, errCrash)

			c := openTest(t, dir)
			defer c.Close()
			st, err := c.Stats()
			require.NoError(t, err)
			assert.NotEmpty(t, st.ReindexedFrom, "the interrupted rebuild is done again")
			assert.Len(t, bleveIDs(t, c), len(acronymEntries()))
			v, err := indexAnalyzerVersion(c.Index())
			require.NoError(t, err)
			assert.Equal(t, analyzerVersion, v)
			segments, err := c.Segments()
			require.NoError(t, err)
			assert.Equal(t, 1, segments)
			ids := searchIDs(t, c, "TPS")
			require.NotEmpty(t, ids)
			assert.Equal(t, corpus.DocID("/g/tps.txt"), ids[0])
			requireCheckClean(t, c)
			requireConsistent(t, c)
		})
	}
}

// TestRebuildInterruptedAfterMoveAside is the state a SIGKILL leaves right
// after the outdated index was moved aside: a read-only Open says the
// rebuild was interrupted (it said there was no corpus, run verbatim
// ingest first), and the next writable Open rebuilds from the store.
func TestRebuildInterruptedAfterMoveAside(t *testing.T) {
	dir := outdatedCorpus(t)
	path := filepath.Join(dir, BleveDir)
	require.NoError(t, os.Rename(path, path+outdatedSuffix))

	_, err := Open(dir, Options{ReadOnly: true, LockTimeout: 200e6})
	require.ErrorIs(t, err, ErrOutdatedIndex)
	assert.NotErrorIs(t, err, ErrNotFound)
	assert.Contains(t, err.Error(), "verbatim check --repair")

	c := openTest(t, dir)
	defer c.Close()
	st, err := c.Stats()
	require.NoError(t, err)
	assert.NotEmpty(t, st.ReindexedFrom)
	assert.Len(t, bleveIDs(t, c), len(acronymEntries()))
	requireCheckClean(t, c)
	assert.NoDirExists(t, path+outdatedSuffix)
}
