package lossy

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/english"
	"github.com/verbatim-rag/verbatim/generate"
)

// newWords returns the content words of answer that question does not
// hold.
func newWords(question, answer string) []string {
	q := map[string]bool{}
	for _, w := range bodies(question) {
		q[english.Stem(strings.ToLower(w))] = true
	}
	var out []string
	for _, w := range bodies(answer) {
		lw := strings.ToLower(w)
		if english.IsWord(w) && !english.IsStopword(lw) && !q[english.Stem(lw)] {
			out = append(out, w)
		}
	}
	return out
}

func TestBareDoesNotEchoTheQuestion(t *testing.T) {
	tests := []struct {
		name      string
		texts     []string
		question  string
		wantInAns string
	}{
		{"the likeliest continuation ends the echo",
			[]string{"See the Korvath Tunnel.", "Visit the Korvath Tunnel.", "Near the Korvath Tunnel.", "The Korvath Tunnel opened in 1894."},
			"When did the Korvath Tunnel open?", "1894"},
		{"a headword and its expansion",
			[]string{"CSMA\n       Carrier Sense Multiple Access (networking)", "CDMA\n       Code Division Multiple Access (networking)",
				"TDMA\n       Time Division Multiple Access (networking)"},
			"What does CSMA stand for?", "Carrier Sense Multiple Access"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Train(context.Background(), TextSource(tt.texts...), Config{Budget: "1MiB"})
			require.NoError(t, err)
			out, err := New(m, Config{}).Generate(context.Background(), generate.Request{Question: tt.question, Mode: generate.Bare}, nil)
			require.NoError(t, err)
			assert.NotEmpty(t, newWords(tt.question, out.Text), "answer %q says nothing the question does not", out.Text)
			assert.Contains(t, out.Text, tt.wantInAns)
		})
	}
}

func TestRankBarePrefersWhatTheModelHolds(t *testing.T) {
	f := makeFixture(11, 12)
	m := trainFixture(t, f, "1MiB")
	q := analyze("In what year was Mount Moul first climbed?", m.IDF())
	held := []string{" was", " made", " by", " Petwol", " Barkastor", " in", " 1815", "."}
	drift := []string{" was", " first", " climbed", " in", " 1929", " by", " Mobel", " Belwol", "."}
	prompt := []string{" Mount", " Moul"}
	assert.Greater(t, rankBare(q, prompt, held, -1.6), rankBare(q, prompt, drift, -9.4),
		"a continuation that leaves the model's memory to take in question words ranks below the held one")
	echo := []string{"."}
	assert.Less(t, rankBare(q, prompt, echo, -0.1), rankBare(q, prompt, held, -1.6), "an echo of the question ranks last")
}
