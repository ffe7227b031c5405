package index

import (
	"context"
	"errors"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	bolt "go.etcd.io/bbolt"

	"github.com/verbatim-rag/verbatim/corpus"
)

func TestSecondWriterIsLocked(t *testing.T) {
	dir := t.TempDir()
	c := openTest(t, dir)
	defer c.Close()

	for _, ro := range []bool{false, true} {
		start := time.Now()
		_, err := Open(dir, Options{ReadOnly: ro, LockTimeout: 150 * time.Millisecond})
		require.Error(t, err, "read-only %v", ro)
		assert.ErrorIs(t, err, ErrLocked)
		assert.Contains(t, err.Error(), dir+" is in use by another verbatim process")
		assert.Less(t, time.Since(start), 2*time.Second)
	}
}

func TestReadOnlySharing(t *testing.T) {
	dir := t.TempDir()
	c := openTest(t, dir)
	require.NoError(t, c.Put(context.Background(), []corpus.Entry{textEntry("/c/a.txt", "shared words")}))
	require.NoError(t, c.Close())

	r1, err := Open(dir, Options{ReadOnly: true})
	require.NoError(t, err)
	defer r1.Close()
	r2, err := Open(dir, Options{ReadOnly: true})
	require.NoError(t, err)
	defer r2.Close()

	for _, r := range []*Corpus{r1, r2} {
		assert.True(t, r.ReadOnly())
		p, _, err := r.Passage(corpus.PassageID(corpus.DocID("/c/a.txt"), 0))
		require.NoError(t, err)
		assert.Equal(t, "shared words", p.Text)
		res, err := r.Index().Search(searchWord("shared"))
		require.NoError(t, err)
		assert.Equal(t, uint64(1), res.Total)
		assert.ErrorIs(t, r.Put(context.Background(), nil), ErrReadOnly)
		assert.ErrorIs(t, r.Delete(context.Background(), nil), ErrReadOnly)
		assert.ErrorIs(t, r.PutMeta("k", nil), ErrReadOnly)
	}
	_, err = Open(dir, Options{LockTimeout: 100 * time.Millisecond})
	assert.ErrorIs(t, err, ErrLocked)
}

func TestReadOnlyMissingCorpus(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "none")
	_, err := Open(dir, Options{ReadOnly: true})
	require.Error(t, err)
	assert.ErrorIs(t, err, ErrNotFound)
	assert.Equal(t, "index: no corpus at "+dir+": run verbatim ingest first", err.Error())
	assert.NoDirExists(t, dir)
}

func TestSchemaMismatch(t *testing.T) {
	dir := t.TempDir()
	c := openTest(t, dir)
	require.NoError(t, c.db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketMeta).Put(keySchema, []byte("999"))
	}))
	require.NoError(t, c.Close())
	_, err := Open(dir, Options{})
	assert.ErrorIs(t, err, ErrSchema)
	_, err = Open(dir, Options{ReadOnly: true})
	assert.ErrorIs(t, err, ErrSchema)
}

var errCrash = errors.New("simulated crash")

func TestJournalReplay(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name  string
		write func(c *Corpus) error
		want  []string // paths stored after replay
		gone  string   // word that must not be found after replay
		found string   // word that must be found after replay
	}{
		{
			name: "replace",
			write: func(c *Corpus) error {
				return c.Put(ctx, []corpus.Entry{textEntry("/c/a.txt", "fresh"), textEntry("/c/new.txt", "newcomer")})
			},
			want: []string{"/c/a.txt", "/c/b.txt", "/c/new.txt"}, gone: "stale", found: "newcomer",
		},
		{
			name:  "delete",
			write: func(c *Corpus) error { return c.Delete(ctx, []string{"/c/a.txt"}) },
			want:  []string{"/c/b.txt"}, gone: "stale", found: "omega",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			c := openTest(t, dir)
			require.NoError(t, c.Put(ctx, []corpus.Entry{
				textEntry("/c/a.txt", "stale one", "stale two", "stale three"),
				textEntry("/c/b.txt", "omega"),
			}))
			c.afterStore = func() error { return errCrash }
			require.ErrorIs(t, tt.write(c), errCrash)
			// The store moved on, bleve did not: the stale passages are still indexed.
			assert.Equal(t, uint64(3), countWord(t, c, "stale"))
			require.NoError(t, c.Close())

			c = openTest(t, dir)
			defer c.Close()
			requireConsistent(t, c)
			docs, err := c.AllDocuments()
			require.NoError(t, err)
			var paths []string
			for _, d := range docs {
				paths = append(paths, d.Path)
			}
			assert.Equal(t, tt.want, paths)
			assert.Zero(t, countWord(t, c, tt.gone))
			assert.Positive(t, countWord(t, c, tt.found))
		})
	}
}

