package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/verbatim-rag/verbatim/corpus"
)

// htmlExtractor keeps the visible text of an HTML page, navigation left
// out (see isNavigation; a page whose navigation is never closed, or that
// is nothing but navigation, keeps all of it). Block elements
// become paragraph breaks, runs of white space one space (except in <pre>),
// h1–h6 become sections. Every text run gets a segment with its source
// offsets; runs copied byte for byte are Verbatim, decoded entities are
// segments of their own that are not.
type htmlExtractor struct{}

func (htmlExtractor) Format() corpus.Format { return corpus.HTML }

func (htmlExtractor) Extract(path string, data []byte) (corpus.Extraction, error) {
	if i := nulAt(data); i >= 0 {
		return corpus.Extraction{}, newNotText(path, ErrBinary, int64(i))
	}
	b, err := runHTML(path, data, true)
	if err == nil && (b.navDepth > 0 || strings.TrimSpace(b.out.String()) == "") {
		// A navigation block left open to the end of the page, or a
		// page that is nothing but navigation (a table of contents):
		// its text is the page's.
		b, err = runHTML(path, data, false)
	}
	if err != nil {
		return corpus.Extraction{}, err
	}
	title := b.title
	if title == "" {
		title = b.firstH1
	}
	return corpus.Extraction{Text: b.out.String(), Title: title, Sections: b.sections, Map: b.segs}, nil
}

// runHTML extracts page at path, leaving its navigation out with dropNav.
func runHTML(path string, data []byte, dropNav bool) (*htmlBuilder, error) {
	b := &htmlBuilder{src: data, lines: newLineIndex(data), dropNav: dropNav}
	if err := b.run(); err != nil {
		return nil, fmt.Errorf("ingest: %s: %w", path, err)
	}
	return b, nil
}

// separator strengths, the strongest pending one is written before the
// next text.
const (
	sepNone = iota
	sepSpace
	sepCell // between the cells of a table row: a tab, so the row reads as a record line
	sepLine
	sepPara
)

var (
	htmlSkip  = setOf("script", "style", "noscript", "template", "svg", "math", "iframe", "object", "canvas")
	htmlBlock = setOf("address", "article", "aside", "blockquote", "body", "caption", "center", "details",
		"dialog", "div", "dl", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
		"h4", "h5", "h6", "header", "hr", "html", "legend", "main", "menu", "nav", "ol", "p", "pre",
		"section", "summary", "table", "thead", "tbody", "tfoot", "ul")
	htmlLine = setOf("br", "li", "tr", "dt", "dd", "option")
	htmlCell = setOf("td", "th")
	// htmlVoid elements have no end tag: none can hold navigation.
	htmlVoid = setOf("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr")
)

func setOf(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}

type htmlBuilder struct {
	src      []byte
	lines    lineIndex
	out      strings.Builder
	segs     corpus.SourceMap
	sections []corpus.Section
	pending  int
	skip     int // depth inside elements whose text is not shown

	// Navigation (a <nav>, an element whose role is navigation, DocBook's
	// navheader and navfooter): links to other pages, not what the page
	// says; with dropNav its text is left out. nav is the element's name,
	// navDepth how many elements of that name are open, itself included.
	dropNav  bool
	nav      string
	navDepth int
	pre      int // depth inside <pre>
	inTitle  bool
	title    string
	firstH1  string
	heading  struct{ level, start int }

	// Table cells: a cell's own block and line breaks are spaces (a
	// row stays one line), and an empty cell between two others keeps
	// its place as an empty field.
	cell       int  // depth inside <td>/<th>
	rowCells   int  // cells opened in the current row
	cellText   bool // the current cell has written text
	emptyCells int  // empty cells since the last text of the row
}

// run tokenizes the page, tracking each token's byte offset.
func (b *htmlBuilder) run() error {
	z := html.NewTokenizer(bytes.NewReader(b.src))
	off := 0
	for {
		tt := z.Next()
		raw := z.Raw()
		start := off
		off += len(raw)
		switch tt {
		case html.ErrorToken:
			if errors.Is(z.Err(), io.EOF) {
				return nil
			}
			return z.Err()
		case html.TextToken:
			b.text(start, string(raw))
		case html.StartTagToken, html.SelfClosingTagToken:
			name, attrs := z.TagName()
			selfClosing := tt == html.SelfClosingTagToken
			if b.navDepth > 0 {
				if string(name) == b.nav && !selfClosing {
					b.navDepth++
				}
				continue
			}
			if b.dropNav && !selfClosing && !htmlVoid[string(name)] && isNavigation(z, string(name), attrs) {
				b.nav, b.navDepth = string(name), 1
				b.separate(string(name))
				b.pending = max(b.pending, sepSpace) // an inline element's text is gone: the words beside it stay apart
				continue
			}
			b.startTag(string(name), selfClosing)
		case html.EndTagToken:
			name, _ := z.TagName()
			if b.navDepth > 0 {
				if string(name) == b.nav {
					b.navDepth--
				}
				continue
			}
			b.endTag(string(name))
		}
	}
}

