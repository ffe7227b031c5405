package english

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Shape is what kind of copied unit a Unit is.
type Shape uint8

// The shapes of units.
const (
	Sentence Shape = iota // a sentence of a paragraph or list item
	Field                 // a "Key: value" line, a JSON member, a "key = value" line
	Row                   // a table row or a delimited record line (";", ",", tab, "|", "│")
	Heading               // a Markdown or underlined heading
)

func (s Shape) String() string {
	return [...]string{"sentence", "field", "row", "heading"}[s]
}

// Range is a byte range [Start, End) of a text.
type Range struct{ Start, End int }

// Unit is a whole unit an answer may copy: a sentence, a list item's
// sentence, a table row or record line, a "Key: value" line, or a
// heading. An answer never ends inside one; it may be narrowed to one of
// its Parts: a field's value, a row's cells, the long form of an
// abbreviation ("Alpha Beta Code" in "ABC (Alpha Beta Code)"), the note
// inside the brackets that opens a glossary entry's sentence ("from the
// Illuminatus Trilogy" in "[from the Illuminatus Trilogy] A word …").
type Unit struct {
	Range
	Shape  Shape
	Key    Range   // a field's key or a row's first cell; empty otherwise
	Parts  []Range // constituents an answer may be narrowed to
	Header Range   // a table row's header row (the first row of its table); empty otherwise
	Block  int     // units of one block (paragraph, entry, record, JSON object) share it
	Line   int     // 0-based line of the unit's start
}

// line is one line of a text and what kind it is.
type line struct {
	start, end int // without the newline
	indent     int
	kind       lineKind
	aligned    bool // a row whose cells are set apart by runs of spaces (see markAlignedRows)
	colon      bool // a row whose cells are set apart by colons (see markColonRows)
	semi       bool // a row whose key a semicolon ends (see markSemicolonRows)
	headword   bool // a dictionary's headword with its pronunciation (see markHeadwords)
	xml        bool // a field that is one XML element (see xmlLine)
	xmlOpen    bool // an XML element that holds the lines up to its closing tag: a record of its own
	xmlClose   bool // an XML closing tag alone
	directive  bool // a C preprocessor directive ("#if …", "#endif"): a paragraph of its own
	opens      bool // it opens a C comment ("/* Like `mktime' …"): a paragraph starts with it
	closes     bool // it ends a C comment ("… not local time.  */"): the paragraph ends with it
	commented  bool // a header field written in a comment (";; Author: …"; see commentedField)
}

type lineKind uint8

const (
	blankLine lineKind = iota
	proseLine
	itemLine
	fieldLine
	rowLine
	headingLine
	ruleLine // "---", "|---|---|", "===": no words
)

// Units splits text into its copied units, in order. Units never overlap
// and skip only whitespace, rule lines and the "#" that opens a comment
// sentence.
func Units(text string) []Unit {
	lines := splitLines(text)
	var out []Unit
	block := 0
	openObj := -1 // block of the innermost open JSON object
	header := Range{}
	headerLine := -1 // the line of header, when it names columns
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		// An HTML table's head and body come out as rows with a blank
		// line between them: the header row still names the columns of
		// the rows right under it.
		headThenBody := l.kind == blankLine && header.End > 0 && headerLine == i-1 && i+1 < len(lines) && lines[i+1].kind == rowLine
		if l.kind != rowLine && l.kind != ruleLine && !headThenBody {
			header = Range{}
		}
		switch {
		case l.kind == blankLine:
			block++
			continue
		case l.kind == ruleLine:
			if closesObject(text, l) || separatesRecords(text, l) {
				block++
				openObj = -1
			}
			continue
		}
		if strings.HasSuffix(strings.TrimSpace(text[l.start:l.end]), "{") || strings.HasSuffix(strings.TrimSpace(text[l.start:l.end]), "[") || l.xmlOpen {
			block++
			openObj = block
		}
		if i > 0 && (startsEntry(lines, i) || l.headword) {
			block++
		}
		if optionTerm(text, lines, i) {
			// A manual's option over what it does ("-s, --summarize" over
			// "display only a total for each argument", a man page's
			// layout): the option is a term of its own, its description
			// the next block.
			block++
			out = append(out, Unit{Range: trim(text, l.start, l.end), Shape: Sentence, Block: block, Line: i})
			block++
			continue
		}
		if l.kind == proseLine && labelTerm(text[l.start:l.end]) {
			// An AsciiDoc labelled list's terms over what they name
			// ("-c::\n--committer::\n\tThis is an alias for …"): the terms
			// are a unit and a block of their own, their description the
			// next block.
			j := i + 1
			for j < len(lines) && lines[j].kind == proseLine && labelTerm(text[lines[j].start:lines[j].end]) {
				j++
			}
			if j < len(lines) && (lines[j].kind == proseLine || lines[j].kind == itemLine) {
				block++
				out = append(out, Unit{Range: trim(text, l.start, lines[j-1].end), Shape: Sentence, Block: block, Line: i})
				block++
				i = j - 1
				continue
			}
		}
		if l.kind == proseLine && i+1 < len(lines) && lines[i+1].kind == fieldLine && iniSection(strings.TrimSpace(text[l.start:l.end])) {
			// "[Timer]" over "OnCalendar=weekly": an INI file's section
			// names the settings under it.
			block++
			out = append(out, Unit{Range: trim(text, l.start, l.end), Shape: Heading, Block: block, Line: i})
			continue
		}
		switch l.kind {
		case fieldLine:
			// A value folded onto lines indented deeper than its key
			// ("n 1: Italian pope … who convoked the Second\n         Vatican
			// Council", a mail header's or a control file's folded line)
			// goes on there.
			j := i + 1
			for j < len(lines) && foldsField(text, l, lines[j]) {
				j++
			}
			fl := l
			fl.end = lines[j-1].end
			out = append(out, fieldUnit(text, fl, block, i))
			i = j - 1
		case rowLine:
			if openObj < 0 && !(l.aligned && underRow(lines, i)) {
				block++ // each record line is a record of its own; an indented listing's lines belong to the line above them
			}
			u := rowUnit(text, l, block, i)
			switch {
			case l.aligned || l.colon:
				header = Range{-1, -1} // a listing laid out in columns, or colon-separated records, name no columns in a first line
			case header.End == 0 && namesColumns(text, u):
				header, headerLine = u.Range, i
			case header.End > 0:
				u.Header = header
			default:
				header = Range{-1, -1} // the table's first row here is data (a passage may start mid-table): no header
			}
			out = append(out, u)
		case headingLine:
			if j, prose := commentRun(text, lines, i); prose {
				// Lines of "# " comments that run on (a configuration
				// file's, a script's) are a paragraph: "# The value 10 may
				// be varied\n# between 1 and 15." is one sentence.
				for _, r := range sentences(text, l.start, lines[j-1].end, false) {
					r.Start = commentStart(text, r.Start)
					if r.End > r.Start {
						out = append(out, Unit{Range: r, Shape: Sentence, Block: block, Line: lineOf(lines, r.Start, i), Parts: sentenceParts(text, r)})
					}
				}
				i = j - 1
				break
			}
			out = append(out, Unit{Range: trim(text, l.start, l.end), Shape: Heading, Block: block, Line: i})
		default:
			// A paragraph or list item: it runs on over prose lines, a
			// list item over lines indented deeper than its marker.
			j := i + 1
			for j < len(lines) && continues(lines, i, j) && !(optionTerm(text, lines, j) && opensDescription(text, lines[j+1])) {
				j++ // (a man page's next option ends the description above it: "-a\nAll current limits are reported\n-b\nThe maximum socket buffer size")
			}
			for _, r := range sentences(text, l.start, lines[j-1].end, l.kind == itemLine) {
				if text[r.Start:r.End] == "*/" {
					continue // the end of a C comment whose last sentence ended before it
				}
				out = append(out, Unit{Range: r, Shape: Sentence, Block: block, Line: lineOf(lines, r.Start, i), Parts: sentenceParts(text, r)})
			}
			i = j - 1
		}
		if closesObject(text, l) {
			block++
			openObj = -1
		}
	}
	return out
}

// optionTerm reports whether line i is a manual's option over what it
// does ("-s, --summarize" over "display only a total for each
// argument"): a line of options alone, prose under it that is none, and
// no option line over it. A long option is written in lower case: a
// dictionary's "--Louis" over "Bromfield." is an attribution (and so a
// Java "--Xmx" line is no term either).
func optionTerm(text string, lines []line, i int) bool {
	l := lines[i]
	t := strings.TrimSpace(text[l.start:l.end])
	if l.kind != proseLine || !strings.HasPrefix(t, "-") {
		return false // (every line of a paragraph is asked: the cheap test first)
	}
	if strings.HasPrefix(t, "--") && len(t) > 2 && unicode.IsUpper(rune(t[2])) {
		return false // "--Louis\n Bromfield.": a dictionary's attribution wrapped, no option
	}
	return i+1 < len(lines) && lines[i+1].kind == proseLine && lines[i+1].indent >= l.indent && IsOptionList(text[l.start:l.end]) &&
		!IsOptionList(text[lines[i+1].start:lines[i+1].end]) && (i == 0 || lines[i-1].kind != proseLine || !IsOptionList(text[lines[i-1].start:lines[i-1].end]))
}

