package lossy

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWordTable: words are numbered as they first come and found again,
// across the table's growth, after being laid out as keys and filled back,
// and words that share a prefix or are empty stay apart.
func TestWordTable(t *testing.T) {
	many := make([]string, 5000) // past several growths
	for i := range many {
		many[i] = fmt.Sprintf(" w%d", i)
	}
	tests := []struct {
		name  string
		words []string // in order, repeats included
		want  []string // the keys, by id
	}{
		{name: "empty"},
		{name: "repeats", words: []string{"a", " b", "a", "\n", " b", "a"}, want: []string{"a", " b", "\n"}},
		{name: "prefixes", words: []string{" ab", " a", " abc", "", " a"}, want: []string{" ab", " a", " abc", ""}},
		{name: "many", words: append(append([]string{}, many...), many...), want: many},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var c corpusData
			add := func(w string) uint32 {
				h := tokHash(w)
				if id, ok := c.words.find([]byte(w), h, c.hash); ok {
					return id
				}
				c.hash = append(c.hash, h)
				return c.words.add([]byte(w), c.hash)
			}
			seen := map[string]uint32{}
			for _, w := range tt.words {
				id := add(w)
				if first, ok := seen[w]; ok {
					require.Equal(t, first, id, "%q found again", w)
				} else {
					require.Equal(t, uint32(len(seen)), id, "%q numbered as it first came", w)
					seen[w] = id
				}
			}
			c.settleWords()
			if tt.want == nil {
				assert.Empty(t, c.keys)
				return
			}
			assert.Equal(t, tt.want, c.keys)
			assert.Zero(t, c.words.len(), "the table goes once laid out")
			c.words.fill(c.keys, c.hash)
			for id, w := range tt.want {
				got, ok := c.words.find([]byte(w), tokHash(w), c.hash)
				require.True(t, ok, w)
				assert.Equal(t, uint32(id), got, w)
			}
			_, ok := c.words.find([]byte(" never"), tokHash(" never"), c.hash)
			assert.False(t, ok)
		})
	}
}

// BenchmarkAddText tokenizes 5 MB of generated entries into a corpus's
// words and tokens, as a Stream does beside an ingest.
func BenchmarkAddText(b *testing.B) {
	texts := makeFixture(42, 8000).Entries
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		var c corpusData
		var sc tokScratch
		for _, t := range texts {
			c.addText(t, &sc)
		}
		c.settleWords()
	}
}
