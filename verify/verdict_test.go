package verify

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/generate"
)

// verdictSources are passages of a technical kind: records, units,
// versions, negations.
func verdictSources() []generate.Source {
	return []generate.Source{
		testSource(1, "a-0", "limits.md", "The default page cache is 750KiB and the limit is 100K rows.\nASCII uses 7 bits per character.\nVersion 3.35.0 added RETURNING.\nThe setting is not used on Windows.", 0, 1),
		testSource(2, "b-0", "data.txt", "1D1D7;MUSICAL SYMBOL CLIMACUS;So;0;L;;;;;N;;;;;\n00B2;SUPERSCRIPT TWO;No;8;EN;;;;;N;;;;;\nevolution V:28, I:226 470 X GUI program", 0, 1),
		testSource(3, "c-0", "paris.md", "She moved to Paris in 1891. GAUGE_MAX_COLUMN defaults to 2000.", 0, 1),
		testSource(4, "d-0", "figures.md", "Coordinates like (0,0) and (100,100) are expressed in big points.", 0, 1),
	}
}

var verdictTests = []struct {
	name     string
	answer   string
	verdicts []string
	missing  [][]string
	foundIn  [][]string
}{
	{"copied record", "ASCII uses 7 bits per character [1].", []string{VerdictSupported}, nil, nil},
	{"unit swapped", "ASCII uses 7 bytes per character [1].", []string{VerdictUnsupported}, [][]string{{"7 bytes"}}, [][]string{nil}},
	{"suffix unit", "The limit is 100K rows and the cache 750KiB [1].", []string{VerdictSupported}, nil, nil},
	{"suffix unit swapped", "The limit is 100M rows [1].", []string{VerdictUnsupported}, [][]string{{"100M"}}, [][]string{nil}},
	{"version whole", "Version 3.35.0 added RETURNING [1].", []string{VerdictSupported}, nil, nil},
	{"version prefix is not the version", "Version 3.35 added RETURNING [1].", []string{VerdictUnsupported}, [][]string{{"3.35"}}, [][]string{nil}},
	{"short number needs its neighbour", "1D1D7;MUSICAL SYMBOL CLIMACUS;So;8;L [2].", []string{VerdictUnsupported}, [][]string{{"8"}}, [][]string{nil}},
	{"short number in place", "00B2;SUPERSCRIPT TWO;No;8;EN [2].", []string{VerdictSupported}, nil, nil},
	{"number next to a group of three", "evolution V:28, I:226 470 X GUI program [2].", []string{VerdictSupported}, nil, nil},
	{"negation added", "The setting is used on Windows [1].", []string{VerdictUnsupported}, [][]string{nil}, [][]string{nil}},
	{"negation copied", "The setting is not used on Windows [1].", []string{VerdictSupported}, nil, nil},
	{"fact moved to the wrong citation", "GAUGE_MAX_COLUMN defaults to 2000 [1].", []string{VerdictUnsupported},
		[][]string{{"GAUGE_MAX_COLUMN", "2000"}}, [][]string{{"c-0"}}},
	{"marker covers the lines before it", "The limit is 100K rows.\nASCII uses 7 bits per character [1].",
		[]string{VerdictSupported, VerdictSupported}, nil, nil},
	{"marker covers a list", "- The cache is 750KiB\n- ASCII uses 7 bits [1]", []string{VerdictSupported, VerdictSupported}, nil, nil},
	{"wrong fact on an unmarked line", "The limit is 200K rows. ASCII uses 7 bits per character [1].",
		[]string{VerdictUnsupported, VerdictSupported}, [][]string{{"200K"}, nil}, [][]string{nil, nil}},
	{"blank line ends the reach", "She moved to Paris in 1891.\n\nASCII uses 7 bits [1].",
		[]string{VerdictUncited, VerdictSupported}, [][]string{nil, nil}, [][]string{{"c-0"}, nil}},
	{"after the last marker", "ASCII uses 7 bits [1]. She moved to Lyon in 1891.",
		[]string{VerdictSupported, VerdictNotFound}, [][]string{nil, {"Lyon"}}, [][]string{nil, nil}},
	{"no facts, no marker", "That is all.", []string{VerdictSupported}, nil, nil},
	{"short numbers in a pair", "Coordinates like (0,0) and (100,100) are expressed in big points [4].", []string{VerdictSupported}, nil, nil},
	{"short number beside another", "Coordinates like (0,1) are expressed in big points [4].", []string{VerdictUnsupported}, [][]string{{"0", "1"}}, [][]string{nil}},
}

