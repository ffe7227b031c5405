package ingest

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/ingest/internal/pdf"
)

// helvetica is a standard font without a Widths array.
const helvetica = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"

// onePagePDF builds a PDF whose single page has the given content stream,
// set in Helvetica.
func onePagePDF(content string) []byte {
	return pagesPDF([]string{helvetica}, content)
}

// pagesPDF builds a PDF with one page per content stream, all using the
// font F1: object 3, followed by the other objects of fontObjs (which may
// refer to each other as 4 0 R, 5 0 R, ...).
func pagesPDF(fontObjs []string, contents ...string) []byte {
	first := 3 + len(fontObjs) // object number of the first page
	var kids []string
	for i := range contents {
		kids = append(kids, fmt.Sprintf("%d 0 R", first+2*i))
	}
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), len(contents)),
	}
	objs = append(objs, fontObjs...)
	for i, c := range contents {
		objs = append(objs,
			fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>", first+2*i+1),
			streamObj("", c))
	}
	return buildPDF(objs)
}

// streamObj is an uncompressed stream object with extra dictionary entries.
func streamObj(dict, data string) string {
	return fmt.Sprintf("<< /Length %d %s >>\nstream\n%s\nendstream", len(data), dict, data)
}

// buildPDF writes objs as objects 1, 2, ... of a PDF with a classic
// cross-reference table; object 1 is the catalog.
func buildPDF(objs []string) []byte {
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
	data = bytes.Replace(data, []byte("/Kids [4 0 R]"), []byte("/Kids [2 0 R]"), 1)
	_, _, err := Extract("cyclic.pdf", data)
	assert.ErrorIs(t, err, ErrNoText, "a page tree that loops ends without pages")
}

func TestPDFFontDecoding(t *testing.T) {
	const show = "BT /F1 12 Tf 72 700 Td (a:b) Tj ET"
	type1 := func(dict string) string {
		return "<< /Type /Font /Subtype /Type1 /BaseFont /CMMI10 /FontDescriptor 4 0 R " + dict + " >>"
	}
	descriptor := "<< /Type /FontDescriptor /FontName /CMMI10 /FontFile 5 0 R >>"
	// The clear-text head of a Type 1 program, as TeX's CMMI10 has it:
	// code 58 (':') draws a period.
	program := streamObj("/Length1 80 /Length2 0 /Length3 0",
		"%!PS-AdobeFont-1.0: CMMI10\n/Encoding 256 array\ndup 58 /period put\nreadonly def\ncurrentfile eexec\n")
	toUnicode := streamObj("", "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"+
		"1 begincodespacerange <00> <FF> endcodespacerange\n"+
		"2 beginbfchar <3A> <002D> <61> <0041> endbfchar\nendcmap end end")
	tests := []struct {
		name string
		objs []string
		want string
	}{
		{"no encoding: PDFDocEncoding", []string{helvetica}, "a:b"},
		{"Differences over the standard base", []string{
			"<< /Type /Font /Subtype /Type1 /BaseFont /X /Encoding << /Differences [58 /period 98 /fi] >> >>"}, "a.\ufb01"},
		{"built-in encoding of the embedded Type 1 program", []string{type1(""), descriptor, program}, "a.b"},
		{"Differences win over the built-in encoding", []string{
			type1("/Encoding << /Differences [58 /colon] >>"), descriptor, program}, "a:b"},
		{"ToUnicode wins over everything", []string{
			type1("/ToUnicode 6 0 R /Encoding << /Differences [58 /colon] >>"), descriptor, program, toUnicode}, "A-b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := pagesPDF(tt.objs, show)
			doc, err := newTestPDFDoc(data)
			require.NoError(t, err)
			texts, err := doc.doc.pageTexts(doc.pages, 1)
			require.NoError(t, err)
			assert.Equal(t, tt.want, texts[0])
		})
	}
}

func TestPDFPagesInParallelKeepOrder(t *testing.T) {
	var contents []string
	for i := range 40 {
		contents = append(contents, fmt.Sprintf("BT /F1 12 Tf 72 700 Td (page %d) Tj ET", i+1))
	}
	contents[6] = "" // an empty page keeps its number
	_, ex, err := Extract("many.pdf", pagesPDF([]string{helvetica}, contents...))
	require.NoError(t, err)
	assert.Equal(t, 40, ex.Pages)
	require.Len(t, ex.Map, 39)
	for _, seg := range ex.Map {
		assert.Equal(t, fmt.Sprintf("page %d", seg.Page), ex.Text[seg.Start:seg.End])
	}
	assert.Equal(t, 8, ex.Map[6].Page)
}

