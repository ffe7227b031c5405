package ingest

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strconv"
	"strings"

	"github.com/verbatim-rag/verbatim/corpus"
)

// odtExtractor reads content.xml of an OpenDocument text (ODT), the way
// docxExtractor reads DOCX: one paragraph per text:p or text:h (headings
// with their outline level as sections), paragraphs separated by a blank
// line, one segment per non-empty paragraph. Footnote markers, tracked
// deletions and comments are left out; footnote text is a paragraph of
// its own after the paragraph it belongs to. White space in the XML
// collapses to one space, as ODF specifies; text:s, text:tab and
// text:line-break give spaces, tabs and line breaks.
type odtExtractor struct{}

func (odtExtractor) Format() corpus.Format { return corpus.ODT }

func (odtExtractor) Extract(path string, data []byte) (corpus.Extraction, error) {
	return zippedParagraphs(path, "odt", data, "content.xml", "meta.xml", odtParagraphs)
}

// odtSkip are elements whose text is not part of the document's text.
var odtSkip = setOf("note-citation", "tracked-changes", "annotation", "annotation-end", "bookmark-ref", "sequence-ref")

// odtParagraphs parses content.xml into paragraphs in reading order.
func odtParagraphs(doc []byte) ([]*docxPara, error) {
	d := xml.NewDecoder(bytes.NewReader(doc))
	var (
		out, stack []*docxPara
		nested     []*docxPara // closed paragraphs inside an open one (notes)
		skip       int
	)
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		var top *docxPara
		if len(stack) > 0 {
			top = stack[len(stack)-1]
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch name := t.Name.Local; {
			case skip > 0 || odtSkip[name]:
				skip++
			case name == "p" || name == "h":
				p := &docxPara{title: attr(t, "style-name") == "Title"}
				if name == "h" {
					p.level = 1
					if n, err := strconv.Atoi(attr(t, "outline-level")); err == nil && n >= 1 && n <= 9 {
						p.level = n
					}
				}
				stack = append(stack, p)
			case top == nil:
			case name == "s":
				n, err := strconv.Atoi(attr(t, "c"))
				if err != nil || n < 1 {
					n = 1
				}
				for i := 0; i < min(n, 1000); i++ {
					top.text.WriteByte(' ')
				}
			case name == "tab":
				top.text.WriteByte('\t')
			case name == "line-break":
				top.text.WriteByte('\n')
			}
		case xml.EndElement:
			switch name := t.Name.Local; {
			case skip > 0:
				skip--
			case (name == "p" || name == "h") && top != nil:
				stack = stack[:len(stack)-1]
				if len(stack) > 0 {
					nested = append(nested, top)
					continue
				}
				out = append(append(out, top), nested...)
				nested = nested[:0]
			}
		case xml.CharData:
			if skip == 0 && top != nil {
				writeCollapsed(&top.text, t)
			}
		}
	}
}

// writeCollapsed writes text with every run of XML white space as one
// space.
func writeCollapsed(b *strings.Builder, text []byte) {
	space := false
	for _, c := range text {
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteByte(c)
	}
	if space {
		b.WriteByte(' ')
	}
}
