package verify

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var markerTests = []struct {
	text string
	want [][]int // numbers of each marker found, in order
}{
	{"born in 1867 [1].", [][]int{{1}}},
	{"a [1, 3] b", [][]int{{1, 3}}},
	{"a [1,3] b", [][]int{{1, 3}}},
	{"a [1; 3] b", [][]int{{1, 3}}},
	{"a [1 3] b", [][]int{{1, 3}}},
	{"a [1][3] b", [][]int{{1}, {3}}},
	{"a [1-3] b", [][]int{{1, 2, 3}}},
	{"a [1–2] b", [][]int{{1, 2}}},
	{"a [1, 3-4] b", [][]int{{1, 3, 4}}},
	{"a 【1】 b", [][]int{{1}}},
	{"a ［2］ b", [][]int{{2}}},
	{"a [Passage 2] b [source: 3] [doc1] [^4]", [][]int{{2}, {3}, {1}, {4}}},
	{"a [1 and 2]", [][]int{{1, 2}}},
	{"see [the docs] and [a]", nil},
	{"a [link](http://x) b", nil},
	{"a [1](http://x) b", nil},
	{"a [3-1] b", nil},
	{"a [1-500] b", nil},
	{"a [123456789012] b", nil},
	{"a [1, ] b", nil},
	{"unterminated [1", nil},
	{"[]", nil},
}

func TestParseMarkers(t *testing.T) {
	for _, tt := range markerTests {
		t.Run(tt.text, func(t *testing.T) {
			ms := ParseMarkers(tt.text)
			var got [][]int
			for _, m := range ms {
				got = append(got, m.Ns)
				require.True(t, m.Start >= 0 && m.Start < m.End && m.End <= len(tt.text))
				assert.Contains(t, []string{"[", "【", "［"}, tt.text[m.Start:m.Start+len(string([]rune(tt.text[m.Start:])[0]))])
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestStripMarkers(t *testing.T) {
	assert.Equal(t, "born in 1867.", StripMarkers("born in 1867 [1]."))
	assert.Equal(t, "a b.", StripMarkers("a [1, 2] [3] b【4】."))
	assert.Equal(t, "no markers [x]", StripMarkers("no markers [x]"))
}
