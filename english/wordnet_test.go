package english

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestRelated(t *testing.T) {
	tests := []struct {
		word, want string
	}{
		{"devised", "invent"},
		{"inventor", "invent"},
		{"invented", "inventor"},
		{"wrote", "write"},
		{"tall", "height"},
		{"originated", "originate"},
		{"mice", "mouse"},
	}
	for _, tt := range tests {
		assert.Contains(t, Related(tt.word), tt.want, tt.word)
	}
	assert.Contains(t, RelatedStems("devised"), "invent")
	assert.Empty(t, Related("qwxzzy"))
}

func TestIsPlural(t *testing.T) {
	for w, want := range map[string]bool{"versions": true, "buttons": true, "entries": true, "mice": true, "glass": false, "this": false, "was": false, "incompatible": false, "mutually": false} {
		assert.Equal(t, want, IsPlural(w), w)
	}
}
