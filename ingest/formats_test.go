package ingest

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
)

// The fixtures of testdata/formats were made by pandoc and LibreOffice
// (see its README).

var defaultChunk = ChunkConfig{Size: DefaultChunkSize, Overlap: DefaultOverlap, Min: DefaultMin}

// cites chunks ex with the default config and returns each passage's
// citation (the path left empty).
func cites(t *testing.T, ex corpus.Extraction) []string {
	t.Helper()
	var out []string
	for _, r := range Chunk(ex, defaultChunk) {
		out = append(out, ex.Map.Locate(ex.Text, r.Start, r.End).String())
	}
	return out
}

func segText(ex corpus.Extraction, s corpus.Segment) string { return ex.Text[s.Start:s.End] }

func TestExtractEPUB(t *testing.T) {
	data := readTestdata(t, "formats/keepers-journal.epub")
	format, ex, err := Extract("k.epub", data)
	require.NoError(t, err)
	extractionInvariants(t, data, ex)
	assert.Equal(t, corpus.EPUB, format)
	assert.Equal(t, "The Keepers’ Journal of Skerry Finn", ex.Title)
	assert.Equal(t, []string{"#The Keepers’ Journal of Skerry Finn", "#The First Winter", "##The Storm of January", "#The New Lens", "#The Last Keeper"}, sectionTitles(ex))
	assert.Equal(t, []string{":EPUB/text/title_page.xhtml¶1-2", ":EPUB/text/ch001.xhtml¶1-5", ":EPUB/text/ch002.xhtml¶1-3", ":EPUB/text/ch003.xhtml¶1-2"}, cites(t, ex))
	i := strings.Index(ex.Text, "1,028 prisms")
	sp := ex.Map.Locate(ex.Text, i, i+12)
	assert.Equal(t, ":EPUB/text/ch002.xhtml¶2", sp.String(), "paragraphs count within their chapter file")
	assert.Equal(t, int64(-1), sp.SrcStart)
}

func TestExtractEPUBRelativePaths(t *testing.T) {
	data := makeZip(t, map[string]string{
		"META-INF/container.xml": `<container><rootfiles><rootfile full-path="OEBPS/book.opf" media-type="application/oebps-package+xml"/></rootfiles></container>`,
		"OEBPS/book.opf": `<package><metadata><dc:title xmlns:dc="http://purl.org/dc/elements/1.1/"> A  Book </dc:title></metadata>
			<manifest><item id="b" href="Text/Chapter%202.xhtml" media-type="application/xhtml+xml"/><item id="a" href="../one.html" media-type="text/html"/><item id="css" href="s.css" media-type="text/css"/></manifest>
			<spine><itemref idref="a"/><itemref idref="css"/><itemref idref="b"/><itemref idref="a"/></spine></package>`,
		"one.html":                   `<h1>One</h1><p>First &amp; only.</p>`,
		"OEBPS/Text/Chapter 2.xhtml": `<html><body><h2>Two</h2><p>Second.</p><p>Third.</p></body></html>`,
	})
	_, ex, err := Extract("b.epub", data)
	require.NoError(t, err)
	assert.Equal(t, "A Book", ex.Title)
	assert.Equal(t, "One\n\nFirst & only.\n\nTwo\n\nSecond.\n\nThird.", ex.Text)
	assert.Equal(t, []string{":one.html¶1-2", ":OEBPS/Text/Chapter 2.xhtml¶1-3"}, cites(t, ex))

	enc := makeZip(t, map[string]string{
		"META-INF/container.xml":  `<container><rootfiles><rootfile full-path="c.opf"/></rootfiles></container>`,
		"META-INF/encryption.xml": `<encryption><EncryptedData><CipherData><CipherReference URI="x.html"/></CipherData></EncryptedData></encryption>`,
		"c.opf":                   `<package><manifest><item id="x" href="x.html" media-type="application/xhtml+xml"/></manifest><spine><itemref idref="x"/></spine></package>`,
		"x.html":                  "\x00\x01garbage",
	})
	_, _, err = Extract("drm.epub", enc)
	assert.ErrorContains(t, err, "ingest: drm.epub: epub: x.html is encrypted (DRM)")
}

