package compare

import (
	"encoding/json"
	"slices"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/generate"
	"github.com/verbatim-rag/verbatim/rag"
	"github.com/verbatim-rag/verbatim/verify"
)

func TestPercentile(t *testing.T) {
	d := func(ns ...int) []time.Duration {
		out := make([]time.Duration, len(ns))
		for i, n := range ns {
			out[i] = time.Duration(n)
		}
		return out
	}
	tests := []struct {
		in   []time.Duration
		p    float64
		want time.Duration
	}{
		{nil, 50, 0},
		{d(7), 50, 7},
		{d(7), 95, 7},
		{d(40, 10, 30, 20), 50, 20}, // rank ceil(2) = 2
		{d(40, 10, 30, 20), 95, 40}, // rank ceil(3.8) = 4
		{d(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 50, 5},
		{d(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 95, 10}, // rank ceil(9.5) = 10
		{d(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 90, 9},
		{d(1, 2, 3), 1, 1},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Percentile(tt.in, tt.p), "p%v of %v", tt.p, tt.in)
	}
	in := d(3, 1, 2)
	Percentile(in, 50)
	assert.Equal(t, d(3, 1, 2), in, "input left unsorted")
}

func TestRatioJSON(t *testing.T) {
	b, err := json.Marshal(Ratio{1, 4})
	require.NoError(t, err)
	assert.JSONEq(t, `{"num":1,"den":4,"value":0.25}`, string(b))
	b, err = json.Marshal(Ratio{})
	require.NoError(t, err)
	assert.JSONEq(t, `{"num":0,"den":0,"value":null}`, string(b))
	b, err = json.Marshal(Mean{Sum: 1.5, N: 3})
	require.NoError(t, err)
	assert.JSONEq(t, `{"sum":1.5,"n":3,"value":0.5}`, string(b))
	assert.Equal(t, "25.0%", Ratio{1, 4}.Percent())
	assert.Equal(t, "–", Ratio{}.Percent())
	assert.Equal(t, "66.7% (2/3)", ratioCell(Ratio{2, 3}))
}

func TestScoreCitations(t *testing.T) {
	cites := []verify.Citation{
		{N: 1, Quote: "founded in 1214 by Duke Orvel"},
		{N: 2, Quote: "Duke Orvel built a fort"},
		{N: 3, Quote: "the year 1214 and Duke Orvel"},
		{N: 4, Quote: "nothing relevant"},
	}
	tests := []struct {
		name  string
		check verify.Check
		want  CitationScore
	}{
		{"no facts: not counted", verify.Check{Cites: []int{4}, Supported: true}, CitationScore{}},
		{"uncited fact sentence", verify.Check{Facts: []string{"1214"}, Uncited: true}, CitationScore{Sentences: 1}},
		{"one cite holds all", verify.Check{Facts: []string{"1214", "Duke Orvel"}, Cites: []int{1}, Supported: true},
			CitationScore{1, 1, 1, 1}},
		{"two cites each alone sufficient", verify.Check{Facts: []string{"1214", "Duke Orvel"}, Cites: []int{1, 3}, Supported: true},
			CitationScore{1, 1, 2, 2}},
		{"redundant partial cite", verify.Check{Facts: []string{"1214", "Duke Orvel"}, Cites: []int{1, 2}, Supported: true},
			CitationScore{1, 1, 2, 1}},
		{"complementary partial cites", verify.Check{Facts: []string{"1214", "fort"}, Cites: []int{1, 2}, Supported: true},
			CitationScore{1, 1, 2, 2}},
		{"irrelevant cite", verify.Check{Facts: []string{"1214"}, Cites: []int{1, 4}, Supported: true},
			CitationScore{1, 1, 2, 1}},
		{"unknown citation number", verify.Check{Facts: []string{"1214"}, Cites: []int{1, 9}, Supported: true},
			CitationScore{1, 1, 2, 1}},
		{"unsupported: no cite is correct", verify.Check{Facts: []string{"1215"}, Cites: []int{1}, Missing: []string{"1215"}},
			CitationScore{1, 0, 1, 0}},
	}
	for _, tt := range tests {
		got := ScoreCitations(rag.Answer{Citations: cites, Checks: []verify.Check{tt.check}})
		assert.Equal(t, tt.want, got, tt.name)
	}
}

func TestSourceRank(t *testing.T) {
	srcs := []generate.Source{
		{N: 1, Passage: corpus.Passage{Path: "/home/u/docs/notes/entries/x.md"}},
		{N: 2, Passage: corpus.Passage{Path: "/home/u/docs/myentries/a.md"}},
		{N: 3, Passage: corpus.Passage{Path: "/home/u/docs/entries/a.md"}},
		{N: 4, Passage: corpus.Passage{Path: "/home/u/docs/entries/a.md"}},
	}
	tests := []struct {
		want string
		rank int
	}{
		{"entries/a.md", 3},   // not the "myentries/a.md" of rank 2
		{"./entries/a.md", 3}, // leading ./ ignored
		{"a.md", 2},           // a bare name matches the first file of that name
		{"/home/u/docs/entries/a.md", 3},
		{"entries\\x.md", 1},
		{"entries/b.md", 0},
		{"", 0},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.rank, SourceRank(srcs, tt.want), tt.want)
	}
}

// TestUnmatchedSources: a question whose source names no stored document
// (a typo) is found, matched as SourceRank matches.
func TestUnmatchedSources(t *testing.T) {
	paths := []string{"/home/me/entries/korvath-tunnel.md", "/home/me/entries/velmora.md", "/home/me/data.md"}
	qs := []Question{
		{ID: "ok", Source: "entries/korvath-tunnel.md"},
		{ID: "abs", Source: "/home/me/entries/velmora.md"},
		{ID: "dot", Source: "./korvath-tunnel.md"},
		{ID: "none"},
		{ID: "typo", Source: "entries/korvath-tunel.md"},
		{ID: "not on a boundary", Source: "a.md"},
		{ID: "folder", Source: "entries/"},
	}
	var got []string
	for _, q := range UnmatchedSources(qs, paths) {
		got = append(got, q.ID)
	}
	assert.Equal(t, []string{"typo", "not on a boundary", "folder"}, got)
	for _, q := range qs {
		srcs := make([]generate.Source, len(paths))
		for i, p := range paths {
			srcs[i].Passage.Path = p
		}
		assert.Equal(t, q.Source != "" && !slices.Contains(got, q.ID), SourceRank(srcs, q.Source) > 0, "as SourceRank: %s", q.ID)
	}
}

func TestBuckets(t *testing.T) {
	want := map[int]string{-1: "", 0: "0", 1: "1", 2: "2–3", 3: "2–3", 4: "4–10", 10: "4–10", 11: ">10", 500: ">10"}
	for n, label := range want {
		assert.Equal(t, label, BucketLabel(n), "%d", n)
	}
}
