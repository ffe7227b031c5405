package ingest

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// writeTree creates files (slash paths relative to dir) with the given contents.
func writeTree(t testing.TB, dir string, files map[string]string) {
	t.Helper()
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(data), 0o644))
	}
}

func rels(files []File) []string {
	var out []string
	for _, f := range files {
		out = append(out, f.Rel)
	}
	return out
}

func reasons(skips []Skip, root string) map[string]string {
	out := map[string]string{}
	for _, s := range skips {
		rel, _ := filepath.Rel(root, filepath.FromSlash(s.Path))
		out[filepath.ToSlash(rel)] = s.Reason
	}
	return out
}

func TestWalk(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"b.md": "b", "a.txt": "a", "sub/c.go": "c", "sub/deep/d.rst": "d",
		".hidden.md": "h", ".git/config": "g", ".cache/x.md": "x",
		"node_modules/m.js": "m", "big.txt": "0123456789ABCDEF", "photo.png": "\x89PNG\r\n\x1a\n\x00\x00",
		"sub/skip.min.js": "s", "usb.ids": "1d6b Linux",
	})
	cfg := DefaultConfig()
	cfg.Exclude = []string{"node_modules", "**/*.min.js"}
	cfg.MaxFileSize = 10
	res, err := Walk(dir, cfg)
	require.NoError(t, err)
	assert.Equal(t, []string{"a.txt", "b.md", "sub/c.go", "sub/deep/d.rst", "usb.ids"}, rels(res.Files), "a text file named otherwise is text")
	assert.Equal(t, map[string]string{
		".cache": ReasonHidden, ".git": ReasonHidden, ".hidden.md": ReasonHidden,
		"node_modules": ReasonExcluded, "big.txt": ReasonTooLarge, "photo.png": ReasonUnsupported,
		"sub/skip.min.js": ReasonExcluded,
	}, reasons(res.Skipped, dir))

	cfg.Hidden = true
	cfg.Include = []string{"**/*.md"}
	res, err = Walk(dir, cfg)
	require.NoError(t, err)
	assert.Equal(t, []string{".cache/x.md", ".hidden.md", "b.md"}, rels(res.Files))
	assert.Equal(t, ReasonHidden, reasons(res.Skipped, dir)[".git"])
	assert.Equal(t, ReasonNotIncluded, reasons(res.Skipped, dir)["a.txt"])
}

func TestWalkSymlinks(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("symlinks need privileges on windows")
	}
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"real/a.md": "a", "other/b.md": "b"})
	require.NoError(t, os.Symlink(filepath.Join(dir, "real"), filepath.Join(dir, "real", "loop")))
	require.NoError(t, os.Symlink(filepath.Join(dir, "other"), filepath.Join(dir, "link")))
	require.NoError(t, os.Symlink(filepath.Join(dir, "real", "a.md"), filepath.Join(dir, "other", "alias.md")))

	res, err := Walk(dir, DefaultConfig())
	require.NoError(t, err)
	assert.Equal(t, []string{"other/b.md", "real/a.md"}, rels(res.Files))
	assert.Equal(t, map[string]string{"link": ReasonSymlink, "other/alias.md": ReasonSymlink, "real/loop": ReasonSymlink}, reasons(res.Skipped, dir))

	cfg := DefaultConfig()
	cfg.FollowSymlinks = true
	res, err = Walk(dir, cfg)
	require.NoError(t, err)
	// Links into the folder are aliases: every file is kept under its own path.
	assert.Equal(t, []string{"other/b.md", "real/a.md"}, rels(res.Files))
	assert.Equal(t, map[string]string{"link": ReasonSymlinkAlias, "other/alias.md": ReasonSymlinkAlias, "real/loop": ReasonSymlinkAlias}, reasons(res.Skipped, dir))
}

func TestWalkRoots(t *testing.T) {
	_, err := Walk(filepath.Join(t.TempDir(), "missing"), DefaultConfig())
	assert.ErrorContains(t, err, "ingest: walk")
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"one.md": "x"})
	res, err := Walk(filepath.Join(dir, "one.md"), DefaultConfig())
	require.NoError(t, err)
	assert.Equal(t, []string{"one.md"}, rels(res.Files))
}

func TestWalkUnreadableFolder(t *testing.T) {
	if os.Geteuid() == 0 || runtime.GOOS == "windows" {
		t.Skip("root reads every folder")
	}
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"locked/a.md": "a", "b.md": "b"})
	require.NoError(t, os.Chmod(filepath.Join(dir, "locked"), 0))
	t.Cleanup(func() { _ = os.Chmod(filepath.Join(dir, "locked"), 0o755) })
	res, err := Walk(dir, DefaultConfig())
	require.NoError(t, err)
	assert.Equal(t, []string{filepath.Join(dir, "locked")}, res.Unreadable)
}

func TestMatchGlob(t *testing.T) {
	tests := []struct {
		glob, name string
		want       bool
	}{
		{"*.md", "a.md", true},
		{"*.md", "x/a.md", false},
		{"**/*.md", "a.md", true},
		{"**/*.md", "x/y/a.md", true},
		{"docs/**", "docs/a/b.txt", true},
		{"docs/**", "src/a.txt", false},
		{"a/**/z", "a/z", true},
		{"a/**/z", "a/b/c/z", true},
		{"a/**/z", "a/b/c/y", false},
		{"build", "build", true},
		{"[", "x", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, matchGlob(tt.glob, tt.name), "%s ~ %s", tt.glob, tt.name)
	}
	assert.True(t, matchAny([]string{"*.min.js"}, "a/b/x.min.js"), "base name match")
}

// An absolute include or exclude glob can never match (globs match paths
// relative to the folder ingested, and base names): it is refused rather
// than leaving the folder it names walked, or every file left out.
func TestConfigValidateAbsoluteGlob(t *testing.T) {
	for _, cfg := range []Config{{Exclude: []string{"/home/me/docs/big"}}, {Include: []string{"/home/me/docs/*.md"}}} {
		err := cfg.Validate()
		assert.ErrorIs(t, err, ErrConfig)
		assert.ErrorContains(t, err, "is an absolute path: globs match a path relative to the folder ingested (big, notes/**/*.md) or a base name (*.log)")
	}
	require.NoError(t, Config{Exclude: []string{"big/**", "*.log"}}.Validate())
}

func TestConfigValidate(t *testing.T) {
	cfg := DefaultConfig()
	require.NoError(t, cfg.Validate())
	cfg.Exclude = []string{"a/[b"}
	assert.ErrorIs(t, cfg.Validate(), ErrConfig)
	cfg = DefaultConfig()
	cfg.Chunk.Size = -1
	assert.ErrorIs(t, cfg.Validate(), ErrConfig)
	n := ChunkConfig{Size: 100, Overlap: 90, Min: 70}.normalize()
	assert.Equal(t, ChunkConfig{Size: 100, Overlap: 50, Min: 50}, n)
}
