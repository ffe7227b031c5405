package retrieve

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/stretchr/testify/require"
	"github.com/verbatim-rag/verbatim/index"
)

func TestClassifyQuery(t *testing.T) {
	tests := []struct {
		text  string
		names []string
		cues  []string
	}{
		{"Who was the second president of the Royal Institute?", []string{"second", "royal", "institut"}, nil},
		{"How many people live in Velmora?", []string{"velmora"}, []string{"mani"}},
		{"How long is the river Vell?", []string{"vell"}, []string{"long"}},
		{"In what year did Greta Vallin marry?", []string{"greta", "vallin"}, []string{"year"}},
		{"Vallin's novels?", []string{"vallin"}, nil},
		{"What happened in 1843?", []string{"1843"}, []string{}},
		{"In which city is the Hollow Crown Theatre?", []string{"hollow", "crown", "theatr"}, []string{"citi"}},
		{"The long river flows where?", nil, nil},
		// A code's notation ("U" of "U+00E9") is how the code is
		// written, no word a passage must hold; the code a range
		// covers is not written by the range's record.
		{"What is the name of the character U+00E9?", []string{"00e9"}, []string{}},
		{"Which block contains U+2126?", nil, []string{}},
		{"Which block contains 2126?", []string{"2126"}, []string{}},
		{"Which block contains “U+2126”?", nil, []string{}},
		{"Which block contains\u00a0U+2126?", nil, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			qt := classifyQuery(tt.text)
			assert.Equal(t, tt.names, qt.names)
			for _, c := range tt.cues {
				assert.True(t, qt.cues[c], "cue %q in %v", c, qt.cues)
			}
			if tt.cues == nil {
				assert.Empty(t, qt.cues)
			}
		})
	}
}

// TestClassifyTranslation: a translation question's frame (the language
// asked in, the word class after it, a verb of translating) is no name a
// passage must hold and no searched word: the entries of a bilingual
// dictionary write neither.
func TestClassifyTranslation(t *testing.T) {
	tests := []struct {
		text  string
		all   []string
		names []string
	}{
		{"What is the Spanish word for a rat?", []string{"rat"}, nil},
		{"What English words translate the French noun renseignement?", []string{"renseign"}, nil},
		{"How do you say coupon in Italian?", []string{"coupon"}, nil},
		{"Which French verb means to gild?", []string{"mean", "gild"}, nil},
		{"Who wrote the French Revolution?", []string{"wrote", "french", "revolut"}, []string{"french", "revolut"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			qt := classifyQuery(tt.text)
			assert.Equal(t, tt.all, qt.all)
			assert.Equal(t, tt.names, qt.names)
		})
	}
}

func TestHasName(t *testing.T) {
	terms := map[string]bool{"norvanian": true, "holli": true, "1843": true}
	assert.True(t, hasName("norvania", terms), "a longer form counts")
	assert.True(t, hasName("1843", terms))
	assert.False(t, hasName("1844", terms))
	assert.False(t, hasName("hollin", terms), "a different name sharing a prefix does not")
	assert.False(t, hasName("vell", map[string]bool{"velmora": true}), "short names need the exact term")
}

func TestWordCoverage(t *testing.T) {
	w := map[string]float64{}
	tests := []struct {
		query, text, title string
		want               float64
	}{
		{"In what year did Greta Vallin marry?", "Greta Vallin was born in 1888 and won a prize.", "Greta Vallin", 0},
		{"When did Greta Vallin marry?", "In 1920 she married the painter Ole Brask.", "Greta Vallin", 1},
		{"How many people live in Kelvisk?", "Kelvisk has 48,000 inhabitants.", "Kelvisk", 1},
		{"When was the Vell bridge finished?", "The bridge over the Vell was completed in 1903.", "Vell bridge", 1},
		{"How tall is Mount Ysolde?", "Mount Ysolde rises 2,410 metres.", "Mount Ysolde", 1},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			qt := classifyQuery(tt.query)
			for _, term := range qt.all {
				w[term] = 1
			}
			got := wordCoverage(qt, w, passageTerms(tt.text), passageTerms(index.TitleText(tt.title)))
			assert.InDelta(t, tt.want, got, 1e-9)
		})
	}
}

// TestRelevantNearMisses checks the relevance decision on questions that
// look like the corpus but are not answered by it.
func TestRelevantNearMisses(t *testing.T) {
	r := New(testCorpus(t), DefaultConfig())
	tests := []struct {
		text     string
		relevant bool
	}{
		{"How fast is the peregrine falcon?", true},
		{"When does the barn owl hunt?", true},
		{"What does the second peregrine falcon hunt?", false}, // ordinal absent
		{"What does the Lanner falcon hunt?", false},           // name absent
		{"When was Verbatim ported to Linux?", false},          // names present, the predicate absent
		{"How do I install Verbatim on Linux?", true},          // names and the predicate present
		{"How do owls fly silently?", true},                    // no names: coverage
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			hits, err := r.Search(context.Background(), Query{Text: tt.text})
			require.NoError(t, err)
			require.NotEmpty(t, hits)
			h := hits[0]
			assert.Equal(t, tt.relevant, r.Relevant(h), "names %v name %.2f word %.2f coverage %.2f", h.Names, h.NameCoverage, h.WordCoverage, h.Coverage)
		})
	}
}

func TestRelevantHitsFirst(t *testing.T) {
	r := New(testCorpus(t), DefaultConfig())
	hits, err := r.Search(context.Background(), Query{Text: "Which birds hunt in Quantum?"})
	require.NoError(t, err)
	seenIrrelevant := false
	for _, h := range hits {
		if !r.Relevant(h) {
			seenIrrelevant = true
		} else {
			assert.False(t, seenIrrelevant, "a relevant hit after an irrelevant one")
		}
	}
}

func FuzzClassifyQuery(f *testing.F) {
	for _, s := range []string{"Who was the SECOND president of X?", "How many 3rd-class passengers?", "", "\"quoted\" Name.", "é Ünïcode? 1,200"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		qt := classifyQuery(s)
		all := map[string]bool{}
		for _, term := range qt.all {
			all[term] = true
		}
		for _, n := range qt.names {
			assert.True(t, all[n], "name %q is a term", n)
			assert.False(t, qt.cues[n], "name %q is no cue", n)
		}
	})
}
