package english

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNamesByGender(t *testing.T) {
	for _, c := range []struct {
		question string
		named    bool
		gender   string // NamedGender's
	}{
		{"How does the French-English dictionary render the feminine noun Belge in English?", true, "feminine"},
		{"As a masculine noun, what English senses does passé have?", true, "masculine"},
		{"What is the English for the French noun boucher (the masculine noun, not the verb)?", true, "masculine"},
		{"Is the French word mer feminine?", false, ""},
		{"Is the French noun cuisse masculine or feminine?", false, ""},
		{"Which French masculine noun means suffix?", false, ""},
		{"What is the feminine noun Belge, and what is its gender?", false, "feminine"},
		{"What is the gender of the masculine noun poste?", false, "masculine"},
		{"What is a fulcrum?", false, ""},
	} {
		joined := " " + strings.Join(strings.Fields(strings.ToLower(strings.Trim(c.question, "?"))), " ") + " "
		assert.Equal(t, c.named, NamesByGender(joined), c.question)
		assert.Equal(t, c.gender, NamedGender(joined), c.question)
	}
}

func TestEntryHeadword(t *testing.T) {
	for _, c := range []struct {
		text, head string
	}{
		{"poste /pɔst/ <n, fem>\nmail, post", "poste"},
		{"baie d'Hudson /bɛdysɔ̃/ <n, fem>\nHudson Bay", "baie d'Hudson"},
		{"Emery\nCorundum \\Co*run\"dum\\ (k[-o]*r[u^]n\"d[u^]m), n.; pl. {Corundums}", "Corundum"},
		{"Water glass \\Wa\"ter glass\\, n.", "Water glass"},
		{"   (k[-o]*r[u^]n\"d[u^]mz). [Also corindon.] [From Hind. kurand", ""},
		{"Emery", ""},
		{"timber, wood", ""},
	} {
		assert.Equal(t, c.head, EntryHeadword(c.text), c.text)
	}
}

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
		{"What alternative spelling of 'whizzy' does the Jargon File give?", Spelling, "(alt.: wizzy) [Sun] Describes a {cuspy} program"},
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
		"what's the spanish word for pencil":            2,
		"what does the french verb promouvoir mean":     3,
		"how do you say hungry in french":               6,
		"how would you translate fournir into english":  6,
		"what noises in english does croasser describe": 3, // a frame inside the question, before a function word
		"in english what is a cuerno":                   1,
	} {
		assert.True(t, IsLanguageFrame(strings.Fields(q), at), q)
	}
	assert.False(t, IsLanguageFrame(strings.Fields("who wrote the french revolution"), 3))
	assert.False(t, IsLanguageFrame(strings.Fields("which river flows in french guiana"), 5)) // a name the language's adjective begins
}

func TestIsTranslationWord(t *testing.T) {
	q := strings.Fields("how do you say the spanish verb for to sigh")
	var got []string
	for i := range q {
		if IsTranslationWord(q, i) {
			got = append(got, q[i])
		}
	}
	assert.Equal(t, []string{"say", "spanish", "verb"}, got)
	q = strings.Fields("how do you say old in spanish")
	assert.False(t, IsTranslationWord(q, 4), "old is no language, though old french is")
	q = strings.Fields("what do spanish speakers call a pencil")
	got = nil
	for i := range q {
		if IsTranslationWord(q, i) {
			got = append(got, q[i])
		}
	}
	assert.Equal(t, []string{"spanish", "speakers", "call"}, got, "the speakers' frame")
}

func TestAsksAllSenses(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"what are the english meanings of encantar", true},
		{"which translations does the dictionary give for rayon", true},
		{"what definitions are listed for tine", true},
		{"which two senses are listed for vittoria", true},
		{"what does encantar mean", false},
		{"what is the english translation of the italian catena", false},
		{"what is the second sense of cliente", false},
	} {
		assert.Equal(t, tc.want, AsksAllSenses(strings.Fields(tc.q)), tc.q)
	}
}

