package ingest

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/verbatim-rag/verbatim/corpus"
)

// manExtractor reads troff manual pages written with the man(7) macros
// (grep.1, useradd.8): the text a formatter would print, without the
// markup.
//
// Lines starting with "." or "'" are requests. .SH and .SS headings are
// sections (levels 1 and 2) and paragraphs of their own (without text, the
// next line is the heading); .PP, .LP, .P, .HP and .sp part paragraphs,
// .br parts lines, as do .RS, .RE, .in, .ti, .ce and .bp, which troff
// breaks at. After .TP the next line that gives text is a term on a line
// of its own, its paragraph on the next, as HTML's <dt> and <dd> (.TQ adds
// a term line); .IP's tag is a line of its own too, but a bullet or a
// number ("\(bu", "1.") starts the line its paragraph goes on, as POD's
// items do. .B, .I, .SM and .SB give their arguments joined by spaces (no
// arguments: the next line, as it comes), .BR, .BI, .IB, .IR, .RB and .RI
// their arguments joined without; .SY and .OP their arguments, .MR
// "name(section)". .nf and .EX start no-fill text, each line a line of its
// own, leading white space kept, until .fi or .EE (as do .Vb and .Ve, and
// .Sp parts paragraphs, the macros pod2man defines in every page it
// writes, since macros a page defines are not run); otherwise lines are
// filled, joined by spaces, a blank line parting paragraphs. A link (.UR
// url ... .UE, .MT address ... .ME, and the www macros' .URL url text
// and .MTO address text) is its text, or the url itself when it has none;
// the punctuation after it goes on without a space. Macro
// definitions (.de, .am and their variants, up to ".." or the end macro
// they name) and .ig blocks give nothing; so do .TH and every other
// request, known (.ad, .na, .hy, .nh, .ne, .ta, .ft, .ps, .vs, .ll, .so,
// .ds, .nr, .tr, .cs, .PD, .fam) or not. Conditionals (.if, .ie, .el) are
// read as nroff reads them (see conditional); tbl tables (.TS … .TE) are
// read as text.
//
// Escapes: font, size, colour and register escapes (\fB, \f(CW, \f[B],
// \s-1, \m[red], \n(xx), zero-width and spacing marks (\&, \%, \:, \|,
// \^), motions and drawing (\h'..', \v'..', \w'..', \o'..', \X'..') give
// nothing, but for a move forward (\h'+03', a space on a terminal); \" and \# end a line (a comment), \c and a backslash ending
// the line join the next one without a space. \- is "-", \e and \\ a
// backslash, "\ ", \~ and \0 a space; \(xx, \[name], \C'name' are glyphs
// (\(em "—", \(lq "“", \[u00E9] "é", \(:u "ü"), \*(xx, \*x, \*[name]
// strings (\*(lq, \*(rq, \*R, \*(Tm), unknown glyphs and strings nothing,
// and an unknown \x is x. Runs of text are segments copied byte for byte
// (Verbatim); a character an escape stands for is a segment of its own
// over the escape's bytes. The title is the NAME section's line ("grep,
// egrep, fgrep, rgrep - print lines that match patterns"), else the .TH
// name and section ("GREP(1)"). Input that does not parse (an unclosed
// quote, escape or macro definition) is read as far as it goes.
type manExtractor struct{}

func (manExtractor) Format() corpus.Format { return corpus.Man }

func (manExtractor) Extract(path string, data []byte) (corpus.Extraction, error) {
	if err := checkText(path, data); err != nil {
		return corpus.Extraction{}, err
	}
	src := string(data)
	b := &manBuilder{w: podBuilder{lines: newLineIndex(data)}, src: src, nameAt: -1}
	b.run()
	if b.w.out.Len() == 0 {
		return corpus.Extraction{}, fmt.Errorf("ingest: %s: %w", path, ErrNoText)
	}
	return corpus.Extraction{Text: b.w.out.String(), Title: b.title(), Sections: b.w.sections, Map: b.w.segs}, nil
}

