package index

import (
	"errors"
	"fmt"
	"strings"
	"syscall"
)

// ErrNoSpace reports a write that failed because the disk of the corpus
// is full. What was stored before the failed write stays intact: free some
// space and run the command again.
var ErrNoSpace = errors.New("index: no space left on device")

// diskError names the corpus directory and what was being written when err
// is a full disk (bleve does not wrap the system error, so its message is
// matched too); other errors are returned as they are.
func (c *Corpus) diskError(what string, err error) error {
	if err == nil || errors.Is(err, ErrNoSpace) {
		return err
	}
	if errors.Is(err, syscall.ENOSPC) || strings.Contains(err.Error(), syscall.ENOSPC.Error()) {
		return fmt.Errorf("%w in %s while %s (free some space and run the command again; what was stored before is intact): %w",
			ErrNoSpace, c.dir, what, err)
	}
	return err
}
