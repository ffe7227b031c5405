package ingest

import (
	"strings"

	"github.com/verbatim-rag/verbatim/corpus"
)

// Row groups of CSV and XLSX tables: rows are gathered into one group (one
// passage) until the next row would take the group's rows past
// tableGroupBytes or past tableGroupRows rows.
const (
	tableGroupBytes = 600
	tableGroupRows  = 10
)

// tableRow is one row of a table: its text (the raw CSV record, or the
// cells of a sheet row joined by " | ") and its source-map segment (Start
// and End filled in by the builder).
type tableRow struct {
	text string
	seg  corpus.Segment
}

// tableBuilder lays out tables as groups of rows, each group beginning with
// a copy of its table's header row (the first row) marked Repeat, groups
// separated by a blank line, a break before each group.
type tableBuilder struct {
	b          strings.Builder
	ex         corpus.Extraction
	header     *tableRow
	caption    *tableRow // a row written above the header in each group (the title of the notes that open a file), nil if none
	section    string    // title of a section to open at the next group
	rows       int       // data rows in the open group; 0 when none is open
	groupBytes int
	data       bool // the current table has had a data row
}

// table starts a new table; a non-empty title opens a section named so.
func (t *tableBuilder) table(title string) {
	t.finishTable()
	t.header, t.caption, t.section, t.rows, t.groupBytes, t.data = nil, nil, title, 0, 0, false
}

// captioned starts a new table, as table does, whose groups each open
// with a copy of r above the header (marked Repeat).
func (t *tableBuilder) captioned(r tableRow) {
	t.table("")
	t.caption = &r
}

// add appends a row of the current table: the first is its header.
func (t *tableBuilder) add(r tableRow) {
	if t.header == nil {
		t.header = &r
		return
	}
	t.data = true
	if t.rows > 0 && (t.rows >= tableGroupRows || t.groupBytes+len(r.text) > tableGroupBytes) {
		t.rows, t.groupBytes = 0, 0
	}
	if t.rows == 0 {
		t.openGroup()
		if t.caption != nil {
			c := *t.caption
			c.seg.Repeat = true
			t.write(c)
			t.b.WriteByte('\n')
		}
		hdr := *t.header
		hdr.seg.Repeat = true
		t.write(hdr)
	}
	t.b.WriteByte('\n')
	t.write(r)
	t.rows++
	t.groupBytes += len(r.text)
}

// openGroup starts a group: a blank line, a break and any pending section.
func (t *tableBuilder) openGroup() {
	if t.b.Len() > 0 {
		t.b.WriteString("\n\n")
	}
	t.ex.Breaks = append(t.ex.Breaks, t.b.Len())
	if t.section != "" {
		t.ex.Sections = append(t.ex.Sections, corpus.Section{Start: t.b.Len(), Level: 1, Title: t.section})
		t.section = ""
	}
}

func (t *tableBuilder) write(r tableRow) {
	seg := r.seg
	seg.Start = t.b.Len()
	t.b.WriteString(r.text)
	seg.End = t.b.Len()
	t.ex.Map = append(t.ex.Map, seg)
}

// finishTable writes a table that had only its header row, as one group.
func (t *tableBuilder) finishTable() {
	if t.header != nil && !t.data {
		t.openGroup()
		t.write(*t.header)
	}
	t.header = nil
}

// extraction returns what was built.
func (t *tableBuilder) extraction() corpus.Extraction {
	t.finishTable()
	ex := t.ex
	ex.Text = t.b.String()
	return ex
}
