package ingest

import (
	"archive/zip"
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

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
	ranges := Chunk(ex, ChunkConfig{Size: 200, Overlap: 40, Min: 20})
	rangeInvariants(t, ex.Text, ranges, ChunkConfig{Size: 200})
	for _, r := range ranges {
		for _, b := range ex.Breaks {
			require.False(t, r.Start < b && b < r.End, "range %v crosses the break at %d", r, b)
		}
	}
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

func FuzzEPUB(f *testing.F) {
	f.Add(readTestdata(f, "formats/keepers-journal.epub"))
	f.Add(makeZip(f, map[string]string{
		"META-INF/container.xml": `<container><rootfiles><rootfile full-path="a/b.opf"/></rootfiles></container>`,
		"a/b.opf":                `<package><manifest><item id="c" href="../c.xhtml" media-type="application/xhtml+xml"/></manifest><spine><itemref idref="c"/><itemref idref="c"/></spine></package>`,
		"c.xhtml":                `<h1>T</h1><p>a &amp; b</p><pre>x\n\ny</pre>`,
	}))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzExtract(t, epubExtractor{}, data) })
}

func FuzzODT(f *testing.F) {
	f.Add(readTestdata(f, "formats/harbour-rules.odt"))
	f.Add(makeZip(f, map[string]string{"content.xml": `<r><text:h text:outline-level="12">H</text:h><text:p>a<text:s text:c="-4"/><text:note><text:p>n<text:p>deep</text:p></text:p></text:note></text:p></r>`}))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzExtract(t, odtExtractor{}, data) })
}

func FuzzPPTX(f *testing.F) {
	f.Add(readTestdata(f, "formats/signal-deck.pptx"))
	f.Add(makeZip(f, map[string]string{
		"ppt/presentation.xml":            `<p:presentation xmlns:p="p" xmlns:r="r"><p:sldIdLst><p:sldId r:id="a"/><p:sldId r:id="a"/></p:sldIdLst></p:presentation>`,
		"ppt/_rels/presentation.xml.rels": `<Relationships><Relationship Id="a" Type="x/slide" Target="../../../s.xml"/></Relationships>`,
		"s.xml":                           `<p:sp><p:ph type="title"/><a:p><a:t>T</a:t><a:br/></a:p></p:sp><p:sp><p:sp><a:p><a:t>x</a:t></a:p></p:sp>`,
	}))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzExtract(t, pptxExtractor{}, data) })
}

func FuzzXLSX(f *testing.F) {
	f.Add(readTestdata(f, "formats/tide-gauges.xlsx"))
	f.Add(makeZip(f, map[string]string{
		"xl/workbook.xml":            `<workbook xmlns:r="r"><sheets><sheet name="" r:id="a"/><sheet name="S" r:id="a"/></sheets></workbook>`,
		"xl/_rels/workbook.xml.rels": `<Relationships><Relationship Id="a" Type="x/worksheet" Target="s.xml"/><Relationship Id="b" Type="x/sharedStrings" Target="ss.xml"/></Relationships>`,
		"xl/ss.xml":                  `<sst><si><t>a</t><rPh><t>b</t></rPh></si><si>`,
		"xl/s.xml":                   `<sheetData><row r="-3"><c r="ZZZZZZZZ1" t="s"><v>0</v></c><c t="s"><v>7</v></c></row><row><c r="A9"><v>1</v><v>2</v></c></row></sheetData>`,
	}))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzExtract(t, xlsxExtractor{}, data) })
}

func FuzzCSV(f *testing.F) {
	f.Add(readTestdata(f, "formats/tide-gauges.csv"))
	f.Add([]byte("\ufeffa;b\r\n\r\n\"x\"\"\n;y\r\n,\n\"unterminated"))
	f.Add([]byte("a\tb\n1\t\"2\n"))
	f.Add([]byte("# tzdb\ttimezone descriptions\n#\n#country-\n#code\tcoordinates\tTZ\t\t\tcomments\nAD\t+4230+00131\tEurope/Andorra\nAQ\t-6617+11031\tAntarctica/Casey\tCasey\n# a note\n")) // a header at the end of the opening notes
	f.Fuzz(func(t *testing.T, data []byte) {
		ex, err := csvExtractor{}.Extract("fuzz", data)
		if err != nil {
			require.True(t, errors.Is(err, ErrBinary) || errors.Is(err, ErrInvalidUTF8) || errors.Is(err, ErrNoText) || errors.Is(err, ErrMalformed), err.Error())
			return
		}
		fuzzExtract(t, csvExtractor{}, data)
		for i, s := range ex.Map {
			require.True(t, s.Verbatim && s.Line >= 1 && s.EndLine >= s.Line, "segment %d %+v", i, s)
		}
	})
}

func FuzzMarkdown(f *testing.F) {
	f.Add([]byte("# A\n\ntext\n\nB\n===\n\n```\n# no\n```\n## C ##\n"))
	f.Add([]byte("---\ntitle: x\n---\n# T\n"))
	f.Add(readTestdata(f, "corpus/README.md"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzText(t, markdownExtractor{}, data) })
}

