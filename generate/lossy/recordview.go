package lossy

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/verbatim-rag/verbatim/english"
)

// The record view: an n-gram model links what stands within a few tokens,
// and a record often states a fact far from what it is about. A JSON
// object sorted by key puts `"alpha_3": "KEN"` two lines and some twenty
// tokens before `"name": "Kenya"`; a semicolon row puts a character's
// combining class fields after its name. So the model is also trained on
// each record re-stated the way a reference work states an entry: its
// name first, then its other fields parted by spaces ("Kenya; alpha 2 KE
// alpha 3 KEN numeric 404"), after each value that identifies it among
// the records of its passage (an index line from the value to the name and
// the record: "alpha 3 KEN Kenya; alpha 2 KE ..."), or on its own when no
// value does. The original text is trained on as it is; the view only
// adds lines (each its own passage), and the model's bits per byte, its
// corpus size and its budget's share are those of the original text alone.
//
// The records are those whose shape the text shows: flat JSON objects
// with a name or title field, and rows of three or more fields split by
// semicolons or tabs whose name is not their first field. Nothing else
// gets a view, so prose costs nothing more to train.

// recordField is one field of a record.
type recordField struct{ key, value string }

// viewRecord is a record of a passage: its fields in order and the index
// of the field that names it.
type viewRecord struct {
	fields []recordField
	name   int
	sep    string // the row's delimiter; "" for a keyed (JSON) record
	order  []int  // a row's columns in the order its view writes them (see rowOrder)
	own    int    // how many of order's columns come first as the rows' own values
}

// maxCarry caps the unfinished record carried from a passage to the next.
const maxCarry = 4 << 10

// recordViewer builds the record view of a stream of passages.
type recordViewer struct {
	carry string      // an unfinished JSON record at the end of the last passage
	head  [2]string   // the names list's record open at the end of the last passage (see writeNamesView)
	ids   idListState // the ID list's parents and section words (see writeIDListView)
	out   strings.Builder
}

// withRecordView returns src, passing every passage through unchanged
// and adding its record view to v.
func withRecordView(src Source, v *recordViewer) Source {
	return func(fn func(string) error) error {
		return src(func(text string) error {
			v.passage(text)
			return fn(text)
		})
	}
}

// passage adds the view of one passage's records. A JSON record cut by
// the passage's end is carried to the next passage, which the ingest cuts
// from the same text (a record cut at a passage's start is completed by
// the carried part; one the next passage does not continue is dropped).
func (v *recordViewer) passage(text string) {
	recs, tail := jsonRecords(v.carry + text)
	v.carry = ""
	if len(tail) <= maxCarry {
		v.carry = tail
	}
	recs = append(recs, delimitedRows(text)...)
	writeView(&v.out, recs)
	writeRangeView(&v.out, text)
	writeNamesView(&v.out, text, &v.head)
	writeIDListView(&v.out, text, &v.ids)
	writeBlockView(&v.out, text)
	writeTableView(&v.out, text)
}

// text returns the view built so far: one line per statement.
func (v *recordViewer) text() string { return v.out.String() }

// recordView returns the record view of texts (whole passages, in order):
// the lines training adds to them.
func recordView(texts []string) string {
	v := &recordViewer{}
	for _, t := range texts {
		v.passage(t)
	}
	return v.text()
}

// writeView writes the statements of recs: each record with its name
// first, and index lines for the values that identify their record.
func writeView(b *strings.Builder, recs []viewRecord) {
	unique := identifyingKeys(recs)
	for _, r := range recs {
		if r.sep != "" {
			writeAliasLines(b, r)
		}
		indexed := false
		for i, f := range r.fields {
			if r.sep != "" || i == r.name || !unique[f.key] || !identifier(f.value) {
				continue
			}
			b.WriteString(readableKey(f.key))
			b.WriteByte(' ')
			b.WriteString(f.value)
			b.WriteByte(' ')
			writeRecord(b, r)
			indexed = true
		}
		if !indexed {
			// An index line holds the record name first after its key;
			// a record without one is written on its own.
			writeRecord(b, r)
		}
	}
}

