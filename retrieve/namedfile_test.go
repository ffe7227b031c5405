package retrieve

import (
	"context"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
)

func TestFileNames(t *testing.T) {
	for _, tc := range []struct {
		question  string
		names     []string
		qualified []string
	}{
		{"In the Unicode Blocks file, what range does the Old North Arabian block occupy?", []string{"Blocks"}, []string{"file", "Blocks", "Unicode"}},
		{"In the Unicode Blocks File, what range does it occupy?", []string{"Blocks"}, []string{"File", "Blocks", "Unicode"}},
		{"In the tz database's zone.tab, what coordinates are given for Pacific/Kosrae?", []string{"zone.tab"}, []string{"zone.tab", "database", "tz"}},
		{"What do zone.tab's rows give?", []string{"zone.tab"}, []string{"zone.tab"}},
		{"What range does the Sinhala block cover in “Blocks.txt”?", []string{"Blocks.txt"}, []string{"Blocks.txt"}},
		{"In the miscfiles languages list, which language has the code nn?", []string{"languages"}, []string{"list", "languages", "miscfiles"}},
		{"zone.tab zone.tab zone.tab file", []string{"zone.tab"}, []string{"zone.tab"}},
		{"Which file holds the host name?", nil, nil}, // a file noun after a question word names no file
		{"What is in the 's file?", nil, nil},                                       // no one-letter name
		{"Does the 3.5mm jack of version 2.6.32 work, e.g. in the U.S.?", nil, nil}, // numbers and abbreviations are no file names
		{"", nil, nil},
	} {
		t.Run(tc.question, func(t *testing.T) {
			names, qualified := fileNames(tc.question)
			var words []string
			for _, n := range names {
				words = append(words, n.word)
			}
			assert.Equal(t, tc.names, words)
			assert.Equal(t, tc.qualified, qualified)
		})
	}
}

// FuzzFileNames: each name is a non-empty word of the question among
// the qualified words, at most maxFileNames of them, and each name's
// qualifiers are at most the name, two words before it and a noun.
func FuzzFileNames(f *testing.F) {
	for _, s := range []string{"In the Unicode Blocks file, what range?", "In the tz database’s zone.tab, what?", "", "'s file", "a.b.c.txt list", "…file", "zone.tab's rows"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		names, qualified := fileNames(s)
		require.LessOrEqual(t, len(names), maxFileNames)
		require.LessOrEqual(t, len(qualified), 4*len(names))
		for _, n := range names {
			require.NotEmpty(t, n.word)
			require.Contains(t, s, n.word)
			require.Contains(t, qualified, n.word)
		}
	})
}

// TestNamedFile: a question that names a file reads that file's passages
// first, when they hold the question's other names: zone.tab and
// zone1970.tab both hold Pacific/Kosrae's row; the question asks
// zone.tab. A question naming zone.tab for a country its rows write only
// by code ("PK") keeps the hits that name the country.
func TestNamedFile(t *testing.T) {
	r := New(tzdataCorpus(t), DefaultConfig())
	hits, err := r.Search(context.Background(), Query{Text: "In the tz database's zone.tab, what coordinates are given for Pacific/Kosrae?"})
	require.NoError(t, err)
	require.NotEmpty(t, hits)
	assert.Equal(t, "/tzdata/zone.tab", hits[0].Passage.Path)
	assert.Contains(t, hits[0].Passage.Text, "FM\t+0519+16259\tPacific/Kosrae")

	hits, err = r.Search(context.Background(), Query{Text: "Which tz identifier does zone.tab list for Pakistan?"})
	require.NoError(t, err)
	require.NotEmpty(t, hits)
	assert.Contains(t, hits[0].Passage.Text, "Pakistan")
}

// TestNamedFileUnicode: the block's one line in Blocks.txt (Unicode
// 15.0.0) is outscored by the names list's many lines of the block's
// letters; the question names the Blocks file.
func TestNamedFileUnicode(t *testing.T) {
	letters := ""
	for _, l := range []string{"ALEF", "BETH", "GIMEL", "DALETH", "HE", "WAW", "ZAYIN", "HETH"} {
		letters += "10A80\tOLD NORTH ARABIAN LETTER " + l + "\n"
	}
	r := New(corpusOf(t, blocksDoc("/ucd"), doc{"/ucd/NamesList.txt", corpus.Text, "NamesList.txt", []string{
		"@@\t10A80\tOld North Arabian\t10A9F\n@\t\tLetters\n" + letters,
	}}), DefaultConfig())
	hits, err := r.Search(context.Background(), Query{Text: "In the Unicode Blocks file, what code point range does the Old North Arabian block occupy?"})
	require.NoError(t, err)
	require.NotEmpty(t, hits)
	assert.Contains(t, hits[0].Passage.Text, "10A80..10A9F; Old North Arabian")
}

