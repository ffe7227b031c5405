package verify

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/verbatim-rag/verbatim/english"
)

// factKind is what a fact is, which decides how it is looked up.
type factKind uint8

const (
	factName   factKind = iota // capitalised words: every one must appear
	factNumber                 // a number, with its unit when it has one: the unit must follow it
	factDate                   // any written form of the same date matches
	factCode                   // versions, identifiers, hex, paths: the whole token must appear
	factQuote                  // a quoted string: must appear as written
)

// fact is one checkable fact of a sentence: sentence[start:end], with for
// numbers the offset where the unit starts (unit == end without one).
type fact struct {
	start, end int
	unit       int
	kind       factKind
}

// codeRE matches code-like tokens: words joined by ".", "_", "/", ":",
// "+", "=", "@" or "-" with no space ("3.35.0", "GAUGE_MAX_COLUMN",
// "default.target", "/etc/fstab", "x86_64", "bs=512"); a letter's
// combining marks are part of its word ("/sɑ̃dʀ/", U+0303 over ɑ).
var codeRE = regexp.MustCompile(`/?[\p{L}\p{N}_][\p{L}\p{M}\p{N}_]*(?:[./:+=@-][\p{L}\p{N}_][\p{L}\p{M}\p{N}_]*)*`)

// unitSuffixRE matches a storage or magnitude suffix written against a
// number: "100K", "750KiB", "2M", "4GB".
var unitSuffixRE = regexp.MustCompile(`^(?:[KkMGTP]i?B?|[kKMGT]b(?:it|ps)?|[kKMGT]Hz)$`)

