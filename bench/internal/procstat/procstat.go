// Package procstat reads the benchmark process's own resource use: fields
// of /proc/self/status (resident memory) and CPU time. It is shared by the
// benchmark commands under bench/.
package procstat

import (
	"os"
	"strconv"
	"strings"
	"syscall"
)

// Status returns a field of /proc/self/status in bytes ("VmRSS",
// "VmHWM"), or 0 when it cannot be read.
func Status(field string) int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	return parseStatus(string(b), field)
}

// parseStatus returns a kB field of a /proc/<pid>/status text in bytes,
// or 0 when it is absent.
func parseStatus(status, field string) int64 {
	for _, line := range strings.Split(status, "\n") {
		if rest, ok := strings.CutPrefix(line, field+":"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			return kb * 1024
		}
	}
	return 0
}

// CPUSeconds is the user and system CPU time of the process, in seconds,
// or 0 when it cannot be read.
func CPUSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	tv := func(t syscall.Timeval) float64 { return float64(t.Sec) + float64(t.Usec)/1e6 }
	return tv(ru.Utime) + tv(ru.Stime)
}
