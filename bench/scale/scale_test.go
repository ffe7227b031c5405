package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestVocabulary(t *testing.T) {
	v := newVocabulary(1, 5000)
	require.Len(t, v.words, 5000)
	assert.Equal(t, "the", v.words[0])
	for i, w := range v.words {
		assert.Equal(t, i, v.rank[w], w)
	}
	for _, n := range append(append([]string(nil), v.first...), v.last...) {
		_, isWord := v.rank[strings.ToLower(n)]
		assert.False(t, isWord, n)
	}
	assert.Equal(t, v.words, newVocabulary(1, 5000).words, "deterministic")
}

func TestFileTextDeterministic(t *testing.T) {
	g := textGen{v: newVocabulary(7, 2000), seed: 7}
	a, b := g.fileText(42), g.fileText(42)
	assert.Equal(t, a, b)
	assert.NotEqual(t, a, g.fileText(43))
	title, body, ok := strings.Cut(a, "\n\n")
	require.True(t, ok)
	assert.NotContains(t, title, "\n")
	assert.NotEmpty(t, sentences(a))
	assert.True(t, strings.HasSuffix(body, ".\n") || strings.HasSuffix(body, "?\n"), body)
}

func TestMakeQueries(t *testing.T) {
	g := textGen{v: newVocabulary(3, 2000), seed: 3}
	qs := makeQueries(g, 100, 20)
	require.Len(t, qs, 20)
	for i, q := range qs {
		words := strings.Fields(q.Text)
		assert.Len(t, words, 3, q.Text)
		assert.Equal(t, map[bool]string{true: "distinctive", false: "common"}[i%2 == 0], q.Kind)
		text := strings.ToLower(g.fileText(fileIndex(t, q.Gold)))
		for _, w := range words {
			assert.GreaterOrEqual(t, g.v.rank[w], len(functionWords), w)
			assert.Contains(t, text, w)
		}
	}
	assert.Equal(t, qs, makeQueries(g, 100, 20), "deterministic")
}

func fileIndex(t *testing.T, rel string) int {
	t.Helper()
	for k := range 100 {
		if relPath(k) == rel {
			return k
		}
	}
	t.Fatalf("no file %s", rel)
	return -1
}

func TestEnsureCorpusGeneratesAndReuses(t *testing.T) {
	cache := t.TempDir()
	g := textGen{v: newVocabulary(5, 2000), seed: 5}
	want := manifest{Version: genVersion, Seed: 5, Vocabulary: 2000, TargetPassages: 40}
	quiet := func(string, ...any) {}
	m, err := ensureCorpus(cache, want, g, quiet)
	require.NoError(t, err)
	assert.GreaterOrEqual(t, m.Passages, int64(40))
	assert.Equal(t, m, withCounts(want, m))
	b, err := os.ReadFile(filepath.Join(corpusDir(cache), filepath.FromSlash(relPath(0))))
	require.NoError(t, err)
	assert.Equal(t, g.fileText(0), string(b))

	require.NoError(t, os.Remove(filepath.Join(corpusDir(cache), filepath.FromSlash(relPath(0)))))
	again, err := ensureCorpus(cache, want, g, quiet)
	require.NoError(t, err)
	assert.Equal(t, m, again)
	assert.NoFileExists(t, filepath.Join(corpusDir(cache), filepath.FromSlash(relPath(0))), "reused, not regenerated")

	want.TargetPassages = 80
	bigger, err := ensureCorpus(cache, want, g, quiet)
	require.NoError(t, err)
	assert.Greater(t, bigger.Files, m.Files)
	assert.FileExists(t, filepath.Join(corpusDir(cache), filepath.FromSlash(relPath(0))))
}

func TestFreshDataDirRefusesForeignFolders(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "precious.txt"), []byte("x"), 0o644))
	require.Error(t, freshDataDir(dir))
	assert.FileExists(t, filepath.Join(dir, "precious.txt"))
	require.NoError(t, freshDataDir(filepath.Join(dir, "missing")))
}
