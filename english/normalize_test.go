package english

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

var normalizeTests = []struct{ in, want string }{
	{"1,200 people", "1200 people"},
	{"1,234,567", "1234567"},
	{"1\u00a0200", "1200"},
	{"shim6\t140\tShim6", "shim6 140 shim6"}, // a name's last digit heads no grouped number (netbase's protocols)
	{"ipv4 800 and x_1 200", "ipv4 800 and x_1 200"},
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

// TestJoinHexGroups: a hardware address written in groups is keyed as
// the IEEE registries write it (oui.csv "MA-L,F02765,…", mam.csv
// "MA-M,88A9A7C,…", iab.csv "IAB,0050C2CA5,…"); times, dates and ranges
// are left alone.
func TestJoinHexGroups(t *testing.T) {
	for in, want := range map[string]string{
		"Who owns the prefix 48:44:F7?":                 "Who owns the prefix 4844F7?",
		"the block 88:A9:A7:C (a medium-sized block)":   "the block 88A9A7C (a medium-sized block)",
		"an address beginning 44-A9-2C-0":               "an address beginning 44A92C0",
		"starts with 00:50:C2:CA:5.":                    "starts with 0050C2CA5.",
		"a MAC address like 88:B4:36:xx:xx:xx":          "a MAC address like 88B436:xx:xx:xx",
		"the address 00:1a:2b:3c:4d:5e":                 "the address 001a2b3c4d5e",
		"the OUI 00-07-53-11":                           "the OUI 00075311", // four groups: no time
		"the train leaves at 12:30:45":                  "the train leaves at 12:30:45",
		"released 2021-01-05":                           "released 2021-01-05",
		"ports 10-12-15":                                "ports 10-12-15",
		"a mixed 0A:1B-2C":                              "a mixed 0A:1B-2C",
		"U+1F4A9":                                       "U+1F4A9",
		"What is the two-letter code for Chile, CL-NB?": "What is the two-letter code for Chile, CL-NB?",
	} {
		assert.Equal(t, want, JoinHexGroups(in), in)
	}
}

func TestJoinedHexAddresses(t *testing.T) {
	assert.Equal(t, []string{"F02765", "0050C2CA5"}, JoinedHexAddresses("F0-27-65 or 00:50:C2:CA:5?"))
	assert.Empty(t, JoinedHexAddresses("at 12:30:45 on 2021-01-05"))
}
