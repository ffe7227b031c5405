package lossy

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestUnpossessive(t *testing.T) {
	tests := []struct {
		keys, want []string
	}{
		{[]string{" What's", " Kiribati's", " code"}, []string{" What", " Kiribati", " code"}}, // "What" is a stop word either way
		{[]string{" Sweden\u2019s", " name"}, []string{" Sweden", " name"}},
		{[]string{" the", " code"}, nil},
		{[]string{"'s"}, nil}, // no word before the 's
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, unpossessive(tt.keys), "%q", tt.keys)
	}
}

func TestHoldsCapital(t *testing.T) {
	tests := []struct {
		keys []string
		want bool
	}{
		{[]string{" Ohio"}, true},
		{[]string{"PILE", " OF", " POO"}, true},
		{[]string{" used"}, false},
		{[]string{" language"}, false},
		{[]string{" 3166-2", " code"}, false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, holdsCapital(tt.keys), "%q", tt.keys)
	}
}

func TestCoveringPromptsKeepEachQuestionWord(t *testing.T) {
	m, err := Train(context.Background(), TextSource(isoCountries), Config{Budget: "1MiB"})
	require.NoError(t, err)
	q := analyze("What is the ISO alpha code for Kenya?", m.IDF())
	mk := func(score float64, keys ...string) prompt { return prompt{keys: keys, score: score} }
	prompts := []prompt{
		mk(9, " the", " ISO", " alpha"), mk(8, "ISO", " alpha"), mk(7, " ISO", " alpha"), mk(6, " ISO"),
		mk(5, " alpha"), mk(4, " Kenya"), mk(3, "Kenya"),
	}
	tests := []struct {
		n    int
		want []string
	}{
		{3, []string{" the ISO alpha", "ISO alpha", " Kenya"}}, // " Kenya" displaces a third span of the same words
		{2, []string{" the ISO alpha", " Kenya"}},
		{1, []string{" the ISO alpha"}},
		{7, []string{" the ISO alpha", "ISO alpha", " ISO alpha", " ISO", " alpha", " Kenya", "Kenya"}},
	}
	for _, tt := range tests {
		var got []string
		for _, p := range coveringPrompts(q, append([]prompt(nil), prompts...), tt.n) {
			got = append(got, strings.Join(p.keys, ""))
		}
		assert.Equal(t, tt.want, got, "n=%d", tt.n)
	}
}