func TestAsksTranslation(t *testing.T) {
	tests := []struct {
		q              string
		asks, headword bool
	}{
		{"what is the italian word for a caterpillar", true, true},
		{"what is the spanish verb for to sigh", true, true},
		{"which french verb means to gild", true, true},
		{"how do you say coupon in italian", true, true},
		{"which fish is a dorée in french", true, false},
		{"how would you translate grouiller into english", true, false},
		{"what is the spanish translation of mouse", true, true},
		{"what is the english translation of the italian catena", true, false},
		{"what is the english for the french noun ciseaux", true, false},
		{"what does the french pronoun te mean in english", true, false},
		{"what are the english translations of the french verb déduire", true, false},
		{"what spanish word is the name torilto compared with", false, false}, // an etymology's cognate
		{"which latin word is acrid derived from", false, false},
		{"who wrote the french revolution", false, false},
		{"what do italians call a chauffeur", true, true},
		{"how do the french say goodbye", true, true},
		{"what do spanish speakers call a pencil", true, true},
		{"what do the english call a cerrojo", true, false},
		{"what do germans eat", false, false},
		{"what did the romans call scotland", false, false},
		{"what do germans call their parliament", false, false},
		{"what's the english name of the river the french call fleuve columbia", true, false}, // the entry's English, what it means
		{"what's the spanish name for the birch tree", true, true},                            // a name, as a word
		{"which italian word does the dictionary give for population", true, true},
		{"which italian verb would i use for greeting somebody", true, true},
		{"which spanish word names the organ that pumps blood", true, true}, // a word of the language asked for, whatever verb follows
		{"what spanish noun refers to the people who staff a ship", true, true},
		{"which french verb does webster give as a cognate of popularize", false, false}, // an etymology
		{"from which french verb does tourniquet come", false, false},
		{"which latin word does gcide give for the origin of salary", false, false},
		{"what greek word does gcide trace the word to", false, false},
		{"translate the french adjective pur", true, false},                                      // a translation of the entry, not its headword
		{"how does the spanish-english dictionary translate necesitado", true, false},            // the dictionary's name names the languages
		{"which project should translators use to translate package descriptions", false, false}, // no language named: no bilingual dictionary's
	}
	for _, tc := range tests {
		asks, headword := AsksTranslation(strings.Fields(tc.q))
		assert.Equal(t, tc.asks, asks, tc.q)
		assert.Equal(t, tc.headword, headword, tc.q)
	}
}

func TestInEntryNote(t *testing.T) {
	text := "Cabriolet \\Cab`ri*o*let\"\\, n. [F., dim. of cabriole a leap,\n   caper, fr. L. caper he-goat.] A one-horse carriage built by Joseph Hansom. [1913 Webster] [Mr. Antonov wrote this.]"
	tests := []struct {
		word string
		want bool
	}{
		{"Cab`", true}, // the pronunciation
		{"dim.", true},
		{"caper,", true},     // the bracket wraps to the next line
		{"L. caper", true},   // a language inside it
		{"Joseph", false},    // after it closes
		{"one-horse", false}, // after the bracket closes
		{"Webster", false},   // a source tag opens with no language
		{"Antonov", false},   // "[Mr. Antonov …]": a title, no language
	}
	for _, tt := range tests {
		off := strings.Index(text, tt.word)
		require.GreaterOrEqual(t, off, 0, tt.word)
		assert.Equal(t, tt.want, InEntryNote(text, off), tt.word)
	}
}

func TestEntryGender(t *testing.T) {
	tests := []struct {
		text, gender string
		noted        bool
	}{
		{"livre /livʀ/ <n, fem>\npound", "feminine", true},
		{"soleil /sɔlɛj/ <n, masc>\nsun", "masculine", true},
		{"frais /fʀɛ/ <adj>\nfresh, recent", "", true}, // a note of no gender
		{"cane /kˈane/\ndog", "", false},               // a dictionary that writes no notes
		{"pound\n<n, fem>", "", false},                 // the headword line only
		{"Maculate \\Mac\"u*late\\, a. Marked with spots.", "", false},
	}
	for _, tt := range tests {
		g, noted := EntryGender(tt.text)
		assert.Equal(t, tt.gender, g, tt.text)
		assert.Equal(t, tt.noted, noted, tt.text)
	}
}
