package retrieve

import (
	"testing"

	"github.com/verbatim-rag/verbatim/corpus"
)

// A question that writes a French or Italian word with its elision
// ("l'accusé") finds the dictionary's entry for the word without it
// ("accusé /akyze/ <n, masc>"), and still the one that writes it whole
// ("s'incliner /sɛ̃kline/ <v>"). (Entries of FreeDict's French-English
// dictionary, as the dict-freedict-fra-eng package writes them.)
func TestSearchElidedWord(t *testing.T) {
	c := corpusOf(t,
		doc{"/fr/accuse-akyze-n-masc.txt", corpus.Text, "accuse-akyze-n-masc.txt", []string{"accusé /akyze/ <n, masc>\naccused, defendant\n"}},
		doc{"/fr/jugement-ym-n-masc.txt", corpus.Text, "jugement-ym-n-masc.txt", []string{"jugement /ʒyʒəmɑ̃/ <n, masc>\nadjudication, trial\n"}},
		doc{"/fr/s-incliner-skline-v.txt", corpus.Text, "s-incliner-skline-v.txt", []string{"s'incliner /sɛ̃kline/ <v>\nstoop\n"}},
		doc{"/fr/incliner-kline-v.txt", corpus.Text, "incliner-kline-v.txt", []string{"incliner /ɛ̃kline/ <v>\nincline, tilt\n"}},
	)
	assertFirsts(t, New(c, DefaultConfig()), []firstHit{
		{"In a French trial, what is 'l'accusé' called in English?", "/fr/accuse-akyze-n-masc.txt"},
		{"What English translation is given for the verb 's'incliner'?", "/fr/s-incliner-skline-v.txt"},
	})
}