func TestPDFBrokenPageFailsDocument(t *testing.T) {
	page := "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>"
	data := buildPDF([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [4 0 R 6 0 R] /Count 2 >>",
		helvetica,
		fmt.Sprintf(page, 5),
		streamObj("", "BT /F1 12 Tf 72 700 Td (fine) Tj ET"),
		fmt.Sprintf(page, 7),
		streamObj("/Filter /FlateDecode", "not zlib at all"),
	})
	_, _, err := Extract("broken.pdf", data)
	assert.ErrorIs(t, err, ErrMalformed, "a page that breaks the parser on a worker goroutine fails the file, not the process")
	assert.ErrorContains(t, err, "broken.pdf")
}

func TestPDFObjectStreamFile(t *testing.T) {
	orig := readTestdata(t, "corpus/reports/annual-report-1998.pdf")
	packed, err := os.ReadFile("internal/pdf/testdata/objstm.pdf")
	require.NoError(t, err)
	_, want, err := Extract("a.pdf", orig)
	require.NoError(t, err)
	_, got, err := Extract("b.pdf", packed)
	require.NoError(t, err)
	assert.Equal(t, want.Text, got.Text, "object streams (qpdf --object-streams=generate) give the same text")
	assert.Equal(t, want.Map, got.Map)
}

// testPDFDoc is a parsed PDF's pages and a fresh document cache.
type testPDFDoc struct {
	doc   *pdfDoc
	pages []pdf.Page
}

func newTestPDFDoc(data []byte) (testPDFDoc, error) {
	r, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return testPDFDoc{}, err
	}
	return testPDFDoc{newPDFDoc(), pdfPages(r.Trailer().Key("Root").Key("Pages"), 0, nil)}, nil
}

func TestPDFFormXObjectText(t *testing.T) {
	page := "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 3 0 R >> /XObject << /Fm1 6 0 R >> >> /Contents 5 0 R >>"
	form := func(content string) string {
		return streamObj("/Type /XObject /Subtype /Form /BBox [0 0 200 200] /Resources << /Font << /F1 3 0 R >> /XObject << /Fm1 6 0 R /Fm2 7 0 R >> >>", content)
	}
	tests := []struct {
		name, fm1, fm2, want string
	}{
		{"figure text between paragraphs", "BT /F1 12 Tf 10 10 Td (inside) Tj ET", "", "Figure 1:\ninside\n\nafter"},
		{"a form that draws itself", "BT /F1 12 Tf 10 10 Td (inside) Tj ET /Fm1 Do", "", "Figure 1:\ninside\n\nafter"},
		{"two forms that draw each other", "BT /F1 12 Tf 10 10 Td (one) Tj ET /Fm2 Do", "BT /F1 12 Tf 10 10 Td (two) Tj ET /Fm1 Do", "Figure 1:\none\ntwo\n\nafter"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := buildPDF([]string{
				"<< /Type /Catalog /Pages 2 0 R >>",
				"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
				helvetica,
				page,
				streamObj("", "BT /F1 12 Tf 72 700 Td (Figure 1:) Tj ET /Fm1 Do BT /F1 12 Tf 72 500 Td (after) Tj ET"),
				form(tt.fm1),
				form(tt.fm2),
			})
			_, ex, err := Extract("form.pdf", data)
			require.NoError(t, err)
			assert.Equal(t, tt.want, ex.Text)
		})
	}
}

func TestPDFFormFanOutBounded(t *testing.T) {
	// Each form draws the next one 16 times: 16^8 drawings unbounded.
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
		helvetica,
		"<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 3 0 R >> /XObject << /X 6 0 R >> >> /Contents 5 0 R >>",
		streamObj("", "/X Do"),
	}
	for i := range 10 {
		next := fmt.Sprintf("%d 0 R", 7+i)
		objs = append(objs, streamObj("/Subtype /Form /Resources << /Font << /F1 3 0 R >> /XObject << /X "+next+" >> >>",
			"BT /F1 12 Tf 10 10 Td (x) Tj ET"+strings.Repeat(" /X Do", 16)))
	}
	_, ex, err := Extract("fan.pdf", buildPDF(objs))
	require.NoError(t, err)
	assert.LessOrEqual(t, strings.Count(ex.Text, "x"), maxPDFForms)
}

func TestPDFInlineImage(t *testing.T) {
	content := "BT /F1 12 Tf 72 700 Td (before) Tj ET q BI /W 4 /H 1 /BPC 8 /CS /G ID \x00>\xff) EI\nQ BT /F1 12 Tf 72 686 Td (after) Tj ET"
	_, ex, err := Extract("img.pdf", onePagePDF(content))
	require.NoError(t, err, "binary inline image data is not parsed as tokens")
	assert.Equal(t, "before\nafter", ex.Text)
}
