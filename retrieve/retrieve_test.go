package retrieve

import (
	"context"
	"fmt"
	"runtime"
	"runtime/metrics"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/search"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/index"
)

var searchTests = []struct {
	name     string
	cfg      Config
	q        Query
	want     []string // passage ids, in order when ordered is true
	first    string   // expected best hit, when set
	contains []string // ids that must be among the hits, when set
}{
	{name: "words", q: Query{Text: "fastest falcon"}, first: pid("/notes/birds.txt", 0)},
	{name: "stemmed words", q: Query{Text: "Which falcons hunt?"}, first: pid("/notes/birds.txt", 0)},
	{name: "install everywhere", q: Query{Text: "install"},
		want: []string{pid("/docs/guide/install.md", 0), pid("/docs/guidebook/garden.txt", 0)}},
	{name: "prefix respects boundaries", q: Query{Text: "install", PathPrefixes: []string{"/docs/guide"}},
		want: []string{pid("/docs/guide/install.md", 0)}},
	{name: "prefix with slash", q: Query{Text: "install", PathPrefixes: []string{"/docs/guidebook/"}},
		want: []string{pid("/docs/guidebook/garden.txt", 0)}},
	{name: "prefix is a file", q: Query{Text: "install", PathPrefixes: []string{"/docs/guide/install.md"}},
		want: []string{pid("/docs/guide/install.md", 0)}},
	{name: "root prefix", q: Query{Text: "install", PathPrefixes: []string{"/"}},
		want: []string{pid("/docs/guide/install.md", 0), pid("/docs/guidebook/garden.txt", 0)}},
	{name: "two prefixes", q: Query{Text: "birds install", PathPrefixes: []string{"/notes", "/docs/guidebook"}},
		want: []string{pid("/docs/guidebook/garden.txt", 0), pid("/notes/birds.txt", 0), pid("/notes/README.md", 0)}},
	{name: "glob on base name", q: Query{Text: "notes birds install", PathGlobs: []string{"*.md"}},
		want: []string{pid("/docs/guide/install.md", 0), pid("/notes/README.md", 0)}},
	{name: "glob base name prefix", q: Query{Text: "birds owl falcon", PathGlobs: []string{"bird?.*"}},
		want: []string{pid("/notes/birds.txt", 0), pid("/notes/birds.txt", 1)}},
	{name: "absolute glob", q: Query{Text: "install", PathGlobs: []string{"/docs/*/garden.txt"}},
		want: []string{pid("/docs/guidebook/garden.txt", 0)}},
	{name: "glob and prefix combine", q: Query{Text: "install notes", PathGlobs: []string{"*.md"}, PathPrefixes: []string{"/notes"}},
		want: []string{pid("/notes/README.md", 0)}},
	{name: "no document passes", q: Query{Text: "install", PathPrefixes: []string{"/elsewhere"}}, want: nil},
	{name: "format", q: Query{Text: "notes quantum birds", Formats: []corpus.Format{corpus.PDF}},
		want: []string{pid("/papers/quantum.pdf", 0)}},
	{name: "formats any of", q: Query{Text: "notes quantum birds", Formats: []corpus.Format{corpus.PDF, corpus.Markdown}},
		want: []string{pid("/notes/README.md", 0), pid("/papers/quantum.pdf", 0)}},
	{name: "phrase", q: Query{Text: `"silent flight"`}, want: []string{pid("/notes/birds.txt", 1)}},
	{name: "phrase order matters", q: Query{Text: `"flight silent"`}, want: nil},
	{name: "phrase is required", q: Query{Text: `falcon "barn owl"`}, want: []string{pid("/notes/birds.txt", 1)}},
	{name: "curly quotes", q: Query{Text: "\u201cbarn owl\u201d"}, want: []string{pid("/notes/birds.txt", 1)}},
	{name: "title alone selects nothing", q: Query{Text: "guide"}, want: nil},
	{name: "no fuzzy typo", q: Query{Text: "falcom"}, want: nil},
	{name: "fuzzy typo", cfg: Config{Fuzzy: true}, q: Query{Text: "falcom"}, first: pid("/notes/birds.txt", 0)},
	{name: "k limits", q: Query{Text: "install", K: 1}, want: []string{pid("/docs/guide/install.md", 0)}},
	{name: "min score drops all", q: Query{Text: "install", MinScore: 1e9}, want: nil},
	{name: "query syntax is plain words", q: Query{Text: "+falcon -owl path:/docs title:x^5 AND (kingfisher"},
		contains: []string{pid("/notes/birds.txt", 0), pid("/notes/birds.txt", 1), pid("/notes/birds.txt", 2)}},
}

