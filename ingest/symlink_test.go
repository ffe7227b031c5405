package ingest

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// symlinkTests follow symlinks in a folder ({dir}) that also links to a
// folder outside it ({out}, holding o.md and sub/p.md). skipped maps the
// slash path relative to {dir} to reason and detail, with {dir} and {out}
// standing for the two folders ({parent} for the folder above {dir}).
var symlinkTests = []struct {
	name    string
	include []string             // Config.Include
	exclude []string             // Config.Exclude
	files   []string             // regular files under {dir}
	links   map[string]string    // link (relative to {dir}) → target ({dir}/{out} expanded)
	want    []string             // the files the walk keeps, relative
	skipped map[string][2]string // relative path → {reason, detail}
}{
	{
		name:    "link to a file inside, met before it",
		files:   []string{"z.md"},
		links:   map[string]string{"a-link.md": "{dir}/z.md"},
		want:    []string{"z.md"},
		skipped: map[string][2]string{"a-link.md": {ReasonSymlinkAlias, "→ {dir}/z.md"}},
	},
	{
		name:    "link to a file inside, met after it",
		files:   []string{"a.md"},
		links:   map[string]string{"z-link.md": "{dir}/a.md"},
		want:    []string{"a.md"},
		skipped: map[string][2]string{"z-link.md": {ReasonSymlinkAlias, "→ {dir}/a.md"}},
	},
	{
		name:    "relative link to a file inside",
		files:   []string{"sub/real.md"},
		links:   map[string]string{"a/alias.md": "../sub/real.md"},
		want:    []string{"sub/real.md"},
		skipped: map[string][2]string{"a/alias.md": {ReasonSymlinkAlias, "→ {dir}/sub/real.md"}},
	},
	{
		name:  "link to a file outside",
		files: []string{"b.md"},
		links: map[string]string{"ext.md": "{out}/o.md"},
		want:  []string{"b.md", "ext.md"},
	},
	{
		name:    "two links to one file outside",
		links:   map[string]string{"one.md": "{out}/o.md", "two.md": "{out}/o.md"},
		want:    []string{"one.md"},
		skipped: map[string][2]string{"two.md": {ReasonDuplicate, "same file as {dir}/one.md"}},
	},
	{
		name:    "link to a folder inside",
		files:   []string{"docs/x.md"},
		links:   map[string]string{"a-docs": "{dir}/docs"},
		want:    []string{"docs/x.md"},
		skipped: map[string][2]string{"a-docs": {ReasonSymlinkAlias, "→ {dir}/docs"}},
	},
	{
		name:  "link to a folder outside",
		links: map[string]string{"ext": "{out}"},
		want:  []string{"ext/o.md", "ext/sub/p.md"},
	},
	{
		name:    "link to the folder itself",
		files:   []string{"a.md"},
		links:   map[string]string{"sub/self": "{dir}"},
		want:    []string{"a.md"},
		skipped: map[string][2]string{"sub/self": {ReasonSymlinkAlias, "→ {dir}"}},
	},
	{
		name:    "link to a file inside that Include leaves out",
		include: []string{"*.txt"},
		files:   []string{"keep.md"},
		links:   map[string]string{"keep.txt": "{dir}/keep.md"},
		want:    []string{"keep.txt"},
		skipped: map[string][2]string{"keep.md": {ReasonNotIncluded, ""}},
	},
	{
		name:    "link to a file inside that Include keeps",
		include: []string{"*.txt"},
		files:   []string{"keep.txt"},
		links:   map[string]string{"a.txt": "{dir}/keep.txt"},
		want:    []string{"keep.txt"},
		skipped: map[string][2]string{"a.txt": {ReasonSymlinkAlias, "→ {dir}/keep.txt"}},
	},
	{
		name:    "link to a file in an excluded folder inside",
		exclude: []string{"private"},
		files:   []string{"private/a.md"},
		links:   map[string]string{"pub.md": "{dir}/private/a.md"},
		want:    []string{"pub.md"},
		skipped: map[string][2]string{"private": {ReasonExcluded, ""}},
	},
	{
		name:    "link to a hidden file inside",
		files:   []string{".h.md"},
		links:   map[string]string{"h.md": "{dir}/.h.md"},
		want:    []string{"h.md"},
		skipped: map[string][2]string{".h.md": {ReasonHidden, ""}},
	},
	{
		name:    "link to a hidden folder inside",
		files:   []string{".notes/n.md"},
		links:   map[string]string{"notes": "{dir}/.notes"},
		want:    []string{"notes/n.md"},
		skipped: map[string][2]string{".notes": {ReasonHidden, ""}},
	},
	{
		name:    "link to the folder above",
		files:   []string{"a.md"},
		links:   map[string]string{"up": "{parent}"},
		want:    []string{"a.md"},
		skipped: map[string][2]string{"up": {ReasonSymlinkAncestor, "→ {parent}"}},
	},
	{
		name:    "link to the filesystem root",
		files:   []string{"a.md"},
		links:   map[string]string{"sub/root": "/"},
		want:    []string{"a.md"},
		skipped: map[string][2]string{"sub/root": {ReasonSymlinkAncestor, "→ /"}},
	},
	{
		name:    "dangling link",
		files:   []string{"a.md"},
		links:   map[string]string{"gone.md": "{dir}/nothing.md"},
		want:    []string{"a.md"},
		skipped: map[string][2]string{"gone.md": {ReasonDanglingSymlink, "→ {dir}/nothing.md"}},
	},
	{
		name:  "links that loop",
		links: map[string]string{"x.md": "{dir}/y.md", "y.md": "{dir}/x.md"},
		skipped: map[string][2]string{
			"x.md": {ReasonSymlinkLoop, "→ {dir}/y.md"},
			"y.md": {ReasonSymlinkLoop, "→ {dir}/x.md"},
		},
	},
}

