package index

import (
	"context"
	"errors"
	"fmt"

	"github.com/blevesearch/bleve/v2"
	bolt "go.etcd.io/bbolt"

	"github.com/verbatim-rag/verbatim/corpus"
)

// batchPassages and batchBytes bound one bleve batch: its passages and
// their text.
const batchPassages = 8192

var batchBytes = 2 << 20 // a variable for BenchmarkPutBatchBytes

// docWork is the bleve work of one document after a store transaction:
// delete old, then index passages (the document's current ones).
type docWork struct {
	id       string
	old      []string
	passages []corpus.Passage
}

// flight is a bleve batch running in the background. Its journal records
// were committed before it started; they are cleared once it succeeded.
type flight struct {
	done chan struct{}
	err  error
	keys []string
}

// pipeline is the state of background indexing, guarded by Corpus.mu.
type pipeline struct {
	flight  *flight
	pending map[string]int  // journal key → batches covering it not yet indexed
	clear   map[string]bool // journal keys whose work is all indexed: cleared by the next store transaction
	// held is journaled work not launched yet: PutAsync gathers the work
	// of several store transactions into one flight (see hold).
	held                    []docWork
	heldPassages, heldBytes int
	// dirty means the journal may hold work that no batch covers (a batch
	// failed, or a write stopped after its store transaction): the next
	// write replays the journal from the store first.
	dirty bool
}

