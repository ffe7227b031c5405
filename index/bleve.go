package index

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"syscall"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	bolt "go.etcd.io/bbolt"
)

// tmpSuffix names the folder a new passage index is built in before it is
// renamed into place, so that a crash never leaves a half-created index.
const tmpSuffix = ".tmp"

// openBleve opens the passage index. A writable open creates it when it is
// missing and, when it does not open, moves it aside and creates a fresh
// one; either way it journals every stored document, so that the replay
// that follows rebuilds the index from the store.
func (c *Corpus) openBleve() error {
	path := filepath.Join(c.dir, BleveDir)
	if !c.opts.ReadOnly {
		if err := os.RemoveAll(path + tmpSuffix); err != nil { // left by a crash
			return fmt.Errorf("index: remove %s: %w", path+tmpSuffix, err)
		}
		if err := restoreOutdated(path); err != nil { // left by a crash during a rebuild
			return err
		}
	}
	_, err := os.Stat(path)
	switch {
	case err == nil:
		idx, oerr := openBleveGuarded(path, c.bleveConfig())
		if oerr == nil {
			if ok, err := c.checkAnalyzer(idx, path); !ok {
				if err != nil {
					return err
				}
				return c.createBleve(path)
			}
			c.setBleve(idx)
			return nil
		}
		if c.opts.ReadOnly {
			return &wrapped{
				msg: fmt.Sprintf("index: passage index %s does not open (%v): run a writable command (verbatim check --repair, or verbatim ingest) to rebuild it from the store", path, oerr),
				is:  ErrBrokenIndex,
			}
		}
		if !rebuildable(oerr) {
			return fmt.Errorf("index: open %s: %w", path, oerr)
		}
		aside := fmt.Sprintf("%s.broken-%s", path, nowFunc().UTC().Format("20060102T150405.000000000"))
		if err := os.Rename(path, aside); err != nil {
			return fmt.Errorf("index: open %s: %w (moving it aside failed: %w)", path, oerr, err)
		}
		c.rebuilt = aside
	case !errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("index: open %s: %w", path, err)
	case c.opts.ReadOnly:
		if _, err := os.Stat(path + outdatedSuffix); err == nil {
			return interruptedRebuild(path)
		}
		return noCorpus(c.dir)
	}
	return c.createBleve(path)
}

// openBleveGuarded is bleve.OpenUsing with a damaged index turned into an
// error instead of a crash: scorch reads its root.bolt while opening, and
// bbolt's assertion panics on a damaged page (and memory faults on a
// truncated file) would end the process, `check --repair`, which rebuilds
// the index, included. A panic leaves that root.bolt open in this process;
// its folder is moved aside before a rebuild, or the command ends.
func openBleveGuarded(path string, config map[string]interface{}) (idx bleve.Index, err error) {
	old := debug.SetPanicOnFault(true)
	defer debug.SetPanicOnFault(old)
	defer func() {
		if r := recover(); r != nil {
			idx, err = nil, fmt.Errorf("index: passage index %s is damaged: %v", path, r)
		}
	}()
	return bleve.OpenUsing(path, config)
}

func (c *Corpus) bleveConfig() map[string]interface{} {
	config := map[string]interface{}{
		"read_only":    c.opts.ReadOnly,
		"bolt_timeout": c.opts.LockTimeout.String(),
	}
	if !c.opts.ReadOnly {
		config["eventCallbackName"] = mergeGateName // see HoldMerges
	}
	return config
}

// rebuildable reports whether an index that failed to open with err is
// damaged (rather than out of reach: permissions, a full disk), so that
// moving it aside and rebuilding it helps.
func rebuildable(err error) bool {
	return !errors.Is(err, fs.ErrPermission) && !errors.Is(err, syscall.ENOSPC) && !errors.Is(err, syscall.EROFS)
}

