package index

import (
	"context"
	"fmt"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	bolt "go.etcd.io/bbolt"

	"github.com/verbatim-rag/verbatim/corpus"
)

func TestPutAsyncThenFlush(t *testing.T) {
	ctx := context.Background()
	c := openTest(t, t.TempDir())
	defer c.Close()
	for i := range 5 {
		var batch []corpus.Entry
		for j := range 3 {
			batch = append(batch, textEntry(fmt.Sprintf("/c/%d-%d.txt", i, j), "word one", fmt.Sprintf("marker%d", i)))
		}
		// The same path in every batch: its journal record spans batches.
		batch = append(batch, textEntry("/c/moving.txt", fmt.Sprintf("version%d", i)))
		require.NoError(t, c.PutAsync(ctx, batch))
	}
	require.NoError(t, c.Flush(ctx))
	requireConsistent(t, c)
	assert.Equal(t, uint64(1), countWord(t, c, "version4"))
	assert.Zero(t, countWord(t, c, "version3"))
	assert.Equal(t, uint64(15), countWord(t, c, "word"))
}

func TestPutAsyncBatchFailure(t *testing.T) {
	ctx := context.Background()
	launchEach(t)
	c := openTest(t, t.TempDir())
	defer c.Close()
	c.beforeBatch = func() error { return errFault }
	require.NoError(t, c.PutAsync(ctx, []corpus.Entry{textEntry("/c/a.txt", "alpha")}))
	// The failure of the background batch surfaces at the next call ...
	require.ErrorIs(t, c.PutAsync(ctx, []corpus.Entry{textEntry("/c/b.txt", "beta")}), errFault)
	c.beforeBatch = nil
	// ... and the next write replays the journal first.
	require.NoError(t, c.PutAsync(ctx, []corpus.Entry{textEntry("/c/c.txt", "gamma")}))
	require.NoError(t, c.Flush(ctx))
	requireConsistent(t, c)
	for _, w := range []string{"alpha", "beta", "gamma"} {
		assert.Equal(t, uint64(1), countWord(t, c, w), w)
	}
}

func TestCloseFlushesAndIsIdempotent(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	c := openTest(t, dir)
	require.NoError(t, c.PutAsync(ctx, []corpus.Entry{textEntry("/c/a.txt", "alpha")}))
	require.NoError(t, c.Close())
	require.NoError(t, c.Close())

	c = openTest(t, dir)
	defer c.Close()
	st, err := c.Stats()
	require.NoError(t, err)
	assert.Zero(t, st.PendingJournal, "Close cleared the journal of the indexed batch")
	requireConsistent(t, c)
}

func TestTextStoredOnce(t *testing.T) {
	ctx := context.Background()
	c := openTest(t, t.TempDir())
	defer c.Close()
	e := textEntry("/c/a.txt", "alpha beta", "gamma")
	require.NoError(t, c.Put(ctx, []corpus.Entry{e}))
	v := getKey(t, c, bucketTexts, textKeyOf(t, c, "/c/a.txt"))
	assert.NotContains(t, string(v), "alpha beta", "a text file's text is its blob, not stored again")
	text, ext, err := c.Text(idOf("/c/a.txt"))
	require.NoError(t, err)
	assert.Equal(t, e.Extraction.Text, text)
	assert.Equal(t, e.Extraction.Map, ext.Map)
	p, sp, err := c.Passage(pid("/c/a.txt", 1))
	require.NoError(t, err)
	assert.Equal(t, "gamma", p.Text)
	assert.Equal(t, int64(12), sp.SrcStart)
}

// getKey returns a copy of a bucket's value.
func getKey(t *testing.T, c *Corpus, bucket []byte, key string) []byte {
	t.Helper()
	var v []byte
	require.NoError(t, c.db.View(func(tx *bolt.Tx) error {
		v = append([]byte(nil), tx.Bucket(bucket).Get([]byte(key))...)
		return nil
	}))
	require.NotNil(t, v)
	return v
}

// TestBlevePanicReopens: a panic inside bleve (seen on a full disk) becomes
// an error, the index is reopened before the next write, and the journal
// brings the failed work back.
func TestBlevePanicReopens(t *testing.T) {
	ctx := context.Background()
	c := openTest(t, t.TempDir())
	defer c.Close()
	require.NoError(t, c.Put(ctx, []corpus.Entry{textEntry("/c/a.txt", "alpha")}))
	c.beforeBatch = func() error { panic("half-written segment") }
	err := c.Put(ctx, []corpus.Entry{textEntry("/c/b.txt", "beta")})
	require.ErrorContains(t, err, "bleve failed: half-written segment")
	c.beforeBatch = nil
	old := c.Index()
	require.NoError(t, c.Put(ctx, []corpus.Entry{textEntry("/c/c.txt", "gamma")}))
	assert.NotSame(t, old, c.Index(), "the broken index was replaced")
	requireConsistent(t, c)
	for _, w := range []string{"alpha", "beta", "gamma"} {
		assert.Equal(t, uint64(1), countWord(t, c, w), w)
	}
}

// TestBatchesBoundedByBytes: one large document goes to bleve in batches
// of at most batchBytes of passage text, not in one batch holding every
// token of it; all its passages are found afterwards.
func TestBatchesBoundedByBytes(t *testing.T) {
	defer func(old int) { batchBytes = old }(batchBytes)
	batchBytes = 1000
	ctx := context.Background()
	c := openTest(t, t.TempDir())
	defer c.Close()
	paras := make([]string, 40)
	for i := range paras {
		paras[i] = fmt.Sprintf("paragraph %d of the long document mentions quillwort%d and nothing else of note", i, i)
	}
	batches := 0
	c.beforeBatch = func() error { batches++; return nil }
	require.NoError(t, c.Put(ctx, []corpus.Entry{textEntry("/big/doc.txt", paras...)}))
	assert.GreaterOrEqual(t, batches, 3, "about 3,200 bytes of passages in batches of 1,000")
	n, err := c.Index().DocCount()
	require.NoError(t, err)
	assert.Equal(t, uint64(len(paras)), n)
}

// launchEach makes every PutAsync launch its work in a flight of its own
// for the rest of the test, as a bulk load's full batches do.
func launchEach(t *testing.T) {
	old := launchPassages
	launchPassages = 0
	t.Cleanup(func() { launchPassages = old })
}

// TestPutAsyncGathersSmallWrites: while a flight is indexed, further
// PutAsync calls gather their work into one flight, launched by Flush
// here; their journal records stay until it is indexed.
func TestPutAsyncGathersSmallWrites(t *testing.T) {
	ctx := context.Background()
	c := openTest(t, t.TempDir())
	defer c.Close()
	var batches atomic.Int32
	release := make(chan struct{})
	c.beforeBatch = func() error {
		if batches.Add(1) == 1 {
			<-release // the first flight is busy while the others come
		}
		return nil
	}
	for i := range 5 {
		require.NoError(t, c.PutAsync(ctx, []corpus.Entry{textEntry(fmt.Sprintf("/c/%d.txt", i), fmt.Sprintf("small%d", i))}))
	}
	st, err := c.Stats()
	require.NoError(t, err)
	assert.Equal(t, 5, st.PendingJournal)
	close(release)
	require.NoError(t, c.Flush(ctx))
	assert.Equal(t, int32(2), batches.Load(), "the first write's flight, then one for the four gathered")
	requireConsistent(t, c)
	for i := range 5 {
		assert.Equal(t, uint64(1), countWord(t, c, fmt.Sprintf("small%d", i)))
	}
}
