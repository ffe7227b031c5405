package reader

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// A number the question writes itself is no answer to its "how many":
// git-gc(1)'s gc.autoPackLimit (Debian's git-doc, as extracted) says
// "more than this many packs … consolidates them into one larger pack",
// and the question asks how many packs make git gc consolidate them
// "into one larger pack". "one" is a stop word, searched for nowhere, but
// the question writes it: the sentence states no number of its own (the
// next one does).
func TestTheQuestionsOwnNumberIsNoAnswer(t *testing.T) {
	gc := doc{"git-gc.html", "git-gc(1)", "gc.autoPackLimit When there are more than this many packs that are not marked with *.keep file in the repository, git gc --auto consolidates them into one larger pack. The default value is 50. Setting this to 0 disables it."}
	r, srcs := New(nil), sources(gc)
	for _, q := range []string{
		"Roughly how many packs make git gc --auto consolidate them into one larger pack?",
		"How many packs make git gc --auto consolidate them into one larger pack?",
	} {
		a := r.Read(q, srcs)
		why := r.Explain(q, srcs, 3)
		assert.True(t, a.Declined() || strings.Contains(answerText(a, srcs), "50"), "%s\n%s", answerText(a, srcs), why)
	}
}

// A dictionary sense's number is a label, no value the sense states:
// WordNet's entry for Dhaka (Debian's wordnet-base, as dictd serves it)
// writes no population, and "n 1:" is not one.
func TestASensesNumberIsNoValue(t *testing.T) {
	dhaka := doc{"dhaka.txt", "Dhaka", "Dhaka\n     n 1: the capital and largest city of Bangladesh [syn: {Dhaka},\n          {Dacca}, {capital of Bangladesh}]"}
	wain := doc{"charles's-wain.txt", "Charles's Wain", "Charles's Wain\n     n 1: a group of seven bright stars in the constellation Ursa\n          Major [syn: {Big Dipper}, {Dipper}, {Plough}, {Charles's\n          Wain}, {Wain}, {Wagon}]"}
	r := New(nil)
	q := "According to WordNet, what is the population of Dhaka, the capital of Bangladesh?"
	srcs := sources(dhaka)
	assert.True(t, r.Read(q, srcs).Declined(), r.Explain(q, srcs, 3))
	q = "How many stars make up the group known as Charles's Wain?"
	srcs = sources(wain)
	a := r.Read(q, srcs)
	assert.Contains(t, answerText(a, srcs), "seven", r.Explain(q, srcs, 3)) // the number the sense states
}
