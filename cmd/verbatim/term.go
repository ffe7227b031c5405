package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// cleanText makes a name or a one-line value safe to print on a terminal:
// control characters (escape sequences, carriage returns, line breaks),
// bidirectional overrides and bytes that are not UTF-8 are shown escaped
// (\x1b, \n, \u0085, \u202e, \xff), so a file name or a document's text cannot
// move the cursor, recolour the terminal or hide what follows.
func cleanText(s string) string { return clean(s, false) }

// cleanBlock is cleanText for text printed over several lines: line
// breaks and tabs stay as they are.
func cleanBlock(s string) string { return clean(s, true) }

func clean(s string, block bool) string {
	if !needsCleaning(s, block) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case block && (r == '\n' || r == '\t'):
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x80 && unicode.IsControl(r):
			fmt.Fprintf(&b, `\x%02x`, r)
		case unicode.IsControl(r) || isBidiControl(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

func needsCleaning(s string, block bool) bool {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			return true
		case block && (r == '\n' || r == '\t'):
		case (r < 0x100 && unicode.IsControl(r)) || isBidiControl(r):
			return true
		}
		i += n
	}
	return false
}

// isBidiControl reports the invisible characters that reorder the text
// around them (U+061C, U+200E-U+200F, U+202A-U+202E, U+2066-U+2069).
func isBidiControl(r rune) bool {
	return r == 0x061c || r == 0x200e || r == 0x200f || (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069)
}

// simpleEscapes are the one-letter escapes cleanText writes.
var simpleEscapes = map[byte]byte{'n': '\n', 'r': '\r', 't': '\t'}

// uncleanText reverses cleanText: \n, \r, \t, \xNN and \uNNNN become the
// characters they stand for, so a reference copied from printed output
// (a file name with a line break in it, say) finds its file; \\ becomes a
// backslash, as JSON output writes one (corpus.EscapePath). ok is false
// when s holds no such escape.
func uncleanText(s string) (string, bool) {
	if !strings.Contains(s, `\`) {
		return s, false
	}
	var b strings.Builder
	changed := false
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 == len(s) {
			b.WriteByte(s[i])
			continue
		}
		switch c := s[i+1]; c {
		case '\\':
			b.WriteByte(c)
			i++
			changed = true
			continue
		case 'n', 'r', 't':
			b.WriteByte(simpleEscapes[c])
			i++
			changed = true
			continue
		case 'x', 'u':
			width := 2
			if c == 'u' {
				width = 4
			}
			if v, err := strconv.ParseUint(s[i+2:min(len(s), i+2+width)], 16, 32); err == nil && i+2+width <= len(s) {
				if c == 'x' {
					b.WriteByte(byte(v))
				} else {
					b.WriteRune(rune(v))
				}
				i += 1 + width
				changed = true
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String(), changed
}
