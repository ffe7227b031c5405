package procstat

import (
	"runtime"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestParseStatus(t *testing.T) {
	status := "Name:\tbench\nVmHWM:\t  20480 kB\nVmRSS:\t   1024 kB\nThreads:\t4\n"
	tests := []struct {
		field string
		want  int64
	}{
		{"VmHWM", 20480 * 1024},
		{"VmRSS", 1024 * 1024},
		{"RssAnon", 0},
		{"Vm", 0},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, parseStatus(status, tt.field), tt.field)
	}
}

func TestStatusAndCPU(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("needs /proc")
	}
	assert.Positive(t, Status("VmRSS"))
	assert.GreaterOrEqual(t, Status("VmHWM"), Status("VmRSS")/2)
	assert.Zero(t, Status("NoSuchField"))
	assert.Positive(t, CPUSeconds())
}
