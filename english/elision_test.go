package english

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestElided(t *testing.T) {
	tests := []struct {
		w, rest string
		ok      bool
	}{
		{"l'accusé", "accusé", true},     // fraeng's headword "accusé /akyze/ <n, masc>"
		{"s'incliner", "incliner", true}, // written whole as the headword "s'incliner"
		{"S'abaisser", "abaisser", true}, // capital at a sentence's start
		{"d’abord", "abord", true},       // typographic apostrophe
		{"qu'il", "il", true},            //
		{"dell'anno", "anno", true},      // Italian
		{"un'ora", "ora", true},          //
		{"l'homme", "homme", true},       // mute h
		{"s'en", "en", true},             // "s'en aller": the pronoun's own elision
		{"o'clock", "", false},           // English
		{"don't", "", false},             //
		{"it's", "", false},              //
		{"l'", "", false},                // nothing after
		{"d'b", "", false},               // too short, no vowel
		{"t'other", "other", true},       // an English dialect word reads as elided too: harmless, the whole word still matches first
		{"s'mores", "", false},           // a consonant follows
		{"l'2", "", false},               // no letters
		{"accusé", "", false},            // no apostrophe
		{"'quoted'", "", false},          // a quote, not an elision
	}
	for _, tt := range tests {
		t.Run(tt.w, func(t *testing.T) {
			rest, ok := Elided(tt.w)
			assert.Equal(t, tt.ok, ok)
			assert.Equal(t, tt.rest, rest)
		})
	}
}
