package ingest

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
)

func sectionTitles(ex corpus.Extraction) []string {
	var out []string
	for _, s := range ex.Sections {
		out = append(out, strings.Repeat("#", s.Level)+s.Title)
	}
	return out
}

var corpusTests = []struct {
	file     string
	format   corpus.Format
	title    string
	sections []string
	contains []string
	lacks    []string
}{
	{"README.md", corpus.Markdown, "The Tidewatch Society",
		[]string{"#The Tidewatch Society", "##What the Society does", "##The seven lights", "##Membership", "###Ranks", "##Contact"},
		[]string{"founded\non 14 March 1847"}, nil},
	{"history.md", corpus.Markdown, "A Short History of the Tidewatch Society",
		[]string{"#A Short History of the Tidewatch Society", "##Founding", "##The Building Years", "##Electrification", "##Recent Times"},
		[]string{"Lemoine workshop"}, nil},
	{"lights/carrick-head.md", corpus.Markdown, "Carrick Head Light",
		[]string{"#Carrick Head Light", "##Lens and lamp", "###Clockwork", "##Keepers", "##Visiting"}, []string{"162 steps"}, nil},
	{"lights/ossory-point.rst", corpus.RST, "Ossory Point Light",
		[]string{"#Ossory Point Light", "##Description", "###The lantern", "###Keepers' cottages", "##Incidents"}, []string{"Hale\nfoundry"}, nil},
	{"standing-orders.rst", corpus.RST, "Standing Orders for Watchkeepers",
		[]string{"#Standing Orders for Watchkeepers", "##Before the watch", "##During the watch", "###Logging", "###Faults", "###Visitors", "##After the watch"},
		[]string{"24.2 volts"}, nil},
	{"lights/skerry-finn.txt", corpus.Text, "Skerry Finn Light - extracts from the watch log, winter 1994", nil, []string{"962 hPa"}, nil},
	{"GLOSSARY", corpus.Text, "Glossary of Tidewatch terms", nil, []string{"1,316 watches"}, nil},
	{"tools/lampcheck.go", corpus.Code, "", nil, []string{"const tolerance = 0.03"}, nil},
	{"tools/tides.py", corpus.Code, "", nil, []string{"MAX_SWELL_M = 1.0"}, nil},
	{"config/lights.yaml", corpus.Code, "", nil, []string{"Q(6)+LFl W 15s"}, nil},
	{"site/index.html", corpus.HTML, "Tidewatch Society – Keeping the Merrow Lights",
		[]string{"#Welcome to the Tidewatch Society", "##Visit the museum", "##Join a watch", "###What to bring", "##Check a light yourself"},
		[]string{"Entry is 4 crowns for adults & free", "founders’ three rules", "flash 0.5s  dark 9.5s   <- period 15 s", "© 2024"},
		[]string{"photos", "font-family", "Enable JavaScript", "&amp;", "<p>", "Keeping the Merrow Lights", "Home | Events | Museum"}},
	{"site/events.html", corpus.HTML, "Events 2024 - Tidewatch Society",
		[]string{"#Events in 2024", "##Spring", "##Summer", "##Autumn & Winter"},
		[]string{"14 March\tFounders' Night dinner (177th)\tAnchor Rooms, Port Aldery", "Priya Nandakumar in 2019."},
		[]string{"Organization", "TODO"}},
	{"reports/annual-report-1998.pdf", corpus.PDF, "Tidewatch Society Annual Report 1998", nil,
		[]string{"Members stood 4,870 watches", "Holm of Aske: 677 watches.", "Signed for the Council: Margaret Hollis, Secretary."}, nil},
	{"handbook.docx", corpus.DOCX, "The Watchkeeper's Handbook",
		[]string{"#Your first watch", "##The log", "##The lamp", "#Emergencies", "##Injury", "#Leaving the tower"},
		[]string{"the visibility.\tUse the Beaufort", "radio channel 14."}, nil},
}

