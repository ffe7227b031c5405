package main

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"unicode"

	"github.com/verbatim-rag/verbatim/generate"
)

const months = `January|February|March|April|May|June|July|August|September|October|November|December`

var (
	isoDateRE = regexp.MustCompile(`\b\d{4}-\d{2}-\d{2}\b`)
	monthRE   = regexp.MustCompile(`\b(?:` + months + `)\b`)
	yearRE    = regexp.MustCompile(`\b(?:1[5-9]\d\d|20\d\d)\b`)
	versionRE = regexp.MustCompile(`\b\d+\.\d+(?:\.\d+)+\b|(?i:\bversion\s+)\d+\.\d+\b`)
	numberRE  = regexp.MustCompile(`\d(?:[\d,]*\d)?(?:\.\d+)?`)
	unitRE    = regexp.MustCompile(`\b\d(?:[\d,.]*\d)?\s?(?:KiB|MiB|GiB|TiB|kB|KB|MB|GB|TB|K|M|G|bytes|byte|bits|bit|ms|seconds|second|minutes|minute|hours|hour|days|day|weeks|week|months|month|years|year|km|cm|mm|kg|Hz|kHz|MHz|GHz)\b`)
	nameRE    = regexp.MustCompile(`\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\b`)
	identRE   = regexp.MustCompile(`[A-Za-z0-9_][A-Za-z0-9_./:+-]*[A-Za-z0-9_]`)
	verbRE    = regexp.MustCompile(`\b(?:is|are|was|were|can|will|does|do|has|have|should|must)\b`)
	negRE     = regexp.MustCompile(`\b(?:is|are|was|were|can|will|does|do|has|have|should|must) not\b`)
)

// unitSwaps gives each unit another of its dimension.
var unitSwaps = map[string]string{
	"K": "M", "M": "G", "G": "T", "KiB": "MiB", "MiB": "GiB", "GiB": "TiB", "TiB": "GiB",
	"kB": "MB", "KB": "MB", "MB": "GB", "GB": "TB", "TB": "GB",
	"bytes": "bits", "byte": "bit", "bits": "bytes", "bit": "byte", "ms": "seconds",
	"seconds": "minutes", "second": "minute", "minutes": "hours", "minute": "hour", "hours": "days", "hour": "day",
	"days": "weeks", "day": "week", "weeks": "months", "week": "month", "months": "years", "month": "year",
	"years": "months", "year": "month", "km": "m", "cm": "mm", "mm": "cm", "kg": "g",
	"Hz": "kHz", "kHz": "MHz", "MHz": "GHz", "GHz": "MHz",
}

// avoid knows the text of every shown passage: a perturbation must bring
// in a value none of them holds, or the change would not be an invention.
type avoid struct{ texts []string }

func newAvoid(shown []generate.Source) *avoid {
	a := &avoid{}
	for _, s := range shown {
		a.texts = append(a.texts, s.Passage.Text)
	}
	return a
}

func (a *avoid) fresh(tok string) bool {
	for _, t := range a.texts {
		if containsWord(t, tok) {
			return false
		}
	}
	return true
}

// containsWord reports whether w occurs in s, ignoring case, not inside a
// longer word or number.
func containsWord(s, w string) bool {
	ls, lw := strings.ToLower(s), strings.ToLower(w)
	for off := 0; ; {
		i := strings.Index(ls[off:], lw)
		if i < 0 {
			return false
		}
		a, b := off+i, off+i+len(lw)
		if !wordByte(ls, a-1) && !wordByte(ls, b) {
			return true
		}
		off = a + 1
	}
}

