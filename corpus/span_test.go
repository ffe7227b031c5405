package corpus

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestLocateIdentity(t *testing.T) {
	text := "alpha\nbeta gamma\ndelta\n"
	m := IdentityMap(len(text))
	tests := []struct {
		name             string
		start, end       int
		lineStart, lnEnd int
	}{
		{"first word", 0, 5, 1, 1},
		{"second line", 6, 16, 2, 2},
		{"across lines", 8, 22, 2, 3},
		{"ends on newline", 0, 6, 1, 1},
		{"empty at end", 23, 23, 4, 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sp := m.Locate(text, tt.start, tt.end)
			assert.Equal(t, tt.lineStart, sp.LineStart)
			assert.Equal(t, tt.lnEnd, sp.LineEnd)
			assert.Equal(t, int64(tt.start), sp.SrcStart)
			assert.Equal(t, int64(tt.end), sp.SrcEnd)
		})
	}
}

func TestLocatePagesAndSegments(t *testing.T) {
	text := "page one text\n\npage two text"
	m := SourceMap{
		{Start: 0, End: 13, SrcStart: -1, SrcEnd: -1, Page: 1},
		{Start: 15, End: 28, SrcStart: -1, SrcEnd: -1, Page: 2},
	}
	sp := m.Locate(text, 5, 20)
	assert.Equal(t, 1, sp.PageStart)
	assert.Equal(t, 2, sp.PageEnd)
	assert.Equal(t, int64(-1), sp.SrcStart)
	sp.Path = "x.pdf"
	assert.Equal(t, "x.pdf:p1-2", sp.String())

	// An HTML-like map: the second run was rewritten (an entity), so its
	// source range is reported whole.
	html := "Title\nA &amp; B"
	m = SourceMap{
		{Start: 0, End: 5, SrcStart: 7, SrcEnd: 12, Line: 1, EndLine: 1, Verbatim: true},
		{Start: 6, End: 11, SrcStart: 30, SrcEnd: 43, Line: 3, EndLine: 4},
	}
	sp = m.Locate(html, 1, 9)
	assert.Equal(t, int64(8), sp.SrcStart)
	assert.Equal(t, int64(43), sp.SrcEnd)
	assert.Equal(t, 1, sp.LineStart)
	assert.Equal(t, 4, sp.LineEnd)
}

func TestSpanString(t *testing.T) {
	assert.Equal(t, "a.md:3", Span{Path: "a.md", LineStart: 3, LineEnd: 3}.String())
	assert.Equal(t, "a.md:3-5", Span{Path: "a.md", LineStart: 3, LineEnd: 5}.String())
	assert.Equal(t, "r.docx:¶2-4", Span{Path: "r.docx", ParaStart: 2, ParaEnd: 4}.String())
	assert.Equal(t, "x@4-9", Span{Path: "x", Start: 4, End: 9}.String())
}

func TestPassageID(t *testing.T) {
	id := PassageID(DocID("/a/b.md"), 12)
	doc, ord, err := SplitPassageID(id)
	assert.NoError(t, err)
	assert.Equal(t, DocID("/a/b.md"), doc)
	assert.Equal(t, 12, ord)
	_, _, err = SplitPassageID("nodash")
	assert.Error(t, err)
	_, err = ParseRef(id)
	assert.NoError(t, err)
}

// TestLocateRepeatedHeader: a table passage starts with a copy of the
// header row; its span cites the rows, while a span inside the header
// alone cites the header.
func TestLocateRepeatedHeader(t *testing.T) {
	// src: "a,b\n1,2\n3,4\n"; the text repeats the header before row 3.
	text := "a,b\n1,2\n\na,b\n3,4"
	m := SourceMap{
		{Start: 0, End: 3, SrcStart: 0, SrcEnd: 3, Line: 1, EndLine: 1, Verbatim: true, Repeat: true},
		{Start: 4, End: 7, SrcStart: 4, SrcEnd: 7, Line: 2, EndLine: 2, Verbatim: true},
		{Start: 9, End: 12, SrcStart: 0, SrcEnd: 3, Line: 1, EndLine: 1, Verbatim: true, Repeat: true},
		{Start: 13, End: 16, SrcStart: 8, SrcEnd: 11, Line: 3, EndLine: 3, Verbatim: true},
	}
	tests := []struct {
		name           string
		start, end     int
		want           string
		srcStart, srcE int64
	}{
		{"first group", 0, 7, "t.csv:2", 4, 7},
		{"second group", 9, 16, "t.csv:3", 8, 11},
		{"header alone", 9, 12, "t.csv:1", 0, 3},
		{"row alone", 14, 16, "t.csv:3", 9, 11},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sp := m.Locate(text, tt.start, tt.end)
			sp.Path = "t.csv"
			assert.Equal(t, tt.want, sp.String())
			assert.Equal(t, tt.srcStart, sp.SrcStart)
			assert.Equal(t, tt.srcE, sp.SrcEnd)
		})
	}
}

func TestLocatePartsSlidesRows(t *testing.T) {
	text := "h\nr2\nr3\n\nslide"
	rows := SourceMap{
		{Start: 0, End: 1, SrcStart: -1, SrcEnd: -1, Part: "Tides", Row: 1, Repeat: true},
		{Start: 2, End: 4, SrcStart: -1, SrcEnd: -1, Part: "Tides", Row: 2},
		{Start: 5, End: 7, SrcStart: -1, SrcEnd: -1, Part: "Tides", Row: 3},
	}
	sp := rows.Locate(text, 0, 7)
	sp.Path = "s.xlsx"
	assert.Equal(t, "s.xlsx:Tides!2-3", sp.String())

	slides := SourceMap{{Start: 0, End: 7, SrcStart: -1, SrcEnd: -1, Slide: 1}, {Start: 9, End: 14, SrcStart: -1, SrcEnd: -1, Slide: 2}}
	sp = slides.Locate(text, 9, 14)
	sp.Path = "d.pptx"
	assert.Equal(t, "d.pptx:slide 2", sp.String())

	chapters := SourceMap{{Start: 0, End: 7, SrcStart: -1, SrcEnd: -1, Part: "EPUB/text/ch001.xhtml", Para: 3}}
	sp = chapters.Locate(text, 2, 4)
	sp.Path = "b.epub"
	assert.Equal(t, "b.epub:EPUB/text/ch001.xhtml¶3", sp.String())
}