func TestExtractCorpus(t *testing.T) {
	for _, tt := range corpusTests {
		t.Run(tt.file, func(t *testing.T) {
			data := readTestdata(t, "corpus/"+tt.file)
			format, ex, err := Extract(tt.file, data)
			require.NoError(t, err)
			assert.Equal(t, tt.format, format)
			assert.Equal(t, tt.title, ex.Title)
			assert.Equal(t, tt.sections, sectionTitles(ex))
			for _, s := range tt.contains {
				assert.Contains(t, ex.Text, s)
			}
			for _, s := range tt.lacks {
				assert.NotContains(t, ex.Text, s)
			}
			extractionInvariants(t, data, ex)
			for _, s := range ex.Sections {
				assert.True(t, strings.Contains(ex.Text[s.Start:], s.Title) || format.TextLike(), "section %q not at its start", s.Title)
			}
			if format.TextLike() {
				assert.Equal(t, string(data), ex.Text)
				assert.Equal(t, corpus.IdentityMap(len(data)), ex.Map)
			}
		})
	}
}

// TestCorpusCoversEveryFile keeps the table above in step with the folder.
func TestCorpusCoversEveryFile(t *testing.T) {
	var files []string
	require.NoError(t, filepath.WalkDir(corpusDir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(corpusDir, p)
			files = append(files, filepath.ToSlash(rel))
		}
		return err
	}))
	var want []string
	for _, tt := range corpusTests {
		want = append(want, tt.file)
	}
	assert.ElementsMatch(t, want, files)
}

func TestExtractPDFPages(t *testing.T) {
	_, ex, err := Extract("r.pdf", readTestdata(t, "corpus/reports/annual-report-1998.pdf"))
	require.NoError(t, err)
	assert.Equal(t, 3, ex.Pages)
	require.Len(t, ex.Map, 3)
	wantFirst := []string{"TIDEWATCH SOCIETY", "2. Lights and watches", "3. Finances"}
	for i, seg := range ex.Map {
		assert.Equal(t, i+1, seg.Page)
		assert.Equal(t, int64(-1), seg.SrcStart)
		assert.True(t, strings.HasPrefix(ex.Text[seg.Start:seg.End], wantFirst[i]), "page %d", i+1)
	}
	assert.Equal(t, "\n\n", ex.Text[ex.Map[0].End:ex.Map[1].Start])
	span := ex.Map.Locate(ex.Text, strings.Index(ex.Text, "38,450 crowns"), strings.Index(ex.Text, "38,450 crowns")+13)
	assert.Equal(t, 3, span.PageStart)
	assert.Contains(t, ex.Text, "watches, 212 more than in 1997. The winter storm of 23 January tested\nevery tower")
}

func TestExtractDOCXParagraphs(t *testing.T) {
	_, ex, err := Extract("h.docx", readTestdata(t, "corpus/handbook.docx"))
	require.NoError(t, err)
	require.Len(t, ex.Map, 16)
	for i, seg := range ex.Map {
		assert.Equal(t, i+1, seg.Para)
		assert.Equal(t, int64(-1), seg.SrcEnd)
	}
	assert.Equal(t, "Your first watch", ex.Text[ex.Map[2].Start:ex.Map[2].End])
	assert.Equal(t, ex.Map[2].Start, ex.Sections[0].Start)
}

func TestExtractHTMLMap(t *testing.T) {
	src := []byte("<html><head><title> T &amp; U </title></head><body>\n<h1>Big\n  Title</h1>\n<p>AT&amp;T costs 5&nbsp;€,\n   really.</p><pre>a  b\n c</pre></body></html>")
	_, ex, err := Extract("x.html", src)
	require.NoError(t, err)
	assert.Equal(t, "Big Title\n\nAT&T costs 5\u00a0€, really.\n\na  b\n c", ex.Text)
	assert.Equal(t, "T & U", ex.Title)
	assert.Equal(t, []corpus.Section{{Start: 0, Level: 1, Title: "Big Title"}}, ex.Sections)
	extractionInvariants(t, src, ex)
	var verbatim, decoded int
	for _, s := range ex.Map {
		if s.Verbatim {
			verbatim++
		} else {
			decoded++
			assert.Equal(t, byte('&'), src[s.SrcStart])
			assert.Equal(t, byte(';'), src[s.SrcEnd-1])
		}
	}
	assert.Equal(t, 2, decoded)
	assert.Greater(t, verbatim, 4)
	i := strings.Index(ex.Text, "really")
	span := ex.Map.Locate(ex.Text, i, i+6)
	assert.Equal(t, "really", string(src[span.SrcStart:span.SrcEnd]))
	assert.Equal(t, 5, span.LineStart)
}