// writeAliasLines writes the index lines of a row that has no key of its
// own, its first field one the rows share (a property, "gc ; Sk ;
// Modifier_Symbol"): each value of its own that reads as a code (see
// identifier), other than its name, opens a line with the name after it
// and the shared key last ("Sk Modifier_Symbol; gc"), so that a question
// giving the short alias ("What does the general category Sk stand
// for?") reaches the long name. A row keyed by its own first field (a
// code point) is reached from that key already.
func writeAliasLines(b *strings.Builder, r viewRecord) {
	own := r.order[:r.own]
	if slices.Contains(own, 0) {
		return
	}
	for _, i := range own {
		v := r.fields[i].value
		if i == r.name || !identifier(v) {
			continue
		}
		b.WriteString(v)
		b.WriteByte(' ')
		b.WriteString(r.fields[r.name].value)
		b.WriteString("; ")
		b.WriteString(r.fields[0].value)
		b.WriteByte('\n')
	}
}

// identifyingKeys returns the keys that identify the keyed records of a
// passage: every keyed record has it, each with a value of its own
// ("alpha_3", "code"; not "type", whose values repeat). A key only some
// records have identifies those records too when two or more have it,
// each with a value of its own, and none of its values names another
// record of the passage: ISO 639-2 gives a two-letter code ("alpha_2":
// "as") to a third of its languages, and "Which language has the
// two-letter code as?" asks it as it asks "alpha_3"; ISO 3166-2's
// "parent": "VC" names the record "code": "ES-VC" (see refersTo).
func identifyingKeys(recs []viewRecord) map[string]bool {
	type kv struct{ k, v string }
	seen := make(map[kv]int)
	keys := make(map[string]int)
	keyed := 0
	for _, r := range recs {
		if r.sep != "" {
			continue
		}
		keyed++
		for i, f := range r.fields {
			if i != r.name {
				seen[kv{f.key, f.value}]++
				keys[f.key]++
			}
		}
	}
	unique := make(map[string]bool)
	for k, n := range keys {
		unique[k] = n == keyed && n >= 2 || n >= 2 && !refersTo(recs, k)
	}
	for x, n := range seen {
		if n > 1 {
			unique[x.k] = false
		}
	}
	return unique
}

// refersTo reports whether a value of key k in a keyed record stands in
// another record under another key, whole or as the last part of a code
// ("VC" of "ES-VC"): the value refers to that record.
func refersTo(recs []viewRecord, k string) bool {
	vals := make(map[string]bool)
	for _, r := range recs {
		for _, f := range r.fields {
			if r.sep == "" && f.key == k {
				vals[f.value] = true
			}
		}
	}
	for _, r := range recs {
		for _, f := range r.fields {
			if r.sep != "" || f.key == k {
				continue
			}
			v := f.value
			if i := strings.LastIndexByte(v, '-'); i >= 0 && vals[v[i+1:]] || vals[v] {
				return true
			}
		}
	}
	return false
}

// writeRecord writes one record with its name first, then the record's
// separator ("; " for a keyed one: the name ends as a field ends), then
// its other fields parted by single spaces: a field costs the model's
// context one token a word, not two more for a separator, so an order-6
// context still holds a value two fields back and can tell records apart
// that share common values ("Lo 0 R" of one letter, "Lo 0 L" of the
// next). A row's fields come in the order of r.order (see rowOrder), and
// its first field, its key, comes last ("WHITE PENTAGON;So 0 ON N 2B20"):
// the row already says what follows the key, and the key after the
// fields names the record an answer reads from.
func writeRecord(b *strings.Builder, r viewRecord) {
	if r.sep != "" && r.fields[0].value != "" {
		b.WriteString(r.fields[0].value)
		b.WriteByte(' ')
	}
	b.WriteString(r.fields[r.name].value)
	b.WriteString("; ")
	first := true
	field := func(f recordField) {
		if !first {
			b.WriteByte(' ')
		}
		first = false
		if r.sep == "" {
			b.WriteString(readableKey(f.key))
			b.WriteByte(' ')
		}
		b.WriteString(f.value)
	}
	if r.sep != "" {
		// The key again after the row's own values, where a question that
		// names the record by them ("Which KDE program converts e-books
		// …?") reaches it; a key the rows share ("gc") names no record.
		again := slices.Contains(r.order[:r.own], 0) && r.fields[0].value != ""
		owned := false
		for n, i := range r.order {
			if n == r.own && owned && again {
				field(r.fields[0])
			}
			if f := r.fields[i]; i != r.name && i > 0 && f.value != "" {
				field(f)
				owned = owned || n < r.own
			}
		}
		if len(r.order) == r.own && owned && again {
			field(r.fields[0])
		}
		b.WriteByte('\n')
		return
	}
	for i, f := range r.fields {
		if i != r.name && f.value != "" {
			field(f)
		}
	}
	b.WriteByte('\n')
}

