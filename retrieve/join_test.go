package retrieve

import (
	"context"
	"os"
	"path/filepath"
	"slices"
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

// TestJoinedTables: a question names a country; the country table's row
// gives its code, and the zone tables' rows keyed by it, which hold no
// word of the question, are among the hits. (A question that gives the
// code finds them by it here; TestKeyRows reads its key row.)
func TestJoinedTables(t *testing.T) {
	r := New(tzdataCorpus(t), DefaultConfig())
	for _, tc := range []struct {
		question string
		row      string
	}{
		{"What time zone name should I set for a computer in Malawi?", "MW\t-1547+03500\tAfrica/Blantyre"},
		{"Which tz time zone is used for Niger?", "NE\t+1331+00207\tAfrica/Niamey"},
	} {
		t.Run(tc.question, func(t *testing.T) {
			hits, err := r.Search(context.Background(), Query{Text: tc.question, K: 4})
			require.NoError(t, err)
			assert.True(t, slices.ContainsFunc(hits, func(h Hit) bool { return strings.Contains(h.Passage.Text, tc.row) }),
				"the row keyed by the code is among the hits")
		})
	}
}

func TestKeyRows(t *testing.T) {
	qt := classifyQuery("Which time zone is used for Niger?")
	hit := func(text string) Hit {
		return Hit{Passage: corpus.Passage{DocID: "d", Path: "/tz/iso3166.tab", Text: text}, NameCoverage: 1}
	}
	codes := func(keys []keyRow) []string {
		var out []string
		for _, k := range keys {
			out = append(out, k.code)
		}
		return out
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
		{"an empty first cell", "\tNiger\n", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, codes(keyRows(qt, []Hit{hit(tc.text)})))
		})
	}
	given := classifyQuery("What is the tz zone for country code BO?")
	keys := keyRows(given, []Hit{hit("BN\tBrunei\nBO\tBolivia\n")})
	assert.Equal(t, []keyRow{{code: "BO", doc: "d", dir: "/tz"}}, keys, "a row keyed by the code the question gives, with its table's document and folder")
	assert.Empty(t, keyRows(qt, []Hit{{Passage: corpus.Passage{Text: "NE\tNiger\n"}, NameCoverage: 0.5}}), "only a hit that holds every name")
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

// TestHexGroupsJoined: a hardware address the question writes in groups
// finds the registry's row that keys it as one run of digits (the IEEE's
// oui.csv), and still finds a text that writes the groups (oui.txt).
func TestHexGroupsJoined(t *testing.T) {
	c, err := index.Open(t.TempDir(), index.Options{NoSync: true})
	require.NoError(t, err)
	t.Cleanup(func() { _ = c.Close() })
	require.NoError(t, c.Put(context.Background(), []corpus.Entry{
		doc{"/ieee/oui.csv", corpus.Text, "oui.csv", []string{"Registry,Assignment,Organization Name,Organization Address\nMA-L,F02765,\"Murata Manufacturing Co., Ltd.\",1-10-1 Higashikotari Nagaokakyo-shi Kyoto JP 617-8555"}}.entry(),
		doc{"/ieee/iab.csv", corpus.Text, "iab.csv", []string{"Registry,Assignment,Organization Name,Organization Address\nIAB,0050C21F1,\"SKY Computers, Inc.\",27 Industrial Ave Chelmsford Mass US 01824 network devices 65"}}.entry(),
		doc{"/ieee/oui.txt", corpus.Text, "oui.txt", []string{"00-1A-2B   (hex)\t\tAyecom Technology Co., Ltd.\n001A2C     (base 16)\t\tCisco Systems, Inc"}}.entry(),
	}))
	r := New(c, DefaultConfig())
	for q, want := range map[string]string{
		"Who makes network devices with MAC prefix F0-27-65?": "F02765",
		"Which company owns the MAC prefix 00-1A-2B?":         "00-1A-2B",
	} {
		hits, err := r.Search(context.Background(), Query{Text: q, K: 1})
		require.NoError(t, err)
		require.Len(t, hits, 1, q)
		assert.Contains(t, hits[0].Passage.Text, want, q)
	}
}
