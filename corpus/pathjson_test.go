package corpus

import (
	"encoding/json"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var pathEscapeTests = []struct {
	name, path, escaped string
}{
	{"plain", "/d/notes/a.md", "/d/notes/a.md"},
	{"utf-8", "/d/café ☕.txt", "/d/café ☕.txt"},
	{"latin-1 byte", "/d/caf\xe9.txt", `/d/caf\xe9.txt`},
	{"backslash", `/d/a\b.txt`, `/d/a\\b.txt`},
	{"backslash that reads as an escape", `/d/caf\xe9.txt`, `/d/caf\\xe9.txt`},
	{"both", "/d/\\\xff", `/d/\\\xff`},
	{"cut rune", "/d/\xe2\x98", `/d/\xe2\x98`},
	{"control kept", "/d/a\nb", "/d/a\nb"},
}

func TestEscapePath(t *testing.T) {
	for _, tt := range pathEscapeTests {
		t.Run(tt.name, func(t *testing.T) {
			got := EscapePath(tt.path)
			assert.Equal(t, tt.escaped, got)
			assert.True(t, utf8.ValidString(got))
			back, err := UnescapePath(got)
			require.NoError(t, err)
			assert.Equal(t, tt.path, back)
		})
	}
}

func TestUnescapePathErrors(t *testing.T) {
	for _, s := range []string{`/d/a\b`, `/d/a\`, `/d/\x4`, `/d/\xzz`} {
		_, err := UnescapePath(s)
		assert.ErrorContains(t, err, "corpus: path", s)
	}
}

// TestPathsSurviveJSON: a span, passage or document of a file whose name
// is not UTF-8 comes back from JSON with its path byte for byte (it came
// back with U+FFFD in place of the byte, naming no file).
func TestPathsSurviveJSON(t *testing.T) {
	const p = "/d/caf\xe9 \\ x.txt"
	span := Span{Path: p, Start: 1, End: 4, SrcStart: 1, SrcEnd: 4, LineStart: 2, LineEnd: 2}
	pass := Passage{ID: "0123456789abcdef-0", DocID: "0123456789abcdef", Path: p, Text: "t\xff", End: 2}
	doc := Document{ID: "0123456789abcdef", Path: p, Root: "/d/\xe9"}

	b, err := json.Marshal(map[string]any{"span": span, "passage": pass, "document": doc})
	require.NoError(t, err)
	assert.Contains(t, string(b), `"path":"/d/caf\\xe9 \\\\ x.txt"`)
	var got struct {
		Span     Span
		Passage  Passage
		Document Document
	}
	require.NoError(t, json.Unmarshal(b, &got))
	assert.Equal(t, span, got.Span)
	assert.Equal(t, p, got.Passage.Path)
	assert.Equal(t, doc, got.Document)

	var bad Span
	assert.ErrorContains(t, json.Unmarshal([]byte(`{"path":"/d/a\\b"}`), &bad), "lone backslash")
}

func FuzzUnescapePath(f *testing.F) {
	for _, tt := range pathEscapeTests {
		f.Add(tt.path)
		f.Add(tt.escaped)
	}
	f.Fuzz(func(t *testing.T, s string) {
		e := EscapePath(s)
		require.True(t, utf8.ValidString(e))
		back, err := UnescapePath(e)
		require.NoError(t, err)
		require.Equal(t, s, back)
		if u, err := UnescapePath(s); err == nil {
			// What decodes is one path, which encodes back to s unless s
			// spelt a UTF-8 byte as \xNN.
			again, err := UnescapePath(EscapePath(u))
			require.NoError(t, err)
			require.Equal(t, u, again)
		}
	})
}
