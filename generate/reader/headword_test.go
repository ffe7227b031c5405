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