func TestExtractODT(t *testing.T) {
	data := readTestdata(t, "formats/harbour-rules.odt")
	format, ex, err := Extract("h.odt", data)
	require.NoError(t, err)
	extractionInvariants(t, data, ex)
	assert.Equal(t, corpus.ODT, format)
	assert.Equal(t, "Rules of the Port of Quillhaven", ex.Title)
	assert.Equal(t, []string{"#Berthing", "#Dues", "##Exemptions", "#Night Signals"}, sectionTitles(ex))
	require.Len(t, ex.Map, 10)
	for i, s := range ex.Map {
		assert.Equal(t, i+1, s.Para)
	}
	assert.Equal(t, "Lifeboats, pilot cutters and vessels of the Lighthouse Service pay no dues.", segText(ex, ex.Map[7]))
	assert.Equal(t, []string{":¶1-4", ":¶5-8", ":¶9-10"}, cites(t, ex))
}

func TestODTMarkup(t *testing.T) {
	content := `<office:document-content xmlns:office="o" xmlns:text="t"><office:body><office:text>
		<text:h text:outline-level="2">Head</text:h>
		<text:p>a<text:s text:c="3"/>b<text:tab/>c<text:line-break/>d
		   e<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>Note text.</text:p></text:note-body></text:note> f</text:p>
		<text:tracked-changes><text:changed-region><text:deletion><text:p>deleted</text:p></text:deletion></text:changed-region></text:tracked-changes>
		<text:list><text:list-item><text:p>item</text:p></text:list-item></text:list>
		<text:p><office:annotation><text:p>comment</text:p></office:annotation>after</text:p>
	</office:text></office:body></office:document-content>`
	_, ex, err := Extract("m.odt", makeZip(t, map[string]string{"content.xml": content}))
	require.NoError(t, err)
	assert.Equal(t, "Head\n\na   b\tc\nd e f\n\nNote text.\n\nitem\n\nafter", ex.Text)
	assert.Equal(t, []corpus.Section{{Start: 0, Level: 2, Title: "Head"}}, ex.Sections)
	assert.Empty(t, ex.Title, "no title style, no meta.xml, no top-level heading")
}

func TestExtractPPTX(t *testing.T) {
	data := readTestdata(t, "formats/signal-deck.pptx")
	format, ex, err := Extract("d.pptx", data)
	require.NoError(t, err)
	extractionInvariants(t, data, ex)
	assert.Equal(t, corpus.PPTX, format)
	assert.Equal(t, "Velmora Radio Mast", ex.Title)
	assert.Equal(t, 4, ex.Pages)
	assert.Equal(t, []string{"#Velmora Radio Mast", "#Construction", "#Transmitter", "#Decommissioning"}, sectionTitles(ex))
	assert.Equal(t, []string{":slide 1", ":slide 2", ":slide 3", ":slide 4"}, cites(t, ex))
	assert.Equal(t, "Transmitter\nThe first transmitter had a power of 120 kilowatts\nIts call sign was VLM and it broadcast on 254 kHz"+
		"\n\nThe transmitter hall burned down in 1952 and the service ran from a spare transmitter for eleven months.", segText(ex, ex.Map[2]),
		"the speaker notes follow the slide; the notes page's slide number does not")
}

