package reader

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A question for a bilingual dictionary's translation says how the
// dictionary gives it ("what translations are GIVEN for", "which
// equivalents does it LIST for", "which words does it OFFER as", "the
// English MEANINGS of", "which English SENSES", "how does the
// Italian-English dictionary TRANSLATE"): words no entry writes, of the
// frame, not of what is asked. A gender named beside the word class
// ("the masculine noun soleil") tells the entry, as the class does, and
// asks for no gender: the entry's label ("<n, masc>") states it, and picks
// the entry among a headword's ("livre /livʀ/ <n, masc>" beside "<n,
// fem>", "frais /fʀɛ/ <adj>"). (Entries of FreeDict's French-, Italian-
// and Spanish-English dictionaries, as the dict-freedict packages write
// them.)
func TestTranslationFrames(t *testing.T) {
	soleil := doc{"fraeng/soleil-slj-n-masc.txt", "soleil-slj-n-masc.txt", "soleil /sɔlɛj/ <n, masc>\nsun\n"}
	rayon := doc{"fraeng/rayon-de-soleil-jdslj-n-masc.txt", "rayon-de-soleil-jdslj-n-masc.txt", "rayon de soleil /ʀɛjɔ̃dəsɔlɛj/ <n, masc>\nsunbeam\n"}
	bavardage := doc{"fraeng/bavardage-bavada-n-masc.txt", "bavardage-bavada-n-masc.txt", "bavardage /bavaʀdaʒ/ <n, masc>\nchat\n"}
	cliente := doc{"itaeng/cliente-klinte.txt", "cliente-klinte.txt", "cliente /kliˈɛnte/\n1. buyer, client, purchaser\n2. customer\n"}
	solo := doc{"spaeng/solo-solo.txt", "solo-solo.txt", "solo /sˈolo/\nalone, only, sole, solitary\n"}
	soloAccent := doc{"spaeng/solo-solo~2.txt", "solo-solo~2.txt", "sólo /sˈolo/\nexclusively, just, only\n"}
	livreM := doc{"fraeng/livre-liv-n-masc.txt", "livre-liv-n-masc.txt", "livre /livʀ/ <n, masc>\nbook\n"}
	livreF := doc{"fraeng/livre-liv-n-fem.txt", "livre-liv-n-fem.txt", "livre /livʀ/ <n, fem>\npound\n"}
	fraisA := doc{"fraeng/frais-f-adj.txt", "frais-f-adj.txt", "frais /fʀɛ/ <adj>\nfresh, recent\n"}
	fraisN := doc{"fraeng/frais-f-n-masc.txt", "frais-f-n-masc.txt", "frais /fʀɛ/ <n, masc>\nfee\n"}
	cane := doc{"itaeng/cane-kane.txt", "cane-kane.txt", "cane /kˈane/\ndog\n"}
	billete := doc{"spaeng/billete-biete.txt", "billete-biete.txt", "billete /biʎˈete/\nbill, ticket, note\n"}
	billeteBanco := doc{"spaeng/billete-de-banco-biete-e-anko.txt", "billete-de-banco-biete-e-anko.txt", "billete de banco /biʎˈete ðe βˈanko/\nbank‐note\n"}
	encantar := doc{"spaeng/encantar-enkanta.txt", "encantar-enkanta.txt", "encantar /ˌenkantˈaɾ/\n1. attract, draw\n2. charm\n"}
	vittoria := doc{"itaeng/vittoria-vitria.txt", "vittoria-vitria.txt", "vittoria /vitːˈɔria/\n1. triumph\n2. victory\n"}
	necesitado := doc{"spaeng/necesitado-neesitao.txt", "necesitado-neesitao.txt", "necesitado /nˌeθesitˈaðo/\n1. abject, dismal, meager, miserable, wretched\n2. needy\n"}
	mostruoso := doc{"itaeng/mostruoso-mostrozo.txt", "mostruoso-mostrozo.txt", "mostruoso /mostrʊˈozo/\ndismal, dreary, horrible, nasty\n"}
	r := New(indexWeights(map[string]float64{"english": 14.1, "french": 14.4, "italian": 14.4, "spanish": 14.4}, 16.4)) // the index's weights; the rarer words 16.4
	for _, tc := range []struct {
		q    string
		docs []doc
		want string
	}{
		{"Which English equivalents does the Spanish-English dictionary offer for the Spanish word solo?", []doc{cliente, bavardage, solo, soloAccent}, "alone, only, sole, solitary"},
		{"What English equivalents are given for solo?", []doc{cliente, bavardage, solo, soloAccent}, "alone, only, sole, solitary"},
		{"In the French-English dictionary, what English word is given for bavardage?", []doc{bavardage, soleil}, "chat"},
		{"What is the English translation of the masculine noun soleil?", []doc{rayon, soleil}, "sun"},
		{"What does the feminine noun livre mean?", []doc{livreM, livreF}, "pound"},
		{"What does the masculine noun livre mean?", []doc{livreF, livreM}, "book"},
		{"What English translations does the dictionary give for the French masculine noun frais?", []doc{fraisA, fraisN}, "fee"},
		{"What English meanings does the Spanish-English dictionary list for billete?", []doc{billeteBanco, billete, solo}, "bill, ticket, note"},
		{"What are the English meanings of encantar?", []doc{encantar, solo}, "attract, draw"},
		{"Which two English senses are listed for the Italian noun vittoria?", []doc{vittoria, cane}, "triumph"},
		{"Translate the Italian adjective mostruoso.", []doc{mostruoso, cane}, "horrible"},
		{"How does the Italian-English dictionary translate mostruoso?", []doc{mostruoso, cane}, "horrible"},
		{"How does the Spanish-English dictionary translate 'necesitado'?", []doc{necesitado, solo, billete}, "abject"},
		{"Which Spanish word is translated as 'wretched'?", []doc{necesitado, solo, billete}, "necesitado"},
		{"What English translation is given for the Italian masculine noun cane?", []doc{cane, soleil}, "dog"}, // a dictionary that labels no gender says nothing against it
	} {
		t.Run(tc.q, func(t *testing.T) { assertAnswered(t, r, tc.q, tc.docs, tc.want, "") })
	}
}

