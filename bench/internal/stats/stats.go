// Package stats holds the small summary statistics the bench programs
// share, computed the same way as bench/xapian_bench.py so figures compare.
package stats

import "math"

// Percentile is the nearest-rank percentile p (0–100) of sorted values.
func Percentile(sorted []float64, p float64) float64 {
	if len(sorted) == 0 {
		return 0
	}
	i := int(math.Ceil(p/100*float64(len(sorted)))) - 1
	return sorted[min(len(sorted)-1, max(0, i))]
}

// Round rounds x to the given number of decimal places.
func Round(x float64, places int) float64 {
	p := math.Pow(10, float64(places))
	return math.Round(x*p) / p
}
