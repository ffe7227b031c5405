package corpus

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseRef(t *testing.T) {
	tests := []struct {
		in      string
		want    Ref
		wantErr bool
	}{
		{in: "3fa2c1d0e9ab41c2-7", want: Ref{Kind: RefPassage, ID: "3fa2c1d0e9ab41c2-7"}},
		{in: "3FA2C1D0E9AB41C2-7", want: Ref{Kind: RefPassage, ID: "3fa2c1d0e9ab41c2-7"}}, // retyped in capitals
		{in: "notes/a.md", want: Ref{Kind: RefFile, Path: "notes/a.md"}},
		{in: "notes/a.md:12", want: Ref{Kind: RefLines, Path: "notes/a.md", From: 12, To: 12}},
		{in: "notes/a.md:12-14", want: Ref{Kind: RefLines, Path: "notes/a.md", From: 12, To: 14}},
		{in: "c:/x/a.md:3", want: Ref{Kind: RefLines, Path: "c:/x/a.md", From: 3, To: 3}},
		{in: "paper.pdf:p3", want: Ref{Kind: RefPages, Path: "paper.pdf", From: 3, To: 3}},
		{in: "paper.pdf:p3-4", want: Ref{Kind: RefPages, Path: "paper.pdf", From: 3, To: 4}},
		{in: "a.md@0-40", want: Ref{Kind: RefBytes, Path: "a.md", From: 0, To: 40}},
		{in: "r.docx:¶4-6", want: Ref{Kind: RefParas, Path: "r.docx", From: 4, To: 6}},
		{in: "r.docx:¶2", want: Ref{Kind: RefParas, Path: "r.docx", From: 2, To: 2}},
		{in: "b.epub:EPUB/text/ch002.xhtml¶4", want: Ref{Kind: RefParas, Path: "b.epub", Part: "EPUB/text/ch002.xhtml", From: 4, To: 4}},
		{in: "b.epub:ch 2.xhtml ¶4-5", want: Ref{Kind: RefParas, Path: "b.epub", Part: "ch 2.xhtml", From: 4, To: 5}},
		{in: "c:/x/b.epub:ch.xhtml¶1", want: Ref{Kind: RefParas, Path: "c:/x/b.epub", Part: "ch.xhtml", From: 1, To: 1}},
		{in: "deck.pptx:slide 3", want: Ref{Kind: RefSlides, Path: "deck.pptx", From: 3, To: 3}},
		{in: "deck.pptx:slide3-4", want: Ref{Kind: RefSlides, Path: "deck.pptx", From: 3, To: 4}},
		{in: "s.xlsx:Sheet1!12", want: Ref{Kind: RefRows, Path: "s.xlsx", Part: "Sheet1", From: 12, To: 12}},
		{in: "s.xlsx:Tide gauges!2-11", want: Ref{Kind: RefRows, Path: "s.xlsx", Part: "Tide gauges", From: 2, To: 11}},
		{in: "s.xlsx:Wow!Big!7", want: Ref{Kind: RefRows, Path: "s.xlsx", Part: "Wow!Big", From: 7, To: 7}},
		{in: "data.csv:12", want: Ref{Kind: RefLines, Path: "data.csv", From: 12, To: 12}},
		{in: "deck.pptx:slide 0", wantErr: true},
		{in: "s.xlsx:Sheet1!0", wantErr: true},
		{in: "b.epub:c.xhtml¶3-2", wantErr: true},
		{in: "a.md:0", wantErr: true},
		{in: "a.md:9-3", wantErr: true},
		{in: "  ", wantErr: true},
		{in: "a.md:99999999999999999999", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseRef(tt.in)
			if tt.wantErr {
				require.Error(t, err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestLines(t *testing.T) {
	data := []byte("one\ntwo\r\nthree\nfour")
	tests := []struct {
		from, to int
		want     string
		wantErr  bool
	}{
		{1, 1, "one\n", false},
		{2, 3, "two\r\nthree\n", false},
		{4, 4, "four", false},
		{3, 9, "three\nfour", false},
		{5, 5, "", true},
	}
	for _, tt := range tests {
		got, err := Lines(data, tt.from, tt.to)
		if tt.wantErr {
			assert.Error(t, err, "%d-%d", tt.from, tt.to)
			continue
		}
		require.NoError(t, err)
		assert.Equal(t, tt.want, string(got), "%d-%d", tt.from, tt.to)
	}
}

// A line past the end is refused with the number of lines the file has:
// a final line ending does not start another line.
func TestLinesPastTheEnd(t *testing.T) {
	tests := []struct {
		data string
		from int
		want string
	}{
		{"one\ntwo\n", 3, "corpus: line 3 is past the end (2 lines)"},
		{"one\ntwo", 3, "corpus: line 3 is past the end (2 lines)"},
		{"one\ntwo\n", 9, "corpus: line 9 is past the end (2 lines)"},
		{"one\n", 2, "corpus: line 2 is past the end (1 line)"},
		{"\n\n", 3, "corpus: line 3 is past the end (2 lines)"},
	}
	for _, tt := range tests {
		t.Run(tt.data, func(t *testing.T) {
			_, err := Lines([]byte(tt.data), tt.from, tt.from)
			assert.EqualError(t, err, tt.want)
		})
	}
}

// A number too large for an int names the number, not strconv.
func TestParseRefNumberTooLarge(t *testing.T) {
	_, err := ParseRef("a.md:99999999999999999999")
	assert.EqualError(t, err, `corpus: reference "a.md:99999999999999999999": 99999999999999999999 is too large`)
	_, err = ParseRef("a.md:1-99999999999999999999")
	assert.EqualError(t, err, `corpus: reference "a.md:1-99999999999999999999": 99999999999999999999 is too large`)
}

func FuzzParseRef(f *testing.F) {
	for _, s := range []string{"a.md:1-2", "x.pdf:p2", "a@1-2", "0123456789abcdef-1", "::", ":p", "@-", "d.pptx:slide 2", "s.xlsx:S!3-4", "b.epub:c.xhtml¶2", "r.docx:¶1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := ParseRef(s)
		if err != nil {
			return
		}
		if r.Kind != RefBytes && r.Kind != RefFile && r.Kind != RefPassage {
			assert.GreaterOrEqual(t, r.From, 1)
		}
		assert.GreaterOrEqual(t, r.To, r.From)
	})
}

func FuzzLines(f *testing.F) {
	f.Add([]byte("a\nb\nc"), 1, 2)
	f.Add([]byte(""), 1, 1)
	f.Fuzz(func(t *testing.T, data []byte, from, to int) {
		if from < 1 || to < from {
			return
		}
		got, err := Lines(data, from, to)
		if err == nil {
			assert.True(t, len(got) <= len(data))
		}
	})
}

// TestSpanStringParsesBack: every reference a citation prints can be handed
// back to ParseRef (and so to verbatim show).
func TestSpanStringParsesBack(t *testing.T) {
	tests := []struct {
		span Span
		kind RefKind
	}{
		{Span{Path: "a/b.md", LineStart: 3, LineEnd: 5}, RefLines},
		{Span{Path: "a/b.md", LineStart: 3, LineEnd: 3}, RefLines},
		{Span{Path: "p.pdf", PageStart: 2, PageEnd: 4}, RefPages},
		{Span{Path: "r.docx", ParaStart: 1, ParaEnd: 2}, RefParas},
		{Span{Path: "b.epub", Part: "EPUB/text/ch002.xhtml", ParaStart: 4, ParaEnd: 4}, RefParas},
		{Span{Path: "d.pptx", SlideStart: 3, SlideEnd: 3}, RefSlides},
		{Span{Path: "d.pptx", SlideStart: 3, SlideEnd: 5}, RefSlides},
		{Span{Path: "s.xlsx", Part: "Tide gauges", RowStart: 2, RowEnd: 11}, RefRows},
		{Span{Path: "x.bin", Start: 10, End: 90}, RefBytes},
	}
	for _, tt := range tests {
		ref, err := ParseRef(tt.span.String())
		require.NoError(t, err, tt.span.String())
		assert.Equal(t, tt.kind, ref.Kind, tt.span.String())
		assert.Equal(t, tt.span.Path, ref.Path)
		assert.Equal(t, tt.span.Part, ref.Part)
		if ref.Kind != RefBytes {
			assert.Equal(t, []int{tt.span.ParaStart + tt.span.SlideStart + tt.span.RowStart + tt.span.PageStart + tt.span.LineStart, max(tt.span.ParaEnd+tt.span.SlideEnd+tt.span.RowEnd+tt.span.PageEnd+tt.span.LineEnd, ref.From)}, []int{ref.From, ref.To}, tt.span.String())
		}
	}
}
