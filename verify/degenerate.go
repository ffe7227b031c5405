package verify

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/verbatim-rag/verbatim/english"
)

// loopRepeats is how many times a three-word sequence must occur for an
// answer to count as looping: twice happens in honest prose ("The X is a
// town … The X is known for"), three times does not.
const loopRepeats = 3

// Degenerate reports why an answer is degenerate — empty, or looping on a
// three-word sequence — or "" when it is neither. Such an answer states
// nothing, whatever facts its words happen to name, and is labelled as
// degenerate rather than checked as a statement.
func Degenerate(text string) string {
	words := strings.FieldsFunc(strings.ToLower(StripMarkers(text)), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	if len(words) == 0 {
		return "empty: the answer holds no words"
	}
	seen := make(map[[3]string]int)
	for i := 0; i+3 <= len(words); i++ {
		tri := [3]string{words[i], words[i+1], words[i+2]}
		seen[tri]++
		if seen[tri] == loopRepeats {
			return fmt.Sprintf("loops: repeats %q %d times", strings.Join(tri[:], " "), loopRepeats)
		}
	}
	return ""
}

// RepeatedTrigram returns the first three-token sequence that text says
// twice, tokens keyed as the built-in model reads them (english.Tokenize,
// the whitespace before a token folded to one space), or "": a decoder's
// repetition guard promises there is none.
func RepeatedTrigram(text string) string {
	var keys []string
	for _, t := range english.Tokenize(text) {
		keys = append(keys, t.Key(text))
	}
	seen := make(map[[3]string]bool)
	for i := 0; i+3 <= len(keys); i++ {
		tri := [3]string{keys[i], keys[i+1], keys[i+2]}
		if seen[tri] {
			return strings.Join(tri[:], "")
		}
		seen[tri] = true
	}
	return ""
}

// StatesFacts reports whether any check found a fact (a number, date or
// name) to look for: an answer that states none cannot be said to have
// had its facts found.
func StatesFacts(checks []Check) bool {
	for _, ch := range checks {
		if len(ch.Facts) > 0 {
			return true
		}
	}
	return false
}
