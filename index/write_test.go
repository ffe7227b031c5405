package index

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
)

type op struct {
	put []corpus.Entry
	del []string
}

var writeTests = []struct {
	name      string
	ops       []op
	passages  map[string]int // path → passages expected
	blobs     int
	searchHit string // a word that must be found
	searchNot string // a word that must not be found
}{
	{
		name:     "put two documents",
		ops:      []op{{put: []corpus.Entry{textEntry("/c/a.txt", "alpha one", "alpha two"), textEntry("/c/b.txt", "beta")}}},
		passages: map[string]int{"/c/a.txt": 2, "/c/b.txt": 1}, blobs: 2, searchHit: "alpha",
	},
	{
		name: "replace shrinks passages and drops old words",
		ops: []op{
			{put: []corpus.Entry{textEntry("/c/a.txt", "alpha one", "gamma two", "gamma three")}},
			{put: []corpus.Entry{textEntry("/c/a.txt", "delta only")}},
		},
		passages: map[string]int{"/c/a.txt": 1}, blobs: 1, searchHit: "delta", searchNot: "gamma",
	},
	{
		name: "replace grows passages",
		ops: []op{
			{put: []corpus.Entry{textEntry("/c/a.txt", "alpha")}},
			{put: []corpus.Entry{textEntry("/c/a.txt", "alpha", "epsilon", "zeta")}},
		},
		passages: map[string]int{"/c/a.txt": 3}, blobs: 1, searchHit: "zeta",
	},
	{
		name: "last entry for a path wins within a call",
		ops: []op{{put: []corpus.Entry{
			textEntry("/c/a.txt", "first version"), textEntry("/c/a.txt", "second edition", "more"),
		}}},
		passages: map[string]int{"/c/a.txt": 2}, blobs: 1, searchHit: "edition", searchNot: "version",
	},
	{
		name: "delete removes passages and blob",
		ops: []op{
			{put: []corpus.Entry{textEntry("/c/a.txt", "theta"), textEntry("/c/b.txt", "iota")}},
			{del: []string{"/c/a.txt", "/c/missing.txt"}},
		},
		passages: map[string]int{"/c/b.txt": 1}, blobs: 1, searchHit: "iota", searchNot: "theta",
	},
	{
		name: "identical files share a blob while referenced",
		ops: []op{
			{put: []corpus.Entry{textEntry("/c/a.txt", "kappa"), textEntry("/c/b.txt", "kappa")}},
			{del: []string{"/c/a.txt"}},
		},
		passages: map[string]int{"/c/b.txt": 1}, blobs: 1, searchHit: "kappa",
	},
	{
		name: "shared blob goes with its last reference",
		ops: []op{
			{put: []corpus.Entry{textEntry("/c/a.txt", "kappa"), textEntry("/c/b.txt", "kappa")}},
			{del: []string{"/c/a.txt"}},
			{put: []corpus.Entry{textEntry("/c/b.txt", "lambda")}},
		},
		passages: map[string]int{"/c/b.txt": 1}, blobs: 1, searchHit: "lambda", searchNot: "kappa",
	},
}

func TestPutReplaceDelete(t *testing.T) {
	ctx := context.Background()
	for _, tt := range writeTests {
		t.Run(tt.name, func(t *testing.T) {
			c := openTest(t, t.TempDir())
			defer c.Close()
			for _, o := range tt.ops {
				if o.put != nil {
					require.NoError(t, c.Put(ctx, o.put))
				}
				if o.del != nil {
					require.NoError(t, c.Delete(ctx, o.del))
				}
			}
			requireConsistent(t, c)
			docs, err := c.AllDocuments()
			require.NoError(t, err)
			got := map[string]int{}
			for _, d := range docs {
				got[d.Path] = d.Passages
				orig, err := c.Original(d.ID)
				require.NoError(t, err)
				text, _, err := c.Text(d.ID)
				require.NoError(t, err)
				assert.Equal(t, text, string(orig))
			}
			assert.Equal(t, tt.passages, got)
			assert.Equal(t, tt.blobs, bucketLen(t, c, bucketBlobs))
			assert.Equal(t, tt.blobs, bucketLen(t, c, bucketRefs))
			assert.Positive(t, countWord(t, c, tt.searchHit))
			if tt.searchNot != "" {
				assert.Zero(t, countWord(t, c, tt.searchNot))
			}
		})
	}
}

func countWord(t *testing.T, c *Corpus, word string) uint64 {
	t.Helper()
	n, err := c.Index().Search(searchWord(word))
	require.NoError(t, err)
	return n.Total
}

func TestPutRejectsBadEntries(t *testing.T) {
	good := func() corpus.Entry { return textEntry("/c/a.txt", "hello world") }
	tests := []struct {
		name   string
		break_ func(e *corpus.Entry)
	}{
		{"no path", func(e *corpus.Entry) { e.Doc.Path = "" }},
		{"wrong id", func(e *corpus.Entry) { e.Doc.ID = "abc" }},
		{"span past text", func(e *corpus.Entry) { e.Passages[0].End = 99 }},
		{"negative start", func(e *corpus.Entry) { e.Passages[0].Start = -1 }},
		{"text not the slice", func(e *corpus.Entry) { e.Passages[0].Text = "hello there" }},
	}
	c := openTest(t, t.TempDir())
	defer c.Close()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := good()
			tt.break_(&e)
			require.Error(t, c.Put(context.Background(), []corpus.Entry{e}))
		})
	}
	docs, err := c.AllDocuments()
	require.NoError(t, err)
	assert.Empty(t, docs)
	e := good()
	e.Passages[0].Text = "hello world"
	require.NoError(t, c.Put(context.Background(), []corpus.Entry{e}))
}

func TestPutDoesNotMutateCaller(t *testing.T) {
	c := openTest(t, t.TempDir())
	defer c.Close()
	e := textEntry("/c/a.txt", "one", "two")
	require.NoError(t, c.Put(context.Background(), []corpus.Entry{e}))
	assert.Empty(t, e.Passages[0].ID)
}

func TestDocumentsUnderRoot(t *testing.T) {
	c := openTest(t, t.TempDir())
	defer c.Close()
	require.NoError(t, c.Put(context.Background(), []corpus.Entry{
		textEntry("/a/b", "file named b"),
		textEntry("/a/b/x.txt", "x"),
		textEntry("/a/b/c/y.txt", "y"),
		textEntry("/a/bc/z.txt", "z"),
		textEntry("/a/b.txt", "w"),
	}))
	tests := []struct {
		root string
		want []string
	}{
		{"/a/b", []string{"/a/b", "/a/b/c/y.txt", "/a/b/x.txt"}},
		{"/a/b/", []string{"/a/b", "/a/b/c/y.txt", "/a/b/x.txt"}},
		{"/a/bc", []string{"/a/bc/z.txt"}},
		{"/a/b/c", []string{"/a/b/c/y.txt"}},
		{"/nope", nil},
		{"/", []string{"/a/b", "/a/b.txt", "/a/b/c/y.txt", "/a/b/x.txt", "/a/bc/z.txt"}},
	}
	for _, tt := range tests {
		t.Run(tt.root, func(t *testing.T) {
			docs, err := c.Documents(tt.root)
			require.NoError(t, err)
			var got []string
			for p, d := range docs {
				assert.Equal(t, p, d.Path)
				got = append(got, p)
			}
			assert.ElementsMatch(t, tt.want, got)
		})
	}
}

func TestJournalUnion(t *testing.T) {
	assert.Equal(t, []string{"a", "b", "c"}, union([]string{"a", "b"}, []string{"b", "c"}))
	assert.Nil(t, union(nil, nil))
}
