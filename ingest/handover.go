package ingest

import "github.com/verbatim-rag/verbatim/corpus"

// handover passes the passages of stored documents to Options.Passages in
// the order their files were queued (the walk's order, which is path
// order within a root), whatever order the workers finish them in: a
// document is held until every file queued before it is done. A nil
// handover passes nothing.
type handover struct {
	fn   func(path string, ps []corpus.Passage)
	next int                  // seq of the first file not yet done
	held map[int]heldPassages // done files queued after next
}

// heldPassages is a done file waiting for those queued before it; stored
// is false for a file that gave the store nothing (failed, skipped,
// unchanged).
type heldPassages struct {
	path   string
	ps     []corpus.Passage
	stored bool
}

func newHandover(fn func(string, []corpus.Passage)) *handover {
	if fn == nil {
		return nil
	}
	return &handover{fn: fn, held: map[int]heldPassages{}}
}

// done records the file of res as done (stored or not) and passes on
// every stored document whose turn has come.
func (h *handover) done(res result, stored bool) {
	if h == nil {
		return
	}
	h.held[res.seq] = heldPassages{path: res.entry.Doc.Path, ps: res.entry.Passages, stored: stored}
	for {
		d, ok := h.held[h.next]
		if !ok {
			return
		}
		delete(h.held, h.next)
		h.next++
		if d.stored {
			h.fn(d.path, d.ps)
		}
	}
}
