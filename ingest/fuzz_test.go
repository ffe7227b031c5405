package ingest

import (
	"archive/zip"
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// makeZip builds a zip archive of the given members.
func makeZip(t testing.TB, files map[string]string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for name, data := range files {
		w, err := zw.Create(name)
		require.NoError(t, err)
		_, err = w.Write([]byte(data))
		require.NoError(t, err)
	}
	require.NoError(t, zw.Close())
	return b.Bytes()
}

// fuzzExtract checks that an extractor never panics and that whatever it
// returns is consistent.
func fuzzExtract(t *testing.T, e Extractor, data []byte) {
	ex, err := e.Extract("fuzz", data)
	if err != nil {
		require.Contains(t, err.Error(), "ingest: fuzz")
		return
	}
	extractionInvariants(t, data, ex)
	rangeInvariants(t, ex.Text, Chunk(ex, ChunkConfig{Size: 200, Overlap: 40, Min: 20}), ChunkConfig{Size: 200})
}

func FuzzHTML(f *testing.F) {
	f.Add([]byte("<title>a &amp; b</title><h1>x</h1><p>y &lt; z\n w</p><script>s</script><pre> a\n b</pre>"))
	f.Add([]byte("<p>&#x41;&#65;&bogus; &amp&lt;<b>b</b>c</p><h2><i>i</i></h2>"))
	f.Add([]byte("\xff<p>\xfe bad</p>"))
	f.Add(readTestdata(f, "corpus/site/index.html"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzExtract(t, htmlExtractor{}, data) })
}

func FuzzPDF(f *testing.F) {
	report := readTestdata(f, "corpus/reports/annual-report-1998.pdf")
	f.Add(report)
	f.Add(readTestdata(f, "bad/truncated.pdf"))
	f.Add([]byte("%PDF-1.4\n%%EOF"))
	f.Add(bytes.Replace(report, []byte("/Count 3"), []byte("/Count 99"), 1))
	f.Add(bytes.Replace(report, []byte("Tj"), []byte("TJ"), 3))
	// The same report with its objects packed in a compressed object stream
	// and an xref stream (qpdf --object-streams=generate).
	packed, err := os.ReadFile("internal/pdf/testdata/objstm.pdf")
	require.NoError(f, err)
	f.Add(packed)
	f.Add(pagesPDF([]string{"<< /Type /Font /Subtype /Type1 /BaseFont /X /Encoding << /Differences [58 /period 98 /fi] >> >>"},
		"BT /F1 12 Tf 72 700 Td (a:b) Tj ET", "BT /F1 12 Tf 72 700 Td [(c) -400 (d)] TJ ET"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzExtract(t, pdfExtractor{}, data) })
}

func FuzzDOCX(f *testing.F) {
	f.Add(readTestdata(f, "corpus/handbook.docx"))
	f.Add(readTestdata(f, "bad/corrupt.docx"))
	f.Add(makeZip(f, map[string]string{"word/document.xml": `<w:document><w:body><w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t>H</w:t></w:r></w:p><w:p><w:r><w:t>a<w:p><w:t>nested</w:t></w:p></w:t><w:tab/><w:br/></w:r></w:p></w:body></w:document>`}))
	f.Add(makeZip(f, map[string]string{"word/document.xml": `<w:p><w:t>unclosed`}))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzExtract(t, docxExtractor{}, data) })
}

func FuzzMarkdown(f *testing.F) {
	f.Add([]byte("# A\n\ntext\n\nB\n===\n\n```\n# no\n```\n## C ##\n"))
	f.Add([]byte("---\ntitle: x\n---\n# T\n"))
	f.Add(readTestdata(f, "corpus/README.md"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzText(t, markdownExtractor{}, data) })
}

func FuzzRST(f *testing.F) {
	f.Add([]byte("=====\nTitle\n=====\n\nSub\n---\n\nx\n"))
	f.Add(readTestdata(f, "corpus/standing-orders.rst"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzText(t, rstExtractor{}, data) })
}

// fuzzText checks a text-like extractor: the text is the input, or the
// input is rejected with a sentinel error.
func fuzzText(t *testing.T, e Extractor, data []byte) {
	ex, err := e.Extract("fuzz", data)
	if err != nil {
		require.True(t, errors.Is(err, ErrBinary) || errors.Is(err, ErrInvalidUTF8), err.Error())
		return
	}
	require.Equal(t, string(data), ex.Text)
	extractionInvariants(t, data, ex)
	for _, s := range ex.Sections {
		require.NotEmpty(t, s.Title)
	}
}

func FuzzChunk(f *testing.F) {
	f.Add("Dr. Smith went home. He slept!\n\nNext para, e.g. this one? Yes.", 20, 10, 5)
	f.Add("averyveryverylongwordwithoutanyspaceatallreally and then some", 8, 4, 0)
	f.Add("héllo wörld ünïcode 世界 текст "+"ü", 5, 2, 1)
	f.Add(string(readTestdata(f, "corpus/history.md")), 300, 60, 40)
	f.Fuzz(func(t *testing.T, text string, size, overlap, minLen int) {
		if size > 5000 || size < -5 || overlap > 5000 || minLen > 5000 {
			return
		}
		text = strings.ToValidUTF8(text, "\uFFFD") // extractors only make valid UTF-8
		cfg := ChunkConfig{Size: size, Overlap: max(overlap, 0), Min: max(minLen, 0)}
		ex, err := markdownExtractor{}.Extract("fuzz.md", []byte(text))
		if err != nil {
			ex = verbatim([]byte(text))
		}
		ranges := Chunk(ex, cfg)
		rangeInvariants(t, text, ranges, cfg)
		checkCoverage(t, text, ranges)
	})
}
