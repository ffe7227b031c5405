package reader

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A French or Italian headword written with its elision, between single
// quotes ("'s'abaisser'", "'l'accusé'"), is one quoted word: the
// apostrophe inside is no closing quote. Written so in the question, it
// binds the dictionary's headword whether the entry writes the elision
// ("s'abaisser /sabɛse/ <v>", "all'indietro /ˈal indjˈɛtro/") or not
// ("accusé /akyze/ <n, masc>"); where a passage writes it whole, the entry
// of the bare word ("indietro /indjˈɛtro/") is another. (Entries of
// FreeDict's French-English and Italian-English dictionaries, as the
// dict-freedict packages write them.)
func TestElidedHeadword(t *testing.T) {
	abaisser := doc{"fraeng/s-abaisser-sabse-v.txt", "s-abaisser-sabse-v.txt", "s'abaisser /sabɛse/ <v>\n1. descend, go down\n2. abate, settle\n3. decrease, diminish, drop, fall\n4. abase oneself\n5. get off\n"}
	liste := doc{"fraeng/liste-list-n-fem.txt", "liste-list-n-fem.txt", "liste /list/ <n, fem>\n1. nomination, recommendation\n2. list\n3. index, table, tablet, tabulation\n"}
	accuse := doc{"fraeng/accuse-akyze-n-masc.txt", "accuse-akyze-n-masc.txt", "accusé /akyze/ <n, masc>\naccused, defendant\n"}
	jugement := doc{"fraeng/jugement-ym-n-masc.txt", "jugement-ym-n-masc.txt", "jugement /ʒyʒəmɑ̃/ <n, masc>\nadjudication, trial\n"}
	allIndietro := doc{"itaeng/all-indietro-al-indjtro.txt", "all-indietro-al-indjtro.txt", "all'indietro /ˈal indjˈɛtro/\nbackwards\n"}
	indietro := doc{"itaeng/indietro-indjtro.txt", "indietro-indjtro.txt", "indietro /indjˈɛtro/\n1. backward, backwards\n"}
	tests := []struct {
		q       string
		docs    []doc
		want    string
		answers bool // with confidence, not only ranked first
	}{
		{"What English words are listed under sense 3 of the French verb 's'abaisser'?", []doc{liste, abaisser}, "3. decrease, diminish, drop, fall", false},
		{"In a French trial, what is 'l'accusé' called in English?", []doc{jugement, accuse}, "accusé /akyze/ <n, masc>\naccused, defendant", false},
		{"What does the Italian expression 'all'indietro' mean?", []doc{allIndietro, indietro}, "all'indietro /ˈal indjˈɛtro/\nbackwards", true},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			got, why := best(tt.q, tt.docs...)
			if tt.answers {
				_, got, why = answer(New(nil), tt.q, tt.docs...)
			}
			assert.Equal(t, tt.want, got, why)
		})
	}
}

// A definition question that quotes a word is not answered by the entry
// of a longer phrase that holds it ("tout d'abord /tudabɔʀ/" for
// "What does 'd'abord' mean?"): the phrase means something of its own.
// The entry of the word itself still answers. (FreeDict's French-English
// dictionary.)
func TestQuotedWordIsNotAPhraseEntry(t *testing.T) {
	tout := doc{"fraeng/tout-d-abord-tudab.txt", "tout-d-abord-tudab.txt", "tout d'abord /tudabɔʀ/\n1. above all, especially\n2. at once, instantly, immediately, without delay\n"}
	dabord := doc{"fraeng/d-abord-dab.txt", "d-abord-dab.txt", "d'abord /dabɔʀ/\n1. certainly, indeed, rather, surely\n2. at first, at the outset, in the beginning\n3. at once, instantly, immediately, without delay\n4. just, right away, right now\n5. first, firstly, first of all\n"}
	q := "What does 'd'abord' mean in English?"
	a, _, why := answer(New(nil), q, tout)
	assert.Empty(t, a.Pieces, why)
	_, text, why := answer(New(nil), q, dabord, tout)
	assert.Equal(t, "1. certainly, indeed, rather, surely", text, why) // the word's own first sense; "tout d'abord"'s senses do not compete
}
