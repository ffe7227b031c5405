package verify

import (
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/verbatim-rag/verbatim/generate"

	"github.com/verbatim-rag/verbatim/english"
)

// CheckSupport checks every sentence of an answer (as returned by Cite)
// against the passages it cites, and gives each a Verdict.
//
// Citation scope is read as people write it: a marker covers the sentence
// it closes and the unmarked sentences and lines of the same paragraph or
// list before it (up to a blank line or the previous marker); Cites lists
// the numbers in reach. A sentence with citations in reach is Supported
// when each of its Facts (see Facts) appears, after Normalize, in one of
// the cited passages — dates in any written form, numbers with the same
// unit, identifiers and quoted strings whole, names word by word — and
// the cited sentence it restates does not say the opposite (Negation);
// otherwise it is VerdictUnsupported, Missing lists the facts the cited
// text lacks and FoundIn the other passages that hold them. A sentence
// with facts and no citation in reach is Uncited: its facts are looked up
// in every source, VerdictUncited when all are found (FoundIn says where),
// VerdictNotFound otherwise. A sentence without facts is supported.
//
// The cited text is the full passage of the citation's PassageID when it is
// among sources, else the citation's Quote.
func CheckSupport(text string, cites []Citation, sources []generate.Source) []Check {
	return checkScoped(text, cites, sources)
}

// CheckAgainst is the check of bare mode: every sentence of text is checked
// against all the retrieved passages after the fact, so a reader sees which
// recalled facts the documents support. Supported means each fact appears in
// some passage; Cites lists the numbers of the sources in which at least one
// of the sentence's facts was found. Nothing is Uncited.
func CheckAgainst(text string, sources []generate.Source) []Check {
	ts := make([]*supportText, len(sources))
	for i, s := range sources {
		ts[i] = newSupportText(s.Passage.Text)
	}
	var checks []Check
	for _, se := range Sentences(text) {
		ck := newCheck(text, se)
		ck.Missing = missing(ck.Facts, ts)
		ck.Supported = len(ck.Missing) == 0
		ck.Verdict = VerdictSupported
		if !ck.Supported {
			ck.Verdict = VerdictNotFound
		}
		for i, t := range ts {
			if slices.ContainsFunc(ck.Facts, t.has) {
				ck.Cites = append(ck.Cites, sources[i].N)
			}
		}
		slices.Sort(ck.Cites)
		checks = append(checks, ck)
	}
	return checks
}

func newCheck(text string, se [2]int) Check {
	s := text[se[0]:se[1]]
	return Check{Sentence: s, Start: se[0], End: se[1], Facts: Facts(s)}
}

// sentenceCites returns the distinct numbers of the markers in s, sorted.
func sentenceCites(s string) []int {
	var ns []int
	for _, m := range ParseMarkers(s) {
		for _, n := range m.Ns {
			if !slices.Contains(ns, n) {
				ns = append(ns, n)
			}
		}
	}
	slices.Sort(ns)
	return ns
}

func missing(facts []string, ts []*supportText) []string {
	var out []string
	for _, f := range facts {
		if !slices.ContainsFunc(ts, func(t *supportText) bool { return t.has(f) }) {
			out = append(out, f)
		}
	}
	return out
}

// supportText is a passage prepared for fact lookups.
type supportText struct {
	raw    string
	norm   string          // english.Normalize(raw)
	dates  map[string]bool // date keys, made on first use, see dateSet
	neg    *negationIndex  // made on first use, see negations
	folded string          // raw folded without number rewriting, made on first use
}

func newSupportText(text string) *supportText {
	return &supportText{raw: text, norm: english.Normalize(text)}
}

// dateSet is the lookup keys of every date in the text, made once: the
// date pattern is costly, and most sentences state no date.
func (t *supportText) dateSet() map[string]bool {
	if t.dates == nil {
		t.dates = map[string]bool{}
		for _, d := range dateRE.FindAllString(t.raw, -1) {
			y, m, day := parseDate(d)
			for _, k := range dateKeys(y, m, day) {
				t.dates[k] = true
			}
		}
	}
	return t.dates
}

// has reports whether fact appears in the text.
func (t *supportText) has(fact string) bool {
	if contains(t.norm, english.Normalize(fact)) {
		return true
	}
	if dateRE.MatchString(fact) {
		y, m, d := parseDate(fact)
		keys := dateKeys(y, m, d)
		return len(keys) > 0 && t.dateSet()[keys[0]]
	}
	r := []rune(fact)
	if len(r) == 0 || !unicode.IsLetter(r[0]) {
		return false
	}
	for _, w := range strings.Fields(fact) {
		if capitalised(w) && !contains(t.norm, english.Normalize(w)) {
			return false
		}
	}
	return true
}

var monthNames = []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}

// parseDate reads year, month and day (0 when absent) from a date matched
// by dateRE.
func parseDate(s string) (y, m, d int) {
	if parts := strings.Split(s, "-"); len(parts) == 3 && isDigits(parts[0]) {
		y, _ = strconv.Atoi(parts[0])
		m, _ = strconv.Atoi(parts[1])
		d, _ = strconv.Atoi(parts[2])
		return y, m, d
	}
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '.' || unicode.IsSpace(r) }) {
		lf := strings.ToLower(f)
		if i := slices.IndexFunc(monthNames, func(mn string) bool { return strings.HasPrefix(lf, mn) }); i >= 0 && m == 0 && !isDigits(f) {
			m = i + 1
			continue
		}
		digits := strings.TrimRight(lf, "stndrh")
		if !isDigits(digits) {
			continue
		}
		v, _ := strconv.Atoi(digits)
		if len(digits) >= 3 {
			y = v
		} else {
			d = v
		}
	}
	return y, m, d
}

// dateKeys lists the lookup keys of a date, most specific first.
func dateKeys(y, m, d int) []string {
	var keys []string
	pad := func(v int) string { return strconv.Itoa(v/10) + strconv.Itoa(v%10) }
	switch {
	case m == 0:
		return nil
	case y > 0 && d > 0:
		keys = append(keys, strconv.Itoa(y)+"-"+pad(m)+"-"+pad(d))
	}
	if y > 0 {
		keys = append(keys, strconv.Itoa(y)+"-"+pad(m))
	}
	if d > 0 {
		keys = append(keys, "--"+pad(m)+"-"+pad(d))
	}
	return keys
}