// opensDescription reports whether line l reads as the description a
// manual gives an option on the line above it: a capital and two words
// or more ("The maximum socket buffer size"), not the rest of a sentence
// wrapped around an option ("Use the\n--force\noption to overwrite",
// "returns\n-1\nand sets errno") nor another option or path.
func opensDescription(text string, l line) bool {
	t := strings.TrimSpace(text[l.start:l.end])
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r) && len(strings.Fields(t)) >= 2
}

// IsOptionList reports whether a line names a command's options and
// nothing else, as a manual lists them over what they do: "-s,
// --summarize", "-B, --block-size=SIZE", "-f FILE, --file=FILE", "-b
// bind_address", "--apparent-size", "-?" — up to four options, each one
// or two dashes and a name of letters, digits, "_" and "-" (with
// "=VALUE" or "[=VALUE]" after it), and at most two placeholders after
// it, each written as one (upper case, "<file>", "[dir]", or holding "_"
// or "="; a one-letter option's one argument may be a lower-case word:
// "-t timeout"). "-1 means unlimited" and "-x = 1" are prose or code.
func IsOptionList(t string) bool {
	t = strings.TrimSpace(t)
	parts := strings.Split(t, ", ")
	if t == "" || len(parts) > 4 {
		return false
	}
	for _, part := range parts {
		f := strings.Fields(part)
		if len(f) == 0 || len(f) > 3 || !optionName(f[0]) {
			return false
		}
		if len(f) == 2 && letterOption(f[0]) && lowerWord(f[1]) {
			continue // "-t timeout", "-u fd": a letter's argument, named in lower case (bash's read)
		}
		for _, w := range f[1:] {
			if !placeholder(w) {
				return false
			}
		}
	}
	return true
}

// letterOption reports a single dash and one ASCII letter: "-t".
func letterOption(w string) bool {
	return len(w) == 2 && w[0] == '-' && (w[1]|0x20 >= 'a' && w[1]|0x20 <= 'z')
}

// lowerWord reports a word of lower-case ASCII letters, at most twelve.
func lowerWord(w string) bool {
	if w == "" || len(w) > 12 {
		return false
	}
	for k := 0; k < len(w); k++ {
		if w[k] < 'a' || w[k] > 'z' {
			return false
		}
	}
	return true
}

// optionName reports one option: "-s", "--block-size=SIZE", "-?",
// "--color[=WHEN]".
func optionName(w string) bool {
	name := strings.TrimPrefix(strings.TrimPrefix(w, "-"), "-")
	if name == w || name == "" {
		return false
	}
	if name == "?" {
		return true
	}
	if k := strings.IndexAny(name, "=["); k > 0 {
		if v := name[k:]; !(strings.HasPrefix(v, "=") || (strings.HasPrefix(v, "[=") && strings.HasSuffix(v, "]"))) {
			return false
		}
		name = name[:k]
	}
	if !isASCIILetterOrDigit(name[0]) {
		return false
	}
	for k := 0; k < len(name); k++ {
		if c := name[k]; !isASCIILetterOrDigit(c) && c != '_' && c != '-' {
			return false
		}
	}
	return true
}

// placeholder reports a word written as an option's argument: "FILE",
// "<file>", "[dir]", "bind_address", "key=value".
func placeholder(w string) bool {
	switch {
	case strings.HasPrefix(w, "<") && strings.HasSuffix(w, ">"), strings.HasPrefix(w, "[") && strings.HasSuffix(w, "]"):
		return true
	case strings.ContainsAny(w, "_="):
		return strings.Trim(w, "_=") != ""
	}
	return strings.IndexFunc(w, unicode.IsLetter) >= 0 && strings.ToUpper(w) == w
}

// isNameByte reports whether c may be part of a name written as code:
// an ASCII letter or digit, "_", or one of extra ("-.@" for a setting's
// key, ".:" for a function's qualified name).
func isNameByte(c byte, extra string) bool {
	return c == '_' || isASCIILetterOrDigit(c) || strings.IndexByte(extra, c) >= 0
}

func isASCIILetterOrDigit(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// commentRun returns the end (exclusive) of the run of comment lines
// from line i (lines that open with a single "#" and a space, at the
// same indent), and whether they are prose. One such line alone is a
// heading ("# Install"), unless it is a sentence right over the setting
// it describes; so is each line of a data file's header, which rows
// follow ("#code coordinates TZ", "# Format: Start Code..End Code; Block
// Name").
func commentRun(text string, lines []line, i int) (int, bool) {
	j := i
	for j < len(lines) && lines[j].kind == headingLine && lines[j].indent == lines[i].indent && isCommentLine(text, lines[j]) {
		j++
	}
	if j == i {
		return i + 1, false // "## Usage", a Markdown heading
	}
	k := j
	for k < len(lines) && (lines[k].kind == blankLine || lines[k].kind == ruleLine || strings.HasPrefix(strings.TrimSpace(text[lines[k].start:lines[k].end]), "#")) {
		k++ // "#country-", "#code\tcoordinates\tTZ": the columns' names, commented
	}
	if k < len(lines) && lines[k].kind == rowLine {
		return j, false
	}
	if j == i+1 {
		// "# Enable non-blocking mode to better cope with flaky ssh
		// connections." right over "defnonblock 5": a sentence.
		return j, j < len(lines) && describesSetting(text, lines[i], lines[j])
	}
	prose := 0
	for k := i; k < j; k++ {
		if readsAsProse(text, lines[k]) {
			prose++
		}
	}
	return j, 2*prose >= j-i // "# listen = 127.0.0.1\n# port = 8080": settings commented out, not prose
}

// readsAsProse reports whether a comment line reads as prose: three words
// or more, and no setting's "=", ";" or "{".
func readsAsProse(text string, l line) bool {
	t := strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(text[l.start:l.end]), "#"))
	return len(strings.Fields(t)) >= 3 && !strings.ContainsAny(t, "={") && !strings.HasSuffix(t, ";")
}

// describesSetting reports whether comment line c, a sentence, sits right
// over line l, a setting: a few words with no sentence's end.
func describesSetting(text string, c, l line) bool {
	ct := strings.TrimSpace(text[c.start:c.end])
	lt := strings.TrimSpace(text[l.start:l.end])
	last, _ := utf8.DecodeLastRuneInString(lt)
	return (l.kind == proseLine || l.kind == fieldLine) && lt != "" && len(strings.Fields(lt)) <= 6 && !IsTerminal(last) &&
		strings.HasSuffix(ct, ".") && len(strings.Fields(ct)) >= 4
}

func isCommentLine(text string, l line) bool {
	t := strings.TrimLeft(text[l.start:l.end], " \t")
	return strings.HasPrefix(t, "# ") && !strings.HasPrefix(t, "##")
}

// commentStart returns the offset of a comment sentence's first word:
// past a leading "#" and the spaces after it.
func commentStart(text string, i int) int {
	if i < len(text) && text[i] == '#' {
		i++
		for i < len(text) && (text[i] == ' ' || text[i] == '\t') {
			i++
		}
	}
	return i
}

// underRow reports whether line i, an indented row, sits under a row
// indented less, with only rows as deep as line i or deeper between them:
// a product under its vendor in an ID list.
func underRow(lines []line, i int) bool {
	for k := i - 1; k >= 0 && lines[k].kind == rowLine; k-- {
		if lines[k].indent < lines[i].indent {
			return true
		}
	}
	return false
}

// namesColumns reports whether row u can be a table's header: every cell
// a few words with no digit ("package", "popcon", "size"), unlike a data
// row ("diffstat", "V:12, I:127", "74") or a record ("FE46;…;Po;0"). A
// column's name may be qualified by a code that starts with a letter when
// another column is named alike with another code ("i386 multiarch path",
// "amd64 multiarch path"); a cell that is a code alone ("eth0"), holds a
// count ("3 missions") or sets a code beside other words ("foo1 := bar",
// "GRUB2 modules loaded") is data.
func namesColumns(text string, u Unit) bool {
	if len(u.Parts) < 2 {
		return false
	}
	plain := make([]string, len(u.Parts)) // each cell's words but its codes
	coded := make([]bool, len(u.Parts))
	for k, c := range u.Parts {
		words := strings.Fields(text[c.Start:c.End])
		if len(words) > 4 {
			return false
		}
		var rest []string
		for _, w := range words {
			switch {
			case !strings.ContainsAny(w, "0123456789"):
				if strings.IndexFunc(w, unicode.IsLetter) >= 0 {
					rest = append(rest, strings.ToLower(w)) // not ":=" or "#"
				}
			case len(words) == 1 || !unicode.IsLetter(rune(w[0])):
				return false
			default:
				coded[k] = true
			}
		}
		plain[k] = strings.Join(rest, " ")
	}
	for k := range u.Parts {
		if !coded[k] {
			continue
		}
		alike := false
		for j := range u.Parts {
			alike = alike || j != k && coded[j] && plain[j] == plain[k] && plain[k] != ""
		}
		if !alike {
			return false
		}
	}
	return true
}