func TestSearch(t *testing.T) {
	c := testCorpus(t)
	defer func(n int) { maxDocTerms = n }(maxDocTerms)
	for _, limit := range []int{maxDocTerms, 0} {
		maxDocTerms = limit
		t.Run(fmt.Sprintf("maxDocTerms=%d", limit), func(t *testing.T) { testSearch(t, c) })
	}
}

func testSearch(t *testing.T, c *index.Corpus) {
	for _, tt := range searchTests {
		t.Run(tt.name, func(t *testing.T) {
			hits, err := New(c, tt.cfg).Search(context.Background(), tt.q)
			require.NoError(t, err)
			var got []string
			for _, h := range hits {
				got = append(got, h.Passage.ID)
			}
			if tt.first != "" {
				require.NotEmpty(t, got)
				assert.Equal(t, tt.first, got[0])
				return
			}
			if tt.contains != nil {
				assert.Subset(t, got, tt.contains)
				return
			}
			assert.ElementsMatch(t, tt.want, got)
		})
	}
}

func TestEmptyQuery(t *testing.T) {
	r := New(testCorpus(t), Config{})
	for _, text := range []string{"", "   ", "what is it", `""`} {
		_, err := r.Search(context.Background(), Query{Text: text})
		assert.ErrorIs(t, err, ErrEmptyQuery, "%q", text)
	}
}

func TestCoverage(t *testing.T) {
	r := New(testCorpus(t), DefaultConfig())
	tests := []struct {
		text     string
		relevant bool
	}{
		{"Which is the fastest falcon?", true},
		{"When did Zorblatt install the fence?", false}, // 2 of 3 terms, but the name Zorblatt is absent
		{"How do I install the fence?", true},           // no name: coverage decides
		{"Where does Zorblatt Quibbleton live?", false}, // only "live" is known
		{"Zorblatt's falcon", false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			hits, err := r.Search(context.Background(), Query{Text: tt.text})
			require.NoError(t, err)
			require.NotEmpty(t, hits)
			assert.Equal(t, tt.relevant, r.Relevant(hits[0]), "coverage %.2f", hits[0].Coverage)
			for _, h := range hits {
				assert.True(t, h.Coverage >= 0 && h.Coverage <= 1)
			}
		})
	}
}

func TestCoverageAllTermsFound(t *testing.T) {
	r := New(testCorpus(t), DefaultConfig())
	hits, err := r.Search(context.Background(), Query{Text: "fastest falcon"})
	require.NoError(t, err)
	assert.InDelta(t, 1.0, hits[0].Coverage, 1e-9)

	hits, err = r.Search(context.Background(), Query{Text: "falcon owl"})
	require.NoError(t, err)
	require.Len(t, hits, 2)
	for _, h := range hits {
		assert.Greater(t, h.Coverage, 0.0)
		assert.Less(t, h.Coverage, 1.0)
	}
}

func TestMatchesAndSnippet(t *testing.T) {
	r := New(testCorpus(t), DefaultConfig())
	for _, text := range []string{"falcons hunt pigeons", "kingfisher fish", `"barn owl" night`} {
		t.Run(text, func(t *testing.T) {
			hits, err := r.Search(context.Background(), Query{Text: text})
			require.NoError(t, err)
			require.NotEmpty(t, hits)
			for _, h := range hits {
				require.NotEmpty(t, h.Matches)
				for _, m := range h.Matches {
					word := h.Passage.Text[m.Start:m.End]
					assert.Equal(t, []string{m.Term}, Terms(word), "match %q", word)
				}
				assert.LessOrEqual(t, len(h.Snippet), SnippetWidth)
				assert.Equal(t, h.Passage.Text[h.SnippetStart:h.SnippetStart+len(h.Snippet)], h.Snippet)
				require.NotEmpty(t, h.SnippetMatches)
				for _, m := range h.SnippetMatches {
					assert.Equal(t, h.Passage.Text[h.SnippetStart+m.Start:h.SnippetStart+m.End], h.Snippet[m.Start:m.End])
				}
				assert.Equal(t, h.Passage.Path, h.Span.Path)
				assert.Positive(t, h.Span.LineStart)
			}
		})
	}
}

