package retrieve

import "sort"

// highlighter finds the query's terms in a hit's text by analysing the
// text as the index did, instead of asking bleve for term locations:
// decoding the term vectors of every passage a query scores costs a fifth
// of its search, and a second search over the k hits for their locations
// costs a search; analysing the k passages returned costs neither.
//
// The terms are those of the text clauses of the full query: the
// question's words and the words related to its non-cue words (see
// wordsQuery), with fuzzy matching its words of fuzzyMinLen bytes or more
// one edit away, and the words of its phrases (every occurrence, where
// bleve would locate a phrase's words only where the phrase matches).
type highlighter struct {
	words map[string]bool
	fuzzy []string // words matched one edit away
}

func newHighlighter(p parsed, rest queryTerms, fuzzy bool) highlighter {
	h := highlighter{words: map[string]bool{}}
	for _, t := range rest.all {
		h.words[t] = true
		if fuzzy && len(t) >= fuzzyMinLen {
			h.fuzzy = append(h.fuzzy, t)
		}
		if rest.cues[t] {
			continue
		}
		for _, r := range related[t] {
			h.words[r] = true
		}
	}
	for _, ph := range p.phrases {
		for _, t := range Terms(ph) {
			h.words[t] = true
		}
	}
	return h
}

// match reports whether the passage term t is one of the query's.
func (h highlighter) match(t string) bool {
	if h.words[t] {
		return true
	}
	for _, f := range h.fuzzy {
		if oneEdit([]rune(f), []rune(t)) {
			return true
		}
	}
	return false
}

// analyse returns the matches of the query's terms in text, sorted and
// distinct, the set of query terms seen (present), and the set of all
// the text's terms.
func (h highlighter) analyse(text string) (matches []Match, present, all map[string]bool) {
	present, all = map[string]bool{}, map[string]bool{}
	for _, tok := range Tokens(text) {
		all[tok.Term] = true
		if tok.Start >= tok.End || !h.match(tok.Term) {
			continue
		}
		present[tok.Term] = true
		matches = append(matches, tok)
	}
	sort.SliceStable(matches, func(i, j int) bool {
		if matches[i].Start != matches[j].Start {
			return matches[i].Start < matches[j].Start
		}
		return matches[i].End < matches[j].End
	})
	return dedupe(matches), present, all
}

// oneEdit reports whether a and b are at most one edit apart — an
// insertion, a deletion, a substitution or two adjacent characters
// swapped — the fuzziness 1 of bleve's fuzzy term query.
func oneEdit(a, b []rune) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if i == len(a) {
		return true // equal, or one appended
	}
	if len(a) < len(b) {
		return string(a[i:]) == string(b[i+1:]) // one inserted
	}
	if string(a[i+1:]) == string(b[i+1:]) {
		return true // one substituted
	}
	return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && string(a[i+2:]) == string(b[i+2:])
}
