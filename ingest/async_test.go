package ingest

import (
	"context"
	"errors"
	"testing"

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