func TestWalkFollowSymlinks(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("symlinks need privileges on windows")
	}
	for _, tt := range symlinkTests {
		t.Run(tt.name, func(t *testing.T) {
			dir, out := t.TempDir(), t.TempDir()
			expand := strings.NewReplacer("{dir}", filepath.ToSlash(dir), "{out}", filepath.ToSlash(out),
				"{parent}", filepath.ToSlash(filepath.Dir(dir))).Replace
			writeTree(t, out, map[string]string{"o.md": "outside", "sub/p.md": "outside too"})
			for _, f := range tt.files {
				writeTree(t, dir, map[string]string{f: "text of " + f})
			}
			for link, target := range tt.links {
				p := filepath.Join(dir, filepath.FromSlash(link))
				require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
				require.NoError(t, os.Symlink(filepath.FromSlash(expand(target)), p))
			}
			cfg := DefaultConfig()
			cfg.FollowSymlinks = true
			cfg.Include, cfg.Exclude = tt.include, tt.exclude
			res, err := Walk(dir, cfg)
			require.NoError(t, err)
			assert.Equal(t, tt.want, rels(res.Files))
			got := map[string][2]string{}
			for _, s := range res.Skipped {
				rel, err := filepath.Rel(dir, filepath.FromSlash(s.Path))
				require.NoError(t, err)
				got[filepath.ToSlash(rel)] = [2]string{s.Reason, s.Detail}
			}
			want := map[string][2]string{}
			for rel, s := range tt.skipped {
				want[rel] = [2]string{s[0], expand(s[1])}
			}
			assert.Equal(t, want, got)
		})
	}
}

// TestRunFollowSymlinksStoresRealPath: with follow_symlinks, a file and a
// link to it in the same folder are stored once, under the file's own
// path, whichever name sorts first, and a re-ingest changes nothing.
func TestRunFollowSymlinksStoresRealPath(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("symlinks need privileges on windows")
	}
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"notes/real.md": "# Real\n\nthe one copy\n"})
	real := filepath.Join(dir, "notes", "real.md")
	require.NoError(t, os.Symlink(real, filepath.Join(dir, "a-alias.md")))
	cfg := DefaultConfig()
	cfg.FollowSymlinks = true
	st := newFakeStore()
	for run := 0; run < 2; run++ {
		rep, err := Run(context.Background(), st, []string{dir}, cfg, Options{})
		require.NoError(t, err)
		assert.Contains(t, rep.Skipped, Skip{Path: slashAbs(t, filepath.Join(dir, "a-alias.md")), Reason: ReasonSymlinkAlias, Detail: "→ " + slashAbs(t, real)})
		assert.Empty(t, rep.Kept)
		assert.Empty(t, rep.Removed)
	}
	assert.Equal(t, []string{slashAbs(t, real)}, keys(st.entries))
}

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// TestRunFollowSymlinksAcrossRoots: a link in one folder of a run to a
// file in another folder of the same run is an alias too; the same link
// is stored under its own path when the other folder is not ingested.
func TestRunFollowSymlinksAcrossRoots(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("symlinks need privileges on windows")
	}
	notes, papers := t.TempDir(), t.TempDir()
	writeTree(t, papers, map[string]string{"p.md": "# Paper\n\ntide tables\n"})
	writeTree(t, notes, map[string]string{"n.md": "# Note\n\nsee the paper\n"})
	paper, link := filepath.Join(papers, "p.md"), filepath.Join(notes, "paper.md")
	require.NoError(t, os.Symlink(paper, link))
	cfg := DefaultConfig()
	cfg.FollowSymlinks = true
	tests := []struct {
		roots  []string
		stored []string
	}{
		{[]string{notes, papers}, []string{slashAbs(t, filepath.Join(notes, "n.md")), slashAbs(t, paper)}},
		{[]string{notes}, []string{slashAbs(t, filepath.Join(notes, "n.md")), slashAbs(t, link)}},
	}
	for _, tt := range tests {
		st := newFakeStore()
		_, err := Run(context.Background(), st, tt.roots, cfg, Options{})
		require.NoError(t, err)
		want := append([]string(nil), tt.stored...)
		sort.Strings(want)
		assert.Equal(t, want, keys(st.entries), "roots %v", tt.roots)
	}
}

