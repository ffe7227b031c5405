package index

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/verbatim-rag/verbatim/corpus"
)

// Stats describe a corpus.
type Stats struct {
	Documents       int                   `json:"documents"`
	Passages        int                   `json:"passages"`         // passages in the store
	IndexedPassages uint64                `json:"indexed_passages"` // documents in the bleve index
	OriginalBytes   int64                 `json:"original_bytes"`   // sum of the documents' file sizes
	BlobBytes       int64                 `json:"blob_bytes"`       // original bytes stored, identical files counted once
	TextBytes       int64                 `json:"text_bytes"`       // extracted text
	Formats         map[corpus.Format]int `json:"formats"`          // documents per format
	DBBytes         int64                 `json:"db_bytes"`         // size of verbatim.db's pages in use (the file may be larger: bbolt grows it ahead)
	IndexBytes      int64                 `json:"index_bytes"`      // size of passages.bleve on disk
	PendingJournal  int                   `json:"pending_journal"`  // documents awaiting re-indexing
	// Interrupted is set when PendingJournal is the work of an interrupted
	// write that this read-only Open could not replay: the index is
	// half-applied until a writable command runs. It says what to run.
	Interrupted string `json:"interrupted,omitempty"`
	// Replayed counts the documents whose interrupted indexing this
	// read-only Open finished before serving.
	Replayed   int       `json:"replayed,omitempty"`
	LastIngest time.Time `json:"last_ingest"` // zero before the first write
	// RebuiltIndex is where this Open moved a passage index that did not
	// open, before rebuilding it from the store; "" when it did not.
	RebuiltIndex string `json:"rebuilt_index,omitempty"`
	// ReindexedFrom is the analyzer version of a passage index this Open
	// found outdated and rebuilt from the store; "" when it did not.
	ReindexedFrom string `json:"reindexed_from,omitempty"`
	// Outdated says why the passage index needs a rebuild, when a
	// read-only Open with Options.AllowOutdated found it built by an older
	// analyzer version; "" when it is current.
	Outdated string `json:"outdated,omitempty"`
}

// Stats counts the corpus's documents, passages and bytes.
func (c *Corpus) Stats() (Stats, error) {
	st := Stats{Formats: map[corpus.Format]int{}, RebuiltIndex: c.rebuilt, ReindexedFrom: c.reindexed, Replayed: c.replayed, Outdated: c.outdated}
	blobs := map[string]bool{}
	used := int64(0)
	err := c.viewTx(func(tx *bolt.Tx) error {
		used = tx.Size()
		st.PendingJournal = tx.Bucket(bucketJournal).Stats().KeyN
		if err := lastIngest(tx, &st.LastIngest); err != nil {
			return err
		}
		return tx.Bucket(bucketDocs).ForEach(func(k, v []byte) error {
			d, err := decodeDocRecord(v)
			if err != nil {
				return fmt.Errorf("index: decode document record %x (verbatim check --repair drops it): %w", k, err)
			}
			st.add(d.Document, blobs)
			return nil
		})
	})
	if err != nil {
		return st, err
	}
	if st.PendingJournal > 0 && c.opts.ReadOnly {
		st.Interrupted = fmt.Sprintf("an ingest was interrupted before it finished indexing (%d documents pending): searches may return stale passages; run `verbatim ingest` or `verbatim check --repair`", st.PendingJournal)
		if c.replayErr != nil {
			st.Interrupted += fmt.Sprintf(" (replaying it now failed: %v)", c.replayErr)
		}
	}
	if st.IndexedPassages, err = c.bleve().DocCount(); err != nil {
		return st, fmt.Errorf("index: count indexed passages: %w", err)
	}
	if st.DBBytes, err = diskSize(filepath.Join(c.dir, DBFile)); err != nil {
		return st, err
	}
	if used > 0 && used < st.DBBytes {
		// bbolt grows its file ahead of the data (a sparse file of 16 MiB
		// for a store of 3): the pages in use are what the store holds.
		st.DBBytes = used
	}
	st.IndexBytes, err = diskSize(filepath.Join(c.dir, BleveDir))
	return st, err
}

