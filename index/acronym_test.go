package index

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
)

// token is an analysed token as the tests compare it.
type token struct {
	Term     string
	Position int
}

var analyzeTests = []struct {
	text string
	want []token
}{
	{"TPS", []token{{"tps", 1}, {"tp", 1}}},                                         // an acronym: whole and stemmed
	{"tps", []token{{"tp", 1}}},                                                     // the lower-case word: stemmed only
	{"Tps", []token{{"tp", 1}}},                                                     // capitalised, not an acronym
	{"TP", []token{{"tp", 1}}},                                                      // stem and word agree: one token
	{"DEC NASA", []token{{"dec", 1}, {"nasa", 2}}},                                  // ditto
	{"EMACS and BIOS", []token{{"emacs", 1}, {"emac", 1}, {"bios", 3}, {"bio", 3}}}, // "and" is a stop word
	{"IT", []token{{"_it", 1}}},                                                     // a capitalised stop word: as before
	{"SWAPPING", []token{{"swap", 1}}},                                              // 8 capitals: a shouted word, stemmed
	{"X", []token{{"x", 1}}},                                                        // one letter
	{"ÉTATS", []token{{"états", 1}, {"état", 1}}},                                   // capitals beyond ASCII
	{"TPS's", []token{{"tps", 1}, {"tp", 1}}},                                       // the possessive goes first
	// GNU miscfiles' countries row: the fields joined by colons are words of their own
	{"417:KG:KGZ:Kyrgyzstan:Bishkek", []token{{"417", 1}, {"kg", 2}, {"kgz", 3}, {"kyrgyzstan", 4}, {"bishkek", 5}}},
	{"MU:country-code:Mauritius next", []token{{"mu", 1}, {"countri", 2}, {"code", 3}, {"mauritiu", 4}, {"next", 5}}},
	{"IN:IT TPS", []token{{"_in", 1}, {"_it", 2}, {"tps", 3}, {"tp", 3}}}, // parts are words as any other
	{"std::vector x:", []token{{"std", 1}, {"vector", 2}, {"x", 3}}},      // no word joined: unchanged
}

