package index

import (
	"context"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"github.com/verbatim-rag/verbatim/corpus"
)

// Touch sets the stored ModTime of documents whose file got a new time
// but kept its bytes: for each of docs, the stored document with its Path
// takes its ModTime, provided its Hash is the stored one (unknown paths and
// other hashes are left alone). One store transaction, no index work: it
// implements ingest.Toucher.
func (c *Corpus) Touch(ctx context.Context, docs []corpus.Document) error {
	if c.opts.ReadOnly {
		return ErrReadOnly
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed {
		return ErrClosed
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("index: %w", err)
	}
	err := c.updateTx(func(tx *bolt.Tx) error {
		ids, b := tx.Bucket(bucketIDs), tx.Bucket(bucketDocs)
		for _, d := range docs {
			if err := touchDoc(ids, b, d); err != nil {
				return err
			}
		}
		return nil
	})
	return c.diskError("storing file times", err)
}

func touchDoc(ids, b *bolt.Bucket, d corpus.Document) error {
	stored, ok, err := lookupDoc(ids, b, corpus.DocID(d.Path))
	if err != nil || !ok || stored.Hash != d.Hash || stored.ModTime.Equal(d.ModTime) {
		return err
	}
	stored.ModTime = d.ModTime
	v, err := encodeDoc(nil, stored)
	if err != nil {
		return err
	}
	if err := b.Put(seqKey(stored.seq), v); err != nil {
		return fmt.Errorf("index: touch %s: %w", d.Path, err)
	}
	return nil
}
