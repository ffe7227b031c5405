package ingest

import (
	"bytes"
	"strings"
	"unicode"

	"github.com/verbatim-rag/verbatim/corpus"
)

// podExtractor reads Perl's Plain Old Documentation (perlpod): paragraphs
// parted by blank lines, each a command ("=head2 Heading"), a verbatim
// paragraph (indented: kept as written) or an ordinary one, whose
// formatting codes are markup (B<bold> is "bold", X<index> nothing).
//
// =head1 to =head6 become sections; "=item term" a line of its own, its
// paragraph on the next (as HTML's <dt> and <dd>), and a section under
// the heading (a glossary's entries, a manual's options); a bullet's or a
// number's item ("=item *") the start of the line its paragraph goes on.
// =over, =back, =pod, =cut, =encoding, and =for and =begin ... =end
// regions for other formatters (html, man) give no text, while a region
// for "text" is kept as written and one whose format starts with ":" is
// read as POD. Text outside POD (before the first
// command, after =cut) and unknown commands are kept as written, as is a
// formatting code left open. Runs of text are segments copied byte for
// byte (Verbatim); a character E<...> stands for and the text of a link
// to a section ("sec" in name) are segments of their own, as HTML's
// entities are. The title is the NAME section's line ("perlpod - the
// Plain Old Documentation format"), else the first =head1.
type podExtractor struct{}

func (podExtractor) Format() corpus.Format { return corpus.POD }

func (podExtractor) Extract(path string, data []byte) (corpus.Extraction, error) {
	if err := checkText(path, data); err != nil {
		return corpus.Extraction{}, err
	}
	src := string(data)
	b := &podBuilder{src: src, lines: newLineIndex(data)}
	b.run(podParagraphs(src))
	return corpus.Extraction{Text: b.out.String(), Title: b.title(), Sections: b.sections, Map: b.segs}, nil
}

// podPara is a paragraph: source bytes [start, end), without the line
// break and white space after it.
type podPara struct{ start, end int }

// podParagraphs cuts src into paragraphs at lines of nothing but white
// space.
func podParagraphs(src string) []podPara {
	var out []podPara
	para := podPara{start: -1}
	for off := bomLen(src); off < len(src); {
		end := strings.IndexByte(src[off:], '\n')
		next := off + end + 1
		if end < 0 {
			end, next = len(src)-off, len(src)
		}
		line := src[off : off+end]
		switch {
		case strings.TrimLeft(line, " \t\r\f") == "":
			if para.start >= 0 {
				out = append(out, para)
				para.start = -1
			}
		case para.start < 0:
			para = podPara{start: off, end: off + len(strings.TrimRight(line, " \t\r\f"))}
		default:
			para.end = off + len(strings.TrimRight(line, " \t\r\f"))
		}
		off = next
	}
	if para.start >= 0 {
		out = append(out, para)
	}
	return out
}