// startsEntry reports whether line i, flush left, opens an entry whose
// body is indented below it (a dictionary headword, a NamesList code).
func startsEntry(lines []line, i int) bool {
	l := lines[i]
	return l.indent == 0 && i+1 < len(lines) && lines[i+1].kind != blankLine && lines[i+1].indent > 0 &&
		lines[i-1].kind != blankLine && lines[i-1].indent > 0 &&
		!(l.kind == fieldLine && lines[i-1].kind == fieldLine) // "Location : Earth" after " Region : CA": the record's next field, with fields of its own under it
}

// separatesRecords reports whether rule line l is a record separator
// ("//", "%", "%%"): a line of slashes or percent signs.
func separatesRecords(text string, l line) bool {
	t := strings.TrimSpace(text[l.start:l.end])
	return t != "" && strings.Trim(t, "/%") == ""
}

func closesObject(text string, l line) bool {
	t := strings.TrimSpace(text[l.start:l.end])
	return strings.HasPrefix(t, "}") || strings.HasPrefix(t, "]") || strings.HasPrefix(t, "</")
}

// keepXMLRecords reads lines as XML elements only in a text written an
// element a line (a data file such as shared-mime-info's, two thirds of
// its lines or more): the list items and paragraphs of a Markdown page
// or an HTML fragment ("<li>Install the package …</li>") are prose.
func keepXMLRecords(text string, lines []line) {
	n, x := 0, 0
	for _, l := range lines {
		if l.kind != blankLine {
			n++
		}
		if l.xml || l.xmlClose {
			x++
		}
	}
	if x == 0 || 3*x >= 2*n {
		return
	}
	for k, l := range lines {
		if l.xml || l.xmlClose {
			lines[k] = classifyLine(text, l.start, l.end, false)
		}
	}
}

// xmlElement is what xmlLine reads of a line: the key and the value of
// an element as offsets in the line.
type xmlElement struct {
	name     string
	key, val Range
	ok       bool // the line is one element: a field
	open     bool // its opening tag only: the lines up to its closing tag are its content
	closing  bool // a closing tag alone ("</mime-type>")
}

// xmlLine reads a line that is one XML element, as a field: its tag and
// its text (`<acronym>TOML</acronym>`, `<comment xml:lang="de">…</comment>`:
// the key is the opening tag's inside), or its tag and its first
// attribute's value (`<glob pattern="*.toml"/>`, `<mime-type
// type="application/toml">`, which opens a record). A closing tag alone
// is read too; comments, declarations and lines of several elements are
// not.
func xmlLine(t string) xmlElement {
	var x xmlElement
	if strings.HasPrefix(t, "</") {
		x.closing = strings.HasSuffix(t, ">") && strings.Count(t, "<") == 1 && xmlName(t[2:len(t)-1])
		return x
	}
	gt := strings.IndexByte(t, '>')
	if !strings.HasPrefix(t, "<") || gt < 0 {
		return x
	}
	inner := strings.TrimSuffix(t[1:gt], "/")
	name, attrs, _ := strings.Cut(inner, " ")
	if !xmlName(name) {
		return x // "<!-- … -->", "<?xml …?>", "<3"
	}
	x.name = name
	if gt < len(t)-1 {
		// `<acronym>TOML</acronym>`: the text between the tags.
		rest := t[gt+1:]
		body, ok := strings.CutSuffix(rest, "</"+name+">")
		if !ok || strings.ContainsAny(body, "<>") || strings.TrimSpace(body) == "" {
			return x
		}
		x.key, x.val, x.ok = Range{1, gt}, Range{gt + 1, gt + 1 + len(body)}, true
		return x
	}
	// A tag alone: its first attribute's value is the field's.
	an, rest, ok := strings.Cut(strings.TrimSpace(attrs), "=")
	if !ok || !xmlName(an) || len(rest) < 2 || (rest[0] != '"' && rest[0] != '\'') {
		return x
	}
	end := strings.IndexByte(rest[1:], rest[0])
	if end < 0 {
		return x
	}
	attrEnd := strings.Index(t, an+"=") + len(an)
	from := attrEnd + 2 // past `="`
	x.key, x.val, x.ok = Range{1, attrEnd}, Range{from, from + end}, true
	x.open = !strings.HasSuffix(t[:gt], "/")
	return x
}

// xmlName reports whether s is an XML element or attribute name
// ("mime-type", "xml:lang").
func xmlName(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if !(unicode.IsLetter(r) || r == '_' || (i > 0 && (unicode.IsDigit(r) || r == '-' || r == '.' || r == ':'))) {
			return false
		}
	}
	return true
}

func lineOf(lines []line, off, from int) int {
	for k := from; k < len(lines); k++ {
		if off < lines[k].end || k == len(lines)-1 {
			return k
		}
	}
	return from
}

// continues reports whether line j carries on the paragraph or item that
// starts at line i.
func continues(lines []line, i, j int) bool {
	l := lines[j]
	if l.headword {
		return false // a headword line opens the next entry ("kledingstuk /klediŋstɵk/" after "3. clothes, clothing")
	}
	if l.directive || l.opens || lines[j-1].directive || lines[j-1].closes {
		return false // "/* Like `mktime' … */" over "extern time_t timegm (…);": the comment is a paragraph of its own, and so is "#if …"
	}
	switch lines[i].kind {
	case itemLine:
		return l.kind == proseLine && l.indent >= lines[i].indent
	case proseLine:
		return l.kind == proseLine && (l.indent <= lines[j-1].indent+2 || l.indent >= lines[i].indent)
	}
	return false
}

func splitLines(text string) []line {
	var out []line
	for start := 0; start <= len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if start == len(text) && end == start {
			break
		}
		out = append(out, classifyLine(text, start, end, true))
		start = end + 1
	}
	keepCommentedHeaders(text, out)
	keepXMLRecords(text, out)
	out = joinQuotedBreaks(text, out)
	continueBrackets(text, out)
	continueSentence(text, out)
	markUnderlinedHeadings(text, out)
	markCommaRows(text, out)
	markTabRows(text, out)
	markAlignedRows(text, out)
	markColonRows(text, out)
	markSemicolonRows(text, out)
	markAnnotations(text, out)
	markHeadwords(text, out)
	return out
}

// markHeadwords marks the lines that give a dictionary's headword and its
// pronunciation between slashes, and nothing else but grammar labels in
// angle brackets ("kleding /klediŋ/", "aborder /abɔʀde/ <v>"): the line
// opens an entry, whose translations follow it with no blank line between
// entries (FreeDict's dictd text).
func markHeadwords(text string, lines []line) {
	var at []int
	for i, l := range lines {
		if l.indent == 0 && l.end-l.start <= 160 && pronounced(text[l.start:l.end]) {
			at = append(at, i)
		}
	}
	if len(at) < 2 {
		return // one line with a word between slashes ("cd /etc/") is no dictionary
	}
	for _, i := range at {
		lines[i].headword = true
	}
}

// IsPronouncedHeadword reports whether text is a dictionary's headword
// line and nothing more: the headword, its pronunciation between slashes,
// any grammar labels ("bevordering /bəvɔrdəriŋ/", "aborder /abɔʀde/ <v>").
// It names an entry; its senses, under it, say what the entry means.
func IsPronouncedHeadword(text string) bool {
	t := strings.TrimSpace(text)
	return !strings.Contains(t, "\n") && len(t) <= 160 && pronounced(t)
}

// pronounced matches pronouncedHeadword, after a cheap test that most
// lines fail: a pronunciation opens with " /" and the line ends with its
// closing slash or a grammar label.
func pronounced(t string) bool {
	t = strings.TrimRight(t, " \t\r")
	if t == "" || !strings.Contains(t, " /") || (t[len(t)-1] != '/' && t[len(t)-1] != '>') {
		return false
	}
	return pronouncedHeadword.MatchString(t)
}

// pronouncedHeadword is a headword of letters (words, hyphens, dots,
// apostrophes), a pronunciation between slashes, and any grammar labels.
var pronouncedHeadword = regexp.MustCompile(`^[\pL\pM][\pL\pM'’‐. -]{0,60} /[^/\s][^/]{0,80}/(\s*<[^<>]*>)*\s*$`)

// continueBrackets makes a "Key: value" line that a bracket left open on
// the prose line above it continues prose: a dictionary's etymology runs
// over lines ("n. [Gr.\n   kw`deia poppy head: cf. F. cod['e]ine.]").
func continueBrackets(text string, lines []line) {
	for i := 1; i < len(lines); i++ {
		prev := text[lines[i-1].start:lines[i-1].end]
		if lines[i].kind == fieldLine && lines[i-1].kind == proseLine && strings.Count(prev, "[") > strings.Count(prev, "]") {
			lines[i].kind = proseLine
		}
	}
}

