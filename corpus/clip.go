package corpus

import (
	"strings"
	"unicode/utf8"
)

// Clip shortens s to at most max bytes, cut at the last rune boundary at or
// before max and ended with "…" when anything was cut. Quotes, sentences
// and outside input shown in messages are clipped with it (after OneLine
// where they may span lines).
func Clip(s string, max int) string {
	if len(s) <= max {
		return s
	}
	cut := max
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

// OneLine folds s onto one line: every run of white space becomes one
// space, and none is left at either end.
func OneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
