package reader

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A question that numbers the sense it asks for in other words than "the
// second sense of" ("what second sense does the dictionary give for",
// "the first English sense given for") is answered with that sense; a
// numbered sense right under the headword is a sense, not the headword;
// and an entry that lists its senses unnumbered, split by commas, holds
// the third of them. Entries of freedict's French-English and
// Spanish-English dictionaries, byte for byte.
func TestTheSenseAskedByItsNumber(t *testing.T) {
	monsieur := doc{"fraeng/monsieur-msj.txt", "monsieur-msj.txt", "Monsieur /məsjø/\n1. sir\n2. mister, Mr.\n"}
	monsieurNoun := doc{"fraeng/monsieur-msj-n-masc.txt", "monsieur-msj-n-masc.txt", "monsieur /məsjø/ <n, masc>\ngentleman\n"}
	bataille := doc{"fraeng/bataille-bataj-n-fem.txt", "bataille-bataj-n-fem.txt", "bataille /bataj/ <n, fem>\n1. action, battle, scuffle, struggle\n2. blow\n"}
	batailler := doc{"fraeng/batailler-bataje-v.txt", "batailler-bataje-v.txt", "batailler /bataje/ <v>\nfight, struggle\n"}
	entrar := doc{"spaeng/entrar-enta.txt", "entrar-enta.txt", "entrar /entɾˈaɾ/\ngo in, enter, perform\n"}
	for _, tc := range []struct {
		q    string
		docs []doc
		want string
	}{
		{"What second sense does the French-English dictionary give for 'bataille'?", []doc{bataille, batailler}, "blow"},
		{"In the French-English dictionary, what is the second English translation given for 'Monsieur'?", []doc{monsieur, monsieurNoun}, "mister"},
		{"What is the first sense listed for 'Monsieur' in the French-English dictionary?", []doc{monsieur}, "sir"},
		{"What third English meaning does the Spanish-English dictionary list for 'entrar'?", []doc{entrar}, "perform"},
	} {
		_, text, why := answer(New(nil), tc.q, tc.docs...)
		assert.Contains(t, text, tc.want, why)
	}
}