// continueSentence makes a "key: value" line that goes on with a
// sentence the prose line above it leaves open continue prose: a wrapped
// paragraph may break before a colon ("Not to be confused\nwith
// translation: for example, Greek …"), and a record's key never opens
// with a lower-case word under a line that ends mid-sentence.
func continueSentence(text string, lines []line) {
	for i := 1; i < len(lines); i++ {
		l, prev := lines[i], lines[i-1]
		if l.kind != fieldLine || l.commented || l.xml || prev.kind != proseLine || l.indent > prev.indent {
			continue
		}
		p := strings.TrimRight(text[prev.start:prev.end], " \t\r")
		t := strings.TrimLeft(text[l.start:l.end], " \t")
		last, _ := utf8.DecodeLastRuneInString(p)
		first, _ := utf8.DecodeRuneInString(t)
		if (unicode.IsLetter(last) || last == ',') && unicode.IsLower(first) {
			lines[i].kind = proseLine
		}
	}
	// The other way round: a "Key: value" line whose value breaks off
	// mid-sentence and goes on, lower-case, on a prose line at its own
	// indent opens a wrapped paragraph ("True story: Once upon a time
	// there was a program bug that really did depend\non the phase of
	// the moon."): a record's value goes on only on lines indented deeper.
	for i := 0; i+1 < len(lines); i++ {
		l, next := lines[i], lines[i+1]
		if l.kind != fieldLine || l.commented || l.xml || next.kind != proseLine || next.indent != l.indent {
			continue
		}
		t := strings.TrimSpace(text[l.start:l.end])
		n := strings.TrimLeft(text[next.start:next.end], " \t")
		last, _ := utf8.DecodeLastRuneInString(t)
		first, _ := utf8.DecodeRuneInString(n)
		k := keyEnd(t)
		if unicode.IsLetter(last) && unicode.IsLower(first) && k > 0 && len(strings.Fields(t[k+1:])) >= 4 {
			lines[i].kind = proseLine // (a short value is a field's: "Name: foo" over "version 1.2 of the package")
		}
	}
}

// joinQuotedBreaks joins a CSV record whose quoted field holds a line
// break ("Tobias Wrenfield\n(relief keeper)") into one line: a line with
// two or more commas and an odd number of quotes runs on until its quotes
// balance, at most maxRecordLines lines.
func joinQuotedBreaks(text string, lines []line) []line {
	out := lines[:0]
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		body := text[l.start:l.end]
		if strings.Count(body, ",") >= 2 && strings.Count(body, `"`)%2 == 1 {
			for j := i + 1; j < len(lines) && j-i < maxRecordLines && lines[j].kind != blankLine; j++ {
				l.end = lines[j].end
				i = j
				if strings.Count(text[l.start:l.end], `"`)%2 == 0 {
					break
				}
			}
		}
		out = append(out, l)
	}
	return out
}

// maxRecordLines is the most lines one CSV record with quoted line breaks
// may span.
const maxRecordLines = 8

// markTabRows makes rows of the runs of two or more lines that hold the
// same number (one or more) of tabs between words: a two-column table (an
// HTML table's cells are written tab-separated), which a single line with
// a tab in it is not, unless a blank line sets it apart from two such
// lines under it (a table's head over its body).
func markTabRows(text string, lines []line) {
	tabs := func(l line) int {
		return strings.Count(strings.Trim(text[l.start:l.end], " \t\r"), "\t")
	}
	for i := 0; i < len(lines); {
		n := tabs(lines[i])
		j, rows := i+1, 1
		for j < len(lines) && lines[j].kind != blankLine && (tabs(lines[j]) == n || annotates(text, lines[j])) {
			if !annotates(text, lines[j]) {
				rows++ // a record's annotation lines neither end its listing nor count as rows of it
			}
			j++
		}
		if n >= 1 && rows >= 2 && !annotates(text, lines[i]) {
			for k := i; k < j; k++ {
				if lines[k].kind != headingLine && !annotates(text, lines[k]) {
					lines[k].kind = rowLine
				}
			}
		}
		if n >= 1 && rows == 1 && j+2 < len(lines) && lines[j].kind == blankLine && tabs(lines[j+1]) == n && tabs(lines[j+2]) == n &&
			lines[i].kind == proseLine && !annotates(text, lines[i]) {
			lines[i].kind = rowLine // an HTML table's head ("variable expansion<tab>description"), set apart from its body by a blank line
		}
		i = j
	}
}

// markAnnotations makes rows of the annotation lines under a row (see
// annotates): each is a key (its mark) and a value that belong to the
// record above it.
func markAnnotations(text string, lines []line) {
	for i := 1; i < len(lines); i++ {
		if lines[i-1].kind == rowLine && lines[i].kind != rowLine && annotates(text, lines[i]) {
			lines[i].kind = rowLine
			lines[i].aligned = true
		}
	}
}

// annotates reports whether l is an indented line that opens with an
// annotation mark and a space ("\t= halant", "\t* used for transcribing
// English", "\tx (pilcrow sign - 00B6)"): a note on the record above it,
// as a character names list writes them under each character.
func annotates(text string, l line) bool {
	return l.indent > 0 && opensAnnotation(strings.TrimLeft(text[l.start:l.end], " \t"))
}

// opensAnnotation reports whether t, a line without its indent, opens
// with an annotation mark, a space and words.
func opensAnnotation(t string) bool {
	return len(t) > 2 && strings.IndexByte(annotationMarks, t[0]) >= 0 && (t[1] == ' ' || t[1] == '\t') && hasWordRune(t[2:])
}

// markAlignedRows makes rows of the runs of three or more prose lines
// that each open with a short key set apart from the rest by two or more
// spaces or a tab, at any indent: a listing laid out in columns, such as
// an ID list ("046d  Logitech, Inc." with "\tc52b  Unifying Receiver"
// beneath it), a services table or aligned "term  description" lines.
// Prose does not keep such a gap up for three lines.
func markAlignedRows(text string, lines []line) {
	markRuns(lines, func(_, j int) bool { return alignedGap(text[lines[j].start:lines[j].end]) > 0 },
		func(l *line) { l.aligned = true })
}

// markRuns makes rows of the runs of three or more prose lines that hold
// together: fits(i, j) reports whether line j carries on the run line i
// opens; mark notes how the rows' cells are set apart.
func markRuns(lines []line, fits func(i, j int) bool, mark func(l *line)) {
	for i := 0; i < len(lines); {
		j := i
		for j < len(lines) && lines[j].kind == proseLine && fits(i, j) {
			j++
		}
		if j-i >= 3 {
			for k := i; k < j; k++ {
				lines[k].kind = rowLine
				mark(&lines[k])
			}
		}
		i = max(j, i+1)
	}
}

// alignedGap returns the offset in line s of the run of spaces that ends
// its key column, 0 when it has none: the key (after the indent) is one
// to three words, at most maxAlignedKey bytes, not ending a sentence, and
// words follow the gap.
func alignedGap(s string) int {
	t := strings.TrimLeft(s, " \t")
	lead := len(s) - len(t)
	if lead > 0 && opensAnnotation(t) {
		return lead + 1 // an annotation of the row above (see annotates): its mark is the key
	}
	gap := strings.Index(t, "  ")
	if tab := strings.IndexByte(t, '\t'); tab > 0 && (gap < 0 || tab < gap) {
		gap = tab
	}
	if gap <= 0 || gap > maxAlignedKey {
		return 0
	}
	key := t[:gap]
	val := strings.TrimSpace(t[gap:])
	if len(strings.Fields(key)) > 3 || strings.ContainsAny(key[len(key)-1:], ".,;:!?") || (!hasWordRune(val) && !quoted(val)) {
		return 0
	}
	return lead + gap
}

// quoted reports whether s is one quoted string ("\".\"", "\"\""): a
// value, though it holds no word (a locale's decimal point, its empty
// sign).
func quoted(s string) bool {
	return len(s) >= 2 && s[0] == '"' && s[len(s)-1] == '"' && strings.Count(s, `"`) == 2
}

// annotationMarks open the indented annotation lines of a listing's
// record, as a character names list writes them under each character:
// "= " an alias, "* " a note, "x " a cross-reference, "~ " a variation,
// "% " a formal alias, ": " a canonical decomposition, "# " a
// compatibility decomposition.
const annotationMarks = "=*x~%:#"

// IsAnnotationMark reports whether a row's key is an annotation mark:
// the row is a note on the record above it (see annotates).
func IsAnnotationMark(key string) bool {
	return len(key) == 1 && strings.IndexByte(annotationMarks, key[0]) >= 0
}

// maxAlignedKey is the longest key, in bytes, of an aligned row.
const maxAlignedKey = 24

// markColonRows makes rows of the runs of three or more prose lines that
// open with a key and a colon and hold the same number of colons, none of
// them followed by a space or a slash: colon-separated records
// ("AAL:Aalborg:DK::Aalborg", "90:Turkey", a passwd file's lines), unlike
// "Key: value" fields, URLs or a clock time in a sentence.
func markColonRows(text string, lines []line) {
	colons := func(k int) int { return tightColons(text[lines[k].start:lines[k].end]) }
	markRuns(lines, func(i, j int) bool { return colons(i) > 0 && colons(j) == colons(i) },
		func(l *line) { l.colon = true })
}

