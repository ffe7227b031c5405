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

// xlsxExtractor reads the worksheets of an XLSX workbook in tab order: one
// segment per non-empty row (its sheet as Part, its row number as Row),
// cells joined by " | ", each sheet a section, its first row repeated
// before each group of rows. Numbers are shown as stored, except that
// cells with a date or time format are shown as ISO dates and times;
// formulas give their cached value.
type xlsxExtractor struct{}

func (xlsxExtractor) Format() corpus.Format { return corpus.XLSX }

const relOfficeDocument = "/officeDocument"

func (xlsxExtractor) Extract(path string, data []byte) (corpus.Extraction, error) {
	z, err := openZip(path, "xlsx", data)
	if err != nil {
		return corpus.Extraction{}, err
	}
	ex, err := xlsxExtract(z)
	if err != nil {
		return corpus.Extraction{}, fmt.Errorf("ingest: %s: xlsx: %w", path, err)
	}
	if strings.TrimSpace(ex.Text) == "" {
		return corpus.Extraction{}, fmt.Errorf("ingest: %s: %w", path, ErrNoText)
	}
	if core, err := z.read("docProps/core.xml"); err == nil {
		ex.Title = docxCoreTitle(core)
	}
	return ex, nil
}

func xlsxExtract(z *zipDoc) (corpus.Extraction, error) {
	book := officeDocument(z, "xl/workbook.xml")
	rels, err := relationships(z, book)
	if err != nil {
		return corpus.Extraction{}, err
	}
	var cells xlsxCells
	for _, r := range rels {
		switch {
		case strings.HasSuffix(r.kind, "/sharedStrings"):
			if cells.shared, err = xlsxSharedStrings(z, r.target); err != nil {
				return corpus.Extraction{}, err
			}
		case strings.HasSuffix(r.kind, "/styles"):
			cells.dates = xlsxDateStyles(z, r.target)
		}
	}
	wb, err := z.read(book)
	if err != nil {
		return corpus.Extraction{}, err
	}
	var w struct {
		Pr struct {
			Date1904 string `xml:"date1904,attr"`
		} `xml:"workbookPr"`
		Sheets []struct {
			Name  string     `xml:"name,attr"`
			Attrs []xml.Attr `xml:",any,attr"`
		} `xml:"sheets>sheet"`
	}
	if err := xml.Unmarshal(wb, &w); err != nil {
		return corpus.Extraction{}, fmt.Errorf("%w: %s: %v", ErrMalformed, book, err)
	}
	cells.date1904 = w.Pr.Date1904 == "1" || w.Pr.Date1904 == "true"
	var t tableBuilder
	for _, s := range w.Sheets {
		rel, ok := rels[relID(s.Attrs)]
		if !ok || !strings.HasSuffix(rel.kind, "/worksheet") {
			continue // chart sheets and dialog sheets hold no cells
		}
		name := strings.TrimSpace(s.Name)
		if name == "" {
			name = "Sheet"
		}
		t.table(name)
		sheet, err := z.read(rel.target)
		if err != nil {
			return corpus.Extraction{}, err
		}
		if err := xlsxRows(sheet, &cells, func(row int, text string) {
			t.add(tableRow{text: text, seg: corpus.Segment{SrcStart: -1, SrcEnd: -1, Part: name, Row: row}})
		}); err != nil {
			return corpus.Extraction{}, fmt.Errorf("%w: %s: %v", ErrMalformed, rel.target, err)
		}
	}
	return t.extraction(), nil
}

// relID returns the r:id attribute (of any relationships namespace).
func relID(attrs []xml.Attr) string {
	for _, a := range attrs {
		if a.Name.Local == "id" && a.Name.Space != "" {
			return a.Value
		}
	}
	return ""
}

// officeDocument returns the main part named by the package's _rels/.rels,
// or def when there is none.
func officeDocument(z *zipDoc, def string) string {
	rels, err := relationships(z, "")
	if err != nil {
		return def
	}
	for _, r := range rels {
		if strings.HasSuffix(r.kind, relOfficeDocument) && z.has(r.target) {
			return r.target
		}
	}
	return def
}

