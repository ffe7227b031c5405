package pdf

import (
	"bytes"
	"io"
	"os"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// countingReaderAt counts the bytes read from the file.
type countingReaderAt struct {
	r *bytes.Reader
	n atomic.Int64
}

func (c *countingReaderAt) ReadAt(p []byte, off int64) (int, error) {
	n, err := c.r.ReadAt(p, off)
	c.n.Add(int64(n))
	return n, err
}

// openObjStm opens testdata/objstm.pdf, made by qpdf --object-streams=generate
// from the annual report in testdata/corpus: its catalog, pages, fonts and
// page dictionaries all live in one compressed object stream.
func openObjStm(t *testing.T) (*Reader, *countingReaderAt) {
	t.Helper()
	data, err := os.ReadFile("testdata/objstm.pdf")
	require.NoError(t, err)
	f := &countingReaderAt{r: bytes.NewReader(data)}
	r, err := NewReader(f, int64(len(data)))
	require.NoError(t, err)
	return r, f
}

func TestObjectStreamInflatedOnce(t *testing.T) {
	r, f := openObjStm(t)
	pages := r.Trailer().Key("Root").Key("Pages")
	require.Equal(t, Dict, pages.Kind())
	require.Equal(t, 1, len(r.cache.stms), "the object stream is decoded and kept")
	read := f.n.Load()

	page := pages.Key("Kids").Index(0)
	font := page.Key("Resources").Key("Font")
	assert.Equal(t, Dict, page.Kind())
	assert.NotEmpty(t, font.Keys())
	for range 100 {
		pages.Key("Kids").Index(0).Key("Resources").Key("Font")
	}
	assert.Equal(t, read, f.n.Load(), "objects of a decoded stream are read from the cache, not the file")
	assert.Equal(t, 1, len(r.cache.stms))
}

// pageStrings is the strings a page's content stream shows, decoded by
// the page's fonts.
func pageStrings(p Page) []string {
	var out []string
	fonts := p.Resources().Key("Font")
	var enc TextEncoding = &nopEncoder{}
	Interpret(p.V.Key("Contents"), func(stk *Stack, op string) {
		args := make([]Value, stk.Len())
		for i := len(args) - 1; i >= 0; i-- {
			args[i] = stk.Pop()
		}
		switch {
		case op == "Tf" && len(args) == 2:
			f := Font{V: fonts.Key(args[0].Name())}
			enc = f.Encoder()
		case op == "Tj" && len(args) == 1:
			out = append(out, enc.Decode(args[0].RawString()))
		}
	})
	return out
}

func TestObjectStreamReadFromManyGoroutines(t *testing.T) {
	r, _ := openObjStm(t)
	want := pageStrings(Page{r.Trailer().Key("Root").Key("Pages").Key("Kids").Index(0)})
	require.NotEmpty(t, want)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			r.cache.reset()
			p := Page{r.Trailer().Key("Root").Key("Pages").Key("Kids").Index(0)}
			assert.Equal(t, want, pageStrings(p))
		})
	}
	wg.Wait()
}

func TestCacheBounds(t *testing.T) {
	var c cache
	for i := range maxCachedObjects + 10 {
		c.putObject(objptr{id: uint32(i)}, int64(i))
	}
	assert.LessOrEqual(t, len(c.objs), maxCachedObjects, "the object cache is emptied at its bound")
	_, ok := c.object(objptr{id: uint32(maxCachedObjects + 9)})
	assert.True(t, ok, "the latest object is kept")

	big := &objStm{data: make([]byte, maxCachedStmBytes/2+1)}
	c.putStream(objptr{id: 1}, big)
	c.putStream(objptr{id: 2}, big)
	assert.Nil(t, c.stream(objptr{id: 1}), "decoded streams past the byte bound are dropped")
	assert.Equal(t, big, c.stream(objptr{id: 2}))
	assert.LessOrEqual(t, c.stmBytes, maxCachedStmBytes)
}

func TestObjectStreamWithoutFirstPanics(t *testing.T) {
	data, err := os.ReadFile("testdata/objstm.pdf")
	require.NoError(t, err)
	bad := bytes.Replace(data, []byte("/First 38"), []byte("/First  0"), 1)
	require.NotEqual(t, data, bad)
	r, err := NewReader(bytes.NewReader(bad), int64(len(bad)))
	require.NoError(t, err, "the xref stream is intact")
	assert.PanicsWithValue(t, "missing First", func() { r.Trailer().Key("Root") },
		"a broken object stream panics, which the caller recovers as a malformed file")
}

var _ io.ReaderAt = (*countingReaderAt)(nil)

func TestUTF16DecodeOddLength(t *testing.T) {
	assert.Equal(t, "A", utf16Decode("\x00A\x00"), "an odd last byte is ignored, not read past")
	assert.Equal(t, "", utf16Decode("\x00"))
}

func TestInterpretSkipsInlineImage(t *testing.T) {
	content := "BT (before) Tj ET BI /W 4 /H 1 /BPC 8 /CS /G ID \x00>\xffEIX)>> EI\nBT (after) Tj ET"
	var ops []string
	b := newBuffer(bytes.NewReader([]byte(content)), 0)
	b.allowEOF, b.allowObjptr, b.allowStream = true, false, false
	for {
		tok := b.readToken()
		if tok == io.EOF {
			break
		}
		if kw, ok := tok.(keyword); ok {
			ops = append(ops, string(kw))
			if kw == "ID" {
				b.skipInlineImage()
			}
		}
	}
	assert.Equal(t, []string{"BT", "Tj", "ET", "BI", "ID", "BT", "Tj", "ET"}, ops,
		"the binary data, with '>' and a false EI inside, is skipped")
}

func TestInterpretBoundsDecodedBytes(t *testing.T) {
	old := maxInterpretBytes
	maxInterpretBytes = 64
	t.Cleanup(func() { maxInterpretBytes = old })
	r, _ := openObjStm(t)
	page := r.Trailer().Key("Root").Key("Pages").Key("Kids").Index(0)
	assert.Greater(t, page.Key("Contents").Key("Length").Int64(), int64(0))
	assert.PanicsWithError(t, "content stream larger than 64 bytes", func() {
		Interpret(page.Key("Contents"), func(*Stack, string) {})
	}, "a content stream decoding past the bound stops the page")
	maxInterpretBytes = 1 << 20
	assert.NotPanics(t, func() { Interpret(page.Key("Contents"), func(*Stack, string) {}) })
}
