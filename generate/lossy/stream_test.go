package lossy

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/index"
	"github.com/verbatim-rag/verbatim/ingest"
)

// writeFolder writes texts as .txt files under dir, spread over nested
// folders named so that the walk's order ("a" before "a.txt") is not the
// store's path order ("a.txt" before "a/..."), and returns dir.
func writeFolder(t *testing.T, dir string, texts []string) string {
	t.Helper()
	return writeFiles(t, dir, texts, nested)
}

// writeFiles writes texts[i] to dir/name(i) and returns dir.
func writeFiles(t testing.TB, dir string, texts []string, name func(int) string) string {
	t.Helper()
	for i, text := range texts {
		full := filepath.Join(dir, name(i))
		require.NoError(t, os.MkdirAll(filepath.Dir(full), 0o755))
		require.NoError(t, os.WriteFile(full, []byte(text), 0o644))
	}
	return dir
}

// nested is writeFolder's name of file i.
func nested(i int) string {
	switch i % 4 {
	case 0:
		return fmt.Sprintf("a/%03d.txt", i)
	case 1:
		return fmt.Sprintf("a.txt.d/%03d.txt", i)
	case 2:
		return fmt.Sprintf("hot/%03d.txt", i)
	}
	return fmt.Sprintf("a%03d.txt", i)
}

// flat names file i in the folder itself, where the walk's order is the
// store's: the stream measures the text as it comes.
func flat(i int) string { return fmt.Sprintf("f%03d.txt", i) }

// ingestStreamed ingests folder into the corpus c with a stream collecting
// the training text, as `verbatim ingest` does.
func ingestStreamed(t *testing.T, ctx context.Context, c *index.Corpus, folder string) (ingest.Report, *Stream) {
	t.Helper()
	return ingestInto(t, ctx, c, folder, NewStream(Config{}))
}

// ingestInto is ingestStreamed with the stream s.
func ingestInto(t testing.TB, ctx context.Context, c *index.Corpus, folder string, s *Stream) (ingest.Report, *Stream) {
	t.Helper()
	t.Cleanup(s.Close)
	rep, err := ingest.Run(ctx, c, []string{folder}, ingest.DefaultConfig(), ingest.Options{Passages: s.Add})
	require.NoError(t, err)
	return rep, s
}

// storedModel returns the model bytes stored in c.
func storedModel(t *testing.T, c *index.Corpus) []byte {
	t.Helper()
	b, err := c.GetMeta(MetaKey)
	require.NoError(t, err)
	return b
}

// postHoc trains on c's store, as Retrain does, and returns the bytes.
func postHoc(t *testing.T, k Keeper) []byte {
	t.Helper()
	m, err := k.Train(context.Background())
	require.NoError(t, err)
	b, err := m.Marshal()
	require.NoError(t, err)
	return b
}

// The model trained on the text an ingest streamed is, byte for byte, the
// one trained afterwards by rereading the store.
func TestStreamedModelIsTheStoredOne(t *testing.T) {
	fixture := makeFixture(42, 120).Entries
	tests := []struct {
		name  string
		texts []string
		cfg   Config
		names func(int) string
	}{
		{"fixture 10%", fixture, Config{Budget: "10%"}, nested},
		{"fixture all", fixture, Config{Budget: "64MiB"}, nested},
		{"fixture in walk order", fixture, Config{Budget: "10%"}, flat},
		{"order 3 with priorities", makeFixture(7, 80).Entries, Config{Budget: "20%", Order: 3, Priority: Priority{"hot/**": 4}}, nested},
		{"one file", []string{strings.Join(fixture, "\n\n")}, Config{Budget: "25%"}, flat},
		{"texts with empty files", append([]string{"", "   \n"}, fixture[:40]...), Config{Budget: "50%"}, nested},
		// Records get a record view (recordview.go) on either path.
		{"records", append([]string{isoCountries, unicodeRows, isoCountries + "\n" + unicodeRows}, fixture[:20]...), Config{Budget: "64MiB"}, nested},
		{"records in walk order", append([]string{isoCountries, unicodeRows}, fixture[:20]...), Config{Budget: "50%"}, flat},
		{"records with priorities", append([]string{isoCountries, unicodeRows, isoCountries}, fixture[:20]...), Config{Budget: "50%", Priority: Priority{"hot/**": 4}}, nested},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			folder := writeFiles(t, t.TempDir(), tt.texts, tt.names)
			c, err := index.Open(t.TempDir(), index.Options{})
			require.NoError(t, err)
			defer c.Close()
			_, s := ingestStreamed(t, ctx, c, folder)
			k := Keeper{Store: c, Config: tt.cfg}
			r, err := k.RetrainFrom(ctx, s)
			require.NoError(t, err)
			require.True(t, r.Streamed, "the store holds exactly the streamed documents")
			got := storedModel(t, c)
			require.Len(t, got, r.Bytes)
			require.Equal(t, postHoc(t, k), got, "streamed and post-hoc models differ")
			fresh, err := k.Fresh()
			require.NoError(t, err)
			require.True(t, fresh)
		})
	}
}

