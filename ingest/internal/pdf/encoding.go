package pdf

// This file is not part of the upstream library: it decodes fonts the way
// PDF text extraction is specified (ToUnicode first; for codes it leaves
// out, the Encoding with its BaseEncoding and Differences, else the
// encoding built into an embedded Type 1 font program), a simple font's
// 256 codes decoded once into a table.

import (
	"bytes"
	"io"
	"strconv"
	"strings"
)

// maxFontHeader bounds how much of an embedded Type 1 font program is read
// for its built-in encoding (the clear-text part before eexec).
const maxFontHeader = 256 << 10

func (f Font) getEncoder() TextEncoding {
	var toUnicode *cmap
	if v := f.V.Key("ToUnicode"); v.Kind() == Stream {
		toUnicode = readCmap(v)
	}
	if f.V.Key("Subtype").Name() == "Type0" {
		return compositeEncoder(f.V.Key("Encoding"), toUnicode)
	}
	table := f.simpleTable()
	if toUnicode == nil {
		return &byteEncoder{table}
	}
	// A simple font has one-byte codes: decode each through ToUnicode
	// once, falling back to the encoding for codes the map leaves out.
	e := &simpleEncoder{}
	for c := range e.text {
		s := toUnicode.Decode(string([]byte{byte(c)}))
		if s == "" || s == string(noRune) {
			s = string(table[c])
		}
		e.text[c] = s
	}
	return e
}

// compositeEncoder decodes a Type 0 font: through its ToUnicode map, else
// by the few CMaps whose codes are Unicode.
func compositeEncoder(enc Value, toUnicode *cmap) TextEncoding {
	if toUnicode != nil {
		return toUnicode
	}
	switch enc.Name() {
	case "Identity-H":
		return &byteEncoder{&pdfDocEncoding}
	case "UniGB-UCS2-H":
		return &ucs2Encoder{}
	default:
		return &nopEncoder{}
	}
}

// simpleEncoder decodes one-byte codes by a table of their text.
type simpleEncoder struct {
	text [256]string
}

func (e *simpleEncoder) Decode(raw string) string {
	var b strings.Builder
	for i := 0; i < len(raw); i++ {
		b.WriteString(e.text[raw[i]])
	}
	return b.String()
}

// simpleTable is the code-to-character table of a simple font's Encoding:
// a named encoding, or a base encoding with Differences; PDFDocEncoding
// or the embedded program's built-in encoding when there is none.
func (f Font) simpleTable() *[256]rune {
	enc := f.V.Key("Encoding")
	switch enc.Kind() {
	case Name:
		return f.baseEncoding(enc)
	case Dict:
		table := f.baseEncoding(enc.Key("BaseEncoding"))
		applyDifferences(table, enc.Key("Differences"))
		return table
	default:
		return f.baseEncoding(Value{})
	}
}

// baseEncoding is a fresh copy of the named base encoding, else of the
// encoding built into the embedded font program, else of PDFDocEncoding.
func (f Font) baseEncoding(name Value) *[256]rune {
	table := pdfDocEncoding
	switch name.Name() {
	case "WinAnsiEncoding":
		table = winAnsiEncoding
	case "MacRomanEncoding":
		table = macRomanEncoding
	default:
		desc := f.V.Key("FontDescriptor")
		builtinEncoding(desc.Key("FontFile"), &table)
		cffBuiltinEncoding(desc.Key("FontFile3"), &table)
	}
	return &table
}

// applyDifferences overwrites table with a Differences array: a code
// followed by the glyph names of that code and the next ones.
func applyDifferences(table *[256]rune, diffs Value) {
	code := -1
	for i := 0; i < diffs.Len(); i++ {
		x := diffs.Index(i)
		switch x.Kind() {
		case Integer:
			code = int(x.Int64())
		case Name:
			if code >= 0 && code < 256 {
				if r := glyphRune(x.Name()); r != 0 {
					table[code] = r
				}
			}
			code++
		}
	}
}

// builtinEncoding overwrites table with the "dup <code> /<glyph> put"
// entries of a Type 1 font program's clear-text part, the encoding a TeX
// font such as CMSY10 (bullet, minus) or CMMI10 (the period of dot
// leaders) brings when the PDF gives none.
func builtinEncoding(fontFile Value, table *[256]rune) {
	if fontFile.Kind() != Stream {
		return
	}
	n := fontFile.Key("Length1").Int64()
	if n <= 0 || n > maxFontHeader {
		n = maxFontHeader
	}
	rd := fontFile.Reader()
	defer rd.Close()
	head, _ := io.ReadAll(io.LimitReader(rd, n))
	if i := bytes.Index(head, []byte("eexec")); i >= 0 {
		head = head[:i]
	}
	if bytes.Contains(head, []byte("/Encoding StandardEncoding")) {
		return
	}
	for {
		i := bytes.Index(head, []byte("dup "))
		if i < 0 {
			return
		}
		head = head[i+4:]
		fields := bytes.Fields(head[:min(len(head), 64)])
		if len(fields) < 3 || string(fields[2]) != "put" || len(fields[1]) < 2 || fields[1][0] != '/' {
			continue
		}
		code, err := strconv.Atoi(string(fields[0]))
		if err != nil || code < 0 || code > 255 {
			continue
		}
		if r := glyphRune(string(fields[1][1:])); r != 0 {
			table[code] = r
		}
	}
}

// glyphRune is the character of a glyph name: a name from the Adobe glyph
// list, or uniXXXX, or 0 when unknown.
func glyphRune(name string) rune {
	if r := nameToRune[name]; r != 0 {
		return r
	}
	if hex, ok := bytes.CutPrefix([]byte(name), []byte("uni")); ok && len(hex) == 4 {
		if v, err := strconv.ParseUint(string(hex), 16, 32); err == nil {
			return rune(v)
		}
	}
	return 0
}