func TestPPTXSlideOrderAndEmptySlides(t *testing.T) {
	rel := func(id, target, kind string) string {
		return `<Relationship Id="` + id + `" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/` + kind + `" Target="` + target + `"/>`
	}
	slide := func(title, body string) string {
		return `<p:sld xmlns:p="p" xmlns:a="a"><p:cSld><p:spTree><p:sp><p:nvSpPr><p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr><p:txBody><a:p><a:r><a:t>` + title +
			`</a:t></a:r></a:p></p:txBody></p:sp><p:sp><p:txBody><a:p><a:r><a:t>` + body + `</a:t></a:r><a:br/><a:r><a:t>next</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:sld>`
	}
	data := makeZip(t, map[string]string{
		"_rels/.rels":                     `<Relationships>` + rel("r1", "/ppt/presentation.xml", "officeDocument") + `</Relationships>`,
		"ppt/presentation.xml":            `<p:presentation xmlns:p="p" xmlns:r="r"><p:sldIdLst><p:sldId r:id="s2"/><p:sldId r:id="s9"/><p:sldId r:id="s1"/></p:sldIdLst></p:presentation>`,
		"ppt/_rels/presentation.xml.rels": `<Relationships>` + rel("s1", "slides/a.xml", "slide") + rel("s2", "slides/b.xml", "slide") + rel("s9", "slides/empty.xml", "slide") + `</Relationships>`,
		"ppt/slides/a.xml":                slide("Alpha", "one"),
		"ppt/slides/b.xml":                slide("Beta", "two"),
		"ppt/slides/empty.xml":            `<p:sld xmlns:p="p"/>`,
		"ppt/slides/_rels/a.xml.rels":     `<Relationships>` + rel("n", "../notes/n1.xml", "notesSlide") + `</Relationships>`,
		"ppt/notes/n1.xml": `<p:notes xmlns:p="p" xmlns:a="a"><p:sp><p:nvPr><p:ph type="sldNum"/></p:nvPr><a:p><a:t>7</a:t></a:p></p:sp>` +
			`<p:sp><p:nvPr><p:ph type="body"/></p:nvPr><a:p><a:t>Say it slowly.</a:t></a:p></p:sp></p:notes>`,
	})
	_, ex, err := Extract("x.pptx", data)
	require.NoError(t, err)
	assert.Equal(t, "Beta\ntwo\nnext\n\nAlpha\none\nnext\n\nSay it slowly.", ex.Text)
	assert.Equal(t, []string{":slide 1", ":slide 3"}, cites(t, ex), "an empty slide keeps its number")
	assert.Equal(t, "Beta", ex.Title)
	assert.Equal(t, 3, ex.Pages)
}

func TestExtractXLSX(t *testing.T) {
	data := readTestdata(t, "formats/tide-gauges.xlsx")
	format, ex, err := Extract("t.xlsx", data)
	require.NoError(t, err)
	extractionInvariants(t, data, ex)
	assert.Equal(t, corpus.XLSX, format)
	assert.Equal(t, []string{":tide-gauges!2-9", ":tide-gauges!10-13"}, cites(t, ex))
	header := "station | river | opened | datum_m | keeper | inspected"
	for _, r := range Chunk(ex, defaultChunk) {
		assert.True(t, strings.HasPrefix(ex.Text[r.Start:r.End], header+"\n"), "every passage names its columns")
	}
	assert.Contains(t, ex.Text, "\nCape Dorrel |  | 1888 | 0.38 | Hollend, Casimir | 1997-09-15\n", "a date cell shows its date")
	assert.Contains(t, ex.Text, "\nOstrandt Weir | Askel | 1911 | 5.8 | Tobias Wrenfield (relief keeper) | 2000-07-21\n")
	i := strings.Index(ex.Text, "Tarrow Hills")
	assert.Equal(t, ":tide-gauges!13", ex.Map.Locate(ex.Text, i, i+12).String())
}

func TestXLSXSheetsAndCells(t *testing.T) {
	ns := `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`
	rel := func(id, target, kind string) string {
		return `<Relationship Id="` + id + `" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/` + kind + `" Target="` + target + `"/>`
	}
	data := makeZip(t, map[string]string{
		"xl/workbook.xml": `<workbook ` + ns + `><sheets><sheet name="Lights" sheetId="1" r:id="rId1"/><sheet name="Chart" sheetId="3" r:id="rId3"/><sheet name="Crew list" sheetId="2" r:id="rId2"/></sheets></workbook>`,
		"xl/_rels/workbook.xml.rels": `<Relationships>` + rel("rId1", "worksheets/sheet1.xml", "worksheet") + rel("rId2", "/xl/worksheets/sheet2.xml", "worksheet") +
			rel("rId3", "chartsheets/c.xml", "chartsheet") + rel("rId4", "sharedStrings.xml", "sharedStrings") + `</Relationships>`,
		"xl/sharedStrings.xml": `<sst ` + ns + `><si><t>name</t></si><si><r><t>Skerry </t></r><r><t>Finn</t></r><rPh><t>ignored</t></rPh></si><si><t>lit</t></si></sst>`,
		"xl/worksheets/sheet1.xml": `<worksheet ` + ns + `><sheetData>
			<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>2</v></c></row>
			<row r="2"><c r="A2"/></row>
			<row r="4"><c r="A4" t="s"><v>1</v></c><c r="C4" t="b"><v>1</v></c><c r="D4" t="inlineStr"><is><t>extra</t></is></c></row>
			<row><c t="str"><f>A4</f><v>formula</v></c><c t="s"><v>99</v></c><c><v>3.5</v></c></row>
		</sheetData></worksheet>`,
		"xl/worksheets/sheet2.xml": `<worksheet ` + ns + `><sheetData><row r="7"><c r="B7" t="inlineStr"><is><t>only a header</t></is></c></row></sheetData></worksheet>`,
	})
	_, ex, err := Extract("w.xlsx", data)
	require.NoError(t, err)
	assert.Equal(t, "name |  | lit\nSkerry Finn |  | TRUE | extra\nformula |  | 3.5\n\n | only a header", ex.Text)
	assert.Equal(t, []string{"#Lights", "#Crew list"}, sectionTitles(ex))
	assert.Equal(t, []string{":Lights!4-5", ":Crew list!7"}, cites(t, ex))
}

