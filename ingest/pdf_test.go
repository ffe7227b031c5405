package ingest

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// onePagePDF builds a PDF whose single page has the given content stream,
// set in Helvetica (a standard font without a Widths array).
func onePagePDF(content string) []byte {
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
	}
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.Bytes()
}

func TestPDFTextLayout(t *testing.T) {
	tests := []struct {
		name, content, want string
	}{
		{"words placed apart on a line", "BT /F1 12 Tf 72 700 Td (Carrick) Tj 60 0 Td (Head) Tj ET", "Carrick Head"},
		{"kerning gap in TJ", "BT /F1 12 Tf 72 700 Td [(Gannet) -400 (Rock) 20 (s)] TJ ET", "Gannet Rocks"},
		{"letters placed one by one", "BT /F1 12 Tf 72 700 Td (L) Tj 6 0 Td (a) Tj 6 0 Td (mp) Tj ET", "Lamp"},
		{"new line by Tm", "BT /F1 12 Tf 1 0 0 1 72 700 Tm (one) Tj 1 0 0 1 72 686 Tm (two) Tj ET", "one\ntwo"},
		{"paragraph gap", "BT /F1 10 Tf 14 TL 72 700 Td (one) Tj T* T* (two) ' ET", "one\n\ntwo"},
		{"separate text objects", "BT /F1 12 Tf 72 700 Td (top) Tj ET BT /F1 12 Tf 72 600 Td (bottom) Tj ET", "top\n\nbottom"},
		{"scaled font via Tm", "BT /F1 1 Tf 12 0 0 12 72 700 Tm (big) Tj 0 -1.2 Td (next) Tj ET", "big\nnext"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := onePagePDF(tt.content)
			_, ex, err := Extract("t.pdf", data)
			require.NoError(t, err)
			assert.Equal(t, tt.want, ex.Text)
			assert.Equal(t, 1, ex.Pages)
		})
	}
}

func TestPDFCyclicPageTree(t *testing.T) {
	data := onePagePDF("BT /F1 12 Tf 72 700 Td (x) Tj ET")
	data = bytes.Replace(data, []byte("/Kids [3 0 R]"), []byte("/Kids [2 0 R]"), 1)
	_, _, err := Extract("cyclic.pdf", data)
	assert.ErrorIs(t, err, ErrNoText, "a page tree that loops ends without pages")
}
