package bytesize

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in      string
		want    int64
		wantErr bool
	}{
		{"4096", 4096, false},
		{"0", 0, false},
		{"64KiB", 64 << 10, false},
		{"32MiB", 32 << 20, false},
		{"1.5GB", 1_500_000_000, false},
		{"64k", 64 << 10, false},
		{" 2 mib ", 2 << 20, false},
		{"10B", 10, false},
		{"1.5KiB", 1536, false},
		{"", 0, true},
		{"-3MiB", 0, true},
		{"lots", 0, true},
		{"NaN", 0, true},
		{"1e30TiB", 0, true},
		{"8EiB", 0, true},
	}
	for _, tt := range tests {
		got, err := Parse(tt.in)
		if tt.wantErr {
			assert.Error(t, err, tt.in)
			continue
		}
		require.NoError(t, err, tt.in)
		assert.Equal(t, tt.want, got, tt.in)
	}
}

func TestFormat(t *testing.T) {
	for n, want := range map[int64]string{
		0: "0B", 512: "512B", 1536: "1.5KiB", 32 << 20: "32MiB", 1310720: "1.25MiB", 3 << 30: "3GiB",
	} {
		assert.Equal(t, want, Format(n), n)
	}
}

func TestRoundTrip(t *testing.T) {
	for _, n := range []int64{1, 1023, 1024, 65536, 4 << 20, 5 << 30} {
		got, err := Parse(Format(n))
		require.NoError(t, err)
		assert.Equal(t, n, got)
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"1", "1KiB", "3.5 GB", "k", ".", "1e9", "-0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if n, err := Parse(s); err == nil {
			assert.GreaterOrEqual(t, n, int64(0))
		}
	})
}

func ExampleParse() {
	n, _ := Parse("64KiB")
	fmt.Println(n, Format(n))
	// Output: 65536 64KiB
}
