package reader

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A dictionary kept one entry to a file is named for the entry's first
// line, and the file name writes the headword's hyphen as its separator
// ("pre-existence-n-an-unnoted-factor-in-creation.txt" for
// "PRE-EXISTENCE, n."): the entry is still the headword's, not one about
// every word of its definition. (Entries of The Devil's Dictionary, as
// the dict-devil package splits them.)
func TestAHyphenatedHeadwordNamesItsEntryFile(t *testing.T) {
	entry := "PRE-EXISTENCE, n.  An unnoted factor in creation."
	other := "DICTIONARY, n.  A malevolent literary device for cramping the growth of a language and making it hard and inelastic."
	docs := []doc{
		{"devil/pre-existence-n-an-unnoted-factor-in-creation.txt", entry, entry + "\n"},
		{"devil/dictionary-n-a-malevolent-literary-device-for-cramping-the-growth.txt", other, other + "\n"},
	}
	for _, q := range []string{"How does the Devil's Dictionary define PRE-EXISTENCE?", "What is pre-existence, according to Bierce?"} {
		_, text, why := answer(New(nil), q, docs...)
		assert.Equal(t, entry, text, why)
	}
}

// "What is the name of the thing that/which/through which …" describes a
// thing by what it does and asks for its word (english.AsksTerm): the
// entry whose definition the question paraphrases answers with its
// headword, not with the definition it restates. (Entries of WordNet 3.0,
// as the dict-wn package writes them.)
func TestNameOfADescribedThingIsTheHeadword(t *testing.T) {
	pylorus := "pylorus\n    n 1: a small circular opening between the stomach and the\n         duodenum\n"
	ache := "stomach ache\n    n 1: an ache localized in the stomach or abdominal region [syn:\n         {stomachache}, {stomach ache}, {bellyache}, {gastralgia}]\n"
	ulcer := "gastric ulcer\n    n 1: a peptic ulcer of the stomach\n"
	_, text, why := answer(New(nil), "What is the name of the small round passage through which the stomach empties into the duodenum?",
		doc{"wordnet/pylorus.txt", "pylorus.txt", pylorus}, doc{"wordnet/stomach-ache.txt", "stomach-ache.txt", ache},
		doc{"wordnet/gastric-ulcer.txt", "gastric-ulcer.txt", ulcer})
	assert.Equal(t, "pylorus", text, why)
}