// xlsxSharedStrings reads the shared string table: the text of each <si>,
// runs concatenated, phonetic hints (<rPh>) left out.
func xlsxSharedStrings(z *zipDoc, name string) ([]string, error) {
	data, err := z.read(name)
	if err != nil {
		return nil, err
	}
	d := xml.NewDecoder(bytes.NewReader(data))
	var (
		out        []string
		cur        strings.Builder
		inT, inRPh bool
	)
	for {
		tok, err := d.RawToken() // namespace translation was a fifth of the time
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%w: %s: %v", ErrMalformed, name, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "si":
				cur.Reset()
			case "t":
				inT = true
			case "rPh":
				inRPh = true
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "si":
				out = append(out, cur.String())
			case "t":
				inT = false
			case "rPh":
				inRPh = false
			}
		case xml.CharData:
			if inT && !inRPh {
				cur.Write(t)
			}
		}
	}
}

// xlsxCells is what turns cell values into text: the shared strings, the
// date kind of each cell format and the workbook's date system.
type xlsxCells struct {
	shared   []string
	dates    []xlsxDateKind
	date1904 bool
}

// xlsxCell is one cell being read.
type xlsxCell struct {
	col   int
	kind  string // the t attribute
	style int    // the s attribute
	value strings.Builder
}

// xlsxRows streams the rows of a worksheet, calling emit with the row
// number and the row's text for every row with a non-blank cell.
func xlsxRows(sheet []byte, cs *xlsxCells, emit func(row int, text string)) error {
	d := xml.NewDecoder(bytes.NewReader(sheet))
	var (
		row, nextRow = 0, 1
		cells        []*xlsxCell
		cell         *xlsxCell
		inValue      bool
	)
	for {
		tok, err := d.RawToken() // namespace translation was a fifth of the time
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "row":
				row = nextRow
				if n, err := strconv.Atoi(attr(t, "r")); err == nil && n > 0 {
					row = n
				}
				nextRow, cells = row+1, cells[:0]
			case "c":
				col := len(cells) + 1
				if len(cells) > 0 {
					col = cells[len(cells)-1].col + 1
				}
				if n := columnOf(attr(t, "r")); n > 0 {
					col = n
				}
				cell = &xlsxCell{col: col, kind: attr(t, "t")}
				cell.style, _ = strconv.Atoi(attr(t, "s"))
				cells = append(cells, cell)
			case "v", "t":
				inValue = cell != nil
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "row":
				if text := xlsxRowText(cells, cs); text != "" {
					emit(row, text)
				}
				cells = cells[:0]
			case "c":
				cell = nil
			case "v", "t":
				inValue = false
			}
		case xml.CharData:
			if inValue {
				cell.value.Write(t)
			}
		}
	}
}

// maxColumnGap is the most empty cells kept between two cells of a row so
// that columns line up with the header; wider gaps become one.
const maxColumnGap = 64

// xlsxRowText joins a row's cell values with " | ", blank when every cell
// is.
func xlsxRowText(cells []*xlsxCell, cs *xlsxCells) string {
	var b strings.Builder
	end, prev := 0, 0
	for _, c := range cells {
		seps := max(c.col-prev, 1) // separators up to this cell's column
		if prev == 0 {
			seps = c.col - 1
		}
		b.WriteString(strings.Repeat(" | ", min(seps, maxColumnGap+1)))
		v := cs.value(c)
		b.WriteString(v)
		if v != "" {
			end = b.Len()
		}
		prev = max(c.col, prev+1)
	}
	return b.String()[:end]
}

// value is the text of a cell: shared strings looked up, booleans spelled
// out, dates and times in ISO form, line breaks inside a cell turned into
// spaces.
func (cs *xlsxCells) value(c *xlsxCell) string {
	v := c.value.String()
	switch c.kind {
	case "s":
		i, err := strconv.Atoi(strings.TrimSpace(v))
		if err != nil || i < 0 || i >= len(cs.shared) {
			return ""
		}
		v = cs.shared[i]
	case "b":
		v = map[string]string{"1": "TRUE", "0": "FALSE"}[strings.TrimSpace(v)]
	case "", "n":
		if c.style >= 0 && c.style < len(cs.dates) && cs.dates[c.style] != xlsxNumber {
			if d, ok := xlsxDateText(v, cs.dates[c.style], cs.date1904); ok {
				v = d
			}
		}
	}
	return strings.Join(strings.Fields(v), " ")
}

// columnOf returns the 1-based column of a cell reference ("C7" → 3), 0
// when ref has none.
func columnOf(ref string) int {
	col := 0
	for _, c := range ref {
		switch {
		case c >= 'A' && c <= 'Z':
			col = col*26 + int(c-'A'+1)
		case c >= 'a' && c <= 'z':
			col = col*26 + int(c-'a'+1)
		default:
			return col
		}
		if col > 1<<20 {
			return 0
		}
	}
	return col
}
