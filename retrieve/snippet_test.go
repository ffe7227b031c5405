package retrieve

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func matchesOf(text string, words ...string) []Match {
	var out []Match
	for _, m := range Tokens(text) {
		for _, w := range words {
			if m.Term == w {
				out = append(out, m)
			}
		}
	}
	return out
}

func TestSnippet(t *testing.T) {
	filler := strings.Repeat("lorem ipsum dolor sit amet ", 20) // 540 bytes
	tests := []struct {
		name  string
		text  string
		words []string
		want  string // substring the snippet must hold
		start bool   // snippet starts the text
	}{
		{"short text is whole", "  a falcon flies  ", []string{"falcon"}, "a falcon flies", true},
		{"no match starts at the top", filler, nil, "lorem ipsum", true},
		{"match in the middle", filler + "the falcon dives " + filler, []string{"falcon"}, "the falcon dives", false},
		{"densest cluster wins", "owl " + filler + "falcon hunts pigeons " + filler,
			[]string{"owl", "falcon", "hunt", "pigeon"}, "falcon hunts pigeons", false},
		{"match at the end", filler + "falcon", []string{"falcon"}, "falcon", false},
		{"multibyte text", strings.Repeat("héllo wörld ", 40) + "falcon " + strings.Repeat("çà ", 80),
			[]string{"falcon"}, "falcon", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := matchesOf(tt.text, tt.words...)
			start, snip, rel := snippet(tt.text, ms)
			assert.Contains(t, snip, tt.want)
			assert.LessOrEqual(t, len(snip), SnippetWidth)
			assert.Equal(t, tt.text[start:start+len(snip)], snip)
			assert.Equal(t, tt.start, start == 0 || strings.TrimSpace(tt.text[:start]) == "")
			assert.True(t, utf8.ValidString(snip))
			assert.Equal(t, snip, strings.TrimSpace(snip))
			for _, m := range rel {
				assert.Equal(t, m.Term, Terms(snip[m.Start:m.End])[0])
			}
		})
	}
}

func FuzzSnippet(f *testing.F) {
	f.Add(strings.Repeat("word ", 100)+"falcon", "falcon")
	f.Add("héllo ça va", "va")
	f.Fuzz(func(t *testing.T, text, word string) {
		if !utf8.ValidString(text) {
			return
		}
		ms := matchesOf(text, Terms(word)...)
		start, snip, rel := snippet(text, ms)
		require.True(t, start >= 0 && start+len(snip) <= len(text))
		assert.Equal(t, text[start:start+len(snip)], snip)
		assert.True(t, utf8.ValidString(snip))
		for _, m := range rel {
			require.True(t, m.Start >= 0 && m.End <= len(snip) && m.Start < m.End)
		}
		if len(ms) > 0 && ms[0].End-ms[0].Start <= SnippetWidth {
			assert.NotEmpty(t, rel, "the first match cluster is in the snippet")
		}
	})
}
