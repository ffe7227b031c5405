package lossy

import (
	"github.com/verbatim-rag/verbatim/english"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestDescriptors(t *testing.T) {
	tests := []struct {
		q    string
		desc []string // stems marked as describing a name
	}{
		{"Where was the cartographer Matthias Krell born?", []string{"cartographer"}},
		{"Where did the railway engineer Emil Krell die?", []string{"railway", "engineer"}},
		{"How long is the river Auss?", []string{"river"}},
		{"What is the population of Kessel?", nil},
		{"How many World Cup races has Greta Krell won?", nil},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			var got []string
			for _, w := range analyze(tt.q, flatIDF).words {
				if w.desc {
					got = append(got, w.stem)
				}
			}
			var want []string
			for _, w := range tt.desc {
				want = append(want, english.Stem(w))
			}
			assert.Equal(t, want, got)
		})
	}
}

func TestHyphenatedNumberIsItsOwnWord(t *testing.T) {
	var stems []string
	for _, w := range analyze("Whose portrait appears on the 50-serra note?", flatIDF).words {
		if w.name {
			stems = append(stems, w.stem)
		}
	}
	assert.Equal(t, []string{"50"}, stems)
}