// manBuilder reads a manual page line by line.
type manBuilder struct {
	w        podBuilder // writes the text and its map (emit) and holds the sections
	src      string
	nofill   bool     // in .nf or .EX: each line a line of its own
	join     bool     // \c or a backslash ended the last line: the next goes on without a space
	term     bool     // after .TP or .TQ: the next line that gives text is a term
	headNext int      // after .SH or .SS without text: the level of the heading the next line is
	until    string   // in a macro definition or .ig block: the request that ends it ("." for "..")
	link     *manLink // an open .UR or .MT link
	inName   bool     // in the NAME section, before its first line is read
	nameAt   int      // where the NAME section's line begins in the text, -1 before it
	name, th string   // the NAME section's line; "name(section)" of .TH
	skip     int      // in the branch of a conditional not taken: how many \{ blocks are open
	ieTaken  bool     // the last .ie took its branch: .el does not
}

// manLink is an open link: its url, and whether text came after it.
type manLink struct {
	url  []podPiece
	text bool
}

func (b *manBuilder) title() string {
	if b.name != "" {
		return b.name
	}
	return b.th
}

func (b *manBuilder) run() {
	src := b.src
	for off := bomLen(src); off < len(src); {
		end, next := len(src), len(src)
		if k := strings.IndexByte(src[off:], '\n'); k >= 0 {
			end, next = off+k, off+k+1
		}
		if end > off && src[end-1] == '\r' {
			end--
		}
		b.line(off, end)
		off = next
	}
	b.endName()
}

// line reads the line src[start:end].
func (b *manBuilder) line(start, end int) {
	if b.skip > 0 && b.until == "" {
		b.skip += strings.Count(b.src[start:end], `\{`) - strings.Count(b.src[start:end], `\}`)
		b.skip = max(b.skip, 0)
		return // a line of the branch not taken
	}
	end, hash := manComment(b.src, start, end)
	if start < end && (b.src[start] == '.' || b.src[start] == '\'') {
		b.request(start+1, end)
		return
	}
	if b.until != "" {
		return
	}
	b.text(start, end)
	if hash {
		b.join = true // \# takes the line break with it
	}
}

// manComment returns where the comment (\" or \#) of the line
// src[start:end] begins, end when it has none, and whether it is a \#.
func manComment(src string, start, end int) (int, bool) {
	for i := start; i < end; i++ {
		if src[i] != '\\' || i+1 >= end {
			continue
		}
		switch src[i+1] {
		case '"':
			return i, false
		case '#':
			return i, true
		}
		i++ // an escaped character, a backslash too
	}
	return end, false
}

// text reads a text line.
func (b *manBuilder) text(start, end int) {
	src := b.src
	if strings.TrimLeft(src[start:end], " \t") == "" {
		b.brk(sepPara) // a blank line
		return
	}
	ps, join := b.render(start, end, false)
	if b.nofill {
		ps = trimRightPieces(ps)
	} else {
		if isManBlank(src[start]) {
			b.brk(sepLine) // troff breaks before a line that starts with white space
		}
		ps = trimPieces(ps)
	}
	b.unit(ps)
	b.join = b.join || join
}

// unit writes ps, the text of one line (or of one request's arguments),
// after a space from what came before (a line break in no-fill text), or
// nothing after a \c.
func (b *manBuilder) unit(ps []podPiece) {
	at := -1
	for _, p := range ps {
		if p.text == "" {
			continue
		}
		if at < 0 && !b.join {
			sep := sepSpace
			if b.nofill {
				sep = sepLine
			}
			b.w.pending = max(b.w.pending, sep)
		}
		b.w.emit(p.src, p.srcEnd, p.text, p.verbatim)
		if at < 0 {
			at = b.w.out.Len() - len(p.text)
			b.join = false
		}
	}
	if at >= 0 {
		b.wrote(at)
	}
}

// wrote notes a line's text written from offset at: a heading's, a
// term's, the NAME section's, a link's.
func (b *manBuilder) wrote(at int) {
	if b.headNext > 0 {
		b.section(b.headNext, at)
		b.headNext = 0
		return
	}
	if b.term {
		b.term = false
		b.w.pending = sepLine
	}
	if b.inName && b.nameAt < 0 {
		b.nameAt = at
	}
	if b.link != nil {
		b.link.text = true
	}
}

// section makes the text from at a heading of level.
func (b *manBuilder) section(level, at int) {
	b.w.pending = sepPara
	text := b.w.out.String()[at:]
	title := collapseSpace(text)
	if title == "" {
		return
	}
	at += len(text) - len(strings.TrimLeftFunc(text, unicode.IsSpace)) // after an escaped space ("\ ")
	b.w.sections = append(b.w.sections, corpus.Section{Start: at, Level: level, Title: title})
	b.inName = level == 1 && strings.EqualFold(title, "NAME")
	b.nameAt = -1
}

