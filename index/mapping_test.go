package index

import (
	"context"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
)

func TestTitleText(t *testing.T) {
	for title, want := range map[string]string{
		"port-aubrin.txt":  "port aubrin",
		"dec.txt":          "dec",
		"iso_3166-1.json":  "iso 3166 1",
		"River Askel":      "River Askel",
		"Dr. Who":          "Dr. Who",
		" Blocks.txt ":     "Blocks",
		"Python 3.12":      "Python 3", // only a file name's title goes through TitleText (titleField)
		"Debian Reference": "Debian Reference",
	} {
		assert.Equal(t, want, TitleText(title), title)
	}
}

// TestTitleFieldIndexesFileNames: a glossary kept one entry a file, each
// titled by its file name: the title field finds "dec.txt" by the word
// "dec", as it finds "dec-wars.txt" ("." joins letters into one word in
// Unicode's segmentation, so the name as written was the term "dec.txt").
func TestTitleFieldIndexesFileNames(t *testing.T) {
	c := openTest(t, t.TempDir())
	defer c.Close()
	require.NoError(t, c.Put(context.Background(), []corpus.Entry{
		textEntry("/jargon/dec.txt", "DEC\n n.\n\n    Commonly used abbreviation for Digital Equipment Corporation."),
		textEntry("/jargon/dec-wars.txt", "DEC Wars\n n.\n\n    A 1983 Usenet posting spoofing the Star Wars movies."),
	}))
	q := bleve.NewTermQuery("dec")
	q.SetField(FieldTitle)
	res, err := c.Index().Search(bleve.NewSearchRequest(q))
	require.NoError(t, err)
	var ids []string
	for _, h := range res.Hits {
		ids = append(ids, h.ID[:len(h.ID)-2])
	}
	assert.ElementsMatch(t, []string{corpus.DocID("/jargon/dec.txt"), corpus.DocID("/jargon/dec-wars.txt")}, ids)
}

// TestMappingFields: the index holds the passage fields and bleve's _id,
// and neither a composite _all field nor the document's path (no query
// reads them).
func TestMappingFields(t *testing.T) {
	c := openTest(t, t.TempDir())
	defer c.Close()
	require.NoError(t, c.Put(context.Background(), []corpus.Entry{textEntry("/c/a.txt", "alpha beta", "gamma")}))
	fields, err := c.Index().Fields()
	require.NoError(t, err)
	assert.ElementsMatch(t, []string{"_id", FieldText, FieldTitle, FieldSection, FieldFormat, FieldDoc}, fields)
	assert.Equal(t, uint64(1), countWord(t, c, "gamma"))
}

func TestTitleField(t *testing.T) {
	for _, tt := range []struct{ title, path, want string }{
		{"dec.txt", "/jargon/dec.txt", "dec"},
		{"/jargon/dec.txt", "/jargon/dec.txt", "/jargon/dec"},
		{"Python 3.12", "/docs/whatsnew.html", "Python 3.12"}, // a page's own title keeps its version
		{"iso_3166-1.json", "/iso/iso_3166-1.json", "iso 3166 1"},
		// A file name in camel case, as written and as its words: "the
		// Unicode names list" finds NamesList.txt; a page's own title is
		// kept as written ("JavaScript" stays one word).
		{"NamesList.txt", "/unicode/NamesList.txt", "NamesList Names List"},
		{"PropertyValueAliases.txt", "/unicode/PropertyValueAliases.txt", "PropertyValueAliases Property Value Aliases"},
		{"UCD.txt", "/unicode/UCD.txt", "UCD"},
		{"zone1970.tab", "/tz/zone1970.tab", "zone1970"},
		{"JavaScript", "/docs/js.html", "JavaScript"},
	} {
		assert.Equal(t, tt.want, titleField(corpus.Passage{Title: tt.title, Path: tt.path}), tt.title)
	}
}
