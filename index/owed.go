package index

import (
	"context"
	"errors"
)

// metaCompactOwed is the meta key under which an ingest notes, before it
// writes, that it may end with a Compact (see OweCompact).
const metaCompactOwed = "compact_owed"

// OweCompact notes in the store, before an ingest writes anything, that
// the ingest may end with a Compact. An ingest that is killed or fails
// before it decides leaves the note, and the next ingest, finding it
// (CompactOwed), compacts even when it has nothing left to change: bleve's
// BM25 statistics (each field's dictionary size summed over the segments,
// terms of deleted passages included) depend on the index's segments, so
// without the merge a resumed ingest would score otherwise than a fresh
// one of the same files. Compact, or SettleCompact when the ingest decides
// against merging, clears the note.
func (c *Corpus) OweCompact() error {
	return c.PutMeta(metaCompactOwed, []byte{1})
}

// SettleCompact clears OweCompact's note without merging (an ingest of a
// small change leaves its segments for a later merge).
func (c *Corpus) SettleCompact() error {
	owed, err := c.CompactOwed()
	if err != nil || !owed {
		return err
	}
	return c.PutMeta(metaCompactOwed, []byte{0})
}

// CompactOwed reports whether an ingest that did not finish left the note
// of OweCompact.
func (c *Corpus) CompactOwed() (bool, error) {
	v, err := c.GetMeta(metaCompactOwed)
	if errors.Is(err, ErrNotFound) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	return len(v) == 1 && v[0] == 1, nil
}

// BeginIngest is an ingest's first step, before it writes: it notes
// OweCompact unless an ingest before it left the note, and reports whether
// one did (then EndIngest merges whatever this ingest changes). The CLI's
// ingest and the server's ingest jobs both go through it and EndIngest, so
// a resumed ingest scores alike whichever started it.
func (c *Corpus) BeginIngest() (owed bool, err error) {
	if owed, err = c.CompactOwed(); err != nil || owed {
		return owed, err
	}
	return false, c.OweCompact()
}

// EndIngest is the last step of an ingest that finished (one that failed
// or was stopped leaves BeginIngest's note for the next): it ends a hold
// on merges (HoldMerges), then compacts when an earlier ingest owed it or
// this one was a bulk load (see bulkLoad), else it settles the note.
func (c *Corpus) EndIngest(ctx context.Context, owed bool, changed, unchanged int) error {
	c.ReleaseMerges()
	if owed || bulkLoad(changed, unchanged) {
		return c.Compact(ctx)
	}
	return c.SettleCompact()
}

// bulkLoad reports whether an ingest that changed documents and left
// unchanged ones alone is a bulk load (a quarter of the documents or
// more), which ends with one index segment for faster searches; merging
// the whole index after a small change would cost more than it saves.
func bulkLoad(changed, unchanged int) bool {
	return changed > 0 && 4*changed >= changed+unchanged
}
