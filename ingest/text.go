package ingest

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/verbatim-rag/verbatim/corpus"
)

// codeExtensions are the source-code and configuration extensions read
// verbatim as Code.
var codeExtensions = []string{
	".go", ".py", ".pyi", ".js", ".mjs", ".cjs", ".jsx", ".ts", ".tsx", ".java", ".kt", ".kts",
	".scala", ".groovy", ".gradle", ".c", ".h", ".cc", ".cpp", ".cxx", ".hpp", ".hh", ".cs",
	".rs", ".rb", ".php", ".pl", ".pm", ".swift", ".m", ".mm", ".dart", ".zig", ".nim",
	".lua", ".r", ".jl", ".hs", ".ml", ".mli", ".ex", ".exs", ".erl", ".clj", ".el", ".lisp",
	".sh", ".bash", ".zsh", ".fish", ".ps1", ".bat", ".sql", ".proto", ".graphql", ".tf",
	".yaml", ".yml", ".json", ".toml", ".ini", ".cfg", ".conf", ".xml", ".css", ".scss",
	".vue", ".svelte", ".mk", ".cmake", ".dockerfile", ".tex", ".vim",
}

// binarySniffLen is how much of a file is searched for NUL bytes.
const binarySniffLen = 8000

// checkText rejects data that is binary (a NUL byte in its first 8000
// bytes, as git decides) or not valid UTF-8, with a NotTextError.
func checkText(path string, data []byte) error {
	if nt := notText(path, data, false); nt != nil {
		return nt
	}
	return nil
}

// invalidUTF8At returns the offset of the first invalid UTF-8 byte, or -1.
func invalidUTF8At(data []byte) int {
	if utf8.Valid(data) {
		return -1
	}
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}

// verbatim is the extraction of a text-like file: its own bytes.
func verbatim(data []byte) corpus.Extraction {
	return corpus.Extraction{Text: string(data), Map: corpus.IdentityMap(len(data))}
}

// textExtractor reads plain text; the title is its first line when short.
type textExtractor struct{}

func (textExtractor) Format() corpus.Format { return corpus.Text }

func (textExtractor) Extract(path string, data []byte) (corpus.Extraction, error) {
	if err := checkText(path, data); err != nil {
		return corpus.Extraction{}, err
	}
	ex := verbatim(data)
	ex.Title = firstLineTitle(ex.Text)
	ex.Sections = outlineSections(ex.Text)
	if ex.Sections == nil {
		ex.Sections = headerSections(ex.Text)
	}
	if ex.Sections == nil {
		ex.Sections = manualSections(ex.Text, ex.Title)
	}
	return ex, nil
}

// headerSections returns one section over a plain-text table whose first
// line is a comment naming its columns ("# Area Code : City :
// State/Province : State/Province Abbrev.", then "201:Bayonne:New
// Jersey:NJ"): its title is the header's text, so every passage cut from
// the table carries the names of its columns, as the first passage does.
// The header must name at least two columns, split by a colon, a tab, a
// semicolon, a bar or a comma, and at least minOutlineGroups rows (lines
// that are not blank or comments), four in five of them, must be cut by
// that separator into as many cells (rows written "key: value", a
// configuration's, are no table's). The title is the comment line as
// written ("# Area Code : City : …"): a reader tells a table's caption
// from a heading by its mark. Nil otherwise.
//
// Failing that, the header is the last line of the file's opening
// comment block, under the notes that describe the table (tzdata's
// zone.tab: "# tzdb timezone descriptions …", then "#code<TAB>coordinates
// <TAB>TZ<TAB><TAB><TAB>comments"): see lastHeaderSections.
func headerSections(text string) []corpus.Section {
	start := len(text) - len(strings.TrimLeft(text, " \t\r\n\ufeff"))
	line, rest, _ := strings.Cut(text[start:], "\n")
	line = strings.TrimSpace(line)
	if !strings.HasPrefix(line, "#") {
		return nil
	}
	if secs := firstHeaderSections(start, line, rest); secs != nil {
		return secs
	}
	return lastHeaderSections(text, start)
}