func FuzzText(f *testing.F) {
	f.Add([]byte(usbOutline(12)))
	f.Add([]byte("0001  A\n\t0002  B\n\t= note\n  0003  C\n\n# c\n\t0004  D\r\n0005\n"))
	f.Add([]byte("Chapter 1. A\n\n1. B\n\n\n1.1. C\n\nTable 1.1. T\n\n┌─┬─┐\n│a│b│\n│ │c│\n├─┼─┤\n│1│2│\n└─┴─┘\n\n2. D\n\n┌\n│x│\n"))
	f.Add([]byte("# ISO 639-1 Language specifications\n# code:Language\n" + strings.Repeat("aa:Afar\n", 12))) // a header at the end of the opening notes
	f.Fuzz(func(t *testing.T, data []byte) { fuzzText(t, textExtractor{}, data) })
}

func FuzzRST(f *testing.F) {
	f.Add([]byte("=====\nTitle\n=====\n\nSub\n---\n\nx\n"))
	f.Add(readTestdata(f, "corpus/standing-orders.rst"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzText(t, rstExtractor{}, data) })
}

func FuzzPOD(f *testing.F) {
	f.Add([]byte(glossaryPOD))
	f.Add(readTestdata(f, "formats/lampcheck.pod"))
	f.Add([]byte("=pod\n\nB<I<x>> C<< $a <=> $b >> L<t|perlsyn/\"For Loops\"> L</x> E<lt>E<0x263A>E<bad> X<i>Z<>\n\n    verbatim B<x>\n\n=over\n\n=item *\n\none\n\n=back"))
	f.Add([]byte("=begin html\n\n<p>\n\n=end html\n\n=for :x B<y>\n\n=begin text\n\nraw\n\n=cut\ncode\n=head2 B<unclosed C<<< x\n\n= stray\n=head7"))
	f.Add([]byte("\ufeff=head1 T\r\n\r\nL<C<a>|b/c> L<a/C<b>> C<<<<\tx >>>> B<<>> E<0777777777>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		ex, err := podExtractor{}.Extract("fuzz", data)
		if err != nil {
			var nt *NotTextError
			require.ErrorAs(t, err, &nt)
			return
		}
		fuzzExtract(t, podExtractor{}, data)
		for _, s := range ex.Sections {
			require.NotEmpty(t, s.Title)
			require.True(t, strings.HasPrefix(ex.Text[s.Start:], s.Title[:1]), "section %q at %d", s.Title, s.Start)
		}
		for i, s := range ex.Map {
			require.True(t, s.Line >= 1 && s.EndLine >= s.Line, "segment %d %+v", i, s)
		}
	})
}

func FuzzMan(f *testing.F) {
	page, err := os.ReadFile("testdata/man/tidewatch.1")
	require.NoError(f, err)
	f.Add(page)
	f.Add([]byte(".TH A 1\n.SH NAME\na \\- b\n.TP\n.BR \\-x \", \" \"q\"\"x\n.IP \\(bu 2\nc\\c\nd\\\n.nf\n  e \\fBf\\fP\n.fi\n.UR u\n.UE ."))
	f.Add([]byte(".de X\ny\n..\n.ig Z\nw\n.Z\n\\h'\\w'x'u'\\s'3\\[u00E9_0301]\\C'em'\\*[lq x]\\n+(aa\\s+(12\\('e\\(\n.B \"unclosed"))
	f.Add([]byte("\ufeff.\\\" c\r\n.SS\r\n\\fB\r\n.MR ls 1 ,\r\n.SY c\r\n.OP \\-x\r\n.YS\r\n\\#\r\n.\\\\\"x"))
	f.Fuzz(func(t *testing.T, data []byte) {
		ex, err := manExtractor{}.Extract("fuzz", data)
		if err != nil {
			var nt *NotTextError
			require.True(t, errors.As(err, &nt) || errors.Is(err, ErrNoText), err.Error())
			return
		}
		fuzzExtract(t, manExtractor{}, data)
		manMapInvariants(t, data, ex)
		for _, s := range ex.Sections {
			require.NotEmpty(t, s.Title)
			require.True(t, strings.HasPrefix(ex.Text[s.Start:], s.Title[:1]), "section %q at %d", s.Title, s.Start)
		}
	})
}

// fuzzText checks a text-like extractor: the text is the input, or the
// input is rejected as not text, at the offset of its first NUL byte or
// else of its first byte that is not UTF-8.
func fuzzText(t *testing.T, e Extractor, data []byte) {
	ex, err := e.Extract("fuzz", data)
	if err != nil {
		var nt *NotTextError
		require.ErrorAs(t, err, &nt)
		off := int(nt.Offset)
		require.True(t, off >= 0 && off < len(data), err.Error())
		if errors.Is(err, ErrBinary) {
			require.Equal(t, bytes.IndexByte(data, 0), off, err.Error())
		} else {
			require.ErrorIs(t, err, ErrInvalidUTF8)
			require.True(t, utf8.Valid(data[:off]), err.Error())
			r, _ := utf8.DecodeRune(data[off:])
			require.Equal(t, utf8.RuneError, r, err.Error())
		}
		require.Equal(t, "ingest: fuzz: not text: "+nt.Detail, err.Error())
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
	f.Add(",\n\nl"+strings.Repeat("\t", 800)+"c> BS, \b' l\rК߭l\rК", 200, 40, 20) // an overlap followed by nothing but white space up to the cut: no second passage ending where the first does
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
