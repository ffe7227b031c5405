package index

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/blevesearch/bleve/v2"
	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"
)

// File names inside a corpus directory.
const (
	DBFile    = "verbatim.db"
	BleveDir  = "passages.bleve"
	schemaVer = "3" // 3: texts, passages and blobs keyed by sequence numbers (layout.go)
)

// DefaultLockTimeout is how long Open waits for another process's lock.
const DefaultLockTimeout = 2 * time.Second

// Sentinel errors callers branch on.
var (
	// ErrNotFound reports a missing document, passage, blob or corpus.
	ErrNotFound = errors.New("not found")
	// ErrLocked reports a corpus held by another writer (or, for a writer,
	// by any other process).
	ErrLocked = errors.New("index: corpus is in use by another verbatim process")
	// ErrReadOnly is returned by writes on a corpus opened read-only.
	ErrReadOnly = errors.New("index: corpus is open read-only")
	// ErrSchema reports a store written by an incompatible version.
	ErrSchema = errors.New("index: incompatible corpus schema")
	// ErrBrokenIndex reports a passage index that does not open. A
	// writable Open rebuilds it from the store; a read-only one cannot.
	ErrBrokenIndex = errors.New("index: passage index is broken")
	// ErrClosed is returned by the methods of a closed Corpus.
	ErrClosed = errors.New("index: corpus is closed")
	// ErrInterrupted reports, to a read-only Open, a write that was
	// interrupted before its passages were all indexed, when replaying its
	// journal was not possible then: searches would serve a half-applied
	// index. A writable Open (verbatim ingest, verbatim check --repair)
	// finishes the work.
	ErrInterrupted = errors.New("index: an ingest was interrupted")
	// ErrDamaged reports a store file whose pages are damaged: truncated,
	// overwritten, or failing bbolt's own checks (see DamageError).
	// `verbatim check --repair` salvages what is readable into a fresh
	// file (see Salvage).
	ErrDamaged = errors.New("index: store file is damaged")
)

// maxReplayWait bounds how long a read-only Open waits for the writer lock
// it needs to replay an interrupted write's journal.
const maxReplayWait = time.Second

// Options tune Open.
type Options struct {
	ReadOnly    bool          // share the corpus with other readers; writes fail with ErrReadOnly
	LockTimeout time.Duration // wait at most this long for the lock; 0 means DefaultLockTimeout
	NoSync      bool          // skip bbolt fsyncs (tests, benchmarks); unsafe on power loss
	// A read-only Open that finds the journal of an interrupted write
	// replays it first, under the writer lock for a moment; when it
	// cannot (another process holds the corpus, a read-only disk), it
	// fails with ErrInterrupted, unless AllowPending, which opens the
	// corpus as it is (Stats.PendingJournal says how much work is left).
	// NoReplay skips the replay (Check reports the journal instead).
	AllowPending bool
	NoReplay     bool
	// AllowOutdated lets a read-only Open use a passage index built by an
	// older analyzer version as it is, instead of failing with
	// ErrOutdatedIndex: for commands that read only the store (status,
	// show). Corpus.Outdated and Stats.Outdated then say it needs a
	// rebuild; searching it may miss passages.
	AllowOutdated bool
	// crashAt, when set, runs at the named points of a writable Open
	// ("index journaled", "index created", "index replayed"); a non-nil error aborts the
	// Open there (tests simulate a crash with it).
	crashAt func(point string) error
}

