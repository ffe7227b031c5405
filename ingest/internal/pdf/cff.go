package pdf

// This file is not part of the upstream library: it reads the encoding
// built into an embedded CFF (Type 1C) font program, which Acrobat
// Distiller and Ghostscript write for TeX fonts whose Encoding lists only
// some codes in Differences (the ligatures fi, fl, ff sit at codes 11–15).
// See Adobe Technical Note #5176, "The Compact Font Format Specification".

import (
	"encoding/binary"
	"errors"
	"io"
)

// maxCFFBytes bounds how much of an embedded CFF program is read.
const maxCFFBytes = 4 << 20

var errCFF = errors.New("malformed CFF font")

// cffBuiltinEncoding overwrites table with the custom encoding of the CFF
// font program in fontFile3 (a stream of Subtype Type1C). A standard or
// expert encoding, a CID font or a malformed program leave table alone.
func cffBuiltinEncoding(fontFile3 Value, table *[256]rune) {
	if fontFile3.Kind() != Stream || fontFile3.Key("Subtype").Name() != "Type1C" {
		return
	}
	rd := fontFile3.Reader()
	defer rd.Close()
	data, _ := io.ReadAll(io.LimitReader(rd, maxCFFBytes))
	names, err := cffCodeNames(data)
	if err != nil {
		return
	}
	for code, glyph := range names {
		if r := glyphRune(glyph); r != 0 {
			table[code] = r
		}
	}
}

// cffCodeNames maps the codes of a CFF font's custom encoding to glyph names.
func cffCodeNames(data []byte) (names map[byte]string, err error) {
	defer func() {
		if recover() != nil {
			names, err = nil, errCFF
		}
	}()
	c := cff(data)
	if len(data) < 4 {
		return nil, errCFF
	}
	pos := int(data[2])      // header size
	_, pos = c.index(pos)    // Name INDEX
	top, pos := c.index(pos) // Top DICT INDEX
	strs, _ := c.index(pos)  // String INDEX
	if len(top) == 0 {
		return nil, errCFF
	}
	dict := c.dict(top[0])
	if _, cid := dict[0x0c1e]; cid { // ROS: a CID-keyed font
		return nil, errCFF
	}
	enc, charStrings := dict[16], dict[17]
	if enc <= 1 || charStrings <= 0 { // standard or expert encoding
		return nil, errCFF
	}
	glyphs, _ := c.index(charStrings)
	sids := c.charset(dict[15], len(glyphs))
	codes := c.encoding(enc)
	names = map[byte]string{}
	name := func(sid int) string {
		switch {
		case sid < len(cffStandardStrings):
			return cffStandardStrings[sid]
		case sid >= 391 && sid-391 < len(strs):
			return string(strs[sid-391])
		}
		return ""
	}
	for code, gid := range codes.gids {
		if gid < len(sids) {
			if n := name(sids[gid]); n != "" {
				names[code] = n
			}
		}
	}
	for code, sid := range codes.sups {
		if n := name(sid); n != "" {
			names[code] = n
		}
	}
	return names, nil
}

// cff reads a CFF program; out-of-range reads panic with a runtime error,
// which cffCodeNames recovers.
type cff []byte

func (c cff) u16(pos int) int { return int(binary.BigEndian.Uint16(c[pos:])) }

// offset reads a big-endian offset of size n.
func (c cff) offset(pos, n int) int {
	v := 0
	for i := range n {
		v = v<<8 | int(c[pos+i])
	}
	return v
}

// index reads the INDEX at pos and returns its items and the position
// after it.
func (c cff) index(pos int) ([][]byte, int) {
	count := c.u16(pos)
	if count == 0 {
		return nil, pos + 2
	}
	offSize := int(c[pos+2])
	if offSize < 1 || offSize > 4 {
		panic(errCFF)
	}
	offs := pos + 3
	base := offs + (count+1)*offSize - 1
	items := make([][]byte, count)
	for i := range count {
		a, b := c.offset(offs+i*offSize, offSize), c.offset(offs+(i+1)*offSize, offSize)
		items[i] = c[base+a : base+b]
	}
	return items, base + c.offset(offs+count*offSize, offSize)
}

// dict reads a Top DICT: each operator (two-byte ones as 0x0cXX) with its
// last integer operand.
func (c cff) dict(d []byte) map[int]int {
	ops := map[int]int{}
	last := 0
	for i := 0; i < len(d); {
		b := int(d[i])
		switch {
		case b == 12:
			ops[0x0c00|int(d[i+1])] = last
			i += 2
		case b <= 21:
			ops[b] = last
			i++
		case b == 28:
			last = int(int16(binary.BigEndian.Uint16(d[i+1:])))
			i += 3
		case b == 29:
			last = int(int32(binary.BigEndian.Uint32(d[i+1:])))
			i += 5
		case b == 30: // a real number: skip its nibbles
			i++
			for i < len(d) && d[i]&0x0f != 0x0f && d[i]&0xf0 != 0xf0 {
				i++
			}
			i++
		case b >= 32 && b <= 246:
			last = b - 139
			i++
		case b >= 247 && b <= 250:
			last = (b-247)*256 + int(d[i+1]) + 108
			i += 2
		case b >= 251 && b <= 254:
			last = -(b-251)*256 - int(d[i+1]) - 108
			i += 2
		default:
			i++
		}
	}
	return ops
}

