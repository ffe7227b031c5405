//go:build linux

package index

import (
	"context"
	"fmt"
	"os/exec"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
)

// TestCompactOnFullDisk: a merge that cannot be written (the disk is full)
// ends Compact with ErrNoSpace instead of leaving it waiting for ever
// (scorch's ForceMerge waits for a merge that succeeds, and its merger
// retries a failed one without end: `verbatim ingest` hung after storing
// everything on a nearly full disk). Every passage stays searchable, and
// with space freed the merge succeeds.
func TestCompactOnFullDisk(t *testing.T) {
	ctx := context.Background()
	dir := mountTmpfs(t, "32m")
	c, err := Open(dir, Options{LockTimeout: 200e6})
	require.NoError(t, err)
	defer c.Close()
	for i := range 4 {
		var batch []corpus.Entry
		for j := range 4 {
			batch = append(batch, textEntry(fmt.Sprintf("/c/f%d-%d.txt", i, j), incompressible(10*i+j, 64<<10)))
		}
		require.NoError(t, c.Put(ctx, batch))
	}
	require.NoError(t, c.Flush(ctx))
	n, err := c.Segments()
	require.NoError(t, err)
	require.Greater(t, n, 1, "the test needs several segments")

	fillUp(t, dir, 64<<10) // far less than the merged segment needs

	done := make(chan error, 1)
	go func() { done <- c.Compact(ctx) }()
	select {
	case err = <-done:
	case <-time.After(60 * time.Second):
		t.Fatal("Compact on a full disk did not return")
	}
	require.Error(t, err)
	assert.ErrorIs(t, err, ErrNoSpace)
	assert.Contains(t, err.Error(), "while merging the passage index")
	assert.Len(t, bleveIDs(t, c), 16, "every passage still indexed")

	remount(t, dir, "size=64m")
	require.NoError(t, c.Close())
	c, err = Open(dir, Options{LockTimeout: 200e6})
	require.NoError(t, err)
	require.NoError(t, c.Compact(ctx))
	n, err = c.Segments()
	require.NoError(t, err)
	assert.Equal(t, 1, n)
	requireCheckClean(t, c)
}

// fillUp shrinks the tmpfs at dir to what it holds and free bytes more
// (retrying while a background writer moves the usage).
func fillUp(t *testing.T, dir string, free uint64) {
	t.Helper()
	var out []byte
	for range 20 {
		var st syscall.Statfs_t
		require.NoError(t, syscall.Statfs(dir, &st))
		used := (st.Blocks - st.Bfree) * uint64(st.Bsize)
		var err error
		if out, err = exec.Command("mount", "-o", fmt.Sprintf("remount,size=%d", used+free), dir).CombinedOutput(); err == nil {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("cannot shrink the tmpfs: %s", out)
}
