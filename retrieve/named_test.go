package retrieve

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/index"
)

// TestNamesSearchedWhenMissing: a folder of code tables whose schemas
// repeat the question's common words ("two letter code") outrank, on
// words alone, the one record that names the country asked about; the
// search finds that record all the same.
func TestNamesSearchedWhenMissing(t *testing.T) {
	r := codeTables(t, 6, `"alpha_2": {"description": "Two letter alphabetic code of the item"}, "alpha_3": {"description": "Three letter alphabetic code of the item"}, "code": "two letter code"`,
		`{"alpha_2": "IS", "name": "Iceland"}, {"alpha_2": "IT", "name": "Italy", "numeric": "380"}`)
	hits, err := r.Search(context.Background(), Query{Text: "What's the two-letter code for Italy?", K: 3})
	require.NoError(t, err)
	require.NotEmpty(t, hits)
	assert.Equal(t, pid("/iso/iso_3166-1.json", 0), hits[0].Passage.ID)
	assert.Len(t, hits, 3, "the passages found by words fill the rest")

	hits, err = r.Search(context.Background(), Query{Text: "What's the two-letter code for Atlantis?", K: 3})
	require.NoError(t, err)
	assert.Len(t, hits, 3, "a name found nowhere leaves the word hits as they were")
}

// codeTables indexes a folder of code tables: n schema files that repeat
// a question's common words (schema), 60 files of other records, and the
// table that holds the record asked about (records).
func codeTables(t *testing.T, n int, schema, records string) *Retriever {
	t.Helper()
	c, err := index.Open(t.TempDir(), index.Options{NoSync: true})
	require.NoError(t, err)
	t.Cleanup(func() { _ = c.Close() })
	var docs []doc
	for i := range n {
		docs = append(docs, doc{fmt.Sprintf("/iso/schema-%d.json", i), corpus.Text, "schema", []string{schema}})
	}
	for i := range 60 {
		docs = append(docs, doc{fmt.Sprintf("/iso/other-%d.json", i), corpus.Text, "other", []string{
			fmt.Sprintf(`{"name": "Region %d", "numeric": "%d"}`, i, i),
		}})
	}
	docs = append(docs, doc{"/iso/iso_3166-1.json", corpus.Text, "iso_3166-1", []string{records}})
	var entries []corpus.Entry
	for _, d := range docs {
		entries = append(entries, d.entry())
	}
	require.NoError(t, c.Put(context.Background(), entries))
	return New(c, DefaultConfig())
}

// TestGivenCodeSearched: a question that names its table ("ISO 639-2")
// and gives a lower-case code ("sah") finds the record holding the code,
// although no passage holds the table's name and the code together and
// the schemas repeat the table's name and "code" many times.
func TestGivenCodeSearched(t *testing.T) {
	r := codeTables(t, 6, `"title": "ISO 639-2", "description": "ISO 639-2 language codes", "alpha_3": {"description": "Three letter code of the language"}`,
		`{"alpha_3": "sag", "name": "Sango"}, {"alpha_3": "sah", "name": "Yakut"}, {"alpha_3": "sai", "name": "South American Indian"}`)
	for _, q := range []string{"Which language has the ISO 639-2 code sah?", "What does the code sah stand for?"} {
		hits, err := r.Search(context.Background(), Query{Text: q, K: 3})
		require.NoError(t, err)
		require.NotEmpty(t, hits)
		assert.Equal(t, pid("/iso/iso_3166-1.json", 0), hits[0].Passage.ID, q)
	}
}

