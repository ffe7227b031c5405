package stats

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestPercentile(t *testing.T) {
	xs := []float64{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	for p, want := range map[float64]float64{50: 5, 90: 9, 99: 10, 100: 10, 0: 1, 1: 1} {
		assert.Equal(t, want, Percentile(xs, p), p)
	}
	assert.Zero(t, Percentile(nil, 50))
}

func TestRound(t *testing.T) {
	assert.Equal(t, 3.14, Round(3.14159, 2))
	assert.Equal(t, 2.0, Round(1.96, 1))
	assert.Equal(t, -1.5, Round(-1.46, 1))
}