// readableKey writes a field's key as words: "official_name" → "official
// name", the way a question asks for it.
func readableKey(k string) string {
	return strings.Join(strings.FieldsFunc(k, func(r rune) bool { return r == '_' || unicode.IsSpace(r) }), " ")
}

// identifier reports whether a value reads as a code or number that can
// identify a record: one word of at most 16 bytes.
func identifier(v string) bool {
	return v != "" && len(v) <= 16 && !strings.ContainsFunc(v, unicode.IsSpace) && english.IsWord(v) &&
		strings.IndexFunc(v, unicode.IsLetter) >= 0
}

// nameKeys are the keys that name a record, best first; a key ending in
// one of them as its last word ("common_name", "Organization Name") comes
// after.
var nameKeys = []string{"name", "title", "label"}

// nameField returns the index of the field naming a keyed record, or -1.
func nameField(fields []recordField) int {
	for _, nk := range nameKeys {
		for i, f := range fields {
			if strings.EqualFold(f.key, nk) && hasLetter(f.value) {
				return i
			}
		}
	}
	for _, nk := range nameKeys {
		for i, f := range fields {
			if strings.HasSuffix(strings.ToLower(readableKey(f.key)), " "+nk) && hasLetter(f.value) {
				return i
			}
		}
	}
	return -1
}

func hasLetter(s string) bool { return strings.IndexFunc(s, unicode.IsLetter) >= 0 }

// jsonObject is an object open while jsonRecords scans.
type jsonObject struct {
	start    int
	fields   []recordField
	children int // objects closed inside it
}

// jsonRecords returns the flat JSON objects of text that have a name
// field and another scalar field, in the order they close, and the text
// of a record still open at the end (from its "{"), to carry to the next
// passage. Object and array values are skipped; a field repeated (the
// overlap of two passages) keeps its last value. The scan is lenient:
// text that is not JSON yields no records.
func jsonRecords(text string) (recs []viewRecord, tail string) {
	var stack []*jsonObject
	key := "" // the key just read, awaiting its value
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == '"':
			s, end, ok := jsonString(text, i)
			if !ok {
				return recs, ""
			}
			i = end
			j := skipJSONSpace(text, i)
			if key == "" && j < len(text) && text[j] == ':' {
				key, i = s, j+1
				continue
			}
			if key != "" && len(stack) > 0 {
				stack[len(stack)-1].set(key, s)
			}
			key = ""
		case c == '{':
			stack = append(stack, &jsonObject{start: i})
			key = ""
			i++
		case c == '}':
			if n := len(stack); n > 0 {
				o := stack[n-1]
				stack = stack[:n-1]
				if n > 1 {
					stack[n-2].children++
				}
				if name := nameField(o.fields); name >= 0 && len(o.fields) >= 2 && o.children == 0 {
					recs = append(recs, viewRecord{fields: o.fields, name: name})
				}
			}
			key = ""
			i++
		case c == '-' || (c >= '0' && c <= '9') || c == 't' || c == 'f' || c == 'n':
			j := i
			for j < len(text) && strings.IndexByte(",}] \t\r\n", text[j]) < 0 {
				j++
			}
			if key != "" && len(stack) > 0 && c != 'n' {
				stack[len(stack)-1].set(key, text[i:j])
			}
			key = ""
			i = max(j, i+1)
		default:
			if c == '[' || c == ']' {
				key = ""
			}
			i++
		}
	}
	if n := len(stack); n > 0 && stack[n-1].children == 0 {
		tail = text[stack[n-1].start:]
	}
	return recs, tail
}

// set sets the field key of o to v.
func (o *jsonObject) set(key, v string) {
	for i := range o.fields {
		if o.fields[i].key == key {
			o.fields[i].value = v
			return
		}
	}
	o.fields = append(o.fields, recordField{key, v})
}

func skipJSONSpace(text string, i int) int {
	for i < len(text) && strings.IndexByte(" \t\r\n", text[i]) >= 0 {
		i++
	}
	return i
}

