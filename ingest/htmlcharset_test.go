package ingest

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestHTMLCharset: a page written in a single-byte charset (its meta
// charset, or windows-1252 as browsers assume) is decoded, and its
// citations point at the original bytes; the text lost "é" to U+FFFD
// and the title kept a byte that is not UTF-8.
func TestHTMLCharset(t *testing.T) {
	tests := []struct {
		name, in     string
		title, quote string // quote: a run of the text, with its original bytes
		raw          string
	}{
		{"meta charset", "<html><head><meta charset=\"iso-8859-1\"><title>Caf\xe9</title></head>\n<body><p>The Caf\xe9 Rhone serves 12 teas.</p></body></html>",
			"Café", "The Café Rhone serves 12 teas.", "The Caf\xe9 Rhone serves 12 teas."},
		{"http-equiv", "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"><title>Quotes</title></head><body>\n<p>\x93Na\xefve\x94 costs \x8030.</p></body></html>",
			"Quotes", "“Naïve” costs €30.", "\x93Na\xefve\x94 costs \x8030."},
		{"no declaration", "<p>Gr\xfc\xdfe aus K\xf6ln</p>", "", "Grüße aus Köln", "Gr\xfc\xdfe aus K\xf6ln"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ex, err := Extract("page.html", []byte(tt.in))
			require.NoError(t, err)
			extractionInvariants(t, []byte(tt.in), ex)
			assert.Equal(t, tt.title, ex.Title)
			assert.Equal(t, tt.quote, ex.Text)
			sp := ex.Map.Locate(ex.Text, 0, len(ex.Text))
			require.GreaterOrEqual(t, sp.SrcStart, int64(0))
			assert.Equal(t, tt.raw, tt.in[sp.SrcStart:sp.SrcEnd], "the citation's bytes are the original's")
		})
	}
}

// TestStrayBytes: UTF-8 or ASCII text with a few bytes of another
// encoding (a BibTeX file whose abstract quotes with Shift_JIS's "\x81g …
// \x81h") is read as windows-1252, its citations still pointing at the
// original bytes (the lines that hold a quote), its UTF-8 read as UTF-8, whether its extension names a text format or none does;
// a file in another encoding throughout is still left out with the reason.
func TestStrayBytes(t *testing.T) {
	filler := strings.Repeat("@article{key, title = {Le café crème de Müller}, year = 1999}\n", 20)
	line := "  abstract = {under a mild \x81gno worst alternative\x81h condition},\n"
	in := filler + line + filler
	for _, name := range []string{"econ.bib", "notes.txt", "refs.md"} {
		t.Run(name, func(t *testing.T) {
			require.True(t, looksLikeText([]byte(in)), "no extension claims .bib: it is sniffed as text")
			_, ex, err := Extract(name, []byte(in))
			require.NoError(t, err)
			extractionInvariants(t, []byte(in), ex)
			assert.Contains(t, ex.Text, "Le café crème de Müller", "the file's UTF-8 stays UTF-8: only the stray bytes are read otherwise")
			assert.Contains(t, ex.Text, "mild \ufffdgno", "a stray byte as windows-1252 reads it (0x81 is no character there)")
			cafe := strings.LastIndex(ex.Text, "café crème")
			sp := ex.Map.Locate(ex.Text, cafe, cafe+len("café crème"))
			assert.Contains(t, in[sp.SrcStart:sp.SrcEnd], "café crème", "after the stray bytes, the source map still counts the original bytes")
			at := strings.Index(ex.Text, "under a mild")
			require.GreaterOrEqual(t, at, 0)
			end := at + strings.Index(ex.Text[at:], "condition") + len("condition")
			sp = ex.Map.Locate(ex.Text, at, end)
			assert.Equal(t, line, in[sp.SrcStart:sp.SrcEnd], "the citation's bytes are the original's: the line that holds the quote (a decoded text maps line by line)")
			assert.Equal(t, strings.Count(filler, "\n")+1, sp.LineStart)
		})
	}
	latin1 := strings.Repeat("Caf\xe9 cr\xe8me br\xfbl\xe9e. ", 40)
	_, _, err := Extract("menu.txt", []byte(latin1))
	assert.ErrorIs(t, err, ErrInvalidUTF8, "a Latin-1 file throughout: which encoding cannot be told; convert it")
	assert.False(t, strayBytes([]byte("plain")))
	assert.False(t, strayBytes([]byte(strings.Repeat("a\xe9", 200))), "one byte in two is no stray byte")
}
