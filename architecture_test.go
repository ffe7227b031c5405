package verbatim_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// packageDirs returns every directory below root that holds a Go file other
// than a test, slash-separated and relative to root, root itself left out.
func packageDirs(t *testing.T, root string) []string {
	seen := map[string]bool{}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && p != root && (strings.HasPrefix(d.Name(), ".") || d.Name() == "node_modules") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
			return nil
		}
		if dir, _ := filepath.Rel(root, filepath.Dir(p)); dir != "." {
			seen[filepath.ToSlash(dir)] = true
		}
		return nil
	})
	require.NoError(t, err)
	var dirs []string
	for d := range seen {
		dirs = append(dirs, d)
	}
	sort.Strings(dirs)
	return dirs
}

// tableRow matches a row of ARCHITECTURE.md's package table: | `dir` | role |.
var tableRow = regexp.MustCompile("(?m)^\\| `([^`]+)` \\| *(\\S.*?) *\\|$")

// documented returns the package table of ARCHITECTURE.md: directory → role.
func documented(t *testing.T, text string) map[string]string {
	rows := map[string]string{}
	for _, m := range tableRow.FindAllStringSubmatch(text, -1) {
		rows[m[1]] = m[2]
	}
	return rows
}

// TestArchitectureListsEveryPackage fails when a package directory is added
// without its line in ARCHITECTURE.md, or a line outlives its directory.
func TestArchitectureListsEveryPackage(t *testing.T) {
	b, err := os.ReadFile("ARCHITECTURE.md")
	require.NoError(t, err)
	rows := documented(t, string(b))
	dirs := packageDirs(t, ".")
	require.NotEmpty(t, dirs)
	for _, d := range dirs {
		assert.NotEmpty(t, rows[d], "package %s has no line in ARCHITECTURE.md's package table", d)
	}
	for d := range rows {
		_, err := os.Stat(d)
		assert.NoError(t, err, "ARCHITECTURE.md lists %s, which does not exist", d)
	}
}

// TestArchitectureCheckCatchesAMissingLine proves the check can fail: a
// package directory added to a copy of the tree has no line.
func TestArchitectureCheckCatchesAMissingLine(t *testing.T) {
	root := t.TempDir()
	for _, f := range []string{"a/a.go", "a/b/b.go", "c/c_test.go", ".hidden/h.go"} {
		p := filepath.Join(root, f)
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte("package x\n"), 0o644))
	}
	assert.Equal(t, []string{"a", "a/b"}, packageDirs(t, root), "test-only and hidden directories are not packages")
	rows := documented(t, "| package | role |\n|---|---|\n| `a` | the a package |\n")
	assert.Equal(t, map[string]string{"a": "the a package"}, rows)
	assert.Empty(t, rows["a/b"], "a/b is missing: the real test reports it")
}
