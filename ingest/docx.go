package ingest

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/verbatim-rag/verbatim/corpus"
)

// docxExtractor reads word/document.xml of a DOCX file: one paragraph of
// text per w:p, paragraphs separated by a blank line, Heading1..9 (or an
// outline level) as sections, one segment per non-empty paragraph.
type docxExtractor struct{}

func (docxExtractor) Format() corpus.Format { return corpus.DOCX }

func (docxExtractor) Extract(path string, data []byte) (corpus.Extraction, error) {
	return zippedParagraphs(path, "docx", data, "word/document.xml", "docProps/core.xml", docxParagraphs)
}

// zippedParagraphs extracts a zipped word-processing document (DOCX,
// ODT): the paragraphs parse finds in the member body, laid out by
// docxExtraction, titled by the member titled when it names a title.
func zippedParagraphs(path, kind string, data []byte, body, titled string, parse func([]byte) ([]*docxPara, error)) (corpus.Extraction, error) {
	z, err := openZip(path, kind, data)
	if err != nil {
		return corpus.Extraction{}, err
	}
	doc, err := z.read(body)
	if err != nil {
		return corpus.Extraction{}, fmt.Errorf("ingest: %s: %s: %w", path, kind, err)
	}
	paras, err := parse(doc)
	if err != nil {
		return corpus.Extraction{}, fmt.Errorf("ingest: %s: %w: %s: %s: %v", path, ErrMalformed, kind, body, err)
	}
	ex := docxExtraction(paras)
	if ex.Text == "" {
		return corpus.Extraction{}, fmt.Errorf("ingest: %s: %w", path, ErrNoText)
	}
	if meta, err := z.read(titled); err == nil {
		if t := docxCoreTitle(meta); t != "" {
			ex.Title = t
		}
	}
	return ex, nil
}

// docxPara is one paragraph: its text, heading level (0 for body text) and
// whether it has the Title style.
type docxPara struct {
	text  strings.Builder
	level int
	title bool
}

// docxParagraphs parses document.xml into paragraphs in reading order.
func docxParagraphs(doc []byte) ([]*docxPara, error) {
	d := xml.NewDecoder(bytes.NewReader(doc))
	var (
		out    []*docxPara
		stack  []*docxPara
		inText bool
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
			if t.Name.Local == "p" {
				stack = append(stack, &docxPara{})
				continue
			}
			inText = docxStart(top, t) || inText
		case xml.EndElement:
			switch t.Name.Local {
			case "t":
				inText = false
			case "p":
				if top != nil {
					stack = stack[:len(stack)-1]
					out = append(out, top)
				}
			}
		case xml.CharData:
			if inText && top != nil {
				top.text.Write(t)
			}
		}
	}
}

// docxStart applies a start element inside paragraph p; it reports whether
// the element is a w:t whose character data is text.
func docxStart(p *docxPara, el xml.StartElement) bool {
	if p == nil {
		return false
	}
	switch el.Name.Local {
	case "t":
		return true
	case "tab":
		p.text.WriteByte('\t')
	case "br", "cr":
		p.text.WriteByte('\n')
	case "noBreakHyphen":
		p.text.WriteByte('-')
	case "pStyle":
		p.level, p.title = docxStyleLevel(attr(el, "val"))
	case "outlineLvl":
		if n, err := strconv.Atoi(attr(el, "val")); err == nil && n >= 0 && n < 9 && p.level == 0 {
			p.level = n + 1
		}
	}
	return false
}

// docxStyleLevel maps a paragraph style id to a heading level.
func docxStyleLevel(style string) (level int, title bool) {
	s := strings.ToLower(strings.ReplaceAll(style, " ", ""))
	if s == "title" {
		return 0, true
	}
	if n, ok := strings.CutPrefix(s, "heading"); ok {
		if lvl, err := strconv.Atoi(n); err == nil && lvl >= 1 && lvl <= 9 {
			return lvl, false
		}
	}
	return 0, false
}

func attr(el xml.StartElement, local string) string {
	for _, a := range el.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// docxExtraction joins non-empty paragraphs with blank lines.
func docxExtraction(paras []*docxPara) corpus.Extraction {
	var ex corpus.Extraction
	var b strings.Builder
	for _, p := range paras {
		text := strings.TrimSpace(p.text.String())
		if text == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		start := b.Len()
		b.WriteString(text)
		ex.Map = append(ex.Map, corpus.Segment{Start: start, End: b.Len(), SrcStart: -1, SrcEnd: -1, Para: len(ex.Map) + 1})
		switch {
		case p.title && ex.Title == "":
			ex.Title = collapseSpace(text)
		case p.level > 0:
			ex.Sections = append(ex.Sections, corpus.Section{Start: start, Level: p.level, Title: collapseSpace(text)})
		}
	}
	ex.Text = b.String()
	if ex.Title == "" {
		ex.Title = firstTitle(ex.Sections, "")
	}
	return ex
}

// docxCoreTitle returns dc:title of docProps/core.xml.
func docxCoreTitle(core []byte) string {
	var props struct {
		Title string `xml:"title"`
	}
	if err := xml.Unmarshal(core, &props); err != nil {
		return ""
	}
	return collapseSpace(props.Title)
}
