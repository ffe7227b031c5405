package ingest

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// keepTests change the run or one file (a.md) so that the walk or the read
// leaves a.md out while its file is still on disk: its stored original
// stays and the report says why.
var keepTests = []struct {
	name   string
	change func(t *testing.T, dir string, cfg *Config)
	reason string
}{
	{"lower max file size", func(_ *testing.T, _ string, cfg *Config) { cfg.MaxFileSize = 10 }, ReasonTooLarge},
	{"excluded by name", func(_ *testing.T, _ string, cfg *Config) { cfg.Exclude = []string{"a.md"} }, ReasonExcluded},
	{"folder excluded", func(_ *testing.T, _ string, cfg *Config) { cfg.Exclude = []string{"sub"} }, ReasonExcluded},
	{"not included", func(_ *testing.T, _ string, cfg *Config) { cfg.Include = []string{"*.txt"} }, ReasonNotIncluded},
	{"turned empty", func(t *testing.T, dir string, _ *Config) { writeTree(t, dir, map[string]string{"sub/a.md": ""}) }, ReasonEmpty},
	{"replaced by a symlink", func(t *testing.T, dir string, _ *Config) {
		a := filepath.Join(dir, "sub", "a.md")
		require.NoError(t, os.Remove(a))
		require.NoError(t, os.Symlink(filepath.Join(dir, "b.txt"), a))
	}, ReasonSymlink},
}

func TestRunKeepsFilesStillOnDisk(t *testing.T) {
	const aText = "# A\n\nthe first version of a, long enough\n"
	for _, tt := range keepTests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeTree(t, dir, map[string]string{"sub/a.md": aText, "b.txt": "bravo", "c.txt": "charlie", "d.txt": "delta"})
			st := newFakeStore()
			ctx := context.Background()
			_, err := Run(ctx, st, []string{dir}, DefaultConfig(), Options{})
			require.NoError(t, err)

			cfg := DefaultConfig()
			tt.change(t, dir, &cfg)
			a := slashAbs(t, filepath.Join(dir, "sub", "a.md"))
			dry, err := Run(ctx, st, []string{dir}, cfg, Options{DryRun: true})
			require.NoError(t, err)
			rep, err := Run(ctx, st, []string{dir}, cfg, Options{})
			require.NoError(t, err)
			for _, r := range []Report{dry, rep} {
				assert.Empty(t, r.Removed)
				assert.Equal(t, []Skip{{Path: a, Reason: tt.reason}}, r.Kept)
			}
			assert.Zero(t, st.deletes)
			require.Contains(t, st.entries, a, "the stored original stays")
			assert.Equal(t, aText, string(st.entries[a].Original))

			rep, err = Run(ctx, st, []string{dir}, cfg, Options{Prune: true})
			require.NoError(t, err)
			assert.Equal(t, []string{a}, rep.Removed, "--prune removes it")
			assert.Empty(t, rep.Kept)
			assert.NotContains(t, st.entries, a)
		})
	}
}

// TestRunMassDeleteWithheld: a root that would lose more than half of its
// documents, or all of them because it is empty, loses none unless asked.
func TestRunMassDeleteWithheld(t *testing.T) {
	tests := []struct {
		name     string
		remove   []string
		withheld bool
		empty    bool
	}{
		{name: "one of four", remove: []string{"a.md"}},
		{name: "half", remove: []string{"a.md", "b.md"}},
		{name: "three of four", remove: []string{"a.md", "b.md", "c.md"}, withheld: true},
		{name: "emptied", remove: []string{"a.md", "b.md", "c.md", "d/e.md"}, withheld: true, empty: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeTree(t, dir, map[string]string{"a.md": "a", "b.md": "b", "c.md": "c", "d/e.md": "e"})
			st := newFakeStore()
			ctx := context.Background()
			_, err := Run(ctx, st, []string{dir}, DefaultConfig(), Options{})
			require.NoError(t, err)
			var gone []string
			for _, name := range tt.remove {
				require.NoError(t, os.Remove(filepath.Join(dir, name)))
				gone = append(gone, slashAbs(t, filepath.Join(dir, name)))
			}
			if tt.empty {
				require.NoError(t, os.Remove(filepath.Join(dir, "d")))
			}

			rep, err := Run(ctx, st, []string{dir}, DefaultConfig(), Options{})
			require.NoError(t, err)
			if !tt.withheld {
				assert.Equal(t, gone, rep.Removed)
				assert.Empty(t, rep.Withheld)
				return
			}
			assert.Empty(t, rep.Removed)
			assert.Zero(t, st.deletes)
			assert.Len(t, st.entries, 4, "nothing removed")
			require.Len(t, rep.Withheld, 1)
			w := rep.Withheld[0]
			assert.Equal(t, slashAbs(t, dir), w.Root)
			assert.Equal(t, gone, w.Paths)
			assert.Equal(t, 4, w.Stored)
			if tt.empty {
				assert.Contains(t, w.Reason, "the folder is empty")
			} else {
				assert.Contains(t, w.Reason, "3 of its 4 stored documents")
			}

			rep, err = Run(ctx, st, []string{dir}, DefaultConfig(), Options{AllowMassDelete: true})
			require.NoError(t, err)
			assert.Equal(t, gone, rep.Removed)
			assert.Empty(t, rep.Withheld)
			assert.Len(t, st.entries, 4-len(gone))
		})
	}
}

