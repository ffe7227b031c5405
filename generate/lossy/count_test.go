package lossy

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestRadixSortIsStableOnAnyNumberOfCores(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, tt := range []struct {
		name    string
		n       int
		fps     uint32 // distinct fingerprints: few make many ties
		workers int
	}{
		{"small", 100, 7, 2},
		{"one core", 20000, 50, 1},
		{"two cores", 20000, 50, 2},
		{"three cores, wide keys", 30000, 1 << 31, 3},
		{"one fingerprint", 10000, 1, 2},
	} {
		t.Run(tt.name, func(t *testing.T) {
			recs := make([]rec, tt.n)
			for i := range recs {
				recs[i] = rec{fp: r.Uint32N(tt.fps) * 977, id: r.Uint32N(40), pos: uint32(i)}
			}
			want := slices.Clone(recs)
			slices.SortStableFunc(want, func(a, b rec) int {
				if a.key() != b.key() {
					return cmpU64(a.key(), b.key())
				}
				return 0
			})
			got, _ := radixSort(recs, nil, tt.workers)
			require.Equal(t, want, got)
		})
	}
}

func cmpU64(a, b uint64) int {
	if a < b {
		return -1
	}
	return 1
}
