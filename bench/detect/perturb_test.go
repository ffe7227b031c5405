package main

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/verbatim-rag/verbatim/bench/qa/qaset"
	"github.com/verbatim-rag/verbatim/generate"
)

var candidateTests = []struct {
	kind, s string
	want    []string
}{
	{"number", "It has 2,147,483,391 rows and 12 columns.", []string{"2,147,483,391", "12"}},
	{"number", "Version 3.35.0 in 1999 on x86_64.", nil},
	{"date", "Released on 2021-03-12 and again in May 1999.", []string{"2021-03-12", "May", "1999"}},
	{"version", "Upgrade 3.35.0 to version 2.6 now.", []string{"3.35.0", "version 2.6"}},
	{"unit", "It caches 750KiB, 100K rows and 7 bits.", []string{"750KiB", "100K", "7 bits"}},
	{"name", "The tool came from Marie Curie in Paris.", []string{"Marie Curie", "Paris"}},
	{"name", "@ Inherited symbols rotated.", nil},
	{"identifier", `Set GAUGE_MAX_COLUMN to 0x7ffffeff e.g. "alpha_3": "DDR".`, []string{"GAUGE_MAX_COLUMN", "0x7ffffeff", "DDR"}},
}

func TestCandidates(t *testing.T) {
	for _, tt := range candidateTests {
		var got []string
		for _, l := range candidates(tt.kind, tt.s) {
			got = append(got, tt.s[l[0]:l[1]])
		}
		assert.Equal(t, tt.want, got, "%s: %s", tt.kind, tt.s)
	}
}

func TestPerturbBringsInAFreshValue(t *testing.T) {
	passage := "The limit is 4096 columns, set by GAUGE_MAX_COLUMN since 3.35.0 in May 2021; it is not raised at run time."
	av := &avoid{texts: []string{passage}}
	rng := rand.New(rand.NewPCG(1, 2))
	for _, kind := range []string{"number", "date", "version", "identifier", "negation"} {
		got, from, to, ok := perturb(kind, passage, rng, av, nil)
		if assert.True(t, ok, kind) {
			assert.NotEqual(t, passage, got, kind)
			assert.NotEqual(t, from, to, kind)
			if kind != "negation" {
				assert.False(t, containsWord(passage, to), "%s: %q is in the passage", kind, to)
			}
		}
	}
	_, _, _, ok := perturb("unit", passage, rng, av, nil)
	assert.False(t, ok, "no unit to change")
	got, _, _, _ := perturb("name", "Written by Marie Curie.", rng, av, []string{"Pierre Curie", "lower case"})
	assert.Equal(t, "Written by Pierre Curie.", got)
}

func TestShapes(t *testing.T) {
	assert.Equal(t, "Born in 1867 [2].", withMarker("Born in 1867.", 2))
	assert.Equal(t, "code: DDR [1]", withMarker("code: DDR", 1))
	us := []unit{{text: "First line", n: 1}, {text: "second line.", n: 1}}
	assert.Equal(t, "First line. second line [1].", paragraph(us))
	assert.Equal(t, "- First line\n- second line [1].", list(us))
}

func TestBuildCases(t *testing.T) {
	src := func(n int, text string) generate.Source {
		s := generate.Source{N: n}
		s.Passage.ID, s.Passage.Text = string(rune('a'+n)), text
		return s
	}
	shown := []generate.Source{
		src(1, "Velmora was founded in 1214 by Duke Orvel.\nIts bridge has 12 arches and is not painted."),
		src(2, "Kelvisk has 4,210 people and lies on the river Oss."),
	}
	q := qaset.Question{ID: "x-1", Question: "When was Velmora founded?", Answers: []string{"1214"}}
	cases := buildCases(q, shown, []string{"Marie Curie"})
	kinds := map[string]int{}
	for _, c := range cases {
		kinds[c.kind]++
		assert.Equal(t, c.perturbed, c.kind != shapeOne && c.kind != shapeSeveral && c.kind != shapeList && c.kind != shapeTwo, c.kind)
	}
	assert.Equal(t, 1, kinds[shapeOne])
	assert.Equal(t, 1, kinds[shapeTwo])
	assert.Positive(t, kinds["number"])
	assert.Positive(t, kinds["moved"])
	assert.Empty(t, buildCases(qaset.Question{ID: "x-2", Answers: []string{"Zorblax"}}, shown, nil), "no gold unit, no cases")
}

func TestSplitIsAPartition(t *testing.T) {
	var qs []qaset.Question
	for _, id := range []string{"a-d001", "a-d002", "a-d003", "a-d004", "a-d005", "a-d006"} {
		qs = append(qs, qaset.Question{ID: id})
	}
	tune, held := split(qs, "tune"), split(qs, "held")
	assert.Len(t, append(tune, held...), len(qs))
	assert.NotEmpty(t, tune)
	assert.NotEmpty(t, held)
	assert.Equal(t, tune, split(qs, "tune"), "deterministic")
}
