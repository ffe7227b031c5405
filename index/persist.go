package index

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
)

// A writable Open runs bleve's scorch with unsafe batches: a batch returns
// once its segment is searchable, and scorch's persister writes it to disk
// in the background, where it may first merge it with the segments that
// came in meanwhile. The journal keeps crash safety: a batch's journal
// records are cleared only once scorch reports the batch persisted (its
// persisted callback), so a process that dies before then leaves them for
// the replay of the next Open. Synchronous callers (a replay, a repair,
// internal values) wait for each batch to persist, as with safe batches.

// asyncErrorCallback is the name under which scorch reports the errors of
// its background work (a persist that failed, to be retried) to
// persistWatches.
const asyncErrorCallback = "verbatim-index"

func init() {
	scorch.RegistryAsyncErrorCallbacks[asyncErrorCallback] = reportAsyncError
}

var (
	watchesMu sync.Mutex
	watches   = map[string]*persistWatch{} // passage index path → its watch
)

// persistWatch wakes those waiting for a batch of one passage index to
// persist when scorch reports that a persist failed.
type persistWatch struct {
	mu   sync.Mutex
	err  error         // the last persist error
	wake chan struct{} // closed (and replaced) on each persist error
}

func newPersistWatch() *persistWatch { return &persistWatch{wake: make(chan struct{})} }

// fail records err and wakes the waiters.
func (w *persistWatch) fail(err error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.err = err
	close(w.wake)
	w.wake = make(chan struct{})
}

// woken returns the channel the next persist error closes.
func (w *persistWatch) woken() <-chan struct{} {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.wake
}

func (w *persistWatch) lastErr() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.err
}

// reportAsyncError is scorch's asynchronous error callback: a persist
// error of the index at path (scorch's store folder inside it) wakes its
// watch.
func reportAsyncError(err error, path string) {
	if !errors.Is(err, scorch.ErrPersist) {
		return
	}
	watchesMu.Lock()
	var w *persistWatch
	for p, pw := range watches {
		if path == p || strings.HasPrefix(path, p+string(filepath.Separator)) {
			w = pw
		}
	}
	watchesMu.Unlock()
	if w != nil {
		w.fail(err)
	}
}

// watchPersists registers c's watch for the passage index at path.
func (c *Corpus) watchPersists(path string) {
	watchesMu.Lock()
	defer watchesMu.Unlock()
	watches[path] = c.persists
}

// unwatchPersists removes the watch of the passage index at path.
func unwatchPersists(path string, w *persistWatch) {
	watchesMu.Lock()
	defer watchesMu.Unlock()
	if watches[path] == w {
		delete(watches, path)
	}
}

// persisted is the signal of one unsafe batch: closed once scorch has
// persisted the batch (scorch calls a batch's persisted callback only on
// success; a failed persist is retried and reported to persistWatch).
type persisted <-chan struct{}

// expectPersist makes b signal its persistence on the returned channel.
func (c *Corpus) expectPersist(b *bleve.Batch) persisted {
	ch := make(chan struct{})
	var once sync.Once
	signal := func() { once.Do(func() { close(ch) }) }
	hook := c.onPersisted
	b.SetPersistedCallback(func(error) {
		if hook != nil {
			hook(signal)
			return
		}
		signal()
	})
	return ch
}

// waitPersisted waits until every batch of ps is persisted, a persist
// fails, or ctx ends.
func (c *Corpus) waitPersisted(ctx context.Context, ps []persisted) error {
	for _, p := range ps {
		select {
		case <-p:
		case <-c.persists.woken():
			return fmt.Errorf("persist the passage index: %w", c.persists.lastErr())
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}

// allPersisted reports, without waiting, whether every batch of *ps is
// persisted, dropping from *ps those that are.
func allPersisted(ps *[]persisted) bool {
	left := (*ps)[:0]
	for _, p := range *ps {
		select {
		case <-p:
		default:
			left = append(left, p)
		}
	}
	*ps = left
	return len(left) == 0
}

// setInternal sets an internal value of the passage index and waits until
// it is persisted.
func (c *Corpus) setInternal(key, val []byte) error {
	b := c.bleve().NewBatch()
	b.SetInternal(key, val)
	p, err := c.batchSafely(b)
	if err != nil {
		return err
	}
	return c.waitPersisted(context.Background(), []persisted{p})
}