// PutAsync stores entries like Put (one bbolt transaction, durable when it
// returns) but indexes their passages in the background: until the
// indexing is done, searches may not find them. At most one flight is
// indexed at a time: while one is, the work of further calls is gathered
// (up to launchPassages passages or launchBytes of text, then PutAsync
// waits for the flight) and indexed as one flight by the next call that
// finds the indexer idle, or by Flush, Close, Put or Delete. An error of a
// background batch is
// returned by the next PutAsync, Put, Delete, Flush or Close; its journal
// records stay and are replayed by the next write. Call Flush (or Close)
// when done; ingest.Run does.
func (c *Corpus) PutAsync(ctx context.Context, entries []corpus.Entry) error {
	if c.opts.ReadOnly {
		return ErrReadOnly
	}
	now := nowFunc().UTC()
	prepared, err := prepare(entries, now)
	if err != nil {
		return err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.writeLocked(ctx, now, putAll(prepared))
}

// Flush waits for background indexing and clears the journal records it
// covered, so that the store and the index agree when it returns. ctx
// bounds the wait. After Close it does nothing.
func (c *Corpus) Flush(ctx context.Context) error {
	if c.opts.ReadOnly {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed {
		return nil // Close flushed
	}
	if f := c.pipe.flight; f != nil {
		select {
		case <-f.done:
		case <-ctx.Done():
			return fmt.Errorf("index: flush: %w", ctx.Err())
		}
	}
	return c.flushLocked()
}

// settleLocked prepares, with c.mu held, for a write or (forCheck) a
// check: it fails with ErrClosed after Close, reopens a bleve index a panic
// left broken and, for a write, replays the journal work that no batch
// covers (after a failed batch or a stopped write), which a check reports
// instead. A check waits for the background batch first; a write lets it
// overlap its store transaction unless there is a reopen or replay to do.
func (c *Corpus) settleLocked(ctx context.Context, forCheck bool) error {
	if c.closed {
		return ErrClosed
	}
	if forCheck {
		_ = c.waitFlight() // its error made the journal dirty
	}
	if c.broken.Load() {
		_ = c.waitFlight() // its error made the journal dirty
		if err := c.reopenBleve(); err != nil {
			return c.diskError("reopening the passage index", err)
		}
		c.pipe.dirty = true
	}
	if forCheck {
		_ = c.launchHeld()
		_ = c.waitFlight()
	}
	if !forCheck && c.pipe.dirty {
		c.dropHeld()       // the replay indexes it from the journal
		_ = c.waitFlight() // a failed batch left its work in the journal, replayed now
		if err := c.replayLocked(ctx); err != nil {
			return c.diskError("indexing passages", err)
		}
	}
	return nil
}

// flushLocked is Flush with c.mu held, without a deadline. An error of the
// background batch is returned after the other records are cleared.
func (c *Corpus) flushLocked() error {
	ferr := c.launchHeld()
	if ferr == nil {
		ferr = c.waitFlight()
	}
	if len(c.pipe.clear) == 0 {
		return ferr
	}
	err := c.updateTx(func(tx *bolt.Tx) error { return c.clearDone(tx) })
	if err != nil {
		return errors.Join(ferr, c.diskError("clearing the journal", err))
	}
	c.pipe.clear = nil
	return ferr
}

// clearDone deletes, inside a store transaction, the journal records whose
// work is indexed. The caller resets pipe.clear once tx commits.
func (c *Corpus) clearDone(tx *bolt.Tx) error {
	j := tx.Bucket(bucketJournal)
	for k := range c.pipe.clear {
		if err := j.Delete([]byte(k)); err != nil {
			return fmt.Errorf("index: clear journal: %w", err)
		}
	}
	return nil
}

// waitFlight waits for the background batch, if any, and books its
// outcome: its keys become clearable, or the journal dirty.
func (c *Corpus) waitFlight() error {
	f := c.pipe.flight
	if f == nil {
		return nil
	}
	<-f.done
	c.pipe.flight = nil
	for _, k := range f.keys {
		c.pipe.pending[k]--
		if c.pipe.pending[k] > 0 {
			continue
		}
		delete(c.pipe.pending, k)
		if f.err == nil {
			if c.pipe.clear == nil {
				c.pipe.clear = map[string]bool{}
			}
			c.pipe.clear[k] = true
		}
	}
	if f.err != nil {
		c.pipe.dirty = true
		return c.diskError("indexing passages", f.err)
	}
	return nil
}

// launch books work as pending and indexes it in the background, once the
// previous batch is done. If that one failed, work is left to the journal.
func (c *Corpus) launch(work []docWork) error {
	keys := make([]string, len(work))
	for i, w := range work {
		keys[i] = w.id
	}
	err := c.waitFlight()
	// The previous batch may have made these documents clearable; their
	// records now cover this work too, so they stay until it is indexed.
	for _, k := range keys {
		delete(c.pipe.clear, k)
	}
	if err != nil {
		return err
	}
	if c.pipe.pending == nil {
		c.pipe.pending = map[string]int{}
	}
	for _, k := range keys {
		c.pipe.pending[k]++
	}
	f := &flight{done: make(chan struct{}), keys: keys}
	c.pipe.flight = f
	go func() {
		defer close(f.done)
		f.err = c.indexWork(work)
	}()
	return nil
}

// indexWork sends work to bleve in batches bounded by batchPassages and
// batchBytes.
func (c *Corpus) indexWork(work []docWork) error {
	bt := c.newBatcher(context.Background(), "index: ")
	for _, w := range work {
		for _, id := range w.old {
			bt.delete(id)
		}
		for _, p := range w.passages {
			if err := bt.add(p); err != nil {
				return err
			}
		}
		if err := bt.flushFull(); err != nil {
			return err
		}
	}
	return bt.flush()
}

// batchSafely applies b, turning a panic inside bleve into an error. Under
// a full disk bleve's segment code can panic on a half-written segment and
// leave its in-memory state broken; the store and its journal are intact,
// so the index is reopened before the next write, which replays the batch.
// A batch that fails with an error (a segment's persist failing on a full
// disk) can leave the same broken state without a panic — the next batch
// then panicked with "assignment to entry in nil map" — so it marks the
// index for a reopen too.
func (c *Corpus) batchSafely(b *bleve.Batch) (err error) {
	defer func() {
		if r := recover(); r != nil {
			c.broken.Store(true)
			err = fmt.Errorf("bleve failed: %v", r)
		}
	}()
	if c.beforeBatch != nil {
		if err := c.beforeBatch(); err != nil {
			return err
		}
	}
	if err = c.bleve().Batch(b); err != nil {
		c.broken.Store(true)
	}
	return err
}

// launchPassages and launchBytes bound the work PutAsync gathers while a
// flight is being indexed: fewer, larger bleve batches make fewer
// segments to build and merge, and an idle indexer gets the work at once.
// The bound is well under a bleve batch's: bleve holds every token of a
// batch while it builds the segment, and gathering up to a full batch
// (2 MiB) doubled the peak RSS of an `ingest --no-train` of 19,621 small
// files (157 to 313 MB), 512 KiB raised it to 198 MB, 256 KiB to 170 MB.
var launchPassages, launchBytes = 2048, 256 << 10

// hold adds work to the held work and launches it all unless a flight is
// still being indexed and the held work is under launchPassages passages
// and launchBytes of text.
func (c *Corpus) hold(work []docWork) error {
	c.pipe.held = append(c.pipe.held, work...)
	for _, w := range work {
		c.pipe.heldPassages += len(w.old) + len(w.passages)
		for _, p := range w.passages {
			c.pipe.heldBytes += len(p.Text)
		}
	}
	if c.flightBusy() && c.pipe.heldPassages < launchPassages && c.pipe.heldBytes < launchBytes {
		return nil
	}
	return c.launchHeld()
}

// flightBusy reports whether a flight is still being indexed.
func (c *Corpus) flightBusy() bool {
	f := c.pipe.flight
	if f == nil {
		return false
	}
	select {
	case <-f.done:
		return false
	default:
		return true
	}
}

// launchHeld launches the held work, if any.
func (c *Corpus) launchHeld() error {
	if len(c.pipe.held) == 0 {
		return nil
	}
	work := c.pipe.held
	c.dropHeld()
	return c.launch(work)
}

// dropHeld forgets the held work (its journal records stay).
func (c *Corpus) dropHeld() {
	c.pipe.held, c.pipe.heldPassages, c.pipe.heldBytes = nil, 0, 0
}
