package lossy

import (
	"github.com/verbatim-rag/verbatim/english"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var tokenizeTests = []struct {
	in   string
	keys []string
}{
	{"", nil},
	{"Hello, world!", []string{"Hello", ",", " world", "!"}},
	{"pi is 3.14; 1,200 people", []string{"pi", " is", " 3.14", ";", " 1,200", " people"}},
	{"don't stop well-known", []string{"don't", " stop", " well-known"}},
	{"end.  Next\n\tline ", []string{"end", ".", " Next", "\n", " line", " "}},
	{"a -b 1.x", []string{"a", " -", "b", " 1", ".", "x"}},
	{"Zürich café", []string{"Zürich", " café"}},
}

func TestTokenize(t *testing.T) {
	for _, tt := range tokenizeTests {
		var keys []string
		for _, tok := range english.Tokenize(tt.in) {
			keys = append(keys, tok.Key(tt.in))
		}
		assert.Equal(t, tt.keys, keys, tt.in)
	}
}

// TestAppendTokens reuses one slice across the table's texts, as addText
// does: each call appends exactly Tokenize's tokens after what it holds.
func TestAppendTokens(t *testing.T) {
	held := []english.Token{{Start: 7, End: 9, Lead: 1}}
	buf := held
	for _, tt := range tokenizeTests {
		buf = english.AppendTokens(buf[:1], tt.in)
		assert.Equal(t, held[0], buf[0], tt.in)
		assert.Equal(t, len(english.Tokenize(tt.in)), len(buf)-1, tt.in)
		if want := english.Tokenize(tt.in); len(want) > 0 {
			assert.Equal(t, want, buf[1:], tt.in)
		}
	}
}

func FuzzTokenize(f *testing.F) {
	for _, tt := range tokenizeTests {
		f.Add(tt.in)
	}
	f.Add("\xff\xfe broken utf8 \u00a0 nbsp")
	f.Fuzz(func(t *testing.T, s string) {
		var b strings.Builder
		prev := 0
		for _, tok := range english.Tokenize(s) {
			require.Equal(t, prev, tok.Start, "tokens are contiguous")
			require.Greater(t, tok.End, tok.Start)
			require.LessOrEqual(t, tok.Lead, tok.End-tok.Start)
			b.WriteString(s[tok.Start:tok.End])
			prev = tok.End
		}
		require.Equal(t, s, b.String(), "tokens reproduce the input")
		prefix := []english.Token{{Start: 1, End: 2}}
		got := english.AppendTokens(prefix, s)
		require.Equal(t, prefix[0], got[0])
		require.Equal(t, len(english.Tokenize(s)), len(got)-1)
		if want := english.Tokenize(s); len(want) > 0 {
			require.Equal(t, want, got[1:], "AppendTokens appends Tokenize's tokens")
		}
	})
}
