package english

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is one token of a text: the bytes [Start, End), of which the first
// Lead bytes are the horizontal whitespace folded into it (GPT-2 style
// " word"). Tokens returned by Tokenize are contiguous and cover the text
// exactly, so concatenating them reproduces it byte for byte.
type Token struct {
	Start, End int
	Lead       int
}

// Body returns the token's bytes without its leading whitespace.
func (t Token) Body(text string) string { return text[t.Start+t.Lead : t.End] }

// Key returns the token's normalized form, the unit a language model
// counts: the body, prefixed by one space when any horizontal whitespace
// preceded it. Newline tokens are "\n" whatever whitespace came before.
func (t Token) Key(text string) string {
	b := t.Body(text)
	if t.Lead > 0 && b != "\n" {
		return " " + b
	}
	return b
}

// Tokenize splits text into words (runs of letters and digits that keep
// internal apostrophes and hyphens, and decimal points or thousands commas
// between digits: "don't", "well-known", "3.14", "1,200"), single
// punctuation characters and newlines, each carrying the horizontal
// whitespace before it. Whitespace at the very end becomes a token of its own.
func Tokenize(text string) []Token {
	return AppendTokens(make([]Token, 0, len(text)/5+1), text)
}

// AppendTokens appends the tokens of text (as Tokenize splits it) to toks
// and returns the extended slice: a caller tokenizing many texts reuses
// one slice instead of allocating one a text.
func AppendTokens(toks []Token, text string) []Token {
	for i := 0; i < len(text); {
		start := i
		i = skipSpace(text, i)
		if i == len(text) {
			toks = append(toks, Token{Start: start, End: i, Lead: i - start})
			break
		}
		end := tokenEnd(text, i)
		toks = append(toks, Token{Start: start, End: end, Lead: i - start})
		i = end
	}
	return toks
}

// skipSpace returns the offset of the first byte at or after i that is not
// horizontal whitespace (a newline is a token, not whitespace).
func skipSpace(text string, i int) int {
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r == '\n' || !unicode.IsSpace(r) {
			return i
		}
		i += n
	}
	return i
}

// tokenEnd returns the end of the token whose body starts at i.
func tokenEnd(text string, i int) int {
	r, n := utf8.DecodeRuneInString(text[i:])
	if !IsWordRune(r) {
		return i + n
	}
	j := i + n
	for j < len(text) {
		r, n := utf8.DecodeRuneInString(text[j:])
		if IsWordRune(r) {
			j += n
			continue
		}
		if !joins(text, j, r, n) {
			break
		}
		j += n
	}
	return j
}

// joins reports whether the non-word rune r at j (n bytes) joins the word
// before it with the word rune after it.
func joins(text string, j int, r rune, n int) bool {
	if j+n >= len(text) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(text[j+n:])
	prev, _ := utf8.DecodeLastRuneInString(text[:j])
	switch r {
	case '\'', '’', '-':
		return IsWordRune(next)
	case '.', ',':
		return unicode.IsDigit(prev) && unicode.IsDigit(next)
	}
	return false
}

// IsWordRune reports whether r is part of a word: a letter, digit or mark.
func IsWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// IsWord reports whether a token body or key (with or without its leading
// space) is a word rather than punctuation or a newline.
func IsWord(key string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimPrefix(key, " "))
	return IsWordRune(r)
}

// HoldsWhole reports whether hay holds w with no letter, digit or mark
// right before or after it ("quill-7" is not in "quill-71", "bataille"
// not in "batailler").
func HoldsWhole(hay, w string) bool { return HoldsWholeBy(hay, w, IsWordRune) }

// HoldsWholeBy reports whether hay holds w with no rune that in counts as
// part of a word right before or after it.
func HoldsWholeBy(hay, w string, in func(rune) bool) bool {
	for off := 0; ; {
		i := strings.Index(hay[off:], w)
		if i < 0 {
			return false
		}
		i += off
		before, _ := utf8.DecodeLastRuneInString(hay[:i])
		after, _ := utf8.DecodeRuneInString(hay[i+len(w):])
		if !in(before) && !in(after) {
			return true
		}
		off = i + 1
	}
}