// firstHeaderSections is headerSections for a header on the file's first
// line.
func firstHeaderSections(start int, line, rest string) []corpus.Section {
	header := strings.TrimSpace(strings.TrimLeft(line, "#"))
	if len(header) > maxTitleLen {
		return nil
	}
	sep, n := "", 0
	for _, c := range []string{":", "\t", ";", "|", ","} {
		if k := strings.Count(header, c); k > n {
			sep, n = c, k
		}
	}
	if n == 0 {
		return nil
	}
	for _, cell := range strings.Split(header, sep) {
		if strings.TrimSpace(cell) == "" {
			return nil
		}
	}
	rows, cut, spaced := 0, 0, 0
	for l := range strings.Lines(rest) {
		l = strings.TrimRight(l, "\r\n")
		if strings.TrimSpace(l) == "" || strings.HasPrefix(strings.TrimSpace(l), "#") {
			continue
		}
		rows++
		if strings.Count(l, sep) == n {
			cut++
		}
		if sep == ":" && strings.Contains(l, ": ") {
			spaced++
		}
	}
	if rows < minOutlineGroups || 5*cut < 4*rows || 2*spaced > rows {
		return nil // a table; not "key: value" lines (a configuration, a list of notes) under a comment that happens to hold a colon
	}
	return []corpus.Section{{Start: start, Level: 1, Title: line}}
}

// lastHeaderSections returns one section from the last line of the
// comment block that opens text at start, when that line names a table's
// columns and the rows below are cut by the same separator: tzdata's
// "#code<TAB>coordinates<TAB>TZ<TAB><TAB><TAB>comments" over
// "AD<TAB>+4230+00131<TAB>Europe/Andorra". Comment lines below a long
// block of notes are mostly prose, so the header must look like column
// names (commentColumns). Rows may leave trailing columns out (a
// comment column filled only where it is needed), so four in five rows
// must have from two cells to as many as the header names, and the widest
// must fill them all. The section starts at the header line; nil when
// there is none.
func lastHeaderSections(text string, start int) []corpus.Section {
	at, header, rows := lastOpeningComment(text, start)
	if at < 0 {
		return nil
	}
	for _, comma := range []rune{'\t', ':', ';', '|'} {
		cols, sep := commentColumns(header, comma), string(comma)
		if cols == nil {
			continue
		}
		n, fit, full, spaced := 0, 0, false, 0
		for l := range strings.Lines(rows) {
			l = strings.TrimRight(l, "\r\n")
			if strings.TrimSpace(l) == "" || strings.HasPrefix(strings.TrimSpace(l), "#") {
				continue
			}
			n++
			k := strings.Count(l, sep) + 1
			if k >= 2 && k <= len(cols) {
				fit++
			}
			full = full || k == len(cols)
			if sep == ":" && strings.Contains(l, ": ") {
				spaced++
			}
		}
		if n >= minOutlineGroups && 5*fit >= 4*n && full && 2*spaced <= n {
			return []corpus.Section{{Start: at, Level: 1, Title: header}}
		}
	}
	return nil
}

// lastOpeningComment returns the offset and the text (trimmed) of the
// last line of the comment block ('#' lines, blank lines between them)
// that opens text at start, and the text from the first line below it
// that is neither; at is -1 when text does not open with a comment.
func lastOpeningComment(text string, start int) (at int, line, rest string) {
	at = -1
	for off := start; off < len(text); {
		l, _, _ := strings.Cut(text[off:], "\n")
		if t := strings.TrimSpace(l); strings.HasPrefix(t, "#") {
			at, line = off+len(l)-len(strings.TrimLeft(l, " \t")), t
		} else if t != "" {
			return at, line, text[off:]
		}
		off += len(l) + 1
	}
	return at, line, ""
}

// commentColumns returns the names of a table's columns that a comment
// line writes, cut by sep ("#code<TAB>coordinates<TAB>TZ<TAB><TAB><TAB>
// comments": code, coordinates, TZ, comments; a run of separators aligns
// the names with the rows and cuts once), when it names at least two and
// each reads as a column's name (commentColumn). Nil otherwise: a note
// ("# @missing: 0000..10FFFF; No_Block") or a title.
func commentColumns(line string, sep rune) []string {
	names := strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(line), "#"))
	if !strings.HasPrefix(strings.TrimSpace(line), "#") || len(names) > maxTitleLen {
		return nil
	}
	cols := strings.FieldsFunc(names, func(r rune) bool { return r == sep })
	if len(cols) < 2 || slices.ContainsFunc(cols, func(c string) bool { return !commentColumn.MatchString(strings.TrimSpace(c)) }) {
		return nil
	}
	return cols
}

