package ingest

import "strings"

// line is one line of a text, without its line break.
type line struct {
	start int // byte offset of the line in the text
	text  string
}

// splitLines cuts text into lines, dropping "\n" and a "\r" before it, and
// a byte order mark before the first line, so that "\ufeff# Title" is a
// heading.
func splitLines(text string) []line {
	var out []line
	for start := bomLen(text); start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		next := start + end + 1
		if end < 0 {
			end, next = len(text)-start, len(text)
		}
		out = append(out, line{start: start, text: strings.TrimSuffix(text[start:start+end], "\r")})
		start = next
	}
	return out
}

// isBlank reports a line holding only white space.
func isBlank(s string) bool { return strings.TrimSpace(s) == "" }

// indent returns the number of leading spaces (a tab counts as 4).
func indent(s string) int {
	n := 0
	for _, c := range s {
		switch c {
		case ' ':
			n++
		case '\t':
			n += 4
		default:
			return n
		}
	}
	return n
}
