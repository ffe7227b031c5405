package index

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	bolt "go.etcd.io/bbolt"
)

// SalvageReport says what Salvage kept and what it could not read.
type SalvageReport struct {
	// Damaged is where the damaged store file was kept.
	Damaged string `json:"damaged"`
	// Records counts the records copied into the fresh file, per bucket.
	Records map[string]int `json:"records"`
	// Lost describes each page that could not be read, and which bucket
	// and keys it held: its records are gone from the store (a document
	// among them comes back with the next ingest of its file), unless
	// the previous transaction's copy had them (see FromPrevious).
	Lost []string `json:"lost,omitempty"`
	// FromPrevious counts the records that the newest tree lost and that
	// were found in the tree of the transaction before it.
	FromPrevious int `json:"from_previous,omitempty"`
}

// salvageBatch bounds the bytes copied in one transaction of the fresh file.
const salvageBatch = 8 << 20

// Salvage copies every record it can read from the damaged store file of
// dir into a fresh store file and puts that in its place; the damaged file
// is kept beside it (verbatim.db.damaged-TIME), never written. It reads the
// file page by page through ReadAt (never through a memory map), walking
// the B+trees of the buckets from the newest valid meta page and skipping
// each page that is not what its parent says it is (zeroed, overwritten,
// past the end of a truncated file). The passage index is removed: the
// next writable Open rebuilds it from the salvaged store. Run Check with
// Repair after it to drop the documents whose records were only partly
// saved. The corpus must not be open in this process; other processes are
// kept out by the store file's lock, waited for at most opts.LockTimeout.
func Salvage(dir string, opts Options) (SalvageReport, error) {
	if opts.LockTimeout <= 0 {
		opts.LockTimeout = DefaultLockTimeout
	}
	path := filepath.Join(dir, DBFile)
	rep := SalvageReport{Records: map[string]int{}}
	f, err := os.Open(path)
	if err != nil {
		return rep, fmt.Errorf("index: salvage: %w", err)
	}
	defer f.Close()
	if err := lockFile(f, true, opts.LockTimeout); err != nil {
		return rep, fmt.Errorf("index: salvage %s: %w", path, err)
	}
	pf, err := statPageFile(f)
	if err != nil {
		return rep, fmt.Errorf("index: salvage %s: %w", path, err)
	}
	fresh := path + ".salvage"
	if err := os.Remove(fresh); err != nil && !errors.Is(err, os.ErrNotExist) {
		return rep, fmt.Errorf("index: salvage: %w", err)
	}
	if err := copyReadable(pf, path, fresh, &rep); err != nil {
		_ = os.Remove(fresh)
		return rep, err
	}
	rep.Damaged = fmt.Sprintf("%s.damaged-%s", path, nowFunc().UTC().Format("20060102T150405.000000000"))
	if err := swapIn(path, fresh, rep.Damaged); err != nil {
		return rep, err
	}
	if err := os.RemoveAll(filepath.Join(dir, BleveDir)); err != nil {
		return rep, fmt.Errorf("index: salvage: remove the passage index: %w", err)
	}
	syncDir(dir)
	return rep, nil
}

// swapIn keeps the damaged file at aside (a hard link, so that path is
// never missing) and renames fresh over path.
func swapIn(path, fresh, aside string) error {
	if err := os.Link(path, aside); err != nil {
		if err := os.Rename(path, aside); err != nil {
			return fmt.Errorf("index: salvage: keep the damaged file: %w", err)
		}
	}
	if err := os.Rename(fresh, path); err != nil {
		return fmt.Errorf("index: salvage: put the salvaged file in place: %w", err)
	}
	return nil
}

// copyReadable writes the readable records of pf (the store file at
// path) into a new store at to.
func copyReadable(pf *pageFile, path, to string, rep *SalvageReport) error {
	db, err := bolt.Open(to, 0o644, &bolt.Options{})
	if err != nil {
		return fmt.Errorf("index: salvage: create %s: %w", to, err)
	}
	w := &salvageWriter{db: db}
	err = db.Update(func(tx *bolt.Tx) error {
		for _, name := range allBuckets {
			if _, err := tx.CreateBucketIfNotExists(name); err != nil {
				return err
			}
		}
		return nil
	})
	if err == nil {
		rep.Lost, rep.FromPrevious, err = salvageTrees(pf, path, w.put)
	}
	if err == nil {
		err = w.flush()
	}
	for name, n := range w.counts {
		rep.Records[name] = n
	}
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("index: salvage into %s: %w", to, err)
	}
	return nil
}

