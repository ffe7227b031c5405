package verify

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/verbatim-rag/verbatim/english"
)

const monthRE = `(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)`

// dateRE matches the date forms Facts knows, longest first: ISO dates,
// "7 November 1867", "November 7, 1867", "November 1867", "7 November",
// "November 7".
var dateRE = regexp.MustCompile(`\b(?:` +
	`\d{4}-\d{1,2}-\d{1,2}` +
	`|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?` + monthRE + `\.?,?\s+\d{3,4}` +
	`|` + monthRE + `\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{3,4}` +
	`|` + monthRE + `\.?,?\s+\d{3,4}` +
	`|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?` + monthRE +
	`|` + monthRE + `\.?\s+\d{1,2}(?:st|nd|rd|th)?` +
	`)\b`)

// numberRE matches numbers with thousands separators (comma, no-break or
// thin space), decimals and a percent sign.
var numberRE = regexp.MustCompile(`\d{1,3}(?:[,\x{00A0}\x{202F}\x{2009}]\d{3})+(?:\.\d+)?%?|\d+(?:\.\d+)?%?`)

// Facts returns the checkable facts of a sentence, in order of appearance,
// each written as the sentence has it: quoted strings (without their
// quotes), dates ("7 November 1867", "1867-11-07", "November 1867"),
// versions and identifiers whole ("3.35.0", "GAUGE_MAX_COLUMN",
// "0x7ffffeff", "default.target", "/etc/fstab"), numbers with their
// separators and units ("2,147,483,391", "100K", "750KiB", "15%",
// "7 bits"), and capitalised names and terms, multi-word ones kept
// together ("Marie Curie", "University of Paris"). The sentence's first
// word is skipped when it is an ordinary word capitalised for opening the
// sentence ("The", "In"), and so is "I". Citation markers are ignored.
// Every fact is a substring of the sentence.
func Facts(sentence string) []string {
	return factTexts(sentence, scanFacts(sentence))
}

// blank overwrites b[start:end] with spaces, keeping offsets.
func blank(b []byte, start, end int) {
	for i := start; i < end; i++ {
		b[i] = ' '
	}
}

// word is a run of letters (with inner apostrophes, hyphens and periods).
type word struct{ start, end int }

func words(s string) []word {
	var ws []word
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			i += size
			continue
		}
		j := i + size
		for j < len(s) {
			r2, s2 := utf8.DecodeRuneInString(s[j:])
			if unicode.IsLetter(r2) || unicode.IsDigit(r2) || unicode.Is(unicode.Mn, r2) {
				j += s2
				continue
			}
			if strings.ContainsRune("'’-", r2) && j+s2 < len(s) {
				if r3, _ := utf8.DecodeRuneInString(s[j+s2:]); unicode.IsLetter(r3) {
					j += s2
					continue
				}
			}
			break
		}
		ws = append(ws, word{i, j})
		i = j
	}
	return ws
}

// capitalised reports whether w holds an upper-case letter.
func capitalised(w string) bool {
	return strings.IndexFunc(w, unicode.IsUpper) >= 0
}

// names returns the byte ranges of capitalised names in s.
func names(s string) [][2]int {
	ws := words(s)
	var out [][2]int
	first := firstWordIndex(s, ws)
	for i := 0; i < len(ws); {
		w := s[ws[i].start:ws[i].end]
		if !capitalised(w) || w == "I" || (i == first && english.OrdinaryOpener(w)) {
			i++
			continue
		}
		j := i + 1 // ws[i:j] is the name so far; last is its last capitalised word
		last := i
		for j < len(ws) && onlySpace(s[ws[j-1].end:ws[j].start]) {
			nw := s[ws[j].start:ws[j].end]
			if capitalised(nw) && nw != "I" {
				last = j
			} else if !english.IsNameConnector(nw) {
				break
			}
			j++
		}
		start, end := ws[i].start, trimPossessive(s, ws[last].start, ws[last].end)
		out = append(out, [2]int{start, end})
		i = last + 1
	}
	return out
}

// firstWordIndex is the index in ws of the sentence's first word, or -1
// when the sentence starts with something else (a number, a date).
func firstWordIndex(s string, ws []word) int {
	if len(ws) == 0 {
		return -1
	}
	lead := s[:ws[0].start]
	if strings.TrimFunc(lead, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) }) != "" {
		return -1
	}
	return 0
}

func onlySpace(s string) bool {
	return s == " " || s == english.NoBreakSpace
}

func trimPossessive(s string, start, end int) int {
	for _, suf := range []string{"'s", "’s"} {
		if end-start > len(suf) && strings.HasSuffix(s[start:end], suf) {
			return end - len(suf)
		}
	}
	return end
}
