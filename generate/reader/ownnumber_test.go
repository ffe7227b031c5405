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