// An ingest that leaves documents it did not read in the store (an
// incremental one) cannot train on its stream alone: the store is read.
func TestStreamFallsBackToTheStore(t *testing.T) {
	ctx := context.Background()
	texts := makeFixture(3, 40).Entries
	folder := writeFolder(t, t.TempDir(), texts[:len(texts)/2])
	c, err := index.Open(t.TempDir(), index.Options{})
	require.NoError(t, err)
	defer c.Close()
	k := Keeper{Store: c, Config: Config{Budget: "20%"}}
	_, s := ingestStreamed(t, ctx, c, folder)
	_, err = k.RetrainFrom(ctx, s)
	require.NoError(t, err)

	writeFolder(t, folder, texts) // rewrites the first half unchanged, adds the rest
	rep, s := ingestStreamed(t, ctx, c, folder)
	require.NotEmpty(t, rep.Added)
	require.NotEmpty(t, rep.Unchanged)
	r, err := k.RetrainFrom(ctx, s)
	require.NoError(t, err)
	assert.False(t, r.Streamed, "the stream holds only the added documents")
	require.Equal(t, postHoc(t, k), storedModel(t, c))

	// A nil stream is Retrain.
	r, err = k.RetrainFrom(ctx, nil)
	require.NoError(t, err)
	assert.False(t, r.Streamed)
}

// A stream holds at most twice train_memory: past it, it lets go
// of what it holds and training reads the store.
func TestStreamOverItsCap(t *testing.T) {
	ctx := context.Background()
	texts := makeFixture(11, 60).Entries
	folder := writeFolder(t, t.TempDir(), texts)
	cfg := Config{Budget: "20%", TrainMemory: "16MiB"}
	s := NewStream(cfg)
	require.EqualValues(t, 32<<20, s.limit)

	c, err := index.Open(t.TempDir(), index.Options{})
	require.NoError(t, err)
	defer c.Close()
	s.limit = int64(len(strings.Join(texts, ""))) // the text fits, its tokens do not
	_, s = ingestInto(t, ctx, c, folder, s)
	k := Keeper{Store: c, Config: cfg}
	r, err := k.RetrainFrom(ctx, s)
	require.NoError(t, err)
	assert.False(t, r.Streamed)
	assert.True(t, s.full.Load())
	assert.Nil(t, s.docs, "what it held is let go")
	assert.Nil(t, s.c.toks)
	require.Equal(t, postHoc(t, k), storedModel(t, c))
}

// Past a quarter of train_memory a stream lets the texts go and keeps
// their tokens: documents in path order still train from it, byte for
// byte the model the store gives; a document out of order after the texts
// went (finishing would have to measure and view them again in the
// store's order), or texts still needed when the quarter is reached, end
// it, and training reads the store.
func TestStreamLetsItsTextsGo(t *testing.T) {
	texts := makeFixture(13, 40).Entries
	total := int64(len(strings.Join(texts, "")))
	tests := []struct {
		name      string
		names     func(int) string
		textLimit int64
		streamed  bool
	}{
		{"in path order", flat, 1, true},
		{"in path order, texts kept", flat, 1 << 40, true},
		{"out of order after the texts went", nested, 1, false},
		{"out of order, texts kept", nested, 1 << 40, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			folder := writeFiles(t, t.TempDir(), texts, tc.names)
			c, err := index.Open(t.TempDir(), index.Options{})
			require.NoError(t, err)
			defer c.Close()
			cfg := Config{Budget: "20%"}
			s := NewStream(cfg)
			s.textLimit = tc.textLimit
			_, s = ingestInto(t, ctx, c, folder, s)
			k := Keeper{Store: c, Config: cfg}
			r, err := k.RetrainFrom(ctx, s)
			require.NoError(t, err)
			assert.Equal(t, tc.streamed, r.Streamed)
			assert.Equal(t, tc.textLimit < total, !s.keepTexts, "the texts were let go")
			require.Equal(t, postHoc(t, k), storedModel(t, c))
		})
	}

	// Out of order while it kept the texts, the stream needs them to finish:
	// reaching the texts' limit then ends it.
	s := NewStream(Config{})
	defer s.Close()
	s.textLimit = total / 2
	s.Add("b.txt", []corpus.Passage{{Text: texts[0]}})
	s.Add("a.txt", []corpus.Passage{{Text: texts[1]}})
	for i, text := range texts[2:] {
		s.Add(fmt.Sprintf("c%03d.txt", i), []corpus.Passage{{Text: text}})
	}
	s.in <- streamDoc{end: true}
	<-s.done
	assert.True(t, s.full.Load())
	assert.Nil(t, s.docs)
}

