package english

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// DotEndsSentence decides whether a full stop right after word ends a
// sentence. prev is the word before word, next the first rune after the
// stop and the whitespace that follows it (0 at the end of the text);
// lineStart says word opens a line. After a number or a degree sign an
// abbreviation is a unit and the stop ends the sentence ("34 °C. Seefeld",
// "1,200 ft. The"). A dot does not end a sentence after a title abbreviation ("Dr.",
// "No.", "Op."), an initial ("J. K."), a dotted abbreviation ("U.S",
// "a.m"), or a list number opening a line ("1."); after a list
// abbreviation ("etc.", "e.g.") it ends one only when a capital follows.
func DotEndsSentence(prev, word string, next rune, lineStart bool) bool {
	word = strings.TrimLeft(word, `"'(“‘«[`)
	if word == "" {
		return true
	}
	lw := strings.ToLower(word)
	if r, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(prev)); unicode.IsDigit(r) || r == '°' {
		if len(word) <= 4 && !isDigits(word) {
			return true
		}
	}
	switch {
	case titleAbbrevs[lw]:
		return false
	case len(word) == 1 && word[0] >= 'A' && word[0] <= 'Z' && unicode.IsUpper(next) && capitalized(prev):
		return false // an initial between names, "Frank B. Brokken", not "b." (born), "c." (circa) or "plan B. The rest
	case listAbbrevs[lw]:
		return next == 0 || unicode.IsUpper(next)
	case isDigits(word):
		return !lineStart
	}
	if r, n := utf8.DecodeRuneInString(word); n == len(word) && unicode.IsLetter(r) {
		return false // an initial: "J. R. Tolkien"
	}
	if next == '{' && len(word) <= 3 && unicode.IsUpper([]rune(word)[0]) {
		return false // a dictionary's language label before the form it gives: "pl. E. {Torsos}, It. {Torsi}"
	}
	if strings.Contains(word, ".") && len(word) <= 6 && !isDigitsDots(word) {
		return false // "U.S", "a.m"
	}
	return true
}

// capitalized reports whether word, its brackets and markup aside
// ("\\author{Frank"), opens with a capital letter.
func capitalized(word string) bool {
	i := strings.LastIndexAny(word, "{([\"'“‘")
	r, _ := utf8.DecodeRuneInString(word[i+1:])
	return unicode.IsUpper(r)
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func isDigitsDots(s string) bool {
	for i := 0; i < len(s); i++ {
		if (s[i] < '0' || s[i] > '9') && s[i] != '.' {
			return false
		}
	}
	return true
}

// IsTerminal reports whether r ends a sentence when whitespace follows.
func IsTerminal(r rune) bool { return strings.ContainsRune(".!?…。！？", r) }

// IsCloser reports whether r may follow a sentence's terminal
// punctuation and still belong to the sentence (closing quotes and
// brackets).
func IsCloser(r rune) bool { return strings.ContainsRune(`)"'”’»」』]`, r) }
