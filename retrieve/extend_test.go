package retrieve

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// hasLonger is nameTerms.has without mayExtend: the name or a longer form
// of it among all the analysed terms of text.
func hasLonger(text, name string) bool {
	all := map[string]bool{}
	for _, t := range Terms(text) {
		all[t] = true
	}
	return hasName(name, all)
}

// extendTexts hold longer forms whose stems change the token's last bytes
// ("y" → "i", an added "e", "bility" → "ble"), capitals, possessives, the
// two runes that lower-case to ASCII and other non-ASCII text.
var extendTexts = []string{
	"The Norvanians sailed from Norvania's coast.",
	"NORVANIAN ships; norvanias.",
	"Relational databases and rationality in the Abilities list.",
	"Sensibility, probability and the Dodgy Dodgers.",
	"Happily the happiest Hoppers hopped.",
	"Kelvin: \u212aELVINS and \u0130STANBULS.",
	"Zürich, Zürichs; naïve Naïveté.",
	"Constructionalism, operating, operators, generalization.",
	"",
}

// extendNames are analysed names (see classifyQuery), five bytes or more.
var extendNames = []string{"norvania", "norvan", "relat", "ration", "abil", "sensibl", "probabl",
	"dodgi", "dodger", "happi", "hopper", "kelvin", "istanbul", "zürich", "naïv", "construct",
	"oper", "gener", "generalis", "_about", "absent", "ration2"}

func TestMayExtendNeverHidesALongerForm(t *testing.T) {
	for _, text := range extendTexts {
		for _, name := range extendNames {
			if !extensible(name) {
				continue
			}
			want := hasLonger(text, name)
			got := (&nameTerms{text: text}).has(name)
			assert.Equal(t, want, got, "name %q in %q", name, text)
			if want {
				assert.True(t, mayExtend(text, name), "mayExtend %q in %q", name, text)
			}
		}
	}
}

func TestMayExtend(t *testing.T) {
	tests := []struct {
		text, name string
		want       bool
	}{
		{"The Norvanians sailed.", "norvania", true},
		{"THE NORVANIANS SAILED.", "norvania", true},
		{"The Norva sailed.", "norvania", false}, // no "norvan"
		{"A dodgy deal.", "dodgi", true},         // "dod" held
		{"A deal.", "dodgi", false},
		{"\u212aelvins", "kelvin", true}, // the Kelvin sign lower-cases to k
		{"Zürichs", "zürich", true},      // a non-ASCII name is never ruled out
		{"", "norvania", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, mayExtend(tt.text, tt.name), "%q in %q", tt.name, tt.text)
	}
}

// FuzzMayExtend checks that mayExtend never rules out a text whose
// analysis holds a longer form of the name.
func FuzzMayExtend(f *testing.F) {
	for i, text := range extendTexts {
		f.Add(text, extendNames[i%len(extendNames)])
	}
	f.Fuzz(func(t *testing.T, text, word string) {
		for _, name := range Terms(word) {
			if !extensible(name) || strings.ContainsRune(name, '\uFFFD') {
				continue
			}
			if hasLonger(text, name) && !mayExtend(text, name) {
				t.Fatalf("mayExtend(%q, %q) is false, but the text holds a longer form", text, name)
			}
		}
	})
}
