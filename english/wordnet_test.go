package english

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestRelated(t *testing.T) {
	tests := []struct {
		word, want string
	}{
		{"devised", "invent"},
		{"inventor", "invent"},
		{"invented", "inventor"},
		{"wrote", "write"},
		{"tall", "height"},
		{"originated", "originate"},
		{"mice", "mouse"},
		{"wrote", "author"},           // write → writer, whose synset holds author ("Who wrote it?" of "author = {…}")
		{"translated", "interpreter"}, // translate → translator ~ interpreter
	}
	for _, tt := range tests {
		assert.Contains(t, Related(tt.word), tt.want, tt.word)
	}
	assert.Contains(t, RelatedStems("devised"), "invent")
	assert.Empty(t, Related("qwxzzy"))
}

func TestIsPlural(t *testing.T) {
	for w, want := range map[string]bool{"versions": true, "buttons": true, "entries": true, "mice": true, "glass": false, "this": false, "was": false, "incompatible": false, "mutually": false} {
		assert.Equal(t, want, IsPlural(w), w)
	}
}

// TestBaseKnowsUnrelatedWords: a word WordNet has but relates to no other
// ("database", "directory") is a dictionary word all the same; a name no
// dictionary has ("noatime", "askbcc") has no base.
func TestBaseKnowsUnrelatedWords(t *testing.T) {
	tests := []struct {
		word string
		want []string
	}{
		{"database", []string{"database"}},
		{"directory", []string{"directory"}},
		{"databases", []string{"database"}},
		{"noatime", nil},
		{"askbcc", nil},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Base(tt.word), tt.word)
	}
	assert.Equal(t, []string{"database"}, Related("database"), "known, related to nothing but itself")
}

func TestIsPersonNoun(t *testing.T) {
	for w, want := range map[string]bool{
		"sailor": true, "sailors": true, "pedestrians": true, "managers": true, "maintainer": true,
		"women": true, "deputies": true, "witnesses": true, "judges": true,
		"coat": false, "packages": false, "number": false, "the": false, "team": false,
	} {
		assert.Equal(t, want, IsPersonNoun(w), w)
	}
}

func TestOppositeStems(t *testing.T) {
	assert.Contains(t, OppositeStems("include"), Stem("exclusion"), "include ↔ exclude, and its noun")
	assert.Contains(t, OppositeStems("includes"), Stem("exclude"))
	assert.Contains(t, OppositeStems("optional"), Stem("obligatory"))
	assert.Contains(t, OppositeStems("enable"), Stem("disable"))
	assert.ElementsMatch(t, []string{Stem("untunnel"), Stem("nontunnel")}, OppositeStems("tunnel"), "no antonym, only the prefixes that would negate it")
	assert.Empty(t, OppositeStems("off"), "a preposition's opposite is written in passing")
	assert.NotContains(t, OppositeStems("end"), Stem("father"), "an antonym's synonyms reach too far")
	assert.NotContains(t, OppositeStems("long"), Stem("shortstop"), "a compound of an antonym is no opposite")
	assert.Contains(t, OppositeStems("long"), Stem("short"))
	assert.Contains(t, OppositeStems("hold"), Stem("unhold"), "apt-mark hold and unhold: a prefix negates")
	assert.Contains(t, OppositeStems("install"), Stem("uninstalling"))
	assert.Contains(t, OppositeStems("uninstall"), Stem("install"), "and back")
	assert.NotContains(t, OppositeStems("understand"), Stem("derstand"))
	assert.NotContains(t, negations("union"), "ion", "no word after the prefix")
	assert.Empty(t, negations("use"), "too short to tell")
	assert.Empty(t, OppositeStemsAt([]string{"come", "down", "with"}, 0), "a phrasal verb")
	assert.Contains(t, OppositeStemsAt([]string{"include", "the", "source"}, 0), Stem("exclude"))
	assert.NotContains(t, Related("include"), "exclude", "an antonym is no related word")
}
