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

func TestQuestionForm(t *testing.T) {
	for in, want := range map[string]string{
		"When was Velmora founded? [2]":   "When was Velmora founded?",
		"When was it founded [1][3]?":     "When was it founded?",
		"WHEN WAS VELMORA FOUNDED? [2]":   "when was velmora founded?",
		"What is [Obs.] in Webster?":      "What is [Obs.] in Webster?", // a bracket of words stays
		"Which list holds item [12345]?":  "Which list holds item [12345]?",
		"How long is the Korvath Tunnel?": "How long is the Korvath Tunnel?",
		"What does argv[0] hold?":         "What does argv[0] hold?", // an index written onto a word, not a citation
	} {
		assert.Equal(t, want, QuestionForm(in), in)
	}
}
