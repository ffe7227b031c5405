package index

import (
	"context"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
)

// failNth makes the n-th bleve batch (1-based) fail with errFault; the hook
// is set once, before any batch runs, so the background goroutine reads it
// without a race.
func failNth(c *Corpus, n int32) {
	var calls atomic.Int32
	c.beforeBatch = func() error {
		if calls.Add(1) == n {
			return errFault
		}
		return nil
	}
}

// TestJournalKeptWhileRewrittenAsync: a document written twice in a row
// without a Flush keeps its journal record until its second batch is
// indexed, so a failure of that batch is replayed on reopen.
func TestJournalKeptWhileRewrittenAsync(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name   string
		second func(c *Corpus) error // writes A again; its batch fails
		then   func(c *Corpus) error
	}{
		{
			name: "PutAsync then PutAsync",
			second: func(c *Corpus) error {
				return c.PutAsync(ctx, []corpus.Entry{textEntry("/c/a.txt", "new one", "new two", "new three")})
			},
			then: func(c *Corpus) error { return c.PutAsync(ctx, []corpus.Entry{textEntry("/c/b.txt", "beta")}) },
		},
		{
			name: "PutAsync then Put",
			second: func(c *Corpus) error {
				return c.Put(ctx, []corpus.Entry{textEntry("/c/a.txt", "new one", "new two", "new three")})
			},
		},
		{
			name:   "PutAsync then Delete",
			second: func(c *Corpus) error { return c.Delete(ctx, []string{"/c/a.txt"}) },
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			launchEach(t)
			dir := t.TempDir()
			c := openTest(t, dir)
			failNth(c, 2)
			require.NoError(t, c.PutAsync(ctx, []corpus.Entry{textEntry("/c/a.txt", "old text")}))
			err := tt.second(c)
			if tt.then != nil {
				require.NoError(t, err)
				err = tt.then(c)
			}
			require.ErrorIs(t, err, errFault)
			_ = c.Flush(ctx)
			_ = c.Close()

			c = openTest(t, dir)
			defer c.Close()
			requireConsistent(t, c)
			requireCheckClean(t, c)
			assert.Zero(t, countWord(t, c, "old"), "stale text of the first version")
		})
	}
}

// TestCorruptPassageCount: a document record claiming an absurd number of
// passages is reported as corrupt instead of exhausting memory.
func TestCorruptPassageCount(t *testing.T) {
	ctx := context.Background()
	for _, field := range []string{"passages", "text_len"} {
		t.Run(field, func(t *testing.T) {
			c := checkFixture(t)
			d := recordOf(t, c, "/c/a.txt")
			if field == "passages" {
				d.Passages = 1 << 40
			} else {
				d.TextLen = 1 << 40
			}
			v, err := encodeDoc(nil, d)
			require.NoError(t, err)
			putKey(t, c, bucketDocs, docKeyOf(t, c, "/c/a.txt"), string(v))

			_, err = c.DocPassages(d.ID)
			require.ErrorIs(t, err, errCorrupt)
			assert.Contains(t, err.Error(), "check --repair")
			err = c.Put(ctx, []corpus.Entry{textEntry("/c/a.txt", "fresh")})
			require.ErrorIs(t, err, errCorrupt)

			rep, err := c.Check(ctx, CheckOptions{})
			require.NoError(t, err)
			requireProblems(t, rep, []want{{kind: ProblemBadDocument, path: "/c/a.txt"}})
			rep, err = c.Check(ctx, CheckOptions{Repair: true})
			require.NoError(t, err)
			assert.True(t, rep.OK(), "%v", rep.Problems)
			assert.Equal(t, []string{"/c/a.txt"}, rep.Dropped)
			require.NoError(t, c.Put(ctx, []corpus.Entry{textEntry("/c/a.txt", "fresh")}))
			requireCheckClean(t, c)
			requireConsistent(t, c)
		})
	}
}

func TestPutLimits(t *testing.T) {
	require.NoError(t, checkLimits("/a", MaxPassages, MaxTextLen))
	require.ErrorContains(t, checkLimits("/a", MaxPassages+1, 10), "exceed the limits")
	require.ErrorContains(t, checkLimits("/a", 1, MaxTextLen+1), "exceed the limits")
}

