package lossy

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"time"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/generate"
	"github.com/verbatim-rag/verbatim/index"
)

// The stored model lives in the corpus's meta bucket: its bytes under
// MetaKey and, in the same transaction, the corpus's last-ingest time it
// was trained at (its stamp) under metaStampKey.
const (
	MetaKey      = "lossy_model"
	metaStampKey = "lossy_model_ingest"
)

// Store is the part of a corpus the model's lifecycle uses; *index.Corpus
// implements it. GetMeta returns an error wrapping index.ErrNotFound for
// a key never stored.
type Store interface {
	GetMeta(key string) ([]byte, error)
	PutMetas(kv map[string][]byte) error
	LastIngest() (time.Time, error)
	EachPassage(ctx context.Context, fn func(corpus.Passage) error) error
}

var _ Store = (*index.Corpus)(nil)

// Keeper keeps the built-in model of a corpus: it loads, trains, stamps
// and stores it, and knows when it is stale.
type Keeper struct {
	Store  Store
	Config Config
}

// Retrained describes a model Retrain stored.
type Retrained struct {
	Model   *Model        // nil when the corpus holds no text: the stored model is empty
	Bytes   int           // serialized size
	Elapsed time.Duration // training and storing
	// Streamed is set when the text came from an ingest's Stream, not
	// from rereading the store.
	Streamed bool
}

// Fresh reports whether a model trained on the corpus as it is now is
// stored: an ingest killed between its writes and the training leaves an
// older model (its stamp is not the corpus's last ingest), which the next
// ingest must retrain even if no file changed.
func (k Keeper) Fresh() (bool, error) {
	b, err := k.Store.GetMeta(MetaKey)
	if errors.Is(err, index.ErrNotFound) {
		return false, nil
	}
	if err != nil || len(b) == 0 {
		return false, err
	}
	at, err := k.Store.GetMeta(metaStampKey)
	if errors.Is(err, index.ErrNotFound) {
		return false, nil
	}
	last, lerr := k.Store.LastIngest()
	if err = errors.Join(err, lerr); err != nil {
		return false, err
	}
	return string(at) == stamp(last), nil
}

func stamp(t time.Time) string { return t.Format(time.RFC3339Nano) }

// Train trains a model on every passage of the corpus, at k.Config (its
// priorities included: the passages name their documents); nothing is
// stored. Counts over k.Config's train_memory spill to temporary files in
// the store's folder when it has one (Dir() string, as *index.Corpus),
// else in os.TempDir().
func (k Keeper) Train(ctx context.Context) (*Model, error) {
	src := func(fn func(corpus.Passage) error) error { return k.Store.EachPassage(ctx, fn) }
	return trainPassages(ctx, src, k.Config, k.dir())
}

// Retrain trains a model on the corpus and stores it with its stamp in one
// transaction. A corpus with no text stores an empty model: a model of
// documents no longer stored must not answer for them.
func (k Keeper) Retrain(ctx context.Context) (Retrained, error) {
	return k.retrain(ctx, func() (*Model, bool, error) {
		m, err := k.Train(ctx)
		return m, false, err
	})
}

// RetrainFrom is Retrain on the text s collected while the ingest that
// just ended stored it (see Stream); when the store does not hold exactly
// the documents s was given, or cannot list its paths, it reads the store
// as Retrain does. s is closed. A nil s is Retrain.
func (k Keeper) RetrainFrom(ctx context.Context, s *Stream) (Retrained, error) {
	if s == nil {
		return k.Retrain(ctx)
	}
	defer s.Close()
	return k.retrain(ctx, func() (*Model, bool, error) { return k.trainStream(ctx, s) })
}

// Retraining is a RetrainFrom running on its own goroutine (see Start).
type Retraining struct {
	done chan struct{}
	r    Retrained
	err  error
}

// Start runs RetrainFrom(ctx, s) on its own goroutine and returns at
// once; Wait gives its outcome. An ingest starts it as soon as its
// documents are stored, so that training runs beside the merge of the
// index into one segment that ends a bulk load: the merge keeps about
// one core busy, training takes the other. Training reads the stream
// and the store's list of paths and writes only the model's meta keys,
// none of which the merge touches, and the stamp it stores is the last
// document write's, which the merge does not change.
func (k Keeper) Start(ctx context.Context, s *Stream) *Retraining {
	t := &Retraining{done: make(chan struct{})}
	go func() {
		defer close(t.done)
		t.r, t.err = k.RetrainFrom(ctx, s)
	}()
	return t
}