// salvageTrees calls put with every record of the newest tree of pf, then
// with the records of the previous transaction's tree whose keys the
// newest did not yield, when it lost pages. It returns the newest tree's
// losses and the number of records taken from the previous tree. Records
// of the previous tree that the last transaction deleted come back too:
// the repair and the next ingest put them right, as they do any record.
func salvageTrees(pf *pageFile, path string, put func(bucket string, k, v []byte) error) ([]string, int, error) {
	have := map[string]bool{}
	s := &salvager{pf: pf, seen: map[uint64]bool{}}
	err := s.buckets(func(bucket string, k, v []byte) error {
		have[bucket+"\x00"+string(k)] = true
		return put(bucket, k, v)
	})
	if err != nil || len(s.lost) == 0 || pf.prev == nil {
		s.missingBuckets(path, nil)
		return s.lost, 0, err
	}
	older := *pf
	older.meta, older.prev = *pf.prev, nil
	from := 0
	p := &salvager{pf: &older, seen: map[uint64]bool{}}
	err = p.buckets(func(bucket string, k, v []byte) error {
		if have[bucket+"\x00"+string(k)] {
			return nil
		}
		from++
		return put(bucket, k, v)
	})
	s.missingBuckets(path, p)
	return s.lost, from, err
}

// bucketLoss says, per bucket, what its loss costs and what the repair
// that follows a salvage (`verbatim check --repair`) does about it.
var bucketLoss = map[string]string{
	string(bucketMeta):     "the store's notes (schema, last ingest, sequence number): check --repair writes them anew",
	string(bucketDocs):     "the document records: their documents are gone from the store; check --repair drops what was stored for them, and an ingest of their folders stores them again",
	string(bucketPaths):    "the path → document entries: check --repair rebuilds them from the document records",
	string(bucketIDs):      "the id → document entries: check --repair rebuilds them from the document records",
	string(bucketBlobs):    "the original bytes: check --repair drops the documents whose bytes it held, and an ingest of their folders stores them again",
	string(bucketRefs):     "the blob reference counts: check --repair recounts them from the document records",
	string(bucketTexts):    "the extracted texts: check --repair drops the documents whose text it held, and an ingest of their folders stores them again",
	string(bucketPassages): "the passages: check --repair drops the documents whose passages it held, and an ingest of their folders stores them again",
	string(bucketJournal):  "the pending index work of an interrupted ingest: the passage index is rebuilt from the store, which redoes it",
}

// missingBuckets adds to s.lost, for each bucket the newest list of
// buckets did not lead to, which file lost it, what it held and what the
// repair does about it; a bucket that older (the previous transaction's
// tree, or nil) had is said to come from there. A bucket that the store's
// schema does not have (ids, in a schema 2 store, which the next open
// upgrades) is not missing.
func (s *salvager) missingBuckets(path string, older *salvager) {
	schema := s.schema
	if schema == "" && older != nil {
		schema = older.schema
	}
	for _, b := range allBuckets {
		name := string(b)
		switch {
		case s.found[name], schema == schemaV2 && name == string(bucketIDs):
		case older != nil && older.found[name]:
			s.lost = append(s.lost, fmt.Sprintf("%s: bucket %q was listed on a damaged page; its records were taken from the previous transaction's copy", path, name))
		default:
			s.lost = append(s.lost, fmt.Sprintf("%s: bucket %q not found (the page listing it is damaged, and no earlier copy has it); it held %s", path, name, bucketLoss[name]))
		}
	}
}

// salvager walks the B+trees of a damaged file.
type salvager struct {
	pf   *pageFile
	seen map[uint64]bool // pages visited, so that a damaged link cannot loop
	lost []string
	// found are the buckets the list of buckets led to; schema is the
	// store's meta["schema"], when read.
	found  map[string]bool
	schema string
}

func (s *salvager) lose(where string, err error) {
	s.lost = append(s.lost, fmt.Sprintf("%s: %v", where, err))
}

