package verify

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/verbatim-rag/verbatim/generate"

	"github.com/verbatim-rag/verbatim/english"
)

func FuzzParseMarkers(f *testing.F) {
	for _, tt := range markerTests {
		f.Add(tt.text)
	}
	f.Add("[1-2-3] 【1, 2】 [Passage: 9] [^] [p. 2]")
	f.Fuzz(func(t *testing.T, text string) {
		last := 0
		for _, m := range ParseMarkers(text) {
			if m.Start < last || m.End <= m.Start || m.End > len(text) {
				t.Fatalf("marker %+v out of order or bounds in %q", m, text)
			}
			if len(m.Ns) == 0 || len(m.Ns) > 64*len(text) {
				t.Fatalf("marker %+v has bad numbers", m)
			}
			last = m.End
		}
		_ = StripMarkers(text)
	})
}

func FuzzCite(f *testing.F) {
	f.Add("A [3]. B [1][9]. C [2-3].")
	f.Add("【2】 [1, 2, 3] [0]")
	srcs := testSources()
	f.Fuzz(func(t *testing.T, text string) {
		out, cites, _ := Cite(generate.Output{Text: text}, srcs, nil)
		for _, m := range ParseMarkers(out) {
			for _, n := range m.Ns {
				if n < 1 || n > len(cites) {
					t.Fatalf("marker [%d] in %q points to no citation (%d)", n, out, len(cites))
				}
			}
		}
		checks := CheckSupport(out, cites, srcs)
		for _, c := range checks {
			if c.Start < 0 || c.End > len(out) || out[c.Start:c.End] != c.Sentence {
				t.Fatalf("check %+v out of bounds", c)
			}
		}
	})
}

func FuzzSentencesFacts(f *testing.F) {
	for _, tt := range sentenceTests {
		f.Add(tt.text)
	}
	for _, tt := range factTests {
		f.Add(tt.sentence)
	}
	f.Fuzz(func(t *testing.T, text string) {
		last := 0
		for _, se := range Sentences(text) {
			if se[0] < last || se[1] <= se[0] || se[1] > len(text) {
				t.Fatalf("sentence %v out of order or bounds in %q", se, text)
			}
			s := text[se[0]:se[1]]
			if strings.TrimSpace(s) != s && utf8.ValidString(s) {
				t.Fatalf("sentence %q not trimmed", s)
			}
			last = se[1]
		}
		for _, fact := range Facts(text) {
			if fact == "" || !strings.Contains(text, fact) {
				t.Fatalf("fact %q is not a substring of %q", fact, text)
			}
		}
		_ = english.Normalize(text)
		_ = IsAbstention(text)
		_ = generate.EstimateTokens(text)
	})
}
