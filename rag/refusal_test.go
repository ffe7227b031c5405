package rag

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/generate"
	"github.com/verbatim-rag/verbatim/retrieve"
)

// TestRefusal: whichever layer declines — retrieval's relevance test, the
// built-in reader (generate.NotFound) or a chat model told the configured
// sentence — the answer is the one configured refusal.
func TestRefusal(t *testing.T) {
	const refusal = "Nothing in the notes answers that."
	hits := []retrieve.Hit{hit("0123456789abcdef-0", "The Sallowmere Bridge was completed in 1897.")}
	tests := []struct {
		name     string
		relevant bool
		genText  string
	}{
		{"retrieval declines", false, "unused"},
		{"built-in reader declines", true, generate.NotFound},
		{"chat model declines with the prompt's sentence", true, refusal + " [1]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := DefaultConfig()
			cfg.Refusal = refusal
			ans, err := New(&fakeSearch{hits: hits, relevant: tt.relevant}, &fakeGen{text: tt.genText}, nil, cfg).
				Ask(context.Background(), Request{Question: "When was the Sallowmere Bridge completed?", Mode: generate.RAG})
			require.NoError(t, err)
			assert.Equal(t, refusal, ans.Text)
			assert.True(t, ans.Abstained)
			assert.Empty(t, ans.Citations)
			assert.Empty(t, ans.Checks)
		})
	}
}

func TestRefusalDefault(t *testing.T) {
	assert.Equal(t, generate.NotFound, DefaultConfig().Refusal)
	assert.Equal(t, generate.NotFound, Config{}.refusal(), "unset is the default")
	assert.Equal(t, generate.NotFound, Config{Refusal: "  "}.refusal(), "blank is the default")
}