// podCommand splits a command paragraph ("=head2 Heading") into its name
// and the offset of its content; ok is false for any other paragraph (a
// "=" not followed by a letter is text).
func podCommand(src string, p podPara) (name string, content int, ok bool) {
	if p.end-p.start < 2 || src[p.start] != '=' || !isASCIILetter(src[p.start+1]) {
		return "", 0, false
	}
	i := p.start + 1
	for i < p.end && (isASCIILetter(src[i]) || src[i] >= '0' && src[i] <= '9' || src[i] == '_') {
		i++
	}
	name = src[p.start+1 : i]
	for i < p.end && isPodSpace(src[i]) {
		i++
	}
	return name, i, true
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// podRegion is an open =begin region: skip its paragraphs (a format of
// another formatter), keep them as written ("text"), or read them as POD
// (a format starting with ":").
type podRegion struct {
	format string
	mode   podMode
}

type podMode uint8

const (
	podRead podMode = iota // POD, as outside any region
	podSkip
	podRaw
)

// mode returns the mode of the innermost open region.
func (b *podBuilder) mode() podMode {
	if n := len(b.regions); n > 0 {
		return b.regions[n-1].mode
	}
	return podRead
}

type podBuilder struct {
	src       string
	lines     lineIndex
	out       strings.Builder
	segs      corpus.SourceMap
	sections  []corpus.Section
	pending   int
	joinNext  bool // a bullet's or number's item: its paragraph goes on on its line
	afterTerm bool // an item's term: its paragraph goes on on the next line
	head      int  // level of the last heading
	over      int  // depth of =over lists

	inPod     bool
	regions   []podRegion
	firstHead string // the first =head1
	name      string // the NAME section's paragraph
	inName    bool   // just after =head1 NAME
}

func (b *podBuilder) title() string {
	if b.name != "" {
		return b.name
	}
	return b.firstHead
}

func (b *podBuilder) run(paras []podPara) {
	lastEnd := map[string]int{} // the last =end of each format: a =begin without one opens nothing
	for i, p := range paras {
		if name, content, ok := podCommand(b.src, p); ok && name == "end" {
			lastEnd[podFormat(b.src[content:p.end])] = i
		}
	}
	for i, p := range paras {
		name, content, isCmd := podCommand(b.src, p)
		if !b.inPod && !isCmd {
			b.raw(p.start, p.end) // text outside POD
			continue
		}
		b.inPod = true
		if b.mode() == podSkip && name != "begin" && name != "end" {
			continue
		}
		if !isCmd {
			b.paragraph(p)
			continue
		}
		b.joinNext, b.afterTerm = false, false
		b.command(name, content, p, i, lastEnd)
	}
}

// paragraph writes an ordinary or verbatim paragraph.
func (b *podBuilder) paragraph(p podPara) {
	raw := isPodSpace(b.src[p.start]) || b.mode() == podRaw
	switch {
	case b.joinNext && !raw:
		b.pending = sepSpace
	case b.afterTerm && !raw:
		b.pending = sepLine
	default:
		b.pending = sepPara
	}
	b.afterTerm = false
	b.joinNext = false
	if raw {
		b.raw(p.start, p.end)
		return
	}
	start := b.codes(p.start, p.end)
	if b.inName && b.name == "" && start >= 0 {
		b.name = collapseSpace(b.out.String()[start:])
	}
	b.inName = false
}

// command handles the command paragraph p, the i-th, named name with its
// content from offset content.
func (b *podBuilder) command(name string, content int, p podPara, i int, lastEnd map[string]int) {
	b.inName = false
	switch {
	case len(name) == 5 && strings.HasPrefix(name, "head") && name[4] >= '1' && name[4] <= '6':
		b.heading(int(name[4]-'0'), content, p.end)
	case name == "item":
		b.item(content, p.end)
	case name == "over":
		b.over++
	case name == "back":
		b.over = max(0, b.over-1)
	case name == "pod", name == "encoding":
	case name == "cut":
		b.inPod = false
	case name == "begin":
		f := podFormat(b.src[content:p.end])
		if last, ok := lastEnd[f]; !ok || last < i {
			return // never ended: its paragraphs are read as they come
		}
		mode := podSkip
		switch {
		case b.mode() == podSkip:
		case strings.HasPrefix(f, ":"):
			mode = podRead
		case f == "text":
			mode = podRaw
		}
		b.regions = append(b.regions, podRegion{format: f, mode: mode})
	case name == "end":
		f := podFormat(b.src[content:p.end])
		for k := len(b.regions) - 1; k >= 0; k-- {
			if b.regions[k].format == f {
				b.regions = b.regions[:k]
				break
			}
		}
	case name == "for":
		b.forParagraph(content, p.end)
	default: // not a command of perlpod: its text stays
		b.raw(p.start, p.end)
	}
}

// podFormat returns the format name a =begin, =end or =for names.
func podFormat(s string) string {
	if fs := strings.Fields(s); len(fs) > 0 {
		return fs[0]
	}
	return ""
}

// forParagraph handles "=for format text": text for the "text" formatter
// is kept as written, for a ":format" read as POD, for others skipped.
func (b *podBuilder) forParagraph(content, end int) {
	f := podFormat(b.src[content:end])
	if b.mode() == podSkip || (f != "text" && !strings.HasPrefix(f, ":")) {
		return
	}
	at := content + len(f)
	for at < end && isPodSpace(b.src[at]) {
		at++
	}
	if at >= end {
		return
	}
	b.pending = sepPara
	if f == "text" {
		b.raw(at, end)
		return
	}
	b.codes(at, end)
}

func (b *podBuilder) heading(level, content, end int) {
	b.pending = sepPara
	start := b.codes(content, end)
	if start < 0 {
		return
	}
	title := collapseSpace(b.out.String()[start:])
	if title == "" {
		return
	}
	b.sections = append(b.sections, corpus.Section{Start: start, Level: level, Title: title})
	b.head, b.over = level, 0
	if level == 1 && b.firstHead == "" {
		b.firstHead = title
	}
	b.inName = level == 1 && strings.EqualFold(title, "NAME")
}

// item writes an item's term on a line of its own, its paragraph to go
// on on the next; a bullet ("*") or a number ("1.") alone starts the line
// its paragraph goes on, and a bullet with its text ("* First") is a line
// of the list, not a term.
func (b *podBuilder) item(content, end int) {
	b.pending = sepPara
	text := strings.TrimSpace(b.src[content:end])
	if text == "" {
		return
	}
	start := b.codes(content, end)
	b.joinNext = podMarker(text)
	if b.joinNext || start < 0 || strings.HasPrefix(text, "* ") || strings.HasPrefix(text, "*\t") {
		return
	}
	if title := collapseSpace(b.out.String()[start:]); title != "" {
		// A term is a section (L</term> links to it as to a heading),
		// under the heading and as deep as its =over lists.
		b.sections = append(b.sections, corpus.Section{Start: start, Level: min(9, b.head+max(1, b.over)), Title: title})
		b.afterTerm = true
	}
}

// podMarker reports an item's text that only marks it, as Pod::Simple
// reads it: a bullet "*" or a number "1", "1.".
func podMarker(s string) bool {
	if s == "*" {
		return true
	}
	s = strings.TrimSuffix(s, ".")
	return s != "" && strings.Trim(s, "0123456789") == ""
}

// codes writes the paragraph src[start:end] with its formatting codes
// rendered, white space around it left out, and returns the offset in the
// text at which it begins, -1 when it gives no text.
func (b *podBuilder) codes(start, end int) int {
	r := podRenderer{src: b.src}
	r.nodes(parsePodCodes(b.src, start, end))
	at := -1
	for _, p := range trimPieces(r.pieces) {
		b.emit(p.src, p.srcEnd, p.text, p.verbatim)
		if at < 0 {
			at = b.out.Len() - len(p.text)
		}
	}
	return at
}

// trimPieces leaves out the white space at both ends of the rendered
// pieces (text around an X<> that gave none) and empty pieces.
func trimPieces(ps []podPiece) []podPiece {
	out := ps[:0]
	for _, p := range ps {
		if p.text != "" {
			out = append(out, p)
		}
	}
	for len(out) > 0 && out[0].verbatim {
		t := strings.TrimLeftFunc(out[0].text, unicode.IsSpace)
		out[0].src += len(out[0].text) - len(t)
		out[0].text = t
		if t != "" {
			break
		}
		out = out[1:]
	}
	for n := len(out); n > 0 && out[n-1].verbatim; n = len(out) {
		t := strings.TrimRightFunc(out[n-1].text, unicode.IsSpace)
		out[n-1].srcEnd -= len(out[n-1].text) - len(t)
		out[n-1].text = t
		if t != "" {
			break
		}
		out = out[:n-1]
	}
	return out
}

// raw writes the source bytes [start, end) as they are.
func (b *podBuilder) raw(start, end int) {
	b.pending = max(b.pending, sepPara)
	b.emit(start, end, b.src[start:end], true)
}

// emit writes the pending separator, then text made from the source bytes
// [src, srcEnd): a copy of them when verbatim (pieces are cut between
// runes of UTF-8 text, so they are UTF-8 too). A copy that goes on where
// the last one ended, in the text and in the source, extends its segment.
func (b *podBuilder) emit(src, srcEnd int, text string, verbatim bool) {
	if text == "" {
		return
	}
	if b.out.Len() > 0 {
		switch b.pending {
		case sepSpace:
			b.out.WriteByte(' ')
		case sepLine:
			b.out.WriteByte('\n')
		case sepPara:
			b.out.WriteString("\n\n")
		}
	}
	b.pending = sepNone
	start := b.out.Len()
	b.out.WriteString(text)
	if n := len(b.segs); n > 0 && verbatim && b.segs[n-1].Verbatim && b.segs[n-1].End == start && b.segs[n-1].SrcEnd == int64(src) {
		b.segs[n-1].End, b.segs[n-1].SrcEnd, b.segs[n-1].EndLine = b.out.Len(), int64(srcEnd), b.lines.lineAt(srcEnd-1)
		return
	}
	b.segs = append(b.segs, corpus.Segment{
		Start: start, End: b.out.Len(), SrcStart: int64(src), SrcEnd: int64(srcEnd),
		Line: b.lines.lineAt(src), EndLine: b.lines.lineAt(srcEnd - 1), Verbatim: verbatim,
	})
}

// opensPOD reports whether data opens with a POD command that nothing but
// POD writes at the start of a file: =pod, =head1 or =encoding, after
// blank lines at most.
func opensPOD(data []byte) bool {
	head := bytes.TrimPrefix(data[:min(len(data), sniffBytes)], []byte(bom))
	head = bytes.TrimLeft(head, " \t\r\n")
	for _, cmd := range []string{"=pod", "=head1", "=encoding"} {
		if rest, ok := bytes.CutPrefix(head, []byte(cmd)); ok && (len(rest) == 0 || isPodSpace(rest[0])) {
			return true
		}
	}
	return false
}
