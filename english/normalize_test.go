package english

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

var normalizeTests = []struct{ in, want string }{
	{"1,200 people", "1200 people"},
	{"1,234,567", "1234567"},
	{"1\u00a0200", "1200"},
	{"1, 2, 3", "1, 2, 3"},
	{"12,5", "12,5"},
	{"Gödel  Escher\tBach", "godel escher bach"},
	{"ﬁve ＄５", "five $5"},
	{"50 percent", "50%"},
	{"50 %", "50%"},
	{"“quoted” – dash", `"quoted" - dash`},
}

func TestNormalize(t *testing.T) {
	for _, tt := range normalizeTests {
		assert.Equal(t, tt.want, Normalize(tt.in), tt.in)
	}
}

// TestFold: words already folded (printable lower-case ASCII) come back
// as they are, without the Unicode pass; anything else goes through it.
func TestFold(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"lièvre", "lievre"},
		{"lievre", "lievre"},
		{"Lievre", "lievre"},
		{"gb-bry", "gb-bry"},
		{" two  words ", "two words"},
		{"two words", "two words"},
		{"o’clock", "o'clock"},
		{"", ""},
	} {
		assert.Equal(t, tt.want, Fold(tt.in), tt.in)
	}
}

func TestUnshout(t *testing.T) {
	for in, want := range map[string]string{
		"WHEN WAS VELMORA FOUNDED?": "when was velmora founded?",
		"IBM TPS":                   "IBM TPS", // one or two words in capitals are acronyms
		"What does TPS mean?":       "What does TPS mean?",
		"WHAT IS 2+2?":              "WHAT IS 2+2?", // two words of letters
	} {
		assert.Equal(t, want, Unshout(in), in)
	}
}
