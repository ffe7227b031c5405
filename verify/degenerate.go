package verify

import (
	"fmt"
	"strings"
	"unicode"
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
