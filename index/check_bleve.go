package index

import (
	"context"
	"fmt"
	"path/filepath"
	"runtime/debug"
	"sort"

	bolt "go.etcd.io/bbolt"
)

// indexedIDs counts every external id of the bleve index's live documents
// (a well-formed index holds each once) and returns bleve's document count.
func (c *Corpus) indexedIDs(ctx context.Context) (_ map[string]int, _ uint64, err error) {
	// A damaged segment file makes zap index out of its bounds (a panic,
	// or a memory fault on the mapping): report the index as broken, for
	// a repair to rebuild, instead of crashing the check meant to find it.
	old := debug.SetPanicOnFault(true)
	defer debug.SetPanicOnFault(old)
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w: %s is damaged (%v): run `verbatim check --repair` to rebuild it from the store", ErrBrokenIndex, filepath.Join(c.dir, BleveDir), r)
		}
	}()
	adv, err := c.bleve().Advanced()
	if err != nil {
		return nil, 0, fmt.Errorf("index: check bleve: %w", err)
	}
	r, err := adv.Reader()
	if err != nil {
		return nil, 0, fmt.Errorf("index: check bleve: %w", err)
	}
	defer r.Close()
	n, err := r.DocCount()
	if err != nil {
		return nil, 0, fmt.Errorf("index: check bleve: %w", err)
	}
	ids, err := r.DocIDReaderAll()
	if err != nil {
		return nil, 0, c.unreadable(err)
	}
	defer ids.Close()
	out := make(map[string]int, n)
	for i := 0; ; i++ {
		if i%4096 == 0 && ctx.Err() != nil {
			return nil, 0, fmt.Errorf("index: check bleve: %w", ctx.Err())
		}
		iid, err := ids.Next()
		if err != nil {
			return nil, 0, c.unreadable(err)
		}
		if iid == nil {
			return out, n, nil
		}
		ext, err := r.ExternalID(iid)
		if err != nil {
			return nil, 0, c.unreadable(err)
		}
		out[ext]++
	}
}

// unreadable is the error of a passage index whose documents do not read
// back (a segment cut short: EOF): broken, for a repair to rebuild.
func (c *Corpus) unreadable(err error) error {
	return fmt.Errorf("%w: %s does not read (%v): run `verbatim check --repair` to rebuild it from the store", ErrBrokenIndex, filepath.Join(c.dir, BleveDir), err)
}

// scanBleve compares the bleve index with the passages s found.
func (c *Corpus) scanBleve(ctx context.Context, s *scan) error {
	ids, n, err := c.indexedIDs(ctx)
	if err != nil {
		return err
	}
	s.rep.IndexedPassages = n
	total := 0
	for id, k := range ids {
		total += k
		docID := docOf(id)
		switch {
		case !s.records[id]:
			s.add(Problem{Kind: ProblemOrphanEntry, DocID: docID, Passage: id})
		case k > 1:
			s.add(Problem{Kind: ProblemIndexedTwice, DocID: docID, Passage: id, Detail: fmt.Sprintf("%d entries", k)})
		}
	}
	if uint64(total) != n {
		s.add(Problem{Kind: ProblemCountMismatch, Detail: fmt.Sprintf("bleve counts %d documents, lists %d", n, total)})
	}
	for id := range s.passages {
		if ids[id] == 0 {
			d := s.docs[docOf(id)]
			s.add(Problem{Kind: ProblemNotIndexed, Path: d.Path, DocID: d.ID, Passage: id})
		}
	}
	return nil
}

// docOf returns the document part of a passage id, the text before its
// last '-' ("" when none). Unlike corpus.SplitPassageID it accepts any
// suffix, so a malformed id bleve holds is still reported under its
// document.
func docOf(passageID string) string {
	for i := len(passageID) - 1; i > 0; i-- {
		if passageID[i] == '-' {
			return passageID[:i]
		}
	}
	return ""
}

// fixBleve makes the bleve index hold exactly the store's passages, each
// once: it deletes the others and (re-)indexes what is missing or doubled,
// and every passage of the documents in force.
func (c *Corpus) fixBleve(ctx context.Context, force map[string]bool) error {
	ids, _, err := c.indexedIDs(ctx)
	if err != nil {
		return err
	}
	return c.viewTx(func(tx *bolt.Tx) error {
		r := newReader(tx)
		want := map[string]bool{}
		if err := r.eachStoredPassageID(func(id string) { want[id] = true }); err != nil {
			return err
		}
		var del, add []string
		for id := range ids {
			if !want[id] {
				del = append(del, id)
			}
		}
		for id := range want {
			if ids[id] != 1 || force[docOf(id)] {
				add = append(add, id)
			}
		}
		sort.Strings(add)
		return c.applyFix(ctx, r, del, add)
	})
}

// eachStoredPassageID calls fn with the id of every passage that resolves
// (its document, text and record present and consistent).
func (r *reader) eachStoredPassageID(fn func(string)) error {
	cur := r.paths.Cursor()
	for _, v := cur.First(); v != nil; _, v = cur.Next() {
		ps, err := r.docPassages(string(v))
		delete(r.cache, string(v))
		if err != nil {
			continue // an unrepairable document: it has no place in bleve
		}
		for _, p := range ps {
			fn(p.ID)
		}
	}
	return nil
}

// applyFix deletes del from bleve and indexes add, in bounded batches.
func (c *Corpus) applyFix(ctx context.Context, r *reader, del, add []string) error {
	bt := c.newBatcher(ctx, "index: repair: ")
	for _, id := range del {
		bt.delete(id)
		if err := bt.flushFull(); err != nil {
			return err
		}
	}
	for _, id := range add {
		p, _, err := r.passage(id)
		if err != nil {
			return err
		}
		if err := bt.add(p); err != nil {
			return err
		}
		if err := bt.flushFull(); err != nil {
			return err
		}
	}
	if bt.empty() {
		return nil // nothing left to apply: ctx is not consulted
	}
	return bt.flush()
}
