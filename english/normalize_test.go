package english

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

var normalizeTests = []struct{ in, want string }{
	{"1,200 people", "1200 people"},
	{"1,234,567", "1234567"},
	{"1\u00a0200", "1200"},
	{"1, 2, 3", "1, 2, 3"},
	{"12,5", "12,5"},
	{"Gödel  Escher\tBach", "godel escher bach"},
	{"ﬁve ＄５", "five $5"},
	{"50 percent", "50%"},
	{"50 %", "50%"},
	{"“quoted” – dash", `"quoted" - dash`},
}

func TestNormalize(t *testing.T) {
	for _, tt := range normalizeTests {
		assert.Equal(t, tt.want, Normalize(tt.in), tt.in)
	}
}
