// Command gen writes the binary test files of testdata: the PDF and DOCX
// documents of the sample corpus and the malformed files of testdata/bad.
//
// Run it from the module root: go run ./testdata/gen
package main

import (
	"archive/zip"
	"bytes"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"
	"time"
)

func main() {
	dir := flag("testdata")
	report := pdfDocument("Tidewatch Society Annual Report 1998", reportPages)
	handbook := docxDocument("The Watchkeeper's Handbook", handbookBody)
	files := map[string][]byte{
		"corpus/reports/annual-report-1998.pdf": report,
		"corpus/handbook.docx":                  handbook,
		"bad/invalid-utf8.txt":                  []byte("Relief log, 3 May 1994.\nKeeper Mair\xe9ad Daly landed at 11:40.\n"),
		"bad/empty.txt":                         {},
		"bad/truncated.pdf":                     report[:len(report)*3/5],
		"bad/corrupt.docx":                      handbook[:len(handbook)/2],
		"bad/binary.txt":                        []byte("LOG\x00\x01\x02\x03\xff\xfe binary lamp-timer dump \x00\x00"),
		"bad/blank.pdf":                         pdfDocument("Blank", [][]string{{}}),
	}
	for name, data := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			log.Fatal(err)
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			log.Fatal(err)
		}
		fmt.Printf("wrote %s (%d bytes)\n", path, len(data))
	}
}

// flag returns the output folder: the first argument, else def.
func flag(def string) string {
	if len(os.Args) > 1 {
		return os.Args[1]
	}
	return def
}

// pdfDocument writes a PDF with one page per element of pages; each page is
// a list of lines ("" for a blank line) set in 11-point Helvetica.
func pdfDocument(title string, pages [][]string) []byte {
	var objs []string // objs[i] is the body of object i+1
	add := func(body string) int {
		objs = append(objs, body)
		return len(objs)
	}
	add("<< /Type /Catalog /Pages 2 0 R >>")
	add("") // the page tree, filled in below
	font := add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
	info := add(fmt.Sprintf("<< /Title (%s) /Producer (verbatim testdata/gen) >>", pdfEscape(title)))
	var kids []string
	for _, lines := range pages {
		content := pdfContent(lines)
		c := add(fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content))
		p := add(fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "+
			"/Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>", font, c))
		kids = append(kids, fmt.Sprintf("%d 0 R", p))
	}
	objs[1] = fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), len(kids))

	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	offsets := make([]int, len(objs))
	for i, body := range objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, body)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, info, xref)
	return b.Bytes()
}

// pdfContent is the content stream drawing lines top-down, 14 points apart.
func pdfContent(lines []string) string {
	var b strings.Builder
	b.WriteString("BT\n/F1 11 Tf\n14 TL\n72 740 Td\n")
	for _, ln := range lines {
		if ln != "" {
			fmt.Fprintf(&b, "(%s) Tj\n", pdfEscape(ln))
		}
		b.WriteString("T*\n")
	}
	b.WriteString("ET")
	return b.String()
}

func pdfEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, "(", `\(`, ")", `\)`).Replace(s)
}

// docxDocument writes a DOCX whose body paragraphs are given as
// "style|text" ("" style for body text).
func docxDocument(title string, paras []string) []byte {
	var body strings.Builder
	for _, p := range paras {
		style, text, _ := strings.Cut(p, "|")
		body.WriteString("<w:p>")
		if style != "" {
			fmt.Fprintf(&body, `<w:pPr><w:pStyle w:val="%s"/></w:pPr>`, style)
		}
		for i, part := range strings.Split(text, "\t") {
			if i > 0 {
				body.WriteString("<w:r><w:tab/></w:r>")
			}
			fmt.Fprintf(&body, `<w:r><w:t xml:space="preserve">%s</w:t></w:r>`, xmlEscape(part))
		}
		body.WriteString("</w:p>\n")
	}
	parts := []struct{ name, data string }{
		{"[Content_Types].xml", contentTypes},
		{"_rels/.rels", rootRels},
		{"word/_rels/document.xml.rels", documentRels},
		{"word/document.xml", fmt.Sprintf(documentXML, body.String())},
		{"word/styles.xml", stylesXML},
		{"docProps/core.xml", fmt.Sprintf(coreXML, xmlEscape(title))},
	}
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, p := range parts {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: time.Date(2024, 3, 14, 12, 0, 0, 0, time.UTC)})
		if err != nil {
			log.Fatal(err)
		}
		if _, err := w.Write([]byte(p.data)); err != nil {
			log.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		log.Fatal(err)
	}
	return b.Bytes()
}

func xmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace(s)
}