// createBleve creates an empty index in path+tmpSuffix, journals every
// stored document for the replay, renames the index into place and opens
// it. The journal is written first: an index in place is never missing
// passages that nothing will replay, whenever the process dies. An index
// that replaces an outdated one keeps the outdated version until
// compactReindexed has filled and merged it, so that a rebuild cut short
// is done again.
func (c *Corpus) createBleve(path string) error {
	tmp := path + tmpSuffix
	idx, err := bleve.NewUsing(tmp, newMapping(), scorch.Name, scorch.Name, nil)
	if err != nil {
		return c.diskError("creating the passage index", fmt.Errorf("index: create %s: %w", tmp, err))
	}
	version := analyzerVersion
	if c.reindexed != "" {
		version = c.reindexed
	}
	if err := idx.SetInternal(analyzerKey, []byte(version)); err != nil {
		_ = idx.Close()
		return c.diskError("creating the passage index", fmt.Errorf("index: create %s: %w", tmp, err))
	}
	if err := idx.Close(); err != nil {
		return fmt.Errorf("index: create %s: %w", tmp, err)
	}
	if err := c.journalAll(); err != nil {
		return err
	}
	if err := c.crashPoint("index journaled"); err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("index: create %s: %w", path, err)
	}
	syncDir(c.dir)
	if err := c.crashPoint("index created"); err != nil {
		return err
	}
	removeOutdated(path)
	if idx, err = bleve.OpenUsing(path, c.bleveConfig()); err != nil {
		return fmt.Errorf("index: open %s: %w", path, err)
	}
	c.setBleve(idx)
	return nil
}

// rebuildBrokenBleve replaces a passage index that opened but does not
// read (a damaged segment, see indexedIDs) by one rebuilt from the store,
// as a writable Open does with one that does not open: the old one is
// moved aside to passages.bleve.broken-TIME. c.mu is held.
func (c *Corpus) rebuildBrokenBleve(ctx context.Context) error {
	path := filepath.Join(c.dir, BleveDir)
	_ = c.closeBleve()
	aside := fmt.Sprintf("%s.broken-%s", path, nowFunc().UTC().Format("20060102T150405.000000000"))
	if err := os.Rename(path, aside); err != nil {
		return fmt.Errorf("index: move the damaged passage index %s aside: %w", path, err)
	}
	c.rebuilt = aside
	if err := c.createBleve(path); err != nil {
		return err
	}
	return c.replayLocked(ctx)
}

// syncDir makes a rename inside dir durable (best effort).
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		_ = d.Close()
	}
}

// journalAll journals every decodable document for re-indexing, for an
// index that was just created empty. Undecodable records are left to Check.
func (c *Corpus) journalAll() error {
	n := 0
	if err := c.viewTx(func(tx *bolt.Tx) error {
		n = tx.Bucket(bucketDocs).Stats().KeyN
		return nil
	}); err != nil || n == 0 {
		return err
	}
	err := c.updateTx(func(tx *bolt.Tx) error {
		w := newTxWriter(tx)
		return w.docs.ForEach(func(k, v []byte) error {
			d, err := decodeDocRecord(v)
			if err != nil {
				return nil
			}
			return w.addJournal(d.ID, nil, d.Passages)
		})
	})
	if err != nil {
		return c.diskError("journaling the index rebuild", fmt.Errorf("index: journal rebuild: %w", err))
	}
	return nil
}

// closeBleve closes the passage index, turning a panic of an index whose
// in-memory state a failed batch broke into an error.
func (c *Corpus) closeBleve() (err error) {
	idx := c.bleve()
	if idx == nil {
		return nil
	}
	if s := scorchOf(idx); s != nil {
		releaseGate(s) // scorch's Close waits for its merger
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("index: close bleve: bleve failed: %v", r)
		}
	}()
	if err := idx.Close(); err != nil {
		return fmt.Errorf("index: close bleve: %w", err)
	}
	return nil
}

// reopenBleve replaces a bleve index whose in-memory state a panic left
// broken (seen under a full disk) with a fresh open of what is on disk.
// The store's journal still holds the failed work; the caller replays it.
func (c *Corpus) reopenBleve() error {
	_ = c.closeBleve()
	if err := c.openBleve(); err != nil {
		return err
	}
	c.broken.Store(false)
	return nil
}
