package english

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestIsCodeName(t *testing.T) {
	for _, tc := range []struct {
		b    string
		want bool
	}{
		{"AX", true},
		{"MW", true},
		{"GB-WOR", true},
		{"1BBD", true},
		{"1942", false},    // a year
		{"U+1F4A9", false}, // a code point
		{"A", false},
		{"Malawi", false},
		{"ABCDEFGHI", false},
		{"mw", false},
	} {
		assert.Equal(t, tc.want, IsCodeName(tc.b), tc.b)
	}
}