// brk makes the next text start a new line (sepLine) or paragraph
// (sepPara).
func (b *manBuilder) brk(sep int) {
	b.w.pending = max(b.w.pending, sep)
	b.join = false
	b.endName()
}

// endName takes the NAME section's line once it has ended.
func (b *manBuilder) endName() {
	if b.inName && b.nameAt >= 0 {
		b.name = collapseSpace(b.w.out.String()[b.nameAt:])
		b.inName = false
	}
}

func isManBlank(c byte) bool { return c == ' ' || c == '\t' }

// request reads the request whose name starts at or after i.
func (b *manBuilder) request(i, end int) {
	src := b.src
	for i < end && isManBlank(src[i]) {
		i++
	}
	j := i
	for j < end && !isManBlank(src[j]) {
		j++
	}
	name := src[i:j]
	if b.until != "" {
		if name == b.until {
			b.until = ""
		}
		return
	}
	if name == "if" || name == "ie" || name == "el" {
		b.conditional(name, j, end)
		return
	}
	args := manArgs(src, j, end)
	switch name {
	case "TH":
		b.th = manTitle(b.pieceText(args, 0), b.pieceText(args, 1))
	case "SH", "SS":
		b.brk(sepPara)
		b.term = false
		b.nofill = false // groff fills again at a heading or a paragraph
		b.headNext = 1
		if name == "SS" {
			b.headNext = 2
		}
		b.spaced(args)
	case "PP", "LP", "P", "HP", "sp", "YS", "Sp":
		b.brk(sepPara)
		b.term = false
		if name != "sp" && name != "Sp" {
			b.nofill = false
		}
	case "br", "RS", "RE", "in", "ti", "ce", "bp":
		b.brk(sepLine)
	case "TP":
		b.brk(sepPara)
		b.term = true
	case "TQ":
		b.brk(sepLine)
		b.term = true
	case "IP":
		b.item(args)
	case "B", "I", "SM", "SB", "OP":
		b.spaced(args)
	case "SY":
		b.brk(sepPara)
		b.spaced(args)
	case "BR", "BI", "IB", "IR", "RB", "RI":
		b.joined(args)
	case "MR":
		b.manRef(args)
	case "nf", "EX", "Vb":
		b.brk(sepLine)
		b.nofill = true
	case "fi", "EE", "Ve":
		b.brk(sepLine)
		b.nofill = false
	case "UR", "MT":
		b.link = &manLink{}
		if len(args) > 0 {
			b.link.url, _ = b.render(args[0].start, args[0].end, args[0].quoted)
		}
	case "URL", "MTO":
		// groff's www macros, which Asciidoctor's pages define: ".URL
		// url text punct" gives its text (its url when it has none), the
		// punctuation after it without a space.
		switch {
		case len(args) >= 2 && b.pieceText(args, 1) != "":
			b.spaced(args[1:2])
		case len(args) >= 1:
			b.spaced(args[:1])
		}
		if len(args) >= 3 {
			b.join = true
			b.joined(args[2:3])
		}
	case "UE", "ME":
		if b.link != nil && !b.link.text {
			b.unit(trimPieces(b.link.url))
		}
		b.link = nil
		if len(args) > 0 {
			b.join = true // the punctuation after the link
			b.joined(args)
		}
	case "de", "de1", "dei", "dei1", "am", "am1", "ami", "ami1":
		b.until = b.argText(args, 1, ".")
	case "ig":
		b.until = b.argText(args, 0, ".")
	}
}