// scanFacts finds the facts of a sentence, in order of appearance and
// without overlaps: quoted strings, dates, code-like tokens, numbers with
// their units, then names. Citation markers are ignored.
func scanFacts(s string) []fact {
	masked := []byte(s)
	for _, m := range ParseMarkers(s) {
		blank(masked, m.Start, m.End)
	}
	var out []fact
	take := func(f fact) {
		out = append(out, f)
		blank(masked, f.start, f.end)
	}
	for _, q := range quoted(string(masked)) {
		take(fact{start: q[0], end: q[1], unit: q[1], kind: factQuote})
	}
	for _, loc := range dateRE.FindAllIndex(masked, -1) {
		take(fact{start: loc[0], end: loc[1], unit: loc[1], kind: factDate})
	}
	for _, loc := range codeRE.FindAllIndex(masked, -1) {
		t := s[loc[0]:loc[1]]
		if n, ok := numberWithSuffix(t); ok {
			take(fact{start: loc[0], end: loc[1], unit: loc[0] + n, kind: factNumber})
		} else if codeLike(t) {
			take(fact{start: loc[0], end: loc[1], unit: loc[1], kind: factCode})
		}
	}
	for _, loc := range numberRE.FindAllIndex(masked, -1) {
		if r, _ := utf8.DecodeLastRune(masked[:loc[0]]); loc[0] > 0 && (unicode.IsLetter(r) || r == '_') {
			continue
		}
		end, unitAt := unitAfter(string(masked), loc[1])
		take(fact{start: loc[0], end: end, unit: unitAt, kind: factNumber})
	}
	for _, loc := range names(string(masked)) {
		out = append(out, fact{start: loc[0], end: loc[1], unit: loc[1], kind: factName})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

// quoted returns the byte ranges of the contents of short quoted strings:
// "…", “…”, `…`, and '…' when the quote opens after a space or bracket
// (not an apostrophe).
func quoted(s string) [][2]int {
	var out [][2]int
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		closer := rune(0)
		switch r {
		case '"', '`':
			closer = r
		case '“':
			closer = '”'
		case '\'':
			if prev, _ := utf8.DecodeLastRuneInString(s[:i]); i == 0 || unicode.IsSpace(prev) || strings.ContainsRune("([{:=", prev) {
				closer = '\''
			}
		}
		if closer == 0 {
			i += size
			continue
		}
		start := i + size
		j := strings.IndexRune(s[start:], closer)
		if j <= 0 || j > 80 || strings.ContainsRune(s[start:start+j], '\n') || strings.TrimSpace(s[start:start+j]) == "" {
			i = start
			continue
		}
		end := start + j
		if closer == '\'' && end+1 < len(s) {
			if next, _ := utf8.DecodeRuneInString(s[end+1:]); unicode.IsLetter(next) {
				i = start // "'don't'" style apostrophes
				continue
			}
		}
		out = append(out, [2]int{start, end})
		_, csize := utf8.DecodeRuneInString(s[end:])
		i = end + csize
	}
	return out
}

// numberWithSuffix reports whether t is a number with a unit written
// against it ("100K", "750KiB", "5km", "15ms") and where the unit starts.
func numberWithSuffix(t string) (int, bool) {
	i := 0
	for i < len(t) && (isDigit(t[i]) || ((t[i] == '.' || t[i] == ',') && i > 0 && i+1 < len(t) && isDigit(t[i+1]))) {
		i++
	}
	if i == 0 || i == len(t) || !isDigit(t[i-1]) {
		return 0, false
	}
	u := t[i:]
	if unitSuffixRE.MatchString(u) || english.UnitOf(strings.ToLower(u)) != 0 {
		return i, true
	}
	return 0, false
}

// codeLike reports whether a token is an identifier rather than a word:
// it mixes letters and digits, holds "_", is camelCase, an upper-case
// code of two or more letters with a digit or joiner, a version with two
// or more dots, or words joined by ".", "/", ":" or "=" ("default.target",
// "/etc/fstab"). Plain words, hyphenated words and numbers are not.
func codeLike(t string) bool {
	var letters, digits, lower, upper int
	camel, prevLower := false, false
	for _, r := range t {
		switch {
		case unicode.IsDigit(r):
			digits++
		case unicode.IsLetter(r):
			letters++
			if unicode.IsUpper(r) {
				upper++
				camel = camel || prevLower
			} else {
				lower++
			}
		}
		prevLower = unicode.IsLower(r)
	}
	joined := strings.ContainsAny(t, "./:=@+")
	switch {
	case letters == 0:
		return strings.Count(t, ".") >= 2 // a version: "3.35.0"
	case digits > 0:
		return true
	case strings.Contains(t, "_"):
		return true
	case camel && lower > 0:
		return true
	case joined:
		for _, seg := range strings.FieldsFunc(t, func(r rune) bool { return strings.ContainsRune("./:=@+-", r) }) {
			if utf8.RuneCountInString(seg) < 2 {
				return false // "e.g", "U.S"
			}
		}
		return true
	}
	return false
}

// unitAfter extends a number ending at end over a unit written after it
// ("7 bits", "15 %", "3 GiB"): it returns the fact's end and where the
// unit starts (end and end without a unit).
func unitAfter(s string, end int) (int, int) {
	if end < len(s) && s[end] == '%' {
		return end + 1, end
	}
	j := end
	if j < len(s) && (s[j] == ' ' || s[j] == '-') {
		j++
	}
	k := j
	for k < len(s) {
		r, size := utf8.DecodeRuneInString(s[k:])
		if !unicode.IsLetter(r) && r != '%' && r != '/' {
			break
		}
		k += size
	}
	w := s[j:k]
	if w == "" {
		return end, end
	}
	if w == "%" || unitSuffixRE.MatchString(w) || english.UnitOf(strings.ToLower(w)) != 0 || w == "percent" {
		return k, j
	}
	return end, end
}

// unitKey folds a unit for comparison: lower case but for magnitude
// suffixes (K and k mean the same, M and m do not), singular, "percent"
// and "per cent" as "%".
func unitKey(u string) string {
	u = strings.TrimLeft(u, " -")
	switch strings.ToLower(u) {
	case "percent", "per cent", "%":
		return "%"
	}
	if unitSuffixRE.MatchString(u) && len(u) <= 3 {
		return strings.ToUpper(u[:1]) + u[1:]
	}
	u = strings.ToLower(u)
	if len(u) > 3 && strings.HasSuffix(u, "s") {
		u = strings.TrimSuffix(u, "s")
	}
	return u
}