// charset returns the string id of each glyph.
func (c cff) charset(pos, n int) []int {
	sids := make([]int, n)
	if pos <= 2 { // ISOAdobe and the expert sets: glyph i is string i
		for i := range sids {
			sids[i] = i
		}
		return sids
	}
	format := c[pos]
	pos++
	for gid := 1; gid < n; {
		switch format {
		case 0:
			sids[gid] = c.u16(pos)
			pos += 2
			gid++
		case 1, 2:
			first := c.u16(pos)
			left := int(c[pos+2])
			pos += 3
			if format == 2 {
				left = c.u16(pos - 1)
				pos++
			}
			for j := 0; j <= left && gid < n; j++ {
				sids[gid] = first + j
				gid++
			}
		default:
			panic(errCFF)
		}
	}
	return sids
}

// cffEncoding is a custom encoding: the glyph of each code, and the string
// id of each supplementary code.
type cffEncoding struct {
	gids map[byte]int
	sups map[byte]int
}

func (c cff) encoding(pos int) cffEncoding {
	e := cffEncoding{gids: map[byte]int{}, sups: map[byte]int{}}
	format := c[pos]
	pos++
	switch format & 0x7f {
	case 0:
		n := int(c[pos])
		for i := range n {
			e.gids[c[pos+1+i]] = i + 1
		}
		pos += 1 + n
	case 1:
		n := int(c[pos])
		gid := 1
		for i := range n {
			first, left := int(c[pos+1+2*i]), int(c[pos+2+2*i])
			for j := 0; j <= left && first+j < 256; j++ {
				e.gids[byte(first+j)] = gid
				gid++
			}
		}
		pos += 1 + 2*n
	default:
		panic(errCFF)
	}
	if format&0x80 != 0 {
		n := int(c[pos])
		for i := range n {
			e.sups[c[pos+1+3*i]] = c.u16(pos + 2 + 3*i)
		}
	}
	return e
}

// cffStandardStrings are the CFF standard strings 0–268: the ISOAdobe
// character set and the expert set up to its ligatures ff, ffi, ffl (266–268,
// as TeX fonts converted by Distiller use them); the rest of the expert
// set, 269–390 (small capitals and such), decodes as unknown.
var cffStandardStrings = [...]string{
	".notdef", "space", "exclam", "quotedbl", "numbersign", "dollar", "percent", "ampersand", "quoteright",
	"parenleft", "parenright", "asterisk", "plus", "comma", "hyphen", "period", "slash",
	"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
	"colon", "semicolon", "less", "equal", "greater", "question", "at",
	"A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M",
	"N", "O", "P", "Q", "R", "S", "T", "U", "V", "W", "X", "Y", "Z",
	"bracketleft", "backslash", "bracketright", "asciicircum", "underscore", "quoteleft",
	"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m",
	"n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z",
	"braceleft", "bar", "braceright", "asciitilde", "exclamdown", "cent", "sterling", "fraction",
	"yen", "florin", "section", "currency", "quotesingle", "quotedblleft", "guillemotleft",
	"guilsinglleft", "guilsinglright", "fi", "fl", "endash", "dagger", "daggerdbl",
	"periodcentered", "paragraph", "bullet", "quotesinglbase", "quotedblbase", "quotedblright",
	"guillemotright", "ellipsis", "perthousand", "questiondown", "grave", "acute", "circumflex",
	"tilde", "macron", "breve", "dotaccent", "dieresis", "ring", "cedilla", "hungarumlaut",
	"ogonek", "caron", "emdash", "AE", "ordfeminine", "Lslash", "Oslash", "OE", "ordmasculine",
	"ae", "dotlessi", "lslash", "oslash", "oe", "germandbls", "onesuperior", "logicalnot", "mu",
	"trademark", "Eth", "onehalf", "plusminus", "Thorn", "onequarter", "divide", "brokenbar",
	"degree", "thorn", "threequarters", "twosuperior", "registered", "minus", "eth", "multiply",
	"threesuperior", "copyright", "Aacute", "Acircumflex", "Adieresis", "Agrave", "Aring",
	"Atilde", "Ccedilla", "Eacute", "Ecircumflex", "Edieresis", "Egrave", "Iacute", "Icircumflex",
	"Idieresis", "Igrave", "Ntilde", "Oacute", "Ocircumflex", "Odieresis", "Ograve", "Otilde",
	"Scaron", "Uacute", "Ucircumflex", "Udieresis", "Ugrave", "Yacute", "Ydieresis", "Zcaron",
	"aacute", "acircumflex", "adieresis", "agrave", "aring", "atilde", "ccedilla", "eacute",
	"ecircumflex", "edieresis", "egrave", "iacute", "icircumflex", "idieresis", "igrave", "ntilde",
	"oacute", "ocircumflex", "odieresis", "ograve", "otilde", "scaron", "uacute", "ucircumflex",
	"udieresis", "ugrave", "yacute", "ydieresis", "zcaron",
	// The start of the expert set, up to its ligatures.
	"exclamsmall", "Hungarumlautsmall", "dollaroldstyle", "dollarsuperior", "ampersandsmall",
	"Acutesmall", "parenleftsuperior", "parenrightsuperior", "twodotenleader", "onedotenleader",
	"zerooldstyle", "oneoldstyle", "twooldstyle", "threeoldstyle", "fouroldstyle", "fiveoldstyle",
	"sixoldstyle", "sevenoldstyle", "eightoldstyle", "nineoldstyle", "commasuperior",
	"threequartersemdash", "periodsuperior", "questionsmall", "asuperior", "bsuperior",
	"centsuperior", "dsuperior", "esuperior", "isuperior", "lsuperior", "msuperior", "nsuperior",
	"osuperior", "rsuperior", "ssuperior", "tsuperior", "ff", "ffi", "ffl",
}