// isNavigation reports whether the start tag z has just read, name,
// opens navigation: a <nav>, role="navigation" (Sphinx's related links
// and sidebar), class navheader or navfooter (DocBook's Prev/Up/Next
// bars) or one of the classes of tables of contents (navClasses).
func isNavigation(z *html.Tokenizer, name string, attrs bool) bool {
	if name == "nav" {
		return true
	}
	for attrs {
		var k, v []byte
		k, v, attrs = z.TagAttr()
		switch string(k) {
		case "role":
			for _, r := range strings.Fields(string(v)) {
				if strings.EqualFold(r, "navigation") {
					return true
				}
			}
		case "class":
			for _, c := range strings.Fields(string(v)) {
				if navClasses[c] {
					return true
				}
			}
		}
	}
	return false
}

// navClasses are the classes of blocks that list other parts of the
// manual by their titles: tables of contents and the lists of tables,
// figures and examples after them (DocBook's toc and list-of-*, Sphinx's
// toctree-wrapper and page menu, Texinfo's section-toc), and Texinfo's
// Next/Previous/Up bar over each node. Their entries are
// headings of this page and of others, not statements: a caption "List of
// notable GUI infrastructure packages" in the Debian Reference's list of
// tables answered questions about the packages in the table itself.
var navClasses = map[string]bool{
	"navheader": true, "navfooter": true,
	"toc": true, "list-of-tables": true, "list-of-figures": true, "list-of-examples": true, "list-of-procedures": true, "list-of-equations": true,
	"toctree-wrapper": true, "this-page-menu": true, "section-toc": true,
	"header": true, "nav-panel": true, // Texinfo's bar over each node ("Next: Word Splitting, Previous: Arithmetic Expansion, Up: Shell Expansions"; "nav-panel" from Texinfo 7 on)
}

func (b *htmlBuilder) startTag(name string, selfClosing bool) {
	switch {
	case htmlSkip[name]:
		if !selfClosing {
			b.skip++
		}
		return
	case name == "title":
		b.inTitle = !selfClosing
		return
	case name == "pre" && !selfClosing:
		b.pre++
	}
	switch {
	case name == "tr" && b.cell == 0:
		b.rowCells, b.emptyCells, b.cellText = 0, 0, false
	case htmlCell[name] && b.cell == 0 && !selfClosing:
		if b.rowCells > 0 && !b.cellText {
			b.emptyCells++
		}
		b.rowCells++
		b.cellText = false
	}
	b.separate(name)
	if htmlCell[name] && !selfClosing {
		b.cell++
	}
	if lvl := headingLevel(name); lvl > 0 && b.skip == 0 {
		b.heading.level, b.heading.start = lvl, -1
	}
}

func (b *htmlBuilder) endTag(name string) {
	switch {
	case htmlSkip[name]:
		b.skip = max(0, b.skip-1)
		return
	case name == "title":
		b.inTitle = false
		return
	case name == "pre":
		b.pre = max(0, b.pre-1)
	}
	if htmlCell[name] {
		b.cell = max(0, b.cell-1)
	}
	b.separate(name)
	if lvl := headingLevel(name); lvl > 0 && lvl == b.heading.level {
		b.endHeading()
	}
}

// separate records the break an element boundary makes.
func (b *htmlBuilder) separate(name string) {
	if b.cell > 0 {
		// Inside a cell (a nested table too) every break is a space.
		if htmlBlock[name] || htmlLine[name] || htmlCell[name] || name == "tr" {
			b.pending = max(b.pending, sepSpace)
		}
		return
	}
	switch {
	case htmlBlock[name]:
		b.pending = max(b.pending, sepPara)
	case htmlLine[name]:
		b.pending = max(b.pending, sepLine)
	case htmlCell[name]:
		b.pending = max(b.pending, sepCell)
	}
}

func headingLevel(name string) int {
	if len(name) == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6' {
		return int(name[1] - '0')
	}
	return 0
}

func (b *htmlBuilder) endHeading() {
	level, start := b.heading.level, b.heading.start
	b.heading.level = 0
	if start < 0 {
		return
	}
	title := collapseSpace(b.out.String()[start:])
	if title == "" {
		return
	}
	b.sections = append(b.sections, corpus.Section{Start: start, Level: level, Title: title})
	if level == 1 && b.firstH1 == "" {
		b.firstH1 = title
	}
}