// TestExtractHTMLTableRows: a table row is one line of tab-separated
// cells whatever its cells hold (paragraphs, line breaks, a nested
// table), and an empty cell between two others keeps its place.
func TestExtractHTMLTableRows(t *testing.T) {
	page := `<table>
<tr><th>River</th><th>Length</th><th>Note</th></tr>
<tr><td>Ostravine</td><td><p>88 km</p><p>(seasonal)</p></td><td>dry in summer</td></tr>
<tr><td>Pellicott</td><td></td><td>unmeasured</td></tr>
<tr><td>Sunderhay</td><td>1,020 km<br>long</td><td><table><tr><td>a</td><td>b</td></tr></table></td></tr>
</table><p>After.</p>`
	_, ex, err := Extract("rivers.html", []byte(page))
	require.NoError(t, err)
	assert.Equal(t, "River\tLength\tNote\n"+
		"Ostravine\t88 km (seasonal)\tdry in summer\n"+
		"Pellicott\t\tunmeasured\n"+
		"Sunderhay\t1,020 km long\ta b\n\n"+
		"After.", ex.Text)
	for _, seg := range ex.Map {
		if seg.Verbatim {
			assert.Equal(t, ex.Text[seg.Start:seg.End], page[seg.SrcStart:seg.SrcEnd], "the map points at the cell's own bytes")
		}
	}
}

// TestExtractHTMLDropsNavigation: a manual's navigation (DocBook's
// Prev/Up/Next bars, Texinfo's Next/Previous/Up bar over each node (bash
// 5.2's bashref.html, byte for byte), Sphinx's related links and
// sidebar, a <nav>) links
// to other pages and is no part of what the page says; a page that is
// nothing but navigation, or whose navigation is never closed, keeps it.
func TestExtractHTMLDropsNavigation(t *testing.T) {
	tests := []struct {
		name, page, want string
	}{
		{"docbook bars", `<div class="navheader"><table><tr><td><a href="a.html">Prev</a></td><td>Chapter 2. Basics</td></tr></table></div>` +
			`<div class="chapter"><h2>Chapter 3. Kernels</h2><div><p>Use make deb-pkg.</p></div></div>` +
			`<div class="navfooter"><hr /><table><tr><td>Chapter 4. Support</td></tr></table></div>`,
			"Chapter 3. Kernels\n\nUse make deb-pkg."},
		{"sphinx sidebar", `<div class="related" role="navigation"><ul><li><a href="i.html">index</a></li></ul></div>` +
			`<div class="body"><p>The policy.</p></div><div class="sphinxsidebar" role="navigation"><div><h3>Contents</h3><ul><li>1. About</li></ul></div></div><p>End.</p>`,
			"The policy.\n\nEnd."},
		{"docbook table of contents", `<div class="chapter"><div class="titlepage"><h2>Chapter 9. System tips</h2></div><div class="toc"><dl><dt>9.7.8. <a href="#w">Writing directly to the CD/DVD-R/RW</a></dt></dl></div><p>Use wodim.</p></div>`,
			"Chapter 9. System tips\n\nUse wodim."},
		{"docbook list of tables", `<div class="book"><p>This Debian Reference is intended to provide a broad overview.</p><div class="list-of-tables"><p><strong>List of Tables</strong></p><dl><dt>7.3. <a href="ch07.en.html#l">List of notable GUI infrastructure packages</a></dt></dl></div></div>`,
			"This Debian Reference is intended to provide a broad overview."},
		{"sphinx toctree", `<p>The policy manual.</p><div class="toctree-wrapper compound"><ul><li class="toctree-l1"><a href="ch-scope.html">1. About this manual</a></li></ul></div>`,
			"The policy manual."},
		{"texinfo section menu", `<h3>3.5 Shell Expansions</h3><ul class="section-toc"><li><a href="#Brace-Expansion">Brace Expansion</a></li></ul><p>Expansion is performed on the command line.</p>`,
			"3.5 Shell Expansions\n\nExpansion is performed on the command line."},
		{"texinfo node bar", "<div class=\"header\">\n<p>\nNext: <a href=\"#Word-Splitting\" accesskey=\"n\" rel=\"next\">Word Splitting</a>, Previous: <a href=\"#Arithmetic-Expansion\" accesskey=\"p\" rel=\"prev\">Arithmetic Expansion</a>, Up: <a href=\"#Shell-Expansions\" accesskey=\"u\" rel=\"up\">Shell Expansions</a> &nbsp; [<a href=\"#SEC_Contents\" title=\"Table of contents\" rel=\"contents\">Contents</a>][<a href=\"#Indexes\" title=\"Index\" rel=\"index\">Index</a>]</p>\n</div>\n<span id=\"Process-Substitution-1\"></span><h4 class=\"subsection\">3.5.6 Process Substitution</h4>\n<p>Process substitution allows a process&rsquo;s input or output to be\nreferred to using a filename.</p>",
			"3.5.6 Process Substitution\n\nProcess substitution allows a process’s input or output to be referred to using a filename."},
		{"nav element", `<nav><a href="/">Home</a> <nav>inner</nav> Docs</nav><p>Text.</p>`, "Text."},
		{"only navigation", `<nav><ul><li>1. About</li><li>2. Use</li></ul></nav>`, "1. About\n2. Use"},
		{"left open", `<p>Before.</p><div class="navfooter"><div><p>Next</p></div>`, "Before.\n\nNext"},
		{"role among others, any case", `<div role="Navigation banner"><a href="/">Home</a></div><p>Body.</p>`, "Body."},
		{"inline", `<p>a <span role="navigation">x</span>b</p>`, "a b"},
		{"a void element marked as navigation", `<hr class="navfooter"><p>Body.</p><nav>Home</nav>`, "Body."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, ex, err := Extract("page.html", []byte(tc.page))
			require.NoError(t, err)
			assert.Equal(t, tc.want, ex.Text)
			extractionInvariants(t, []byte(tc.page), ex)
		})
	}
}