func TestCheckSupportVerdicts(t *testing.T) {
	srcs := verdictSources()
	for _, tt := range verdictTests {
		t.Run(tt.name, func(t *testing.T) {
			text, cites, _ := Cite(generate.Output{Text: tt.answer}, srcs, nil)
			checks := CheckSupport(text, cites, srcs)
			require.Len(t, checks, len(tt.verdicts))
			for i, want := range tt.verdicts {
				c := checks[i]
				assert.Equal(t, want, c.Verdict, c.Sentence)
				assert.Equal(t, want == VerdictSupported, c.Supported, c.Sentence)
				assert.Equal(t, want == VerdictUncited || want == VerdictNotFound, c.Uncited, c.Sentence)
				if tt.missing != nil {
					assert.Equal(t, tt.missing[i], c.Missing, c.Sentence)
				}
				if tt.foundIn != nil {
					assert.Equal(t, tt.foundIn[i], c.FoundIn, c.Sentence)
				}
			}
		})
	}
}

func TestCheckSupportReach(t *testing.T) {
	srcs := verdictSources()
	text, cites, _ := Cite(generate.Output{Text: "A 7 bits line.\nAnother 100K line [1]. Then 2000 [2].\n\nLast 1891."}, srcs, nil)
	checks := CheckSupport(text, cites, srcs)
	require.Len(t, checks, 4)
	assert.Equal(t, []int{1}, checks[0].Cites)
	assert.Equal(t, []int{1}, checks[1].Cites)
	assert.Equal(t, []int{2}, checks[2].Cites)
	assert.Empty(t, checks[3].Cites)
}

func TestNegationDiffers(t *testing.T) {
	src := []*supportText{newSupportText("Packages that can not be installed are listed. The file is used by cron.")}
	for s, want := range map[string]bool{
		"Packages that can not be installed are listed.": false,
		"Packages that cannot be installed are listed.":  false,
		"Packages that can't be installed are listed.":   false,
		"Packages that can be installed are listed.":     true,
		"The file is not used by cron.":                  true,
		"The file is never used by cron.":                true,
		"The file is used by cron [1].":                  false,
		"Nothing else.":                                  false,
	} {
		assert.Equal(t, want, negationDiffers(s, src), s)
	}
}

func TestExplain(t *testing.T) {
	srcs := verdictSources()
	for answer, want := range map[string]string{
		"ASCII uses 7 bits per character [1].":                                   "",
		"ASCII uses 7 bytes per character [1].":                                  `unsupported: "7 bytes" not in [1]`,
		"The setting is used on Windows [1].":                                    `unsupported: [1] says the opposite (a "not" added or dropped)`,
		"GAUGE_MAX_COLUMN defaults to 2000 [1].":                                 `unsupported: "GAUGE_MAX_COLUMN", "2000" not in [1]; found in paris.md:1 (wrong citation?)`,
		"ASCII uses 7 bits [1]. She moved to Paris.":                             "uncited, but found in paris.md:1",
		"ASCII uses 7 bits [1]. It was 1891 [3].\n\nShe moved to Paris in 1891.": "uncited, but found in [2]",
		"ASCII uses 7 bits [1]. She moved to Lyon.":                              `uncited and not found in any passage (possible invention): "Lyon"`,
	} {
		text, cites, _ := Cite(generate.Output{Text: answer}, srcs, nil)
		checks := CheckSupport(text, cites, srcs)
		assert.Equal(t, want, Explain(checks[len(checks)-1], cites, srcs), answer)
	}
}