func TestExtractCSV(t *testing.T) {
	data := readTestdata(t, "formats/tide-gauges.csv")
	format, ex, err := Extract("t.csv", data)
	require.NoError(t, err)
	extractionInvariants(t, data, ex) // every row is Verbatim: its bytes are the file's
	assert.Equal(t, corpus.CSV, format)
	assert.Equal(t, []string{":2-11", ":12-14"}, cites(t, ex))
	header := "station,river,opened,datum_m,keeper,inspected\n"
	var n int
	for _, r := range Chunk(ex, defaultChunk) {
		assert.True(t, strings.HasPrefix(ex.Text[r.Start:r.End], header), "every passage names its columns")
		n++
	}
	assert.Equal(t, 2, n)
	i := strings.Index(ex.Text, "Ostrandt Weir")
	sp := ex.Map.Locate(ex.Text, i, i+len("Ostrandt Weir,Askel,1911,5.80,\"Tobias Wrenfield\n(relief keeper)\",2000-07-21"))
	assert.Equal(t, ":8-9", sp.String(), "a quoted line break makes a record of two lines")
	assert.Equal(t, `Ostrandt Weir,Askel,1911,5.80,"Tobias Wrenfield`+"\n"+`(relief keeper)",2000-07-21`, string(data[sp.SrcStart:sp.SrcEnd]))
}

func TestCSVDialects(t *testing.T) {
	tests := []struct {
		name, path, in string
		text           string
		cites          []string
	}{
		{"bom crlf blank lines", "a.csv", "\ufeffa,b\r\n\r\n1,2\r\n,\r\n3,4\r\n", "a,b\n1,2\n3,4", []string{":3-5"}},
		{"semicolons", "a.csv", "a;b\n1;\"x;y\"\n", "a;b\n1;\"x;y\"", []string{":2"}},
		{"tabs", "a.tsv", "a\tb\n1\t2", "a\tb\n1\t2", []string{":2"}},
		{"header only", "a.csv", "a,b\n", "a,b", []string{":1"}},
		{"lazy quotes", "a.csv", "a,b\n1,x\"y\n", "a,b\n1,x\"y", []string{":2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ex, err := Extract(tt.path, []byte(tt.in))
			require.NoError(t, err)
			extractionInvariants(t, []byte(tt.in), ex)
			assert.Equal(t, tt.text, ex.Text)
			assert.Equal(t, tt.cites, cites(t, ex))
		})
	}
	_, _, err := Extract("bad.csv", []byte("a,b\n\xff,1\n"))
	assert.ErrorIs(t, err, ErrInvalidUTF8)
	_, _, err = Extract("blank.csv", []byte(",,\n , \n"))
	assert.ErrorIs(t, err, ErrNoText)
}

