package index

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
)

// TestCompactOwed: the note an ingest leaves before writing survives a
// reopen (a killed ingest), and Compact or SettleCompact clears it.
func TestCompactOwed(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	c, err := Open(dir, Options{NoSync: true})
	require.NoError(t, err)
	owed, err := c.CompactOwed()
	require.NoError(t, err)
	assert.False(t, owed, "a new corpus owes nothing")

	require.NoError(t, c.OweCompact())
	require.NoError(t, c.Put(ctx, []corpus.Entry{textEntry("/c/a.txt", "alpha beta gamma")}))
	require.NoError(t, c.Close())

	c, err = Open(dir, Options{NoSync: true})
	require.NoError(t, err)
	defer c.Close()
	owed, err = c.CompactOwed()
	require.NoError(t, err)
	assert.True(t, owed, "the note outlives the process")
	require.NoError(t, c.Compact(ctx))
	owed, err = c.CompactOwed()
	require.NoError(t, err)
	assert.False(t, owed, "Compact clears it")

	require.NoError(t, c.OweCompact())
	require.NoError(t, c.SettleCompact())
	owed, err = c.CompactOwed()
	require.NoError(t, err)
	assert.False(t, owed, "SettleCompact clears it")
}

func TestBulkLoad(t *testing.T) {
	tests := []struct {
		changed, unchanged int
		want               bool
	}{
		{8, 0, true},    // a first ingest
		{1, 7, false},   // one changed file of eight
		{2, 6, true},    // a quarter
		{0, 8, false},   // nothing changed
		{10, 31, false}, // under a quarter
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, bulkLoad(tt.changed, tt.unchanged), "%d changed, %d unchanged", tt.changed, tt.unchanged)
	}
}

// TestBeginEndIngest: BeginIngest leaves the note and reports one left
// before it; EndIngest clears it, merging when it was owed.
func TestBeginEndIngest(t *testing.T) {
	ctx := context.Background()
	c, err := Open(t.TempDir(), Options{NoSync: true})
	require.NoError(t, err)
	defer c.Close()

	owed, err := c.BeginIngest()
	require.NoError(t, err)
	assert.False(t, owed)
	noted, err := c.CompactOwed()
	require.NoError(t, err)
	assert.True(t, noted, "the note is written before the ingest writes")
	require.NoError(t, c.Put(ctx, []corpus.Entry{textEntry("/c/a.txt", "alpha beta gamma")}))
	// The ingest is killed here; the next one finds the note.
	owed, err = c.BeginIngest()
	require.NoError(t, err)
	assert.True(t, owed)
	require.NoError(t, c.EndIngest(ctx, owed, 0, 1))
	noted, err = c.CompactOwed()
	require.NoError(t, err)
	assert.False(t, noted)
	n, err := c.Segments()
	require.NoError(t, err)
	assert.Equal(t, 1, n)

	owed, err = c.BeginIngest()
	require.NoError(t, err)
	require.NoError(t, c.EndIngest(ctx, owed, 1, 10), "a small change settles without merging")
	noted, err = c.CompactOwed()
	require.NoError(t, err)
	assert.False(t, noted)
}