// conditional reads .if, .ie and .el from src[i:end], after the name:
// a condition, then a request or text that counts only when it holds, or
// a \{ … \} block of such lines. Conditions are read as nroff (a
// terminal) reads them: "n" holds, "t" does not, "!" turns one around;
// any other (a register, a comparison of strings) is taken not to hold,
// so an .ie's .el branch is read. DocBook's ".ie n \{\" bullet and its
// ".el \{\" list item give one bullet.
func (b *manBuilder) conditional(name string, i, end int) {
	src := b.src
	for i < end && isManBlank(src[i]) {
		i++
	}
	holds := !b.ieTaken
	if name != "el" {
		neg := i < end && src[i] == '!'
		if neg {
			i++
		}
		j := i
		for j < end && !isManBlank(src[j]) {
			j++
		}
		holds = (j == i+1 && src[i] == 'n') != neg
		i = j
		for i < end && isManBlank(src[i]) {
			i++
		}
		if name == "ie" {
			b.ieTaken = holds
		}
	}
	block := strings.HasPrefix(src[i:end], `\{`)
	if block {
		i += 2
		if !holds {
			b.skip = max(0, 1+strings.Count(src[i:end], `\{`)-strings.Count(src[i:end], `\}`))
			return
		}
	}
	if !holds {
		return
	}
	if i < end && src[i] == '\\' && i+1 == end {
		return // "\{\": the block opens on the next line
	}
	if i < end {
		b.line(i, end)
	}
}

// manTitle is the title .TH gives: "name(section)".
func manTitle(name, section string) string {
	if name == "" || section == "" {
		return name
	}
	return name + "(" + section + ")"
}

// item reads .IP: its tag is a line of its own, or the start of its
// paragraph's line when it is a bullet or a number.
func (b *manBuilder) item(args []manArg) {
	b.brk(sepPara)
	b.term = false
	if len(args) == 0 {
		return
	}
	ps, _ := b.render(args[0].start, args[0].end, args[0].quoted)
	ps = trimPieces(ps)
	tag := piecesText(ps)
	if tag == "" {
		return
	}
	b.unit(ps)
	if !manMarker(tag) {
		b.w.pending = sepLine
	}
}

// manMarker reports a tag that only marks an item: a bullet or a dash, a
// number ("1", "1.", "(1)", "1)").
func manMarker(s string) bool {
	switch s {
	case "•", "·", "*", "-", "−", "–", "—", "+", "o":
		return true
	}
	return podMarker(strings.TrimSuffix(strings.TrimPrefix(s, "("), ")"))
}

// manRef reads .MR name section [punctuation]: "name(section)".
func (b *manBuilder) manRef(args []manArg) {
	if len(args) == 0 {
		return
	}
	ps, _ := b.render(args[0].start, args[0].end, args[0].quoted)
	if len(args) > 1 {
		if sec := b.pieceText(args, 1); sec != "" {
			ps = append(ps, podPiece{text: "(" + sec + ")", src: args[1].start, srcEnd: args[1].end})
		}
	}
	for _, a := range args[min(2, len(args)):] {
		more, _ := b.render(a.start, a.end, a.quoted)
		ps = append(ps, more...)
	}
	b.unit(trimPieces(ps))
}

// spaced writes the arguments joined by spaces, as .B does. A space
// between two arguments is a segment of its own over the bytes between
// them (copied when it is one space).
func (b *manBuilder) spaced(args []manArg) {
	var ps []podPiece
	join := false
	prev := -1 // where the last argument that gave text ends
	for _, a := range args {
		more, j := b.render(a.start, a.end, a.quoted)
		join = join || j
		if piecesText(more) == "" {
			continue
		}
		if prev >= 0 {
			ps = append(ps, podPiece{text: " ", src: prev, srcEnd: a.start, verbatim: b.src[prev:a.start] == " "})
		}
		ps = append(ps, more...)
		prev = a.end
	}
	b.unit(trimPieces(ps))
	b.join = b.join || join
}

// joined writes the arguments joined without spaces, as .BR does.
func (b *manBuilder) joined(args []manArg) {
	var ps []podPiece
	join := false
	for _, a := range args {
		more, j := b.render(a.start, a.end, a.quoted)
		join = join || j
		ps = append(ps, more...)
	}
	b.unit(trimPieces(ps))
	b.join = b.join || join
}

// pieceText returns the text of the i-th argument, "" when there is none.
func (b *manBuilder) pieceText(args []manArg, i int) string {
	if i >= len(args) {
		return ""
	}
	ps, _ := b.render(args[i].start, args[i].end, args[i].quoted)
	return strings.TrimSpace(piecesText(ps))
}

// argText returns the i-th argument as written, or def.
func (b *manBuilder) argText(args []manArg, i int, def string) string {
	if i >= len(args) || args[i].start == args[i].end {
		return def
	}
	return b.src[args[i].start:args[i].end]
}

func piecesText(ps []podPiece) string {
	var s strings.Builder
	for _, p := range ps {
		s.WriteString(p.text)
	}
	return s.String()
}