// A file that fails to extract is reported, never streamed: the store
// checks clean and the model is the one the store's text gives.
func TestStreamSkipsAFailingFile(t *testing.T) {
	ctx := context.Background()
	folder := writeFolder(t, t.TempDir(), makeFixture(5, 30).Entries)
	require.NoError(t, os.WriteFile(filepath.Join(folder, "a", "broken.docx"), []byte("PK\x03\x04 not a zip"), 0o644))
	c, err := index.Open(t.TempDir(), index.Options{})
	require.NoError(t, err)
	defer c.Close()
	rep, s := ingestStreamed(t, ctx, c, folder)
	require.Len(t, rep.Failed, 1)
	assert.Contains(t, rep.Failed[0].Path, "broken.docx")
	k := Keeper{Store: c, Config: Config{Budget: "20%"}}
	r, err := k.RetrainFrom(ctx, s)
	require.NoError(t, err)
	require.True(t, r.Streamed)
	require.Equal(t, postHoc(t, k), storedModel(t, c))
	chk, err := c.Check(ctx, index.CheckOptions{})
	require.NoError(t, err)
	require.True(t, chk.OK(), "%+v", chk.Problems)
}

// A cancelled ingest or training leaves no temporary count file in the
// data folder, no model, and a closed stream that takes nothing more.
func TestStreamCancelled(t *testing.T) {
	folder := writeFolder(t, t.TempDir(), makeFixture(9, 60).Entries)
	dataDir := t.TempDir()
	c, err := index.Open(dataDir, index.Options{})
	require.NoError(t, err)
	defer c.Close()
	k := Keeper{Store: c, Config: Config{Budget: "20%"}}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, s := ingestStreamed(t, context.Background(), c, folder)
	_, err = k.RetrainFrom(ctx, s)
	require.ErrorIs(t, err, context.Canceled)
	_, err = c.GetMeta(MetaKey)
	require.ErrorIs(t, err, index.ErrNotFound, "a cancelled training stores no model")
	requireNoCounts(t, dataDir)

	// Cancelled while it counts, in runs spilled to the data folder.
	for n := int64(1); n <= 16; n *= 2 {
		s := NewStream(Config{})
		require.NoError(t, c.EachPassage(context.Background(), func(p corpus.Passage) error {
			s.Add(p.Path, []corpus.Passage{p}) // one passage a document: paths repeat
			return nil
		}))
		paths := []string{}
		require.NoError(t, c.EachPassage(context.Background(), func(p corpus.Passage) error {
			paths = append(paths, p.Path)
			return nil
		}))
		cc, _, _, err := s.finish(paths, nil)
		require.NoError(t, err)
		cd := &countdownCtx{Context: context.Background()}
		cd.n.Store(n)
		lim := countLimits{chunk: 1 << 12, entries: 1 << 12, dir: dataDir}
		_, err = trainWith(cd, Config{Budget: "20%"}, trainOpts{dir: dataDir, lim: &lim}, func() (*corpusData, error) { return cc, nil })
		require.ErrorIs(t, err, context.Canceled, "after %d checks", n)
		requireNoCounts(t, dataDir)
	}

	// Closed (the ingest failed): Add returns at once, however many.
	s = NewStream(Config{})
	s.Close()
	done := make(chan struct{})
	go func() {
		for range 4 * streamQueue {
			s.Add("/x", []corpus.Passage{{Text: "words"}})
		}
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("Add blocked on a closed stream")
	}
	_, err = k.RetrainFrom(context.Background(), s)
	require.Error(t, err)
}

// requireNoCounts fails when dir holds a temporary count file.
func requireNoCounts(t *testing.T, dir string) {
	t.Helper()
	left, err := filepath.Glob(filepath.Join(dir, "verbatim-train-*"))
	require.NoError(t, err)
	require.Empty(t, left)
}

