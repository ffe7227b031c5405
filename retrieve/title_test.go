package retrieve

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/index"
)

func TestTitleMatch(t *testing.T) {
	tests := []struct {
		query, title string
		want         float64
	}{
		{"When was Velmora founded?", "Velmora", 1},
		{"When was Velmora founded?", "Velmora Prize", 0.25},
		{"When was Velmora founded?", "velmora.md", 1},
		{"When was Velmora founded?", "Aldric III", 0},
		{"Who designed Velmora Central Station?", "Velmora", 1.0 / 3},
		{"Who designed Velmora Central Station?", "Velmora Central Station", 1},
		{"when was the city founded", "City", 0}, // no names: titles do not count
		{"When was Velmora founded?", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.query+"/"+tt.title, func(t *testing.T) {
			qt := classifyQuery(tt.query)
			w := map[string]float64{} // equal weights
			for _, n := range qt.all {
				w[n] = 1
			}
			assert.InDelta(t, tt.want, titleMatch(qt, w, Terms(index.TitleText(tt.title))), 1e-9)
		})
	}
}

// rankDocs are entries where BM25 alone ranks wrongly: a passage repeating
// one word of the question over one holding all of them, and an entry on
// a name's prize over the entry titled by the name.
var rankDocs = []doc{
	{"/e/velmora.md", corpus.Markdown, "Velmora", []string{
		"Velmora is the capital and largest city of the Kingdom of Norvania. It lies on both banks of the river Askel, " +
			"about 160 kilometres upstream from the port of Quillhaven. Chronicles record that the town was founded in 1214 " +
			"by Duke Orvel the Elder, who built a timber fort on the island of Hesk in the middle of the river."}},
	{"/e/velmora-prize.md", corpus.Markdown, "Velmora Prize", []string{
		"The Velmora Prize, the Velmora award of Velmora, was established in 1902."}},
	{"/e/kettle.md", corpus.Markdown, "Kettles", []string{
		"Kettle water: kettle, water, kettle, water, kettle, water."}},
	{"/e/tea.md", corpus.Markdown, "Tea", []string{
		"Brewing tea: pour boiling water from the kettle over the leaves, wait three minutes, and the tea is ready " +
			"to drink with or without milk, as the household prefers on a cold winter morning."}},
}

func rankCorpus(t *testing.T) *index.Corpus {
	t.Helper()
	return corpusOf(t, rankDocs...)
}

func TestSearchRanking(t *testing.T) {
	r := New(rankCorpus(t), DefaultConfig())
	tests := []firstHit{
		{"When was Velmora founded?", "/e/velmora.md"},
		{"kettle water leaves", "/e/tea.md"},
	}
	assertFirsts(t, r, tests)
}

