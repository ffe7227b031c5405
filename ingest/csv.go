package ingest

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/verbatim-rag/verbatim/corpus"
)

// csvExtractor reads comma- (or semicolon-, tab-) separated values: one
// segment per record, holding the record's raw bytes (Verbatim, with its
// byte offsets and lines in the file), the header record repeated before
// each group of rows so that every passage names its columns.
type csvExtractor struct {
	comma rune // 0: detect ',', ';' or '\t' from the first line
}

func (csvExtractor) Format() corpus.Format { return corpus.CSV }

func (e csvExtractor) Extract(path string, data []byte) (corpus.Extraction, error) {
	if err := checkText(path, data); err != nil {
		return corpus.Extraction{}, err
	}
	base := 0
	if bytes.HasPrefix(data, []byte("\ufeff")) {
		base = len("\ufeff")
	}
	off := base
	r := csv.NewReader(bytes.NewReader(data[base:]))
	r.Comma = e.comma
	if r.Comma == 0 {
		r.Comma = detectComma(data[base:])
	}
	r.LazyQuotes, r.FieldsPerRecord, r.ReuseRecord = true, -1, true
	// A comment block that opens the file and ends with a line naming
	// the columns (tzdata's zone.tab: notes, then "#code<TAB>coordinates
	// <TAB>TZ<TAB><TAB><TAB>comments"): that line heads the rows, not the
	// first note, and the notes are a table of their own before them.
	// The notes' first line, the file's title ("# tzdb timezone
	// descriptions (deprecated version)", "# ISO 3166 alpha-2 country
	// codes"), stands above the header in every group of rows: it names
	// what the rows are.
	header := -1
	if bytes.HasPrefix(bytes.TrimLeft(data[base:], " \t\r\n"), []byte("#")) {
		if at, line, _ := lastOpeningComment(string(data), base); commentColumns(line, r.Comma) != nil {
			header = at
		}
	}
	var t tableBuilder
	t.table("")
	var first *tableRow
	line, counted := 1, 0 // line is the line number of byte offset counted
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return corpus.Extraction{}, fmt.Errorf("ingest: %s: %w: csv: %v", path, ErrMalformed, err)
		}
		start, end := off, base+int(r.InputOffset())
		off = end
		raw := data[start:end]
		trimmed := bytes.TrimLeft(raw, "\r\n") // blank lines the reader skipped
		start += len(raw) - len(trimmed)
		raw = bytes.TrimSuffix(bytes.TrimSuffix(trimmed, []byte("\n")), []byte("\r"))
		if blankRecord(rec) {
			continue
		}
		line += bytes.Count(data[counted:start], []byte("\n"))
		counted = start
		row := tableRow{text: string(raw), seg: corpus.Segment{
			SrcStart: int64(start), SrcEnd: int64(start + len(raw)), Verbatim: true,
			Line: line, EndLine: line + bytes.Count(raw, []byte("\n")),
		}}
		if start == header && first != nil {
			t.captioned(*first)
		}
		if first == nil {
			first = &row
		}
		t.add(row)
	}
	ex := t.extraction()
	if strings.TrimSpace(ex.Text) == "" {
		return corpus.Extraction{}, fmt.Errorf("ingest: %s: %w", path, ErrNoText)
	}
	return ex, nil
}

// detectComma picks the separator that occurs most often in the first
// line: ',' unless ';' or a tab is more frequent.
func detectComma(data []byte) rune {
	first, _, _ := bytes.Cut(data, []byte("\n"))
	best, n := ',', bytes.Count(first, []byte(","))
	for _, c := range []rune{';', '\t'} {
		if m := bytes.Count(first, []byte(string(c))); m > n {
			best, n = c, m
		}
	}
	return best
}

func blankRecord(rec []string) bool {
	for _, f := range rec {
		if strings.TrimSpace(f) != "" {
			return false
		}
	}
	return true
}
