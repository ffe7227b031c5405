package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"runtime"
	"strings"

	"github.com/verbatim-rag/verbatim/ingest/internal/pdf"

	"github.com/verbatim-rag/verbatim/corpus"
)

// ErrNoText reports a document with no extractable text (such as a scanned
// PDF); Run skips such files with ReasonNoText.
var ErrNoText = errors.New("no extractable text")

// ReasonNoText is the skip reason of a file without extractable text.
const ReasonNoText = "no text"

// Limits that keep hostile PDFs from taking the process down.
const (
	maxPDFText      = 64 << 20 // bytes of extracted text
	maxPDFPages     = 100000
	maxPDFTreeDepth = 64
)

// pdfExtractor extracts the text of each page from its content stream,
// pages separated by a blank line, one segment per page.
type pdfExtractor struct{}

func (pdfExtractor) Format() corpus.Format { return corpus.PDF }

func (pdfExtractor) Extract(path string, data []byte) (ex corpus.Extraction, err error) {
	defer func() {
		if r := recover(); r != nil {
			ex, err = corpus.Extraction{}, fmt.Errorf("ingest: %s: %w: pdf: %v", path, ErrMalformed, r)
		}
	}()
	r, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return corpus.Extraction{}, fmt.Errorf("ingest: %s: %w: pdf: %v", path, ErrMalformed, err)
	}
	pages := pdfPages(r.Trailer().Key("Root").Key("Pages"), 0, nil)
	texts, err := newPDFDoc().pageTexts(pages, runtime.GOMAXPROCS(0))
	if err != nil {
		return corpus.Extraction{}, fmt.Errorf("ingest: %s: %w: pdf: %v", path, ErrMalformed, err)
	}
	ex, err = pdfText(texts)
	if err != nil {
		return corpus.Extraction{}, fmt.Errorf("ingest: %s: %w", path, err)
	}
	ex.Title = cleanPDFText(r.Trailer().Key("Info").Key("Title").Text())
	return ex, nil
}

// pdfText joins the text of the pages, texts[i] being page i+1's.
func pdfText(texts []string) (corpus.Extraction, error) {
	var b strings.Builder
	var segs corpus.SourceMap
	for i, raw := range texts {
		t := cleanPDFText(raw)
		if t == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		start := b.Len()
		b.WriteString(t)
		if b.Len() > maxPDFText {
			return corpus.Extraction{}, ErrTooLarge
		}
		segs = append(segs, corpus.Segment{Start: start, End: b.Len(), SrcStart: -1, SrcEnd: -1, Page: i + 1})
	}
	if b.Len() == 0 {
		return corpus.Extraction{}, ErrNoText
	}
	return corpus.Extraction{Text: b.String(), Map: segs, Pages: len(texts)}, nil
}

// pdfPages collects the leaves of the page tree in order, bounded in depth
// and count so that cyclic or huge trees end.
func pdfPages(node pdf.Value, depth int, out []pdf.Page) []pdf.Page {
	if depth > maxPDFTreeDepth || len(out) >= maxPDFPages || node.Kind() != pdf.Dict {
		return out
	}
	kids := node.Key("Kids")
	if node.Key("Type").Name() == "Page" || kids.Kind() != pdf.Array {
		return append(out, pdf.Page{V: node})
	}
	for i := 0; i < kids.Len() && len(out) < maxPDFPages; i++ {
		out = pdfPages(kids.Index(i), depth+1, out)
	}
	return out
}
