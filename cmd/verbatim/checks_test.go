package main

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/verbatim-rag/verbatim/generate"
	"github.com/verbatim-rag/verbatim/rag"
	"github.com/verbatim-rag/verbatim/verify"
)

func TestWriteChecksLabelsBareAnswersHonestly(t *testing.T) {
	src := []generate.Source{{N: 1}}
	tests := []struct {
		name    string
		ans     rag.Answer
		want    string
		notWant string
	}{
		{"looping", rag.Answer{Mode: generate.Bare, Degenerate: `loops: repeats "the tarrow hills" 3 times`, Sources: src,
			Checks: []verify.Check{{Facts: []string{"Tarrow Hills"}, Supported: true}}},
			"degenerate answer (loops", "supported by"},
		{"empty", rag.Answer{Mode: generate.Bare, Degenerate: "empty: the answer holds no words", Sources: src}, "degenerate answer (empty", ""},
		{"no fact stated", rag.Answer{Mode: generate.Bare, Sources: src, Checks: []verify.Check{{Sentence: "It is known for it.", Supported: true}}},
			"states no fact", "supported by"},
		{"facts found", rag.Answer{Mode: generate.Bare, Sources: src, Checks: []verify.Check{{Facts: []string{"1901"}, Supported: true}}},
			"supported by the documents: 1901", "states no fact"},
		{"not checked", rag.Answer{Mode: generate.Bare}, "", "states no fact"},
		{"rag is not labelled degenerate", rag.Answer{Mode: generate.RAG, Sources: src}, "", "degenerate"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			(&app{out: &out}).writeChecks(tt.ans)
			if tt.want == "" {
				assert.NotContains(t, out.String(), "degenerate")
			} else {
				assert.Contains(t, out.String(), tt.want)
			}
			if tt.notWant != "" {
				assert.NotContains(t, out.String(), tt.notWant)
			}
		})
	}
}