func TestExtractMarkdownHeadings(t *testing.T) {
	src := "Intro line\n\n```\n# not a heading\n```\n\nSetext one\nspans two lines\n===\n\n## Closed ##\n\n#hashtag\n\n    # indented code\n\nText\n---\n"
	_, ex, err := Extract("a.md", []byte(src))
	require.NoError(t, err)
	assert.Equal(t, []corpus.Section{
		{Start: strings.Index(src, "Setext"), Level: 1, Title: "Setext one spans two lines"},
		{Start: strings.Index(src, "## Closed"), Level: 2, Title: "Closed"},
		{Start: strings.Index(src, "Text\n---"), Level: 2, Title: "Text"},
	}, ex.Sections)
	assert.Equal(t, "Setext one spans two lines", ex.Title)
}

func TestExtractRSTHeadings(t *testing.T) {
	src := "=====\nTitle\n=====\n\nSub\n---\n\nbody\n\nSub two\n-------\n\nDeep\n~~~~\n\nnot a title\n::\n\nAnother\n-------\n\nOwn style\n=========\n"
	_, ex, err := Extract("a.rst", []byte(src))
	require.NoError(t, err)
	assert.Equal(t, []string{"#Title", "##Sub", "##Sub two", "###Deep", "##Another", "####Own style"}, sectionTitles(ex))
	assert.Equal(t, 0, ex.Sections[0].Start)
}

func TestExtractBad(t *testing.T) {
	tests := []struct {
		file string
		want error
		msg  string
	}{
		{"invalid-utf8.txt", ErrInvalidUTF8, "not text: not valid UTF-8 at offset 35"},
		{"empty.txt", ErrEmpty, "empty"},
		{"binary.txt", ErrBinary, "not text: NUL byte at offset"},
		{"truncated.pdf", ErrMalformed, "truncated.pdf"},
		{"corrupt.docx", ErrMalformed, "corrupt.docx"},
		{"blank.pdf", ErrNoText, "no extractable text"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			_, _, err := Extract(tt.file, readTestdata(t, "bad/"+tt.file))
			require.Error(t, err)
			assert.True(t, errors.Is(err, tt.want), "got %v", err)
			assert.Contains(t, err.Error(), tt.msg)
			assert.True(t, strings.HasPrefix(err.Error(), "ingest: "+tt.file), err.Error())
		})
	}
}

