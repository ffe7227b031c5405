//go:build !unix

package index

import (
	"testing"
	"time"
)

// cpuTime skips the benchmark: without getrusage its CPU figures would be
// made up.
func cpuTime(b *testing.B) time.Duration {
	b.Skip("the process's CPU time needs getrusage (Unix)")
	return 0
}
