package qaset

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/generate/lossy"
	"github.com/verbatim-rag/verbatim/verify"
)

func TestRepeatedTrigram(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Korvath Tunnel the Tarrow Hills the Tarrow Hills", " the Tarrow Hills"},
		{"The Korvath Tunnel runs under the Tarrow Hills.", ""},
		{"", ""},
		{"FE46;WHITE SESAME DOT;Po;0;ON;;;", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, verify.RepeatedTrigram(tt.text), tt.text)
	}
}

func TestAskBare(t *testing.T) {
	b := &Bench{Passages: lossy.TextSource("CSMA\n       Carrier Sense Multiple Access (networking)", "CDMA\n       Code Division Multiple Access (networking)")}
	qs := []Question{
		{ID: "q1", Question: "What does CSMA stand for?", Answers: []string{"Carrier Sense Multiple Access"}},
		{ID: "q2", Question: "What does FOO stand for?"}, // unanswerable: not asked
	}
	recs, size, err := AskBare(context.Background(), b, "tiny", lossy.Config{Budget: "1MiB"}, qs)
	require.NoError(t, err)
	require.Len(t, recs, 1)
	assert.Positive(t, size)
	assert.Equal(t, "1MiB", recs[0].Budget)
	assert.True(t, recs[0].Correct, "answer %q", recs[0].Answer)
	assert.Empty(t, recs[0].Repeat)

	_, _, err = AskBare(context.Background(), b, "tiny", lossy.Config{Budget: "1"}, qs)
	assert.Error(t, err, "a budget no model fits is an error naming the corpus")
}
