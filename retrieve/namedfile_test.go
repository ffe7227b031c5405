package retrieve

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/index"
)

func TestFileNames(t *testing.T) {
	for _, tc := range []struct {
		question         string
		names, qualified []string
	}{
		{"In the Unicode Blocks file, what range does the Old North Arabian block occupy?", []string{"Blocks"}, []string{"Blocks", "Unicode"}},
		{"In the tz database's zone.tab, what coordinates are given for Pacific/Kosrae?", []string{"zone.tab"}, []string{"zone.tab", "database's", "tz"}},
		{"What code point range does the Sinhala Archaic Numbers block cover in Blocks.txt?", []string{"Blocks.txt"}, []string{"Blocks.txt"}},
		{"In the miscfiles languages list, which language has the code nn?", []string{"languages"}, []string{"languages", "miscfiles"}},
		{"Which file holds the host name?", nil, nil},             // a file noun after a question word names no file
		{"What does version 2.6 of the kernel add?", nil, nil},    // a version is no file name
		{"What is the capital of France? It is Paris.", nil, nil}, // a sentence's full stop is no extension
	} {
		t.Run(tc.question, func(t *testing.T) {
			names, qualified := fileNames(tc.question)
			assert.Equal(t, tc.names, names)
			assert.Equal(t, tc.qualified, qualified)
		})
	}
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
	c, err := index.Open(t.TempDir(), index.Options{NoSync: true})
	require.NoError(t, err)
	t.Cleanup(func() { _ = c.Close() })
	letters := ""
	for _, l := range []string{"ALEF", "BETH", "GIMEL", "DALETH", "HE", "WAW", "ZAYIN", "HETH"} {
		letters += "10A80\tOLD NORTH ARABIAN LETTER " + l + "\n"
	}
	require.NoError(t, c.Put(context.Background(), []corpus.Entry{
		doc{"/ucd/Blocks.txt", corpus.Text, "Blocks.txt", []string{
			"# Blocks-15.0.0.txt\n# Property:\tBlock\n#  All block ranges start with a value where (cp MOD 16) = 0",
			"10A60..10A7F; Old South Arabian\n10A80..10A9F; Old North Arabian\n10AC0..10AFF; Manichaean",
		}}.entry(),
		doc{"/ucd/NamesList.txt", corpus.Text, "NamesList.txt", []string{
			"@@\t10A80\tOld North Arabian\t10A9F\n@\t\tLetters\n" + letters,
		}}.entry(),
	}))
	r := New(c, DefaultConfig())
	hits, err := r.Search(context.Background(), Query{Text: "In the Unicode Blocks file, what code point range does the Old North Arabian block occupy?"})
	require.NoError(t, err)
	require.NotEmpty(t, hits)
	assert.Contains(t, hits[0].Passage.Text, "10A80..10A9F; Old North Arabian")
}
