package ingest

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// rootAliasTests give Run folders of {base}: real (a.md, sub/b.md), other
// (c.md), and the links lroot → real, lsub → real/sub, lother → other.
var rootAliasTests = []struct {
	name    string
	roots   []string
	follow  bool
	added   []string          // stored paths, relative to {base}
	skipped map[string]string // root relative to {base} → detail
}{
	{
		name:    "link to a folder given, after it",
		roots:   []string{"real", "lroot"},
		added:   []string{"real/a.md", "real/sub/b.md"},
		skipped: map[string]string{"lroot": "→ {base}/real, also given as {base}/real"},
	},
	{
		name:    "link to a folder given, before it",
		roots:   []string{"lroot", "real"},
		follow:  true,
		added:   []string{"real/a.md", "real/sub/b.md"},
		skipped: map[string]string{"lroot": "→ {base}/real, also given as {base}/real"},
	},
	{
		name:    "link into a folder given",
		roots:   []string{"lsub", "real"},
		added:   []string{"real/a.md", "real/sub/b.md"},
		skipped: map[string]string{"lsub": "→ {base}/real/sub, inside {base}/real, also given"},
	},
	{
		name:    "two links to one folder",
		roots:   []string{"lroot", "lroot2"},
		added:   []string{"lroot/a.md", "lroot/sub/b.md"},
		skipped: map[string]string{"lroot2": "→ {base}/real, also given as {base}/lroot"},
	},
	{
		name:  "link to a folder not given",
		roots: []string{"real", "lother"},
		added: []string{"lother/c.md", "real/a.md", "real/sub/b.md"},
	},
	{
		name:  "folder inside another by its own name",
		roots: []string{"real", "real/sub"},
		added: []string{"real/a.md", "real/sub/b.md"},
	},
}

func TestRunRootAliases(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("symlinks need privileges on windows")
	}
	for _, tt := range rootAliasTests {
		t.Run(tt.name, func(t *testing.T) {
			base := aliasRootsTree(t)
			var roots []string
			for _, r := range tt.roots {
				roots = append(roots, filepath.Join(base, r))
			}
			cfg := DefaultConfig()
			cfg.FollowSymlinks = tt.follow
			rep, err := Run(context.Background(), newFakeStore(), roots, cfg, Options{})
			require.NoError(t, err)
			var added []string
			for _, p := range rep.Added {
				added = append(added, strings.TrimPrefix(p, filepath.ToSlash(base)+"/"))
			}
			assert.Equal(t, tt.added, added)
			skipped := map[string]string{}
			for _, s := range rep.Skipped {
				assert.Equal(t, ReasonRootAlias, s.Reason)
				skipped[strings.TrimPrefix(s.Path, filepath.ToSlash(base)+"/")] = s.Detail
			}
			want := map[string]string{}
			for r, d := range tt.skipped {
				want[r] = strings.ReplaceAll(d, "{base}", filepath.ToSlash(base))
			}
			assert.Equal(t, want, skipped)
		})
	}
}

// TestRunRootAliasKeepsStored: what an older Verbatim stored under a link
// given beside its target stays (listed as kept) unless --prune.
func TestRunRootAliasKeepsStored(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("symlinks need privileges on windows")
	}
	base := aliasRootsTree(t)
	st := newFakeStore()
	cfg := DefaultConfig()
	_, err := Run(context.Background(), st, []string{filepath.Join(base, "lroot")}, cfg, Options{})
	require.NoError(t, err)
	roots := []string{filepath.Join(base, "real"), filepath.Join(base, "lroot")}
	rep, err := Run(context.Background(), st, roots, cfg, Options{})
	require.NoError(t, err)
	assert.Empty(t, rep.Removed)
	require.Len(t, rep.Kept, 2)
	assert.Equal(t, ReasonRootAlias, rep.Kept[0].Reason)
	assert.Equal(t, filepath.ToSlash(filepath.Join(base, "lroot", "a.md")), rep.Kept[0].Path)
	rep, err = Run(context.Background(), st, roots, cfg, Options{Prune: true})
	require.NoError(t, err)
	assert.Len(t, rep.Removed, 2)
	assert.Len(t, st.entries, 2)
}

func aliasRootsTree(t *testing.T) string {
	base, err := filepath.EvalSymlinks(t.TempDir())
	require.NoError(t, err)
	writeTree(t, base, map[string]string{"real/a.md": "alpha text", "real/sub/b.md": "beta text", "other/c.md": "gamma text"})
	for link, target := range map[string]string{"lroot": "real", "lroot2": "real", "lsub": "real/sub", "lother": "other"} {
		require.NoError(t, os.Symlink(filepath.Join(base, target), filepath.Join(base, link)))
	}
	return base
}
