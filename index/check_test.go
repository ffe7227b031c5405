package index

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	bolt "go.etcd.io/bbolt"

	"github.com/verbatim-rag/verbatim/corpus"
)

// checkFixture stores four documents; d and e share one blob.
func checkFixture(t *testing.T) *Corpus {
	t.Helper()
	c := openTest(t, t.TempDir())
	t.Cleanup(func() { _ = c.Close() })
	require.NoError(t, c.Put(context.Background(), []corpus.Entry{
		textEntry("/c/a.txt", "alpha one", "alpha two"),
		textEntry("/c/b.txt", "beta"),
		textEntry("/c/d.txt", "kappa"),
		textEntry("/c/e.txt", "kappa"),
	}))
	return c
}

func idOf(path string) string { return corpus.DocID(path) }

func pid(path string, ord int) string { return corpus.PassageID(idOf(path), ord) }

// mutate changes the store behind the corpus's back.
func mutate(t *testing.T, c *Corpus, fn func(tx *bolt.Tx) error) {
	t.Helper()
	require.NoError(t, c.db.Update(fn))
}

func hashOf(t *testing.T, c *Corpus, path string) string {
	t.Helper()
	d, err := c.DocumentByPath(path)
	require.NoError(t, err)
	return d.Hash
}

func flipBlob(t *testing.T, c *Corpus, path string) {
	h := blobKeyOf(t, c, path)
	mutate(t, c, func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketBlobs)
		v := append([]byte(nil), b.Get([]byte(h))...)
		v[0] ^= 0x20
		return b.Put([]byte(h), v)
	})
}

func deleteKey(t *testing.T, c *Corpus, bucket []byte, key string) {
	mutate(t, c, func(tx *bolt.Tx) error { return tx.Bucket(bucket).Delete([]byte(key)) })
}

func putKey(t *testing.T, c *Corpus, bucket []byte, key, val string) {
	mutate(t, c, func(tx *bolt.Tx) error { return tx.Bucket(bucket).Put([]byte(key), []byte(val)) })
}

// want is one problem a check must report: kind and what it names.
type want struct {
	kind    ProblemKind
	path    string
	passage string
}

