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
// paragraphs of each slide one per line, then its speaker notes after a
// blank line, slides separated by a blank line, one segment per slide
// (Slide is its number, the citation unit), a break before each slide and
// a section for each slide title. Slide-number, date, header and footer
// placeholders are left out.
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
		title, text, err := pptxSlideText(doc, pptxSlideSkip)
		if err != nil {
			return corpus.Extraction{}, fmt.Errorf("ingest: %s: %w: pptx: %s: %v", path, ErrMalformed, name, err)
		}
		notes, err := pptxNotes(z, name)
		if err != nil {
			return corpus.Extraction{}, fmt.Errorf("ingest: %s: pptx: %w", path, err)
		}
		if text != "" && notes != "" {
			text += "\n\n"
		}
		text += notes
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

// Placeholders whose text is left out: on slides the slide number, on
// notes pages also the slide image, date, header and footer.
var (
	pptxSlideSkip = setOf("sldNum")
	pptxNotesSkip = setOf("sldNum", "sldImg", "dt", "hdr", "ftr")
)

// pptxNotes returns the text of the notes page of the slide part name, ""
// when it has none.
func pptxNotes(z *zipDoc, name string) (string, error) {
	rels, err := relationships(z, name)
	if err != nil {
		return "", nil // a slide without relationships has no notes
	}
	for _, r := range rels {
		if !strings.HasSuffix(r.kind, "/notesSlide") || !z.has(r.target) {
			continue
		}
		doc, err := z.read(r.target)
		if err != nil {
			return "", err
		}
		_, text, err := pptxSlideText(doc, pptxNotesSkip)
		if err != nil {
			return "", fmt.Errorf("%w: %s: %v", ErrMalformed, r.target, err)
		}
		return text, nil
	}
	return "", nil
}

// pptxSlideText returns a slide's title (the text of its title
// placeholder) and all its non-empty paragraphs, one per line, leaving out
// shapes that are placeholders of a type in skip.
func pptxSlideText(doc []byte, skip map[string]bool) (title, text string, err error) {
	d := xml.NewDecoder(bytes.NewReader(doc))
	var (
		lines, titleParts       []string
		para                    strings.Builder
		inText, inTitle, hidden bool
		shapeDepth              int // depth of the p:sp being read, 0 outside
		depth                   int
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
					shapeDepth, inTitle, hidden = depth, false, false
				}
			case "ph":
				typ := attr(t, "type")
				inTitle = shapeDepth > 0 && (typ == "title" || typ == "ctrTitle")
				hidden = shapeDepth > 0 && skip[typ]
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
					shapeDepth, inTitle, hidden = 0, false, false
				}
			case "p":
				if line := strings.TrimSpace(para.String()); line != "" && !hidden {
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