// markSemicolonRows makes rows of the runs of three or more lines keyed
// by a code before one semicolon, the two-column tables of data files
// ("1F600..1F64F; Emoticons", Unicode's Blocks.txt): a key without spaces
// that holds a digit, and a value that reads as no sentence (it does not
// end with a full stop: "1990; the year the wall fell." is prose).
func markSemicolonRows(text string, lines []line) {
	keyed := func(k int) bool {
		s := strings.TrimSpace(text[lines[k].start:lines[k].end])
		semi := unquoted(s, ';')
		if len(semi) != 1 || strings.HasSuffix(s, ".") {
			return false
		}
		key := strings.TrimSpace(s[:semi[0]])
		return key != "" && !strings.ContainsAny(key, " \t") && strings.ContainsAny(key, "0123456789") && strings.TrimSpace(s[semi[0]+1:]) != ""
	}
	markRuns(lines, func(_, j int) bool { return keyed(j) }, func(l *line) { l.semi = true })
}

// tightColons counts the colons of s that separate fields: the first
// after a key without spaces ("960:Maldives"), none followed by a space
// or a slash; -1 when s is no such record.
func tightColons(s string) int {
	s = strings.TrimLeft(s, " \t")
	if k := strings.IndexByte(s, ':'); k <= 0 || strings.ContainsAny(s[:k], " \t") {
		return -1
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] != ':' {
			continue
		}
		if i+1 < len(s) && (s[i+1] == ' ' || s[i+1] == '/' || s[i+1] == '\t') {
			return -1
		}
		n++
	}
	return n
}

// markUnderlinedHeadings makes headings of the lines a rule of "-" or "="
// underlines (Markdown's and reStructuredText's section titles,
// ".conflicts(x, y)" over "------"), standing alone after a blank line.
func markUnderlinedHeadings(text string, lines []line) {
	for i := 0; i+1 < len(lines); i++ {
		if lines[i].kind != proseLine || lines[i+1].kind != ruleLine || (i > 0 && lines[i-1].kind != blankLine) {
			continue
		}
		if t := strings.TrimSpace(text[lines[i].start:lines[i].end]); len(strings.Fields(t)) > 10 || strings.Contains(t, ". ") || strings.HasSuffix(t, ".") {
			continue // "It was done by hand. It works, as shown" over "=====" is prose
		}
		r := strings.TrimSpace(text[lines[i+1].start:lines[i+1].end])
		if len(r) >= 3 && (strings.Trim(r, "-") == "" || strings.Trim(r, "=") == "") {
			lines[i].kind = headingLine
		}
	}
}

// markCommaRows makes rows of the runs of two or more lines that hold the
// same number (two or more) of commas: the records of a CSV file, which
// prose lines do not keep up. Lines whose commas all stand tight between
// fields (no space after any) are records whatever their number, two or
// more: a CSV file may leave a row's empty trailing cells out
// ("9.10,Karmic Koala,karmic,2009-04-23,2009-10-29,2011-04-30" under a
// header of nine columns).
func markCommaRows(text string, lines []line) {
	type stats struct {
		n     int  // commas between fields
		tight bool // none of them followed by a space
		loose bool // a record whatever its comma count (see above)
	}
	st := make([]stats, len(lines))
	for k, l := range lines {
		t := text[l.start:l.end]
		if strings.IndexByte(t, ',') < 0 {
			st[k].tight = true
			continue
		}
		n, spaced := csvCommas(t)
		if spaced && proseCells(t) {
			st[k].n = -1 // "computers, where things are supposed to vary rapidly, “static” has a": a wrapped line of prose
			continue
		}
		st[k] = stats{n: n, tight: !spaced, loose: n >= 2 && !spaced && !strings.ContainsAny(t, "$=%(){}") && keyEnd(strings.TrimSpace(t)) == 0} // "$(filter parallel=%,$(DEB_BUILD_OPTIONS))" is code, "Keywords: a,b,c" a field
	}
	for i := 0; i < len(lines); {
		n := st[i].n
		j := i + 1
		for j < len(lines) && lines[j].kind != blankLine && (st[j].n == n || (st[i].loose && st[j].loose && st[j].n <= n)) { // rows leave cells out, the first has them all
			j++
		}
		if n >= 2 && (j-i >= 3 || (j-i >= 2 && st[i].tight)) && lines[i].kind != blankLine {
			for k := i; k < j; k++ {
				lines[k].kind = rowLine
			}
		}
		i = j
	}
}

// proseCells reports whether a line's comma-separated cells read as
// prose: every comma is followed by a space, and one cell runs to five
// words or more or holds a sentence's end and the next one's start ("or
// method. In Perl culture"). A CSV file's cells are short values, or
// stand tight between commas.
func proseCells(t string) bool {
	seps := csvSeparators(t)
	for _, i := range seps {
		if i+1 >= len(t) || t[i+1] != ' ' {
			return false // a comma tight between two fields: a record's ("MA-L,C4ACAA,\"Apple, Inc.\",1 Infinite Loop Cupertino CA US 95014")
		}
	}
	from := 0
	for _, end := range append(seps, len(t)) {
		cell := t[from:end]
		if len(strings.Fields(cell)) >= 5 || len(sentences(cell, 0, len(cell), false)) > 1 {
			return true
		}
		from = min(end+1, len(t))
	}
	return false
}

// csvCommas counts the commas of a comma-separated line that separate
// its fields (csvSeparators), and reports whether one of them is followed
// by a space, as prose writes commas.
func csvCommas(s string) (n int, spaced bool) {
	seps := csvSeparators(s)
	for _, i := range seps {
		spaced = spaced || i+1 < len(s) && s[i+1] == ' '
	}
	return len(seps), spaced
}

// csvSeparators returns the offsets of the commas of s outside double
// quotes: those that separate its fields (RFC 4180: `MA-L,F46942,"10F,
// No.119,JIANKANG RD"` has two).
func csvSeparators(s string) []int { return unquoted(s, ',') }

// unquoted returns the offsets of the separators c of s outside quoted
// fields (RFC 4180: a quote opens a field only at its start, after a
// separator of any kind or at the line's start, spaces aside; inside, a
// doubled quote is a quote and a single one closes it, so `Foo 12" Disk`
// is no quoted field).
func unquoted(s string, c byte) []int {
	var out []int
	quoted, start := false, true // start: only spaces since the last separator
	for i := 0; i < len(s); i++ {
		switch {
		case quoted && s[i] == '"' && i+1 < len(s) && s[i+1] == '"':
			i++
		case quoted && s[i] == '"':
			quoted = false
		case quoted:
		case s[i] == '"' && start:
			quoted = true
		case s[i] == c:
			out = append(out, i)
			start = true
			continue
		case strings.IndexByte(",;\t", s[i]) >= 0:
			start = true // a field of another separator's split may be quoted too
			continue
		}
		start = start && s[i] == ' '
	}
	return out
}

func classifyLine(text string, start, end int, xml bool) line {
	return classify(text, start, end, xml, true)
}

// classify is classifyLine, with header fields written in comments read
// as fields when headers is set.
func classify(text string, start, end int, xml, headers bool) line {
	s := text[start:end]
	t := strings.TrimLeft(s, " \t")
	l := line{start: start, end: end, indent: len(s) - len(t)}
	t = strings.TrimRight(t, " \t\r")
	l.closes = strings.HasSuffix(t, "*/") && (len(t) == 2 || (t[len(t)-3] != '*' && t[len(t)-3] != '/')) // not "build/**/"
	l.opens = strings.HasPrefix(t, "/*")
	var x xmlElement
	if xml && strings.HasPrefix(t, "<") {
		x = xmlLine(t)
	}
	switch {
	case t == "":
		l.kind = blankLine
	case !hasWordRune(t):
		l.kind = ruleLine
	case defineEnd(t) > 0:
		l.kind = fieldLine
	case headers && commentedField(t) > 0:
		l.kind, l.commented = fieldLine, true
	case !headers && commentedField(t) > 0 && !strings.HasPrefix(t, "#"):
		l.kind = proseLine // "-- Default: 10" alone: a comment ("# …" alone is read as below)
	case directive(t):
		l.kind, l.directive = proseLine, true
	case strings.HasPrefix(t, "#") && strings.TrimLeft(t, "#") != t && strings.HasPrefix(strings.TrimLeft(t, "#"), " "):
		l.kind = headingLine
	case x.closing:
		l.kind, l.xmlClose = ruleLine, true
	case x.ok:
		// An element that opens a record must be closed further on: an
		// "<img src=…>" or "<details open=…>" never is.
		l.kind, l.xml, l.xmlOpen = fieldLine, true, x.open && strings.Contains(text[end:], "</"+x.name+">")
	case strings.HasPrefix(t, "|") || (strings.HasPrefix(t, boxBar) && strings.Count(t, boxBar) >= 3) || strings.Count(t, "\t") >= 2 || strings.Count(t, " | ") >= 2 || isDelimitedRecord(t):
		l.kind = rowLine
	case keyEnd(t) > 0:
		l.kind = fieldLine
	case itemMarker(t) > 0:
		l.kind = itemLine
	default:
		l.kind = proseLine
	}
	return l
}

