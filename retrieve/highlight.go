package retrieve

import (
	"slices"
	"sort"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
)

// highlighter finds the query's terms in a hit's text by analysing the
// text as the index did, for the hits of a query that searches without
// term locations (a planned one, the precise tier's, one of many postings;
// see Retriever.locate): decoding the term vectors of every passage a
// query with common words scores costs a fifth of its search, and a second
// search over the k hits for their locations costs a search. (A small
// full query keeps bleve's locations: then that costs less than analysing
// the hits.)
//
// The terms are those of the text clauses of the full query, whichever
// tier searched (the precise tier's hits count related words too): the
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
// distinct, and the set of query terms seen (present). It runs the
// analyzer's tokenizer and its filters up to lower-casing on every token
// but the stop-word and stemming filters only on the tokens whose first
// byte some query term starts with (unless fuzzy matching may change a
// first byte): those filters drop a token or cut its end, never change
// its first byte, and they are most of the cost of analysing.
func (h highlighter) analyse(text string) (matches []Match, present map[string]bool) {
	present = map[string]bool{}
	for _, tok := range h.tokens(text) {
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
	return dedupe(matches), present
}

// tokens analyses text as Tokens does, leaving out (or leaving
// unstemmed) tokens that cannot be a query term (see analyse).
func (h highlighter) tokens(text string) []Match {
	if len(h.fuzzy) > 0 {
		return Tokens(text)
	}
	var first [256]bool
	for w := range h.words {
		if w != "" {
			first[w[0]] = true
		}
	}
	return tokensFrom(text, &first)
}

// tokensFrom analyses text as Tokens does but returns only the tokens
// whose first byte is marked in first (all of them when the analyzer is
// not the expected chain): the stop-word and stemming filters, most of
// the cost, run on those alone, and never change a token's first byte.
func tokensFrom(text string, first *[256]bool) []Match {
	a, ok := analyzer().(*analysis.DefaultAnalyzer)
	if !ok {
		return Tokens(text)
	}
	cut := slices.IndexFunc(a.TokenFilters, func(f analysis.TokenFilter) bool {
		_, lc := f.(*lowercase.LowerCaseFilter)
		return lc
	})
	if len(a.CharFilters) > 0 || cut < 0 {
		return Tokens(text)
	}
	stream := a.Tokenizer.Tokenize([]byte(text))
	for _, f := range a.TokenFilters[:cut+1] {
		stream = f.Filter(stream)
	}
	kept := stream[:0]
	for _, t := range stream {
		if len(t.Term) > 0 && first[t.Term[0]] {
			kept = append(kept, t)
		}
	}
	for _, f := range a.TokenFilters[cut+1:] {
		kept = f.Filter(kept)
	}
	out := make([]Match, 0, len(kept))
	for _, t := range kept {
		out = append(out, Match{Start: t.Start, End: t.End, Term: string(t.Term)})
	}
	return out
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