// assertAnswered asserts that r answers q over docs, with want in the
// answer and, when lack is not empty, without lack.
func assertAnswered(t *testing.T, r *Reader, q string, docs []doc, want, lack string) {
	t.Helper()
	a, text, why := answer(r, q, docs...)
	assert.False(t, a.Declined(), why)
	assert.Contains(t, text, want, why)
	if lack != "" {
		assert.NotContains(t, text, lack, why)
	}
}

// A question that names an entry's senses in the plural ("the English
// MEANINGS of encantar", "which TRANSLATIONS") is answered with every
// numbered sense of the entry, in the order the entry numbers them; one
// that asks what the word means, or for one sense by its number, with
// one. (Entries of FreeDict's Spanish- and Italian-English dictionaries.)
func TestAllSenses(t *testing.T) {
	encantar := doc{"spaeng/encantar-enkanta.txt", "encantar-enkanta.txt", "encantar /ˌenkantˈaɾ/\n1. attract, draw\n2. charm\n"}
	lengua := doc{"spaeng/lengua-lenwa.txt", "lengua-lenwa.txt", "lengua /lˈenɡwa/\n1. tongue\n2. language\n"}
	cliente := doc{"itaeng/cliente-klinte.txt", "cliente-klinte.txt", "cliente /kliˈɛnte/\n1. buyer, client, purchaser\n2. customer\n"}
	solo := doc{"spaeng/solo-solo.txt", "solo-solo.txt", "solo /sˈolo/\nalone, only, sole, solitary\n"}
	r := New(indexWeights(map[string]float64{"english": 14.1, "italian": 14.4, "spanish": 14.4}, 16.4))
	for _, tc := range []struct {
		q          string
		docs       []doc
		want, lack string
	}{
		{"What are the English meanings of encantar?", []doc{encantar, solo}, "1. attract, draw 2. charm", ""},
		{"What are the meanings of lengua in English?", []doc{lengua, solo}, "1. tongue 2. language", ""},
		{"Which English translations does the Italian-English dictionary give for cliente?", []doc{cliente, solo}, "1. buyer, client, purchaser 2. customer", ""},
		{"What does encantar mean?", []doc{encantar, solo}, "attract, draw", "charm"},
		{"What is the second sense of the Italian cliente?", []doc{cliente, solo}, "customer", "buyer"},
	} {
		t.Run(tc.q, func(t *testing.T) { assertAnswered(t, r, tc.q, tc.docs, tc.want, tc.lack) })
	}
}

