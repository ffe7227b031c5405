package index

import (
	"encoding/binary"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// The key layout of schema 3. Every document put gets the next sequence
// number (meta["seq"] is the last one given); its text is stored under
// seqKey(seq), its passages under passageKey(seq, ord), and a new blob
// under seqKey(seq) of the first document that brought it (refs and the
// documents that share it name that key). An ingest thus writes texts,
// passages and blobs at the end of their buckets, in the order it puts
// documents: a commit appends pages instead of rewriting leaves all over
// buckets keyed by hashes (schema 2 rewrote about the whole store at every
// commit). Only docs (id → record) and refs (hash → count, blob key) stay
// keyed by hashes, and their records are small.

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
	for _, name := range [][]byte{bucketTexts, bucketPassages, bucketBlobs} {
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
