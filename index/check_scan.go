package index

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"github.com/verbatim-rag/verbatim/corpus"
)

// scan is one pass of Check over the store and the bleve index.
type scan struct {
	rep      CheckReport
	docs     map[string]storedDoc // decodable documents, by id
	drop     map[string]string    // unrepairable document id → path ("" if unknown)
	badBlobs map[uint64]bool      // blobs whose bytes do not hash to their documents' hash
	passages map[string]bool      // passage ids of healthy documents
	records  map[string]bool      // every passage record key
	bySeq    map[uint64]storedDoc // decodable documents, by sequence number
}

func (s *scan) add(p Problem) {
	s.rep.Problems = append(s.rep.Problems, p)
	if p.Kind.Unrepairable() && p.DocID != "" {
		s.drop[p.DocID] = p.Path
	}
}

// docProblem reports a problem of document d.
func (s *scan) docProblem(kind ProblemKind, d storedDoc, detail string) {
	s.add(Problem{Kind: kind, Path: d.Path, DocID: d.ID, Blob: blobOf(kind, d.Document), Detail: detail})
}

func blobOf(kind ProblemKind, d corpus.Document) string {
	if kind == ProblemBlobMissing || kind == ProblemBlobCorrupt {
		return d.Hash
	}
	return ""
}

// scan checks the store in one read transaction, then the bleve index.
func (c *Corpus) scan(ctx context.Context) (*scan, error) {
	s := &scan{
		docs: map[string]storedDoc{}, drop: map[string]string{}, bySeq: map[uint64]storedDoc{},
		badBlobs: map[uint64]bool{}, passages: map[string]bool{}, records: map[string]bool{},
	}
	err := c.viewTx(func(tx *bolt.Tx) error {
		for _, step := range []func(*bolt.Tx) error{
			c.checkPages, s.journal, s.documents, s.ids, s.paths, s.blobs, s.refs, s.texts, s.passageRecords,
		} {
			if err := ctx.Err(); err != nil {
				return fmt.Errorf("index: check: %w", err)
			}
			if err := step(tx); err != nil {
				return err
			}
		}
		s.rep.Documents = len(s.docs)
		s.rep.Passages = len(s.records)
		s.rep.Blobs = tx.Bucket(bucketBlobs).Stats().KeyN
		return nil
	})
	if err != nil {
		return nil, err
	}
	if err := c.scanBleve(ctx, s); err != nil {
		return nil, err
	}
	return s, nil
}

func (s *scan) journal(tx *bolt.Tx) error {
	return tx.Bucket(bucketJournal).ForEach(func(k, v []byte) error {
		p := Problem{Kind: ProblemJournal, DocID: string(k)}
		var rec journalRecord
		if err := json.Unmarshal(v, &rec); err != nil {
			p.Detail = "undecodable record: " + err.Error()
		} else {
			p.Detail = fmt.Sprintf("%d passages to unindex, %d to index", len(rec.Old), rec.New)
		}
		s.rep.Problems = append(s.rep.Problems, p)
		return nil
	})
}

// documents decodes every document record. A bad record is reported
// under the id whose entry leads to it (that document is then dropped by a
// repair), or under none (a repair deletes the record).
func (s *scan) documents(tx *bolt.Tx) error {
	ids := tx.Bucket(bucketIDs)
	docs, bad, err := readDocs(ids, tx.Bucket(bucketDocs))
	for _, b := range bad {
		id := idLeadingTo(ids, b.key)
		path := b.path
		if path == "" {
			path = pathOf(tx, []byte(id))
		}
		s.add(Problem{Kind: ProblemBadDocument, DocID: id, Path: path, Detail: b.detail})
	}
	for id, d := range docs {
		if _, dropped := s.drop[id]; !dropped {
			s.docs[id], s.bySeq[d.seq] = d, d
		}
	}
	return err
}

