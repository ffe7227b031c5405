package lossy

import (
	"slices"
	"strings"

	"github.com/verbatim-rag/verbatim/english"
)

// The table view: a CSV file (IEEE's oui.csv, a spreadsheet's export)
// writes a record as one row of cells under a header row that names the
// columns ("Registry,Assignment,Organization Name,Organization
// Address"), the key first and the name after it. The row links the key
// to the name and the name to the cell right after it, but nothing links
// the name back to the key before it ("What OUI is assigned to Galios?"),
// and a long name's shared tail ("… Co., Ltd.") loses the record before
// the cells after it. So each row is also stated with its name first,
// then each other cell after its column's name in lower case, the cells
// that tell the rows apart first ("Galios; assignment 70B3D5EA6
// organization address … registry MA-S"), as the ID-list view states a
// vendor ("Anchor Chips, Inc. vendor 0547"). The line opens with a space:
// a name inside a question is a spaced token.
//
// The rows are those english.Units reads under a header row (a first row
// of short cells without digits; quoted cells keep their commas) whose
// cells are parted by commas, each with as many cells as the header. The
// name is the column its header calls a name, title or label ("name",
// "Organization Name", see nameField), or else, as for delimited rows, the
// column with the most letters when that is not the first. A row whose
// name cell is empty or shared by most rows of the passage ("Private")
// names no record. Tab and semicolon rows get the delimited-row view
// (see delimitedRows).

// writeTableView writes the table view of a passage (see above).
func writeTableView(b *strings.Builder, text string) {
	if !tightComma(text) {
		return // no CSV row: prose is not read into units here
	}
	for _, t := range commaTables(text) {
		writeTable(b, t.header, t.rows)
	}
}

// writeTable writes the view of one table's rows.
func writeTable(b *strings.Builder, header []string, rows [][]string) {
	if len(rows) < 2 {
		return
	}
	name := tableNameColumn(header, rows)
	if name < 0 {
		return
	}
	run := make([]viewRecord, len(rows))
	values := make(map[recordField]int)
	for i, r := range rows {
		run[i].fields = make([]recordField, len(r))
		for j, c := range r {
			f := recordField{key: header[j], value: c}
			run[i].fields[j] = f
			values[f]++
		}
	}
	// common reports whether most rows give f's value in f's column
	// ("Registry: MA-S"; a name "Private"): it tells no row apart.
	common := func(f recordField) bool { return 2*values[f] > len(rows) }
	order, _ := rowOrder(run)
	for _, r := range run {
		if common(r.fields[name]) {
			continue // "Private": a name most rows share names none of them
		}
		b.WriteByte(' ')
		b.WriteString(nameHead(r.fields[name].value))
		b.WriteByte(';')
		for _, i := range order {
			if i != name && !common(r.fields[i]) {
				b.WriteByte(' ')
				b.WriteString(strings.ToLower(readableKey(header[i])))
				b.WriteByte(' ')
				b.WriteString(r.fields[i].value)
			}
		}
		b.WriteByte('\n')
	}
}

// nameHead returns a row's name up to its first mark after two words or
// more: a name's tail from its first mark on is mostly a legal form or a
// qualifier many names share ("Co., Ltd.", "B.V.", "Pvt. Ltd.", "(UK)"),
// and after it an order-6 context no longer holds the words that tell
// the name apart ("Shenzhen Duubee Intelligent Technologies Co.,LTD."
// → "Shenzhen Duubee Intelligent Technologies Co"). A name without such
// a mark is whole.
func nameHead(name string) string {
	words := 0
	for _, t := range english.Tokenize(name) {
		body := t.Body(name)
		if english.IsWord(body) {
			words++
			continue
		}
		if words >= 2 {
			return strings.TrimSpace(name[:t.Start])
		}
	}
	return name
}

// tableNameColumn returns the column that names a table's rows: the one
// its header calls a name (see nameField), or else the one with the most
// letters over the rows, when that is not the first; -1 when none does.
func tableNameColumn(header []string, rows [][]string) int {
	cols := make([]recordField, len(header))
	for i, h := range header {
		cols[i] = recordField{key: h, value: h}
	}
	if i := nameField(cols); i >= 0 {
		return i
	}
	most, name := 0, -1
	for i := range header {
		n := 0
		for _, r := range rows {
			n += letters(r[i])
		}
		if n > most {
			most, name = n, i
		}
	}
	if name <= 0 {
		return -1
	}
	return name
}

// csvTable is a comma-separated table of a passage: its header's cells and
// its rows' cells.
type csvTable struct {
	header []string
	rows   [][]string
}

// commaTables returns the comma-separated tables of a passage: the rows
// english.Units reads under a header row, with as many cells as the
// header (white space folded; english.Units takes a quoted cell's quotes
// off and keeps its commas).
func commaTables(text string) []csvTable {
	cells := func(u english.Unit) []string {
		out := make([]string, len(u.Parts))
		for i, p := range u.Parts {
			out[i] = strings.Join(strings.Fields(text[p.Start:p.End]), " ")
		}
		return out
	}
	units := english.Units(text)
	var out []csvTable
	var head english.Range
	for _, u := range units {
		if u.Shape != english.Row || u.Header.End <= u.Header.Start || !commaRow(text[u.Start:u.End]) {
			continue
		}
		if u.Header != head || len(out) == 0 {
			i := slices.IndexFunc(units, func(h english.Unit) bool { return h.Range == u.Header })
			if i < 0 {
				continue
			}
			head = u.Header
			out = append(out, csvTable{header: cells(units[i])})
		}
		t := &out[len(out)-1]
		if c := cells(u); len(c) == len(t.header) {
			t.rows = append(t.rows, c)
		}
	}
	return out
}

// tightComma reports whether text holds a comma followed by neither a
// space, a line break nor a digit: a CSV row's cell delimiter
// ("MA-L,00158F,NTT"), which prose does not write.
func tightComma(text string) bool {
	for i := strings.IndexByte(text, ','); i >= 0 && i+1 < len(text); {
		if c := text[i+1]; c != ' ' && c != '\n' && c != '\r' && !isDigit(c) {
			return true
		}
		j := strings.IndexByte(text[i+1:], ',')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// commaRow reports whether a row's cells are parted by commas: it holds
// no tab and fewer semicolons than commas.
func commaRow(t string) bool {
	return !strings.Contains(t, "\t") && strings.Count(t, ";") < strings.Count(t, ",")
}