// A title adds the words its passages do not write, not a second count of
// those they do (see titleMatchQuery). Real entries of dict-gcide and
// dict-wn as bench/mkdataset.py files them, one headword a file titled by
// its name, and rows of miscfiles' tables, whose file name is the word
// the rows lack.
func TestTitleAddsWhatTheTextLacks(t *testing.T) {
	docs := []doc{
		doc{"/d/solenoid.txt", corpus.Text, "solenoid.txt", []string{`Solenoid \So"len*oid\, n.[Gr. ??? channel + -oid.] (Elec.)
   An electrodynamic spiral having the conjuctive wire turned
   back along its axis, so as to neutralize that component of
   the effect of the current which is due to the length of the
   spiral, and reduce the whole effect to that of a series of
   equal and parallel circular currents. When traversed by a
   current the solenoid exhibits polarity and attraction or
   repulsion, like a magnet.
   [1913 Webster]`}},
		doc{"/d/turn_back.txt", corpus.Text, "turn_back.txt", []string{`turn back
    v 1: retrace one's course; "The hikers got into a storm and had
         to turn back" [syn: {backtrack}, {turn back}, {double
         back}]
    2: go back to a previous state; "We reverted to the old rules"
       [syn: {revert}, {return}, {retrovert}, {regress}, {turn
       back}]`}},
		doc{"/d/double_back.txt", corpus.Text, "double_back.txt", []string{`double back
    v 1: retrace one's course; "The hikers got into a storm and had
         to turn back" [syn: {backtrack}, {turn back}, {double
         back}]`}},
		doc{"/d/wire_cloth.txt", corpus.Text, "wire_cloth.txt", []string{"wire cloth\n    n 1: fabric woven of metallic wire"}},
		doc{"/d/baling_wire.txt", corpus.Text, "baling_wire.txt", []string{"baling wire\n    n 1: wire used to make bales"}},
		doc{"/m/countries", corpus.Text, "countries", []string{"352:IS:ISL:Iceland:Reykjavik\n356:IN:IND:India:New Delhi"}},
		doc{"/m/inter.phone", corpus.Text, "inter.phone", []string{"354:Iceland\n91:India"}},
	}
	// The rest of a dictionary: in a folder of thousands of headwords a
	// title's word is rare among titles and weighs much.
	for i := range 400 {
		docs = append(docs, doc{fmt.Sprintf("/d/entry%d.txt", i), corpus.Text, fmt.Sprintf("entry%d.txt", i),
			[]string{fmt.Sprintf("entry%d\n    n 1: a headword of the folder", i)}})
	}
	c := corpusOf(t, docs...)
	r := New(c, DefaultConfig())
	tests := []firstHit{
		// the dictionary's question words title other entries, whose
		// texts hold them already
		{"wire turned back", "/d/solenoid.txt"},
		// the rows do not write "country": their file's name does
		{"What is Iceland's three-letter country code?", "/m/countries"},
	}
	assertFirsts(t, r, tests)
}

// A passage under a heading that writes the title's word keeps the
// title's count (see titleMatchQuery): the page titled "Install guide"
// answers how to install, though a troubleshooting page's text says
// "install" twice. (Pages of a product manual an outside review wrote.)
func TestTitleCountsUnderItsHeading(t *testing.T) {
	pages := []struct{ path, title, section, text string }{
		{"/ferry/install.md", "Install guide", "Install guide > Requirements", `# Install guide

Ferry runs on Linux, macOS and Windows. Download the archive for your platform
from the releases page and unpack it into a folder on your PATH.

## Requirements

You need 2 GB of memory and 500 MB of free disk. A C compiler is not required.`},
		{"/ferry/troubleshooting.md", "Troubleshooting", "Troubleshooting", `# Troubleshooting

**The service will not start.** Check that port 7400 is free and that the data
folder is writable by the ferry user.

**The web page is blank.** Clear the browser cache and reload.

**Install fails with "permission denied".** Run the installer from an
administrator shell, or install into your home folder.`},
		{"/ferry/release_notes.md", "Release notes", "Release notes > 3.1", `# Release notes

## 3.2
- SOCKS5 support for the proxy setting.

## 3.1
- PostgreSQL metadata backend.
- The installer no longer needs a C compiler.`},
		{"/ferry/uninstall.md", "Uninstall", "Uninstall", "# Uninstall\n\nStop the service, delete the `ferry` binary and remove `~/.config/ferry`."},
		{"/ferry/upgrade.md", "Upgrading", "Upgrading", "# Upgrading\n\nRead the release notes before moving between major versions. Stop the service,\nreplace the binary, then run `ferry migrate` once."},
	}
	var entries []corpus.Entry
	for _, p := range pages {
		e := doc{p.path, corpus.Markdown, p.title, []string{p.text}}.entry()
		e.Passages[0].Section = p.section
		entries = append(entries, e)
	}
	r := New(corpusOfEntries(t, entries...), DefaultConfig())
	assertFirst(t, r, Query{Text: "how do I install ferry"}, "/ferry/install.md")
}
