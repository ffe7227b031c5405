package config

import (
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"

	"github.com/go-viper/mapstructure/v2"
)

var sizeUnits = []struct {
	suffix string
	mult   float64
}{
	{"kib", 1 << 10}, {"mib", 1 << 20}, {"gib", 1 << 30}, {"tib", 1 << 40},
	{"kb", 1e3}, {"mb", 1e6}, {"gb", 1e9}, {"tb", 1e12},
	{"k", 1 << 10}, {"m", 1 << 20}, {"g", 1 << 30},
	{"b", 1},
}

// ParseSize reads a byte size such as "32MiB", "1.5GB", "64k" or "4096".
// Binary (KiB) and decimal (KB) units are both accepted; a bare k/m/g is
// binary.
func ParseSize(s string) (int64, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	if t == "" {
		return 0, fmt.Errorf("config: empty size")
	}
	mult := 1.0
	for _, u := range sizeUnits {
		if strings.HasSuffix(t, u.suffix) {
			mult, t = u.mult, strings.TrimSpace(strings.TrimSuffix(t, u.suffix))
			break
		}
	}
	v, err := strconv.ParseFloat(t, 64)
	if err != nil || v < 0 || math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, fmt.Errorf("config: invalid size %q (want e.g. 4096, 64KiB, 32MiB, 1GB)", s)
	}
	n := v * mult
	if n >= math.MaxInt64 {
		return 0, fmt.Errorf("config: size %q is too large", s)
	}
	return int64(n), nil
}

// FormatSize renders n bytes with a binary unit, "32MiB", "1.5KiB", "512B".
func FormatSize(n int64) string {
	units := []string{"B", "KiB", "MiB", "GiB", "TiB"}
	v, i := float64(n), 0
	for v >= 1024 && i < len(units)-1 {
		v /= 1024
		i++
	}
	if i == 0 {
		return fmt.Sprintf("%dB", n)
	}
	return strconv.FormatFloat(math.Round(v*100)/100, 'f', -1, 64) + units[i]
}

// sizeHook lets int64 fields take sizes with units ("32MiB") from files,
// environment variables and flags.
func sizeHook() mapstructure.DecodeHookFuncType {
	int64Type := reflect.TypeOf(int64(0))
	return func(from, to reflect.Type, data any) (any, error) {
		if from.Kind() != reflect.String || to != int64Type {
			return data, nil
		}
		return ParseSize(data.(string))
	}
}