// directive reports whether t is a C preprocessor directive other than
// a definition of a value ("#if defined __USE_MISC", "# ifndef
// __USE_TIME_BITS64", "#endif", "#include <stdio.h>", "# define
// __need_NULL"): code, not a Markdown heading. What follows the directive
// must read as C: a comment line "# if this value is increased." is prose.
func directive(t string) bool {
	rest, ok := strings.CutPrefix(t, "#")
	if !ok {
		return false
	}
	rest = strings.TrimLeft(rest, " \t")
	word := rest
	if i := strings.IndexAny(rest, " \t"); i >= 0 {
		word = rest[:i]
	}
	arg := strings.TrimSpace(rest[len(word):])
	ident := func(s string) bool {
		if s == "" || s[0] >= '0' && s[0] <= '9' {
			return false
		}
		for i := 0; i < len(s); i++ {
			if !isNameByte(s[i], "") {
				return false
			}
		}
		return true
	}
	first, _, _ := strings.Cut(arg, " ")
	switch word {
	case "include", "include_next":
		return strings.HasPrefix(arg, "<") || strings.HasPrefix(arg, `"`)
	case "if", "elif":
		return strings.HasPrefix(arg, "defined") || strings.HasPrefix(arg, "!") || strings.HasPrefix(arg, "(") ||
			(arg != "" && (arg[0] == '_' || arg[0] >= '0' && arg[0] <= '9' || arg[0] >= 'A' && arg[0] <= 'Z') && strings.ToUpper(first) == first)
	case "ifdef", "ifndef", "undef", "pragma", "elifdef", "elifndef":
		return ident(first)
	case "else", "endif":
		return arg == "" || strings.HasPrefix(arg, "/*") || strings.HasPrefix(arg, "//")
	case "define":
		return ident(arg) // a name alone: a guard or a switch, no value
	}
	return false
}

func hasWordRune(s string) bool { return strings.IndexFunc(s, IsWordRune) >= 0 }

// isDelimitedRecord reports a record line of three or more ";"-separated
// fields whose words are few ("00E9;LATIN SMALL LETTER E WITH ACUTE;Ll;0"),
// not a dictionary's senses run on in prose (see below).
func isDelimitedRecord(t string) bool {
	if strings.Count(t, ";") < 2 || strings.HasSuffix(t, ".") || strings.HasSuffix(t, ",") || strings.Contains(t, ", ") {
		return false // a dictionary's senses, run on in prose ("To spot; to stain; to blur.", "Law; as, lex talionis, the law of retaliation;")
	}
	wordy, lower, coded := 0, false, false
	for k, f := range strings.Split(t, ";") {
		ws := strings.Fields(f)
		if len(ws) > 8 {
			return false
		}
		if len(ws) >= 2 {
			wordy++
		}
		coded = coded || len(ws) > 0 && !slices.ContainsFunc(ws, func(w string) bool { return !isHexWord(w) })
		if r, _ := utf8.DecodeRuneInString(strings.TrimSpace(f)); k > 0 && unicode.IsLower(r) && len(ws) >= 2 {
			lower = true
		}
	}
	// Senses run on in prose and wrapped mid-phrase ("Having water
	// within; containing fluid drops; -- said of"): fields of several
	// words, a later one opening lower-case, as no record writes them
	// unless a field is a code ("0030 FE00; short diagonal stroke form;",
	// "1;new york city;united states;8336817") or the line is code
	// ("account-hook . 'unset imap_user; unset imap_pass'").
	return wordy < 2 || !lower || coded || strings.ContainsAny(t, "'\"_=$<>/\\")
}

// isHexWord reports whether w is written in digits and the capital
// letters A-F only, with at least one digit: a code point or a number
// ("0030", "FE00", "8336817"), not a word ("FACE").
func isHexWord(w string) bool {
	digit := false
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
			digit = true
		case r < 'A' || r > 'F':
			return false
		}
	}
	return digit
}

// maxKeyWords is the most words a field's key holds.
const maxKeyWords = 5

// keyEnd returns the offset in t of the separator that ends a field's
// key ("Born: 3 April", `"alpha_2": "AW",`, "Code = Q"), 0 when t is no
// field: the key is 1-5 words without sentence punctuation and a value
// follows.
func keyEnd(t string) int {
	if i := defineEnd(t); i > 0 {
		return i
	}
	if strings.HasPrefix(t, `"`) {
		if q := strings.Index(t[1:], `":`); q > 0 && !strings.Contains(t[1:q+1], `"`) {
			return q + 2
		}
		return 0
	}
	if i := settingEnd(t); i > 0 {
		return i
	}
	i := strings.IndexAny(t, ":=")
	if i <= 0 || i+1 >= len(t) || (t[i+1] != ' ' && t[i+1] != '\t' && !strings.HasPrefix(t[i+1:], NoBreakSpace)) || strings.TrimSpace(t[i+1:]) == "" {
		return 0
	}
	key := strings.TrimLeft(t[:i], "-*•+ ")
	if key == "" || strings.ContainsAny(key, ".!?;,\"") || len(strings.Fields(key)) > maxKeyWords {
		return 0
	}
	if strings.Count(key, "[") > strings.Count(key, "]") || strings.Count(key, "(") > strings.Count(key, ")") {
		return 0 // the colon is inside a bracket ("Vatican Council (1881-1963) [syn: {John XXIII}]")
	}
	if r, _ := utf8.DecodeRuneInString(key); !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '(' {
		return 0
	}
	return i
}

// defineEnd returns the offset in t of the space after the name a C
// preprocessor definition gives a value ("#define Z_BEST_COMPRESSION
// 9", "# define EOF (-1)"), 0 when t is no such definition (a macro that
// takes arguments, "#define max(a, b) …", is code, not a value).
func defineEnd(t string) int {
	rest, ok := strings.CutPrefix(t, "#")
	if !ok {
		return 0
	}
	rest = strings.TrimLeft(rest, " \t")
	if !strings.HasPrefix(rest, "define ") && !strings.HasPrefix(rest, "define\t") {
		return 0
	}
	off := len(t) - len(rest) + len("define")
	name := strings.TrimLeft(t[off:], " \t")
	off = len(t) - len(name)
	n := 0
	for n < len(name) && isNameByte(name[n], "") {
		n++
	}
	if n == 0 || n == len(name) || (name[n] != ' ' && name[n] != '\t') || strings.TrimSpace(name[n:]) == "" {
		return 0
	}
	return off + n
}

// DefinedName returns the name a C preprocessor definition line defines
// ("Z_BEST_COMPRESSION" of "#define Z_BEST_COMPRESSION 9"), "" when t is
// none.
func DefinedName(t string) string {
	t = strings.TrimSpace(t)
	i := defineEnd(t)
	if i == 0 {
		return ""
	}
	return strings.TrimSpace(t[strings.LastIndexAny(t[:i], " \t")+1 : i])
}

// settingEnd returns the offset in t of the "=" of a configuration
// file's setting written tight ("OnCalendar=weekly", "FIRST_UID=1000",
// "net.ipv4.ip_forward=1", a systemd unit's, an INI file's, a shell
// environment file's), or of one commented out to show its default
// ("#HandleLidSwitch=suspend"), 0 when t is no such setting: the key is
// one identifier (letters, digits, "_", "-", "." and "@", opening with a
// letter or "_") and a value follows, not a second "=".
func settingEnd(t string) int {
	k := 0
	if strings.HasPrefix(t, "#") || strings.HasPrefix(t, ";") {
		k = 1
	}
	i := strings.IndexByte(t, '=')
	if i <= k+1 || i+1 >= len(t) || t[i+1] == '=' || t[i+1] == ' ' || t[i+1] == '\t' {
		return 0
	}
	if c := t[k]; !(c == '_' || (c|0x20 >= 'a' && c|0x20 <= 'z')) {
		return 0
	}
	for _, c := range []byte(t[k:i]) {
		if !isNameByte(c, "-.@") {
			return 0
		}
	}
	return i
}

// labelTerm reports whether a line is the term of an AsciiDoc labelled
// list ("--committer::", "-w[<width>]::", "core.autocrlf::", "merge;;"):
// up to eight words ended by "::" (":::" and "::::" nest deeper) or ";;",
// with nothing after it. "std::" or "Foo::Bar::" in code ends in no term's
// words but a name's.
func labelTerm(t string) bool {
	t = strings.TrimSpace(t)
	var body string
	switch {
	case strings.HasSuffix(t, ";;"):
		body = strings.TrimSuffix(t, ";;")
	case strings.HasSuffix(t, "::"):
		body = strings.TrimRight(t, ":")
		if len(t)-len(body) > 4 {
			return false
		}
	default:
		return false
	}
	body = strings.TrimSpace(body)
	if body == "" || len(strings.Fields(body)) > 8 || strings.ContainsAny(body[len(body)-1:], ".!?,;") {
		return false
	}
	return !strings.Contains(body, "::") // "Foo::Bar::": a package name, not a term
}

