package corpus

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

var clipTests = []struct {
	in   string
	max  int
	want string
}{
	{"", 10, ""},
	{"short", 10, "short"},
	{"two  spaces", 20, "two  spaces"}, // kept: a path may hold them
	{"exactly10!", 10, "exactly10!"},
	{"eleven byte", 10, "eleven byt…"},
	{"Gödel", 2, "G…"}, // ö is two bytes: never cut inside it
	{"物理学", 4, "物…"},
	{"abc", 0, "…"},
}

func TestClip(t *testing.T) {
	for _, tt := range clipTests {
		assert.Equal(t, tt.want, Clip(tt.in, tt.max), "Clip(%q, %d)", tt.in, tt.max)
	}
}

func TestOneLine(t *testing.T) {
	assert.Equal(t, "two lines", OneLine("  two\n\tlines  "))
	assert.Equal(t, "", OneLine(" \n "))
}

func FuzzClip(f *testing.F) {
	for _, tt := range clipTests {
		f.Add(tt.in, tt.max)
	}
	f.Fuzz(func(t *testing.T, s string, max int) {
		if max < 0 || max > 1<<16 {
			return
		}
		got := Clip(s, max)
		body := strings.TrimSuffix(got, "…")
		if len(body) > max {
			t.Fatalf("Clip(%q, %d) = %q: longer than max", s, max, got)
		}
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Fatalf("Clip(%q, %d) = %q: cut inside a rune", s, max, got)
		}
		if line := OneLine(s); strings.ContainsAny(line, "\n\t") || strings.Contains(line, "  ") {
			t.Fatalf("OneLine(%q) = %q: not one line", s, line)
		}
	})
}
