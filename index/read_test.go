package index

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
)

func TestPassageTextAndSpan(t *testing.T) {
	c := openTest(t, t.TempDir())
	defer c.Close()
	e := textEntry("/c/notes.txt",
		"line one\nline two",
		"line four",
		"line six\nline seven\nline eight")
	require.NoError(t, c.Put(context.Background(), []corpus.Entry{e}))
	id := corpus.DocID("/c/notes.txt")
	text, _, err := c.Text(id)
	require.NoError(t, err)

	tests := []struct {
		ord              int
		lineStart, lineE int
	}{{0, 1, 2}, {1, 4, 4}, {2, 6, 8}}
	for _, tt := range tests {
		p, sp, err := c.Passage(corpus.PassageID(id, tt.ord))
		require.NoError(t, err)
		assert.Equal(t, text[p.Start:p.End], p.Text)
		assert.Equal(t, e.Passages[tt.ord].Start, p.Start)
		assert.Equal(t, tt.lineStart, sp.LineStart, "ord %d", tt.ord)
		assert.Equal(t, tt.lineE, sp.LineEnd, "ord %d", tt.ord)
		assert.Equal(t, int64(p.Start), sp.SrcStart)
		assert.Equal(t, "/c/notes.txt", sp.Path)
		assert.Equal(t, "/c/notes.txt", p.Path)
		assert.Equal(t, "S", p.Section)
		assert.Equal(t, corpus.Text, p.Format)
		assert.Equal(t, tt.ord, p.Ord)
	}

	sp, err := c.Locate(id, strings.Index(text, "seven"), strings.Index(text, "seven")+5)
	require.NoError(t, err)
	assert.Equal(t, "/c/notes.txt:7", sp.String())

	ids := []string{corpus.PassageID(id, 2), corpus.PassageID(id, 0)}
	ps, sps, err := c.Passages(ids)
	require.NoError(t, err)
	require.Len(t, ps, 2)
	assert.Equal(t, ids[0], ps[0].ID)
	assert.Equal(t, 6, sps[0].LineStart)
	assert.Equal(t, "line one\nline two", ps[1].Text)

	all, err := c.DocPassages(id)
	require.NoError(t, err)
	assert.Len(t, all, 3)
}

func TestNotFound(t *testing.T) {
	c := openTest(t, t.TempDir())
	defer c.Close()
	require.NoError(t, c.Put(context.Background(), []corpus.Entry{textEntry("/c/a.txt", "a")}))
	id := corpus.DocID("/c/a.txt")
	calls := map[string]func() error{
		"document":     func() error { _, err := c.Document("nope"); return err },
		"path":         func() error { _, err := c.DocumentByPath("/c/b.txt"); return err },
		"passage ord":  func() error { _, _, err := c.Passage(corpus.PassageID(id, 5)); return err },
		"passage doc":  func() error { _, _, err := c.Passage("ffff-0"); return err },
		"malformed id": func() error { _, _, err := c.Passage("garbage"); return err },
		"passages":     func() error { _, _, err := c.Passages([]string{corpus.PassageID(id, 0), "x-1"}); return err },
		"text":         func() error { _, _, err := c.Text("nope"); return err },
		"original":     func() error { _, err := c.Original("nope"); return err },
		"meta":         func() error { _, err := c.GetMeta("nope"); return err },
		"locate":       func() error { _, err := c.Locate("nope", 0, 1); return err },
		"doc passages": func() error { _, err := c.DocPassages("nope"); return err },
	}
	for name, call := range calls {
		t.Run(name, func(t *testing.T) {
			err := call()
			require.Error(t, err)
			assert.True(t, errors.Is(err, ErrNotFound), "%v", err)
		})
	}
}

func TestEachPassageOrder(t *testing.T) {
	c := openTest(t, t.TempDir())
	defer c.Close()
	paras := make([]string, 12) // ords past 9 check numeric, not lexical, order
	for i := range paras {
		paras[i] = strings.Repeat("w", i+1)
	}
	require.NoError(t, c.Put(context.Background(), []corpus.Entry{
		textEntry("/z.txt", "last"), textEntry("/a.txt", paras...),
	}))
	var got []string
	require.NoError(t, c.EachPassage(context.Background(), func(p corpus.Passage) error {
		got = append(got, p.Path+":"+p.Text)
		return nil
	}))
	require.Len(t, got, 13)
	assert.Equal(t, "/a.txt:w", got[0])
	assert.Equal(t, "/a.txt:"+paras[11], got[11])
	assert.Equal(t, "/z.txt:last", got[12])

	stop := errors.New("stop")
	err := c.EachPassage(context.Background(), func(corpus.Passage) error { return stop })
	assert.ErrorIs(t, err, stop)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	assert.ErrorIs(t, c.EachPassage(ctx, func(corpus.Passage) error { return nil }), context.Canceled)
}

func TestStatsAndMeta(t *testing.T) {
	c := openTest(t, t.TempDir())
	defer c.Close()
	fixed := time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)
	nowFunc = func() time.Time { return fixed }
	defer func() { nowFunc = time.Now }()

	md := textEntry("/c/b.md", "# T", "body")
	md.Doc.Format = corpus.Markdown
	require.NoError(t, c.Put(context.Background(), []corpus.Entry{
		textEntry("/c/a.txt", "same"), textEntry("/c/a2.txt", "same"), md,
	}))
	st, err := c.Stats()
	require.NoError(t, err)
	assert.Equal(t, 3, st.Documents)
	assert.Equal(t, 4, st.Passages)
	assert.Equal(t, uint64(4), st.IndexedPassages)
	assert.Equal(t, int64(4+4+len("# T\n\nbody")), st.OriginalBytes)
	assert.Equal(t, int64(4+len("# T\n\nbody")), st.BlobBytes)
	assert.Equal(t, st.OriginalBytes, st.TextBytes)
	assert.Equal(t, map[corpus.Format]int{corpus.Text: 2, corpus.Markdown: 1}, st.Formats)
	assert.Positive(t, st.DBBytes)
	info, err := os.Stat(filepath.Join(c.dir, DBFile))
	require.NoError(t, err)
	assert.LessOrEqual(t, st.DBBytes, info.Size(), "the pages in use, not the file bbolt grew ahead of them")
	assert.Less(t, st.DBBytes, int64(1<<20), "three small documents take far less than the file's first growth")
	assert.Positive(t, st.IndexBytes)
	assert.True(t, fixed.Equal(st.LastIngest))
	d, err := c.DocumentByPath("/c/b.md")
	require.NoError(t, err)
	assert.True(t, fixed.Equal(d.Ingested))

	require.NoError(t, c.PutMeta("model", []byte("v1")))
	v, err := c.GetMeta("model")
	require.NoError(t, err)
	assert.Equal(t, "v1", string(v))
	assert.Error(t, c.PutMeta("schema", []byte("9")))
}

func TestEachPath(t *testing.T) {
	c := openTest(t, t.TempDir())
	defer c.Close()
	require.NoError(t, c.Put(context.Background(), []corpus.Entry{
		textEntry("/a/b/x.txt", "x"), textEntry("/a/bc/y.txt", "y"), textEntry("/a/b/z.txt", "z"),
	}))
	var got []string
	require.NoError(t, c.EachPath("/a/b", func(path, id string) bool {
		assert.Equal(t, corpus.DocID(path), id)
		got = append(got, path)
		return true
	}))
	assert.Equal(t, []string{"/a/b/x.txt", "/a/b/z.txt"}, got)
	n := 0
	require.NoError(t, c.EachPath("/", func(string, string) bool { n++; return false }))
	assert.Equal(t, 1, n)
}