func wordByte(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return false
	}
	c := s[i]
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// candidates are the byte ranges of s a perturbation of kind may change.
func candidates(kind, s string) [][]int {
	switch kind {
	case "date":
		var out [][]int
		out = append(out, isoDateRE.FindAllStringIndex(s, -1)...)
		out = append(out, monthRE.FindAllStringIndex(s, -1)...)
		return append(out, standalone(s, yearRE.FindAllStringIndex(s, -1))...)
	case "version":
		return versionRE.FindAllStringIndex(s, -1)
	case "number":
		var out [][]int
		for _, loc := range standalone(s, numberRE.FindAllStringIndex(s, -1)) {
			t := s[loc[0]:loc[1]]
			if yearRE.MatchString(t) && len(t) == 4 || overlaps(loc, isoDateRE.FindAllStringIndex(s, -1)) || overlaps(loc, versionRE.FindAllStringIndex(s, -1)) {
				continue
			}
			out = append(out, loc)
		}
		return out
	case "unit":
		return unitRE.FindAllStringIndex(s, -1)
	case "name":
		var out [][]int
		for _, loc := range nameRE.FindAllStringIndex(s, -1) {
			if loc[0] > 0 && !opensSentence(s, loc[0]) && !monthRE.MatchString(s[loc[0]:loc[1]]) {
				out = append(out, loc)
			}
		}
		return out
	case "identifier":
		var out [][]int
		for _, loc := range identRE.FindAllStringIndex(s, -1) {
			t := s[loc[0]:loc[1]]
			if identifier(t) && !strings.HasPrefix(s[loc[1]:], `":`) && !overlaps(loc, versionRE.FindAllStringIndex(s, -1)) {
				out = append(out, loc)
			}
		}
		return out
	}
	return nil
}

// standalone keeps the matches not glued to a letter, digit, "_", "." or
// "-" (parts of identifiers, versions and codes).
func standalone(s string, locs [][]int) [][]int {
	var out [][]int
	for _, l := range locs {
		if l[0] > 0 && (wordByte(s, l[0]-1) || strings.ContainsRune(".-/", rune(s[l[0]-1]))) {
			continue
		}
		if l[1] < len(s) && (wordByte(s, l[1]) || (strings.ContainsRune(".-/", rune(s[l[1]])) && wordByte(s, l[1]+1))) {
			continue
		}
		out = append(out, l)
	}
	return out
}

func overlaps(l []int, ls [][]int) bool {
	for _, o := range ls {
		if l[0] < o[1] && o[0] < l[1] {
			return true
		}
	}
	return false
}

// opensSentence reports whether offset i of s starts a sentence.
func opensSentence(s string, i int) bool {
	t := strings.TrimRightFunc(s[:i], func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r) })
	return t == "" || strings.ContainsAny(s[len(t):i], ".!?:\n")
}

// identifier reports whether t looks like a code identifier: snake_case,
// camelCase, a mix of letters and digits, hex, a dotted or slashed name,
// or an upper-case code.
func identifier(t string) bool {
	var lower, upper, digit bool
	for _, r := range t {
		lower = lower || unicode.IsLower(r)
		upper = upper || unicode.IsUpper(r)
		digit = digit || unicode.IsDigit(r)
	}
	letter := lower || upper
	switch {
	case strings.Contains(t, "_") && letter:
		return true
	case letter && digit:
		return true
	case strings.HasPrefix(t, "0x"):
		return true
	case letter && (strings.Contains(t, ".") || strings.Contains(t, "/")):
		for _, seg := range strings.FieldsFunc(t, func(r rune) bool { return r == '.' || r == '/' }) {
			if len(seg) < 2 {
				return false // "e.g", "U.S"
			}
		}
		return true
	case upper && !lower && len(t) >= 2:
		return true
	case lower && upper && camel(t):
		return true
	}
	return false
}

// camel reports an upper-case letter after a lower-case one.
func camel(t string) bool {
	prev := false
	for _, r := range t {
		if unicode.IsUpper(r) && prev {
			return true
		}
		prev = unicode.IsLower(r)
	}
	return false
}

// factTokens are the values of s a perturbation could change: what a
// wrong citation must fail to hold.
func factTokens(s string) []string {
	var out []string
	for _, k := range []string{"date", "version", "number", "name", "identifier"} {
		for _, l := range candidates(k, s) {
			out = append(out, s[l[0]:l[1]])
		}
	}
	return out
}

