package ingest

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ligatures spells out the Latin ligature characters (U+FB00–FB06) that
// fonts without a ToUnicode map decode to, so that "ﬁle" is found as "file".
var ligatures = strings.NewReplacer(
	"\ufb00", "ff", "\ufb01", "fi", "\ufb02", "fl", "\ufb03", "ffi",
	"\ufb04", "ffl", "\ufb05", "st", "\ufb06", "st",
)

// dotLeader is a run of four or more dots, spaced or not, as tables of
// contents draw between a title and its page number.
var dotLeader = regexp.MustCompile(`[ \t]*(?:\.[ \t]*){4,}`)

// cleanPDFText makes the decoded text of one page valid UTF-8 without
// control characters, spells out ligatures, shortens dot leaders to " ... ",
// joins words hyphenated at a line end and trims trailing space from every
// line.
func cleanPDFText(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.Map(func(r rune) rune {
		if r == '\n' || r == '\t' {
			return r
		}
		if r < 0x20 || r == 0x7f || r == 0xfeff {
			return -1
		}
		return r
	}, s)
	s = ligatures.Replace(s)
	s = dotLeader.ReplaceAllString(s, " ... ")
	lines := strings.Split(s, "\n")
	for i, ln := range lines {
		lines[i] = strings.TrimRight(ln, " \t")
	}
	lines = dehyphenate(lines)
	return strings.TrimSpace(strings.Join(lines, "\n"))
}

// dehyphenate joins a word split by a hyphen at the end of a line, as
// typesetters break them: a line ending in a lower-case letter and "-"
// followed by a line starting with a lower-case letter. The rest of the
// word moves up to the first line ("func-" / "tion) nor" becomes
// "function)" / "nor"), as pdftotext does. A hyphen that belongs to the
// word ("well-" / "known") is lost the same way; search finds both forms
// less often than it finds the word a line break cut in two.
func dehyphenate(lines []string) []string {
	out := lines[:0]
	for i := 0; i < len(lines); i++ {
		ln := lines[i]
		for i+1 < len(lines) && hyphenatedEnd(ln) && startsLower(lines[i+1]) {
			next := lines[i+1]
			cut := strings.IndexAny(next, " \t")
			if cut < 0 {
				cut = len(next)
			}
			ln = ln[:len(ln)-1] + next[:cut]
			lines[i+1] = strings.TrimLeft(next[cut:], " \t")
			if lines[i+1] != "" {
				break
			}
			i++ // the next line was only the word's end
		}
		out = append(out, ln)
	}
	return out
}

// hyphenatedEnd reports a line ending in a lower-case letter and a hyphen.
func hyphenatedEnd(ln string) bool {
	body, ok := strings.CutSuffix(ln, "-")
	if !ok {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(body)
	return unicode.IsLower(r)
}

func startsLower(ln string) bool {
	r, _ := utf8.DecodeRuneInString(ln)
	return unicode.IsLower(r)
}
