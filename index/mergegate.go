package index

import (
	"sync"
	"sync/atomic"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	bolt "go.etcd.io/bbolt"
)

// A bulk load into an empty index ends with one merge of every segment
// (Compact), so the merges bleve's merger runs while the load goes on are
// work done twice: on the 19,621-file folder of bench/train.sh they wrote
// 7.3 MB of segments that the last merge (10 MB) wrote again. HoldMerges
// holds them back until the load's Compact, its EndIngest or Close.
//
// Scorch asks an event callback before each merge it plans
// (EventKindPreMergeCheck) and, when told no, asks again at once; so the
// callback, mergeGateEvent, waits instead of saying no, on the merger's
// goroutine, until the hold is released or heldSegmentsMax segments stand
// (a load too large to leave unmerged: then the merger gets that round).
const mergeGateName = "verbatim_merge_gate"

// heldSegmentsMax is how many segments a held index may reach before its
// merger runs anyway; gatePoll is how often a waiting merger looks.
const (
	heldSegmentsMax = 64
	gatePoll        = 50 * time.Millisecond
)

// mergeGates holds, per scorch index, the open channel of its hold.
var mergeGates sync.Map // *scorch.Scorch → *mergeGate

func init() {
	scorch.RegistryEventCallbacks[mergeGateName] = mergeGateEvent
}

// mergeGate is the hold on one index's merges: open is closed on release.
type mergeGate struct {
	open chan struct{}
	once sync.Once
}

func (g *mergeGate) release() { g.once.Do(func() { close(g.open) }) }

// mergeGateEvent is the scorch event callback of writable indexes.
func mergeGateEvent(e scorch.Event) bool {
	switch e.Kind {
	case scorch.EventKindPreMergeCheck:
		if g, ok := mergeGates.Load(e.Scorch); ok {
			g.(*mergeGate).wait(e.Scorch)
		}
	case scorch.EventKindCloseStart:
		releaseGate(e.Scorch)
	}
	return true
}

// wait returns once the hold is released or s has heldSegmentsMax
// segments.
func (g *mergeGate) wait(s *scorch.Scorch) {
	tick := time.NewTicker(gatePoll)
	defer tick.Stop()
	for segmentsAtRoot(s) < heldSegmentsMax {
		select {
		case <-g.open:
			return
		case <-tick.C:
		}
	}
}

// segmentsAtRoot is the number of persisted segments s's current snapshot
// holds.
func segmentsAtRoot(s *scorch.Scorch) uint64 {
	st, ok := s.Stats().(*scorch.Stats)
	if !ok {
		return heldSegmentsMax // nothing to count: hold nothing
	}
	return atomic.LoadUint64(&st.TotFileSegmentsAtRoot)
}

// releaseGate lets s's merger run again.
func releaseGate(s *scorch.Scorch) {
	if g, ok := mergeGates.LoadAndDelete(s); ok {
		g.(*mergeGate).release()
	}
}

// scorchOf is idx's scorch index, nil for another kind.
func scorchOf(idx bleve.Index) *scorch.Scorch {
	if idx == nil {
		return nil
	}
	adv, err := idx.Advanced()
	if err != nil {
		return nil
	}
	s, _ := adv.(*scorch.Scorch)
	return s
}

// HoldMerges holds the passage index's background merges when the corpus
// holds no document yet (an ingest into a fresh data folder: a bulk load,
// which EndIngest ends with Compact), until Compact, EndIngest,
// ReleaseMerges or Close; else it does nothing. It reports whether it
// held. Searches meanwhile look through one segment a batch (at most
// heldSegmentsMax): scorch's persister naps to gather batches only when no
// event is blocking (NumEventsBlocking), and the held merger's pre-merge
// callback is one, so each batch is persisted as a segment of its own (a
// bleve upgrade may change that coupling).
func (c *Corpus) HoldMerges() (bool, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed || c.opts.ReadOnly {
		return false, nil
	}
	if has, err := c.hasDocs(); err != nil || has {
		return false, err
	}
	s := scorchOf(c.bleve())
	if s == nil {
		return false, nil
	}
	g := &mergeGate{open: make(chan struct{})}
	if old, loaded := mergeGates.Swap(s, g); loaded {
		old.(*mergeGate).release()
	}
	return true, nil
}

// ReleaseMerges ends HoldMerges' hold (doing nothing without one).
func (c *Corpus) ReleaseMerges() {
	if s := scorchOf(c.bleve()); s != nil {
		releaseGate(s)
	}
}

// hasDocs reports whether the store holds a document.
func (c *Corpus) hasDocs() (bool, error) {
	has := false
	err := c.viewTx(func(tx *bolt.Tx) error {
		k, _ := tx.Bucket(bucketDocs).Cursor().First()
		has = k != nil
		return nil
	})
	return has, err
}