// perturb changes one fact of kind in s to a value no shown passage holds.
// It returns the new text, the old and new value, and false when s has
// no such fact.
func perturb(kind, s string, rng *rand.Rand, av *avoid, others []string) (string, string, string, bool) {
	if kind == "negation" {
		return negate(s)
	}
	locs := candidates(kind, s)
	rng.Shuffle(len(locs), func(i, j int) { locs[i], locs[j] = locs[j], locs[i] })
	for _, l := range locs {
		from := s[l[0]:l[1]]
		for try := 0; try < 4; try++ {
			to := change(kind, from, rng, others)
			if to == "" || to == from || !av.fresh(to) {
				continue
			}
			return s[:l[0]] + to + s[l[1]:], from, to, true
		}
	}
	return "", "", "", false
}

// change returns another value for the fact t of kind.
func change(kind, t string, rng *rand.Rand, others []string) string {
	switch kind {
	case "number", "version":
		return changeDigit(t, rng, kind == "version")
	case "date":
		if m := monthRE.FindString(t); m == t {
			ms := strings.Split(months, "|")
			return ms[rng.IntN(len(ms))]
		}
		return changeDigit(t, rng, false)
	case "unit":
		i := strings.LastIndexFunc(t, func(r rune) bool { return unicode.IsDigit(r) || r == ' ' })
		u := t[i+1:]
		if sw, ok := unitSwaps[u]; ok {
			return t[:i+1] + sw
		}
	case "name":
		var names []string
		for _, o := range others {
			if nameRE.FindString(o) == o && o != t {
				names = append(names, o)
			}
		}
		if len(names) > 0 {
			return names[rng.IntN(len(names))]
		}
	case "identifier":
		return changeChar(t, rng)
	}
	return ""
}

// changeDigit changes one digit of t (the last one of a version), never
// making a leading zero.
func changeDigit(t string, rng *rand.Rand, last bool) string {
	var pos []int
	for i := 0; i < len(t); i++ {
		if t[i] >= '0' && t[i] <= '9' {
			pos = append(pos, i)
		}
	}
	if len(pos) == 0 {
		return ""
	}
	i := pos[rng.IntN(len(pos))]
	if last {
		i = pos[len(pos)-1]
	}
	d := byte('0' + (int(t[i]-'0')+1+rng.IntN(8))%10)
	if d == '0' && (i == 0 || !isDigitByte(t[i-1])) && i+1 < len(t) && isDigitByte(t[i+1]) {
		d = '1'
	}
	if d == t[i] {
		return ""
	}
	return t[:i] + string(d) + t[i+1:]
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// changeChar changes one letter or digit of t, keeping its case and, for
// hexadecimal digits, its base.
func changeChar(t string, rng *rand.Rand) string {
	var pos []int
	for i := 0; i < len(t); i++ {
		if wordByte(t, i) && t[i] != '_' {
			pos = append(pos, i)
		}
	}
	if len(pos) == 0 {
		return ""
	}
	i := pos[rng.IntN(len(pos))]
	c := t[i]
	var set string
	switch {
	case isDigitByte(c):
		set = "0123456789"
	case c >= 'A' && c <= 'F' && hexLike(t):
		set = "ABCDEF"
	case c >= 'a' && c <= 'z':
		set = "abcdefghijklmnopqrstuvwxyz"
	default:
		set = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	}
	n := set[rng.IntN(len(set))]
	if n == c {
		return ""
	}
	return t[:i] + string(n) + t[i+1:]
}

func hexLike(t string) bool {
	t = strings.TrimPrefix(t, "0x")
	return t != "" && strings.Trim(t, "0123456789ABCDEFabcdef") == ""
}

// negate adds "not" after the first verb of s, or removes the first "not"
// after one.
func negate(s string) (string, string, string, bool) {
	if l := negRE.FindStringIndex(s); l != nil {
		from := s[l[0]:l[1]]
		to := strings.TrimSuffix(from, " not")
		return s[:l[0]] + to + s[l[1]:], from, to, true
	}
	if l := verbRE.FindStringIndex(s); l != nil {
		from := s[l[0]:l[1]]
		return s[:l[0]] + from + " not" + s[l[1]:], from, from + " not", true
	}
	return "", "", "", false
}
