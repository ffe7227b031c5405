package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Files that change between the walk and the read: each case stores a
// folder, changes a.md (so the walk queues it) and then, between the walk
// and the read, changes it again in its own way.
var changeTests = []struct {
	name    string
	race    func(t *testing.T, p string)
	skipped string // the skip reason of a.md in the racing run, "" if none
	removed bool   // a.md leaves the store in the racing run
	stored  string // a.md's content in the store after the racing run
	next    string // what the run after that reports for a.md
}{
	{
		name:    "deleted",
		race:    func(t *testing.T, p string) { require.NoError(t, os.Remove(p)) },
		skipped: ReasonVanished, removed: true,
	},
	{
		name: "replaced by a folder",
		race: func(t *testing.T, p string) {
			require.NoError(t, os.Remove(p))
			require.NoError(t, os.Mkdir(p, 0o755))
		},
		skipped: ReasonIrregular, removed: true,
	},
	{
		name: "modified again",
		race: func(t *testing.T, p string) {
			require.NoError(t, os.WriteFile(p, []byte("# A\n\nthird version, longer than before\n"), 0o644))
		},
		stored: "# A\n\nthird version, longer than before\n", next: "unchanged",
	},
}

func TestRunFileChangesDuringIngest(t *testing.T) {
	for _, tt := range changeTests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeTree(t, dir, map[string]string{"a.md": "# A\n\nfirst\n", "b.md": "# B\n\nstays\n"})
			st := newFakeStore()
			_, err := Run(context.Background(), st, []string{dir}, DefaultConfig(), Options{})
			require.NoError(t, err)

			a := filepath.Join(dir, "a.md")
			require.NoError(t, os.WriteFile(a, []byte("# A\n\nsecond\n"), 0o644))
			later := time.Now().Add(time.Minute)
			require.NoError(t, os.Chtimes(a, later, later))
			rep, err := Run(context.Background(), st, []string{dir}, DefaultConfig(), Options{afterWalk: func() { tt.race(t, a) }})
			require.NoError(t, err, "a file changing under the run never fails it")

			path := slashAbs(t, a)
			if tt.skipped != "" {
				assert.Contains(t, rep.Skipped, Skip{Path: path, Reason: tt.skipped})
			}
			assert.Equal(t, tt.removed, contains(rep.Removed, path), "removed: %v", rep.Removed)
			e, ok := st.entries[path]
			require.Equal(t, !tt.removed, ok)
			if ok {
				assert.Equal(t, tt.stored, string(e.Original), "what was read is what is stored")
				sum := sha256.Sum256([]byte(tt.stored))
				assert.Equal(t, hex.EncodeToString(sum[:]), e.Doc.Hash)
			}
			assert.Contains(t, st.entries, slashAbs(t, filepath.Join(dir, "b.md")))

			rep, err = Run(context.Background(), st, []string{dir}, DefaultConfig(), Options{})
			require.NoError(t, err)
			if tt.next == "unchanged" {
				assert.Contains(t, rep.Unchanged, path)
			}
		})
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// goneEntry is a directory entry whose file vanished after ReadDir.
type goneEntry struct{ name string }

func (e goneEntry) Name() string               { return e.name }
func (e goneEntry) IsDir() bool                { return false }
func (e goneEntry) Type() fs.FileMode          { return 0 }
func (e goneEntry) Info() (fs.FileInfo, error) { return nil, fs.ErrNotExist }

func TestWalkEntryVanishedMidWalk(t *testing.T) {
	w := &walker{cfg: DefaultConfig().withDefaults(), seen: map[fileKey]bool{}}
	w.entry(filepath.Join("root", "gone.md"), "gone.md", goneEntry{"gone.md"})
	assert.Empty(t, w.res.Files)
	assert.Equal(t, []Skip{{Path: "root/gone.md", Reason: ReasonVanished}}, w.res.Skipped)
}