// TestCSVCommentHeader: a table that opens with notes in comment lines
// and names its columns in the last of them (tzdata's zone.tab, read as
// tab-separated values) heads its rows with that line, so every passage
// of rows names the columns; the notes are a table of their own. A
// comment block that names no columns leaves the first line the header.
func TestCSVCommentHeader(t *testing.T) {
	notes := "# tzdb timezone descriptions (deprecated version)\n#\n# This file is in the public domain, so clarified as of\n# 2009-05-17 by Arthur David Olson.\n#\n"
	header := "#country-\n#code\tcoordinates\tTZ\t\t\tcomments\n"
	rows := "AD\t+4230+00131\tEurope/Andorra\nAE\t+2518+05518\tAsia/Dubai\nAQ\t-6617+11031\tAntarctica/Casey\tCasey\n"
	_, ex, err := Extract("zone.tab", []byte(notes+header+rows))
	require.NoError(t, err)
	extractionInvariants(t, []byte(notes+header+rows), ex)
	assert.Equal(t, []string{":2-6", ":8-10"}, cites(t, ex))
	chunks := Chunk(ex, defaultChunk)
	require.Len(t, chunks, 2)
	assert.True(t, strings.HasPrefix(ex.Text[chunks[1].Start:chunks[1].End], "# tzdb timezone descriptions (deprecated version)\n#code\tcoordinates\tTZ\t\t\tcomments\nAD\t"), ex.Text)

	_, ex, err = Extract("zone.tab", []byte(notes+rows))
	require.NoError(t, err)
	assert.Equal(t, []string{":2-8"}, cites(t, ex), "no header among the notes: the first line heads them all, as before")
}

// TestCSVRowGroups: rows are grouped up to tableGroupRows, each group a
// passage of its own that starts with the header.
func TestCSVRowGroups(t *testing.T) {
	var b strings.Builder
	b.WriteString("n,word\n")
	for i := 1; i <= 25; i++ {
		b.WriteString(strings.Repeat("x", i%3) + ",w\n")
	}
	_, ex, err := Extract("g.csv", []byte(b.String()))
	require.NoError(t, err)
	assert.Equal(t, []string{":2-11", ":12-21", ":22-26"}, cites(t, ex))
	for _, r := range Chunk(ex, ChunkConfig{Size: 2000}) {
		assert.True(t, strings.HasPrefix(ex.Text[r.Start:], "n,word\n"))
	}
}

func TestZipFormatsSniffed(t *testing.T) {
	for _, tt := range []struct {
		file string
		want corpus.Format
	}{
		{"keepers-journal.epub", corpus.EPUB},
		{"harbour-rules.odt", corpus.ODT},
		{"signal-deck.pptx", corpus.PPTX},
		{"tide-gauges.xlsx", corpus.XLSX},
	} {
		format, _, err := Extract("no-extension", readTestdata(t, "formats/"+tt.file))
		require.NoError(t, err, tt.file)
		assert.Equal(t, tt.want, format, tt.file)
	}
}

