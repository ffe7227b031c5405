package verify

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestDegenerate(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // prefix of the reason; "" for a sound answer
	}{
		{"empty", "", "empty"},
		{"blank", " \n\t ", "empty"},
		{"only punctuation and markers", "[1] — ( ).", "empty"},
		{"loop", "Korvath Tunnel the Tarrow Hills the Tarrow Hills the Tarrow Hills the Tarrow Hills", "loops: repeats \"the tarrow hills\""},
		{"loop across case and punctuation", "The Tarrow Hills. the tarrow hills, THE TARROW HILLS!", "loops"},
		{"a phrase said twice is prose", "The Oskeby Bridge is a bridge in Tave. The Oskeby Bridge is known for its arches.", ""},
		{"sound answer", "The capital of Norland is Oskeby.", ""},
		{"non-ASCII words", "Zürich liegt am Zürichsee.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Degenerate(tt.text)
			if tt.want == "" {
				assert.Empty(t, got)
				return
			}
			assert.Contains(t, got, tt.want)
		})
	}
}

func TestStatesFacts(t *testing.T) {
	assert.False(t, StatesFacts(nil))
	assert.False(t, StatesFacts([]Check{{Sentence: "It is known for it.", Supported: true}}))
	assert.True(t, StatesFacts([]Check{{Sentence: "x"}, {Sentence: "Born 1901.", Facts: []string{"1901"}, Supported: true}}))
}