func TestExtractDispatch(t *testing.T) {
	pdfData := readTestdata(t, "corpus/reports/annual-report-1998.pdf")
	tests := []struct {
		path string
		data []byte
		want corpus.Format
		err  error
	}{
		{"Makefile", []byte("all:\n\tgo build\n"), corpus.Text, nil},
		{"report", pdfData, corpus.PDF, nil},
		{"report.txt", pdfData, corpus.PDF, nil},
		{"photo.png", []byte("\x89PNG"), "", ErrUnsupported},
		{"main.GO", []byte("package main\n"), corpus.Code, nil},
		{"notes.markdown", []byte("# N\n"), corpus.Markdown, nil},
		{"a.htm", []byte("<p>x</p>"), corpus.HTML, nil},
		{"a.html", []byte("<p>\x00</p>"), corpus.HTML, ErrBinary},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			format, _, err := Extract(tt.path, tt.data)
			if tt.err != nil {
				assert.ErrorIs(t, err, tt.err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, format)
		})
	}
	assert.True(t, Supported("a/b.rst"))
	assert.False(t, Supported("a/b.exe"))
}

func TestTextNamedOtherwise(t *testing.T) {
	format, ex, err := Extract("usbutils/usb.ids", []byte("1d6b  Linux Foundation\n\t0002  2.0 root hub\n"))
	require.NoError(t, err)
	assert.Equal(t, corpus.Text, format)
	assert.Contains(t, ex.Text, "Linux Foundation")
	_, _, err = Extract("a/b.exe", []byte("MZ\x90\x00\x03"))
	assert.ErrorIs(t, err, ErrUnsupported)
	_, _, err = Extract("a/latin1.dat", []byte("caf\xe9"))
	assert.ErrorIs(t, err, ErrUnsupported)
	format, ex, err = Extract("a/notes.nfo", []byte("\xff\xfeh\x00i\x00\n\x00")) // UTF-16LE with its byte order mark
	require.NoError(t, err)
	assert.Equal(t, corpus.Text, format)
	assert.Equal(t, "hi", strings.TrimSpace(ex.Text))
	long := strings.Repeat("a", sniffBytes-1) + "é and more" // a rune cut where the sniffed bytes end
	assert.True(t, looksLikeText([]byte(long)))
}

func TestRegistryRegister(t *testing.T) {
	r := NewRegistry()
	r.Register(codeExtractor{}, ".foo")
	format, ex, err := r.Extract("x.FOO", []byte("bar"))
	require.NoError(t, err)
	assert.Equal(t, corpus.Code, format)
	assert.Equal(t, "bar", ex.Text)
}

func TestDOCXZipBomb(t *testing.T) {
	big := strings.Repeat("<w:p/>", maxZipPart/6+10)
	data := makeZip(t, map[string]string{"word/document.xml": "<w:document><w:body>" + big + "</w:body></w:document>"})
	_, _, err := Extract("bomb.docx", data)
	assert.ErrorIs(t, err, ErrTooLarge)
	assert.Less(t, len(data), 1<<20, "the bomb should be small compressed")
}

// usbOutline writes n vendors of a hardware ID list in usb.ids' style,
// each with two products indented by a tab, under a comment header.
func usbOutline(n int) string {
	var b strings.Builder
	b.WriteString("#\tList of USB ID's\n#\n# Syntax:\n# vendor  vendor_name\n#\tdevice  device_name\t\t\t\t<-- single tab\n\n")
	for v := range n {
		fmt.Fprintf(&b, "%04x  Vendor %d Inc.\n\t%04x  Gadget %d\n\tff0c  Pad %d\n", 0x1000+v, v, v, v, v)
	}
	return b.String()
}

