//go:build !unix

package index

import (
	"os"
	"time"
)

// lockFile does nothing where flock does not exist: Salvage relies on the
// caller to have stopped every other verbatim process.
func lockFile(*os.File, bool, time.Duration) error { return nil }