func TestLongPassageSnippet(t *testing.T) {
	r := New(testCorpus(t), DefaultConfig())
	hits, err := r.Search(context.Background(), Query{Text: "kingfisher mill"})
	require.NoError(t, err)
	require.Len(t, hits, 1)
	h := hits[0]
	assert.Greater(t, len(h.Passage.Text), SnippetWidth)
	assert.Contains(t, h.Snippet, "kingfisher dived twice near the old mill")
	assert.Len(t, h.SnippetMatches, 2)
	assert.Positive(t, h.SnippetStart)
	assert.Equal(t, 5, h.Span.LineStart) // third paragraph of birds.txt
}

// TestGCFloor: once a Retriever is made, the collector aims at a heap of
// at least gcFloorBytes (see gcFloor).
func TestGCFloor(t *testing.T) {
	New(testCorpus(t), DefaultConfig())
	runtime.GC()
	s := []metrics.Sample{{Name: "/gc/heap/goal:bytes"}}
	metrics.Read(s)
	assert.GreaterOrEqual(t, s[0].Value.Uint64(), uint64(gcFloorBytes))
	assert.Len(t, gcFloor, gcFloorBytes)
}

// TestEqualScoresOrderByID: entries alike but for their names score
// alike; the same documents ingested in another order (another internal
// order in the index) must come back in the same order, by passage ID.
func TestEqualScoresOrderByID(t *testing.T) {
	docs := []doc{
		{"/vera/jwe.txt", corpus.Text, "JWE", []string{"JWE JSON Web Encryption (JSON)"}},
		{"/vera/jwt.txt", corpus.Text, "JWT", []string{"JWT JSON Web Token (JSON)"}},
		{"/vera/jwk.txt", corpus.Text, "JWK", []string{"JWK JSON Web Key (JSON)"}},
	}
	order := func(ds []doc) []string {
		c, err := index.Open(t.TempDir(), index.Options{NoSync: true})
		require.NoError(t, err)
		defer c.Close()
		for _, d := range ds {
			require.NoError(t, c.Put(context.Background(), []corpus.Entry{d.entry()}))
		}
		hits, err := New(c, Config{}).Search(context.Background(), Query{Text: "JSON web"})
		require.NoError(t, err)
		var ids []string
		for i, h := range hits {
			ids = append(ids, h.Passage.ID)
			if i > 0 && h.Score == hits[i-1].Score {
				assert.Less(t, hits[i-1].Passage.ID, h.Passage.ID, "equal scores go by passage ID")
			}
		}
		return ids
	}
	var orders [][]string
	for _, p := range [][]int{{0, 1, 2}, {2, 1, 0}, {1, 2, 0}} {
		orders = append(orders, order([]doc{docs[p[0]], docs[p[1]], docs[p[2]]}))
	}
	require.Len(t, orders[0], 3)
	assert.Equal(t, orders[0], orders[1])
	assert.Equal(t, orders[0], orders[2])
}

// TestTiedRunCutAlike: more passages tie than are asked for (the rows of
// a country table that match only the question's "code"); whichever order
// they were ingested in, the same ones are returned: the run tied with the
// k-th goes by passage ID, not by the index's internal order.
func TestTiedRunCutAlike(t *testing.T) {
	var docs []doc
	for _, row := range []string{"AD Andorra", "AL Albania", "AM Armenia", "AO Angola", "IO Indian Ocean", "LA Laos"} {
		docs = append(docs, doc{"/tz/" + row[:2] + ".tab", corpus.Text, "iso3166", []string{"code " + row}})
	}
	docs = append(docs, doc{"/tz/zz.tab", corpus.Text, "iso3166", []string{"country code ST Sao Tome"}})
	for _, k := range []int{1, 2, 3, 5} {
		// the walk's search, and bleve's (a folder filter)
		for _, q := range []Query{{Text: "which country has the code", K: k}, {Text: "which country has the code", K: k, PathPrefixes: []string{"/tz"}}} {
			top := func(perm []int) []string {
				c, err := index.Open(t.TempDir(), index.Options{NoSync: true})
				require.NoError(t, err)
				defer c.Close()
				for _, i := range perm {
					require.NoError(t, c.Put(context.Background(), []corpus.Entry{docs[i].entry()}))
				}
				hits, err := New(c, Config{}).Search(context.Background(), q)
				require.NoError(t, err)
				var texts []string
				for _, h := range hits {
					texts = append(texts, h.Passage.Text)
				}
				return texts
			}
			want := top([]int{0, 1, 2, 3, 4, 5, 6})
			require.Len(t, want, k)
			assert.Equal(t, "country code ST Sao Tome", want[0], "the row with both words first")
			for _, perm := range [][]int{{5, 4, 3, 2, 1, 0, 6}, {6, 3, 5, 0, 4, 1, 2}, {2, 6, 0, 5, 1, 4, 3}} {
				assert.Equal(t, want, top(perm), "k=%d, filtered %v, ingested in the order %v", k, q.PathPrefixes != nil, perm)
			}
		}
	}
}

