// Package bytesize reads and writes byte counts the way people type them:
// "4096", "64KiB", "32MiB", "1.5GB".
package bytesize

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

var units = []struct {
	suffix string
	mult   float64
}{
	{"kib", 1 << 10}, {"mib", 1 << 20}, {"gib", 1 << 30}, {"tib", 1 << 40},
	{"kb", 1e3}, {"mb", 1e6}, {"gb", 1e9}, {"tb", 1e12},
	{"k", 1 << 10}, {"m", 1 << 20}, {"g", 1 << 30},
	{"b", 1},
}

// Parse reads a byte count such as "4096", "64KiB", "32MiB", "1.5GB" or
// "64k". Binary (KiB) and decimal (KB) units are both accepted,
// case-insensitively; a bare k, m or g is binary.
func Parse(s string) (int64, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	mult := 1.0
	for _, u := range units {
		if num, ok := strings.CutSuffix(t, u.suffix); ok {
			t, mult = strings.TrimSpace(num), u.mult
			break
		}
	}
	v, err := strconv.ParseFloat(t, 64)
	if err != nil || v < 0 || math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, fmt.Errorf("invalid size %q (want e.g. 4096, 64KiB, 32MiB, 1GB)", s)
	}
	n := math.Round(v * mult)
	if n >= math.MaxInt64 {
		return 0, fmt.Errorf("size %q is too large", s)
	}
	return int64(n), nil
}

// Format renders n with a binary unit and at most two decimals: "512B",
// "1.5KiB", "32MiB".
func Format(n int64) string {
	names := []string{"B", "KiB", "MiB", "GiB", "TiB"}
	v, i := float64(n), 0
	for math.Abs(v) >= 1024 && i < len(names)-1 {
		v /= 1024
		i++
	}
	if i == 0 {
		return strconv.FormatInt(n, 10) + "B"
	}
	return strconv.FormatFloat(math.Round(v*100)/100, 'f', -1, 64) + names[i]
}
