package retrieve

import (
	"context"
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/verbatim-rag/verbatim/index"
)

// Search returns the passages that best match q (see searchQuery for how).
// A damaged segment file of the passage index makes bleve's segment reader
// index out of its bounds (a panic, or a memory fault on the mapping);
// Search returns that as an error wrapping index.ErrBrokenIndex, which
// says to run `verbatim check --repair`, instead of crashing the command
// or the server's request. Any other panic (a programming error of this
// code base) is not a broken index and is not hidden: it goes on up.
func (r *Retriever) Search(ctx context.Context, q Query) (hits []Hit, err error) {
	old := debug.SetPanicOnFault(true)
	defer debug.SetPanicOnFault(old)
	defer func() {
		if p := recover(); p != nil {
			if !indexDamage(p, panicFrame()) {
				panic(p)
			}
			hits, err = nil, fmt.Errorf("retrieve: %w: reading it failed (%v): run `verbatim check --repair` to rebuild it from the store", index.ErrBrokenIndex, p)
		}
	}()
	return r.searchQuery(ctx, q)
}

// indexDamage reports whether a panic p, raised in the function named fn,
// is how damage to the passage index's files shows: a memory fault (the
// mapped segment file is shorter than its header says) or a runtime error
// (an index or slice out of range, a nil map entry) raised inside bleve's
// own code (its segment readers, zap) while decoding what it read. A panic
// raised in this module, or one that is not a runtime error (an explicit
// panic call), is a bug and must not be reported as a broken index.
func indexDamage(p any, fn string) bool {
	if _, ok := p.(runtime.Error); !ok {
		return false
	}
	if _, fault := p.(interface{ Addr() uintptr }); fault {
		return true
	}
	return strings.HasPrefix(fn, "github.com/blevesearch/")
}

// panicFrame names the function that raised the panic being recovered,
// skipping the runtime's own frames (runtime.gopanic, runtime.panicIndex,
// memmove): called from the deferred function, the panicking frames are
// still on the stack, just below runtime.gopanic.
func panicFrame() string {
	pcs := make([]uintptr, 64)
	frames := runtime.CallersFrames(pcs[:runtime.Callers(2, pcs)])
	seenPanic := false
	for {
		f, more := frames.Next()
		switch {
		case f.Function == "runtime.gopanic":
			seenPanic = true
		case seenPanic && !strings.HasPrefix(f.Function, "runtime."):
			return f.Function
		}
		if !more {
			return ""
		}
	}
}
