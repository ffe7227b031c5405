package retrieve

import (
	"math"
	"strings"
	"unicode/utf8"
)

// idf is BM25's inverse document frequency.
func idf(n, df uint64) float64 {
	if df > n {
		df = n
	}
	return math.Log(1 + (float64(n)-float64(df)+0.5)/(float64(df)+0.5))
}

// coverage is the IDF-weighted fraction of the question's terms, cue words
// left out, found in the passage: in present (the matched terms), as a
// related word among the passage's terms, or, with fuzzy matching, one
// edit away from a present term.
func coverage(q queryTerms, w map[string]float64, present, terms map[string]bool, fuzzy bool) float64 {
	var total, got float64
	for _, t := range q.all {
		if q.cues[t] {
			continue
		}
		total += w[t]
		if present[t] || hasRelated(t, terms) || (fuzzy && len(t) >= fuzzyMinLen && nearAny(t, present)) {
			got += w[t]
		}
	}
	if total == 0 {
		return 0
	}
	return got / total
}

// nameCoverage is the IDF-weighted fraction of the question's names found
// among the terms of the passage, its title and section; 1 when the
// question names nothing.
func nameCoverage(q queryTerms, w map[string]float64, terms *nameTerms) float64 {
	var total, got float64
	for _, n := range q.names {
		wt := max(w[n], 1e-3)
		total += wt
		if terms.has(n) {
			got += wt
		}
	}
	if total == 0 {
		return 1
	}
	return got / total
}

// wordCoverage is the IDF-weighted fraction of the question's other words
// — neither names, nor cue words, nor words of the passage's title, which
// name its topic — found (or a related word found) in the passage text; 1
// when there are none.
func wordCoverage(q queryTerms, w map[string]float64, text, title map[string]bool) float64 {
	var total, got float64
	for _, t := range q.all {
		if q.cues[t] || q.isName(t) || title[t] {
			continue
		}
		total += w[t]
		if hasRelated(t, text) {
			got += w[t]
		}
	}
	if total == 0 {
		return 1
	}
	return got / total
}

// nameTerms finds a query's names in a passage: among the terms bleve
// located (the query's own), the title's, and only when those fail — a
// name's longer form ("norvanian" for "norvania") is no query term — among
// the passage text's terms that start as the name does, analysed on
// demand (see tokensFrom).
type nameTerms struct {
	text           string
	present, title map[string]bool
	all            map[string]bool // analysed text terms starting with a byte in first
	first          [256]bool
}

func (n *nameTerms) has(name string) bool {
	if n.present[name] || hasName(name, n.title) {
		return true
	}
	if !extensible(name) {
		return false
	}
	if !n.first[name[0]] {
		if !mayExtend(n.text, name) {
			return false
		}
		if n.all == nil {
			n.all = map[string]bool{}
		}
		var first [256]bool
		first[name[0]] = true
		n.first[name[0]] = true
		for _, t := range tokensFrom(n.text, &first) {
			n.all[t.Term] = true
		}
	}
	return hasName(name, n.all)
}

// mayExtend reports whether text may hold a term that is a longer form
// of name (see hasName), without analysing it: such a term is a token's
// lower case with at most its last two bytes changed (the Porter stemmer
// replaces suffixes, and its replacements bring at most two letters the
// token lacks at that place: "y" → "i", an added "e", "biliti" → "ble";
// the possessive filter only removes), so the token holds name but for its
// last two bytes. It is false only when text holds that prefix in no case (in
// ASCII; the only runes that lower-case to ASCII, U+0130 and U+212A, make
// it true).
func mayExtend(text, name string) bool {
	p := name[:max(len(name)-2, 1)]
	for i := 0; i < len(p); i++ {
		if p[i] >= utf8.RuneSelf {
			return true
		}
	}
	if strings.ContainsAny(text, "\u0130\u212a") {
		return true
	}
	for i := 0; i+len(p) <= len(text); i++ {
		if lowerASCII(text[i]) == p[0] && equalFoldASCII(text[i+1:i+len(p)], p[1:]) {
			return true
		}
	}
	return false
}

func lowerASCII(b byte) byte {
	if 'A' <= b && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}

// equalFoldASCII reports whether a lower-cased in ASCII is b (of a's
// length).
func equalFoldASCII(a, b string) bool {
	for i := 0; i < len(a); i++ {
		if lowerASCII(a[i]) != b[i] {
			return false
		}
	}
	return true
}

func nearAny(t string, present map[string]bool) bool {
	for p := range present {
		if editDistance(t, p) <= 1 {
			return true
		}
	}
	return false
}

// editDistance is the Levenshtein distance between a and b, in bytes.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
