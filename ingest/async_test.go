package ingest

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
)

// asyncStore is a fakeStore with PutAsync and Flush: entries put
// asynchronously become visible only at Flush.
type asyncStore struct {
	*fakeStore
	queued   []corpus.Entry
	asyncs   int
	flushes  int
	flushErr error
}

func (s *asyncStore) PutAsync(_ context.Context, entries []corpus.Entry) error {
	s.asyncs++
	s.queued = append(s.queued, entries...)
	return nil
}

func (s *asyncStore) Flush(ctx context.Context) error {
	s.flushes++
	if s.flushErr != nil {
		return s.flushErr
	}
	err := s.fakeStore.Put(ctx, s.queued)
	s.queued = nil
	return err
}

var _ AsyncStore = (*asyncStore)(nil)

func TestRunUsesAsyncStore(t *testing.T) {
	st := &asyncStore{fakeStore: newFakeStore()}
	cfg := DefaultConfig()
	cfg.BatchFiles = 2
	rep, err := Run(context.Background(), st, []string{corpusDir}, cfg, Options{Now: fixedNow})
	require.NoError(t, err)
	assert.Len(t, st.entries, len(rep.Added), "every added file is stored once Run returns")
	assert.Equal(t, (len(rep.Added)+1)/2, st.asyncs, "one PutAsync per batch")
	assert.Equal(t, 1, st.flushes)
	assert.Zero(t, st.puts-st.flushes, "no synchronous Put besides the flush")

	st = &asyncStore{fakeStore: newFakeStore(), flushErr: errors.New("index broke")}
	_, err = Run(context.Background(), st, []string{corpusDir}, cfg, Options{Now: fixedNow})
	require.ErrorContains(t, err, "index broke")
}

// blockingStore is an asyncStore whose first PutAsync waits until Run has
// handed over the passages of a file of the next batch: Run must keep
// taking results while a batch is stored. putErr fails the first
// PutAsync instead.
type blockingStore struct {
	*asyncStore
	mu        sync.Mutex
	running   int // PutAsyncs running now
	overlaps  int // PutAsyncs that began while another ran
	release   chan struct{}
	putErr    error
	timedOut  bool
	firstDone bool
}

func (s *blockingStore) PutAsync(ctx context.Context, entries []corpus.Entry) error {
	s.mu.Lock()
	s.running++
	if s.running > 1 {
		s.overlaps++
	}
	first := !s.firstDone
	s.firstDone = true
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		s.running--
		s.mu.Unlock()
	}()
	if first && s.putErr != nil {
		return s.putErr
	}
	if first {
		select {
		case <-s.release:
		case <-time.After(5 * time.Second):
			s.mu.Lock()
			s.timedOut = true
			s.mu.Unlock()
		}
	}
	return s.asyncStore.PutAsync(ctx, entries)
}

func TestRunStoresInTheBackground(t *testing.T) {
	cfg := DefaultConfig()
	cfg.BatchFiles = 2
	cfg.Workers = 1

	st := &blockingStore{asyncStore: &asyncStore{fakeStore: newFakeStore()}, release: make(chan struct{})}
	var once sync.Once
	handed := 0
	rep, err := Run(context.Background(), st, []string{corpusDir}, cfg, Options{Now: fixedNow,
		Passages: func(string, []corpus.Passage) {
			if handed++; handed == 3 { // the first file of the second batch
				once.Do(func() { close(st.release) })
			}
		}})
	require.NoError(t, err)
	require.Greater(t, len(rep.Added), 2, "the test corpus fills more than one batch")
	assert.False(t, st.timedOut, "Run took no result while the first batch was stored")
	assert.Zero(t, st.overlaps, "at most one batch is stored at a time")
	assert.Len(t, st.entries, len(rep.Added), "every added file is stored once Run returns")

	st = &blockingStore{asyncStore: &asyncStore{fakeStore: newFakeStore()}, putErr: errors.New("disk full")}
	_, err = Run(context.Background(), st, []string{corpusDir}, cfg, Options{Now: fixedNow})
	require.ErrorContains(t, err, "disk full", "a background store error ends the run")
	assert.Zero(t, st.overlaps)
	st.mu.Lock()
	assert.Zero(t, st.running, "no store call outlives Run")
	st.mu.Unlock()
}