func TestJournalReplayedByNextWrite(t *testing.T) {
	ctx := context.Background()
	c := openTest(t, t.TempDir())
	defer c.Close()
	require.NoError(t, c.Put(ctx, []corpus.Entry{textEntry("/c/a.txt", "stale one", "stale two")}))
	c.afterStore = func() error { return errCrash }
	require.ErrorIs(t, c.Put(ctx, []corpus.Entry{textEntry("/c/a.txt", "fresh")}), errCrash)
	c.afterStore = nil
	require.NoError(t, c.Put(ctx, []corpus.Entry{textEntry("/c/b.txt", "omega")}))
	requireConsistent(t, c)
	assert.Zero(t, countWord(t, c, "stale"))
}

// TestReadOnlyOpenOfInterruptedWrite: after a write stopped between its
// store transaction and its bleve batch, a read-only Open replays the
// journal under a brief writer lock before serving; when it cannot (another
// reader holds the corpus), it refuses with ErrInterrupted, or, with
// AllowPending, opens and says so in Stats.
func TestReadOnlyOpenOfInterruptedWrite(t *testing.T) {
	ctx := context.Background()
	interrupted := func(t *testing.T) string {
		dir := t.TempDir()
		c := openTest(t, dir)
		require.NoError(t, c.Put(ctx, []corpus.Entry{textEntry("/c/a.txt", "stale one", "stale two", "stale three")}))
		c.afterStore = func() error { return errCrash }
		require.ErrorIs(t, c.Put(ctx, []corpus.Entry{textEntry("/c/a.txt", "fresh")}), errCrash)
		require.NoError(t, c.Close())
		return dir
	}
	ro := Options{ReadOnly: true, NoSync: true, LockTimeout: 200e6}

	t.Run("replayed", func(t *testing.T) {
		dir := interrupted(t)
		c, err := Open(dir, ro)
		require.NoError(t, err)
		defer c.Close()
		requireConsistent(t, c)
		st, err := c.Stats()
		require.NoError(t, err)
		assert.Equal(t, 1, st.Replayed)
		assert.Empty(t, st.Interrupted)
		assert.Equal(t, uint64(st.Passages), st.IndexedPassages)
		assert.Zero(t, countWord(t, c, "stale"))
		assert.Equal(t, uint64(1), countWord(t, c, "fresh"))
	})

	t.Run("another reader holds it", func(t *testing.T) {
		dir := interrupted(t)
		holder, err := Open(dir, Options{ReadOnly: true, NoReplay: true, LockTimeout: 200e6})
		require.NoError(t, err)
		defer holder.Close()

		_, err = Open(dir, ro)
		require.ErrorIs(t, err, ErrInterrupted)
		assert.Contains(t, err.Error(), "run `verbatim ingest` or `verbatim check --repair`")

		allow := ro
		allow.AllowPending = true
		c, err := Open(dir, allow)
		require.NoError(t, err)
		defer c.Close()
		st, err := c.Stats()
		require.NoError(t, err)
		assert.Equal(t, 1, st.PendingJournal)
		assert.Contains(t, st.Interrupted, "an ingest was interrupted")
		assert.Contains(t, st.Interrupted, "verbatim check --repair")
	})
}
