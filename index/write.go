package index

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/verbatim-rag/verbatim/corpus"
)

// nowFunc is the clock of writes; tests replace it.
var nowFunc = time.Now

// Put stores entries atomically (one bbolt transaction) and indexes their
// passages before it returns. An entry replaces the stored document with the
// same Path, and that document's old passages leave the bleve index. Within
// one call the last entry for a path wins. PutAsync is the same without the
// wait for the index.
//
// Put fills in Doc.ID, Hash, Size, TextLen, Passages (and Title, Pages and
// Ingested when zero) and each passage's ID, DocID, Ord, Path and Format; a
// passage whose Text is set must equal the extracted text it spans.
func (c *Corpus) Put(ctx context.Context, entries []corpus.Entry) error {
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
	if err := c.writeLocked(ctx, now, putAll(prepared)); err != nil {
		return err
	}
	return c.flushLocked()
}

func putAll(entries []corpus.Entry) func(*txWriter) error {
	return func(w *txWriter) error {
		for _, e := range entries {
			if err := w.put(e); err != nil {
				return err
			}
		}
		return nil
	}
}

// Delete removes the documents stored under the given paths (exact paths;
// unknown ones are ignored) with their passages, and their blobs once no
// other document references them.
func (c *Corpus) Delete(ctx context.Context, paths []string) error {
	if c.opts.ReadOnly {
		return ErrReadOnly
	}
	now := nowFunc().UTC()
	c.mu.Lock()
	defer c.mu.Unlock()
	err := c.writeLocked(ctx, now, func(w *txWriter) error {
		for _, p := range paths {
			if err := w.delete(p); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	return c.flushLocked()
}

// writeLocked runs a write with c.mu held (see Crash safety in doc.go): a
// replay first if the journal is dirty; then one store transaction that
// clears the journal records of indexed batches, applies fn and journals
// its bleve work; then that work goes to the background indexer.
func (c *Corpus) writeLocked(ctx context.Context, now time.Time, fn func(*txWriter) error) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("index: %w", err)
	}
	if err := c.settleLocked(ctx, false); err != nil {
		return err
	}
	var work []docWork
	err := c.updateTx(func(tx *bolt.Tx) error {
		if err := c.clearDone(tx); err != nil {
			return err
		}
		w := newTxWriter(tx)
		if err := fn(w); err != nil {
			return err
		}
		if err := w.finishRefs(); err != nil {
			return err
		}
		if err := w.finishSeq(); err != nil {
			return err
		}
		if c.inStore != nil {
			if err := c.inStore(); err != nil {
				return err
			}
		}
		work = w.work
		return tx.Bucket(bucketMeta).Put(keyLastIngest, []byte(now.Format(time.RFC3339Nano)))
	})
	if err != nil {
		return c.diskError("storing documents", err)
	}
	c.pipe.clear = nil
	if c.afterStore != nil {
		if err := c.afterStore(); err != nil {
			c.pipe.dirty = true
			return err
		}
	}
	return c.hold(work)
}

// prepare validates and completes entries, keeping the last one per path.
func prepare(entries []corpus.Entry, now time.Time) ([]corpus.Entry, error) {
	byPath := make(map[string]int, len(entries))
	out := make([]corpus.Entry, 0, len(entries))
	for _, e := range entries {
		if err := normalise(&e, now); err != nil {
			return nil, err
		}
		if i, ok := byPath[e.Doc.Path]; ok {
			out[i] = e
			continue
		}
		byPath[e.Doc.Path] = len(out)
		out = append(out, e)
	}
	return out, nil
}

func normalise(e *corpus.Entry, now time.Time) error {
	d := &e.Doc
	if d.Path == "" {
		return fmt.Errorf("index: put: document without a path")
	}
	id := corpus.DocID(d.Path)
	if d.ID != "" && d.ID != id {
		return fmt.Errorf("index: put %s: document id %q, want corpus.DocID(path) = %q", d.Path, d.ID, id)
	}
	if err := checkLimits(d.Path, len(e.Passages), len(e.Extraction.Text)); err != nil {
		return err
	}
	sum := sha256.Sum256(e.Original)
	d.ID, d.Hash, d.Size = id, hex.EncodeToString(sum[:]), int64(len(e.Original))
	d.TextLen, d.Passages = len(e.Extraction.Text), len(e.Passages)
	if d.Title == "" {
		d.Title = e.Extraction.Title
	}
	if d.Pages == 0 {
		d.Pages = e.Extraction.Pages
	}
	if d.Ingested.IsZero() {
		d.Ingested = now
	}
	ps := make([]corpus.Passage, len(e.Passages))
	for i, p := range e.Passages {
		if p.Start < 0 || p.End < p.Start || p.End > len(e.Extraction.Text) {
			return fmt.Errorf("index: put %s: passage %d spans [%d,%d) outside the text (%d bytes)", d.Path, i, p.Start, p.End, len(e.Extraction.Text))
		}
		text := e.Extraction.Text[p.Start:p.End]
		if p.Text != "" && p.Text != text {
			return fmt.Errorf("index: put %s: passage %d text is not the extracted text [%d,%d)", d.Path, i, p.Start, p.End)
		}
		p.ID, p.DocID, p.Ord, p.Path, p.Format, p.Text = corpus.PassageID(id, i), id, i, d.Path, d.Format, text
		ps[i] = p
	}
	e.Passages = ps
	return nil
}

// checkLimits enforces MaxPassages and MaxTextLen on a document to put.
func checkLimits(path string, passages, textLen int) error {
	if passages > MaxPassages || int64(textLen) > MaxTextLen {
		return fmt.Errorf("index: put %s: %d passages over %d bytes of text exceed the limits (%d passages, %d bytes)",
			path, passages, textLen, MaxPassages, int64(MaxTextLen))
	}
	return nil
}

// txWriter applies document changes inside one bbolt write transaction.
type txWriter struct {
	tx                                                      *bolt.Tx
	docs, ids, paths, blobs, refs, texts, passages, journal *bolt.Bucket
	refDelta                                                map[string]int
	newBlobs                                                map[string]uint64 // hash → key of a blob first stored by this transaction
	work                                                    []docWork         // bleve work journaled so far
	seq                                                     uint64            // the last sequence number given (0: not read yet)
	seqUsed                                                 bool
}

func newTxWriter(tx *bolt.Tx) *txWriter {
	w := &txWriter{
		tx:   tx,
		docs: tx.Bucket(bucketDocs), ids: tx.Bucket(bucketIDs), paths: tx.Bucket(bucketPaths),
		blobs: tx.Bucket(bucketBlobs), refs: tx.Bucket(bucketRefs),
		texts: tx.Bucket(bucketTexts), passages: tx.Bucket(bucketPassages),
		journal:  tx.Bucket(bucketJournal),
		refDelta: map[string]int{}, newBlobs: map[string]uint64{},
	}
	setFills(tx)
	return w
}

// setFills sets the fill percents of the buckets written in about key
// order (a write transaction keeps its buckets, and so these settings).
func setFills(tx *bolt.Tx) {
	tx.Bucket(bucketPaths).FillPercent = pathsFill
	for _, name := range [][]byte{bucketDocs, bucketTexts, bucketPassages, bucketBlobs} {
		tx.Bucket(name).FillPercent = seqFill
	}
}

func (w *txWriter) put(e corpus.Entry) error {
	d := e.Doc
	old, had, err := lookupDoc(w.ids, w.docs, d.ID)
	if err != nil {
		return err
	}
	var oldIDs []string
	if had {
		oldIDs = passageIDs(old.Document)
		w.remove(old)
	}
	sd := storedDoc{Document: d, seq: w.nextSeq()}
	if sd.blob, err = w.putBlob(sd, e.Original); err != nil {
		return err
	}
	w.refDelta[d.Hash]++
	if err := w.putContent(e, sd); err != nil {
		return fmt.Errorf("index: put %s: %w", d.Path, err)
	}
	w.work = append(w.work, docWork{id: d.ID, old: oldIDs, passages: indexed(d, e.Passages)})
	return w.addJournal(d.ID, oldIDs, d.Passages)
}

// indexed returns the passages as the store gives them back (the document
// title for a passage without one of its own), for the bleve index.
func indexed(d corpus.Document, ps []corpus.Passage) []corpus.Passage {
	for i := range ps {
		if ps[i].Title == "" {
			ps[i].Title = d.Title
		}
	}
	return ps
}

// putBlob returns the key of d's original bytes: the blob of the same
// hash when one is stored (storing the bytes again when its record is
// missing), else a new blob under d's sequence number.
func (w *txWriter) putBlob(d storedDoc, original []byte) (uint64, error) {
	blob, ok := w.newBlobs[d.Hash]
	if !ok {
		_, blob = decodeRef(w.refs.Get(refKey(d.Hash)))
	}
	if blob == 0 {
		blob = d.seq
		w.newBlobs[d.Hash] = blob
	}
	if w.blobs.Get(seqKey(blob)) == nil {
		if err := w.blobs.Put(seqKey(blob), original); err != nil {
			return 0, fmt.Errorf("index: put blob of %s: %w", d.Path, err)
		}
	}
	return blob, nil
}

func (w *txWriter) putContent(e corpus.Entry, d storedDoc) error {
	text, err := encodeText(e.Extraction, e.Original)
	if err != nil {
		return err
	}
	if err := w.texts.Put(seqKey(d.seq), text); err != nil {
		return err
	}
	for _, p := range e.Passages {
		m := passageMeta{Start: p.Start, End: p.End, Ord: p.Ord, Section: p.Section}
		if p.Title != d.Title {
			m.Title = p.Title
		}
		if err := w.passages.Put(passageKey(d.seq, p.Ord), encodePassage(nil, m)); err != nil {
			return err
		}
	}
	v, err := encodeDoc(nil, d)
	if err != nil {
		return err
	}
	if err := w.docs.Put(seqKey(d.seq), v); err != nil {
		return err
	}
	if err := w.ids.Put(idKey(d.ID), seqKey(d.seq)); err != nil {
		return err
	}
	return w.paths.Put([]byte(d.Path), []byte(d.ID))
}

func (w *txWriter) delete(path string) error {
	id := w.paths.Get([]byte(path))
	if id == nil {
		return nil
	}
	old, had, err := lookupDoc(w.ids, w.docs, string(id))
	if err != nil || !had {
		return err
	}
	w.remove(old)
	if err := w.ids.Delete(idKey(old.ID)); err != nil {
		return fmt.Errorf("index: delete %s: %w", path, err)
	}
	oldIDs := passageIDs(old.Document)
	w.work = append(w.work, docWork{id: old.ID, old: oldIDs})
	return w.addJournal(old.ID, oldIDs, 0)
}

// remove drops a stored document's record, text, passages and path, and
// releases its blob reference. Its ids entry is left to the caller.
func (w *txWriter) remove(d storedDoc) {
	_ = w.docs.Delete(seqKey(d.seq))
	for i := range d.Passages {
		_ = w.passages.Delete(passageKey(d.seq, i))
	}
	_ = w.texts.Delete(seqKey(d.seq))
	_ = w.paths.Delete([]byte(d.Path))
	w.refDelta[d.Hash]--
}

// finishRefs applies the blob reference changes, deleting blobs no document
// references any more.
func (w *txWriter) finishRefs() error {
	for hash, delta := range w.refDelta {
		key := refKey(hash)
		count, blob := decodeRef(w.refs.Get(key))
		if blob == 0 {
			blob = w.newBlobs[hash]
		}
		n := int64(count) + int64(delta)
		var err error
		if n <= 0 {
			err = w.refs.Delete(key)
			if err == nil && blob != 0 {
				err = w.blobs.Delete(seqKey(blob))
			}
		} else {
			err = w.refs.Put(key, encodeRef(uint64(n), blob))
		}
		if err != nil {
			return fmt.Errorf("index: update blob %s: %w", hash, err)
		}
	}
	return nil
}

// decodeStoredDoc decodes the stored record v of document id, naming the
// document and the repair when it does not decode.
func decodeStoredDoc(id string, v []byte) (storedDoc, error) {
	d, err := decodeDoc(id, v)
	if err != nil {
		return d, fmt.Errorf("index: decode document %s (verbatim check --repair drops it): %w", id, err)
	}
	return d, nil
}

func passageIDs(d corpus.Document) []string {
	ids := make([]string, d.Passages)
	for i := range ids {
		ids[i] = corpus.PassageID(d.ID, i)
	}
	return ids
}