// Wait waits for the training Start began and returns what RetrainFrom
// returned.
func (t *Retraining) Wait() (Retrained, error) {
	<-t.done
	return t.r, t.err
}

// pathLister lists a store's document paths in the order EachPassage
// reads them; *index.Corpus implements it.
type pathLister interface {
	EachPath(root string, fn func(path, docID string) bool) error
}

// trainStream trains on s when it holds the stored documents, else on
// the store; streamed reports which.
func (k Keeper) trainStream(ctx context.Context, s *Stream) (m *Model, streamed bool, err error) {
	pl, ok := k.Store.(pathLister)
	if !ok {
		s.Close()
		m, err = k.Train(ctx)
		return m, false, err
	}
	if err := k.Config.Priority.Validate(); err != nil {
		return nil, false, err
	}
	var paths []string
	if err := pl.EachPath("", func(p, _ string) bool { paths = append(paths, p); return true }); err != nil {
		return nil, false, err
	}
	c, weights, weighted, err := s.finish(paths, k.Config.Priority)
	if errors.Is(err, errStreamMismatch) {
		m, err = k.Train(ctx)
		return m, false, err
	}
	if err != nil {
		return nil, false, err
	}
	opts := trainOpts{dir: k.dir(), boost: func(c *corpusData, levels []*level) [][]float32 {
		return passageBoosts(c, levels, weights, weighted)
	}}
	m, err = trainWith(ctx, k.Config, opts, func() (*corpusData, error) { return c, nil })
	return m, true, err
}

// dir is where training spills counts: the store's folder when it has
// one (Dir() string, as *index.Corpus), else "" (os.TempDir()).
func (k Keeper) dir() string {
	if d, ok := k.Store.(interface{ Dir() string }); ok {
		return d.Dir()
	}
	return ""
}

// retrain trains with train and stores the model with its stamp.
func (k Keeper) retrain(ctx context.Context, train func() (*Model, bool, error)) (Retrained, error) {
	start := time.Now()
	last, err := k.Store.LastIngest()
	if err != nil {
		return Retrained{}, err
	}
	// What the ingest before training held is garbage now; hand it back
	// to the system so that the process's peak is the larger of the two
	// phases, not their sum.
	debug.FreeOSMemory()
	m, streamed, err := train()
	var b []byte
	switch {
	case errors.Is(err, ErrEmptyCorpus):
		m = nil
	case err != nil:
		return Retrained{}, fmt.Errorf("train model: %w", err)
	default:
		if b, err = m.Marshal(); err != nil {
			return Retrained{}, fmt.Errorf("train model: %w", err)
		}
	}
	if err := k.Store.PutMetas(map[string][]byte{MetaKey: b, metaStampKey: []byte(stamp(last))}); err != nil {
		return Retrained{}, fmt.Errorf("store model: %w", err)
	}
	return Retrained{Model: m, Bytes: len(b), Elapsed: time.Since(start), Streamed: streamed}, nil
}

// Load reads the stored model; generate.ErrNoModel when none is stored (or
// it is empty), ErrCorrupt when it does not decode.
func (k Keeper) Load() (*Model, error) {
	b, err := k.Store.GetMeta(MetaKey)
	if errors.Is(err, index.ErrNotFound) || (err == nil && len(b) == 0) {
		return nil, generate.ErrNoModel
	}
	if err != nil {
		return nil, err
	}
	return Unmarshal(b)
}

// AfterIngest retrains and stores the model after an ingest that changed
// the corpus and returns a generator decoding with it; its signature is
// what server.Deps.AfterIngest takes. The caller keeps answering with the
// generator it has until this returns.
func (k Keeper) AfterIngest(ctx context.Context) (generate.Generator, error) {
	r, err := k.Retrain(ctx)
	if err != nil {
		return nil, err
	}
	if r.Model == nil {
		return nil, generate.ErrNoModel
	}
	return New(r.Model, k.Config), nil
}