// jsonString reads the JSON string starting at text[i] ('"'), with its
// escapes resolved and white space (a newline escaped) folded to one
// space, and returns it and the offset after its closing quote.
func jsonString(text string, i int) (string, int, bool) {
	var b strings.Builder
	for j := i + 1; j < len(text); j++ {
		switch c := text[j]; c {
		case '"':
			return strings.Join(strings.Fields(b.String()), " "), j + 1, true
		case '\n':
			return "", 0, false
		case '\\':
			if j+1 >= len(text) {
				return "", 0, false
			}
			j++
			switch e := text[j]; e {
			case 'n', 't', 'r', 'b', 'f':
				b.WriteByte(' ')
			case 'u':
				if j+4 >= len(text) {
					return "", 0, false
				}
				r := rune(0)
				for _, h := range text[j+1 : j+5] {
					d := strings.IndexRune("0123456789abcdef", unicode.ToLower(h))
					if d < 0 {
						return "", 0, false
					}
					r = r<<4 | rune(d)
				}
				if !utf8.ValidRune(r) {
					r = utf8.RuneError
				}
				b.WriteRune(r)
				j += 4
			default:
				b.WriteByte(e)
			}
		default:
			b.WriteByte(c)
		}
	}
	return "", 0, false
}

// writeRangeView writes the range rows of text name first: a row "LO..HI;
// NAME" (a "#" comment stripped) in a run of at least two, whose names
// the run does not repeat, is also stated "NAME; LO..HI", where a
// question that names the range ("What range does the Kana Extended-A
// block cover?") reaches its bounds. A run that repeats a name (a
// property value of many ranges, "Common") names no range by it and gets
// no view.
func writeRangeView(b *strings.Builder, text string) {
	type row struct{ name, span string }
	var run []row
	flush := func() {
		names := make(map[string]bool, len(run))
		for _, r := range run {
			names[r.name] = true
		}
		if len(run) >= 2 && len(names) == len(run) {
			for _, r := range run {
				b.WriteString(r.name)
				b.WriteString("; ")
				b.WriteString(r.span)
				b.WriteByte('\n')
			}
		}
		run = run[:0]
	}
	for line := range strings.SplitSeq(text, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		span, name, ok := strings.Cut(line, ";")
		span, name = strings.TrimSpace(span), strings.TrimSpace(name)
		if !ok || !isSpan(span) || !hasLetter(name) || strings.Contains(name, ";") {
			if strings.TrimSpace(line) != "" {
				flush()
			}
			continue
		}
		run = append(run, row{name, span})
	}
	flush()
}

// isSpan reports whether a field is a range of codes, "LO..HI" (see
// rangeCode), its low bound not above its high one.
func isSpan(field string) bool {
	lo, hi, ok := strings.Cut(field, "..")
	a, ok1 := rangeCode(lo)
	z, ok2 := rangeCode(hi)
	return ok && ok1 && ok2 && a <= z
}

// minRowFields is the fewest fields a delimited row needs to be a record:
// two fields ("0000..007F; Basic Latin") already stand side by side.
const minRowFields = 3

// delimitedRows returns the rows of text (lines of minRowFields fields or
// more split by semicolons, or else by tabs, or else by colons, as Unix
// tables write them, "462:MV:MDV:Maldives:Malé"; a "#" comment stripped) that
// stand in a run of at least two such lines with the same number of
// fields, and whose name, the column with the most letters over the run,
// is not their first: a record file that keys its rows by a code
// ("1F9A5;SLOTH;So;0;ON;;;;;N;;;;;"). Fields are trimmed; empty ones are
// dropped when the record is re-stated.
func delimitedRows(text string) []viewRecord {
	var out, run []viewRecord
	var colLetters []int
	flush := func() {
		name, most := 0, 0
		for i, n := range colLetters {
			if n > most {
				name, most = i, n
			}
		}
		if len(run) >= 2 && name > 0 {
			order, own := rowOrder(run)
			for _, r := range run {
				if r.fields[name].value == "" {
					continue
				}
				r.name, r.order, r.own = name, order, own
				out = append(out, r)
			}
		}
		run, colLetters = run[:0], nil
	}
	for line := range strings.SplitSeq(text, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		sep := ";"
		for _, alt := range []string{"\t", ":"} {
			if strings.Count(line, sep) < minRowFields-1 {
				sep = alt
			}
		}
		parts := strings.Split(line, sep)
		if len(parts) < minRowFields || sep == ":" && !colonRow(line) {
			flush()
			continue
		}
		if len(parts) != len(colLetters) {
			flush()
			colLetters = make([]int, len(parts))
		}
		fields := make([]recordField, len(parts))
		for i, p := range parts {
			fields[i].value = strings.TrimSpace(p)
			colLetters[i] += letters(fields[i].value)
		}
		run = append(run, viewRecord{fields: fields, sep: sep})
	}
	flush()
	return out
}

