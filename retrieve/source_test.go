package retrieve

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/verbatim-rag/verbatim/corpus"
)

// TestSourceWorkIsACue: the words that name the work a question cites
// ("according to the Debian New Maintainers' Guide", "per the Jargon
// File") are searched as cue words, not as names a passage must hold; a
// word the question writes outside them stays what it is.
func TestSourceWorkIsACue(t *testing.T) {
	tests := []struct {
		text  string
		cues  []string
		names []string
	}{
		{"According to the Debian New Maintainers' Guide, what is gpc?", []string{"accord", "debian", "new", "maintain", "guid"}, nil},
		{"What does it mean to spamvertize, according to the Jargon File?", []string{"accord", "jargon", "file"}, nil},
		{"In the Bash manual, what does the hash builtin remember?", []string{"bash", "manual"}, nil},
		// "Debian" is asked about too: a name
		{"According to the Debian FAQ, which Debian release came first?", []string{"accord", "faq"}, []string{"debian"}},
		{"Who wrote the Jargon File?", nil, []string{"jargon", "file"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			qt := classifyQuery(tt.text)
			for _, c := range tt.cues {
				assert.True(t, qt.cues[c], "cue %q in %v", c, qt.cues)
			}
			for _, n := range tt.names {
				assert.False(t, qt.cues[n], "%q is no cue", n)
				assert.Contains(t, qt.names, n)
			}
		})
	}
}

// TestSourceWorkFindsTheFact: pages of a manual (the Debian New
// Maintainers' Guide as maint-guide's HTML pages hold it) write the
// work's name on the title page and in every page's banner; a question
// that cites the work finds the page that writes what it asks, not the
// title page.
func TestSourceWorkFindsTheFact(t *testing.T) {
	banner := `This Debian New Maintainers' Guide (maint-guide) document has been deprecated. The rewrite of this tutorial document with updated contents and more practical examples is available as "Guide for Debian Maintainers".`
	docs := []doc{
		{"/m/index.en.html", corpus.HTML, "Debian New Maintainers' Guide", []string{
			"Debian New Maintainers' Guide\n\nJosip Rodin\n\noriginal contents <joy-mg@debian.org>\n\nOsamu Aoki\n\nupdated contents <osamu@debian.org>",
			banner,
		}},
		{"/m/start.en.html", corpus.HTML, "Chapter 1. Getting started The Right Way", []string{
			"gpc - the GNU Pascal compiler, necessary if your program is written in Pascal. Worthy of note here is fp-compiler, the Free Pascal Compiler, which is also good at this task.",
			banner,
		}},
	}
	for i := range 12 {
		docs = append(docs, doc{fmt.Sprintf("/m/ch%d.en.html", i), corpus.HTML, fmt.Sprintf("Chapter %d. Packaging step %d", i+2, i), []string{
			banner, fmt.Sprintf("Step %d of building a package: run the tools in order and check the result.", i),
		}})
	}
	r := New(corpusOf(t, docs...), DefaultConfig())
	assertFirsts(t, r, []firstHit{
		{"According to the Debian New Maintainers' Guide, what is gpc?", "/m/start.en.html"},
	})
}
