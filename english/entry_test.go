package english

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestEntryParts(t *testing.T) {
	for _, c := range []struct {
		question string
		part     EntryPart
		line     string // a headword line of a real dictionary's style that gives it
	}{
		{"What's the Latin plural of fulcrum?", Plural, `Fulcrum \Ful"crum\, n.; pl. L. {Fulcra}, E. {Fulcrums}. [L.,`},
		{"What is the past tense of misdo?", PastForm, `Misdo \Mis*do"\ (m[i^]s*d[=oo]"), v. t. [imp. {Misdid}; p. p.`},
		{"How is bateau transcribed phonetically in the dictionary?", Pronunciation, "bateau /bato/ <n, masc>"},
		{"Which Latin word is acrid derived from?", Etymology, `Acrid \Ac"rid\, a. [L. acer sharp; prob. assimilated in form to`},
		{"What other spelling is given for Doorga?", Spelling, "[Written also {Durga}.]"},
		{"Is the French noun cuisse masculine or feminine?", Gender, "cuisse /kɥis/ <n, fem>"},
		{"What grammatical gender does the dictionary give for lit?", Gender, "lit /li/ <n, masc>"},
		{"What is a fulcrum?", NoPart, ""},
		{"What's the Spanish word for pencil?", NoPart, ""},
		{"TEA is a small cipher; what is its name spelled out?", NoPart, ""},
	} {
		joined := " " + strings.Join(strings.Fields(strings.ToLower(strings.Trim(c.question, "?"))), " ") + " "
		assert.Equal(t, c.part, AsksEntryPart(joined), c.question)
		if c.part != NoPart {
			assert.True(t, GivesEntryPart(c.part, c.line), c.line)
			assert.False(t, GivesEntryPart(c.part, "1. A prop or support."), "a sense gives no %v", c.part)
		}
	}
	assert.False(t, GivesEntryPart(Plural, "An appl. of the rule."))
	assert.True(t, GivesEntryPart(Spelling, "[Written\n   also {Durga}.]"), "a wrapped line")
	assert.True(t, GivesEntryPart(PastForm, "[imp. {Misdid}; p.\n   p. {Misdone}]"), "a wrapped line")
	assert.False(t, GivesEntryPart(Plural, "3. (Eccl.) See {Plurality of benefices}, below."))
	assert.False(t, GivesEntryPart(Gender, "A female of the species; feminism."), "words that only begin like a gender")
}

func TestIsLanguageFrame(t *testing.T) {
	for q, at := range map[string]int{
		"what's the spanish word for pencil":        2,
		"what does the french verb promouvoir mean": 3,
		"how do you say hungry in french":           6,
	} {
		assert.True(t, IsLanguageFrame(strings.Fields(q), at), q)
	}
	assert.False(t, IsLanguageFrame(strings.Fields("who wrote the french revolution"), 3))
}

func TestAsksTranslation(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"what is the italian word for a caterpillar", true},
		{"what is the spanish verb for to sigh", true},
		{"what is the english for the french noun ciseaux", true},
		{"what does the french pronoun te mean in english", true},
		{"what are the english translations of the french verb déduire", true},
		{"what spanish word is the name torilto compared with", false}, // an etymology's cognate
		{"which latin word is acrid derived from", false},
		{"who wrote the french revolution", false},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, AsksTranslation(strings.Fields(tc.q)), tc.q)
	}
}
