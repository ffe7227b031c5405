package index

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
)

var errFault = errors.New("injected fault")

// requireCheckClean runs Check and requires no problem at all.
func requireCheckClean(t *testing.T, c *Corpus) CheckReport {
	t.Helper()
	rep, err := c.Check(context.Background(), CheckOptions{})
	require.NoError(t, err)
	require.Empty(t, rep.Problems)
	return rep
}

func TestWriteFaults(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name    string
		inject  func(c *Corpus)
		write   func(c *Corpus) error
		reopen  bool     // the fault leaves journal work: only a reopen replays it
		wantNew []string // paths stored afterwards
	}{
		{
			name:   "store transaction fails: nothing changes",
			inject: func(c *Corpus) { c.inStore = func() error { return errFault } },
			write: func(c *Corpus) error {
				return c.Put(ctx, []corpus.Entry{textEntry("/c/a.txt", "fresh"), textEntry("/c/n.txt", "new")})
			},
			wantNew: []string{"/c/a.txt", "/c/b.txt"},
		},
		{
			name:    "store transaction of a delete fails",
			inject:  func(c *Corpus) { c.inStore = func() error { return errFault } },
			write:   func(c *Corpus) error { return c.Delete(ctx, []string{"/c/a.txt"}) },
			wantNew: []string{"/c/a.txt", "/c/b.txt"},
		},
		{
			name:   "bleve batch fails: the journal replays on reopen",
			inject: func(c *Corpus) { c.beforeBatch = func() error { return errFault } },
			write: func(c *Corpus) error {
				return c.Put(ctx, []corpus.Entry{textEntry("/c/a.txt", "fresh"), textEntry("/c/n.txt", "new")})
			},
			reopen:  true,
			wantNew: []string{"/c/a.txt", "/c/b.txt", "/c/n.txt"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			c := openTest(t, dir)
			require.NoError(t, c.Put(ctx, []corpus.Entry{textEntry("/c/a.txt", "stale one", "stale two"), textEntry("/c/b.txt", "omega")}))
			tt.inject(c)
			require.ErrorIs(t, tt.write(c), errFault)
			if tt.reopen {
				rep, err := c.Check(ctx, CheckOptions{})
				require.NoError(t, err)
				requireProblems(t, rep, []want{{kind: ProblemJournal}})
			} else {
				requireCheckClean(t, c)
			}
			require.NoError(t, c.Close())

			c = openTest(t, dir)
			defer c.Close()
			requireCheckClean(t, c)
			assert.Equal(t, tt.wantNew, docPaths(t, c))
		})
	}
}

func docPaths(t *testing.T, c *Corpus) []string {
	t.Helper()
	docs, err := c.AllDocuments()
	require.NoError(t, err)
	var paths []string
	for _, d := range docs {
		paths = append(paths, d.Path)
	}
	return paths
}

// mountTmpfs mounts a tmpfs of size bytes on a new folder, or skips.
func mountTmpfs(t *testing.T, size string) string {
	t.Helper()
	dir := t.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size="+size, "tmpfs", dir).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a tmpfs here (needs root and mount rights): %v: %s", err, out)
	}
	t.Cleanup(func() { _ = exec.Command("umount", "-l", dir).Run() })
	return dir
}

func remount(t *testing.T, dir, opts string) {
	t.Helper()
	out, err := exec.Command("mount", "-o", "remount,"+opts, dir).CombinedOutput()
	require.NoError(t, err, "%s", out)
}

// incompressible returns n bytes of text that share few words.
func incompressible(seed, n int) string {
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		fmt.Fprintf(&b, "w%x%x ", seed, i*7919)
	}
	return b.String()
}

// bigEntry is a document of n bytes whose extracted text is the whole
// file (textOnly false) or one short line (the store fills first).
func bigEntry(i, n int, storeOnly bool) corpus.Entry {
	path := fmt.Sprintf("/c/big%03d.txt", i)
	if !storeOnly {
		return textEntry(path, incompressible(i, n))
	}
	e := textEntry(path, fmt.Sprintf("big file %d", i))
	e.Original = []byte(incompressible(i, n))
	return e
}