// idLeadingTo finds the id whose entry leads to docs key k, "" if none.
func idLeadingTo(ids *bolt.Bucket, k []byte) string {
	cur := ids.Cursor()
	for id, v := cur.First(); id != nil; id, v = cur.Next() {
		if string(v) == string(k) {
			return hex.EncodeToString(id)
		}
	}
	return ""
}

// ids checks that ids and documents lead to each other.
func (s *scan) ids(tx *bolt.Tx) error {
	b := tx.Bucket(bucketIDs)
	err := b.ForEach(func(k, v []byte) error {
		seq, ok := parseSeqKey(v)
		if d, known := s.docs[hex.EncodeToString(k)]; !ok || !known || d.seq != seq {
			s.add(Problem{Kind: ProblemOrphanID, DocID: hex.EncodeToString(k), Detail: fmt.Sprintf("leads to key %x", v)})
		}
		return nil
	})
	for _, d := range s.docs {
		if string(b.Get(idKey(d.ID))) != string(seqKey(d.seq)) {
			s.docProblem(ProblemIDMissing, d, "")
		}
	}
	return err
}

// pathOf finds the path whose entry leads to document id, "" if none.
func pathOf(tx *bolt.Tx, id []byte) string {
	cur := tx.Bucket(bucketPaths).Cursor()
	for k, v := cur.First(); k != nil; k, v = cur.Next() {
		if string(v) == string(id) {
			return string(k)
		}
	}
	return ""
}

// paths checks that paths and documents lead to each other.
func (s *scan) paths(tx *bolt.Tx) error {
	b := tx.Bucket(bucketPaths)
	err := b.ForEach(func(k, v []byte) error {
		if d, ok := s.docs[string(v)]; !ok || d.Path != string(k) {
			s.add(Problem{Kind: ProblemOrphanPath, Path: string(k), DocID: string(v)})
		}
		return nil
	})
	for _, d := range s.docs {
		if string(b.Get([]byte(d.Path))) != d.ID {
			s.docProblem(ProblemPathMissing, d, "")
		}
	}
	return err
}

// blobs checks each document's blob and looks for unreferenced blobs.
func (s *scan) blobs(tx *bolt.Tx) error {
	b := tx.Bucket(bucketBlobs)
	checked := map[uint64]bool{}
	for _, d := range s.docs {
		v := b.Get(seqKey(d.blob))
		switch {
		case v == nil:
			s.docProblem(ProblemBlobMissing, d, "")
			continue
		case !checked[d.blob]:
			checked[d.blob] = true
			sum := sha256.Sum256(v)
			if hex.EncodeToString(sum[:]) != d.Hash {
				s.badBlobs[d.blob] = true
			}
		}
		if s.badBlobs[d.blob] {
			s.docProblem(ProblemBlobCorrupt, d, "the stored original bytes no longer match the document's hash")
		}
	}
	return b.ForEach(func(k, v []byte) error {
		if seq, ok := parseSeqKey(k); !ok || !checked[seq] {
			sum := sha256.Sum256(v)
			s.add(Problem{Kind: ProblemOrphanBlob, Blob: hex.EncodeToString(sum[:]), Detail: fmt.Sprintf("key %x", k)})
		}
		return nil
	})
}

// refs compares the reference counts and blob keys with the documents.
func (s *scan) refs(tx *bolt.Tx) error {
	want := map[string]uint64{}
	blob := map[string]uint64{}
	for _, d := range s.docs {
		want[d.Hash]++
		blob[d.Hash] = d.blob
	}
	b := tx.Bucket(bucketRefs)
	err := b.ForEach(func(k, v []byte) error {
		if _, ok := want[hex.EncodeToString(k)]; !ok {
			n, _ := decodeRef(v)
			s.add(Problem{Kind: ProblemRefCount, Blob: hex.EncodeToString(k), Detail: fmt.Sprintf("count %d, no document", n)})
		}
		return nil
	})
	for hash, n := range want {
		got, key := decodeRef(b.Get(refKey(hash)))
		switch {
		case got != n:
			s.add(Problem{Kind: ProblemRefCount, Blob: hash, Detail: fmt.Sprintf("count %d, %d documents", got, n)})
		case key != blob[hash]:
			s.add(Problem{Kind: ProblemRefCount, Blob: hash, Detail: fmt.Sprintf("blob key %d, the documents say %d", key, blob[hash])})
		}
	}
	return err
}

