package lossy

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/generate"
)

func TestDescriptors(t *testing.T) {
	tests := []struct {
		q    string
		desc []string // stems marked as describing a name
	}{
		{"Where was the cartographer Matthias Krell born?", []string{"cartographer"}},
		{"Where did the railway engineer Emil Krell die?", []string{"railway", "engineer"}},
		{"How long is the river Auss?", []string{"river"}},
		{"What is the population of Kessel?", nil},
		{"How many World Cup races has Greta Krell won?", nil},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			var got []string
			for _, w := range analyze(tt.q, flatIDF).words {
				if w.desc {
					got = append(got, w.stem)
				}
			}
			assert.Equal(t, tt.desc, got)
		})
	}
}

func TestHyphenatedNumberIsItsOwnWord(t *testing.T) {
	var stems []string
	for _, w := range analyze("Whose portrait appears on the 50-serra note?", flatIDF).words {
		if w.name {
			stems = append(stems, w.stem)
		}
	}
	assert.Equal(t, []string{"50"}, stems)
}

func TestEndsSentence(t *testing.T) {
	tests := []struct {
		text string
		n    int // sentences
	}{
		{"Der Alte, Op. 22, is a tone poem. It lasts 24 minutes.", 2},
		{"It stands on St. Immen Square. It is old.", 2},
		{"It holds approx. 40 people, e.g. the crew.", 1},
		{"Built c. 1850 by Dr. Anna Gruber.", 1},
		{"The lake warms to 34 °C. Seefeld lies on its shore.", 2},
		{"The hut lies at 3,760 m. It sleeps 46.", 2},
		{"It was founded by J. R. Tolkien.", 1},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			s := prepare(generate.Source{N: 1, Passage: passage(tt.text)}, 0, nil)
			assert.Len(t, s.spans, tt.n)
		})
	}
}

func TestTypeFitRules(t *testing.T) {
	tests := []struct {
		q, text  string
		min, max float64
	}{
		{"When was the mountain first climbed?", "The first ascent was made on 29 July 1861.", 1, 1},
		{"When was the mountain first climbed?", "It is staffed from June to September.", 0, 0.5},
		{"Where was Krell born?", "Born in Oberlind, he studied geodesy.", 1, 1},
		{"Where was Krell born?", "Krell was a Serravelian surveyor.", 0, 0.6},
		{"At what temperature is the tart baked?", "It is baked at about 300 °C.", 1, 1},
		{"At what temperature is the tart baked?", "It weighs 300 grams.", 0, 0.3},
		{"How long does the trip take?", "| Travel time | 8 min |", 1, 1},
		{"How large is the lake?", "It covers 89.5 km².", 1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.q+" / "+tt.text, func(t *testing.T) {
			got := bestFit(t, tt.q, tt.text)
			assert.GreaterOrEqual(t, got, tt.min)
			assert.LessOrEqual(t, got, tt.max)
		})
	}
}

func TestTableRows(t *testing.T) {
	text := "# Serra\n\nThe serra is a currency.\n\n| Denomination | Portrait on current note |\n|---|---|\n" +
		"| 50 serra | Lotte Amsel |\n| 500 serra | Josef Anneler |\n\n- Mayor: Ilse Marwick (since 2019)\n"
	s := prepare(generate.Source{N: 1, Passage: passage(text)}, 0, nil)
	var lines []string
	for _, sp := range s.spans {
		lines = append(lines, s.text[s.toks[sp.start].Start+s.toks[sp.start].Lead:s.toks[sp.end-1].End])
	}
	require.Equal(t, []string{"The serra is a currency.", "| 50 serra | Lotte Amsel |", "| 500 serra | Josef Anneler |",
		"- Mayor: Ilse Marwick (since 2019)"}, lines, "header and rule rows are no candidates")
	assert.True(t, hasStem(s.colHead[s.spans[1].start], "portrait"), "a row holds its column names")
	keys := []string{"", "50 serra", "500 serra", "- Mayor"}
	for i, sp := range s.spans {
		from, to, ok := s.keyRange(sp)
		if keys[i] == "" {
			assert.False(t, ok, lines[i])
			continue
		}
		require.True(t, ok, lines[i])
		assert.Equal(t, keys[i], s.text[s.toks[from].Start+s.toks[from].Lead:s.toks[to-1].End])
	}
}

func TestBinds(t *testing.T) {
	text := "# Hanna Voss\n\nHanna Voss (1871–1940) was a composer. She wrote five symphonies. " +
		"Her brother ran the Krell Hut. It sleeps 46 climbers. She died in Lugg."
	s := prepare(generate.Source{N: 1, Passage: corpus.Passage{Title: "Hanna Voss", Text: text}}, 0, nil)
	require.Len(t, s.spans, 5)
	tests := []struct {
		q    string
		span int
		want bool
	}{
		{"How many symphonies did Hanna Voss write?", 1, true},
		{"How many symphonies did Peter Voss write?", 1, false},
		{"How many climbers can sleep in the Krell Hut?", 3, true},
		{"Where did the Krell Hut's owner die?", 4, false},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			assert.Equal(t, tt.want, s.binds(analyze(tt.q, flatIDF), s.spans[tt.span]))
		})
	}
}

// TestRAGRules answers questions over small entries end to end: the
// sentence that says what is asked wins over the ones that describe the
// subject, and a question about another entity is declined.
func TestRAGRules(t *testing.T) {
	krell := corpus.Passage{ID: "krell-0", Title: "Matthias Krell", Text: "Matthias Krell (1829–1897) was a " +
		"Serravelian surveyor and cartographer. Born in Oberlind on 4 March 1829, he studied geodesy at the " +
		"Polytechnic. Krell died in Brennholt on 17 November 1897."}
	serravel := corpus.Passage{ID: "serravel-0", Title: "Serravel", Text: "# Serravel\n\nThe currency of Serravel is " +
		"the serra (code: SRV).\n\n| Indicator | Value |\n|---|---|\n| Population | 3,904,000 |\n| Calling code | +417 |\n"}
	auss := corpus.Passage{ID: "auss-0", Title: "Auss (river)", Text: "# Auss (river)\n\nThe Auss is a river of " +
		"Serravel. It flows north for 214 km before entering Lake Oltmar.\n\n## Course\n\nFrom its source the Auss " +
		"descends through a gorge, a narrow canyon about 11 km long, before reaching Brennholt."}
	m, err := Train(context.Background(), TextSource(krell.Text, serravel.Text, auss.Text), Config{Budget: "1MiB"})
	require.NoError(t, err)
	g := New(m, Config{})
	tests := []struct {
		q    string
		srcs []corpus.Passage
		want string
	}{
		{"Where was the cartographer Matthias Krell born?", []corpus.Passage{krell}, "Oberlind"},
		{"What is Serravel's international dialling code?", []corpus.Passage{serravel}, "+417"},
		{"How long is the river Auss?", []corpus.Passage{auss}, "214 km"},
		{"Where was the cartographer Peter Krell born?", []corpus.Passage{krell}, generate.Abstention},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			var srcs []generate.Source
			for i, p := range tt.srcs {
				srcs = append(srcs, generate.Source{N: i + 1, Passage: p})
			}
			out, err := g.Generate(context.Background(), generate.Request{Question: tt.q, Mode: generate.RAG, Sources: srcs}, nil)
			require.NoError(t, err)
			assert.Contains(t, out.Text, tt.want)
		})
	}
}