// trimRightPieces leaves out the white space at the end of the pieces.
func trimRightPieces(ps []podPiece) []podPiece {
	for n := len(ps); n > 0; n = len(ps) {
		p := &ps[n-1]
		if !p.verbatim {
			if p.text != "" {
				break
			}
			ps = ps[:n-1]
			continue
		}
		t := strings.TrimRight(p.text, " \t")
		p.srcEnd -= len(p.text) - len(t)
		p.text = t
		if t != "" {
			break
		}
		ps = ps[:n-1]
	}
	return ps
}

// manArg is a request's argument: source bytes [start, end), inside its
// quotes when quoted.
type manArg struct {
	start, end int
	quoted     bool
}

// manArgs splits src[i:end] into arguments the troff way: parted by
// spaces, a double-quoted one may hold spaces and "" stands for a quote
// in it; an escaped space ("\ ") parts nothing. An unclosed quote goes on
// to the end of the line.
func manArgs(src string, i, end int) []manArg {
	var args []manArg
	for {
		for i < end && isManBlank(src[i]) {
			i++
		}
		if i >= end {
			return args
		}
		if src[i] == '"' {
			j := i + 1
			for j < end {
				if src[j] == '"' {
					if j+1 < end && src[j+1] == '"' {
						j += 2
						continue
					}
					break
				}
				if src[j] == '\\' {
					j++
				}
				j++
			}
			j = min(j, end)
			args = append(args, manArg{start: i + 1, end: j, quoted: true})
			i = j + 1
			continue
		}
		j := i
		for j < end && !isManBlank(src[j]) {
			if src[j] == '\\' {
				j++
			}
			j++
		}
		j = min(j, end)
		args = append(args, manArg{start: i, end: j})
		i = j
	}
}

// render reads the escapes of src[start:end] (an argument inside quotes
// when quoted: "" is a quote) into pieces; join reports a \c or a
// backslash ending the line.
func (b *manBuilder) render(start, end int, quoted bool) (ps []podPiece, join bool) {
	src := b.src
	run := start
	flush := func(i int) {
		if i > run {
			ps = append(ps, podPiece{text: src[run:i], src: run, srcEnd: i, verbatim: true})
		}
	}
	for i := start; i < end; {
		switch {
		case src[i] == '\\':
			flush(i)
			next, text, j := manEscape(src, i+1, end, 0)
			if text != "" {
				ps = append(ps, podPiece{text: text, src: i, srcEnd: next})
			}
			join = join || j
			i, run = next, next
		case quoted && src[i] == '"' && i+1 < end && src[i+1] == '"':
			flush(i)
			ps = append(ps, podPiece{text: `"`, src: i, srcEnd: i + 2})
			i += 2
			run = i
		default:
			i++
		}
	}
	flush(end)
	return ps, join
}

// maxManDepth bounds how deep escapes inside a delimited escape's
// argument (\h'\w'x'u') are read; deeper ones are skipped a byte at a
// time.
const maxManDepth = 8

