package corpus

import (
	"fmt"
	"sort"
	"strings"
)

// Segment ties the extracted text [Start, End) to the source file.
//
// For text-like files one segment covers the whole text and is Verbatim: the
// extracted bytes are the file's bytes, so offsets and line numbers inside
// the segment are exact. An HTML extractor emits one segment per text run
// (Verbatim when no entity or whitespace was rewritten), a PDF extractor one
// per page, DOCX and ODT extractors one per paragraph, an EPUB extractor one
// per paragraph of each chapter file (Part), a PPTX extractor one per slide,
// CSV and XLSX extractors one per row (CSV rows Verbatim with their lines,
// XLSX rows with their sheet as Part).
type Segment struct {
	Start    int   `json:"s"`            // byte offset in the extracted text
	End      int   `json:"e"`            // exclusive
	SrcStart int64 `json:"ss"`           // byte offset in the original file, -1 when unknown
	SrcEnd   int64 `json:"se"`           // exclusive, -1 when unknown
	Line     int   `json:"l,omitempty"`  // 1-based source line of SrcStart, 0 when unknown
	EndLine  int   `json:"el,omitempty"` // 1-based source line of the last source byte
	Page     int   `json:"p,omitempty"`  // 1-based page, 0 when the format has none
	Para     int   `json:"q,omitempty"`  // 1-based paragraph (DOCX, ODT; EPUB within Part), 0 otherwise
	Verbatim bool  `json:"v,omitempty"`  // text[Start:End] equals source[SrcStart:SrcEnd]
	// Part names the member of a container the segment comes from: the
	// chapter file of an EPUB, the sheet of an XLSX workbook.
	Part  string `json:"f,omitempty"`
	Slide int    `json:"sl,omitempty"` // 1-based slide (PPTX), 0 otherwise
	Row   int    `json:"r,omitempty"`  // 1-based sheet row (XLSX), 0 otherwise
	// Repeat marks a copy of context from elsewhere in the source (the
	// header row repeated before each group of table rows). A span that
	// starts in it and reaches past it is located from the next segment.
	Repeat bool `json:"rp,omitempty"`
}

// SourceMap is the list of segments of one extraction, sorted by Start and
// not overlapping. Text not covered by any segment (separators an extractor
// inserted) belongs to the nearest segment before it.
type SourceMap []Segment

// Span is an exact, checkable location: where a passage or a quoted part of
// it lies in the extracted text and in the original file.
type Span struct {
	Path       string `json:"path"`
	Start      int    `json:"start"`                // byte offset in the extracted text
	End        int    `json:"end"`                  // exclusive
	SrcStart   int64  `json:"src_start"`            // byte offset in the original file, -1 when unknown
	SrcEnd     int64  `json:"src_end"`              // exclusive, -1 when unknown
	LineStart  int    `json:"line_start,omitempty"` // 1-based, 0 when unknown
	LineEnd    int    `json:"line_end,omitempty"`
	PageStart  int    `json:"page_start,omitempty"` // 1-based, 0 when not paged
	PageEnd    int    `json:"page_end,omitempty"`
	ParaStart  int    `json:"para_start,omitempty"` // 1-based paragraph (DOCX, ODT, EPUB), 0 otherwise
	ParaEnd    int    `json:"para_end,omitempty"`
	Part       string `json:"part,omitempty"`        // EPUB chapter file or XLSX sheet
	SlideStart int    `json:"slide_start,omitempty"` // 1-based PPTX slide, 0 otherwise
	SlideEnd   int    `json:"slide_end,omitempty"`
	RowStart   int    `json:"row_start,omitempty"` // 1-based XLSX sheet row, 0 otherwise
	RowEnd     int    `json:"row_end,omitempty"`
}