// blocksDoc is Unicode's Blocks.txt (15.0.0) under dir: its header and
// the lines of the Arabian blocks.
func blocksDoc(dir string) doc {
	return doc{dir + "/Blocks.txt", corpus.Text, "Blocks.txt", []string{
		"# Blocks-15.0.0.txt\n# Property:\tBlock\n#  All block ranges start with a value where (cp MOD 16) = 0",
		"10A60..10A7F; Old South Arabian\n10A80..10A9F; Old North Arabian\n10AC0..10AFF; Manichaean",
	}}
}

// TestNamedFileKeepsOrder: the named file's passages never come before
// a relevant hit when they are not relevant themselves (the answer
// pipeline declines a question whose first hit is not); a question
// whose every name names the file moves nothing; k of 1 moves nothing.
func TestNamedFileKeepsOrder(t *testing.T) {
	notes := doc{"/notes/scripts.txt", corpus.Text, "scripts.txt", []string{
		"In Unicode the Old North Arabian block occupies the range 10A80 to 10A9F.",
	}}
	r := New(corpusOf(t, blocksDoc("/ucd"), notes), DefaultConfig())
	ctx := context.Background()
	hits, err := r.Search(ctx, Query{Text: "In the Unicode Blocks file, what range does the Old North Arabian block occupy?"})
	require.NoError(t, err)
	require.NotEmpty(t, hits)
	assert.True(t, r.Relevant(hits[0]), "a relevant hit stays first")
	assert.Equal(t, "/notes/scripts.txt", hits[0].Passage.Path)

	hits, err = r.Search(ctx, Query{Text: "In the Unicode Blocks file, what range does the Old North Arabian block occupy?", K: 1})
	require.NoError(t, err)
	require.Len(t, hits, 1)
	assert.Equal(t, "/notes/scripts.txt", hits[0].Passage.Path, "k of 1 has no half to give")

	r = New(tzdataCorpus(t), DefaultConfig())
	hits, err = r.Search(ctx, Query{Text: "Which tz identifier does the Pakistan zone.tab row give?"})
	require.NoError(t, err)
	require.NotEmpty(t, hits)
	assert.Contains(t, hits[0].Passage.Text, "Pakistan", "Pakistan before zone.tab is no word of the file's name")
}

// TestNamedDocs: a name many documents answer to names none, however
// many passages one of them has; a path filter counts only the
// documents it allows; a name written with its extension names the file
// so named only.
func TestNamedDocs(t *testing.T) {
	ctx := context.Background()
	var docs []doc
	for i := range 5 {
		d := blocksDoc(fmt.Sprintf("/v%d", i))
		if i == 0 {
			for j := range 70 {
				d.paras = append(d.paras, fmt.Sprintf("%04X..%04X; Block %d", j*16, j*16+15, j))
			}
		}
		docs = append(docs, d)
	}
	docs = append(docs, doc{"/v0/Blocking.md", corpus.Markdown, "Blocking.md", []string{"Blocking calls wait."}})
	r := New(corpusOf(t, docs...), DefaultConfig())

	got, err := r.namedDocs(ctx, []fileName{{word: "Blocks"}}, nil)
	require.NoError(t, err)
	assert.Empty(t, got, "five documents are titled Blocks")

	allowed, err := r.allowedDocs(Query{PathPrefixes: []string{"/v3"}})
	require.NoError(t, err)
	got, err = r.namedDocs(ctx, []fileName{{word: "Blocks"}}, allowed)
	require.NoError(t, err)
	assert.Equal(t, docSet{corpus.DocID("/v3/Blocks.txt"): true}, got)

	allowed, err = r.allowedDocs(Query{PathPrefixes: []string{"/v0"}})
	require.NoError(t, err)
	got, err = r.namedDocs(ctx, []fileName{{word: "Blocks.txt", ext: true}}, allowed)
	require.NoError(t, err)
	assert.Equal(t, docSet{corpus.DocID("/v0/Blocks.txt"): true}, got, "Blocks.txt is not Blocking.md, whose title stems alike")
}