// buckets copies the records of every bucket the store knows.
func (s *salvager) buckets(put func(bucket string, k, v []byte) error) error {
	known := map[string]bool{}
	for _, name := range allBuckets {
		known[string(name)] = true
	}
	var found []string
	err := s.walk(s.pf.meta.root, "the list of buckets", 0, func(flags uint32, name, val []byte) error {
		if flags&bucketLeafFlag == 0 || !known[string(name)] {
			return nil
		}
		found = append(found, string(name))
		where := "bucket " + string(name)
		if len(val) < 16 {
			s.lose(where, errors.New("bucket header cut short"))
			return nil
		}
		copyTo := func(_ uint32, k, v []byte) error {
			if string(name) == string(bucketMeta) && string(k) == string(keySchema) {
				s.schema = string(v)
			}
			return put(string(name), k, v)
		}
		if root := le.Uint64(val); root != 0 {
			return s.walk(root, where, 1, copyTo)
		}
		inline := val[16:] // a small bucket's page, stored in its header's value
		if len(inline) < pageHeaderSize {
			s.lose(where, errors.New("inline page cut short"))
			return nil
		}
		p := &page{flags: le.Uint16(inline[8:]), count: int(le.Uint16(inline[10:])), data: inline}
		return s.leaf(p, where, copyTo)
	})
	if err != nil {
		return err
	}
	if s.found == nil {
		s.found = map[string]bool{}
	}
	for _, name := range found {
		s.found[name] = true
	}
	return nil
}

// maxDepth bounds the depth of a B+tree walk (bbolt's trees are a few
// levels deep; a deeper one is damage).
const maxDepth = 64

// walk calls fn for every leaf element of the tree rooted at page id,
// depth levels below the top, skipping (and reporting) the pages it cannot
// read.
func (s *salvager) walk(id uint64, where string, depth int, fn func(flags uint32, k, v []byte) error) error {
	if depth > maxDepth {
		s.lose(where, fmt.Errorf("page %d: the tree is deeper than %d levels", id, maxDepth))
		return nil
	}
	if s.seen[id] {
		s.lose(where, fmt.Errorf("page %d is linked twice", id))
		return nil
	}
	s.seen[id] = true
	p, err := s.pf.readPage(id)
	if err != nil {
		s.lose(where, err)
		return nil
	}
	if p.flags&leafPageFlag != 0 {
		return s.leaf(p, where, fn)
	}
	if p.flags&branchPageFlag == 0 {
		s.lose(where, fmt.Errorf("page %d is neither a branch nor a leaf (flags %#x)", id, p.flags))
		return nil
	}
	for i := range p.count {
		_, key, _, child, err := p.element(i)
		if err != nil {
			s.lose(where, err)
			continue
		}
		bucket, _, _ := strings.Cut(where, ", keys from ")
		if err := s.walk(child, fmt.Sprintf("%s, keys from %s", bucket, shortKey(key)), depth+1, fn); err != nil {
			return err
		}
	}
	return nil
}

// leaf calls fn for the elements of a leaf page.
func (s *salvager) leaf(p *page, where string, fn func(flags uint32, k, v []byte) error) error {
	for i := range p.count {
		flags, key, val, _, err := p.element(i)
		if err != nil {
			s.lose(where, err)
			continue
		}
		if err := fn(flags, key, val); err != nil {
			return err
		}
	}
	return nil
}

// shortKey quotes a key for a message, cut to a readable length.
func shortKey(k []byte) string {
	const max = 60
	if len(k) > max {
		return fmt.Sprintf("%q…", k[:max])
	}
	return fmt.Sprintf("%q", k)
}

// salvageWriter copies records into the fresh store in batches.
type salvageWriter struct {
	db      *bolt.DB
	pending []record
	bytes   int
	counts  map[string]int
}

type record struct{ bucket, key, val string }

func (w *salvageWriter) put(bucket string, k, v []byte) error {
	w.pending = append(w.pending, record{bucket, string(k), string(v)})
	if w.bytes += len(k) + len(v); w.bytes >= salvageBatch {
		return w.flush()
	}
	return nil
}

func (w *salvageWriter) flush() error {
	if len(w.pending) == 0 {
		return nil
	}
	if w.counts == nil {
		w.counts = map[string]int{}
	}
	err := w.db.Update(func(tx *bolt.Tx) error {
		for _, r := range w.pending {
			if err := tx.Bucket([]byte(r.bucket)).Put([]byte(r.key), []byte(r.val)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, r := range w.pending {
		w.counts[r.bucket]++
	}
	w.pending, w.bytes = w.pending[:0], 0
	return nil
}
