package verify

import (
	"strings"
	"testing"

	"github.com/verbatim-rag/verbatim/generate"
)

// FuzzFacts checks the fact scanner on any text: facts are in order, do
// not overlap and lie inside the sentence with the unit inside the fact;
// and the checker gives every sentence a verdict that agrees with
// Supported.
func FuzzFacts(f *testing.F) {
	for _, tt := range factTests {
		f.Add(tt.sentence)
	}
	for _, tt := range verdictTests {
		f.Add(tt.answer)
	}
	f.Add(`"unclosed 'quote “mixed” ` + "`code` 1,2,3 0x 3.. 7-bit 15 %")
	f.Fuzz(func(t *testing.T, s string) {
		last := 0
		for _, ft := range scanFacts(s) {
			if ft.start < 0 || ft.end > len(s) || ft.start >= ft.end || ft.unit < ft.start || ft.unit > ft.end {
				t.Fatalf("fact %+v out of bounds in %q", ft, s)
			}
			if ft.start < last {
				t.Fatalf("fact %+v overlaps the one before in %q", ft, s)
			}
			last = ft.end
		}
		for _, fact := range Facts(s) {
			if !strings.Contains(s, fact) {
				t.Fatalf("fact %q not in %q", fact, s)
			}
		}
		src := generate.Source{N: 1}
		src.Passage.ID, src.Passage.Text = "p-0", s
		text, cites, _ := Cite(generate.Output{Text: s + " [1]"}, []generate.Source{src}, nil)
		for _, c := range CheckSupport(text, cites, []generate.Source{src}) {
			if c.Supported != (c.Verdict == VerdictSupported) || (c.Verdict == "") {
				t.Fatalf("check %+v: verdict and Supported disagree", c)
			}
		}
	})
}
