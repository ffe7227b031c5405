package ingest

import (
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
)

// Options.Passages sees the passages of every document handed to the
// store, exactly as stored, and nothing else: not a failed file, not a
// dry run, not an unchanged file.
func TestPassagesHook(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"a.txt": "alpha bravo charlie", "b.md": "# Bravo\n\nSecond file.", "c/d.go": "package d\n",
		"broken.docx": "PK\x03\x04 not a zip",
	})
	many := map[string]string{}
	for i := range 60 {
		many[fmt.Sprintf("m/%02d.txt", i)] = strings.Repeat(fmt.Sprintf("word%d ", i), 1+i%7*400)
	}
	writeTree(t, dir, many)
	p := func(rel string) string { return filepath.ToSlash(filepath.Join(dir, rel)) }
	st := newFakeStore()
	seen := map[string][]corpus.Passage{}
	var order []string
	hook := func(path string, ps []corpus.Passage) {
		_, again := seen[path]
		assert.False(t, again, "%s handed over twice", path)
		seen[path] = ps
		order = append(order, path)
	}
	paths := func() []string {
		var out []string
		for p := range seen {
			out = append(out, p)
		}
		sort.Strings(out)
		return out
	}

	_, err := Run(ctx, st, []string{dir}, DefaultConfig(), Options{DryRun: true, Passages: hook})
	require.NoError(t, err)
	assert.Empty(t, seen, "a dry run stores nothing")

	rep, err := Run(ctx, st, []string{dir}, DefaultConfig(), Options{Passages: hook})
	require.NoError(t, err)
	require.Len(t, rep.Failed, 1)
	assert.Equal(t, rep.Added, paths(), "every added document, the failed file left out")
	assert.True(t, sort.StringsAreSorted(order), "handed over in the walk's (path) order, whichever worker finished first: %v", order)
	for path, ps := range seen {
		assert.Equal(t, st.entries[path].Passages, ps, path)
	}

	clear(seen)
	writeTree(t, dir, map[string]string{"a.txt": "alpha bravo charlie delta"})
	rep, err = Run(ctx, st, []string{dir}, DefaultConfig(), Options{Passages: hook})
	require.NoError(t, err)
	assert.Equal(t, []string{p("a.txt")}, rep.Updated)
	assert.Equal(t, []string{p("a.txt")}, paths(), "only the updated document")
	assert.Equal(t, "alpha bravo charlie delta", seen[p("a.txt")][0].Text)
}