// A question typed in capitals throughout is searched as the same question
// in lower case: its capitals mark no acronyms ("WHEN" and "WAS" were
// searched as the acronyms _when and _wa, which lowered every passage's
// coverage) and no names. One or two words in capitals stay acronyms.
func TestShoutedQuery(t *testing.T) {
	r := New(testCorpus(t), Config{})
	for _, text := range []string{"WHICH FALCONS HUNT?", "HOW FAST IS THE FALCON?"} {
		t.Run(text, func(t *testing.T) {
			shouted, err := r.Search(context.Background(), Query{Text: text})
			require.NoError(t, err)
			lower, err := r.Search(context.Background(), Query{Text: strings.ToLower(text)})
			require.NoError(t, err)
			require.NotEmpty(t, lower)
			require.Len(t, shouted, len(lower))
			for i := range lower {
				assert.Equal(t, lower[i].Passage.ID, shouted[i].Passage.ID)
				assert.InDelta(t, lower[i].Score, shouted[i].Score, 1e-9)
				assert.InDelta(t, lower[i].Coverage, shouted[i].Coverage, 1e-9)
			}
		})
	}
	assert.ErrorIs(t, CheckQuery("WHAT IS IT?"), ErrEmptyQuery, "as what is it?")
	assert.NoError(t, CheckQuery("IBM TPS"), "acronyms")
}

// TestPastedCitationMark: a citation marker pasted into a question with
// the answer it came from ("… hunt? [2]") is no number to search for.
func TestPastedCitationMark(t *testing.T) {
	r := New(testCorpus(t), Config{})
	plain, err := r.Search(context.Background(), Query{Text: "Which falcons hunt?"})
	require.NoError(t, err)
	marked, err := r.Search(context.Background(), Query{Text: "Which falcons hunt? [2]"})
	require.NoError(t, err)
	require.Equal(t, len(plain), len(marked))
	for i := range plain {
		assert.Equal(t, plain[i].Passage.ID, marked[i].Passage.ID)
		assert.Equal(t, plain[i].Score, marked[i].Score)
	}
}

// TestTiedCut: the k best of a fetch whose ties come in any order; the
// run tied with the k-th is fetched to its end and taken by ID, each hit
// keeping its own matches.
func TestTiedCut(t *testing.T) {
	hit := func(id string, score float64) *search.DocumentMatch {
		return &search.DocumentMatch{ID: id, Score: score}
	}
	// index order: scores descending, ties in an arbitrary order
	all := search.DocumentMatchCollection{hit("a", 3), hit("z", 2), hit("q", 2), hit("m", 2), hit("e", 2), hit("b", 2), hit("c", 1)}
	tests := []struct {
		k       int
		want    []string
		fetches []int
	}{
		{k: 1, want: []string{"a"}, fetches: []int{2}},
		{k: 2, want: []string{"a", "b"}, fetches: []int{3, 256}},
		{k: 4, want: []string{"a", "b", "e", "m"}, fetches: []int{5, 256}},
		{k: 6, want: []string{"a", "z", "q", "m", "e", "b"}, fetches: []int{7}}, // the whole run is in: hits sorts it
		{k: 7, want: []string{"a", "z", "q", "m", "e", "b", "c"}, fetches: []int{8}},
		{k: 9, want: []string{"a", "z", "q", "m", "e", "b", "c"}, fetches: []int{10}},
	}
	for _, tc := range tests {
		t.Run(fmt.Sprint(tc.k), func(t *testing.T) {
			var fetches []int
			ms, locs, err := tiedCut(tc.k, func(n int) (search.DocumentMatchCollection, [][]Match, error) {
				fetches = append(fetches, n)
				got := all[:min(n, len(all))]
				locs := make([][]Match, len(got))
				for i, m := range got {
					locs[i] = []Match{{Term: m.ID}}
				}
				return got, locs, nil
			})
			require.NoError(t, err)
			var ids []string
			for i, m := range ms {
				ids = append(ids, m.ID)
				assert.Equal(t, m.ID, locs[i][0].Term, "a hit keeps its own matches")
			}
			assert.Equal(t, tc.want, ids)
			assert.Equal(t, tc.fetches, fetches)
		})
	}
}
