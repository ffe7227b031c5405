package ingest

import (
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