var checkTests = []struct {
	name    string
	corrupt func(t *testing.T, c *Corpus)
	want    []want
	dropped []string
}{
	{name: "clean", corrupt: func(*testing.T, *Corpus) {}},
	{
		name:    "bleve entry deleted",
		corrupt: func(t *testing.T, c *Corpus) { require.NoError(t, c.bleve().Delete(pid("/c/a.txt", 1))) },
		want:    []want{{ProblemNotIndexed, "/c/a.txt", pid("/c/a.txt", 1)}},
	},
	{
		name: "orphan bleve entry",
		corrupt: func(t *testing.T, c *Corpus) {
			require.NoError(t, c.bleve().Index("ffff-0", map[string]interface{}{FieldText: "ghost"}))
		},
		want: []want{{ProblemOrphanEntry, "", "ffff-0"}},
	},
	{
		name:    "orphan blob",
		corrupt: func(t *testing.T, c *Corpus) { putKey(t, c, bucketBlobs, "00ff", "stray bytes") },
		want:    []want{{kind: ProblemOrphanBlob}},
	},
	{
		name:    "flipped byte in a blob",
		corrupt: func(t *testing.T, c *Corpus) { flipBlob(t, c, "/c/b.txt") },
		want:    []want{{kind: ProblemBlobCorrupt, path: "/c/b.txt"}},
		dropped: []string{"/c/b.txt"},
	},
	{
		name:    "flipped byte in a shared blob",
		corrupt: func(t *testing.T, c *Corpus) { flipBlob(t, c, "/c/d.txt") },
		want:    []want{{kind: ProblemBlobCorrupt, path: "/c/d.txt"}, {kind: ProblemBlobCorrupt, path: "/c/e.txt"}},
		dropped: []string{"/c/d.txt", "/c/e.txt"},
	},
	{
		name:    "blob missing",
		corrupt: func(t *testing.T, c *Corpus) { deleteKey(t, c, bucketBlobs, blobKeyOf(t, c, "/c/b.txt")) },
		want:    []want{{kind: ProblemBlobMissing, path: "/c/b.txt"}},
		dropped: []string{"/c/b.txt"},
	},
	{
		name:    "text record removed",
		corrupt: func(t *testing.T, c *Corpus) { deleteKey(t, c, bucketTexts, textKeyOf(t, c, "/c/a.txt")) },
		want:    []want{{kind: ProblemTextMissing, path: "/c/a.txt"}},
		dropped: []string{"/c/a.txt"},
	},
	{
		name:    "text record truncated",
		corrupt: func(t *testing.T, c *Corpus) { putKey(t, c, bucketTexts, textKeyOf(t, c, "/c/a.txt"), "\x05{}") },
		want:    []want{{kind: ProblemTextCorrupt, path: "/c/a.txt"}},
		dropped: []string{"/c/a.txt"},
	},
	{
		name:    "passage record removed",
		corrupt: func(t *testing.T, c *Corpus) { deleteKey(t, c, bucketPassages, passageKeyOf(t, c, "/c/a.txt", 1)) },
		want:    []want{{ProblemPassageMissing, "/c/a.txt", pid("/c/a.txt", 1)}},
		dropped: []string{"/c/a.txt"},
	},
	{
		name: "passage outside its text",
		corrupt: func(t *testing.T, c *Corpus) {
			putKey(t, c, bucketPassages, passageKeyOf(t, c, "/c/b.txt", 0), string(encodePassage(nil, passageMeta{End: 999})))
		},
		want:    []want{{ProblemPassageCorrupt, "/c/b.txt", pid("/c/b.txt", 0)}},
		dropped: []string{"/c/b.txt"},
	},
	{
		name: "orphan passage record",
		corrupt: func(t *testing.T, c *Corpus) {
			putKey(t, c, bucketPassages, passageKeyOf(t, c, "/c/b.txt", 7), string(encodePassage(nil, passageMeta{End: 1, Ord: 7})))
		},
		want: []want{{kind: ProblemOrphanPassage, passage: pid("/c/b.txt", 7)}},
	},
	{
		name:    "orphan text",
		corrupt: func(t *testing.T, c *Corpus) { putKey(t, c, bucketTexts, string(seqKey(999)), "\x02{}") },
		want:    []want{{kind: ProblemOrphanText}},
	},
	{
		name:    "path entry removed",
		corrupt: func(t *testing.T, c *Corpus) { deleteKey(t, c, bucketPaths, "/c/b.txt") },
		want:    []want{{kind: ProblemPathMissing, path: "/c/b.txt"}},
	},
	{
		name:    "orphan path entry",
		corrupt: func(t *testing.T, c *Corpus) { putKey(t, c, bucketPaths, "/c/ghost.txt", idOf("/c/a.txt")) },
		want:    []want{{kind: ProblemOrphanPath, path: "/c/ghost.txt"}},
	},
	{
		name: "wrong reference count",
		corrupt: func(t *testing.T, c *Corpus) {
			putKey(t, c, bucketRefs, string(refKey(hashOf(t, c, "/c/d.txt"))), string(encodeRef(9, recordOf(t, c, "/c/d.txt").blob)))
		},
		want: []want{{kind: ProblemRefCount}},
	},
	{
		name:    "undecodable document record",
		corrupt: func(t *testing.T, c *Corpus) { putKey(t, c, bucketDocs, docKeyOf(t, c, "/c/b.txt"), "{not json") },
		want:    []want{{kind: ProblemBadDocument, path: "/c/b.txt"}, {kind: ProblemOrphanPath, path: "/c/b.txt"}},
		dropped: []string{"/c/b.txt"},
	},
}

func TestCheckAndRepair(t *testing.T) {
	ctx := context.Background()
	for _, tt := range checkTests {
		t.Run(tt.name, func(t *testing.T) {
			c := checkFixture(t)
			tt.corrupt(t, c)

			rep, err := c.Check(ctx, CheckOptions{})
			require.NoError(t, err)
			requireProblems(t, rep, tt.want)
			assert.Equal(t, len(tt.want) == 0, rep.OK())

			rep, err = c.Check(ctx, CheckOptions{Repair: true})
			require.NoError(t, err)
			assert.True(t, rep.OK(), "left after repair: %v", rep.Remaining())
			assert.Equal(t, tt.dropped, rep.Dropped)
			requireRepaired(t, c, tt.dropped)
		})
	}
}

// requireProblems checks that rep names every wanted problem.
func requireProblems(t *testing.T, rep CheckReport, wants []want) {
	t.Helper()
	for _, w := range wants {
		found := false
		for _, p := range rep.Problems {
			if p.Kind == w.kind && (w.path == "" || p.Path == w.path) && (w.passage == "" || p.Passage == w.passage) {
				found = true
			}
		}
		assert.True(t, found, "want %+v in %v", w, rep.Problems)
	}
	if len(wants) == 0 {
		assert.Empty(t, rep.Problems)
	}
}

