package lossy

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/generate"
	"github.com/verbatim-rag/verbatim/verify"
)

func TestRepeatedTrigram(t *testing.T) {
	assert.Equal(t, " the Tarrow Hills", verify.RepeatedTrigram("Korvath Tunnel the Tarrow Hills the Tarrow Hills"))
	assert.Empty(t, verify.RepeatedTrigram("The Korvath Tunnel runs under the Tarrow Hills."))
}

func TestBareNeverRepeatsATrigram(t *testing.T) {
	// A corpus whose likeliest continuation is a loop: every n-gram of
	// "the Tarrow Hills the Tarrow Hills …" predicts more of the same.
	looping := TextSource(
		"The Korvath Tunnel runs under the Tarrow Hills the Tarrow Hills the Tarrow Hills the Tarrow Hills the Tarrow Hills.",
		"The Tarrow Hills the Tarrow Hills the Tarrow Hills rise above the Tarrow Hills the Tarrow Hills.",
		"Where the Tarrow Hills end, the Tarrow Hills the Tarrow Hills begin again.",
	)
	m, err := Train(context.Background(), looping, Config{Budget: "64KiB"})
	require.NoError(t, err)
	f := makeFixture(7, 10)
	fm := trainFixture(t, f, "100%")
	tests := []struct {
		name      string
		m         *Model
		questions []string
	}{
		{"looping corpus", m, []string{"Where does the Korvath Tunnel run?", "What rises above the Tarrow Hills?", "Where do the Tarrow Hills end?"}},
		{"record fixture", fm, nil},
	}
	for _, q := range f.QAs {
		tests[1].questions = append(tests[1].questions, q.Q)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := New(tt.m, Config{MaxTokens: 200})
			for _, q := range tt.questions {
				out, err := g.Generate(context.Background(), generate.Request{Question: q, Mode: generate.Bare, MaxTokens: 200}, nil)
				require.NoError(t, err)
				assert.Empty(t, verify.RepeatedTrigram(out.Text), "question %q: answer %q", q, out.Text)
				assert.Empty(t, verify.Degenerate(out.Text), "question %q: answer %q", q, out.Text)
			}
		})
	}
}

func TestFoldedRepeats(t *testing.T) {
	// "users and groups … \"Users and Groups" is the same three words
	// again, as verify.Degenerate reads them.
	var seq []uint64
	for _, k := range []string{"users", " and", " groups", " see", " \"", "Users", " and"} {
		seq = append(seq, foldHash(k))
	}
	assert.True(t, repeats(seq, foldHash(" Groups")))
	assert.False(t, repeats(seq, foldHash(" Group")))
	assert.NotEqual(t, foldHash("users"), foldHash(" user"))
}
