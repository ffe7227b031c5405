package verify

import (
	"strings"
	"unicode/utf8"
)

// Marker is a citation marker found in an answer: "[1]", "[1, 3]",
// "[1-2]", "【1】", "[Passage 2]", "[^3]".
type Marker struct {
	Start int   // byte offset of the opening bracket
	End   int   // byte offset just past the closing bracket
	Ns    []int // the numbers it cites, in order, ranges expanded
}

// maxRange bounds how many numbers a range marker like [1-5] may expand to;
// a wider range is not taken for a marker.
const maxRange = 64

// maxMarkerNumber bounds a cited number; longer digit runs are not markers.
const maxMarkerNumber = 99999

// markerPrefixes are words a model may put before the number in a marker.
var markerPrefixes = []string{"passages", "passage", "sources", "source", "documents", "document", "docs", "doc", "refs", "ref", "p"}

// ParseMarkers finds the citation markers in text, in order. It accepts
// square, full-width (［］) and lenticular (【】) brackets, numbers separated
// by commas, semicolons or spaces, ranges with a hyphen or dash, an optional
// word such as "Passage" or "source" before the numbers, and a footnote
// caret ("[^1]"). A bracket followed by "(" (a Markdown link) is not a
// marker.
func ParseMarkers(text string) []Marker {
	var out []Marker
	for i := 0; i < len(text); {
		if w := openBracket(text[i:]); w > 0 {
			if m, ok := parseMarker(text, i, w); ok {
				out = append(out, m)
				i = m.End
				continue
			}
		}
		_, size := utf8.DecodeRuneInString(text[i:])
		i += size
	}
	return out
}

func openBracket(s string) int {
	switch {
	case strings.HasPrefix(s, "["):
		return 1
	case strings.HasPrefix(s, "【"), strings.HasPrefix(s, "［"):
		return len("【")
	}
	return 0
}

func closeBracket(s string) int {
	switch {
	case strings.HasPrefix(s, "]"):
		return 1
	case strings.HasPrefix(s, "】"), strings.HasPrefix(s, "］"):
		return len("】")
	}
	return 0
}

// parseMarker parses the marker whose opening bracket of width w is at
// start.
func parseMarker(text string, start, w int) (Marker, bool) {
	i := skipPrefix(text, start+w)
	m := Marker{Start: start}
	for {
		i = skipSpace(text, i)
		lo, j, ok := parseNumber(text, i)
		if !ok {
			return Marker{}, false
		}
		i = j
		hi := lo
		if d := dashAt(text, skipSpace(text, i)); d > 0 {
			if hi, j, ok = parseNumber(text, skipSpace(text, skipSpace(text, i)+d)); !ok {
				return Marker{}, false
			}
			i = j
		}
		if hi < lo || hi-lo >= maxRange {
			return Marker{}, false
		}
		for n := lo; n <= hi; n++ {
			m.Ns = append(m.Ns, n)
		}
		i = skipSpace(text, i)
		if c := closeBracket(text[i:]); c > 0 {
			m.End = i + c
			if strings.HasPrefix(text[m.End:], "(") {
				return Marker{}, false
			}
			return m, true
		}
		if i < len(text) && (text[i] == ',' || text[i] == ';') {
			i++
			continue
		}
		if strings.HasPrefix(text[i:], "and ") {
			i += len("and ")
			continue
		}
		if i > 0 && text[i-1] == ' ' {
			continue // "[1 3]"
		}
		return Marker{}, false
	}
}

// skipPrefix skips "^", or a word like "Passage" or "source:" before the
// first number.
func skipPrefix(text string, i int) int {
	if strings.HasPrefix(text[i:], "^") {
		return i + 1
	}
	rest := strings.ToLower(text[i:min(len(text), i+len("documents")+1)])
	for _, p := range markerPrefixes {
		if strings.HasPrefix(rest, p) {
			j := i + len(p)
			if j < len(text) && text[j] == ':' {
				j++
			}
			if p == "p" && (j >= len(text) || text[j] != '.') {
				continue // only "p." abbreviates passage
			}
			if p == "p" {
				j++
			}
			return j
		}
	}
	return i
}

func skipSpace(text string, i int) int {
	for i < len(text) && (text[i] == ' ' || text[i] == '\t') {
		i++
	}
	return i
}

func parseNumber(text string, i int) (n, end int, ok bool) {
	j := i
	for j < len(text) && text[j] >= '0' && text[j] <= '9' {
		n = n*10 + int(text[j]-'0')
		j++
		if n > maxMarkerNumber {
			return 0, 0, false
		}
	}
	return n, j, j > i
}

// dashAt returns the width of a hyphen or dash at text[i:], or 0.
func dashAt(text string, i int) int {
	for _, d := range []string{"-", "–", "—", "‐", "−"} {
		if strings.HasPrefix(text[i:], d) {
			return len(d)
		}
	}
	return 0
}

// StripMarkers returns text without its citation markers (and without the
// space before each).
func StripMarkers(text string) string {
	ms := ParseMarkers(text)
	if len(ms) == 0 {
		return text
	}
	var sb strings.Builder
	last := 0
	for _, m := range ms {
		start := m.Start
		for start > last && (text[start-1] == ' ' || text[start-1] == '\t') {
			start--
		}
		sb.WriteString(text[last:start])
		last = m.End
	}
	sb.WriteString(text[last:])
	return sb.String()
}
