package main

import (
	"math/rand/v2"
	"slices"
	"strings"
	"unicode"
)

// query is one search of the benchmark.
type query struct {
	Text string `json:"q"`
	Gold string `json:"gold"` // slash path of the file the words come from
	// Kind is "distinctive" (the three rarest content words of a sentence)
	// or "common" (three content words of a sentence at random).
	Kind string `json:"kind"`
}

// makeQueries draws n 3-word queries from sentences of random files,
// alternating the two kinds.
func makeQueries(g textGen, files, n int) []query {
	r := rand.New(rand.NewPCG(g.seed, 0x7175657279)) // "query"
	qs := make([]query, 0, n)
	for len(qs) < n {
		k := r.IntN(files)
		sents := sentences(g.fileText(k))
		words := g.v.contentWords(sents[r.IntN(len(sents))])
		if len(words) < 3 {
			continue
		}
		q := query{Gold: relPath(k), Kind: "common"}
		if len(qs)%2 == 0 {
			q.Kind = "distinctive"
			slices.SortFunc(words, func(a, b string) int { return g.v.rank[b] - g.v.rank[a] })
			words = words[:3]
		} else {
			r.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
			words = words[:3]
		}
		q.Text = strings.Join(words, " ")
		qs = append(qs, q)
	}
	return qs
}

// sentences splits the body of a file (after its title line) into sentences.
func sentences(text string) []string {
	_, body, _ := strings.Cut(text, "\n")
	return strings.FieldsFunc(body, func(c rune) bool { return c == '.' || c == '?' || c == '\n' })
}

// contentWords returns the distinct vocabulary words of s that are not
// function words. Names and numbers are never vocabulary words (names are
// invented apart from the words), so they are left out.
func (v *vocabulary) contentWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(s, func(c rune) bool { return !unicode.IsLetter(c) }) {
		w = strings.ToLower(w)
		if rk, ok := v.rank[w]; ok && rk >= len(functionWords) && !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}
