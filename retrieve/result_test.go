package retrieve

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/verbatim-rag/verbatim/corpus"
)

func TestSplitMarks(t *testing.T) {
	tests := []struct {
		name string
		text string
		ms   []Match
		want []Part
	}{
		{"none", "abc", nil, []Part{{Text: "abc"}}},
		{"middle", "a big cat", []Match{{Start: 2, End: 5}}, []Part{{Text: "a "}, {Text: "big", Mark: true}, {Text: " cat"}}},
		{"overlap and clamp", "abcdef", []Match{{Start: 0, End: 3}, {Start: 2, End: 9}}, []Part{{Text: "abc", Mark: true}, {Text: "def", Mark: true}}},
		{"empty text", "", []Match{{Start: 0, End: 2}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, splitMarks(tt.text, tt.ms))
		})
	}
}

func TestNewResult(t *testing.T) {
	h := Hit{
		Passage: corpus.Passage{ID: "0123456789abcdef-2", DocID: "0123456789abcdef", Path: "/d/a.md", Text: "the tide gauge"},
		Span:    corpus.Span{Path: "/d/a.md", LineStart: 4, LineEnd: 4},
		Score:   2.5, Matches: []Match{{Start: 4, End: 8}},
		Snippet: "tide gauge", SnippetStart: 4, SnippetMatches: []Match{{Start: 0, End: 4}},
	}
	r := NewResult(3, h, true)
	assert.Equal(t, 3, r.Rank)
	assert.Equal(t, "/d/a.md:4", r.Ref)
	assert.Equal(t, [][2]int{{4, 8}}, r.Matches)
	assert.Equal(t, [][2]int{{0, 4}}, r.SnippetMatches)
	assert.True(t, r.Relevant)
	assert.Equal(t, []Part{{Text: "tide", Mark: true}, {Text: " gauge"}}, r.Highlights)
}
