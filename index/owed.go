package index

import "errors"

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