// requireRepaired checks a repaired corpus: a second check is clean, bleve
// matches the store, and only the dropped documents are gone.
func requireRepaired(t *testing.T, c *Corpus, dropped []string) {
	t.Helper()
	rep, err := c.Check(context.Background(), CheckOptions{})
	require.NoError(t, err)
	assert.Empty(t, rep.Problems)
	requireConsistent(t, c)
	docs, err := c.AllDocuments()
	require.NoError(t, err)
	var paths []string
	for _, d := range docs {
		paths = append(paths, d.Path)
	}
	want := []string{"/c/a.txt", "/c/b.txt", "/c/d.txt", "/c/e.txt"}
	for _, d := range dropped {
		want = remove(want, d)
	}
	assert.Equal(t, want, paths)
	assert.Equal(t, bucketLen(t, c, bucketRefs), bucketLen(t, c, bucketBlobs))
}

func remove(list []string, s string) []string {
	var out []string
	for _, x := range list {
		if x != s {
			out = append(out, x)
		}
	}
	return out
}

func TestCheckRepairsPendingJournal(t *testing.T) {
	ctx := context.Background()
	c := checkFixture(t)
	c.afterStore = func() error { return errCrash }
	require.ErrorIs(t, c.Put(ctx, []corpus.Entry{textEntry("/c/a.txt", "omega one", "omega two")}), errCrash)
	c.afterStore = nil
	// Same passage ids, new text: only the journal knows bleve is stale.
	rep, err := c.Check(ctx, CheckOptions{})
	require.NoError(t, err)
	requireProblems(t, rep, []want{{kind: ProblemJournal}})
	assert.Equal(t, uint64(2), countWord(t, c, "alpha"))

	rep, err = c.Check(ctx, CheckOptions{Repair: true})
	require.NoError(t, err)
	assert.True(t, rep.OK(), "%v", rep.Remaining())
	assert.Zero(t, countWord(t, c, "alpha"))
	assert.Equal(t, uint64(2), countWord(t, c, "omega"))
	requireConsistent(t, c)
}

func TestCheckUndecodableJournal(t *testing.T) {
	ctx := context.Background()
	c := checkFixture(t)
	putKey(t, c, bucketJournal, idOf("/c/a.txt"), "{broken")
	rep, err := c.Check(ctx, CheckOptions{Repair: true})
	require.NoError(t, err)
	assert.True(t, rep.OK(), "%v", rep.Remaining())
	requireConsistent(t, c)
}

func TestCheckReadOnly(t *testing.T) {
	dir := t.TempDir()
	c := openTest(t, dir)
	require.NoError(t, c.Put(context.Background(), []corpus.Entry{textEntry("/c/a.txt", "alpha")}))
	require.NoError(t, c.Close())
	ro, err := Open(dir, Options{ReadOnly: true})
	require.NoError(t, err)
	defer ro.Close()
	rep, err := ro.Check(context.Background(), CheckOptions{})
	require.NoError(t, err)
	assert.True(t, rep.OK())
	assert.Equal(t, 1, rep.Documents)
	assert.Equal(t, uint64(1), rep.IndexedPassages)
	_, err = ro.Check(context.Background(), CheckOptions{Repair: true})
	assert.ErrorIs(t, err, ErrReadOnly)
}

func TestCheckFiles(t *testing.T) {
	ctx := context.Background()
	folder := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(folder, name)
		require.NoError(t, os.WriteFile(p, []byte(text), 0o644))
		return filepath.ToSlash(p)
	}
	same, changed, resized, gone := write("same.txt", "same"), write("changed.txt", "abcd"), write("resized.txt", "short"), write("gone.txt", "gone")
	c := openTest(t, t.TempDir())
	defer c.Close()
	for _, p := range []string{same, changed, resized, gone} {
		data, err := os.ReadFile(filepath.FromSlash(p))
		require.NoError(t, err)
		require.NoError(t, c.Put(ctx, []corpus.Entry{textEntry(p, string(data))}))
	}
	write("changed.txt", "abcX")
	write("resized.txt", "much longer now")
	require.NoError(t, os.Remove(filepath.FromSlash(gone)))

	rep, err := c.Check(ctx, CheckOptions{Files: true})
	require.NoError(t, err)
	assert.True(t, rep.OK(), "file notes are not corruption")
	got := map[string]NoteKind{}
	for _, n := range rep.Notes {
		got[n.Path] = n.Kind
	}
	assert.Equal(t, map[string]NoteKind{changed: NoteChanged, resized: NoteChanged, gone: NoteMissing}, got)
}

func TestProblemString(t *testing.T) {
	p := Problem{Kind: ProblemNotIndexed, Path: "/a.txt", Passage: "ab-1", Detail: "x"}
	assert.Equal(t, "passage not indexed path=/a.txt passage=ab-1: x", p.String())
	kinds := []ProblemKind{ProblemBlobCorrupt, ProblemOrphanBlob}
	sort.Slice(kinds, func(i, j int) bool { return kinds[i] < kinds[j] })
	assert.True(t, ProblemBlobCorrupt.Unrepairable())
	assert.False(t, ProblemOrphanBlob.Unrepairable())
}