func TestRunMissingRootKeepsItsDocuments(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"r/a.md": "a", "r/b.md": "b"})
	st := newFakeStore()
	ctx := context.Background()
	root := filepath.Join(dir, "r")
	_, err := Run(ctx, st, []string{root}, DefaultConfig(), Options{})
	require.NoError(t, err)
	require.NoError(t, os.RemoveAll(root))

	rep, err := Run(ctx, st, []string{root}, DefaultConfig(), Options{AllowMassDelete: true, Prune: true})
	require.NoError(t, err)
	require.Len(t, rep.Failed, 1)
	assert.Contains(t, rep.Failed[0].Err, "the 2 documents stored from it are kept")
	assert.Empty(t, rep.Removed)
	assert.Len(t, st.entries, 2)
}

func TestFileGone(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"f.txt": "x", "d/g.txt": "y"})
	assert.False(t, fileGone(filepath.Join(dir, "f.txt")))
	assert.True(t, fileGone(filepath.Join(dir, "missing.txt")))
	assert.True(t, fileGone(filepath.Join(dir, "d")), "a folder in a file's place")
	assert.True(t, fileGone(filepath.Join(dir, "f.txt", "under-a-file")))
	long := filepath.Join(dir, strings.Repeat("x", 300))
	assert.False(t, fileGone(long), "a name the system refuses is not proof the file is gone")
}

func TestReadAll(t *testing.T) {
	tests := []struct {
		name        string
		content     string
		size, limit int64
		want        string
	}{
		{"exact", "hello", 5, 10, "hello"},
		{"grew since the stat", "hello world", 3, 100, "hello world"},
		{"shrank since the stat", "hi", 50, 100, "hi"},
		{"empty", "", 0, 10, ""},
		{"past the limit", "hello world", 5, 5, "hello "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := readAll(strings.NewReader(tt.content), tt.size, tt.limit)
			require.NoError(t, err)
			assert.Equal(t, tt.want, string(got))
		})
	}
}

// TestWalkPathTooLong: a file deeper than the system's path limit is
// reported as such, not as vanished.
func TestWalkPathTooLong(t *testing.T) {
	root := t.TempDir()
	t.Chdir(root)
	name := strings.Repeat("d", 200)
	for range 22 { // 22 × 201 bytes: past Linux's 4096
		require.NoError(t, os.Mkdir(name, 0o755))
		require.NoError(t, os.Chdir(name))
	}
	require.NoError(t, os.WriteFile("note.md", []byte("# Deep\n\ndeep note\n"), 0o644))
	writeTree(t, root, map[string]string{"top.md": "# Top\n\ntop note\n"})

	rep, err := Run(context.Background(), newFakeStore(), []string{root}, DefaultConfig(), Options{})
	require.NoError(t, err)
	assert.Len(t, rep.Added, 1)
	require.NotEmpty(t, rep.Skipped)
	for _, s := range rep.Skipped {
		assert.Equal(t, ReasonNameTooLong, s.Reason, s.Path)
	}
}
