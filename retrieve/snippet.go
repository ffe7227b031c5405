package retrieve

import (
	"unicode"
	"unicode/utf8"
)

// SnippetWidth is the target length of a snippet in bytes.
const SnippetWidth = 200

// snippet picks a window of about SnippetWidth bytes of text around the
// densest cluster of matches, cut at word boundaries. It returns the
// window's start in text, its text, and the matches inside it relative to
// the snippet.
func snippet(text string, matches []Match) (int, string, []Match) {
	start, end := 0, len(text)
	if len(text) > SnippetWidth {
		start, end = window(text, matches)
	}
	for start < end && isSpaceAt(text, start) {
		start++
	}
	for end > start && isSpaceBefore(text, end) {
		end--
	}
	var rel []Match
	for _, m := range matches {
		if m.Start >= start && m.End <= end {
			rel = append(rel, Match{Start: m.Start - start, End: m.End - start, Term: m.Term})
		}
	}
	return start, text[start:end], rel
}

// window chooses [start, end) for a text longer than SnippetWidth.
func window(text string, matches []Match) (int, int) {
	a, b := densest(matches)
	if a < 0 {
		a, b = 0, 0
	}
	pad := max(SnippetWidth-(b-a), 0)
	start := max(a-pad/2, 0)
	end := min(start+max(SnippetWidth, b-a), len(text))
	start = max(end-max(SnippetWidth, b-a), 0)
	return wordStart(text, start, a), wordEnd(text, end, b)
}

// densest returns the byte range of the largest run of matches (sorted by
// Start) that fits in SnippetWidth, or -1, -1 when there are none.
func densest(ms []Match) (int, int) {
	if len(ms) == 0 {
		return -1, -1
	}
	best, bestI, bestJ := 0, 0, 0
	j := 0
	for i := range ms {
		if j < i {
			j = i
		}
		for j+1 < len(ms) && ms[j+1].End-ms[i].Start <= SnippetWidth {
			j++
		}
		if n := j - i + 1; n > best {
			best, bestI, bestJ = n, i, j
		}
	}
	return ms[bestI].Start, max(ms[bestJ].End, ms[bestI].End)
}

// wordStart moves start forward to the beginning of a word, not past
// limit; failing that, back to a rune boundary.
func wordStart(text string, start, limit int) int {
	if start == 0 {
		return 0
	}
	for i := start; i < limit && i < len(text); i++ {
		if isSpaceBefore(text, i) && !isSpaceAt(text, i) {
			return i
		}
	}
	for start > 0 && !utf8.RuneStart(text[start]) {
		start--
	}
	return start
}

// wordEnd moves end back to the end of a word, not before limit; failing
// that, forward to a rune boundary.
func wordEnd(text string, end, limit int) int {
	if end >= len(text) {
		return len(text)
	}
	for i := end; i > limit && i > 0; i-- {
		if isSpaceAt(text, i) && !isSpaceBefore(text, i) {
			return i
		}
	}
	for end < len(text) && !utf8.RuneStart(text[end]) {
		end++
	}
	return end
}

func isSpaceAt(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsSpace(r)
}

func isSpaceBefore(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsSpace(r)
}