// TestBrokenIndexRebuilt: a passage index that does not open (a kill during
// the first Open, a damaged disk) is moved aside and rebuilt from the store
// by a writable Open; a read-only Open says how to fix it.
func TestBrokenIndexRebuilt(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name    string
		breakIt func(t *testing.T, path string)
	}{
		{"empty folder", func(t *testing.T, path string) {
			require.NoError(t, os.RemoveAll(path))
			require.NoError(t, os.Mkdir(path, 0o755))
		}},
		{"metadata garbled", func(t *testing.T, path string) {
			require.NoError(t, os.WriteFile(filepath.Join(path, "index_meta.json"), []byte("{garbage"), 0o644))
		}},
		{"missing", func(t *testing.T, path string) { require.NoError(t, os.RemoveAll(path)) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			c := openTest(t, dir)
			require.NoError(t, c.Put(ctx, []corpus.Entry{textEntry("/c/a.txt", "alpha one", "alpha two"), textEntry("/c/b.txt", "beta")}))
			require.NoError(t, c.Close())
			path := filepath.Join(dir, BleveDir)
			tt.breakIt(t, path)
			require.NoError(t, os.MkdirAll(path+tmpSuffix, 0o755)) // a leftover of a kill

			if _, err := os.Stat(path); err == nil {
				_, err := Open(dir, Options{ReadOnly: true, LockTimeout: 200e6})
				require.ErrorIs(t, err, ErrBrokenIndex)
				assert.Contains(t, err.Error(), "verbatim check --repair")
			}

			c = openTest(t, dir)
			defer c.Close()
			requireCheckClean(t, c)
			requireConsistent(t, c)
			assert.Equal(t, uint64(2), countWord(t, c, "alpha"))
			assert.Equal(t, uint64(1), countWord(t, c, "beta"))
			assert.NoDirExists(t, path+tmpSuffix)
			st, err := c.Stats()
			require.NoError(t, err)
			if tt.name != "missing" {
				assert.Contains(t, st.RebuiltIndex, BleveDir+".broken-")
				assert.DirExists(t, st.RebuiltIndex)
			}
		})
	}
}

// panicIndex is a bleve index whose Close panics, as a broken scorch can.
type panicIndex struct{ bleveIndex }

// bleveIndex names bleve.Index so that panicIndex can embed it (a field
// named Index would hide the Index method).
type bleveIndex = bleve.Index

func (panicIndex) Close() error { panic("close of a broken index") }

func TestCloseBrokenIndex(t *testing.T) {
	dir := t.TempDir()
	c := openTest(t, dir)
	require.NoError(t, c.Put(context.Background(), []corpus.Entry{textEntry("/c/a.txt", "alpha")}))
	real := c.Index()
	c.setBleve(panicIndex{real})
	err := c.Close()
	require.ErrorContains(t, err, "close of a broken index")
	_ = real.Close()
	c = openTest(t, dir) // the store was closed: its lock is free
	defer c.Close()
	requireCheckClean(t, c)
}

func TestReopenBrokenIndexRecovers(t *testing.T) {
	c := openTest(t, t.TempDir())
	defer c.Close()
	real := c.Index()
	c.setBleve(panicIndex{real})
	c.broken.Store(true)
	require.NoError(t, c.Put(context.Background(), []corpus.Entry{textEntry("/c/a.txt", "alpha")}))
	_ = real.Close()
	requireConsistent(t, c)
}

// TestCheckReopensBrokenIndex: Check does not scan an index a panic left
// broken: it reopens it first, and reports the journal work left behind.
func TestCheckReopensBrokenIndex(t *testing.T) {
	ctx := context.Background()
	c := openTest(t, t.TempDir())
	defer c.Close()
	require.NoError(t, c.Put(ctx, []corpus.Entry{textEntry("/c/a.txt", "alpha")}))
	c.beforeBatch = func() error { panic("half-written segment") }
	require.Error(t, c.Put(ctx, []corpus.Entry{textEntry("/c/b.txt", "beta")}))
	c.beforeBatch = nil
	old := c.Index()
	rep, err := c.Check(ctx, CheckOptions{})
	require.NoError(t, err)
	assert.NotSame(t, old, c.Index(), "the broken index was replaced")
	requireProblems(t, rep, []want{{kind: ProblemJournal}})
	rep, err = c.Check(ctx, CheckOptions{Repair: true})
	require.NoError(t, err)
	assert.True(t, rep.OK(), "%v", rep.Problems)
	requireConsistent(t, c)
}

func TestClosedCorpus(t *testing.T) {
	ctx := context.Background()
	c := openTest(t, t.TempDir())
	require.NoError(t, c.PutAsync(ctx, []corpus.Entry{textEntry("/c/a.txt", "alpha")}))
	require.NoError(t, c.Close())
	e := []corpus.Entry{textEntry("/c/b.txt", "beta")}
	assert.ErrorIs(t, c.Put(ctx, e), ErrClosed)
	assert.ErrorIs(t, c.PutAsync(ctx, e), ErrClosed)
	assert.ErrorIs(t, c.Delete(ctx, []string{"/c/a.txt"}), ErrClosed)
	assert.ErrorIs(t, c.PutMeta("k", []byte("v")), ErrClosed)
	_, err := c.Check(ctx, CheckOptions{})
	assert.ErrorIs(t, err, ErrClosed)
	assert.NoError(t, c.Flush(ctx), "Close flushed: nothing left")
	assert.NoError(t, c.Close())
}
