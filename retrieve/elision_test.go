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
		doc{"/fr/d-ailleurs-daj.txt", corpus.Text, "d-ailleurs-daj.txt", []string{"d'ailleurs /dajœʀ/\n1. as for the rest, besides, for the rest, moreover, what's more\n2. in addition\n3. and also, and ... as well, as well as, together with\n4. furthermore\n"}},
		doc{"/fr/ailleurs-aj-adv.txt", corpus.Text, "ailleurs-aj-adv.txt", []string{"ailleurs /ajœʀ/ <adv>\nelsewhere\n"}},
	)
	assertFirsts(t, New(c, DefaultConfig()), []firstHit{
		{"In a French trial, what is 'l'accusé' called in English?", "/fr/accuse-akyze-n-masc.txt"},
		{"What English translation is given for the verb 's'incliner'?", "/fr/s-incliner-skline-v.txt"},
		// The entry that writes the word as asked, before the bare
		// word's (found by review).
		{"What does 'd'ailleurs' mean?", "/fr/d-ailleurs-daj.txt"},
		{"What does d'ailleurs mean in English?", "/fr/d-ailleurs-daj.txt"},
	})
}
