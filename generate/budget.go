package generate

import (
	"unicode"
	"unicode/utf8"
)

// MessageOverhead is the estimated number of tokens a chat template adds
// around each message (role markers, separators). It is added once per
// message when a prompt is measured.
const MessageOverhead = 8

// EstimateTokens is a conservative estimate of the number of tokens s takes
// in a language model's tokenizer. No tokenizer can be downloaded at run
// time, so it counts by rule and errs on the side of too many:
//
//   - a run of ASCII letters of n bytes counts ceil(n/4) (common English
//     words are one token; long and rare words are split);
//   - every digit counts one (Llama 2 and Mistral split numbers into digits);
//   - every ASCII punctuation or symbol byte counts one;
//   - a whitespace run counts nothing when it is spaces and tabs only (they
//     merge into the next token) and one when it holds a line break;
//   - a non-ASCII rune counts one when it encodes in two bytes (accented
//     Latin, Greek, Cyrillic) and two otherwise (CJK, emoji), because small
//     vocabularies fall back to byte tokens for them.
//
// For English prose this lands above the counts of the common BPE
// vocabularies, so a prompt packed with it fits the real context.
func EstimateTokens(s string) int {
	n := 0
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case isASCIILetter(c):
			j := i
			for j < len(s) && isASCIILetter(s[j]) {
				j++
			}
			n += (j - i + 3) / 4
			i = j
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			j, nl := i, false
			for j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n' || s[j] == '\r' || s[j] == '\f' || s[j] == '\v') {
				nl = nl || s[j] == '\n'
				j++
			}
			if nl {
				n++
			}
			i = j
		case c < utf8.RuneSelf:
			n++ // digit, punctuation, symbol, control
			i++
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			switch {
			case r == utf8.RuneError && size == 1:
				n++
			case unicode.IsSpace(r):
				// non-ASCII space: merges like a space
			case size == 2:
				n++
			default:
				n += 2
			}
			i += size
		}
	}
	return n
}

func isASCIILetter(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}
