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
		"What's the short alias of variation selector FE06":    true,
		"What's the common name of Crocus sativus":             true,
		"What's the scientific name of the fennec fox":         true,
	} {
		joined := " " + strings.ToLower(q) + " "
		assert.Equal(t, want, AsksAlias(joined), q)
	}
}

func TestAsksScientificName(t *testing.T) {
	for q, want := range map[string]bool{
		"What's the scientific name of the fennec fox":         true,
		"What is the Latin botanical name of tramp's spurge":   true,
		"What mock scientific name does Bierce give the camel": true,
		"What's the common name of Crocus sativus":             false,
		"What is another name for the cicada":                  false,
		"What scientific instrument measures air pressure":     false, // no name asked
	} {
		joined := " " + strings.ToLower(q) + " "
		assert.Equal(t, want, AsksScientificName(joined), q)
	}
}

func TestWritesBinomial(t *testing.T) {
	for text, want := range map[string]bool{
		"A small, African, foxlike animal ({Vulpes zerda}) of a pale": true, // GCIDE
		"The grunt of the human hog (_Pignoramus intolerabilis_)":     true, // The Devil's Dictionary
		"a type of grunt ({Haemulon melanurum}) of warm Atlantic":     true,
		"[syn: {saffron}, {saffron crocus}, {Crocus sativus}]":        true,
		"See {wax palm}.": false, // a cross-reference to a common name
		"Syn: family {Burseraceae}, torchwood family": false, // a family, one word
		"(Zool.) A small foxlike animal":              false,
	} {
		assert.Equal(t, want, WritesBinomial(text), text)
	}
}

func TestGivesAlias(t *testing.T) {
	assert.True(t, GivesAlias("but containing sulphur in place of oxygen, and hence called also the {sulphur alcohols}."))
	assert.True(t, GivesAlias("Syn: cicala."))
	assert.True(t, GivesAlias("and hence called\n   also the {sulphur alcohols}."), "a wrapped line")
	assert.False(t, GivesAlias("A glutinous pomatum for the hair."))
}

func TestAsksTerm(t *testing.T) {
	for q, want := range map[string]bool{
		"What do you call a specialist in plant diseases":                                                 true,
		"What do hackers call a network packet with every option set":                                     true,
		"What's the word for an abrupt switch within a sentence":                                          true,
		"Which word describes verse where each line starts alike":                                         true,
		"What does the word frob mean":                                                                    false,
		"What is a frobnicator":                                                                           false,
		"What's the jargon word for someone who can use a mouse with either hand":                         true,
		"What is the hacker term for a coding error in an expression":                                     true,
		"What is the device in a plane that aims the bombs called":                                        true,
		"What is it called when a sender floods a receiver":                                               true,
		"What is the name of the currency with the code MKD":                                              false,
		"What is the jargon file's word count":                                                            false,
		"What is the C preprocessor also called":                                                          false,
		"What is the day before an extended weekend called when it isn't Friday":                          true,
		"What is called when the shell starts":                                                            false,
		"What is a domain of names called where you need not worry about clashes":                         true,
		"What does WordNet call an expert who studies the Vedas":                                          true,
		"What do hackers jokingly call the outdoors":                                                      true,
		"What do most Unix programmers call handing off execution":                                        true,
		"What did Unicode 1.0 call the character SYMBOL FOR DATA LINK ESCAPE":                             true,
		"What does it mean to call someone's plan quixotic":                                               false,
		"What do people mean when they call a photo a selfie":                                             false,
		"What does the shell do when you call a function":                                                 false,
		"What does bash do if you call exit":                                                              false,
		"What does git pull call under the hood":                                                          false,
		"What does the init script call to start the daemon":                                              false,
		"What does the call builtin do":                                                                   false,
		"What do hackers call it when a program crashes":                                                  true,
		"What is the name of the small round passage through which the stomach empties into the duodenum": true,
		"What's the name of the mask that decides which permission bits get cleared":                      true,
		"What is the name of the currency that has the code MKD":                                          false,
		"What was the name of the programmer who planted the time bomb":                                   false,
		"What is the name of the character at U+2E17, which carries the Hyphen property":                  false,
		"What is the name of the stone that is the birth stone for June":                                  false,
		"What is the name of the river that Lisbon, the capital of Portugal, lies on":                     false,
		"What is the name of the bitumen that gives off a foul stench when it is burned":                  true,
		"What is the name of Debian's mascot":                                                             false,
	} {
		assert.Equal(t, want, AsksTerm(" "+strings.ToLower(q)+" "), q)
	}
}

func TestIntroducesExpansion(t *testing.T) {
	for before, want := range map[string]bool{
		"[Unix] Abbreviation for ‘":     true,
		"[acronym, ‘":                   true,
		"It is short for ":              true,
		"It is short\n    for ‘":        true, // wrapped
		"The manual was read by the ‘":  false,
		"A Usenet group that uses the ": false,
	} {
		assert.Equal(t, want, IntroducesExpansion(before), before)
	}
}

func TestSynonymListAndOtherNames(t *testing.T) {
	for text, want := range map[string]bool{
		"Syn: family {Phasmidae}, Phasmatidae, family {Phasmatidae}.": true,
		"   Syn. -- To abrogate; annul.":                              true,
		"[syn: {laugh}, {laughter}]":                                  true,
		"A family of insects, called also walking sticks.":            false,
	} {
		assert.Equal(t, want, IsSynonymList(text), text)
	}
	for q, want := range map[string][2]bool{ // asks, gives
		"what is modi sign virama also called":                 {true, false},
		"which character is also called the line marker":       {false, true},
		"what substance is known as hn":                        {false, true},
		"what is a baby kangaroo called":                       {false, false},
		"what insects make up the family phasmidae":            {false, false},
		"which code point carries the short name alias vs12":   {false, true},
		"what is the full block name for the alias kana_ext_b": {false, true},
		"what alias does the variation selector have":          {true, false},
		"what is the alias of u+fe0b":                          {true, false},
	} {
		joined := " " + q + " "
		assert.Equal(t, want[0], AsksAlias(joined), q)
		assert.Equal(t, want[1], GivesOtherName(joined), q)
	}
}
