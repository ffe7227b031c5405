package index

import (
	"context"
	"encoding/json"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// journalRecord is pending bleve work for one document: delete Old, then
// index the document's current passages (New of them when written).
type journalRecord struct {
	Old []string `json:"old,omitempty"`
	New int      `json:"new"`
}

// addJournal records that docID's passages must be re-indexed, merging the
// ids to delete with any record still pending for the document.
func (w *txWriter) addJournal(docID string, old []string, n int) error {
	rec := journalRecord{Old: old, New: n}
	if v := w.journal.Get([]byte(docID)); v != nil {
		var prev journalRecord
		if err := json.Unmarshal(v, &prev); err != nil {
			return fmt.Errorf("index: decode journal of %s: %w", docID, err)
		}
		rec.Old = union(prev.Old, old)
	}
	v, err := json.Marshal(rec)
	if err != nil {
		return fmt.Errorf("index: encode journal of %s: %w", docID, err)
	}
	return w.journal.Put([]byte(docID), v)
}

func union(a, b []string) []string {
	seen := make(map[string]bool, len(a)+len(b))
	var out []string
	for _, s := range append(append([]string(nil), a...), b...) {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// replay applies pending journal records to bleve and clears them.
func (c *Corpus) replay() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.replayLocked(context.Background())
}

// replayLocked is replay with c.mu held. It is idempotent: the passages to
// index are read back from the store, deletions of absent ids are no-ops.
func (c *Corpus) replayLocked(ctx context.Context) error {
	var done [][]byte
	err := c.viewTx(func(tx *bolt.Tx) error {
		var err error
		done, err = c.applyJournal(ctx, tx)
		return err
	})
	if err == nil && len(done) > 0 {
		err = c.updateTx(func(tx *bolt.Tx) error {
			j := tx.Bucket(bucketJournal)
			for _, k := range done {
				if err := j.Delete(k); err != nil {
					return fmt.Errorf("index: clear journal: %w", err)
				}
			}
			return nil
		})
	}
	if err == nil {
		c.pipe.dirty = false
	}
	return err
}

// applyJournal sends every journal record of tx to bleve, in batches, and
// returns the keys applied.
func (c *Corpus) applyJournal(ctx context.Context, tx *bolt.Tx) ([][]byte, error) {
	r := newReader(tx)
	bt := c.newBatcher(ctx, "index: ")
	var keys [][]byte
	err := tx.Bucket(bucketJournal).ForEach(func(k, v []byte) error {
		var rec journalRecord
		if err := json.Unmarshal(v, &rec); err != nil {
			return fmt.Errorf("index: decode journal of %s: %w", k, err)
		}
		if err := batchDoc(bt, r, string(k), rec); err != nil {
			return err
		}
		keys = append(keys, append([]byte(nil), k...))
		return bt.flushFull()
	})
	if err == nil {
		err = bt.flush()
	}
	return keys, err
}

// batchDoc adds one record's deletions and the document's stored passages.
func batchDoc(bt *batcher, r *reader, docID string, rec journalRecord) error {
	for _, id := range rec.Old {
		bt.delete(id)
	}
	ps, err := r.docPassages(docID)
	if err != nil {
		// Deleted since: nothing to index. Records that do not read (a
		// damaged store, or one salvaged from a damaged file): nothing
		// can be indexed from them, and failing here would fail every
		// open, check --repair's too, for good. The document stays out of
		// the index; Check reports it and a repair drops it.
		return nil
	}
	for _, p := range ps {
		if err := bt.add(p); err != nil {
			return err
		}
	}
	return nil
}

// pendingJournal counts the documents with journal work left.
func (c *Corpus) pendingJournal() (n int, err error) {
	err = c.viewTx(func(tx *bolt.Tx) error {
		n = tx.Bucket(bucketJournal).Stats().KeyN
		return nil
	})
	return n, err
}

// settleInterrupted deals, for a read-only Open, with the journal of an
// interrupted write (see Options.AllowPending): it closes the store,
// replays the journal through a brief writable Open and reopens the store
// read-only. On failure the store is closed unless the corpus opens as it
// is.
func (c *Corpus) settleInterrupted() error {
	n, err := c.pendingJournal()
	if err != nil || n == 0 || c.opts.NoReplay {
		if err != nil {
			_ = c.db.Close()
		}
		return err
	}
	_ = c.db.Close()
	wopts := Options{NoSync: c.opts.NoSync, LockTimeout: min(c.opts.LockTimeout, maxReplayWait)}
	w, rerr := Open(c.dir, wopts)
	if rerr == nil {
		rerr = w.Close()
	}
	if c.db, err = openStore(c.dir, c.opts); err != nil {
		return err
	}
	if rerr == nil {
		c.replayed = n
		return nil
	}
	if c.opts.AllowPending {
		c.replayErr = rerr
		return nil
	}
	_ = c.db.Close()
	return &wrapped{
		msg: fmt.Sprintf("index: an ingest into %s was interrupted before it finished indexing (%d documents pending), and finishing that now failed (%v): run `verbatim ingest` or `verbatim check --repair`",
			c.dir, n, rerr),
		is: ErrInterrupted,
	}
}