// TestStandardNameLeftOut: a question that names its table by an acronym
// and a number ("ISO 639-3") and asks for the code of a named record
// finds that record, which holds the record's name but not the table's;
// the schemas repeat the table's name and "code". A code joined by a
// hyphen ("PL-20") is no table name: it still must be held.
func TestStandardNameLeftOut(t *testing.T) {
	r := codeTables(t, 6, `"title": "ISO 639-3", "description": "ISO 639-3 language codes", "alpha_3": {"description": "Three letter code of the language"}`,
		`{"alpha_3": "byp", "name": "Bumaji"}, {"alpha_3": "byt", "name": "Berti"}, {"alpha_3": "byv", "name": "Medumba"}`)
	for _, q := range []string{"What is the ISO 639-3 code of Berti?", "What's the ISO 639-3 code for Berti?", "Which RFC 822 code has Berti?"} {
		hits, err := r.Search(context.Background(), Query{Text: q, K: 3})
		require.NoError(t, err)
		require.NotEmpty(t, hits)
		assert.Equal(t, pid("/iso/iso_3166-1.json", 0), hits[0].Passage.ID, q)
	}
}

func TestIsLabel(t *testing.T) {
	tests := []struct {
		text   string
		labels []string // the analysed terms of the labels
	}{
		{"What is the ISO 639-3 code of Berti?", []string{"iso", "639", "3"}},
		{"What is the four-letter ISO 15924 code for the Buginese script?", []string{"iso", "15924"}},
		{"Which Polish voivodship has the code PL-20?", nil},  // a code, not a table's name
		{"What is the two-letter ISO code for Armenia?", nil}, // no number: ISO may be the record's word
		{"What does ONIX stand for?", nil},                    // the acronym asked about
		{"Which year did Unicode 1.0 name U+00BD so?", nil},   // a version, not an acronym's number
		{"Which country has the code IN?", nil},               // a given code
	}
	for _, tt := range tests {
		assert.Equal(t, tt.labels, classifyQuery(tt.text).labels, tt.text)
	}
}

// TestNameInTitle: a question that names a file ("the tz zone1970 table")
// and a record in it ("America/Miquelon") finds the record's row, although
// the file's name is only its title: the rows do not restate it, and the
// header's comments repeat the question's other words (coordinates,
// table, list, TZ, zone). tzdata's three tables (testdata, public
// domain), ten lines a passage as ingest cuts them.
func TestNameInTitle(t *testing.T) {
	c := tzdataCorpus(t)
	hits, err := New(c, DefaultConfig()).Search(context.Background(), Query{Text: "What coordinates does the tz zone1970 table list for the America/Miquelon zone?", K: 8})
	require.NoError(t, err)
	require.NotEmpty(t, hits)
	assert.Contains(t, hits[0].Passage.Text, "PM\t+4703-05620\tAmerica/Miquelon")
}