// colonRow reports whether a line split by colons reads as a table's row,
// not as prose holding a time ("10:20:30") or an address ("http://…"):
// no colon stands between two digits or before "//".
func colonRow(line string) bool {
	for i := 1; i+1 < len(line); i++ {
		if line[i] != ':' {
			continue
		}
		if isDigit(line[i-1]) && isDigit(line[i+1]) || strings.HasPrefix(line[i+1:], "//") {
			return false
		}
	}
	return true
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// rowOrder returns the columns of a run of rows in the order their view
// writes them: first the columns whose values tell the rows apart (a
// Unicode 1.0 name, a decomposition, a case mapping: each row's own),
// those whose words are most their row's own first (see uniqueWords),
// then those whose values several rows share (a general category, a
// combining class, a bidirectional class) in the file's order. A value
// of its own keeps the name in the model's reach for the fields after it
// ("0E28 THAI CHARACTER SO SALA; THAI LETTER SO SALA Lo 0 L N"), where
// after common values ("…; Lo 0 L N") any row of the same kind may go on;
// a value whose words other rows share ("<compat> 0058 0049 0049") loses
// the record within it, so it comes after the values that do not.
func rowOrder(run []viewRecord) (order []int, nOwn int) {
	n := len(run[0].fields)
	own := make([]bool, n)
	for i := range n {
		seen := make(map[string]bool)
		filled, repeated := 0, false
		for _, r := range run {
			v := r.fields[i].value
			if v == "" {
				continue
			}
			filled++
			repeated = repeated || seen[v]
			seen[v] = true
		}
		own[i] = filled > 0 && !repeated
	}
	order = make([]int, 0, n)
	for i := range n {
		if own[i] {
			order = append(order, i)
		}
	}
	uniq := make([]float64, n)
	for _, i := range order {
		uniq[i] = uniqueWords(run, i)
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(uniq[b], uniq[a]) })
	nOwn = len(order)
	for i := range n {
		if !own[i] {
			order = append(order, i)
		}
	}
	return order, nOwn
}

// uniqueWords returns the share of the words of column i over a run of
// rows that no other row of the run has in that column: 1 for a case
// mapping ("217B"), less for a decomposition whose tag and code points
// recur ("<compat> 0058 0049 0049").
func uniqueWords(run []viewRecord, i int) float64 {
	count := make(map[string]int)
	total := 0
	for _, r := range run {
		for _, w := range strings.Fields(r.fields[i].value) {
			count[w]++
			total++
		}
	}
	once := 0
	for _, n := range count {
		if n == 1 {
			once++
		}
	}
	return float64(once) / float64(max(total, 1))
}

func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// addView appends the view's lines to the training tokens, each line a
// passage of its own, without counting them in the corpus's bytes,
// passages or gzip size: the model learns from them, its bits per byte
// is measured on the original text (c.textToks). A corpus whose words
// are laid out as keys (collect, Stream.renumbered) gets its word table
// back first, when there is a view to add.
func (c *corpusData) addView(view string) {
	c.textToks = len(c.toks)
	if view == "" {
		return
	}
	if c.words.len() < len(c.keys) {
		c.words.fill(c.keys, c.hash)
	}
	var sc tokScratch
	for line := range strings.SplitSeq(view, "\n") {
		if line != "" {
			c.addText(line+"\n", &sc)
		}
	}
	c.settleWords()
}

// streamView returns the record view of a stream's documents, their
// passages read in order.
func streamView(docs []streamDoc) string {
	v := &recordViewer{}
	for _, d := range docs {
		for _, t := range d.texts {
			v.passage(t)
		}
	}
	return v.text()
}

// originalToks returns how many of c.toks are the original text's (the
// rest are the record view's).
func (c *corpusData) originalToks() int {
	if c.textToks > 0 {
		return c.textToks
	}
	return len(c.toks)
}
