package index

import (
	"context"
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
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

	zaps, err := filepath.Glob(filepath.Join(dir, BleveDir, "store", "*.zap"))
	require.NoError(t, err)
	require.Len(t, zaps, 1)
	b, err := os.ReadFile(zaps[0])
	require.NoError(t, err)
	// zap's footer ends with the stored index's offset, the sections
	// index's, chunk mode, version and CRC; the stored index holds an
	// 8-byte offset of each document's stored fields: make them point far
	// past the end of the file.
	stored := binary.BigEndian.Uint64(b[len(b)-28:])
	require.Less(t, stored+8*40, uint64(len(b)))
	for i := stored; i < stored+8*40; i++ {
		b[i] = 0x7f
	}
	require.NoError(t, os.WriteFile(zaps[0], b, 0o644))

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
