package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestAskNamesClosestPassages: a question the model declines after
// retrieval found passages names the best of them, so the user can look;
// an answered one lists its sources instead, and a question nothing
// matches names nothing.
func TestAskNamesClosestPassages(t *testing.T) {
	data := ingestedEntries(t)

	tests := []struct {
		question string
		closest  bool
		names    string
	}{
		{"Which river flows past the Korvath Tunnel's southern portal?", true, "korvath-tunnel.md"},
		{"How long is the Korvath Tunnel?", false, "Sources:"},
		{"Who painted the Zorblax quasar frescoes?", false, "do not contain the answer"},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			out, _, err := run(t, data, "ask", tt.question)
			require.NoError(t, err)
			assert.Contains(t, out, tt.names)
			if tt.closest {
				assert.Contains(t, out, "Closest passages (none judged to state the answer):")
				assert.Regexp(t, `the reader's confidence in its best candidate: 0\.\d\d; it answers at 0\.\d\d or more`, out)
			} else {
				assert.NotContains(t, out, "Closest passages")
			}
		})
	}
}
