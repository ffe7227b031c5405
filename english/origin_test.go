package english

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestAsksOrigin(t *testing.T) {
	for q, want := range map[string]bool{
		"Which film does the phrase 'and there was much rejoicing' come from?":       true,
		"At which school did the term obi-wan error originate?":                      true,
		"Which novel is the hacker word moby derived from?":                          true,
		"Where does the expression 'fandango on core' get its name from?":            true,
		"Which Harvard building is offered as a possible origin of the word crufty?": true,
		"What does the hacker word fnord mean?":                                      false,
		"Which company makes the motionCookie?":                                      false,
	} {
		assert.Equal(t, want, AsksOrigin(strings.Fields(strings.ToLower(strings.Trim(q, "?")))), q)
	}
}

func TestOriginNote(t *testing.T) {
	for text, want := range map[string]string{
		"    [from the Illuminatus Trilogy]":                      "from the Illuminatus Trilogy",
		"[Unix: from IBM {JCL}] An obsolete command":              "Unix: from IBM {JCL}",
		"[US Geological Survey] A procedure that has yet to be …": "US Geological Survey",
		"[common]": "",
		"[234]":    "",
		"A word used in email [from the Illuminatus Trilogy]": "",
	} {
		s, e, ok := OriginNote(text)
		got := ""
		if ok {
			got = text[s:e]
		}
		assert.Equal(t, want, got, text)
	}
}
