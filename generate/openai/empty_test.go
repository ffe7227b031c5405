package openai

import (
	"context"
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/generate"
)

// TestEmptyStream: a stream that carries no answer text (only [DONE], a
// stop with no content, whitespace) was taken for an empty answer, and
// `verbatim ask` printed nothing and exited 0. It is ErrStream, naming
// the server and the model.
func TestEmptyStream(t *testing.T) {
	tests := []struct {
		name   string
		events []string
	}{
		{"only [DONE]", []string{"[DONE]"}},
		{"stop without content", []string{chunk("", "stop"), usageChunk, "[DONE]"}},
		{"stop without [DONE]", []string{chunk("", "stop")}},
		{"whitespace", []string{chunk(" \n", ""), chunk("", "stop"), "[DONE]"}},
		{"usage only", []string{usageChunk, "[DONE]"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFake(t, func(w http.ResponseWriter, _ *http.Request, _ int) {
				sseHeader(w)
				for _, e := range tt.events {
					event(w, e)
				}
			})
			g := newGen(t, testConfig(f.URL1()))
			_, err := g.Generate(context.Background(), generate.Request{Question: "q", Mode: generate.Bare}, nil)
			require.ErrorIs(t, err, ErrStream)
			assert.Contains(t, err.Error(), "without any answer text")
			assert.Contains(t, err.Error(), "fake-model")
		})
	}
}
