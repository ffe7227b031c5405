package english

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestIsCodeName(t *testing.T) {
	for _, tc := range []struct {
		b    string
		want bool
	}{
		{"AX", true},
		{"MW", true},
		{"GB-WOR", true},
		{"1BBD", true},
		{"1942", false},    // a year
		{"U+1F4A9", false}, // a code point
		{"A", false},
		{"Malawi", false},
		{"ABCDEFGHI", false},
		{"mw", false},
	} {
		assert.Equal(t, tc.want, IsCodeName(tc.b), tc.b)
	}
}

func TestWritesNotation(t *testing.T) {
	tests := []struct {
		word, after string
		want        bool
	}{
		{"U", "+00E9?", true},
		{"U", "+1F9ED", true},
		{" U", "+1f9ed", true},
		{"u", "+00E9", false},       // a word, lower-case
		{"U", " +00E9", false},      // set apart
		{"U", "+", false},           // nothing after
		{"U", "+ 00E9", false},      // set apart
		{"USA", "+1 555", false},    // three letters: a name
		{"C", "++ and Java", false}, // a language's name, no code after
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, WritesNotation(tc.word, tc.after), "%q %q", tc.word, tc.after)
	}
}

func TestSplitCamel(t *testing.T) {
	for in, want := range map[string]string{
		"NameAliases":          "Name Aliases",
		"PropertyValueAliases": "Property Value Aliases",
		"UnicodeData":          "Unicode Data",
		"UCD":                  "UCD",
		"iso3166":              "iso3166",
		"zone1970":             "zone1970",
		"HTTPServer":           "HTTPServer", // a run of capitals starts no word inside it
		"macOS":                "mac OS",
		"":                     "",
	} {
		assert.Equal(t, want, SplitCamel(in), in)
	}
}

func TestNamesAliasList(t *testing.T) {
	for base, want := range map[string]bool{
		"NameAliases":          true,
		"PropertyValueAliases": true,
		"aliases":              true,
		"mail-aliases":         true,
		"synonyms":             true,
		"UnicodeData":          false,
		"NamesList":            false,
		"aliasing-notes":       false,
	} {
		assert.Equal(t, want, NamesAliasList(base), base)
	}
}

func TestOrdinaryOpener(t *testing.T) {
	tests := []struct {
		w    string
		want bool
	}{
		{"The", true},
		{"According", true}, // ends like a participle
		{"Besides", true},   // a preposition
		{"Per", true},
		{"Describe", true},
		{"Finally", true},
		{"Founded", true},
		{"Debian", false},
		{"Bierce", false},
		{"Git", false},
		{"Reading", true},  // a town too, but capitalised at the start it is read as the word
		{"LISTING", false}, // written in capitals: a name
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, OrdinaryOpener(tt.w), tt.w)
	}
}