// TestOutlineSections: a plain-text outline of records (a hardware ID
// list: a vendor, its products indented by a tab) gets a section for each
// vendor with products; notes indented under a record (Unicode's
// NamesList), indented prose and a short list get none.
func TestOutlineSections(t *testing.T) {
	usb := usbOutline(12)
	names := strings.Repeat("2448\tOCR MICR ON US\n\t= alias\n\t* a note\n", 12)
	var pci strings.Builder
	for v := range 12 {
		fmt.Fprintf(&pci, "%04x  Vendor %d\n", 0x8000+v, v)
		for d := range 3 {
			fmt.Fprintf(&pci, "\t%04x  Device %d\n\t\t1028 0001  Subsystem\n\t\t103c 0002  Subsystem\n", d, d)
		}
	}
	prose := strings.Repeat("Heading\n\tAn indented paragraph of prose that says something.\n", 12)
	tests := []struct {
		name   string
		text   string
		titles int    // sections expected
		first  string // the first section's title
	}{
		{"usb.ids", usb, 12, "1000  Vendor 0 Inc."},
		{"pci.ids", pci.String(), 12, "8000  Vendor 0"},
		{"too few groups", usbOutline(minOutlineGroups - 1), 0, ""},
		{"NamesList notes", names, 0, ""},
		{"indented prose", prose, 0, ""},
		{"no indentation", "a\nb\nc\n", 0, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			secs := outlineSections(tc.text)
			require.Len(t, secs, tc.titles)
			if tc.titles == 0 {
				return
			}
			assert.Equal(t, tc.first, secs[0].Title)
			for _, s := range secs {
				assert.True(t, strings.HasPrefix(tc.text[s.Start:], s.Title+"\n"), "a section starts at its row: %q", s.Title)
				assert.Equal(t, 1, s.Level)
			}
		})
	}
	// A passage holding a vendor's product names the vendor: its row
	// stands above the product, or the passage's section is its group
	// (small groups are joined into one passage).
	ex, err := textExtractor{}.Extract("usb.ids", []byte(usb))
	require.NoError(t, err)
	ps := Passages(corpus.Document{ID: "d", Path: "usb.ids"}, ex, Chunk(ex, ChunkConfig{Size: 120, Overlap: 0, Min: 20}))
	require.Greater(t, len(ps), 5)
	for v := range 12 {
		product := fmt.Sprintf("\tff0c  Pad %d\n", v)
		vendor := fmt.Sprintf("Vendor %d Inc.", v)
		for _, p := range ps {
			if at := strings.Index(p.Text, product); at >= 0 {
				assert.True(t, strings.Contains(p.Text[:at], vendor) || strings.Contains(p.Section, vendor), "%q in %q (section %q)", product, p.Text, p.Section)
			}
		}
	}
}

