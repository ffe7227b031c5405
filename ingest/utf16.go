package ingest

import (
	"encoding/binary"
	"fmt"
	"sort"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"

	"github.com/verbatim-rag/verbatim/corpus"
)

// UTF-16 text (as Windows tools write it) starts with a byte order mark.
// It is decoded to UTF-8 for extraction; the original bytes are stored as
// they are, and the source map points into them line by line.

// utf16Order returns the byte order of data's UTF-16 byte order mark.
func utf16Order(data []byte) (binary.ByteOrder, bool) {
	switch {
	case len(data) >= 2 && data[0] == 0xff && data[1] == 0xfe:
		return binary.LittleEndian, true
	case len(data) >= 2 && data[0] == 0xfe && data[1] == 0xff:
		return binary.BigEndian, true
	}
	return nil, false
}

// utf16Text is UTF-16 source decoded to UTF-8, with the offsets of every
// line start in both.
type utf16Text struct {
	text      []byte
	lines     []int   // offsets in text at which lines start
	srcLines  []int64 // the same line starts in the source
	srcLength int64
	// width is the number of source bytes a decoded rune came from (UTF-16:
	// 2, or 4 for a surrogate pair; a single-byte charset: 1).
	width func(rune) int64
	// stray, when not nil, holds the text offsets of the runes decoded
	// from one stray byte of UTF-8 text (see decodeStray): each came from
	// one source byte, every other rune from its own UTF-8 bytes.
	stray map[int]bool
}

func utf16Width(r rune) int64 {
	if r >= 0x10000 {
		return 4
	}
	return 2
}

// decodeUTF16 decodes data, which starts with a byte order mark (left out
// of the text). Unpaired surrogates become U+FFFD.
func decodeUTF16(path string, data []byte, order binary.ByteOrder) (*utf16Text, error) {
	if len(data)%2 != 0 {
		return nil, fmt.Errorf("ingest: %s: UTF-16 text with an odd number of bytes (%d): %w", path, len(data), ErrMalformed)
	}
	u := &utf16Text{text: make([]byte, 0, len(data)/2), lines: []int{0}, srcLines: []int64{2}, srcLength: int64(len(data)), width: utf16Width}
	for i := 2; i < len(data); i += 2 {
		r := rune(order.Uint16(data[i:]))
		n := 2
		if utf16.IsSurrogate(r) && i+4 <= len(data) {
			r2 := rune(order.Uint16(data[i+2:]))
			if dec := utf16.DecodeRune(r, r2); dec != utf8.RuneError {
				r, n = dec, 4
			}
		}
		if utf16.IsSurrogate(r) {
			r = utf8.RuneError
		}
		u.text = utf8.AppendRune(u.text, r)
		i += n - 2
		if r == '\n' {
			u.lines = append(u.lines, len(u.text))
			u.srcLines = append(u.srcLines, int64(i+2))
		}
	}
	return u, nil
}

// line returns the 0-based line holding text offset off.
func (u *utf16Text) line(off int) int {
	return sort.Search(len(u.lines), func(i int) bool { return u.lines[i] > off }) - 1
}

// src maps a text offset to the source offset of the same character.
func (u *utf16Text) src(off int) int64 {
	if off >= len(u.text) {
		return u.srcLength
	}
	i := max(u.line(off), 0)
	pos := u.srcLines[i]
	for j := u.lines[i]; j < off; {
		r, n := utf8.DecodeRune(u.text[j:])
		switch {
		case u.stray == nil:
			pos += u.width(r)
		case u.stray[j]:
			pos++
		default:
			pos += int64(n)
		}
		j += n
	}
	return pos
}

