package english

import (
	"strings"
	"testing"
)

// FuzzJoinHexGroups: whatever a question holds, joining its hardware
// addresses only drops separators, and a joined question joins no more.
func FuzzJoinHexGroups(f *testing.F) {
	for _, s := range []string{"Who owns F0-27-65?", "88:A9:A7:C", "12:30:45", "00:1a:2b:3c:4d:5e:", "0A:1B-2C-3D", "::--"} {
		f.Add(s)
	}
	drop := strings.NewReplacer(":", "", "-", "")
	f.Fuzz(func(t *testing.T, text string) {
		got := JoinHexGroups(text)
		if drop.Replace(got) != drop.Replace(text) {
			t.Fatalf("JoinHexGroups(%q) = %q: more than separators changed", text, got)
		}
		if again := JoinHexGroups(got); again != got {
			t.Fatalf("JoinHexGroups(%q) = %q, joined again %q", text, got, again)
		}
	})
}
