//go:build unix

package ingest

import (
	"context"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRunFileReplacedByFIFO: a file replaced by a FIFO after the walk is
// skipped as not regular; opening it does not block the worker.
func TestRunFileReplacedByFIFO(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"a.txt": "alpha", "b.txt": "bravo"})
	a := filepath.Join(dir, "a.txt")
	swap := func() {
		require.NoError(t, os.Remove(a))
		require.NoError(t, syscall.Mkfifo(a, 0o644))
	}
	st := newFakeStore()
	type out struct {
		rep Report
		err error
	}
	done := make(chan out, 1)
	go func() {
		rep, err := Run(context.Background(), st, []string{dir}, DefaultConfig(), Options{afterWalk: swap})
		done <- out{rep, err}
	}()
	select {
	case o := <-done:
		require.NoError(t, o.err)
		assert.Contains(t, o.rep.Skipped, Skip{Path: slashAbs(t, a), Reason: ReasonIrregular})
		assert.Equal(t, []string{slashAbs(t, filepath.Join(dir, "b.txt"))}, o.rep.Added)
	case <-time.After(5 * time.Second):
		// Unblock the worker so the test binary can finish.
		if f, err := os.OpenFile(a, os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
			_ = f.Close()
		}
		t.Fatal("Run blocked opening a FIFO")
	}
}
