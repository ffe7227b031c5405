package retrieve

import (
	"context"
	"fmt"
	"runtime/debug"

	"github.com/verbatim-rag/verbatim/index"
)

// Search returns the passages that best match q (see searchQuery for how).
// A damaged segment file of the passage index makes bleve's segment reader
// index out of its bounds (a panic, or a memory fault on the mapping);
// Search returns that as an error wrapping index.ErrBrokenIndex, which
// says to run `verbatim check --repair`, instead of crashing the command
// or the server's request.
func (r *Retriever) Search(ctx context.Context, q Query) (hits []Hit, err error) {
	old := debug.SetPanicOnFault(true)
	defer debug.SetPanicOnFault(old)
	defer func() {
		if p := recover(); p != nil {
			hits, err = nil, fmt.Errorf("retrieve: %w: reading it failed (%v): run `verbatim check --repair` to rebuild it from the store", index.ErrBrokenIndex, p)
		}
	}()
	return r.searchQuery(ctx, q)
}
