package index

import (
	"context"
	"fmt"

	"github.com/blevesearch/bleve/v2"

	"github.com/verbatim-rag/verbatim/corpus"
)

// batcher fills bleve batches and applies each with Corpus.batchSafely.
// After each batch it starts a fresh one, not Reset: scorch may still be
// ranging over the old batch's map in a goroutine when Batch returns (a
// data race the race detector reports).
type batcher struct {
	c      *Corpus
	b      *bleve.Batch
	ctx    context.Context // checked before each flush; nil for none
	prefix string          // error prefix: "index: " or "index: repair: "
	bytes  int             // passage text in the batch
}

// newBatcher starts a batcher whose errors begin with prefix.
func (c *Corpus) newBatcher(ctx context.Context, prefix string) *batcher {
	return &batcher{c: c, b: c.bleve().NewBatch(), ctx: ctx, prefix: prefix}
}

// delete adds the deletion of passage id to the batch.
func (bt *batcher) delete(id string) { bt.b.Delete(id) }

// add adds passage p to the batch, flushing it once full: a batch is
// bounded by passages and bytes, not by documents, since bleve's analysis
// of a batch holds every token of it in memory (a 32 MiB file in one batch
// took 1.5 GB).
func (bt *batcher) add(p corpus.Passage) error {
	if err := bt.b.Index(p.ID, bleveDoc(p)); err != nil {
		return fmt.Errorf("%sindex passage %s: %w", bt.prefix, p.ID, err)
	}
	bt.bytes += len(p.Text)
	return bt.flushFull()
}

// empty reports whether the batch holds nothing.
func (bt *batcher) empty() bool { return bt.b.Size() == 0 }

// flushFull flushes the batch once it holds batchPassages operations or
// batchBytes of passage text.
func (bt *batcher) flushFull() error {
	if bt.b.Size() < batchPassages && bt.bytes < batchBytes {
		return nil
	}
	return bt.flush()
}

// flush checks ctx, then applies the batch (persisted when it returns),
// unless empty, and starts a new one.
func (bt *batcher) flush() error {
	if bt.ctx != nil {
		if err := bt.ctx.Err(); err != nil {
			return fmt.Errorf("%s%w", bt.prefix, err)
		}
	}
	if bt.empty() {
		return nil
	}
	if err := bt.c.batchSafely(bt.b); err != nil {
		return fmt.Errorf("%sbleve batch: %w", bt.prefix, err)
	}
	bt.b, bt.bytes = bt.c.bleve().NewBatch(), 0
	return nil
}