// TestHeaderSections: a plain-text table whose first line is a comment
// naming its columns (GNU miscfiles' countries, na.phone, birthtoken)
// gives every passage cut from it that comment as its section, so a
// passage far below the header still carries the columns' names.
func TestHeaderSections(t *testing.T) {
	rows := func(line string, n int) string { return strings.Repeat(line+"\n", n) }
	countries := "# UN Code number: 2 letter ISO abbrev : 3 letter ISO abbrev : name : capital\n" +
		rows("004:AF:AFG:Afghanistan:Kabul", 8) + "010:AQ:ATA:Antarctica:\n" + rows("798:TV:TUV:Tuvalu:Funafuti (offcial), Vaiaku Village (administrative)", 8)
	birth := "# Birthday : Birth Stone : Birth Flower\n#\t@(#)birthtoken\t8.1 (Berkeley) 6/8/93\n" + rows("January:Garnet:Carnation", 12)
	tests := []struct {
		name, text, title string
	}{
		{"countries", countries, "# UN Code number: 2 letter ISO abbrev : 3 letter ISO abbrev : name : capital"},
		{"a second comment line under the header", birth, "# Birthday : Birth Stone : Birth Flower"},
		{"a tab-separated header", "# code\tname\n" + rows("AD\tAndorra", 12), "# code\tname"},
		{"a title, not columns", "# tzdb timezone descriptions\n" + rows("AD\t+4230+00131\tEurope/Andorra", 12), ""},
		{"rows cut otherwise", "# Country Code : Country\n" + rows("1:North:America:x", 12), ""},
		{"too few rows", "# Birthday : Birth Stone : Birth Flower\n" + rows("January:Garnet:Carnation", minOutlineGroups-1), ""},
		{"an empty column name", "# a : : c\n" + rows("1:2:3", 12), ""},
		{"no comment", "Birthday : Birth Stone : Birth Flower\n" + rows("January:Garnet:Carnation", 12), ""},
		{"comment lines are no rows", "# Birthday : Birth Stone : Birth Flower\n" + rows("# a note", 8) + rows("January:Garnet:Carnation", 10) + rows("March", 2), "# Birthday : Birth Stone : Birth Flower"},
		{"a semicolon header", "# code; name; capital\n" + rows("AF;Afghanistan;Kabul", 12), "# code; name; capital"},
		{"a bar header", "# code | name\n" + rows("AF | Afghanistan", 12), "# code | name"},
		{"a comma header", "# code, name, capital\n" + rows("AF,Afghanistan,Kabul", 12), "# code, name, capital"},
		{"a header too long for a title", "# " + strings.Repeat("column : ", 12) + "last\n" + rows(strings.Repeat("x:", 12)+"y", 12), ""},
		{"key: value lines", "# title: My Notes\n" + rows("web: bundle exec puma", 12), ""},
		// The last line of an opening comment block (GNU miscfiles'
		// languages; tzdata's tables, whose comment column is filled
		// only where a country has several zones).
		{"a header under a title", "# ISO 639-1 Language specifications\n# code:Language\n" + rows("aa:Afar", 12), "# code:Language"},
		{"a header under notes", "# tzdb timezone descriptions\n#\n# 3.  Zone name used in value of TZ environment variable.\n#\n#country-\n#code\tcoordinates\tTZ\t\t\tcomments\n" +
			rows("AD\t+4230+00131\tEurope/Andorra", 8) + rows("AQ\t-6617+11031\tAntarctica/Casey\tCasey", 4), "#code\tcoordinates\tTZ\t\t\tcomments"},
		{"more cells than the header names", "# notes\n#code\tname\n" + rows("AD\t+4230+00131\tEurope/Andorra", 12), ""},
		{"no row fills the header", "# notes\n#code\tcoordinates\tTZ\tcomments\n" + rows("AD\t+4230+00131", 12), ""},
		{"a note last, not columns", "# Blocks-16.0.0.txt\n# @missing: 0000..10FFFF; No_Block\n" + rows("0000..007F; Basic Latin", 12), ""},
		{"an arrow is no column", "# Syntax:\n#\t\tinterface  interface_name\t\t<-- two tabs\n" + rows("0001\tFry's Electronics", 12), ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			secs := headerSections(tc.text)
			if tc.title == "" {
				assert.Nil(t, secs)
				return
			}
			require.Len(t, secs, 1)
			assert.Equal(t, tc.title, secs[0].Title)
			assert.True(t, strings.HasPrefix(tc.text[secs[0].Start:], tc.title))
		})
	}
	ex, err := textExtractor{}.Extract("countries", []byte(countries))
	require.NoError(t, err)
	ps := Passages(corpus.Document{ID: "d", Path: "countries"}, ex, Chunk(ex, ChunkConfig{Size: 120, Overlap: 0, Min: 20}))
	require.Greater(t, len(ps), 3)
	for _, p := range ps {
		assert.Equal(t, tests[0].title, p.Section, "passage %d", p.Ord)
	}
}

// muttManual is an excerpt of Mutt's manual as Debian ships it
// (/usr/share/doc/mutt/manual.txt): DocBook rendered as text, numbered
// headings between blank lines, tables drawn with box-drawing characters.
const muttManual = `The Mutt E-Mail Client

Chapter 9. Reference

Table of Contents

1. Command-Line Options
2. Configuration Commands

3.418. write_inc

Type: number
Default: 10

When writing a mailbox, a message will be printed every $write_inc messages to
indicate progress.

4. Functions

The following is the list of available functions listed by the mapping in which
they are available.

4.1. Generic Menu

The generic menu is not a real menu, but specifies common functions (such as
movement) available in all menus except for pager and editor.

Table 9.2. Default Generic Menu Bindings

┌─────────────────┬─────────────┬─────────────────────────────────────────────┐
│    Function     │ Default key │                 Description                 │
├─────────────────┼─────────────┼─────────────────────────────────────────────┤
│<bottom-page>    │L            │move to the bottom of the page               │
├─────────────────┼─────────────┼─────────────────────────────────────────────┤
│<check-stats>    │             │calculate message statistics for all         │
│                 │             │mailboxes                                    │
└─────────────────┴─────────────┴─────────────────────────────────────────────┘

The pager's functions follow.

4.2. Index Menu
`