// String renders the span the way a person would look it up:
// "notes/a.md:12-14", "paper.pdf:p3", "report.docx:¶4-6",
// "book.epub:EPUB/text/ch002.xhtml¶4", "deck.pptx:slide 3",
// "sheet.xlsx:Sheet1!12-15", or with byte offsets when nothing better is
// known.
func (s Span) String() string {
	switch {
	case s.LineStart > 0:
		return s.Path + ":" + rangeString(s.LineStart, s.LineEnd)
	case s.PageStart > 0:
		return s.Path + ":p" + rangeString(s.PageStart, s.PageEnd)
	case s.SlideStart > 0:
		return s.Path + ":slide " + rangeString(s.SlideStart, s.SlideEnd)
	case s.RowStart > 0:
		return s.Path + ":" + s.Part + "!" + rangeString(s.RowStart, s.RowEnd)
	case s.ParaStart > 0:
		return s.Path + ":" + s.Part + "¶" + rangeString(s.ParaStart, s.ParaEnd)
	default:
		return fmt.Sprintf("%s@%d-%d", s.Path, s.Start, s.End)
	}
}

func rangeString(a, b int) string {
	if b <= a {
		return fmt.Sprint(a)
	}
	return fmt.Sprintf("%d-%d", a, b)
}

// IdentityMap is the source map of a text-like file whose extracted text is
// its own bytes.
func IdentityMap(n int) SourceMap {
	return SourceMap{{Start: 0, End: n, SrcStart: 0, SrcEnd: int64(n), Line: 1, Verbatim: true}}
}

// Locate maps the extracted-text range [start, end) of text, whose map is m,
// to a Span (Path left empty for the caller to fill).
func (m SourceMap) Locate(text string, start, end int) Span {
	start, end = clamp(start, 0, len(text)), clamp(end, 0, len(text))
	if end < start {
		end = start
	}
	sp := Span{Start: start, End: end, SrcStart: -1, SrcEnd: -1}
	if len(m) == 0 {
		return sp
	}
	last := end - 1
	if last < start {
		last = start
	}
	first, lastSeg := m.find(start), m.find(last)
	for first < lastSeg && m[first].Repeat {
		first++ // a repeated header is context, not the cited rows
		start = max(start, m[first].Start)
	}
	a, b := m[first], m[lastSeg]

	sp.PageStart, sp.PageEnd = a.Page, b.Page
	sp.ParaStart, sp.ParaEnd = a.Para, b.Para
	sp.SlideStart, sp.SlideEnd = a.Slide, b.Slide
	sp.RowStart, sp.RowEnd = a.Row, b.Row
	sp.Part = a.Part
	if a.SrcStart >= 0 {
		sp.SrcStart = a.SrcStart
		if a.Verbatim && start >= a.Start {
			sp.SrcStart += int64(start - a.Start)
		}
	}
	if b.SrcEnd >= 0 {
		sp.SrcEnd = b.SrcEnd
		if b.Verbatim && end <= b.End && end >= b.Start {
			sp.SrcEnd = b.SrcStart + int64(end-b.Start)
		}
	}
	if a.Line > 0 {
		sp.LineStart = a.Line
		if a.Verbatim && start > a.Start {
			sp.LineStart += strings.Count(text[a.Start:min(start, a.End)], "\n")
		}
	}
	if b.Line > 0 {
		sp.LineEnd = max(b.EndLine, b.Line)
		if b.Verbatim && last >= b.Start && last < b.End {
			sp.LineEnd = b.Line + strings.Count(text[b.Start:last], "\n")
		}
		if sp.LineEnd < sp.LineStart {
			sp.LineEnd = sp.LineStart
		}
	}
	return sp
}

// find returns the index of the segment holding offset off, or the last
// segment starting before it.
func (m SourceMap) find(off int) int {
	i := sort.Search(len(m), func(i int) bool { return m[i].Start > off }) - 1
	if i < 0 {
		return 0
	}
	return i
}

func clamp(v, lo, hi int) int {
	return max(lo, min(v, hi))
}