// commentColumn is a table's column name as a header comment writes it:
// letters, spaces, hyphens, underscores, commas and slashes, a letter
// first ("coordinates", "name of country, territory, area, or
// subdivision"; not "0000..10FFFF" or "<-- two tabs").
var commentColumn = regexp.MustCompile(`^\p{L}[\p{L} ,/_-]*$`)

// idRow reports whether line opens with an identifier (letters and
// digits) and two spaces or a tab before the rest: "0001  Keyboard".
func idRow(line string) bool {
	i := 0
	for i < len(line) && (line[i] >= '0' && line[i] <= '9' || line[i] >= 'a' && line[i] <= 'z' || line[i] >= 'A' && line[i] <= 'Z') {
		i++
	}
	return i > 0 && (strings.HasPrefix(line[i:], "  ") || strings.HasPrefix(line[i:], "\t")) && strings.TrimSpace(line[i:]) != ""
}

// minOutlineGroups is how many groups a plain-text file must hold to be
// read as an outline of records.
const minOutlineGroups = 10

// outlineSections returns a section for each group of a plain-text
// outline of records, as hardware ID lists write them (usb.ids, pci.ids:
// "06a3  Saitek PLC", then the vendor's products indented by a tab): an
// unindented line with tab-indented records ("\tff0c  Cyborg Force Rumble
// Pad": an identifier, two spaces or a tab, a name) right under it heads
// a group, and lines indented deeper under it belong to it (pci.ids'
// subsystems). Notes indented under a record (Unicode's NamesList:
// "\t= alias") make no group.
// Its section names the group in every passage cut from it, so the
// product "ff0c  Cyborg Force Rumble Pad" is found, and read, as
// Saitek's. Nil unless at least minOutlineGroups groups hold at least
// half of the file's lines that are not blank or comments ("#").
func outlineSections(text string) []corpus.Section {
	var secs []corpus.Section
	grouped, records := 0, 0
	head, headStart, inGroup := "", -1, false
	for off := 0; off < len(text); {
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += off
		}
		line := strings.TrimRight(text[off:end], "\r")
		switch {
		case strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "\t\t"):
			records++ // a record under a group's record (pci.ids' subsystems, usb.ids' interfaces)
			if inGroup {
				grouped++
			}
		case line[0] == '\t' && !idRow(line[1:]):
			records++ // a note under a record ("\t= alias", "\t* comment"), not a record of its group
			headStart = -1
		case line[0] == '\t':
			records++
			if headStart >= 0 {
				if !inGroup {
					secs = append(secs, corpus.Section{Start: headStart, Level: 1, Title: head})
					grouped++ // the head's line
					inGroup = true
				}
				grouped++
			}
		case line[0] == ' ':
			records++
			headStart = -1
		default:
			records++
			head, headStart, inGroup = strings.TrimSpace(line), off, false
			if len(head) > maxTitleLen {
				headStart = -1
			}
		}
		off = end + 1
	}
	if len(secs) < minOutlineGroups || 2*grouped < records {
		return nil
	}
	return secs
}

// maxTitleLen is the longest first line taken as a plain-text title.
const maxTitleLen = 100

// firstLineTitle returns the first non-blank line when it is short and
// stands alone (followed by a blank line or the end), as titles do.
func firstLineTitle(text string) string {
	text = strings.TrimLeft(text, " \t\r\n\ufeff")
	line, rest, _ := strings.Cut(text, "\n")
	line = strings.TrimSpace(line)
	if len(line) == 0 || len(line) > maxTitleLen {
		return ""
	}
	next, _, _ := strings.Cut(rest, "\n")
	if strings.TrimSpace(next) != "" && !isUnderline(strings.TrimSpace(next)) {
		return ""
	}
	return line
}

// codeExtractor reads source code and configuration files verbatim.
type codeExtractor struct{}

func (codeExtractor) Format() corpus.Format { return corpus.Code }

func (codeExtractor) Extract(path string, data []byte) (corpus.Extraction, error) {
	if err := checkText(path, data); err != nil {
		return corpus.Extraction{}, err
	}
	return verbatim(data), nil
}
