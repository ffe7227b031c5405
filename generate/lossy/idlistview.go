package lossy

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// The ID-list view: an ID list (usb.ids, pci.ids) writes a record as a
// row, a key of hexadecimal digits, two spaces and a name ("0547  Anchor
// Chips, Inc."), sometimes after a section mark ("C 0e  Video", "L 0044
// Tatar"), and the records under it as rows indented by one tab more
// ("\t2131  EZUSB FX2"). A row's parent stands lines or pages above it,
// out of an n-gram's reach, and nothing but the row's place links a
// device to its vendor; nor does a row say what its key is (a vendor, a
// class, a language), only the file's "Syntax" comment does ("# vendor
// vendor_name", "#\tdevice  device_name").
// So each row is also stated name first, with its section word and its
// key ("Anchor Chips, Inc. vendor 0547"), and section word first ("vendor
// 0547 Anchor Chips, Inc."); a row under a parent is stated name first
// with its key and its parent ("EZUSB FX2; device 2131 of Anchor Chips,
// Inc.") and parent first, its section word and key before its name
// ("Anchor Chips, Inc. device 2131 EZUSB FX2"), where an order-6 context
// at the name still holds the key and the parent's last words.
// A row counts only in a run of two or more (comments and blank lines
// between them do not end a run); the parents and the syntax words carry
// from one passage to the next.

// maxIDKey caps a key part's hexadecimal digits; maxIDName a row's name.
const (
	maxIDKey  = 8
	maxIDName = 160
)

// idRow is a row of an ID list.
type idRow struct {
	level     int    // its tabs
	mark, key string // its section mark ("C", "" for none) and key
	name      string
}

// idListState is the ID-list view's state across passages.
type idListState struct {
	words   map[[2]string]string // section word by mark and level ("C", "1" → "subclass")
	synMark string               // the mark of the last level-0 syntax line
	heading string               // the last "# List of …" comment's words after "List of"
	parents []idRow              // the last row at each level
	pending []idRow              // the first row of a run, awaiting a second
	run     int                  // rows in the current run
	// the unmarked top-level keys seen, as numbers: how many, the
	// first and the last (see cutLevel); and whether a row below the top
	// was seen
	tops        int
	first, last uint64
	nested      bool
}