// goneLink is a directory entry of a symlink that vanished after ReadDir.
type goneLink struct{ goneEntry }

func (goneLink) Type() fs.FileMode { return fs.ModeSymlink }

func TestWalkLinkVanishedMidWalk(t *testing.T) {
	cfg := DefaultConfig()
	cfg.FollowSymlinks = true
	w := &walker{cfg: cfg.withDefaults(), seen: map[fileKey]bool{}}
	p := filepath.Join(t.TempDir(), "gone.md")
	w.entry(p, "gone.md", goneLink{goneEntry{"gone.md"}})
	assert.Empty(t, w.res.Files)
	assert.Equal(t, []Skip{{Path: filepath.ToSlash(p), Reason: ReasonVanished}}, w.res.Skipped)
}

// TestRunDanglingFolderLinkKeepsItsDocuments: the documents stored
// through a followed link to a folder outside are kept, as a dangling link
// to a file is, when the link dangles (an external drive not mounted) or
// loops; they were removed as gone when the folder held enough other
// documents for the mass-delete guard to let them go. Prune removes them.
func TestRunDanglingFolderLinkKeepsItsDocuments(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("symlinks need privileges on windows")
	}
	tests := []struct {
		name     string
		retarget func(t *testing.T, link, dir string)
		reason   string
		prune    bool
	}{
		{"dangling", func(t *testing.T, link, dir string) {
			require.NoError(t, os.Symlink(filepath.Join(dir, "nowhere"), link))
		}, ReasonDanglingSymlink, false},
		{"loop", func(t *testing.T, link, dir string) {
			require.NoError(t, os.Symlink(link, link+"2"))
			require.NoError(t, os.Symlink(link+"2", link))
		}, ReasonSymlinkLoop, false},
		{"dangling, prune", func(t *testing.T, link, dir string) {
			require.NoError(t, os.Symlink(filepath.Join(dir, "nowhere"), link))
		}, ReasonDanglingSymlink, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			notes, drive := t.TempDir(), t.TempDir()
			tree := map[string]string{}
			for i := range 8 {
				tree[fmt.Sprintf("n%d.md", i)] = fmt.Sprintf("# Note %d\n\nlocal\n", i)
			}
			writeTree(t, notes, tree)
			writeTree(t, drive, map[string]string{"a.md": "# A\n\nfar\n", "b.md": "# B\n\nfar\n", "c.md": "# C\n\nfar\n"})
			link := filepath.Join(notes, "drive")
			require.NoError(t, os.Symlink(drive, link))
			cfg := DefaultConfig()
			cfg.FollowSymlinks = true
			st := newFakeStore()
			_, err := Run(context.Background(), st, []string{notes}, cfg, Options{})
			require.NoError(t, err)
			require.Len(t, keys(st.entries), 11)

			require.NoError(t, os.Remove(link))
			tt.retarget(t, link, notes)
			rep, err := Run(context.Background(), st, []string{notes}, cfg, Options{Prune: tt.prune})
			require.NoError(t, err)
			far := []string{slashAbs(t, link) + "/a.md", slashAbs(t, link) + "/b.md", slashAbs(t, link) + "/c.md"}
			if tt.prune {
				assert.Equal(t, far, rep.Removed)
				assert.Len(t, keys(st.entries), 8)
				return
			}
			assert.Empty(t, rep.Removed)
			assert.Len(t, keys(st.entries), 11)
			var kept []string
			for _, k := range rep.Kept {
				assert.Equal(t, tt.reason, k.Reason, k.Path)
				kept = append(kept, k.Path)
			}
			assert.Equal(t, far, kept)
		})
	}
}
