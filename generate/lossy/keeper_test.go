package lossy

import (
	"context"
	"fmt"
	"maps"
	"runtime/debug"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/generate"
	"github.com/verbatim-rag/verbatim/index"
)

// memStore is an in-memory Store: passages, a meta bucket and the time of
// the last ingest.
type memStore struct {
	texts []string
	meta  map[string][]byte
	last  time.Time
}

func newMemStore(texts ...string) *memStore {
	return &memStore{texts: texts, meta: map[string][]byte{}, last: time.Unix(1700000000, 0)}
}

func (s *memStore) GetMeta(key string) ([]byte, error) {
	v, ok := s.meta[key]
	if !ok {
		return nil, fmt.Errorf("meta %q: %w", key, index.ErrNotFound)
	}
	return v, nil
}

func (s *memStore) PutMetas(kv map[string][]byte) error { maps.Copy(s.meta, kv); return nil }

func (s *memStore) LastIngest() (time.Time, error) { return s.last, nil }

func (s *memStore) EachPassage(_ context.Context, fn func(corpus.Passage) error) error {
	for _, t := range s.texts {
		if err := fn(corpus.Passage{Text: t}); err != nil {
			return err
		}
	}
	return nil
}

func TestKeeperLifecycle(t *testing.T) {
	ctx := context.Background()
	s := newMemStore(makeFixture(3, 30).Entries...)
	k := Keeper{Store: s, Config: Config{Budget: "20%"}}

	fresh, err := k.Fresh()
	require.NoError(t, err)
	assert.False(t, fresh, "nothing stored yet")
	_, err = k.Load()
	require.ErrorIs(t, err, generate.ErrNoModel)

	r, err := k.Retrain(ctx)
	require.NoError(t, err)
	require.NotNil(t, r.Model)
	fresh, err = k.Fresh()
	require.NoError(t, err)
	assert.True(t, fresh, "trained at the last ingest")
	loaded, err := k.Load()
	require.NoError(t, err)
	want, err := r.Model.Marshal()
	require.NoError(t, err)
	got, err := loaded.Marshal()
	require.NoError(t, err)
	assert.Equal(t, want, got, "the stored model is the one trained")
	assert.Equal(t, len(want), r.Bytes)

	s.last = s.last.Add(time.Second) // an ingest the model has not seen
	fresh, err = k.Fresh()
	require.NoError(t, err)
	assert.False(t, fresh, "stale after a later ingest")

	g, err := k.AfterIngest(ctx)
	require.NoError(t, err)
	assert.Equal(t, "lossy", g.Name())
	fresh, err = k.Fresh()
	require.NoError(t, err)
	assert.True(t, fresh)
}

func TestKeeperEmptyCorpusStoresNoModel(t *testing.T) {
	ctx := context.Background()
	s := newMemStore(makeFixture(3, 10).Entries...)
	k := Keeper{Store: s}
	_, err := k.Retrain(ctx)
	require.NoError(t, err)
	s.texts, s.last = nil, s.last.Add(time.Second) // every document removed

	r, err := k.Retrain(ctx)
	require.NoError(t, err)
	assert.Nil(t, r.Model)
	_, err = k.Load()
	require.ErrorIs(t, err, generate.ErrNoModel, "a model of removed documents must not answer")
	_, err = k.AfterIngest(ctx)
	require.ErrorIs(t, err, generate.ErrNoModel)
}

func TestKeeperCorruptModel(t *testing.T) {
	s := newMemStore()
	s.meta[MetaKey] = []byte("not a model")
	_, err := Keeper{Store: s}.Load()
	require.ErrorIs(t, err, ErrCorrupt)
}

func TestKeeperTrainUsesItsBudget(t *testing.T) {
	s := newMemStore(makeFixture(3, 30).Entries...)
	small, err := Keeper{Store: s, Config: Config{Budget: "2%"}}.Train(context.Background())
	require.NoError(t, err)
	large, err := Keeper{Store: s, Config: Config{Budget: "30%"}}.Train(context.Background())
	require.NoError(t, err)
	assert.Less(t, small.Size(), large.Size())
	_, err = s.GetMeta(MetaKey)
	require.ErrorIs(t, err, index.ErrNotFound, "Train stores nothing")
}

func TestTrainRestoresTheCollectorsSetting(t *testing.T) {
	old := debug.SetGCPercent(137)
	defer debug.SetGCPercent(old)
	texts := makeFixture(5, 20).Entries
	var wg sync.WaitGroup
	for range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := Train(context.Background(), TextSource(texts...), Config{})
			assert.NoError(t, err)
		}()
	}
	wg.Wait()
	assert.Equal(t, 137, debug.SetGCPercent(137), "GOGC is back after overlapping trainings")
}
