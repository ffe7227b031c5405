package english

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestAsksAlias(t *testing.T) {
	for q, want := range map[string]bool{
		"What is MODI SIGN VIRAMA also called":                 true,
		"What is TIBETAN VOWEL SIGN AA otherwise known as":     true,
		"What is another name for the cicada":                  true,
		"By what other names is the cunner fish known":         true,
		"The plant called fingerroot is better known as what":  true,
		"What is a synonym for flat-ASCII":                     true,
		"Which character is also called the line marker":       false, // the other name is given: the thing is asked
		"Which Anatolian hieroglyph is also known as asinus2a": false,
		"What is the code point of WHITE SESAME DOT":           false,
	} {
		joined := " " + strings.ToLower(q) + " "
		assert.Equal(t, want, AsksAlias(joined), q)
	}
}

func TestGivesAlias(t *testing.T) {
	assert.True(t, GivesAlias("but containing sulphur in place of oxygen, and hence called also the {sulphur alcohols}."))
	assert.True(t, GivesAlias("Syn: cicala."))
	assert.False(t, GivesAlias("A glutinous pomatum for the hair."))
}
