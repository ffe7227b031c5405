package lossy

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var budgetTests = []struct {
	in     string
	corpus int64
	want   int64
	bad    bool
}{
	{"8MiB", 0, 8 << 20, false},
	{"512 KB", 0, 512000, false},
	{"65536", 0, 65536, false},
	{"1.5k", 0, 1536, false},
	{"5%", 10 << 20, (10 << 20) / 20, false},
	{"5%", 1000, MinBudget, false},
	{"100%", 1 << 20, 1 << 20, false},
	{"0", 0, 0, true},
	{"-3MB", 0, 0, true},
	{"150%", 0, 0, true},
	{"lots", 0, 0, true},
	{"", 0, 0, true},
}

func TestParseBudget(t *testing.T) {
	for _, tt := range budgetTests {
		b, err := ParseBudget(tt.in)
		if tt.bad {
			require.ErrorIs(t, err, ErrBadBudget, tt.in)
			continue
		}
		require.NoError(t, err, tt.in)
		assert.Equal(t, tt.want, b.Resolve(tt.corpus), tt.in)
		again, err := ParseBudget(b.String())
		require.NoError(t, err)
		assert.Equal(t, b, again)
	}
}

func FuzzParseBudget(f *testing.F) {
	for _, tt := range budgetTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		b, err := ParseBudget(s)
		if err != nil {
			return
		}
		assert.Positive(t, b.Resolve(1<<20))
	})
}