func (st *Stats) add(d corpus.Document, blobs map[string]bool) {
	st.Documents++
	st.Passages += d.Passages
	st.OriginalBytes += d.Size
	st.TextBytes += int64(d.TextLen)
	st.Formats[d.Format]++
	if !blobs[d.Hash] {
		blobs[d.Hash] = true
		st.BlobBytes += d.Size
	}
}

func lastIngest(tx *bolt.Tx, t *time.Time) error {
	v := tx.Bucket(bucketMeta).Get(keyLastIngest)
	if v == nil {
		return nil
	}
	parsed, err := time.Parse(time.RFC3339Nano, string(v))
	if err != nil {
		return fmt.Errorf("index: decode last ingest time: %w", err)
	}
	*t = parsed
	return nil
}

// diskSize is the total size of the files at path (a file or a folder).
func diskSize(path string) (int64, error) {
	info, err := os.Stat(path)
	if err != nil {
		return 0, fmt.Errorf("index: size of %s: %w", path, err)
	}
	if !info.IsDir() {
		return info.Size(), nil
	}
	n, err := treeSize(os.DirFS(path))
	if err != nil {
		return 0, fmt.Errorf("index: size of %s: %w", path, err)
	}
	return n, nil
}

// treeSize is the total size of the regular files of fsys. A file or
// folder that is gone by the time it is read is left out: bleve's merger
// removes the segments it has merged while the walk goes on (verbatim
// status beside a running ingest or serve, a test's Stats right after a
// batch), and a size taken at a moment of change need not count them.
func treeSize(fsys fs.FS) (int64, error) {
	var n int64
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) && p != "." {
				return nil
			}
			return err
		}
		if d.Type().IsRegular() {
			info, err := d.Info()
			if errors.Is(err, fs.ErrNotExist) {
				return nil
			}
			if err != nil {
				return err
			}
			n += info.Size()
		}
		return nil
	})
	return n, err
}

// GetMeta returns a copy of the meta value under key, or ErrNotFound.
func (c *Corpus) GetMeta(key string) (val []byte, err error) {
	err = c.viewTx(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketMeta).Get([]byte(key))
		if v == nil {
			return fmt.Errorf("index: meta %q: %w", key, ErrNotFound)
		}
		val = append([]byte(nil), v...)
		return nil
	})
	return val, err
}

// PutMeta stores val under key in the meta bucket. The keys "schema" and
// "last_ingest" are reserved.
func (c *Corpus) PutMeta(key string, val []byte) error {
	return c.PutMetas(map[string][]byte{key: val})
}

// PutMetas stores several meta values in one transaction: a crash leaves
// all of them or none. The keys "schema" and "last_ingest" are reserved.
func (c *Corpus) PutMetas(kv map[string][]byte) error {
	if c.opts.ReadOnly {
		return ErrReadOnly
	}
	keys := make([]string, 0, len(kv))
	for key := range kv {
		if key == string(keySchema) || key == string(keyLastIngest) {
			return fmt.Errorf("index: meta key %q is reserved", key)
		}
		keys = append(keys, key)
	}
	sort.Strings(keys)
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed {
		return ErrClosed
	}
	err := c.updateTx(func(tx *bolt.Tx) error {
		for _, key := range keys {
			if err := tx.Bucket(bucketMeta).Put([]byte(key), kv[key]); err != nil {
				return fmt.Errorf("index: put meta %q: %w", key, err)
			}
		}
		return nil
	})
	return c.diskError(fmt.Sprintf("storing %s", strings.Join(keys, ", ")), err)
}

// LastIngest returns the time of the last Put or Delete, zero if none.
func (c *Corpus) LastIngest() (t time.Time, err error) {
	err = c.viewTx(func(tx *bolt.Tx) error { return lastIngest(tx, &t) })
	return t, err
}