// Corpus is an open corpus directory. Its methods are safe for concurrent
// use; writes are serialized.
type Corpus struct {
	dir  string
	opts Options
	db   *bolt.DB
	// idx holds the bleve.Index; it is swapped (under mu) when a failed
	// batch left bleve's in-memory state broken, see reopenBleve.
	idx    atomic.Value
	broken atomic.Bool // a bleve call panicked: reopen before the next write

	mu     sync.Mutex // serializes writes; guards pipe and closed
	pipe   pipeline   // background indexing, see pipeline.go
	closed bool
	// rebuilt is where this Open moved a broken passage index aside
	// ("" if it did not); see Stats.RebuiltIndex.
	rebuilt string
	// reindexed is the analyzer version of an outdated passage index this
	// Open rebuilt ("" if it did not); see Stats.ReindexedFrom.
	reindexed string
	// outdated says why the passage index needs a rebuild, when a
	// read-only Open with AllowOutdated kept an outdated one ("" if not).
	outdated string
	// replayed counts the documents of an interrupted write's journal a
	// read-only Open replayed; replayErr is why it could not (see
	// Options.AllowPending).
	replayed  int
	replayErr error
	// afterStore, when set, runs after step 1 of a write; a non-nil error
	// aborts the write there (tests simulate a crash with it).
	afterStore func() error
	// inStore and beforeBatch, when set, run inside the store transaction
	// of a write and before each bleve batch of a journal replay; a non-nil
	// error fails that step (tests inject write faults with them).
	inStore     func() error
	beforeBatch func() error
}

// wrapped is an error whose message is its own but that matches a sentinel.
type wrapped struct {
	msg string
	is  error
}

func (e *wrapped) Error() string        { return e.msg }
func (e *wrapped) Is(target error) bool { return target == e.is }

// Open opens (and for a writer, creates) the corpus in dir.
func Open(dir string, opts Options) (*Corpus, error) {
	if opts.LockTimeout <= 0 {
		opts.LockTimeout = DefaultLockTimeout
	}
	db, err := openStore(dir, opts)
	if err != nil {
		return nil, err
	}
	c := &Corpus{dir: dir, opts: opts, db: db}
	if opts.ReadOnly {
		if err := c.settleInterrupted(); err != nil {
			return nil, err
		}
	}
	if err := c.openBleve(); err != nil {
		_ = c.db.Close() // not db: settleInterrupted may have reopened it
		return nil, err
	}
	if !opts.ReadOnly {
		if err := c.replay(); err != nil {
			_ = c.Close()
			return nil, c.diskError("replaying the journal", err)
		}
		if err := c.crashPoint("index replayed"); err != nil {
			_ = c.Close()
			return nil, err
		}
		if err := c.compactReindexed(); err != nil {
			_ = c.Close()
			return nil, err
		}
	}
	return c, nil
}

// initialMmapSize is the address space the store is mapped with from the
// start (the file does not grow with it, except on Windows, where it is 0).
// Each time a write transaction outgrows the mapping, bbolt remaps the file
// and first copies every value that transaction wrote onto the heap: with
// the mapping doubling from a few KiB, one 32 MiB file was copied about 18
// times (590 MB of garbage). A mapping this large is address space only.
var initialMmapSize = func() int {
	if runtime.GOOS == "windows" || strconv.IntSize < 64 {
		return 0
	}
	return 1 << 30
}()

func openStore(dir string, opts Options) (*bolt.DB, error) {
	path := filepath.Join(dir, DBFile)
	if opts.ReadOnly {
		if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
			return nil, noCorpus(dir)
		}
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("index: create %s: %w", dir, err)
	}
	// Check the file before bbolt maps it: bbolt trusts its meta pages.
	if err := preflight(path, opts.LockTimeout); err != nil {
		if errors.Is(err, ErrLocked) {
			return nil, lockedError(dir, opts.LockTimeout)
		}
		return nil, err
	}
	db, err := openBolt(path, opts)
	for tries := 0; errors.Is(err, errReopen) && tries < 3; tries++ {
		db, err = openBolt(path, opts)
	}
	if errors.Is(err, bolterrors.ErrTimeout) {
		return nil, lockedError(dir, opts.LockTimeout)
	}
	if err != nil && !errors.Is(err, ErrDamaged) {
		return nil, fmt.Errorf("index: open %s: %w", path, err)
	}
	if err != nil {
		return nil, err
	}
	if err := guardStore(path, func() error { return initStore(db, opts.ReadOnly) }); err != nil {
		_ = db.Close()
		if errors.Is(err, ErrNotFound) {
			return nil, noCorpus(dir)
		}
		return nil, err
	}
	return db, nil
}