// iniSection reports whether t names a section of an INI file or a
// systemd unit ("[Timer]", "[fs_types]", `[remote "origin"]`): a name in
// square brackets, with a quoted subsection name after it at most.
func iniSection(t string) bool {
	if len(t) < 3 || t[0] != '[' || t[len(t)-1] != ']' {
		return false
	}
	name, sub, _ := strings.Cut(t[1:len(t)-1], " ")
	if sub != "" && (len(sub) < 2 || sub[0] != '"' || sub[len(sub)-1] != '"' || strings.Count(sub, `"`) != 2) {
		return false
	}
	if name == "" || name[len(name)-1] == '.' || !(name[0]|0x20 >= 'a' && name[0]|0x20 <= 'z') {
		return false // "[1]", "[x.]": a note's mark
	}
	for _, c := range []byte(name) {
		if !isNameByte(c, "-.@") {
			return false
		}
	}
	return true
}

// commentedField returns the length of the comment mark and the space
// after it that open a header field written in a comment (";; Author:
// Oleh Krehel <…>", "# Version: 1.2", "// Maintainer: …", "% Date:
// 2021-03-04"), as a source file's header states its package's facts, 0
// when t is no such line: the key is one or two words opening with a
// capital ("Author", "Package-Requires", "Last modified"), its value a
// few words ("# Note: the cache is rebuilt on every start of the
// daemon." is a sentence).
func commentedField(t string) int {
	c := 0
	switch {
	case strings.HasPrefix(t, "#") && !strings.HasPrefix(t, "##"):
		c = 1
	case strings.HasPrefix(t, ";"):
		c = len(t) - len(strings.TrimLeft(t, ";"))
	case strings.HasPrefix(t, "//"), strings.HasPrefix(t, "--"):
		c = 2
	case strings.HasPrefix(t, "%"):
		c = len(t) - len(strings.TrimLeft(t, "%"))
	default:
		return 0
	}
	if c >= len(t) || (t[c] != ' ' && t[c] != '\t') {
		return 0
	}
	c += len(t[c:]) - len(strings.TrimLeft(t[c:], " \t"))
	rest := t[c:]
	i := strings.Index(rest, ": ")
	if i <= 0 {
		return 0
	}
	key, val := rest[:i], strings.TrimSpace(rest[i+2:])
	words := strings.Fields(key)
	if len(words) > 2 || key[len(key)-1] == ' ' || val == "" || len(strings.Fields(val)) > 8 || strings.HasSuffix(val, ",") || admonitions[strings.ToLower(key)] {
		return 0 // "# Birthday : Birth Stone : Birth Flower" names a table's columns; "# Note: When comparing block names, casing," opens a sentence
	}
	for _, r := range key {
		if !unicode.IsLetter(r) && r != '-' && r != ' ' {
			return 0
		}
	}
	if r, _ := utf8.DecodeRuneInString(key); !unicode.IsUpper(r) {
		return 0 // "# élan: vital" is no header (the first byte of "é" is no letter)
	}
	return c
}

// keepCommentedHeaders keeps the header fields written in comments that
// stand in a header of two or more (";; Author: …" over ";; Maintainer:
// …", "# Version: …" over "# Date: …"); a line alone ("# HLS: Hue,
// Luminance, Saturation" over a function, "# Default: FIRST_UID=1000,
// LAST_UID=59999" over the setting it describes) is a comment, as before.
func keepCommentedHeaders(text string, lines []line) {
	for k, l := range lines {
		if !l.commented || (k > 0 && lines[k-1].commented) || (k+1 < len(lines) && lines[k+1].commented) {
			continue
		}
		lines[k] = classify(text, l.start, l.end, true, false)
	}
}

// admonitions are the labels a comment opens a remark with, not a fact's
// key ("# Note: …", "// TODO: …").
var admonitions = set(`note notes nb warning caution important todo fixme xxx hack tip hint example see usage bug`)

// commentedSetting reports whether a field line is a setting commented
// out ("#HandleLidSwitch=suspend"): a configuration file's way of showing
// the value it takes when the line is left so.
func commentedSetting(t string) bool {
	return (strings.HasPrefix(t, "#") || strings.HasPrefix(t, ";")) && settingEnd(t) > 0
}

// NoBreakSpace is the no-break space that text renderings of HTML and
// DocBook write after a key ("Type:\u00a0boolean"), a section number
// ("3.11.\u00a0askbcc") and between a number and its unit ("5\u00a0€").
const NoBreakSpace = "\u00a0"

// SectionNumber returns the length of a dotted section number opening a
// heading, with the space after it ("3.11.\u00a0askbcc", "2. Options",
// "2.4.1 Hooks"), 0 when there is none. A number with one dot inside and
// none after ("1.5 metres") is a decimal, not a section.
func SectionNumber(t string) int {
	i, dots := 0, 0
	for i < len(t) {
		j := i
		for j < len(t) && t[j] >= '0' && t[j] <= '9' {
			j++
		}
		if j == i || j-i > 3 {
			break
		}
		i = j
		if i < len(t) && t[i] == '.' {
			i++
			dots++
			continue
		}
		break
	}
	if dots == 0 || (dots == 1 && t[i-1] != '.') {
		return 0
	}
	switch {
	case strings.HasPrefix(t[i:], " "), strings.HasPrefix(t[i:], "\t"):
		return i + 1
	case strings.HasPrefix(t[i:], NoBreakSpace):
		return i + len(NoBreakSpace)
	}
	return 0
}

// itemMarker returns the length of a list marker opening t ("- ", "* ",
// "1. ", "2) ", "(a) "), 0 when there is none.
func itemMarker(t string) int {
	switch {
	case len(t) > 1 && strings.ContainsRune("-*•+", rune(t[0])) && t[1] == ' ':
		return 2
	case strings.HasPrefix(t, "• "):
		return len("• ")
	}
	i := 0
	if strings.HasPrefix(t, "(") {
		i = 1
	}
	j := i
	for j < len(t) && j-i < 3 && (t[j] >= '0' && t[j] <= '9' || (j == i && t[j] >= 'a' && t[j] <= 'z')) {
		j++
	}
	if j == i || j+1 >= len(t) || (t[j] != '.' && t[j] != ')') || t[j+1] != ' ' {
		return 0
	}
	if j-i > 1 && !isDigits(t[i:j]) {
		return 0
	}
	return j + 2
}

func trim(text string, a, b int) Range {
	for a < b && (text[a] == ' ' || text[a] == '\t' || text[a] == '\r') {
		a++
	}
	for b > a && (text[b-1] == ' ' || text[b-1] == '\t' || text[b-1] == '\r') {
		b--
	}
	return Range{a, b}
}

// fieldUnit is a "Key: value" line: its key and its value (quotes and a
// trailing comma of a JSON member left out).
func fieldUnit(text string, l line, block, n int) Unit {
	r := trim(text, l.start, l.end)
	t := text[r.Start:r.End]
	if l.xml {
		x := xmlLine(t)
		u := Unit{Range: r, Shape: Field, Key: Range{r.Start + x.key.Start, r.Start + x.key.End}, Block: block, Line: n}
		if val := trim(text, r.Start+x.val.Start, r.Start+x.val.End); val.End > val.Start {
			u.Parts = []Range{val}
		}
		return u
	}
	k := keyEnd(t)
	c := 0
	if l.commented {
		c = commentedField(t)
		k = c + keyEnd(t[c:]) // ";; Author: Oleh Krehel": the key is past the comment's mark
	}
	key := trim(text, r.Start, r.Start+k)
	if name := DefinedName(t); name != "" {
		key = Range{r.Start + k - len(name), r.Start + k} // "#define Z_FINISH 4": the key is Z_FINISH
	} else if commentedSetting(t) {
		key.Start++ // "#HandleLidSwitch=suspend": the key is HandleLidSwitch
	} else if c > 0 {
		key = trim(text, r.Start+c, r.Start+k) // ";; Author: Oleh Krehel": the key is Author
	} else if strings.HasPrefix(t, `"`) {
		key = Range{r.Start + 1, r.Start + k - 1}
	} else if m := itemMarker(t); m > 0 && m <= k {
		key = trim(text, r.Start+m, r.Start+k)
	}
	v := r.Start + k + 1
	if strings.HasPrefix(text[v:r.End], NoBreakSpace) {
		v += len(NoBreakSpace) // "Type:\u00a0boolean": the value is "boolean"
	}
	val := trim(text, v, r.End)
	val = trimJSON(text, val)
	u := Unit{Range: r, Shape: Field, Key: key, Block: block, Line: n}
	if val.End > val.Start {
		u.Parts = append(u.Parts, val)
		u.Parts = append(u.Parts, expansions(text, val)...)
	}
	return u
}

// foldsField reports whether line next carries on the value of field
// line l: prose indented deeper than l, after a value that opens no JSON
// object or array.
func foldsField(text string, l, next line) bool {
	if l.xml {
		return false // an element is whole on its line
	}
	t := strings.TrimRight(text[l.start:l.end], " \t\r")
	if next.kind != proseLine || next.indent <= l.indent || t == "" || strings.HasSuffix(t, "{") || strings.HasSuffix(t, "[") ||
		(strings.HasSuffix(t, ":") && strings.Count(t, "[") <= strings.Count(t, "]")) { // "… [syn:" goes on: its bracket is open
		return false
	}
	if n := strings.TrimSpace(text[next.start:next.end]); strings.HasPrefix(n, "[") && strings.HasSuffix(n, "]") {
		return false // a bracketed line of its own is a note on the entry ("[WordNet 1.5]"), not more of the value
	}
	return !strings.HasSuffix(t, ",") || strings.Count(t, "[") > strings.Count(t, "]") // a JSON member ends with a comma; the next line is another member ("[syn: {Kauai}," goes on)
}