// writeIDListView writes the ID-list view of a passage's lines (see
// above).
func writeIDListView(b *strings.Builder, text string, st *idListState) {
	first := true
	for line := range strings.SplitSeq(strings.TrimSuffix(text, "\n"), "\n") {
		line = strings.TrimSuffix(line, "\r")
		opens := first
		first = false
		if strings.HasPrefix(line, "#") {
			st.syntax(line)
			continue
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		r, ok := parseIDRow(line)
		if ok && opens {
			r.level = st.cutLevel(r)
		}
		if !ok || r.level > len(st.parents) {
			st.parents, st.pending, st.run = st.parents[:0], st.pending[:0], 0
			continue
		}
		if r.level > 0 {
			r.mark = st.parents[0].mark
		}
		st.parents = append(st.parents[:r.level], r)
		st.count(r)
		st.run++
		if st.run == 1 {
			st.pending = append(st.pending[:0], r)
			continue
		}
		for _, p := range st.pending {
			st.write(b, p)
		}
		st.pending = st.pending[:0]
		st.write(b, r)
	}
}

// cutLevel returns the level of a row that opens a passage. The ingest
// trims a passage's leading white space, so a row cut from its tabs
// ("\t9350  Delkin eFilm Reader-32" → "9350  Delkin eFilm Reader-32")
// would read as a top-level row, and the rows after it as its children.
// An ID list sorts the rows of each level by key, and its top-level keys
// lie close together (a vendor follows the last one within four times
// the mean gap of the top-level keys seen), while a child's key stands
// anywhere. So an unmarked row opening a passage is a top-level row when
// its key follows the last top-level key that closely; else it goes on
// the deepest level below the top whose last key (of the same width) it
// follows in order; else, right after a top-level row of a list that
// nests its rows, it is that row's child; else it is a top-level row.
func (st *idListState) cutLevel(r idRow) int {
	if r.level > 0 || r.mark != "" || len(st.parents) == 0 || st.parents[0].mark != "" {
		return r.level
	}
	k, err1 := strconv.ParseUint(r.key, 16, 64)
	pk, err2 := strconv.ParseUint(st.parents[0].key, 16, 64)
	if err1 != nil || err2 != nil {
		return r.level
	}
	if st.tops >= 2 {
		gap := max((st.last-st.first)/uint64(st.tops-1), 1)
		if k > pk && k-pk <= 4*gap {
			return 0
		}
	}
	for d := len(st.parents) - 1; d >= 1; d-- {
		last := st.parents[d].key
		if len(last) == len(r.key) && strings.ToLower(last) < strings.ToLower(r.key) {
			return d
		}
	}
	if len(st.parents) == 1 && st.nested && st.tops >= 2 {
		return 1
	}
	return 0
}

// count notes a row's key among the top-level keys (see cutLevel).
func (st *idListState) count(r idRow) {
	if r.level > 0 {
		st.nested = true
		return
	}
	k, err := strconv.ParseUint(r.key, 16, 64)
	if r.mark != "" || err != nil {
		return
	}
	if st.tops == 0 {
		st.first = k
	}
	st.tops++
	st.last = k
}

// write writes the view lines of row r, its parents those of st.
func (st *idListState) write(b *strings.Builder, r idRow) {
	b.WriteString(" " + r.name + " " + st.said(r) + "\n")
	if r.level == 0 {
		if word := st.word(r.mark, 0); word != "" {
			b.WriteString(st.said(r) + " " + r.name + "\n")
		}
		return
	}
	if r.level > len(st.parents) {
		return
	}
	p := st.parents[r.level-1]
	b.WriteString(" " + r.name + "; " + st.said(r) + " of " + p.name + " " + st.said(p) + "\n")
	b.WriteString(p.name + " " + st.said(r) + " " + r.name + "\n")
}

// said returns a row's section word and key, "vendor 0547", or its key
// alone when the list gives no word for its section.
func (st *idListState) said(r idRow) string {
	if word := st.word(r.mark, r.level); word != "" {
		return word + " " + r.key
	}
	return r.key
}

// word returns the section word of a row of mark at level: the one the
// list's syntax comment gives, or else the mark itself.
func (st *idListState) word(mark string, level int) string {
	if w, ok := st.words[[2]string{mark, string(rune('0' + min(level, 9)))}]; ok {
		return w
	}
	if level == 0 {
		return mark
	}
	return ""
}

// syntax reads a syntax comment line, "# vendor  vendor_name", "#\tdevice
// device_name", "# C class  class_name", "# HCC country_code
// keymap_type": after the mark, two to four lower-case identifiers (what
// follows them is a comment, "<-- single tab"), one of those after the
// first holding "_". The section word is the first one ending
// in "_name", without it ("vendor", "hid usage page"), or else the first
// ("country code").
func (st *idListState) syntax(line string) {
	body := strings.TrimPrefix(strings.TrimPrefix(line, "#"), " ")
	if len(body) > 8 && strings.EqualFold(body[:8], "list of ") {
		st.heading = body[8:]
		return
	}
	level := len(body) - len(strings.TrimLeft(body, "\t"))
	fields := strings.Fields(body)
	mark := st.synMark
	if level == 0 && len(fields) > 0 && isMark(fields[0]) {
		mark, fields = fields[0], fields[1:]
	} else if level == 0 {
		mark = ""
	}
	n := 0
	for n < len(fields) && n < 4 && isIdentifier(fields[n]) {
		n++
	}
	fields = fields[:n]
	under := false
	for _, f := range fields[min(n, 1):] {
		under = under || strings.Contains(f, "_")
	}
	if !under {
		return
	}
	word := fields[0]
	for _, f := range fields[1:] {
		if w, ok := strings.CutSuffix(f, "_name"); ok {
			word = w
			break
		}
	}
	if level == 0 {
		st.synMark = mark
	}
	if st.words == nil {
		st.words = make(map[[2]string]string)
	}
	word = readableKey(word)
	if level == 0 {
		word = qualified(word, st.heading)
	}
	st.words[[2]string{mark, string(rune('0' + min(level, 9)))}] = word
}

// qualified returns a section word with the words before it in the
// heading of its section, when the heading names it in the plural
// ("terminal type" under "Audio Class Terminal Types" → "audio class
// terminal type"): two sections of one list may share a word and a key
// ("AT 0302  Headphones", "VT 0302  Sequential Media"), and a question
// names the section as the heading does ("Which audio class terminal type
// is 0302?").
func qualified(word, heading string) string {
	ww := strings.Fields(strings.ToLower(word))
	hw := strings.Fields(strings.ToLower(strings.Map(func(r rune) rune {
		if unicode.IsPunct(r) {
			return ' '
		}
		return r
	}, heading)))
	n := len(ww)
	if n == 0 {
		return word
	}
	for i := n - 1; i < len(hw); i++ {
		last := hw[i]
		if last != ww[n-1]+"s" && last != ww[n-1]+"es" || !slices.Equal(hw[i-n+1:i], ww[:n-1]) {
			continue
		}
		if i-n+1 == 0 {
			return word
		}
		return strings.Join(hw[:i-n+1], " ") + " " + strings.Join(ww, " ")
	}
	return word
}

// isMark reports whether s is a section mark: one to four upper-case
// letters.
func isMark(s string) bool {
	if len(s) == 0 || len(s) > 4 {
		return false
	}
	for i := range len(s) {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// isIdentifier reports whether s is a lower-case identifier of a syntax
// comment ("vendor_name", "_usage_page").
func isIdentifier(s string) bool {
	for i := range len(s) {
		if c := s[i]; (c < 'a' || c > 'z') && c != '_' {
			return false
		}
	}
	return strings.Trim(s, "_") != ""
}

// parseIDRow reads a row of an ID list: tabs, at the top level a mark and
// a space, a key of one or two hexadecimal words parted by a space, two
// spaces or more, and a name with a letter that opens with no delimiter
// (a range table's "0020          ; White_Space" is a field, not a name).
func parseIDRow(line string) (idRow, bool) {
	rest := strings.TrimLeft(line, "\t")
	r := idRow{level: len(line) - len(rest)}
	if r.level == 0 {
		if mark, after, ok := strings.Cut(rest, " "); ok && isMark(mark) && !strings.HasPrefix(after, " ") {
			r.mark, rest = mark, after
		}
	}
	key, name, ok := strings.Cut(rest, "  ")
	if !ok {
		return idRow{}, false
	}
	parts := strings.Split(key, " ")
	if len(parts) > 2 {
		return idRow{}, false
	}
	for _, p := range parts {
		if !isHexWord(p) {
			return idRow{}, false
		}
	}
	r.key, r.name = key, strings.TrimSpace(name)
	if !hasLetter(r.name) || len(r.name) > maxIDName || strings.ContainsAny(r.name, "\t") || strings.IndexByte(";:=#,|", r.name[0]) >= 0 {
		return idRow{}, false
	}
	return r, true
}

// isHexWord reports whether s is 1 to maxIDKey hexadecimal digits.
func isHexWord(s string) bool {
	if len(s) == 0 || len(s) > maxIDKey {
		return false
	}
	for i := range len(s) {
		c := s[i]
		if !isDigit(c) && (c < 'a' || c > 'f') && (c < 'A' || c > 'F') {
			return false
		}
	}
	return true
}