func TestManualSections(t *testing.T) {
	ex, err := textExtractor{}.Extract("manual.txt", []byte(muttManual))
	require.NoError(t, err)
	type sec struct {
		Level int
		Title string
		At    string // the text the section starts at
	}
	var got []sec
	for _, s := range ex.Sections {
		at, _, _ := strings.Cut(muttManual[s.Start:], "\n")
		got = append(got, sec{s.Level, s.Title, at})
	}
	caption := "# Table 9.2. Default Generic Menu Bindings: Function │ Default key │ Description"
	assert.Equal(t, []sec{
		{1, "Chapter 9. Reference", "Chapter 9. Reference"},
		{3, "3.418. write_inc", "3.418. write_inc"}, // "1. Command-Line Options", a line of the chapter's contents, is no heading
		{2, "4. Functions", "4. Functions"},
		{3, "4.1. Generic Menu", "4.1. Generic Menu"}, // a no-break space after the number, as DocBook writes it
		{tableLevel, caption, "┌─────────────────┬─────────────┬─────────────────────────────────────────────┐"},
		{3, "4.1. Generic Menu", ""}, // in force again after the table
		{3, "4.2. Index Menu", "4.2. Index Menu"},
	}, got)
	ps := Passages(corpus.Document{ID: "d", Path: "manual.txt"}, ex, Chunk(ex, ChunkConfig{Size: 300, Overlap: 0, Min: 20}))
	var rows string
	for _, p := range ps {
		if strings.Contains(p.Text, "│<check-stats>") {
			rows = p.Section
		}
	}
	assert.Equal(t, "Chapter 9. Reference > 4. Functions > 4.1. Generic Menu > "+caption, rows, "a passage of the table's rows without its header row")

	tests := []struct{ name, text string }{
		{"two headings are too few", "Intro\n\n1. One\n\ntext\n\n2. Two\n\ntext\n"},
		{"a numbered list item is a sentence", "Intro\n\n1. Install the package.\n\n2. Run it.\n\n3. Stop it.\n"},
		{"lines of a list are no headings", "1. One\n2. Two\n3. Three\n4. Four\n"},
		{"a table with no header rule", "Notes\n\n┌────┬─────┐\n│Key │Value│\n│1   │2    │\n└────┴─────┘\n"},
		{"years are no section numbers", "Changelog\n\n2023. First release\n\n2024. Second release\n\n2025. Third release\n"},
		{"a numbered list between blank lines, no dotted number", "Install\n\n1. Download the tarball\n\n2. Run make\n\n3. Copy the binary\n"},
		{"a framed note of one column", "Notes\n\n┌────┐\n│Note│\n├────┤\n│text│\n└────┘\n"},
		{"a table of data from its first row", "Notes\n\n┌──┬──────────────────┐\n│%i│parent message id │\n├──┼──────────────────┤\n│%n│the running number│\n└──┴──────────────────┘\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Nil(t, manualSections(tc.text, "Notes"))
		})
	}
	secs := manualSections("┌────┬─────┐\n│Key │Value│\n├────┼─────┤\n│1   │2    │\n└────┴─────┘\nafter\n", "")
	assert.Nil(t, secs, "a table in a text of no headings and no title: no section could close it")
	notes := "Notes\n\n┌────┬─────┐\n│Key │Value│\n├────┼─────┤\n│1   │2    │\n└────┴─────┘\nafter\n"
	secs = manualSections(notes, "Notes")
	require.Len(t, secs, 2)
	assert.Equal(t, "# Key │ Value", secs[0].Title)
	assert.Equal(t, corpus.Section{Start: strings.Index(notes, "after"), Level: 1, Title: "Notes"}, secs[1])

	// A table with no bottom rule ends at its last bar line; its sections
	// stay in order with the next table's.
	open := "Intro\n\n┌────┬─────┐\n│Name│Value│\n├────┼─────┤\n│a   │b    │\n\nprose\n\n┌───┬───┐\n│Key│Use│\n├───┼───┤\n│c  │d  │\n└───┴───┘\n\nafter\n"
	secs = manualSections(open, "Intro")
	require.Len(t, secs, 4)
	assert.True(t, slices.IsSortedFunc(secs, func(a, b corpus.Section) int { return a.Start - b.Start }), "%v", secs)
	assert.Equal(t, strings.Index(open, "\n\nprose")+1, secs[1].Start, "the first table ends after its last bar line")
	// A heading's level stays above a table's, however deep its number.
	deep := "1. A\n\n1.1. B\n\n1.1.1.1.1.1.1.1.1. C\n\ntext\n"
	for _, s := range manualSections(deep, "") {
		assert.Less(t, s.Level, tableLevel, s.Title)
	}
}