// text handles a text token found at byte offset base of the source.
func (b *htmlBuilder) text(base int, raw string) {
	switch {
	case b.skip > 0, b.navDepth > 0:
	case b.inTitle:
		if b.title == "" {
			b.title = collapseSpace(html.UnescapeString(raw))
		}
	case b.pre > 0:
		b.preText(base, raw)
	default:
		b.flowText(base, raw)
	}
}

// flowText writes text outside <pre>: a white-space run other than a
// single space inside a run ends the run and becomes a pending space.
func (b *htmlBuilder) flowText(base int, raw string) {
	runStart := -1
	flush := func(end int) {
		if runStart >= 0 {
			b.emit(base+runStart, base+end, raw[runStart:end], true)
			runStart = -1
		}
	}
	for i := 0; i < len(raw); {
		c := raw[i]
		switch {
		case isHTMLSpace(c):
			j := i + 1
			for j < len(raw) && isHTMLSpace(raw[j]) {
				j++
			}
			if runStart >= 0 && c == ' ' && j == i+1 && j < len(raw) {
				i = j
				continue
			}
			flush(i)
			b.pending = max(b.pending, sepSpace)
			i = j
		case c == '&':
			i = b.entity(base, raw, i, &runStart, flush)
		default:
			if runStart < 0 {
				runStart = i
			}
			i++
		}
	}
	flush(len(raw))
}

// preText writes text inside <pre> as is, decoding entities.
func (b *htmlBuilder) preText(base int, raw string) {
	runStart := -1
	flush := func(end int) {
		if runStart >= 0 {
			b.emit(base+runStart, base+end, raw[runStart:end], true)
			runStart = -1
		}
	}
	for i := 0; i < len(raw); {
		if raw[i] == '&' {
			i = b.entity(base, raw, i, &runStart, flush)
			continue
		}
		if runStart < 0 {
			runStart = i
		}
		i++
	}
	flush(len(raw))
}

// entity handles the "&" at raw[i]: a character reference becomes a
// segment of its own, anything else stays in the current run. It returns
// the offset after what it consumed.
func (b *htmlBuilder) entity(base int, raw string, i int, runStart *int, flush func(int)) int {
	end := entityEnd(raw, i)
	if end > 0 {
		if dec := html.UnescapeString(raw[i:end]); dec != raw[i:end] {
			flush(i)
			b.emit(base+i, base+end, dec, false)
			return end
		}
	}
	if *runStart < 0 {
		*runStart = i
	}
	return i + 1
}

// entityEnd returns the offset after the ";" of a character reference
// starting at raw[i], or -1.
func entityEnd(raw string, i int) int {
	for j := i + 1; j < len(raw) && j < i+40; j++ {
		c := raw[j]
		switch {
		case c == ';':
			if j > i+1 {
				return j + 1
			}
			return -1
		case c == '#' && j == i+1:
		case c >= '0' && c <= '9', c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
		default:
			return -1
		}
	}
	return -1
}

// emit writes the pending separator, then text made from the source bytes
// [src, srcEnd): a copy of them when verbatim, else a decoded reference.
func (b *htmlBuilder) emit(src, srcEnd int, text string, verbatim bool) {
	if !utf8.ValidString(text) {
		text, verbatim = strings.ToValidUTF8(text, "\uFFFD"), false
	}
	b.writeSeparator()
	start := b.out.Len()
	if b.heading.level > 0 && b.heading.start < 0 {
		b.heading.start = start
	}
	b.out.WriteString(text)
	b.segs = append(b.segs, corpus.Segment{
		Start: start, End: b.out.Len(), SrcStart: int64(src), SrcEnd: int64(srcEnd),
		Line: b.lines.lineAt(src), EndLine: b.lines.lineAt(srcEnd - 1), Verbatim: verbatim,
	})
}

// writeSeparator writes the pending separator unless at the start.
func (b *htmlBuilder) writeSeparator() {
	if b.out.Len() > 0 {
		switch b.pending {
		case sepSpace:
			b.out.WriteByte(' ')
		case sepCell:
			b.out.WriteString(strings.Repeat("\t", 1+b.emptyCells))
		case sepLine:
			b.out.WriteByte('\n')
		case sepPara:
			b.out.WriteString("\n\n")
		}
	}
	b.pending = sepNone
	b.emptyCells = 0
	b.cellText = b.cellText || b.cell > 0
}

func isHTMLSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

// collapseSpace trims s and turns every run of white space into one space.
func collapseSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