// TestForeignAndQuotedWordsNamed: a bilingual dictionary's questions name
// the entry by a word of another language or in quotation marks. The
// entry writing it as written comes first: before a sibling the Porter
// stemmer reads alike ("batailler" for 'bataille'), before the short
// entries that share a common word of the question ("by means of" for
// "mean"), and when the capitalised words name the dictionary, which no
// entry writes ("In the French-English dictionary, …"). Entries as
// fraeng's (FreeDict, GPL), one a file.
func TestForeignAndQuotedWordsNamed(t *testing.T) {
	c, err := index.Open(t.TempDir(), index.Options{NoSync: true})
	require.NoError(t, err)
	t.Cleanup(func() { _ = c.Close() })
	docs := []doc{
		{"/fr/bataille-bataj-n-fem.txt", corpus.Text, "bataille-bataj-n-fem.txt", []string{"bataille /bataj/ <n, fem>\n1. action, battle, scuffle, struggle\n2. blow"}},
		{"/fr/batailler-bataje-v.txt", corpus.Text, "batailler-bataje-v.txt", []string{"batailler /bataje/ <v>\nfight, struggle"}},
		{"/fr/etendre-etd-vt.txt", corpus.Text, "etendre-etd-vt.txt", []string{"étendre /etɑ̃dʀ/ <vt>\n1. adulterate\n2. extend, strech out\n3. unroll\n4. aggrandize, augment, enlarge, increase\n5. lay out, spread, spread out\n6. anoint, smear"}},
		{"/fr/sens-ss-n-masc.txt", corpus.Text, "sens-ss-n-masc.txt", []string{"sens /sɑ̃s/ <n, masc>\nmeaning, sense"}},
		{"/fr/verbe-vb-n-masc.txt", corpus.Text, "verbe-vb-n-masc.txt", []string{"verbe /vɛʀb/ <n, masc>\nverb"}},
		{"/fr/francais-fs-adj.txt", corpus.Text, "francais-fs-adj.txt", []string{"français /fʀɑ̃sɛ/ <adj>\nFrench"}},
		{"/fr/anglais-gl-adj.txt", corpus.Text, "anglais-gl-adj.txt", []string{"anglais /ɑ̃glɛ/ <adj>\nEnglish"}},
		{"/fr/paraitre-pat-v.txt", corpus.Text, "paraitre-pat-v.txt", []string{"paraître /paʀɛtʀ/ <v>\n1. appear, emerge, perform\n2. look\n3. appear to be, seem"}},
	}
	for i, m := range []string{"by means of", "means, way", "average, mean", "in no means", "middle, means"} {
		docs = append(docs, doc{fmt.Sprintf("/fr/mean-%d.txt", i), corpus.Text, fmt.Sprintf("mean-%d.txt", i), []string{fmt.Sprintf("mot%d /mo/ <n>\n%s", i, m)}})
	}
	var entries []corpus.Entry
	for _, d := range docs {
		entries = append(entries, d.entry())
	}
	require.NoError(t, c.Put(context.Background(), entries))
	r := New(c, DefaultConfig())
	for _, tt := range []struct{ q, want string }{
		{"Apart from meaning a fight, what second sense does the French-English dictionary give for 'bataille'?", "/fr/bataille-bataj-n-fem.txt"},
		{"What does the French verb étendre mean in English?", "/fr/etendre-etd-vt.txt"},
		{"In the French-English dictionary, what is the first sense given for the verb 'paraître'?", "/fr/paraitre-pat-v.txt"},
	} {
		hits, err := r.Search(context.Background(), Query{Text: tt.q, K: 3})
		require.NoError(t, err)
		require.NotEmpty(t, hits)
		assert.Equal(t, pid(tt.want, 0), hits[0].Passage.ID, tt.q)
	}
	qt := classifyQuery("What does the word “lurk” mean, and what is 'grok'?")
	assert.Equal(t, []string{"lurk", "grok"}, qt.forms, "quoted words are named as written")
}

