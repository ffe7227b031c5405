package index

import (
	"bytes"
	"errors"
	"fmt"
	"unsafe"

	bolt "go.etcd.io/bbolt"

	"github.com/verbatim-rag/verbatim/corpus"
)

// reader resolves documents and passages inside one read transaction,
// caching each document's record and text. Everything it returns is a copy.
type reader struct {
	docs, ids, paths, texts, passages, blobs *bolt.Bucket
	cache                                    map[string]*docEntry
	// one cursor a bucket for the lookups (see get)
	docCur, idCur, textCur, passageCur, blobCur *bolt.Cursor
}

// docEntry is a cached document; text is only valid inside the transaction.
type docEntry struct {
	doc  storedDoc
	tv   textValue // valid inside the transaction
	text []byte
	ext  *corpus.Extraction // decoded on demand (Text left empty)
}

func newReader(tx *bolt.Tx) *reader {
	return &reader{
		docs: tx.Bucket(bucketDocs), ids: tx.Bucket(bucketIDs), paths: tx.Bucket(bucketPaths),
		texts: tx.Bucket(bucketTexts), passages: tx.Bucket(bucketPassages),
		blobs: tx.Bucket(bucketBlobs), cache: map[string]*docEntry{},
	}
}

// get is b.Get(key) through *c, a cursor of b opened on first use and
// kept: bbolt's Get opens a cursor a call, whose search path grows from
// nothing each time (a reader resolving k passages makes 3–4k lookups).
// Like Get, it returns nil for a missing key and for a nested bucket.
func get(b *bolt.Bucket, c **bolt.Cursor, key []byte) []byte {
	if *c == nil {
		*c = b.Cursor()
	}
	k, v := (*c).Seek(key)
	if !bytes.Equal(k, key) {
		return nil
	}
	return v
}

func isNotFound(err error) bool { return errors.Is(err, ErrNotFound) }

func (r *reader) doc(id string) (storedDoc, error) {
	var v []byte
	if k := get(r.ids, &r.idCur, idKey(id)); k != nil {
		v = get(r.docs, &r.docCur, k)
	}
	if v == nil {
		return storedDoc{}, fmt.Errorf("index: document %q: %w", id, ErrNotFound)
	}
	return decodeStoredDoc(id, v)
}

// entry returns the cached document and text of id.
func (r *reader) entry(id string) (*docEntry, error) {
	if e, ok := r.cache[id]; ok {
		return e, nil
	}
	d, err := r.doc(id)
	if err != nil {
		return nil, err
	}
	tv, text, err := r.text(d)
	if err != nil {
		return nil, err
	}
	e := &docEntry{doc: d, tv: tv, text: text}
	r.cache[id] = e
	return e, nil
}

// text reads document d's text record and its text (slices valid inside
// the transaction).
func (r *reader) text(d storedDoc) (textValue, []byte, error) {
	v := get(r.texts, &r.textCur, seqKey(d.seq))
	if v == nil {
		return textValue{}, nil, fmt.Errorf("index: text of %s: %w", d.Path, ErrNotFound)
	}
	tv, err := parseText(v)
	if err != nil {
		return tv, nil, fmt.Errorf("index: text of %s: %w", d.Path, err)
	}
	text, err := tv.resolve(func() []byte { return get(r.blobs, &r.blobCur, seqKey(d.blob)) })
	if err != nil {
		return tv, nil, fmt.Errorf("index: text of %s: %w", d.Path, err)
	}
	return tv, text, nil
}

func (e *docEntry) extraction() (*corpus.Extraction, error) {
	if e.ext == nil {
		ext, err := e.tv.extraction(len(e.text))
		if err != nil {
			return nil, fmt.Errorf("index: extraction of %s: %w", e.doc.Path, err)
		}
		e.ext = &ext
	}
	return e.ext, nil
}

// passage resolves one passage id.
func (r *reader) passage(id string) (corpus.Passage, *docEntry, error) {
	docID, ord, err := corpus.SplitPassageID(id)
	if err != nil {
		return corpus.Passage{}, nil, fmt.Errorf("index: passage %q: %w", id, ErrNotFound)
	}
	e, err := r.entry(docID)
	if err != nil {
		return corpus.Passage{}, nil, err
	}
	p, err := r.passageOf(e, id, ord)
	return p, e, err
}

// passageOf resolves passage id, the ord-th of document e.
func (r *reader) passageOf(e *docEntry, id string, ord int) (corpus.Passage, error) {
	var v []byte
	if ord < e.doc.Passages {
		v = get(r.passages, &r.passageCur, passageKey(e.doc.seq, ord))
	}
	if v == nil {
		return corpus.Passage{}, fmt.Errorf("index: passage %q: %w", id, ErrNotFound)
	}
	m, err := decodePassage(v)
	if err != nil {
		return corpus.Passage{}, fmt.Errorf("index: decode passage %q: %w", id, err)
	}
	if m.Start < 0 || m.End < m.Start || m.End > len(e.text) {
		return corpus.Passage{}, fmt.Errorf("index: passage %q spans [%d,%d) outside its text", id, m.Start, m.End)
	}
	title := m.Title
	if title == "" {
		title = e.doc.Title
	}
	return corpus.Passage{
		ID: id, DocID: e.doc.ID, Path: e.doc.Path, Format: e.doc.Format,
		Title: title, Section: m.Section, Ord: m.Ord,
		Start: m.Start, End: m.End, Text: string(e.text[m.Start:m.End]),
	}, nil
}

// span locates [start, end) of a cached document's text.
func (r *reader) span(e *docEntry, start, end int) (corpus.Span, error) {
	m := corpus.IdentityMap(len(e.text))
	if e.tv.flags&textIdentity == 0 || e.ext != nil {
		// the map is stored (or decoded already): decode the extraction;
		// an identity map is known without decoding the JSON
		ext, err := e.extraction()
		if err != nil {
			return corpus.Span{}, err
		}
		m = ext.Map
	}
	sp := m.Locate(bytesView(e.text), start, end)
	sp.Path = e.doc.Path
	return sp, nil
}

// docPassages lists a document's passages in order.
func (r *reader) docPassages(docID string) ([]corpus.Passage, error) {
	e, err := r.entry(docID)
	if err != nil {
		return nil, err
	}
	ps := make([]corpus.Passage, e.doc.Passages)
	for i := range ps {
		if ps[i], err = r.passageOf(e, corpus.PassageID(docID, i), i); err != nil {
			return nil, err
		}
	}
	return ps, nil
}

// bytesView views b as a string without copying, for calls that read the
// string and keep nothing of it (SourceMap.Locate). b must not change while
// the view is in use: bbolt's read-only mmap guarantees that inside a
// transaction.
func bytesView(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}