// openBolt opens the bbolt file at path and upgrades a schema 2 store
// (see upgradeStore).
func openBolt(path string, opts Options) (*bolt.DB, error) {
	before, _ := os.Stat(path)
	var db *bolt.DB
	err := guardStore(path, func() (err error) {
		db, err = bolt.Open(path, 0o644, &bolt.Options{
			Timeout:         opts.LockTimeout,
			ReadOnly:        opts.ReadOnly,
			NoSync:          opts.NoSync,
			InitialMmapSize: initialMmapSize,
		})
		if err != nil {
			return err
		}
		up, err := upgradeStore(db, path, opts, before)
		if err != nil {
			_ = db.Close()
			return err
		}
		db = up
		return nil
	})
	return db, err
}

func lockedError(dir string, timeout time.Duration) error {
	return &wrapped{
		msg: fmt.Sprintf("index: %s is in use by another verbatim process (lock not released within %s)", dir, timeout),
		is:  ErrLocked,
	}
}

func noCorpus(dir string) error {
	return &wrapped{msg: fmt.Sprintf("index: no corpus at %s: run verbatim ingest first", dir), is: ErrNotFound}
}

// initStore creates the buckets and checks the schema version.
func initStore(db *bolt.DB, readOnly bool) error {
	if readOnly {
		return db.View(func(tx *bolt.Tx) error {
			if tx.Bucket(bucketMeta) == nil {
				return ErrNotFound
			}
			return checkSchema(tx.Bucket(bucketMeta))
		})
	}
	ready := false
	err := db.View(func(tx *bolt.Tx) error {
		for _, name := range allBuckets {
			if tx.Bucket(name) == nil {
				return nil
			}
		}
		ready = tx.Bucket(bucketMeta).Get(keySchema) != nil
		return checkSchema(tx.Bucket(bucketMeta))
	})
	if err != nil || ready {
		return err // nothing to write: a store is not written just by opening it
	}
	return db.Update(func(tx *bolt.Tx) error {
		for _, name := range allBuckets {
			if _, err := tx.CreateBucketIfNotExists(name); err != nil {
				return fmt.Errorf("index: create bucket %s: %w", name, err)
			}
		}
		meta := tx.Bucket(bucketMeta)
		if meta.Get(keySchema) == nil {
			return meta.Put(keySchema, []byte(schemaVer))
		}
		return checkSchema(meta)
	})
}

func checkSchema(meta *bolt.Bucket) error {
	if v := meta.Get(keySchema); v != nil && string(v) != schemaVer {
		return fmt.Errorf("%w: store has schema %s, this build reads %s: re-ingest into a new data dir (or remove this one)", ErrSchema, v, schemaVer)
	}
	return nil
}

// Dir returns the corpus directory.
func (c *Corpus) Dir() string { return c.dir }

// ReadOnly reports whether the corpus was opened read-only.
func (c *Corpus) ReadOnly() bool { return c.opts.ReadOnly }

// Index returns the bleve index over passages (document id = passage id),
// for retrieve. Callers must not write to it.
func (c *Corpus) Index() bleve.Index { return c.bleve() }

// bleve returns the current bleve index, nil before it is opened.
func (c *Corpus) bleve() bleve.Index {
	h, _ := c.idx.Load().(bleveHolder)
	return h.Index
}

// bleveHolder gives c.idx one concrete type whatever the index's is.
type bleveHolder struct{ bleve.Index }

// crashPoint runs Options.crashAt at point, when it is set.
func (c *Corpus) crashPoint(point string) error {
	if c.opts.crashAt == nil {
		return nil
	}
	return c.opts.crashAt(point)
}

func (c *Corpus) setBleve(idx bleve.Index) { c.idx.Store(bleveHolder{idx}) }

// Close waits for background indexing (see Flush), then closes the bleve
// index and the store, releasing the lock. Closing again does nothing.
func (c *Corpus) Close() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed {
		return nil
	}
	c.closed = true
	var errs []error
	if !c.opts.ReadOnly {
		if err := c.flushLocked(); err != nil {
			errs = append(errs, err)
		}
	}
	if err := c.closeBleve(); err != nil {
		errs = append(errs, err)
	}
	if err := c.db.Close(); err != nil {
		errs = append(errs, fmt.Errorf("index: close store: %w", err))
	}
	return errors.Join(errs...)
}
