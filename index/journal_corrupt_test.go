package index

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
)

// TestReplaySkipsUnreadableRecords: a journal left by an interrupted
// write (or by a salvage of a damaged store file, which journals every
// document) whose document's passage record does not decode made the
// replay, and so every writable Open, fail for good: `check --repair`
// could not open the store it was meant to repair, nor could ingest. The
// replay now leaves that document out of the index; Check reports it,
// a repair drops it, and the rest of the corpus is indexed and searchable.
func TestReplaySkipsUnreadableRecords(t *testing.T) {
	ctx := context.Background()
	for _, tt := range []struct {
		name    string
		passage string
	}{
		{"record that does not decode", "\xff\xff\xff\xff not a passage record"},
		{"record out of its text's bounds", string(encodePassage(nil, passageMeta{End: 99999}))},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			c := openTest(t, dir)
			require.NoError(t, c.Put(ctx, []corpus.Entry{textEntry("/c/b.txt", "omega beta")}))
			c.beforeBatch = func() error { return errFault }
			require.ErrorIs(t, c.Put(ctx, []corpus.Entry{textEntry("/c/a.txt", "alpha one", "alpha two"), textEntry("/c/n.txt", "nu gamma")}), errFault)
			c.beforeBatch = nil
			putKey(t, c, bucketPassages, passageKeyOf(t, c, "/c/a.txt", 0), tt.passage)
			require.NoError(t, c.Close())

			c, err := Open(dir, Options{NoSync: true, LockTimeout: 200e6})
			require.NoError(t, err, "a writable open replays what it can")
			defer c.Close()
			ids := bleveIDs(t, c)
			assert.Contains(t, ids, pid("/c/n.txt", 0), "the readable document of the same journal is indexed")
			assert.Contains(t, ids, pid("/c/b.txt", 0))
			rep, err := c.Check(ctx, CheckOptions{})
			require.NoError(t, err)
			assert.False(t, rep.OK(), "the damaged document is reported")

			rep, err = c.Check(ctx, CheckOptions{Repair: true})
			require.NoError(t, err)
			assert.True(t, rep.OK(), "left after repair: %v", rep.Remaining())
			assert.Equal(t, []string{"/c/a.txt"}, rep.Dropped)
			requireCheckClean(t, c)
		})
	}
}
