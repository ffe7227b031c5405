package index

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/index/indextest"
)

// TestCheckRepairsDamagedSegment: a segment file of the passage index
// damaged where it says where each document's stored fields are opens
// (zap reads only its footer) but panics when the documents are read, and
// crashed `verbatim check` and `check --repair` alike, leaving no command
// to rebuild it. Check now reports the index as broken and a repair
// rebuilds it from the store.
func TestCheckRepairsDamagedSegment(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	c := openTest(t, dir)
	var entries []corpus.Entry
	var want []string
	for i := range 40 {
		p := fmt.Sprintf("/c/f%02d.txt", i)
		entries = append(entries, textEntry(p, fmt.Sprintf("passage %d about segments and damage", i)))
		want = append(want, pid(p, 0))
	}
	require.NoError(t, c.Put(ctx, entries))
	require.NoError(t, c.Compact(ctx))
	require.NoError(t, c.Close())

	indextest.DamageStoredFields(t, filepath.Join(dir, BleveDir, "store"), 40) // the passages of the 40 files

	c = openTest(t, dir)
	defer c.Close()
	var cerr error
	require.NotPanics(t, func() { _, cerr = c.Check(ctx, CheckOptions{}) })
	require.ErrorIs(t, cerr, ErrBrokenIndex)
	assert.Contains(t, cerr.Error(), "check --repair")

	var rep CheckReport
	require.NotPanics(t, func() { rep, cerr = c.Check(ctx, CheckOptions{Repair: true}) })
	require.NoError(t, cerr)
	assert.True(t, rep.OK(), "left after repair: %v", rep.Remaining())
	assert.ElementsMatch(t, want, bleveIDs(t, c))
	requireCheckClean(t, c)
}
