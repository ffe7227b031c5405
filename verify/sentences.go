package verify

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/verbatim-rag/verbatim/english"
)

// Sentences splits text into sentences and returns their byte ranges
// [start, end), trimmed of surrounding whitespace, in order. A sentence ends
// at a line break, or at ".", "!", "?", "…" (or their CJK forms) followed by
// whitespace or the end of text; closing quotes and brackets and citation
// markers right after the punctuation ("… in 1867. [2]") stay with the
// sentence. Decimal points, initials ("J. K."), common abbreviations
// ("Dr.", "e.g.") and list numbers ("1. ") do not end a sentence.
func Sentences(text string) [][2]int {
	var out [][2]int
	emit := func(a, b int) {
		for a < b {
			r, size := utf8.DecodeRuneInString(text[a:])
			if !unicode.IsSpace(r) {
				break
			}
			a += size
		}
		for b > a {
			r, size := lastRune(text[a:b])
			if !unicode.IsSpace(r) {
				break
			}
			b -= size
		}
		if b > a {
			out = append(out, [2]int{a, b})
		}
	}
	start := 0
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			emit(start, i)
			start, i = i+1, i+1
		case isTerminal(r):
			end, ok := sentenceEnd(text, start, i, r, size)
			if ok {
				emit(start, end)
				start = end
			}
			i = max(end, i+size)
		default:
			i += size
		}
	}
	emit(start, len(text))
	return out
}

func isTerminal(r rune) bool {
	return strings.ContainsRune(".!?…。！？", r)
}

// sentenceEnd looks at the terminal punctuation r at text[i:] and returns
// where the sentence would end and whether it does end there.
func sentenceEnd(text string, start, i int, r rune, size int) (int, bool) {
	j := i + size
	for j < len(text) {
		r2, s2 := utf8.DecodeRuneInString(text[j:])
		if !isTerminal(r2) && !strings.ContainsRune(")\"'”’»」』", r2) {
			break
		}
		j += s2
	}
	for {
		k := skipSpace(text, j)
		w := openBracket(text[k:])
		if w == 0 {
			break
		}
		m, ok := parseMarker(text, k, w)
		if !ok {
			break
		}
		j = m.End
	}
	if j < len(text) {
		next, _ := utf8.DecodeRuneInString(text[j:])
		cjk := r == '。' || r == '！' || r == '？'
		if !unicode.IsSpace(next) && !cjk {
			return j, false
		}
	}
	if r == '.' && !abbrevEnds(text, start, i, j) {
		return j, false
	}
	return j, true
}

// abbrevEnds decides whether the period at text[i] after the word before it
// ends a sentence (see english.DotEndsSentence).
func abbrevEnds(text string, start, i, j int) bool {
	w := i
	for w > start {
		r, size := lastRune(text[start:w])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' {
			break
		}
		w -= size
	}
	word := text[w:i]
	prev := strings.TrimRight(text[start:w], " \t")
	if k := strings.LastIndexAny(prev, " \t\n"); k >= 0 {
		prev = prev[k+1:]
	}
	k := skipSpace(text, j)
	next := rune(0)
	if k < len(text) {
		next, _ = utf8.DecodeRuneInString(text[k:])
	}
	return english.DotEndsSentence(prev, word, next, strings.TrimSpace(text[start:i]) == word)
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func lastRune(s string) (rune, int) {
	return utf8.DecodeLastRuneInString(s)
}
