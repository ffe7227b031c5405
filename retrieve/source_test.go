package retrieve

import (
	"context"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

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
		// the comma ends the citing phrase, whatever word follows it
		{"According to the Jargon File, firefighting (sense 1) is an opposite of what?", []string{"accord", "jargon", "file"}, nil},
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
		{"The Debian New Maintainers' Guide says gpc is necessary if your program is written in which language?", "/m/start.en.html"}, // the work as the subject
	})
}

// TestOpenerIsNoName: a question's first word is capitalised because it
// opens the question; a preposition or an ordinary word ending like a
// participle ("According to the git diagnose documentation, …",
// "Besides …", "Per …") is no name a passage must hold.
func TestOpenerIsNoName(t *testing.T) {
	tests := []struct {
		text  string
		not   []string
		names []string
	}{
		{"According to the git diagnose documentation, what form should the value of the --suffix option take?", []string{"accord"}, nil},
		{"Besides removing unreachable objects, which ancillary index may git gc update?", []string{"besid"}, nil},
		{"Per Debian Policy, which maintainer script creates named pipes?", []string{"per", "debian", "polici"}, nil},
		{"Apart from its design problems, why is git-filter-branch slow?", []string{"apart"}, nil},
		{"Bierce defines a bore as what?", nil, []string{"bierc"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			qt := classifyQuery(tt.text)
			for _, n := range tt.not {
				assert.NotContains(t, qt.names, n)
			}
			for _, n := range tt.names {
				assert.Contains(t, qt.names, n)
			}
		})
	}
}

// TestOpenerFindsTheFact: a question opening "According to the git
// diagnose documentation, …" (git's HTML manual pages, as git-doc holds
// them) finds the page of the command it names; with "According" a name
// every passage had to hold, a page that writes "according to" and the
// option's word ("suffix") came first.
func TestOpenerFindsTheFact(t *testing.T) {
	docs := []doc{
		{"/g/git-diagnose.html", corpus.HTML, "git-diagnose(1)", []string{
			"git diagnose [(-o | --output-directory) <path>] [(-s | --suffix) <format>] [--mode=<mode>]",
			"-s <format> --suffix <format> Specify an alternate suffix for the diagnostics archive name, to create a file named git-diagnostics-<formatted suffix>. This should take the form of a strftime(3) format string; the current local time will be used.",
		}},
		{"/g/git-config.html", corpus.HTML, "git-config(1)", []string{
			"If more than one suffixes match the same tagname, then that tagname will be sorted according to the suffix which starts at the earliest position in the tagname. If more than one different matching suffixes start at that earliest position, then that tagname will be sorted according to the longest of those suffixes.",
			"int: canonicalize values as simple decimal numbers. An optional suffix of k, m, or g will cause the value to be multiplied by 1024, 1048576, or 1073741824 upon input.",
		}},
		{"/g/git-for-each-ref.html", corpus.HTML, "git-for-each-ref(1)", []string{
			"Iterate over all refs that match <pattern> and show them according to the given <format>, after sorting them according to the given set of <key>. The interpolated values in <format> can optionally be quoted as string literals in the specified host language.",
		}},
	}
	r := New(corpusOf(t, docs...), DefaultConfig())
	hits, err := r.Search(context.Background(), Query{Text: "According to the git diagnose documentation, what form should the value of the --suffix option take?"})
	require.NoError(t, err)
	require.NotEmpty(t, hits)
	assert.Equal(t, corpus.DocID("/g/git-diagnose.html"), hits[0].Passage.DocID)
}
