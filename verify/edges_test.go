package verify

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/generate"
)

// TestNegationEdges covers negations with no word after them and
// negations beside another one: each sentence against the cited text.
func TestNegationEdges(t *testing.T) {
	tests := []struct {
		name, text, sentence string
		differs              bool
	}{
		{"not added at a clause's end", "Honest men speak, when a knave is not.",
			"Honest men speak, when a knave is.", true},
		{"clause's end copied", "Honest men speak, when a knave is not.",
			"Honest men speak, when a knave is not.", false},
		{"not added at a line's end", "# No alias for the name BELL is\n# provided for U+0007.",
			"# No alias for the name BELL is not", true},
		{"line cut copied", "# No alias for the name BELL is\n# provided for U+0007.",
			"# No alias for the name BELL is", false},
		{"line cut before a not copied", "# The old value is\n# not used by cron.",
			"# The old value is", false},
		{"not added before a bracket", "The other language (other than Perl, that is).",
			"The other language (other than Perl, that is not).", true},
		{"not added beside never", "They were never actually used.",
			"They were not never actually used.", true},
		{"never copied", "They were never actually used.",
			"They were never actually used.", false},
		{"one of two negations dropped", "It is not never run.",
			"It is never run.", true},
		{"double negation copied", "It is not never run.",
			"It is not never run.", false},
		{"not added mid-sentence still caught", "The file is used by cron.",
			"The file is not used by cron.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := []*supportText{newSupportText(tt.text)}
			assert.Equal(t, tt.differs, negationDiffers(tt.sentence, src))
		})
	}
}

// TestTableCellNumbers checks that digit groups a space separates are
// one number only where the sentence writes them so: a table row's cells
// "/24" and "256" are two numbers, and a digit changed in either is
// still missing (with, where it stood beside it, a short neighbour).
func TestTableCellNumbers(t *testing.T) {
	srcs := []generate.Source{
		testSource(1, "t-0", "net.html", "Class network addresses net mask /bits of subnets\nC 192.168.0.x 255.255.255.0 /24 256\nB 172.16.x.x 255.255.0.0 /16 16", 0, 1),
		testSource(2, "p-0", "prize.md", "The prize was 1 200 francs.", 0, 1),
	}
	tests := []struct {
		name, answer string
		missing      []string
	}{
		{"row copied", "C 192.168.0.x 255.255.255.0 /24 256 [1].", nil},
		{"short cell changed", "C 192.168.0.x 255.255.255.0 /25 256 [1].", []string{"25"}},
		{"long cell changed", "C 192.168.0.x 255.255.255.0 /24 257 [1].", []string{"257"}},
		{"short cell beside the wrong word", "B 172.16.x.x 255.255.0.0 /24 16 [1].", []string{"24"}},
		{"grouped number as written", "The prize was 1 200 francs [2].", nil},
		{"grouped number as one", "The prize was 1,200 francs [2].", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, cites, _ := Cite(generate.Output{Text: tt.answer}, srcs, nil)
			checks := CheckSupport(text, cites, srcs)
			require.Len(t, checks, 1)
			for _, m := range tt.missing {
				assert.Contains(t, checks[0].Missing, m, checks[0].Sentence)
			}
			assert.Equal(t, tt.missing == nil, checks[0].Supported, checks[0].Sentence)
		})
	}
}

// FuzzNegationSelf checks that a sentence never says the opposite of
// itself, whatever its negations, clause ends and line breaks.
func FuzzNegationSelf(f *testing.F) {
	for _, s := range []string{"Honest men speak, when a knave is not.", "# No alias is not\n# provided", "They were not never actually used.", "not", "is not; not. never (not) can't"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if negationDiffers(s, []*supportText{newSupportText(s)}) {
			t.Fatalf("%q differs from itself", s)
		}
	})
}