func TestAnalyzerKeepsAcronymsWhole(t *testing.T) {
	a := bleve.NewIndexMapping().AnalyzerNamed(Analyzer)
	require.NotNil(t, a)
	for _, tt := range analyzeTests {
		t.Run(tt.text, func(t *testing.T) {
			var got []token
			for _, tok := range a.Analyze([]byte(tt.text)) {
				got = append(got, token{string(tok.Term), tok.Position})
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestAcronymTerm(t *testing.T) {
	for w, want := range map[string]bool{
		"TPS": true, "EMACS": true, "AB": true, "ABCDEF": true, "ÉTATS": true,
		"A": false, "ABCDEFG": false, "Tps": false, "tps": false, "X11": false, "TCP/IP": false, "": false,
	} {
		assert.Equal(t, want, AcronymTerm(w), w)
	}
}

// acronymEntries are three glossary entries: the one about TPS is the
// longest, so that a search that stems "TPS" to "tp" ranks the two others
// (one "tp" each, in shorter texts) above it.
func acronymEntries() []corpus.Entry {
	return []corpus.Entry{
		textEntry("/g/tps.txt", "TPS means transactions per second, the throughput figure of a database benchmark run"),
		textEntry("/g/tp.txt", "TP: twisted pair"),
		textEntry("/g/toilet.txt", "Bring the tp"),
	}
}

// searchIDs runs a match query through the index's analyzer and returns
// the document ids of the hits, best first.
func searchIDs(t *testing.T, c *Corpus, text string) []string {
	t.Helper()
	q := bleve.NewMatchQuery(text)
	q.SetField(FieldText)
	q.Analyzer = Analyzer
	res, err := c.Index().Search(bleve.NewSearchRequest(q))
	require.NoError(t, err)
	var ids []string
	for _, h := range res.Hits {
		ids = append(ids, h.ID[:len(h.ID)-2]) // "<doc>-0"
	}
	return ids
}

func TestSearchRanksAcronymFirst(t *testing.T) {
	c := openTest(t, t.TempDir())
	defer c.Close()
	require.NoError(t, c.Put(context.Background(), acronymEntries()))
	tps, tp, toilet := corpus.DocID("/g/tps.txt"), corpus.DocID("/g/tp.txt"), corpus.DocID("/g/toilet.txt")

	got := searchIDs(t, c, "TPS")
	require.Len(t, got, 3)
	assert.Equal(t, tps, got[0], "the entry that writes TPS comes first")
	assert.ElementsMatch(t, []string{tps, tp, toilet}, searchIDs(t, c, "tps"), "a lower-case tps still finds them all")
	assert.Equal(t, []string{tps}, searchIDs(t, c, `"TPS means"`)[:1], "a phrase with the acronym")
}

// TestOutdatedAnalyzerIndex: a passage index built before the analyzer
// kept acronyms (no version key) is refused by a read-only Open with a
// message naming the commands that rebuild it, and rebuilt from the store
// by a writable one.
func TestOutdatedAnalyzerIndex(t *testing.T) {
	tests := []struct {
		name    string
		version []byte // nil: no key, as an index of version 1
	}{
		{"version 1 (no key)", nil},
		{"unknown version", []byte("0")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			c := openTest(t, dir)
			require.NoError(t, c.Put(context.Background(), acronymEntries()))
			require.NoError(t, c.Close())
			path := filepath.Join(dir, BleveDir)
			idx, err := bleve.Open(path)
			require.NoError(t, err)
			if tt.version == nil {
				require.NoError(t, idx.DeleteInternal(analyzerKey))
			} else {
				require.NoError(t, idx.SetInternal(analyzerKey, tt.version))
			}
			require.NoError(t, idx.Close())

			_, err = Open(dir, Options{ReadOnly: true, LockTimeout: 200e6})
			require.ErrorIs(t, err, ErrOutdatedIndex)
			assert.Contains(t, err.Error(), "verbatim check --repair")
			assert.Contains(t, err.Error(), path)

			c = openTest(t, dir)
			st, err := c.Stats()
			require.NoError(t, err)
			assert.NotEmpty(t, st.ReindexedFrom)
			segments, err := c.Segments()
			require.NoError(t, err)
			assert.Equal(t, 1, segments, "merged as a bulk load's index is")
			assert.Equal(t, corpus.DocID("/g/tps.txt"), searchIDs(t, c, "TPS")[0], "rebuilt with this analyzer")
			requireCheckClean(t, c)
			requireConsistent(t, c)
			require.NoError(t, c.Close())
			assert.NoDirExists(t, path+outdatedSuffix)

			c, err = Open(dir, Options{ReadOnly: true, LockTimeout: 200e6})
			require.NoError(t, err, "the rebuilt index opens read-only")
			st, err = c.Stats()
			require.NoError(t, err)
			assert.Empty(t, st.ReindexedFrom)
			require.NoError(t, c.Close())
		})
	}
}

func TestNewIndexRecordsAnalyzerVersion(t *testing.T) {
	dir := t.TempDir()
	c := openTest(t, dir)
	v, err := indexAnalyzerVersion(c.Index())
	require.NoError(t, err)
	assert.Equal(t, analyzerVersion, v)
	require.NoError(t, c.Close())
	require.NoError(t, os.MkdirAll(filepath.Join(dir, BleveDir+outdatedSuffix, "x"), 0o755)) // left by a crash
	c = openTest(t, dir)
	defer c.Close()
	assert.NoDirExists(t, filepath.Join(dir, BleveDir+outdatedSuffix))
}

// TestColonPartsKeepOffsets: the parts of a word joined by colons keep
// the byte offsets of their part, which highlights and matches use.
func TestColonPartsKeepOffsets(t *testing.T) {
	a := bleve.NewIndexMapping().AnalyzerNamed(Analyzer)
	const src = "417:KG:KGZ:Kyrgyzstan:Bishkek next"
	var got []string
	for _, tok := range a.Analyze([]byte(src)) {
		got = append(got, src[tok.Start:tok.End])
	}
	assert.Equal(t, []string{"417", "KG", "KGZ", "Kyrgyzstan", "Bishkek", "next"}, got)
}
