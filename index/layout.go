package index

import (
	"encoding/binary"
	"encoding/hex"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// The key layout of schema 3. Every document put gets the next sequence
// number (meta["seq"] is the last one given); its record is stored under
// seqKey(seq) (ids maps its id to that key), its text under seqKey(seq),
// its passages under passageKey(seq, ord), and a new blob under
// seqKey(seq) of the first document that brought it (refs and the
// documents that share it name that key). An ingest thus writes records,
// texts, passages and blobs at the end of their buckets, in the order it
// puts documents: a commit appends pages instead of rewriting leaves all
// over buckets keyed by hashes (schema 2 rewrote about the whole store at
// every commit). Only ids (id → seq) and refs (hash → count, blob key)
// stay keyed by hashes, and their records are small.

// idKey is the ids key of a document id: the 8 bytes its 16 hex digits
// spell (corpus.DocID). Any other string is kept as it is, and so matches
// no stored key.
func idKey(id string) []byte {
	if b, err := hex.DecodeString(id); err == nil && len(b) == 8 {
		return b
	}
	return []byte(id)
}

// refKey is the refs key of a blob hash: the 32 bytes of the SHA-256 its
// 64 hex digits spell. Any other string is kept as it is.
func refKey(hash string) []byte {
	if b, err := hex.DecodeString(hash); err == nil && len(b) == 32 {
		return b
	}
	return []byte(hash)
}

// seqKey is the big-endian key of sequence number seq.
func seqKey(seq uint64) []byte {
	return binary.BigEndian.AppendUint64(make([]byte, 0, 12), seq)
}

// passageKey is the key of the ord-th passage of the document stored under seq.
func passageKey(seq uint64, ord int) []byte {
	return binary.BigEndian.AppendUint32(seqKey(seq), uint32(ord))
}

// parseSeqKey undoes seqKey.
func parseSeqKey(k []byte) (uint64, bool) {
	if len(k) != 8 {
		return 0, false
	}
	return binary.BigEndian.Uint64(k), true
}

// parsePassageKey undoes passageKey.
func parsePassageKey(k []byte) (seq uint64, ord int, ok bool) {
	if len(k) != 12 {
		return 0, 0, false
	}
	return binary.BigEndian.Uint64(k), int(binary.BigEndian.Uint32(k[8:])), true
}

// lastSeq returns the largest sequence number in use: meta["seq"], or a
// larger key of texts, passages or blobs (a salvaged store may have lost
// meta's record), so that a new document never reuses a key.
func lastSeq(tx *bolt.Tx) uint64 {
	last := uint64(0)
	if v := tx.Bucket(bucketMeta).Get(keySeq); len(v) == 8 {
		last = binary.BigEndian.Uint64(v)
	}
	for _, name := range [][]byte{bucketDocs, bucketTexts, bucketPassages, bucketBlobs} {
		k, _ := tx.Bucket(name).Cursor().Last()
		if len(k) >= 8 {
			last = max(last, binary.BigEndian.Uint64(k[:8]))
		}
	}
	return last
}

// nextSeq gives the next sequence number of w's transaction.
func (w *txWriter) nextSeq() uint64 {
	if w.seq == 0 {
		w.seq = lastSeq(w.tx)
	}
	w.seq++
	w.seqUsed = true
	return w.seq
}

// finishSeq stores the last sequence number w gave.
func (w *txWriter) finishSeq() error {
	if !w.seqUsed {
		return nil
	}
	if err := w.tx.Bucket(bucketMeta).Put(keySeq, seqKey(w.seq)); err != nil {
		return fmt.Errorf("index: store the sequence number: %w", err)
	}
	return nil
}

// lookupDoc reads the record of document id: ids gives its key in docs.
// A record that does not decode, or whose path is not id's, is an error
// naming the repair; a missing one is (storedDoc{}, false, nil).
func lookupDoc(ids, docs *bolt.Bucket, id string) (storedDoc, bool, error) {
	k := ids.Get(idKey(id))
	if k == nil {
		return storedDoc{}, false, nil
	}
	v := docs.Get(k)
	if v == nil {
		return storedDoc{}, false, nil
	}
	d, err := decodeStoredDoc(id, v)
	return d, err == nil, err
}

// badRecord is a docs record that is not a document's: undecodable, under
// a key that is not its sequence number, or a second record for a path.
type badRecord struct {
	key    []byte
	path   string // "" when undecodable
	detail string
}

// readDocs decodes every docs record. A path with several records keeps
// the one its ids entry leads to, else the newest; the others are bad.
func readDocs(ids, docs *bolt.Bucket) (map[string]storedDoc, []badRecord, error) {
	all := map[string][]storedDoc{}
	var bad []badRecord
	err := docs.ForEach(func(k, v []byte) error {
		seq, okKey := parseSeqKey(k)
		d, err := decodeDocRecord(v)
		switch {
		case err != nil || !okKey:
			detail := "undecodable"
			if err != nil {
				detail += ": " + err.Error()
			}
			bad = append(bad, badRecord{key: append([]byte(nil), k...), detail: fmt.Sprintf("key %x: %s", k, detail)})
		case d.seq != seq:
			bad = append(bad, badRecord{key: append([]byte(nil), k...), path: d.Path,
				detail: fmt.Sprintf("key %x, the record says sequence number %d", k, d.seq)})
		default:
			all[d.ID] = append(all[d.ID], d)
		}
		return nil
	})
	keep := make(map[string]storedDoc, len(all))
	for id, ds := range all {
		best := ds[len(ds)-1] // the newest: keys come in order
		for _, d := range ds {
			if string(ids.Get(idKey(id))) == string(seqKey(d.seq)) {
				best = d
			}
		}
		keep[id] = best
		for _, d := range ds {
			if d.seq != best.seq {
				bad = append(bad, badRecord{key: seqKey(d.seq), path: d.Path,
					detail: fmt.Sprintf("a second record (key %x) for the path", seqKey(d.seq))})
			}
		}
	}
	return keep, bad, err
}
