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
