package index

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"github.com/verbatim-rag/verbatim/corpus"
)

// repair fixes what s found, in three crash-safe steps: (1) one bbolt
// transaction drops the unrepairable documents (journaling their passages
// for removal from bleve), removes orphan paths, texts, passages and blobs
// and recounts blob references; (2) the bleve index is made to hold exactly
// the store's passages, re-indexing every document with journal work; (3)
// the journal records seen in (2) are cleared. A crash after (1) leaves a
// journal that the next writable Open replays. It returns the paths of the
// dropped documents.
func (c *Corpus) repair(ctx context.Context, s *scan) ([]string, error) {
	var dropped []string
	err := c.updateTx(func(tx *bolt.Tx) error {
		w := newTxWriter(tx)
		if err := w.sanitizeJournal(); err != nil {
			return err
		}
		for id, path := range s.drop {
			var key []byte
			if d, ok := s.docs[id]; ok {
				key = seqKey(d.seq)
			}
			if err := w.drop(id, path, key); err != nil {
				return err
			}
			if path != "" {
				dropped = append(dropped, path)
			}
		}
		return w.rederive()
	})
	if err != nil {
		return nil, c.diskError("repairing", fmt.Errorf("index: repair store: %w", err))
	}
	journal, err := c.journalDocs()
	if err != nil {
		return dropped, err
	}
	if err := c.fixBleve(ctx, journal); err != nil {
		return dropped, c.diskError("repairing the index", err)
	}
	return dropped, c.clearJournal(journal)
}

// sanitizeJournal replaces undecodable journal records by ones that
// re-index their document (the ids they meant to delete are found as
// orphan entries by the bleve repair).
func (w *txWriter) sanitizeJournal() error {
	var bad [][]byte
	err := w.journal.ForEach(func(k, v []byte) error {
		var rec journalRecord
		if json.Unmarshal(v, &rec) != nil {
			bad = append(bad, append([]byte(nil), k...))
		}
		return nil
	})
	for _, k := range bad {
		if err == nil {
			err = w.journal.Put(k, []byte(`{"new":0}`))
		}
	}
	return err
}

// drop removes a document that cannot be repaired: its record (under key,
// when the scan found it, and the one its id leads to), id and path
// entries. Its text and passages are left to
// rederive, as orphans, and so is its blob once unreferenced. A decodable
// record's passages are journaled for removal from bleve; those of an
// undecodable one are found by the bleve repair.
func (w *txWriter) drop(id, path string, key []byte) error {
	var old []string
	if d, had, err := lookupDoc(w.ids, w.docs, id); had && err == nil {
		old = passageIDs(d.Document)
	} else if v := w.docs.Get(key); key != nil && v != nil {
		if d, err := decodeDocRecord(v); err == nil {
			old = passageIDs(d.Document)
		}
	}
	for _, k := range [][]byte{key, w.ids.Get(idKey(id))} {
		if k == nil {
			continue
		}
		if err := w.docs.Delete(append([]byte(nil), k...)); err != nil {
			return err
		}
	}
	if err := w.ids.Delete(idKey(id)); err != nil {
		return err
	}
	if path != "" && string(w.paths.Get([]byte(path))) == id {
		if err := w.paths.Delete([]byte(path)); err != nil {
			return err
		}
	}
	return w.addJournal(id, old, 0)
}

// rederive rebuilds what derives from the document records: id and path
// entries, reference counts, and the removal of orphan ids, paths, texts,
// passages and blobs, and of the records Check reports as bad that drop
// did not reach (undecodable with no id leading to them, a second record
// for a path, a key that is not the record's sequence number).
func (w *txWriter) rederive() error {
	bySeq := map[uint64]storedDoc{}
	refs := map[string]uint64{}
	blobKey := map[string]uint64{}
	blobs := map[uint64]bool{}
	docs, bad, err := readDocs(w.ids, w.docs)
	if err != nil {
		return err
	}
	for _, b := range bad {
		if err := w.docs.Delete(b.key); err != nil {
			return err
		}
	}
	for _, d := range docs {
		bySeq[d.seq], refs[d.Hash] = d, refs[d.Hash]+1
		blobKey[d.Hash], blobs[d.blob] = d.blob, true
	}
	for _, d := range docs {
		if err := w.paths.Put([]byte(d.Path), []byte(d.ID)); err != nil {
			return err
		}
		if err := w.ids.Put(idKey(d.ID), seqKey(d.seq)); err != nil {
			return err
		}
	}
	orphan := func(b *bolt.Bucket, keep func(k []byte) bool) error {
		return deleteWhere(b, func(k []byte) bool { return !keep(k) })
	}
	for _, step := range []error{
		orphan(w.ids, func(k []byte) bool { return docs[hex.EncodeToString(k)].ID != "" }),
		orphan(w.paths, func(k []byte) bool { return docs[corpus.DocID(string(k))].Path == string(k) }),
		orphan(w.texts, func(k []byte) bool { seq, ok := parseSeqKey(k); return ok && bySeq[seq].ID != "" }),
		orphan(w.passages, func(k []byte) bool {
			seq, ord, ok := parsePassageKey(k)
			return ok && ord < bySeq[seq].Passages
		}),
		orphan(w.blobs, func(k []byte) bool { seq, ok := parseSeqKey(k); return ok && blobs[seq] }),
		orphan(w.refs, func(k []byte) bool { return refs[hex.EncodeToString(k)] > 0 }),
	} {
		if step != nil {
			return step
		}
	}
	for hash, n := range refs {
		if err := w.refs.Put(refKey(hash), encodeRef(n, blobKey[hash])); err != nil {
			return err
		}
	}
	return nil
}

// deleteWhere deletes the keys of b for which del is true.
func deleteWhere(b *bolt.Bucket, del func(k []byte) bool) error {
	var keys [][]byte
	err := b.ForEach(func(k, _ []byte) error {
		if del(k) {
			keys = append(keys, append([]byte(nil), k...))
		}
		return nil
	})
	for _, k := range keys {
		if err == nil {
			err = b.Delete(k)
		}
	}
	return err
}

// journalDocs returns the document ids with journal records.
func (c *Corpus) journalDocs() (map[string]bool, error) {
	out := map[string]bool{}
	err := c.viewTx(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketJournal).ForEach(func(k, _ []byte) error {
			out[string(k)] = true
			return nil
		})
	})
	return out, err
}

// clearJournal deletes the journal records of these documents.
func (c *Corpus) clearJournal(docs map[string]bool) error {
	if len(docs) == 0 {
		return nil
	}
	return c.updateTx(func(tx *bolt.Tx) error {
		j := tx.Bucket(bucketJournal)
		for id := range docs {
			if err := j.Delete([]byte(id)); err != nil {
				return fmt.Errorf("index: clear journal: %w", err)
			}
		}
		return nil
	})
}