// texts checks each document's text and looks for orphan texts. A text
// that is the original bytes is not checked further when they are missing
// (a blob problem, reported by blobs).
func (s *scan) texts(tx *bolt.Tx) error {
	b := tx.Bucket(bucketTexts)
	r := newReader(tx)
	for _, d := range s.docs {
		tv, text, err := r.text(d)
		switch {
		case b.Get(seqKey(d.seq)) == nil:
			s.docProblem(ProblemTextMissing, d, "")
		case isNotFound(err):
		case err != nil:
			s.docProblem(ProblemTextCorrupt, d, err.Error())
		case len(text) != d.TextLen:
			s.docProblem(ProblemTextCorrupt, d, fmt.Sprintf("%d bytes, the document says %d", len(text), d.TextLen))
		default:
			if _, err := tv.extraction(len(text)); err != nil {
				s.docProblem(ProblemTextCorrupt, d, err.Error())
			}
		}
	}
	return b.ForEach(func(k, _ []byte) error {
		if seq, ok := parseSeqKey(k); !ok || s.bySeq[seq].ID == "" {
			s.add(Problem{Kind: ProblemOrphanText, Detail: fmt.Sprintf("key %x", k)})
		}
		return nil
	})
}

// passageRecords checks each document's passages and looks for orphans.
func (s *scan) passageRecords(tx *bolt.Tx) error {
	b := tx.Bucket(bucketPassages)
	err := b.ForEach(func(k, _ []byte) error {
		seq, ord, ok := parsePassageKey(k)
		d, known := s.bySeq[seq]
		if !ok || !known || ord >= d.Passages {
			p := Problem{Kind: ProblemOrphanPassage, Detail: fmt.Sprintf("key %x", k)}
			if ok && known {
				p.DocID, p.Passage = d.ID, corpus.PassageID(d.ID, ord)
			}
			s.add(p)
			s.records[fmt.Sprintf("%x", k)] = true
			return nil
		}
		s.records[corpus.PassageID(d.ID, ord)] = true
		return nil
	})
	r := newReader(tx)
	for _, d := range s.docs {
		if _, text, terr := r.text(d); terr == nil {
			s.docPassages(b, d, len(text))
		}
	}
	return err
}

// docPassages checks the passage records of d, whose text has textLen bytes.
func (s *scan) docPassages(b *bolt.Bucket, d storedDoc, textLen int) {
	ok := true
	for i := range d.Passages {
		id := corpus.PassageID(d.ID, i)
		v := b.Get(passageKey(d.seq, i))
		if v == nil {
			s.add(Problem{Kind: ProblemPassageMissing, Path: d.Path, DocID: d.ID, Passage: id})
			ok = false
			continue
		}
		m, err := decodePassage(v)
		detail := ""
		if err != nil {
			detail = "undecodable: " + err.Error()
		} else if m.Start < 0 || m.End < m.Start || m.End > textLen {
			detail = fmt.Sprintf("spans [%d,%d) outside the text (%d bytes)", m.Start, m.End, textLen)
		} else if m.Ord != i {
			detail = fmt.Sprintf("ord %d", m.Ord)
		}
		if detail != "" {
			s.add(Problem{Kind: ProblemPassageCorrupt, Path: d.Path, DocID: d.ID, Passage: id, Detail: detail})
			ok = false
		}
	}
	if _, dropped := s.drop[d.ID]; ok && !dropped {
		for i := range d.Passages {
			s.passages[corpus.PassageID(d.ID, i)] = true
		}
	}
}