// trimJSON drops a JSON value's trailing comma and its quotes.
func trimJSON(text string, v Range) Range {
	if v.End > v.Start && text[v.End-1] == ',' {
		v.End--
	}
	if v.End-v.Start >= 2 && text[v.Start] == '"' && text[v.End-1] == '"' {
		v.Start++
		v.End--
	}
	return v
}

// rowUnit is a table row or record line; its cells are its parts and its
// first cell its key.
func rowUnit(text string, l line, block, n int) Unit {
	r := trim(text, l.start, l.end)
	t := text[r.Start:r.End]
	sep := rowSeparator(t)
	u := Unit{Range: r, Shape: Row, Block: block, Line: n}
	if l.colon {
		sep = ":"
	}
	if g := l.start + alignedGap(text[l.start:l.end]); l.aligned && g > r.Start {
		// key and the rest: the rest may hold runs of spaces of its own
		// (a gap before the first cell, after a stray "\r", keys nothing)
		u.Key = trim(text, r.Start, g)
		u.Parts = []Range{u.Key, trim(text, g, r.End)}
		return u
	}
	var cells []Range
	if l.semi {
		cut := r.Start + unquoted(t, ';')[0] // "1F600..1F64F; Emoticons, Smileys": a key and its value
		cells = []Range{trim(text, r.Start, cut), trim(text, cut+1, r.End)}
	} else {
		cells = splitCells(text, r, sep)
	}
	for _, c := range cells {
		if c.End > c.Start {
			if u.Key.End == 0 {
				u.Key = c
			}
			u.Parts = append(u.Parts, c)
		}
	}
	return u
}

// rowSeparator is what sets the cells of row text t apart: "|" of a
// drawn table, the bar of a box-drawn one, a tab, a comma outside quotes
// (two or more, and no semicolons to split on), or else ";".
func rowSeparator(t string) string {
	switch {
	case strings.HasPrefix(t, "|") || strings.Count(t, " | ") >= 2:
		return "|"
	case strings.HasPrefix(t, boxBar):
		return boxBar
	case strings.Contains(t, "\t"):
		return "\t"
	case len(unquoted(t, ';')) < 2 && len(csvSeparators(t)) >= 2:
		return "," // `MA-L,ABC123,"Foo; Bar; Baz",Taipei`: the semicolons are a cell's
	}
	return ";"
}

// splitCells cuts row r of text at its separators sep into its cells,
// empty ones included (an empty range where the cell stands), CSV cells
// without their quotes.
func splitCells(text string, r Range, sep string) []Range {
	var cuts []int // where the cells end
	if sep == "," {
		for _, i := range csvSeparators(text[r.Start:r.End]) {
			cuts = append(cuts, r.Start+i) // a quoted cell keeps its commas ("10F,No.119,JIANKANG RD")
		}
	} else {
		for i := r.Start; i < r.End; i++ {
			if strings.HasPrefix(text[i:r.End], sep) {
				cuts = append(cuts, i)
				i += len(sep) - 1
			}
		}
	}
	var cells []Range
	start := r.Start
	for _, i := range append(cuts, r.End) {
		c := trim(text, start, i)
		if sep == "," && c.End-c.Start >= 2 && text[c.Start] == '"' && text[c.End-1] == '"' {
			c = trim(text, c.Start+1, c.End-1) // the cell, not its quotes
		}
		cells = append(cells, c)
		start = i + len(sep)
	}
	return cells
}

// Columns returns the cells of a table row u and of its header row, one
// for one, empty cells included (an empty range where the cell stands,
// or none at the end of a row that leaves its last cells out): the
// header's cell names the row's cell of the same index
// ("eol-server" over ",2015-04-30"). Both nil when u has no header or the
// two rows are not cut alike.
func Columns(text string, u Unit) (header, row []Range) {
	if u.Shape != Row || u.Header.End <= u.Header.Start {
		return nil, nil
	}
	ht, rt := text[u.Header.Start:u.Header.End], text[u.Start:u.End]
	sep := rowSeparator(ht)
	if sep == ";" || rowSeparator(rt) != sep {
		return nil, nil
	}
	header, row = splitCells(text, u.Header, sep), splitCells(text, u.Range, sep)
	if sep == "\t" && strings.Contains(ht, "\t\t") {
		// Runs of tabs line a header's names up with the rows' cells
		// ("#code<TAB>coordinates<TAB>TZ<TAB><TAB><TAB>comments" over
		// "…<TAB>Europe/Zurich<TAB>Büsingen"): a run is one cut, in the
		// header and in its rows ("wth:<TAB><TAB>{who,what,where} the
		// hell" under "-o-:<TAB><TAB>over"), and the empty names between
		// are no columns.
		empty := func(c Range) bool { return c.End <= c.Start }
		header, row = slices.DeleteFunc(header, empty), slices.DeleteFunc(row, empty)
	}
	if sep == "|" || sep == boxBar {
		header, row = innerCells(header), innerCells(row) // "| 1902 | Ilse |": no cells before the first bar or after the last
	}
	if len(row) > len(header) {
		return nil, nil
	}
	return header, row
}

// innerCells drops the empty cells a drawn table's outer bars leave.
func innerCells(cells []Range) []Range {
	if len(cells) > 0 && cells[0].End == cells[0].Start {
		cells = cells[1:]
	}
	if len(cells) > 0 && cells[len(cells)-1].End == cells[len(cells)-1].Start {
		cells = cells[:len(cells)-1]
	}
	return cells
}

// boxBar is the column rule of tables drawn with box-drawing characters,
// as text browsers render HTML tables ("│printf(3)     │UNIX manual
// pages│"); a line of two cells or more is a row (a framed note, one
// cell, is not). Heavy and double bars are not read.
const boxBar = "│"

// sentences splits text[a:b] (a paragraph or list item, its line breaks
// taken as spaces) into sentences, trimmed of whitespace.
func sentences(text string, a, b int, item bool) []Range {
	var out []Range
	emit := func(x, y int) {
		r := trimSpace(text, x, y)
		if r.End > r.Start {
			out = append(out, r)
		}
	}
	start := a
	depth, opened := 0, 0 // open brackets: "[Perh. allied to band.]" is no sentence end
	for i := a; i < b; {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch r {
		case '(', '[':
			if depth == 0 {
				opened = i
			}
			depth++
		case ')', ']':
			depth = max(0, depth-1)
		}
		if depth > 0 && i-opened > maxBracket {
			depth = 0 // an unclosed bracket ("1)", a smiley) holds no sentence
		}
		if !IsTerminal(r) || depth > 0 {
			i += n
			continue
		}
		j := i + n
		for j < b {
			r2, n2 := utf8.DecodeRuneInString(text[j:])
			if !IsTerminal(r2) && !IsCloser(r2) {
				break
			}
			j += n2
		}
		if j < b && !unicode.IsSpace(rune(text[j])) {
			i = j
			continue
		}
		if r == '.' {
			w := i
			for w > start && !unicode.IsSpace(rune(text[w-1])) {
				w--
			}
			k := j
			for k < b && unicode.IsSpace(rune(text[k])) {
				k++
			}
			next := rune(0)
			if k < b {
				next, _ = utf8.DecodeRuneInString(text[k:])
			}
			lineStart := w == start || text[w-1] == '\n' || strings.TrimSpace(text[start:w]) == ""
			pw := strings.TrimRight(text[start:w], " \t\n")
			if k := strings.LastIndexAny(pw, " \t\n"); k >= 0 {
				pw = pw[k+1:]
			}
			if !DotEndsSentence(pw, text[w:i], next, lineStart) || quotedStop(text[w:i], text[i+n:j], next) {
				i = j
				continue
			}
		}
		emit(start, j)
		start, i = j, j
	}
	emit(start, b)
	return out
}

// quotedStop reports whether a full stop inside quotation marks ends no
// sentence: the quoted text is the stop itself (`containing "." to
// drop`), or a lower-case word carries the sentence on after the closing
// mark (`choose ‘Page Setup...’ with a LaserWriter selected`). word is
// what the stop closes, closers what follows it up to the blanks, next
// the rune after them.
func quotedStop(word, closers string, next rune) bool {
	if !strings.ContainsAny(closers, "\"'”’") {
		return false
	}
	return strings.Trim(word, "\"'“‘") == "" || unicode.IsLower(next)
}

// maxBracket is the longest bracketed run kept from ending a sentence.
const maxBracket = 200

func trimSpace(text string, a, b int) Range {
	for a < b {
		r, n := utf8.DecodeRuneInString(text[a:])
		if !unicode.IsSpace(r) {
			break
		}
		a += n
	}
	for b > a {
		r, n := utf8.DecodeLastRuneInString(text[a:b])
		if !unicode.IsSpace(r) {
			break
		}
		b -= n
	}
	return Range{a, b}
}