func TestDiskFull(t *testing.T) {
	for _, storeOnly := range []bool{false, true} {
		t.Run(fmt.Sprintf("store_fills_first=%v", storeOnly), func(t *testing.T) {
			ctx := context.Background()
			dir := mountTmpfs(t, "3m")
			c, err := Open(dir, Options{LockTimeout: 200e6})
			require.NoError(t, err)
			require.NoError(t, c.Put(ctx, []corpus.Entry{textEntry("/c/first.txt", "first document survives")}))
			var putErr error
			for i := 0; i < 200 && putErr == nil; i++ {
				putErr = c.Put(ctx, []corpus.Entry{bigEntry(i, 64<<10, storeOnly)})
			}
			require.Error(t, putErr, "3 MiB should not hold 200 × 64 KiB")
			t.Logf("disk full error: %v", putErr)
			assert.ErrorIs(t, putErr, ErrNoSpace)
			assert.True(t, strings.HasPrefix(putErr.Error(), "index: no space left on device in "+dir), "error says what and where: %v", putErr)

			// Free space: the same handle works on, then a reopen is clean.
			remount(t, dir, "size=64m")
			require.NoError(t, c.Put(ctx, []corpus.Entry{textEntry("/c/freed.txt", "space freed")}))
			requireCheckClean(t, c)
			require.NoError(t, c.Close())
			c, err = Open(dir, Options{LockTimeout: 200e6})
			require.NoError(t, err)
			defer c.Close()
			rep := requireCheckClean(t, c)
			assert.Positive(t, rep.Documents)
			p, _, err := c.Passage(pid("/c/first.txt", 0))
			require.NoError(t, err)
			assert.Equal(t, "first document survives", p.Text)
			require.NoError(t, c.Put(ctx, []corpus.Entry{textEntry("/c/after.txt", "room again")}))
			requireCheckClean(t, c)
		})
	}
}

func TestReadOnlyFolder(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	c := openTest(t, dir)
	require.NoError(t, c.Put(ctx, []corpus.Entry{textEntry("/c/a.txt", "alpha")}))
	require.NoError(t, c.Close())
	if out, err := exec.Command("mount", "--bind", dir, dir).CombinedOutput(); err != nil {
		t.Skipf("cannot bind-mount here: %v: %s", err, out)
	}
	t.Cleanup(func() { _ = exec.Command("umount", "-l", dir).Run() })
	remount(t, dir, "bind,ro")

	_, err := Open(dir, Options{LockTimeout: 200e6})
	require.Error(t, err)
	t.Logf("read-only error: %v", err)
	assert.ErrorIs(t, err, syscall.EROFS)
	assert.Contains(t, err.Error(), dir)

	_, err = Open(filepath.Join(dir, "sub"), Options{LockTimeout: 200e6})
	require.Error(t, err)
	assert.Contains(t, err.Error(), filepath.Join(dir, "sub"))

	ro, err := Open(dir, Options{ReadOnly: true, LockTimeout: 200e6})
	require.NoError(t, err, "a read-only corpus on a read-only folder still opens for reading")
	defer ro.Close()
	requireCheckClean(t, ro)
	_, err = os.Stat(filepath.Join(dir, DBFile))
	require.NoError(t, err)
}

func TestPutMetasAllOrNothing(t *testing.T) {
	c := openTest(t, t.TempDir())
	defer c.Close()
	require.NoError(t, c.PutMetas(map[string][]byte{"model": []byte("m1"), "model_at": []byte("t1")}))
	require.Error(t, c.PutMetas(map[string][]byte{"model": []byte("m2"), "last_ingest": []byte("x")}))
	for key, want := range map[string]string{"model": "m1", "model_at": "t1"} {
		v, err := c.GetMeta(key)
		require.NoError(t, err)
		assert.Equal(t, want, string(v))
	}
}
