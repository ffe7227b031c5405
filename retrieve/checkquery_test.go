package retrieve

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCheckQuery(t *testing.T) {
	tests := []struct {
		text string
		want error
	}{
		{"Korvath Tunnel", nil},
		{"what is the lamp?", nil},
		{"", ErrEmptyQuery},
		{"what is it?", ErrEmptyQuery},
		{"?!", ErrEmptyQuery},
		{strings.Repeat("lamp ", MaxQueryBytes/5+1), ErrLongQuery},
	}
	for _, tt := range tests {
		err := CheckQuery(tt.text)
		if tt.want == nil {
			assert.NoError(t, err, tt.text)
		} else {
			assert.ErrorIs(t, err, tt.want, tt.text[:min(len(tt.text), 40)])
		}
	}
}