// The tokenizer builds the record view while the documents come in path
// order, so that finishing has only to take it, and counts it in what the
// stream holds; a document out of order drops it (finish then builds it
// from every document, sorted) and what it held.
func TestStreamViewsDocumentsAsTheyCome(t *testing.T) {
	var held []int64 // per case
	var viewed int
	for _, tt := range []struct {
		name  string
		paths []string
		built bool
	}{
		{"in path order", []string{"a.txt", "b.txt", "c/d.txt"}, true},
		{"out of order", []string{"b.txt", "a.txt", "c/d.txt"}, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s := NewStream(Config{})
			defer s.Close()
			texts := []string{isoCountries, unicodeRows, "plain prose, no records"}
			for i, p := range tt.paths {
				s.Add(p, []corpus.Passage{{Text: texts[i]}})
			}
			s.in <- streamDoc{end: true}
			<-s.done
			held = append(held, s.held.Load())
			if !tt.built {
				require.Nil(t, s.view)
				return
			}
			require.NotNil(t, s.view)
			require.NotEmpty(t, s.view.text())
			require.Equal(t, streamView(s.docs), s.view.text())
			viewed = len(s.view.text())
		})
	}
	require.Equal(t, held[0]-int64(viewed), held[1], "the same documents, less the view dropped")
}

// A stream holds its tokens packed while the ingest runs; unpacked, they
// are the tokens and in-passage positions addText lays out, long and
// empty passages included.
func TestPackedTokensUnpackAsAddTextLaysThemOut(t *testing.T) {
	long := strings.Repeat("word after word, ", 200)
	texts := append([]string{"", long, "  \n", isoCountries}, makeFixture(42, 50).Entries...)
	want := &corpusData{}
	got := &corpusData{}
	var p packedToks
	var sc tokScratch
	for _, text := range texts {
		want.addText(text, &sc)
		got.addText(text, &sc)
		p.add(got.toks)
		got.toks, got.avail = got.toks[:0], got.avail[:0]
	}
	require.Greater(t, slices.Max(want.avail), uint8(254), "a passage of more than 255 tokens")
	p.unpack(got, 10)
	require.Equal(t, want.toks, got.toks)
	require.Equal(t, want.avail, got.avail)
	require.GreaterOrEqual(t, cap(got.toks), len(want.toks)+10, "room for more")
	require.Zero(t, p.n)
}

// gatedCorpus is a corpus whose list of paths waits for gate: training
// started on it cannot get past its first read of the store until the
// test lets it. opened records who opened the gate.
type gatedCorpus struct {
	*index.Corpus
	gate   chan struct{}
	opened atomic.Value // "test" or "watchdog"
}

func (g *gatedCorpus) EachPath(root string, fn func(path, docID string) bool) error {
	<-g.gate
	return g.Corpus.EachPath(root, fn)
}

func (g *gatedCorpus) open(by string) {
	if g.opened.CompareAndSwap(nil, by) {
		close(g.gate)
	}
}

// An ingest starts training as soon as its documents are stored, so that
// it runs beside the merge of the index into one segment (see
// Keeper.Start): Start returns before training has read anything, the
// merge runs meanwhile, and the model stored is, byte for byte, the one
// trained afterwards from the store, stamped fresh.
func TestTrainingBesideTheMerge(t *testing.T) {
	ctx := context.Background()
	folder := writeFiles(t, t.TempDir(), makeFixture(42, 120).Entries, nested)
	c, err := index.Open(t.TempDir(), index.Options{})
	require.NoError(t, err)
	defer c.Close()
	_, err = c.HoldMerges() // a bulk load, as RunLedgered holds it
	require.NoError(t, err)
	s := NewStream(Config{})
	defer s.Close()
	cfg := ingest.DefaultConfig()
	cfg.BatchFiles = 16 // a segment a batch
	_, err = ingest.Run(ctx, c, []string{folder}, cfg, ingest.Options{Passages: s.Add})
	require.NoError(t, err)
	segs, err := c.Segments()
	require.NoError(t, err)
	require.Greater(t, segs, 1, "the fixture must leave segments to merge")

	g := &gatedCorpus{Corpus: c, gate: make(chan struct{})}
	// Were Start to train before it returned, only this would let it.
	watchdog := time.AfterFunc(time.Minute, func() { g.open("watchdog") })
	defer watchdog.Stop()
	k := Keeper{Store: g, Config: Config{Budget: "10%"}}
	training := k.Start(ctx, s)
	require.NoError(t, c.Compact(ctx), "the merge runs while training waits")
	g.open("test")
	r, err := training.Wait()
	require.NoError(t, err)
	assert.Equal(t, "test", g.opened.Load(), "Start returned only once training had ended")
	require.True(t, r.Streamed)

	segs, err = c.Segments()
	require.NoError(t, err)
	assert.Equal(t, 1, segs)
	assert.Equal(t, postHoc(t, Keeper{Store: c, Config: k.Config}), storedModel(t, c))
	fresh, err := Keeper{Store: c, Config: k.Config}.Fresh()
	require.NoError(t, err)
	assert.True(t, fresh, "stamped with the last document write, which the merge does not move")
}
