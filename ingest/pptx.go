package ingest

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/verbatim-rag/verbatim/corpus"
)

// pptxExtractor reads the slides of a PPTX deck in presentation order: the
// paragraphs of each slide one per line, slides separated by a blank line,
// one segment per slide (Slide is its number, the citation unit), a break
// before each slide and a section for each slide title. Speaker notes are
// not read.
type pptxExtractor struct{}

func (pptxExtractor) Format() corpus.Format { return corpus.PPTX }

func (pptxExtractor) Extract(path string, data []byte) (corpus.Extraction, error) {
	z, err := openZip(path, "pptx", data)
	if err != nil {
		return corpus.Extraction{}, err
	}
	slides, err := pptxSlides(z)
	if err != nil {
		return corpus.Extraction{}, fmt.Errorf("ingest: %s: pptx: %w", path, err)
	}
	var (
		ex corpus.Extraction
		b  strings.Builder
	)
	for i, name := range slides {
		doc, err := z.read(name)
		if err != nil {
			return corpus.Extraction{}, fmt.Errorf("ingest: %s: pptx: %w", path, err)
		}
		title, text, err := pptxSlideText(doc)
		if err != nil {
			return corpus.Extraction{}, fmt.Errorf("ingest: %s: %w: pptx: %s: %v", path, ErrMalformed, name, err)
		}
		if text == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		start := b.Len()
		b.WriteString(text)
		ex.Breaks = append(ex.Breaks, start)
		ex.Map = append(ex.Map, corpus.Segment{Start: start, End: b.Len(), SrcStart: -1, SrcEnd: -1, Slide: i + 1})
		if title != "" {
			ex.Sections = append(ex.Sections, corpus.Section{Start: start, Level: 1, Title: title})
		}
	}
	ex.Text, ex.Pages = b.String(), len(slides)
	if ex.Text == "" {
		return corpus.Extraction{}, fmt.Errorf("ingest: %s: %w", path, ErrNoText)
	}
	if core, err := z.read("docProps/core.xml"); err == nil {
		ex.Title = docxCoreTitle(core)
	}
	if ex.Title == "" {
		ex.Title = firstTitle(ex.Sections, "")
	}
	return ex, nil
}

// pptxSlides lists the slide parts in the order of the presentation's
// slide list.
func pptxSlides(z *zipDoc) ([]string, error) {
	pres := officeDocument(z, "ppt/presentation.xml")
	rels, err := relationships(z, pres)
	if err != nil {
		return nil, err
	}
	data, err := z.read(pres)
	if err != nil {
		return nil, err
	}
	var p struct {
		Slides []struct {
			Attrs []xml.Attr `xml:",any,attr"`
		} `xml:"sldIdLst>sldId"`
	}
	if err := xml.Unmarshal(data, &p); err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrMalformed, pres, err)
	}
	var out []string
	for _, s := range p.Slides {
		if r, ok := rels[relID(s.Attrs)]; ok && strings.HasSuffix(r.kind, "/slide") {
			out = append(out, r.target)
		}
	}
	return out, nil
}

// pptxSlideText returns a slide's title (the text of its title
// placeholder) and all its non-empty paragraphs, one per line.
func pptxSlideText(doc []byte) (title, text string, err error) {
	d := xml.NewDecoder(bytes.NewReader(doc))
	var (
		lines, titleParts []string
		para              strings.Builder
		inText, inTitle   bool
		shapeDepth        int // depth of the p:sp being read, 0 outside
		depth             int
	)
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			return strings.Join(titleParts, " "), strings.Join(lines, "\n"), nil
		}
		if err != nil {
			return "", "", err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			switch t.Name.Local {
			case "sp":
				if shapeDepth == 0 {
					shapeDepth, inTitle = depth, false
				}
			case "ph":
				if typ := attr(t, "type"); typ == "title" || typ == "ctrTitle" {
					inTitle = shapeDepth > 0
				}
			case "p":
				para.Reset()
			case "t":
				inText = true
			case "br":
				para.WriteByte('\n')
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "sp":
				if depth == shapeDepth {
					shapeDepth, inTitle = 0, false
				}
			case "p":
				if line := strings.TrimSpace(para.String()); line != "" {
					lines = append(lines, line)
					if inTitle {
						titleParts = append(titleParts, collapseSpace(line))
					}
				}
				para.Reset()
			case "t":
				inText = false
			}
			depth--
		case xml.CharData:
			if inText {
				para.Write(t)
			}
		}
	}
}
