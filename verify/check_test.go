package verify

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/verbatim-rag/verbatim/generate"
)

func TestCheckSupport(t *testing.T) {
	srcs := testSources()
	answer := "Marie Curie was born in Warsaw on 1867-11-07 [1]. " + // ISO form of the passage's date
		"The prize paid 1200 francs [2]. " + // thousands separator folded
		"The PRIZE went to pierre curie in 1903 [2]. " + // case folded
		"She was born in Krakow in 1868 [1]. " + // two artifacts
		"She moved to Paris in 1891. " + // uncited facts
		"It was a long journey. " + // no facts
		"Marie Curie lived in Paris [9]." // marker to nothing
	text, cites, removed := Cite(generate.Output{Text: answer}, srcs, nil)
	assert.Equal(t, []int{9}, removed)
	checks := CheckSupport(text, cites, srcs)
	require.Len(t, checks, 7)
	want := []struct {
		supported, uncited bool
		missing            []string
	}{
		{true, false, nil},
		{true, false, nil},
		{true, false, nil},
		{false, false, []string{"Krakow", "1868"}},
		{false, true, nil},
		{true, false, nil},
		{false, true, nil},
	}
	for i, w := range want {
		c := checks[i]
		assert.Equal(t, w.supported, c.Supported, c.Sentence)
		assert.Equal(t, w.uncited, c.Uncited, c.Sentence)
		assert.Equal(t, w.missing, c.Missing, c.Sentence)
		assert.Equal(t, c.Sentence, text[c.Start:c.End])
	}
	assert.Equal(t, []string{"Marie Curie", "Warsaw", "1867-11-07"}, checks[0].Facts)
	assert.Equal(t, []int{1}, checks[0].Cites)
}

func TestCheckSupportOnlyCitedPassages(t *testing.T) {
	srcs := testSources()
	// Paris is in passage 3, but the sentence cites passage 1 only.
	text, cites, _ := Cite(generate.Output{Text: "She moved to Paris in 1891 [1]."}, srcs, nil)
	checks := CheckSupport(text, cites, srcs)
	require.Len(t, checks, 1)
	assert.False(t, checks[0].Supported)
	assert.Equal(t, []string{"Paris", "1891"}, checks[0].Missing)
}

func TestCheckSupportDates(t *testing.T) {
	src := testSource(1, "d-0", "a.md", "The treaty was signed on 3 March 1918 at Brest.", 0, 1)
	for sentence, ok := range map[string]bool{
		"It was signed on March 3, 1918 [1].": true,
		"It was signed on 1918-03-03 [1].":    true,
		"It was signed in March 1918 [1].":    true,
		"It was signed on 3rd March [1].":     true,
		"It was signed on 4 March 1918 [1].":  false,
		"It was signed in April 1918 [1].":    false,
	} {
		text, cites, _ := Cite(generate.Output{Text: sentence}, []generate.Source{src}, nil)
		checks := CheckSupport(text, cites, []generate.Source{src})
		require.Len(t, checks, 1)
		assert.Equal(t, ok, checks[0].Supported, sentence)
	}
}

func TestCheckSupportQuoteFallback(t *testing.T) {
	cites := []Citation{{N: 1, PassageID: "gone", Quote: "Warsaw, 1867"}}
	checks := CheckSupport("Born in Warsaw in 1867 [1].", cites, nil)
	require.Len(t, checks, 1)
	assert.True(t, checks[0].Supported)
}

func TestCheckAgainst(t *testing.T) {
	srcs := testSources()
	checks := CheckAgainst("Marie Curie was born in Warsaw in 1867. She won in 1911. She was kind.", srcs)
	require.Len(t, checks, 3)
	assert.True(t, checks[0].Supported)
	assert.Equal(t, []int{1, 2}, checks[0].Cites, "Marie Curie appears in 1 and 2")
	assert.False(t, checks[1].Supported)
	assert.Equal(t, []string{"1911"}, checks[1].Missing)
	assert.True(t, checks[2].Supported)
	assert.Empty(t, checks[2].Cites)
	for _, c := range checks {
		assert.False(t, c.Uncited)
	}
}

var abstentionTests = []struct {
	text string
	want bool
}{
	{"I cannot find the answer in the provided documents.", true},
	{generate.BareAbstention, true},
	{"I don’t know.", true},
	{"I do not know who that is.", true},
	{"The documents do not contain information about her death.", true},
	{"The provided passages don't mention it.", true},
	{"There is no information about this in the context.", true},
	{"I could not find the answer in the documents [1].", true},
	{"Unfortunately, I'm unable to answer from these sources.", true},
	{"Marie Curie was born in 1867 [1].", false},
	{"Iron does not contain carbon.", false},
	{"She was born in 1867. I don't know when she died.", false},
	{"", false},
}

func TestIsAbstention(t *testing.T) {
	for _, tt := range abstentionTests {
		assert.Equal(t, tt.want, IsAbstention(tt.text), tt.text)
	}
}

// TestCheckSupportCommas: a comma-separated row copied from the cited
// passage is supported: its cells ("B2-116", "4473") are not digit groups
// of one number ("116,4473" is no thousands separator: a group after a
// comma has three digits). A decimal comma in a sentence ("3,5 km") joins
// one number: its parts are not facts of their own.
func TestCheckSupportCommas(t *testing.T) {
	csv := testSource(1, "s-0", "staff.csv", "id,name,department,office,extension,start_date\nE1010,Ivo Stankov,Finance,B2-116,4473,2022-05-16\nE1011,Rui Abe,Sales,C1-020,12,100\n", 0, 1)
	prose := testSource(1, "r-0", "route.md", "La route mesure 3,5 km. Le prix est 1,20 euros. Elle a 12,4 m.", 0, 1)
	for _, tt := range []struct {
		src      generate.Source
		sentence string
		ok       bool
	}{
		{csv, "E1010,Ivo Stankov,Finance,B2-116,4473,2022-05-16 [1].", true},
		{csv, "E1011,Rui Abe,Sales,C1-020,12,100 [1].", true},
		{csv, "Ivo Stankov's extension is 4474 [1].", false},
		{csv, "The prize was 1,200 francs [1].", false},
		{prose, "The road is 5 km long [1].", false},
		{prose, "The price is 20 euros [1].", false},
		{prose, "It has 4 m [1].", false},
	} {
		text, cites, _ := Cite(generate.Output{Text: tt.sentence}, []generate.Source{tt.src}, nil)
		checks := CheckSupport(text, cites, []generate.Source{tt.src})
		require.Len(t, checks, 1)
		assert.Equal(t, tt.ok, checks[0].Supported, "%s: missing %v", tt.sentence, checks[0].Missing)
	}
}

// TestCheckSupportCombiningMarks: a transcription written with a
// combining mark (FreeDict's "cendre /sɑ̃dʀ/", U+0303 over ɑ) is one fact,
// found in the passage that writes it, not "/sɑ" cut before the mark.
func TestCheckSupportCombiningMarks(t *testing.T) {
	src := testSource(1, "c-0", "cendre-sd-n-fem.txt", "cendre /sɑ̃dʀ/ <n, fem>\nash, cinder", 0, 1)
	text, cites, _ := Cite(generate.Output{Text: "cendre /sɑ̃dʀ/ <n, fem>\nash, cinder [1]"}, []generate.Source{src}, nil)
	checks := CheckSupport(text, cites, []generate.Source{src})
	require.NotEmpty(t, checks)
	for _, c := range checks {
		assert.True(t, c.Supported, "%q: missing %v", c.Sentence, c.Missing)
	}
}
