package retrieve

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestInText(t *testing.T) {
	tests := []struct {
		name    string
		raw     []Match
		n       int
		want    []Match
		present []string
	}{
		{"sorted, outside dropped",
			[]Match{{10, 13, "dos"}, {0, 3, "ms"}, {20, 30, "far"}, {5, 5, "empty"}},
			15,
			[]Match{{0, 3, "ms"}, {10, 13, "dos"}},
			[]string{"ms", "dos"}},
		{"repeats once",
			[]Match{{0, 3, "ms"}, {0, 3, "ms"}},
			3,
			[]Match{{0, 3, "ms"}},
			[]string{"ms"}},
		{"an acronym's whole form and its stem at one token: the whole form kept, both present",
			[]Match{{0, 3, "do"}, {0, 3, "dos"}, {4, 7, "dos"}, {4, 7, "do"}},
			7,
			[]Match{{0, 3, "dos"}, {4, 7, "dos"}},
			[]string{"do", "dos"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, present := inText(tt.raw, tt.n)
			assert.Equal(t, tt.want, got)
			assert.Len(t, present, len(tt.present))
			for _, p := range tt.present {
				assert.True(t, present[p], p)
			}
		})
	}
}