// remap turns a map into the decoded text into one into the UTF-16
// source: verbatim segments are cut at line breaks (the text no longer
// equals its source bytes, so lines are known per segment), and source
// offsets are translated.
func (u *utf16Text) remap(m corpus.SourceMap) corpus.SourceMap {
	var out corpus.SourceMap
	for _, s := range m {
		if !s.Verbatim {
			if s.SrcStart >= 0 {
				s.SrcStart = u.src(int(s.SrcStart))
			}
			if s.SrcEnd >= 0 {
				s.SrcEnd = u.src(int(s.SrcEnd))
			}
			out = append(out, s)
			continue
		}
		for start := s.Start; start < s.End; {
			a := int(s.SrcStart) + start - s.Start
			ln := u.line(a)
			end := s.End
			if ln+1 < len(u.lines) {
				end = min(end, s.Start+u.lines[ln+1]-int(s.SrcStart))
			}
			b := int(s.SrcStart) + end - s.Start
			out = append(out, corpus.Segment{
				Start: start, End: end, SrcStart: u.src(a), SrcEnd: u.src(b),
				Line: ln + 1, EndLine: ln + 1, Page: s.Page, Para: s.Para,
			})
			start = end
		}
	}
	return out
}

// decodeCharmap decodes data written in a single-byte charset (an HTML
// page's windows-1252 or ISO-8859-x): every byte is one character, so the
// source map points back into the original bytes exactly.
func decodeCharmap(data []byte, cm *charmap.Charmap) *utf16Text {
	u := &utf16Text{text: make([]byte, 0, len(data)+len(data)/8), lines: []int{0}, srcLines: []int64{0}, srcLength: int64(len(data)),
		width: func(rune) int64 { return 1 }}
	for i, c := range data {
		u.text = utf8.AppendRune(u.text, cm.DecodeByte(c))
		if c == '\n' {
			u.lines = append(u.lines, len(u.text))
			u.srcLines = append(u.srcLines, int64(i+1))
		}
	}
	return u
}

// decodeStray decodes UTF-8 text holding a few bytes that are not UTF-8
// (stray bytes of another encoding): its characters as they are, each
// stray byte as the character cm gives it. The source map points back
// into the original bytes exactly.
func decodeStray(data []byte, cm *charmap.Charmap) *utf16Text {
	u := &utf16Text{text: make([]byte, 0, len(data)+16), lines: []int{0}, srcLines: []int64{0}, srcLength: int64(len(data)), stray: map[int]bool{}}
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			u.stray[len(u.text)] = true
			r, n = cm.DecodeByte(data[i]), 1
		}
		u.text = utf8.AppendRune(u.text, r)
		i += n
		if r == '\n' {
			u.lines = append(u.lines, len(u.text))
			u.srcLines = append(u.srcLines, int64(i))
		}
	}
	return u
}

// singleByteCharmap returns the single-byte charset data, not UTF-8, is
// written in when its format declares one (HTML, POD) or has one
// (a manual page: Latin-1, as troff reads its input, taken as CP1252 as
// POD's default is), else nil.
func singleByteCharmap(f corpus.Format, data []byte) *charmap.Charmap {
	switch f {
	case corpus.HTML:
		return htmlCharmap(data)
	case corpus.POD:
		return podCharmap(data)
	case corpus.Man:
		return charmap.Windows1252
	}
	return nil
}

// podCharmap returns the single-byte charset a POD file that is not UTF-8
// is written in, as perlpod has parsers find it: its =encoding (latin1,
// iso-8859-15, cp1252), else CP1252; nil for another kind of encoding
// (a file that declares UTF-8 and is not).
func podCharmap(data []byte) *charmap.Charmap {
	name := "cp1252"
	src := string(data) // once: a copy a paragraph made a large file's scan quadratic
	for _, p := range podParagraphs(src) {
		if cmd, content, ok := podCommand(src, p); ok && cmd == "encoding" {
			name = podFormat(src[content:p.end])
			break
		}
	}
	enc, err := htmlindex.Get(name)
	if err != nil {
		return nil
	}
	cm, _ := enc.(*charmap.Charmap)
	return cm
}

// htmlCharmap returns the single-byte charset an HTML page that is not
// UTF-8 is written in, as a browser finds it (its meta charset, else
// windows-1252), or nil for another kind of encoding.
func htmlCharmap(data []byte) *charmap.Charmap {
	_, name, _ := charset.DetermineEncoding(data, "text/html")
	enc, err := htmlindex.Get(name)
	if err != nil {
		return nil
	}
	cm, _ := enc.(*charmap.Charmap)
	return cm
}
