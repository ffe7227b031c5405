package retrieve

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/index"
)

// tzdataCorpus indexes tzdata's three tables (retrieve/testdata, public
// domain) ten lines to a passage, as the text extractor cuts them.
func tzdataCorpus(t *testing.T) *index.Corpus {
	t.Helper()
	c, err := index.Open(t.TempDir(), index.Options{NoSync: true})
	require.NoError(t, err)
	t.Cleanup(func() { _ = c.Close() })
	var entries []corpus.Entry
	for _, name := range []string{"zone1970.tab", "zone.tab", "iso3166.tab"} {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		require.NoError(t, err)
		lines := strings.SplitAfter(strings.TrimSuffix(string(b), "\n"), "\n")
		var chunks []string
		for i := 0; i < len(lines); i += 10 {
			chunks = append(chunks, strings.Join(lines[i:min(i+10, len(lines))], ""))
		}
		entries = append(entries, doc{"/tzdata/" + name, corpus.Text, name, chunks}.entry())
	}
	require.NoError(t, c.Put(context.Background(), entries))
	return c
}

// TestJoinedTables: a question names a country (or gives its code); the
// country table's row gives the code, and the zone tables' rows keyed by
// it, which hold no word of the question, are among the hits.
func TestJoinedTables(t *testing.T) {
	r := New(tzdataCorpus(t), DefaultConfig())
	for _, tc := range []struct {
		question string
		row      string
	}{
		{"What time zone name should I set for a computer in Malawi?", "MW\t-1547+03500\tAfrica/Blantyre"},
		{"Which tz time zone is used for Niger?", "NE\t+1331+00207\tAfrica/Niamey"},
		{"What is the tz zone for country code BO?", "BO\t-1630-06809\tAmerica/La_Paz"},
	} {
		t.Run(tc.question, func(t *testing.T) {
			hits, err := r.Search(context.Background(), Query{Text: tc.question, K: 8})
			require.NoError(t, err)
			require.NotEmpty(t, hits)
			assert.True(t, strings.Contains(hits[0].Passage.Text, tc.row) || strings.Contains(hits[1].Passage.Text, tc.row),
				"the row keyed by the code follows the row that names it")
		})
	}
}

func TestKeyRows(t *testing.T) {
	qt := classifyQuery("Which time zone is used for Niger?")
	hit := func(text string) Hit {
		return Hit{Passage: corpus.Passage{DocID: "d", Text: text}, NameCoverage: 1}
	}
	for _, tc := range []struct {
		name string
		text string
		want []string
	}{
		{"the row names the country", "NC\tNew Caledonia\nNE\tNiger\nNF\tNorfolk Island\n", []string{"NE"}},
		{"other words beside the name", "NE\tNiger Delta region\n", nil},
		{"no tab: prose", "NE Niger\n", nil},
		{"no code in the first cell", "ne\tNiger\n", nil},
		{"a zone row keyed by codes", "NG,AO,BJ,NE\t+0627+00324\tAfrica/Lagos\tNiger\n", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			codes, _ := keyRows(qt, []Hit{hit(tc.text)})
			assert.Equal(t, tc.want, codes)
		})
	}
	given := classifyQuery("What is the tz zone for country code BO?")
	codes, from := keyRows(given, []Hit{hit("BN\tBrunei\nBO\tBolivia\n")})
	assert.Equal(t, []string{"BO"}, codes, "a row keyed by the code the question gives")
	assert.True(t, from["d"])
	codes, _ = keyRows(qt, []Hit{{Passage: corpus.Passage{Text: "NE\tNiger\n"}, NameCoverage: 0.5}})
	assert.Empty(t, codes, "only a hit that holds every name")
}

func TestKeyedBy(t *testing.T) {
	for _, tc := range []struct {
		text, code string
		want       bool
	}{
		{"MW\t-1547+03500\tAfrica/Blantyre\n", "MW", true},
		{"MZ,BI,BW,CD,MW,RW\t-2558+03235\tAfrica/Maputo\n", "MW", true},
		{"MWI\tsomething\n", "MW", false},
		{"# MW is Malawi\n", "MW", false},
		{"Africa\tMW\n", "MW", false},
	} {
		assert.Equal(t, tc.want, keyedBy(tc.text, tc.code), tc.text)
	}
}