// manEscape reads the escape whose name is at src[i] (after its
// backslash), in a line ending at end. It returns the offset after it,
// the text it stands for, and whether it joins the next line (\c, a
// backslash at the end of the line).
func manEscape(src string, i, end, depth int) (next int, text string, join bool) {
	if i >= end {
		return end, "", true
	}
	switch c := src[i]; c {
	case '-':
		return i + 1, "-", false
	case 'e', 'E', '\\':
		return i + 1, `\`, false
	case ' ', '~', '0':
		return i + 1, " ", false
	case 't':
		return i + 1, "\t", false
	case 'c':
		return i + 1, "", true
	case '&', '%', ':', '|', '^', ')', '/', ',', 'd', 'u', 'r', '{', '}', 'z', 'a', 'p', '?':
		return i + 1, "", false
	case '"', '#', '!':
		return end, "", c == '#'
	case '(', '[':
		name, j := manName(src, i, end)
		return j, manGlyph(name), false
	case '*':
		name, j := manName(src, i+1, end)
		if k := strings.IndexAny(name, " \t"); k >= 0 {
			name = name[:k] // \*[name arguments]
		}
		return j, manStrings[name], false
	case 'n':
		k := i + 1
		if k < end && (src[k] == '+' || src[k] == '-') {
			k++
		}
		_, j := manName(src, k, end)
		return j, "", false
	case 'f', 'F', 'g', 'k', 'm', 'M', 'V', 'Y', 'O', '$':
		_, j := manName(src, i+1, end)
		return j, "", false
	case 's':
		return manSize(src, i+1, end, depth), "", false
	case 'C':
		j, name := manDelimited(src, i+1, end, depth)
		return j, manGlyph(name), false
	case 'h', 'v', 'w', 'o', 'X', 'l', 'L', 'D', 'b', 'x', 'Z', 'S', 'H', 'R', 'A', 'B', 'N':
		j, _ := manDelimited(src, i+1, end, depth)
		if c == 'h' && j > i+3 && src[i+2] == '+' {
			return j, " ", false // DocBook's "\(bu\h'+03'": a move forward after a bullet, a space on a terminal
		}
		return j, "", false
	}
	j := nextRune(src, i, end)
	return j, src[i:j], false // an unknown escape: the character
}

// nextRune returns the offset after the rune at src[i], at most end.
func nextRune(src string, i, end int) int {
	if i >= end {
		return end
	}
	_, n := utf8.DecodeRuneInString(src[i:end])
	return i + n
}

// manName reads an escape's name at src[i]: "(xx", "[name]" or one
// character. An unclosed "[" goes on to the end of the line.
func manName(src string, i, end int) (string, int) {
	if i >= end {
		return "", end
	}
	switch src[i] {
	case '(':
		j := nextRune(src, nextRune(src, i+1, end), end)
		return src[i+1 : j], j
	case '[':
		k := strings.IndexByte(src[i+1:end], ']')
		if k < 0 {
			return src[i+1 : end], end
		}
		return src[i+1 : i+1+k], i + 2 + k
	}
	j := nextRune(src, i, end)
	return src[i:j], j
}

// manDelimited reads an escape's argument between delimiters ('..'),
// escapes in it read as escapes; it returns the offset after the closing
// delimiter (the end of the line when there is none) and the argument.
func manDelimited(src string, i, end, depth int) (int, string) {
	if i >= end {
		return end, ""
	}
	d := src[i:nextRune(src, i, end)]
	start := i + len(d)
	for j := start; j < end; {
		switch {
		case strings.HasPrefix(src[j:end], d):
			return j + len(d), src[start:j]
		case src[j] == '\\' && depth < maxManDepth:
			j, _, _ = manEscape(src, j+1, end, depth+1)
		default:
			j++
		}
	}
	return end, src[start:end]
}

// manSize reads a size escape after its \s: \s0, \s-1, \s+2, \s12,
// \s(12, \s[12], \s'12'; it returns the offset after it.
func manSize(src string, i, end, depth int) int {
	if i < end && (src[i] == '+' || src[i] == '-') {
		i++
	}
	if i >= end {
		return end
	}
	switch c := src[i]; {
	case c == '(' || c == '[':
		_, j := manName(src, i, end)
		return j
	case c == '\'':
		j, _ := manDelimited(src, i, end, depth)
		return j
	case c >= '1' && c <= '3' && i+1 < end && src[i+1] >= '0' && src[i+1] <= '9':
		return i + 2 // troff's \s10 to \s39
	case c >= '0' && c <= '9':
		return i + 1
	}
	return i
}

// manGlyphs are the named glyphs (\(xx, \[xx]) a manual page's text is
// likely to hold; others give nothing.
var manGlyphs = map[string]string{
	"em": "—", "en": "–", "hy": "-", "mi": "-", "aq": "'", "dq": `"`, "lq": "“", "rq": "”",
	"oq": "‘", "cq": "’", "bu": "•", "co": "©", "rg": "®", "tm": "™", "de": "°", "ti": "~",
	"ha": "^", "ga": "`", "aa": "´", "sc": "§", "ps": "¶", "mu": "×", "<=": "≤", ">=": "≥",
	"!=": "≠", "->": "→", "<-": "←", "rs": `\`, "sl": "/", "ba": "|", "br": "|", "lB": "[",
	"rB": "]", "lC": "{", "rC": "}", "la": "⟨", "ra": "⟩", "Fo": "«", "Fc": "»", "fo": "‹",
	"fc": "›", "dg": "†", "dd": "‡", "pl": "+", "eq": "=", "+-": "±", "di": "÷", "ct": "¢",
	"Po": "£", "Eu": "€", "eu": "€", "Ye": "¥", "12": "½", "14": "¼", "34": "¾", "ss": "ß",
	"ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ", "/o": "ø", "/O": "Ø", "r!": "¡", "r?": "¿",
	"ul": "_", "at": "@", "sh": "#", "Do": "$", "po": "£", "md": "·", "pc": "·",
}

// manAccents are the combining marks of accented-letter glyphs: \('e
// is "é", \(:u "ü".
var manAccents = map[byte]rune{'\'': '\u0301', '`': '\u0300', '^': '\u0302', ':': '\u0308', '~': '\u0303', ',': '\u0327', 'o': '\u030a'}

// manStrings are the predefined strings (\*(lq) a page's text is likely
// to hold, and those the common generators define in every page, as nroff
// reads them: DocBook's and Asciidoctor's \*(Aq (an apostrophe),
// pod2man's \*(L", \*(R", \*(C` and \*(C' (quotes), \*(C+ and \*(--.
// A page's own .ds definitions are not read; other strings give nothing.
var manStrings = map[string]string{"lq": "“", "rq": "”", "R": "®", "Tm": "™",
	"Aq": "'", `L"`: `"`, `R"`: `"`, "C`": `"`, "C'": `"`, "C+": "C++", "--": "--"}

// manGlyph returns the character a glyph name stands for: a named glyph,
// an accented letter ("'e"), a code point ("u00E9", "u0065_0301",
// "char233"); "" for another.
func manGlyph(name string) string {
	if g, ok := manGlyphs[name]; ok {
		return g
	}
	if len(name) == 2 && isASCIILetter(name[1]) {
		if mark, ok := manAccents[name[0]]; ok {
			if s := norm.NFC.String(name[1:] + string(mark)); utf8.RuneCountInString(s) == 1 {
				return s
			}
		}
	}
	if d, ok := strings.CutPrefix(name, "char"); ok {
		if n, err := strconv.ParseUint(d, 10, 32); err == nil && manRune(rune(n)) {
			return string(rune(n))
		}
		return ""
	}
	if len(name) < 5 || name[0] != 'u' {
		return ""
	}
	var s []byte
	for _, h := range strings.Split(name[1:], "_") {
		n, err := strconv.ParseUint(h, 16, 32)
		if err != nil || len(h) < 4 || !manRune(rune(n)) {
			return ""
		}
		s = utf8.AppendRune(s, rune(n))
	}
	return norm.NFC.String(string(s))
}

// manRune reports a code point a glyph may stand for: a character, not a
// control character or a surrogate.
func manRune(r rune) bool {
	return utf8.ValidRune(r) && r >= ' ' && (r < 0x7f || r > 0x9f)
}

// opensMan reports whether data is a manual page: its first request, after
// blank lines, comments (.\", '\", .\\") and the requests and macro
// definitions of a preamble (pod2man writes one), is .TH. A line of text
// before it says it is not one.
func opensMan(data []byte) bool {
	head := bytes.TrimPrefix(data[:min(len(data), sniffBytes)], []byte(bom))
	inDef := false // in a macro definition: its lines may be text
	cont := false  // the line before ended with a backslash: this one goes on with its request
	for len(head) > 0 {
		var line []byte
		line, head, _ = bytes.Cut(head, []byte("\n"))
		line = bytes.TrimRight(line, " \t\r")
		wasCont := cont
		cont = (len(line)-len(bytes.TrimRight(line, "\\")))%2 == 1
		if len(line) == 0 || wasCont || bytes.HasPrefix(line, []byte(`\"`)) || bytes.HasPrefix(line, []byte(`\#`)) {
			continue // a request's continued line, a comment (bzdiff's `\"`, top's `\#`)
		}
		if line[0] != '.' && line[0] != '\'' {
			if inDef {
				continue
			}
			return false
		}
		req := bytes.TrimLeft(line[1:], " \t")
		switch {
		case inDef:
			inDef = !bytes.HasPrefix(req, []byte("."))
		case bytes.HasPrefix(req, []byte("TH")):
			return line[0] == '.' && (len(req) == 2 || isManBlank(req[2]))
		case bytes.HasPrefix(req, []byte("de")), bytes.HasPrefix(req, []byte("am")), bytes.HasPrefix(req, []byte("ig")):
			inDef = true
		}
	}
	return false
}