// A question for a part of an entry (its pronunciation, its plural, its
// etymology) is met by the entry that writes that part, as a question
// for a class of thing is by a unit that names the class (the "cue"
// signal the calibrator reads): the transcription in "madera
// /maðˈeɾa/", GCIDE's "pl. L. {Fulcra}". Only in the entry the question
// names: another entry whose etymology uses the word ("Bipartient … [L.
// … partire to divide.]") is no etymology of "divide". (Entries of FreeDict's French-English
// dictionary and of GCIDE, as Debian's dict-freedict and dict-gcide
// write them.)
func TestEntryPartAnswered(t *testing.T) {
	madera := doc{"spaeng/madera-maea.txt", "madera-maea.txt", "madera /maðˈeɾa/\ntimber, wood\n"}
	matrimonio := doc{"spaeng/matrimonio-matimonjo.txt", "matrimonio-matimonjo.txt", "matrimonio /mˌatɾimˈonjo/\n1. marriage, matrimony\n"}
	hawaii := doc{"fraeng/hawaii-ow-n.txt", "hawaii-ow-n.txt", "Hawaii /owɛ/ <n>\nHawaii\n"}
	hawaiien := doc{"fraeng/hawaiien-ow-adj.txt", "hawaiien-ow-adj.txt", "hawaiien /owɛ/ <adj>\nHawaiian, Hawaiian language\n"}
	bipartient := doc{"gcide/bipartient.txt", "Bipartient", "Bipartient\nBipartient \\Bi*par\"tient\\, a. [L. bis twice + partiens, p. pr.\n   of partire to divide.]\n   Dividing into two parts.\n"}
	// emery.txt holds Corundum's entry under its title, then Emery's own.
	emery := doc{"gcide/emery.txt", "Emery", "Emery\nCorundum \\Co*run\"dum\\ (k[-o]*r[u^]n\"d[u^]m), n.; pl. {Corundums}\n   (k[-o]*r[u^]n\"d[u^]mz). [Also corindon.] [From Hind. kurand\n   corundum stone.] (Min.)\n   The mineral alumina ({Al2O3}), as found native in a\n   crystalline state.\n\nEmery \\Em\"er*y\\, n. [F. ['e]meri, earlier ['e]meril, It.\n   smeriglio.] (Min.)\n   Corundum in the form of grains or powder, used in the arts\n   for grinding and polishing hard substances.\n"}
	r := New(indexWeights(map[string]float64{"french": 14.4, "spanish": 14.4, "latin": 14.9, "word": 12.3}, 16.4))
	for _, tc := range []struct {
		q    string
		docs []doc
		want string // "" when the best unit is no part of the entry asked
	}{
		{"What is the IPA transcription given for 'madera' in the Spanish-English dictionary?", []doc{madera, matrimonio}, "/maðˈeɾa/"},
		{"In the Spanish-English dictionary, what is the pronunciation given for 'matrimonio'?", []doc{matrimonio, madera}, "/mˌatɾimˈonjo/"},
		{"How is the French place name Hawaii transcribed phonetically in the dictionary?", []doc{hawaii, hawaiien}, "/owɛ/"},
		{"Which Latin word for a widow does the etymology of divide suggest it may be related to?", []doc{bipartient, madera}, ""},
		{"What's the plural of emery?", []doc{emery}, ""}, // the plural written is Corundum's
	} {
		t.Run(tc.q, func(t *testing.T) {
			a, text, why := answer(r, tc.q, tc.docs...)
			if tc.want == "" {
				assert.Equal(t, 0.0, feature(a, "cue"), why)
				return
			}
			assert.Equal(t, 1.0, feature(a, "cue"), why)
			assert.False(t, a.Declined(), why)
			assert.Contains(t, text, tc.want, why)
		})
	}
}

// TestEntryOfNamedGender: a question that names the gender of the word it
// asks about means that entry, even when it asks for the gender too: the
// feminine entry of a FreeDict headword with two writes a gender, but not
// the masculine one asked for.
func TestEntryOfNamedGender(t *testing.T) {
	posteFem := doc{"fraeng/poste-pst-n-fem.txt", "poste-pst-n-fem.txt", "poste /pɔst/ <n, fem>\nmail, post\n"}
	posteMasc := doc{"fraeng/poste-pst-n-masc.txt", "poste-pst-n-masc.txt", "poste /pɔst/ <n, masc>\nappointment, post, position\n"}
	r := New(indexWeights(map[string]float64{"french": 14.4, "noun": 12.3}, 16.4))
	for _, q := range []string{
		"What is the gender of the masculine noun poste?",
		"What is the phonetic transcription of the masculine noun poste?",
	} {
		t.Run(q, func(t *testing.T) {
			a, _, why := answer(r, q, posteFem, posteMasc)
			srcs := sources(posteFem, posteMasc)
			require.NotEmpty(t, a.Best, why)
			b := a.Best[0]
			assert.Contains(t, srcs[b.N-1].Passage.Text[b.Start:b.End], "<n, masc>", why)
		})
	}
}

// TestPartNotGiven: a question for a part of an entry that the entry does
// not give (FreeDict's entries write no plural; its Spanish and Italian
// ones no gender) is declined, though the entry is the one it names.
func TestPartNotGiven(t *testing.T) {
	cheval := doc{"fraeng/cheval-val-n-masc.txt", "cheval-val-n-masc.txt", "cheval /ʃəval/ <n, masc>\nhorse\n"}
	perro := doc{"spaeng/perro-pero.txt", "perro-pero.txt", "perro /pˈero/\ndog\n"}
	r := New(indexWeights(map[string]float64{"french": 14.4, "spanish": 14.4}, 16.4))
	for _, tc := range []struct {
		q    string
		docs []doc
	}{
		{"In the French-English dictionary, what is the plural of cheval?", []doc{cheval}},
		{"What gender is the Spanish noun perro?", []doc{perro}},
	} {
		t.Run(tc.q, func(t *testing.T) {
			a, _, why := answer(r, tc.q, tc.docs...)
			assert.True(t, a.Declined(), why)
		})
	}
}
