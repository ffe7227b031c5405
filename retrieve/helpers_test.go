package retrieve

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/index"
)

// doc is a test document: paragraphs become passages.
type doc struct {
	path   string
	format corpus.Format
	title  string
	paras  []string
}

var longPara = "Field notes, morning walk. " + strings.Repeat("Nothing much happened along the river today. ", 6) +
	"Then a kingfisher dived twice near the old mill and caught a small fish. " +
	strings.Repeat("Clouds gathered and the walk went on quietly. ", 6)

var testDocs = []doc{
	{"/docs/guide/install.md", corpus.Markdown, "Install guide", []string{
		"To install Verbatim on Linux, download the release archive and unpack it into your path. The binary needs no runtime.",
		"Configuration lives in verbatim.yaml; environment variables override the file.",
	}},
	{"/docs/guide/usage.txt", corpus.Text, "usage", []string{
		"Run verbatim ingest on a folder, then ask questions with verbatim ask. Every answer cites exact lines.",
	}},
	{"/docs/guidebook/garden.txt", corpus.Text, "garden", []string{
		"The guidebook covers installation of plants in the garden and how to install a fence.",
	}},
	{"/notes/birds.txt", corpus.Text, "birds", []string{
		"The peregrine falcon is the fastest bird. Falcons hunt pigeons over cities.",
		"The barn owl hunts at night. Owls have silent flight feathers.",
		longPara,
	}},
	{"/notes/README.md", corpus.Markdown, "Notes", []string{"Notes about birds and software."}},
	{"/papers/quantum.pdf", corpus.PDF, "Quantum notes", []string{
		"Quantum entanglement links two particles across any distance.",
	}},
}

func (d doc) entry() corpus.Entry {
	text := strings.Join(d.paras, "\n\n")
	e := corpus.Entry{
		Doc:        corpus.Document{Path: d.path, Format: d.format, Title: d.title},
		Original:   []byte(text),
		Extraction: corpus.Extraction{Text: text, Map: corpus.IdentityMap(len(text))},
	}
	off := 0
	for _, p := range d.paras {
		e.Passages = append(e.Passages, corpus.Passage{Start: off, End: off + len(p), Section: d.title})
		off += len(p) + 2
	}
	return e
}

// testCorpus opens a corpus holding testDocs.
func testCorpus(t testing.TB) *index.Corpus {
	t.Helper()
	return corpusOf(t, testDocs...)
}

// corpusOf opens a corpus holding docs, put in one batch, closed when
// the test ends.
func corpusOf(t testing.TB, docs ...doc) *index.Corpus {
	t.Helper()
	var entries []corpus.Entry
	for _, d := range docs {
		entries = append(entries, d.entry())
	}
	return corpusOfEntries(t, entries...)
}

// corpusOfEntries opens a corpus holding entries, put in one batch,
// closed when the test ends.
func corpusOfEntries(t testing.TB, entries ...corpus.Entry) *index.Corpus {
	t.Helper()
	c, err := index.Open(t.TempDir(), index.Options{NoSync: true})
	require.NoError(t, err)
	t.Cleanup(func() { _ = c.Close() })
	require.NoError(t, c.Put(context.Background(), entries))
	return c
}

// assertFirst asserts that r's first hit for q is the first passage of
// the document at path (the hits' IDs in the message).
func assertFirst(t *testing.T, r *Retriever, q Query, path string) {
	t.Helper()
	hits, err := r.Search(context.Background(), q)
	require.NoError(t, err)
	require.NotEmpty(t, hits)
	var got []string
	for _, h := range hits {
		got = append(got, h.Passage.ID)
	}
	assert.Equal(t, pid(path, 0), hits[0].Passage.ID, "%v", got)
}

// firstHit is a query and the path of the document whose first passage
// it ranks first.
type firstHit struct{ q, first string }

// assertFirsts runs assertFirst for each case, a subtest each.
func assertFirsts(t *testing.T, r *Retriever, cases []firstHit) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.q, func(t *testing.T) { assertFirst(t, r, Query{Text: c.q}, c.first) })
	}
}

func pid(path string, ord int) string { return corpus.PassageID(corpus.DocID(path), ord) }

// passageTerms is the set of analysed terms of a passage's text, title
// and section.
func passageTerms(texts ...string) map[string]bool {
	m := map[string]bool{}
	for _, s := range texts {
		for _, t := range Terms(s) {
			m[t] = true
		}
	}
	return m
}