func TestZipFormatsBadInput(t *testing.T) {
	big := strings.Repeat("<p>x</p>", maxZipPart/8+10)
	for _, tt := range []struct {
		path  string
		files map[string]string
		want  error
		msg   string
	}{
		{"bomb.odt", map[string]string{"content.xml": big}, ErrTooLarge, "content.xml"},
		{"bomb.epub", map[string]string{"META-INF/container.xml": big}, ErrTooLarge, "container.xml"},
		{"bomb.pptx", map[string]string{"ppt/presentation.xml": "<p/>", "ppt/_rels/presentation.xml.rels": big}, ErrTooLarge, "presentation.xml.rels"},
		{"bomb.xlsx", map[string]string{"xl/_rels/workbook.xml.rels": "<Relationships/>", "xl/workbook.xml": big}, ErrTooLarge, "workbook.xml"},
		{"nocontent.odt", map[string]string{"x": "y"}, ErrMalformed, "no content.xml"},
		{"bad.epub", map[string]string{"META-INF/container.xml": "<container><rootfiles>"}, ErrMalformed, "container.xml"},
		{"noopf.epub", map[string]string{"META-INF/container.xml": "<container/>"}, ErrMalformed, "names no package document"},
		{"bad.xlsx", map[string]string{"xl/_rels/workbook.xml.rels": "<Relationships/>", "xl/workbook.xml": "<workbook><sheets>"}, ErrMalformed, "workbook.xml"},
		{"empty.pptx", map[string]string{"ppt/presentation.xml": "<p/>", "ppt/_rels/presentation.xml.rels": "<Relationships/>"}, ErrNoText, "no extractable text"},
	} {
		t.Run(tt.path, func(t *testing.T) {
			_, _, err := Extract(tt.path, makeZip(t, tt.files))
			assert.ErrorIs(t, err, tt.want)
			assert.ErrorContains(t, err, tt.msg)
			assert.True(t, strings.HasPrefix(err.Error(), "ingest: "+tt.path+": "), err.Error())
		})
	}
	_, _, err := Extract("notzip.xlsx", []byte("PK not really"))
	assert.ErrorIs(t, err, ErrMalformed)
	_, _, err = Extract("locked.xlsx", append([]byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"), make([]byte, 512)...))
	assert.ErrorIs(t, err, ErrMalformed)
	assert.ErrorContains(t, err, "ingest: locked.xlsx: malformed file: xlsx: this is an OLE compound file, not a zip: the document is password-protected")
}

// TestZipBudget: the decompressed bytes of all members together are capped.
func TestZipBudget(t *testing.T) {
	z, err := openZip("b.epub", "epub", makeZip(t, map[string]string{"a": strings.Repeat("a", 600), "b": strings.Repeat("b", 600)}))
	require.NoError(t, err)
	z.left = 1000
	_, err = z.read("a")
	require.NoError(t, err)
	_, err = z.read("b")
	assert.ErrorIs(t, err, ErrTooLarge)
}

// TestZipLyingSizes: a member whose header understates its size is still
// cut off at the limit.
func TestZipLyingSizes(t *testing.T) {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	w, err := zw.CreateHeader(&zip.FileHeader{Name: "content.xml", Method: zip.Deflate})
	require.NoError(t, err)
	_, err = w.Write([]byte(strings.Repeat("<text:p>x</text:p>", 1000)))
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	z, err := openZip("l.odt", "odt", b.Bytes())
	require.NoError(t, err)
	z.left = 100
	_, err = z.read("content.xml")
	assert.ErrorIs(t, err, ErrTooLarge)
}

func TestXLSXDates(t *testing.T) {
	kinds := []struct {
		code string
		want xlsxDateKind
	}{
		{"General", xlsxNumber},
		{"0.00", xlsxNumber},
		{`#,##0 "days"`, xlsxNumber},
		{`yyyy\-mm\-dd`, xlsxDate},
		{"d/m/yy", xlsxDate},
		{"mmm yyyy", xlsxDate},
		{"[$-409]mmmm d, yyyy;@", xlsxDate},
		{"h:mm AM/PM", xlsxTime},
		{"[h]:mm:ss", xlsxTime},
		{"mm:ss", xlsxTime},
		{"yyyy-mm-dd hh:mm", xlsxDateTime},
		{"[Red]0.00", xlsxNumber},
		{`0.0_m`, xlsxNumber},
	}
	for _, k := range kinds {
		assert.Equal(t, k.want, dateKindOfCode(k.code), k.code)
	}
	assert.Equal(t, xlsxDate, builtinDateKind(14))
	assert.Equal(t, xlsxDateTime, builtinDateKind(22))
	assert.Equal(t, xlsxNumber, builtinDateKind(2))

	texts := []struct {
		v      string
		kind   xlsxDateKind
		d1904  bool
		want   string
		wantOK bool
	}{
		{"35897", xlsxDate, false, "1998-04-12", true},
		{"1", xlsxDate, false, "1900-01-01", true},
		{"59", xlsxDate, false, "1900-02-28", true},
		{"61", xlsxDate, false, "1900-03-01", true},
		{"0", xlsxDate, true, "1904-01-01", true},
		{"45000.75", xlsxDateTime, false, "2023-03-15 18:00:00", true},
		{"0.5", xlsxTime, false, "12:00:00", true},
		{"-3", xlsxDate, false, "", false},
		{"9e99", xlsxDate, false, "", false},
		{"NaN", xlsxDate, false, "", false},
		{"x", xlsxDate, false, "", false},
	}
	for _, tt := range texts {
		got, ok := xlsxDateText(tt.v, tt.kind, tt.d1904)
		assert.Equal(t, tt.wantOK, ok, tt.v)
		assert.Equal(t, tt.want, got, tt.v)
	}
}
