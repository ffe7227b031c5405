package main

import (
	"math/rand/v2"
	"strings"
)

// functionWords are the most frequent ranks of the vocabulary, in order:
// real English function words, most of them stop words of the "en" analyzer.
var functionWords = strings.Fields(`the of and to a in is that for it as was with be by on
not he this are or his from at which but have an had they you were their one all we can
her has there been if more when will would who so no she other its may these about them
some than into only then also could any our such most over after between each under where
those both while through because before during without should very much often many first
two new same made used upon well however`)

var (
	onsets = strings.Fields(`b br c ch cl cr d dr f fl fr g gl gr h j k l m n p pl pr qu r s sc sh sk sl sn sp st str t th tr v w wh z`)
	nuclei = strings.Fields(`a e i o u a e i o u ai ea ee io ou oa ie au`)
	codas  = []string{"", "", "", "n", "r", "s", "l", "m", "t", "nd", "st", "ck", "ng", "rt", "x", "ff", "sh", "th"}
)

// vocabulary is the word list of a synthetic corpus: ranks 0..len-1, rank 0
// the most frequent. Names are capitalized invented names, drawn apart.
type vocabulary struct {
	words []string
	rank  map[string]int
	first []string // given names
	last  []string // family names
}

// newVocabulary invents n words (after the function words) and the names,
// deterministically from seed. Frequent ranks get shorter words.
func newVocabulary(seed uint64, n int) *vocabulary {
	r := rand.New(rand.NewPCG(seed, 0x766f636162)) // "vocab"
	v := &vocabulary{rank: make(map[string]int, n)}
	for _, w := range functionWords {
		v.add(w)
	}
	for len(v.words) < n {
		v.add(invent(r, syllablesFor(r, len(v.words))))
	}
	seen := map[string]bool{}
	name := func(syl int) string {
		for {
			w := invent(r, syl+r.IntN(2))
			if _, isWord := v.rank[w]; !seen[w] && !isWord {
				seen[w] = true
				return strings.ToUpper(w[:1]) + w[1:]
			}
		}
	}
	for range 600 {
		v.first = append(v.first, name(2))
	}
	for range 3000 {
		v.last = append(v.last, name(2))
	}
	return v
}

// add appends w unless it is already a word.
func (v *vocabulary) add(w string) {
	if _, ok := v.rank[w]; ok {
		return
	}
	v.rank[w] = len(v.words)
	v.words = append(v.words, w)
}

// syllablesFor picks a word length for a rank: one syllable for the 1,000
// most frequent words, 1–2 for the next 9,000, 2–3 for the rest.
func syllablesFor(r *rand.Rand, rank int) int {
	switch {
	case rank < 1000:
		return 1
	case rank < 10000:
		return 1 + r.IntN(2)
	default:
		return 2 + r.IntN(2)
	}
}

// invent strings syl random syllables together.
func invent(r *rand.Rand, syl int) string {
	var b strings.Builder
	for i := range syl {
		if i == 0 || r.IntN(3) > 0 {
			b.WriteString(onsets[r.IntN(len(onsets))])
		}
		b.WriteString(nuclei[r.IntN(len(nuclei))])
		if i == syl-1 || r.IntN(3) == 0 {
			b.WriteString(codas[r.IntN(len(codas))])
		}
	}
	return b.String()
}