// TestWholeCodeFirst: a question that gives a code ("the ISO country code
// TO", with "TO" no preposition in capitals at the end) finds the record
// that writes it whole, not the subdivision table whose codes "TO-01" …
// repeat its term more often; a code given in lower case ("ve") finds
// the record that writes it so before one in capitals ("VE").
func TestWholeCodeFirst(t *testing.T) {
	c, err := index.Open(t.TempDir(), index.Options{NoSync: true})
	require.NoError(t, err)
	t.Cleanup(func() { _ = c.Close() })
	docs := []doc{
		{"/iso/iso_3166-1.json", corpus.Text, "iso_3166-1.json", []string{
			`{"alpha_2": "TN", "alpha_3": "TUN", "name": "Tunisia"}, {"alpha_2": "TO", "alpha_3": "TON", "name": "Tonga"}, {"alpha_2": "TR", "alpha_3": "TUR", "name": "Türkiye"}`,
			`{"alpha_2": "VC", "alpha_3": "VCT", "name": "Saint Vincent and the Grenadines"}, {"alpha_2": "VE", "alpha_3": "VEN", "name": "Venezuela, Bolivarian Republic of"}`,
		}},
		{"/iso/iso_639-2.json", corpus.Text, "iso_639-2.json", []string{
			`{"alpha_2": "uz", "alpha_3": "uzb", "name": "Uzbek"}, {"alpha_2": "ve", "alpha_3": "ven", "name": "Venda"}, {"alpha_3": "vai", "name": "Vai"}`,
		}},
	}
	for i := range 4 {
		var rows []string
		for j := range 6 {
			rows = append(rows, fmt.Sprintf(`{"code": "TO-%02d", "name": "Division %d", "type": "Division"}`, 6*i+j+1, 6*i+j), fmt.Sprintf(`{"code": "VE-%c", "name": "State %d", "type": "State"}`, 'A'+6*i+j, 6*i+j))
		}
		docs = append(docs, doc{fmt.Sprintf("/iso/iso_3166-2-%d.json", i), corpus.Text, "iso_3166-2.json", []string{strings.Join(rows, ", ")}})
	}
	for i := range 40 {
		docs = append(docs, doc{fmt.Sprintf("/iso/other-%d.json", i), corpus.Text, "other", []string{fmt.Sprintf(`{"name": "Region %d", "numeric": "%d"}`, i, i)}})
	}
	var entries []corpus.Entry
	for _, d := range docs {
		entries = append(entries, d.entry())
	}
	require.NoError(t, c.Put(context.Background(), entries))
	r := New(c, DefaultConfig())
	for _, tt := range []struct {
		q    string
		want string
		ord  int
	}{
		{"Which country uses the ISO country code TO?", "/iso/iso_3166-1.json", 0},
		{"Which language has the two-letter code ve?", "/iso/iso_639-2.json", 0},
	} {
		hits, err := r.Search(context.Background(), Query{Text: tt.q, K: 3})
		require.NoError(t, err)
		require.NotEmpty(t, hits)
		assert.Equal(t, pid(tt.want, tt.ord), hits[0].Passage.ID, tt.q)
	}
	assert.True(t, writesCode(`"alpha_2": "TO",`, "TO"))
	assert.False(t, writesCode(`"code": "TO-01",`, "TO"), "a subdivision's code holds the country's")
}

// A table file's first line that holds a letter is its title ("#", then
// "# Internet (IP) protocols"): a row further down does not restate the
// names it gives, and a question that names the table by them ("which IP
// protocol number …") finds the row it asks for as it finds a row of a
// file whose name gives them. Three lines down is no title.
func TestDocumentFirstLineNamesItsPassages(t *testing.T) {
	protocols := doc{"/etc/protocols", corpus.Text, "protocols", []string{
		"#\n# Internet (IP) protocols\n#\nip\t0\tIP\t\t# internet protocol, pseudo protocol number\nicmp\t1\tICMP\t\t# internet control message protocol\nipencap\t4\tIP-ENCAP\t# IP encapsulated in IP",
		"udp\t17\tUDP\t\t# user datagram protocol\nrdp\t27\tRDP\t\t# reliable datagram protocol\ndccp\t33\tDCCP\t\t# Datagram Congestion Control Protocol",
		"ipip\t94\tIPIP\t\t# IP-within-IP Encapsulation Protocol\netherip\t97\tETHERIP\t\t# Ethernet-within-IP Encapsulation",
	}}
	const q = "Under which IP protocol number is the datagram congestion control transport listed?"
	hits, err := New(corpusOf(t, protocols), DefaultConfig()).Search(context.Background(), Query{Text: q, K: 3})
	require.NoError(t, err)
	require.NotEmpty(t, hits)
	assert.Equal(t, pid("/etc/protocols", 1), hits[0].Passage.ID)
	assert.True(t, hits[0].NameCoverage >= 1, "the title line gives IP")

	deep := protocols
	deep.paras = append([]string{"#\n#\n#\n# Internet (IP) protocols\nip\t0\tIP\t\t# internet protocol"}, protocols.paras[1:]...)
	hits, err = New(corpusOf(t, deep), DefaultConfig()).Search(context.Background(), Query{Text: q, K: 3})
	require.NoError(t, err)
	i := slices.IndexFunc(hits, func(h Hit) bool { return h.Passage.ID == pid("/etc/protocols", 1) })
	require.GreaterOrEqual(t, i, 0)
	assert.Less(t, hits[i].NameCoverage, 1.0, "no title within the first three lines")
}
