package lossy

import (
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"github.com/verbatim-rag/verbatim/english"
	"runtime/debug"
	"slices"
	"sync"
)

// Source feeds training text: it calls fn once per passage and returns the
// first error fn returns. index.Corpus.EachPassage-style iterators fit after
// a one-line adapter.
type Source func(fn func(text string) error) error

// TextSource is a Source over fixed texts.
func TextSource(texts ...string) Source {
	return func(fn func(string) error) error {
		for _, t := range texts {
			if err := fn(t); err != nil {
				return err
			}
		}
		return nil
	}
}

// trainGCPercent is the collector's GOGC while a model trains: training's
// heap is a few large pointer-free arrays, cheap to collect, so a heap
// kept within 10% of what is live costs about 7% more CPU than 25% did
// and lowers the process's peak by about 15 MB on the 19,621-file folder
// of bench/train.sh.
const trainGCPercent = 10

var gcLow struct {
	sync.Mutex
	users, saved int
}

// lowerGC sets GOGC to trainGCPercent until the last of the trainings
// running at once calls the function it returns.
func lowerGC() (restore func()) {
	gcLow.Lock()
	defer gcLow.Unlock()
	if gcLow.users++; gcLow.users == 1 {
		gcLow.saved = debug.SetGCPercent(trainGCPercent)
	}
	return func() {
		gcLow.Lock()
		defer gcLow.Unlock()
		if gcLow.users--; gcLow.users == 0 {
			debug.SetGCPercent(gcLow.saved)
		}
	}
}

// ErrEmptyCorpus is returned by Train when the source yields no text.
var ErrEmptyCorpus = errors.New("lossy: empty corpus: nothing to train on")

// Train builds a model from the passages of src, pruned to fit cfg.Budget.
// Counts that outgrow cfg.TrainMemory spill to temporary files in
// os.TempDir().
func Train(ctx context.Context, src Source, cfg Config) (*Model, error) {
	return train(ctx, src, cfg, trainOpts{})
}

// trainOpts are train's settings beyond Config.
type trainOpts struct {
	// boost, given the counts, returns the weights of each level's
	// entries for pruning (see levelBoosts); nil for none.
	boost func(*corpusData, []*level) [][]float32
	dir   string       // where counts spill; "" for os.TempDir()
	lim   *countLimits // counting's limits instead of cfg.TrainMemory's (tests)
	// noView trains on the text alone, without its record view (tests).
	noView bool
}

// train is Train with opts.
func train(ctx context.Context, src Source, cfg Config, opts trainOpts) (*Model, error) {
	return trainWith(ctx, cfg, opts, func() (*corpusData, error) {
		view := &recordViewer{}
		if !opts.noView {
			src = withRecordView(src, view)
		}
		c, err := collect(ctx, src)
		if err != nil {
			return nil, err
		}
		c.addView(view.text())
		return c, nil
	})
}

// trainWith is train on the text gather collects.
func trainWith(ctx context.Context, cfg Config, opts trainOpts, gather func() (*corpusData, error)) (*Model, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	cfg = cfg.withDefaults()
	budget, err := ParseBudget(cfg.Budget)
	if err != nil {
		return nil, err
	}
	// Training's memory is a few large pointer-free arrays, which the
	// collector does not scan: collecting more often costs little, and the
	// default (the heap grows to twice what is live) would double the
	// process's peak for garbage.
	defer lowerGC()()
	c, err := gather()
	if err != nil {
		return nil, err
	}
	return trainCollected(ctx, c, cfg, budget, opts)
}

// trainCollected is train after its text is collected, with cfg's
// defaults applied.
func trainCollected(ctx context.Context, c *corpusData, cfg Config, budget Budget, opts trainOpts) (*Model, error) {
	if len(c.toks) == 0 {
		return nil, ErrEmptyCorpus
	}
	c.settleWords()
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("lossy: train: %w", err)
	}
	lim := limitsFor(cfg.trainMemory(), opts.dir)
	if opts.lim != nil {
		lim = *opts.lim
	}
	levels, err := countToScore(ctx, c, cfg.Order, lim)
	if err != nil {
		return nil, err
	}
	var boosts [][]float32
	if opts.boost != nil {
		boosts = opts.boost(c, levels)
	}
	// The counting scratch (24 bytes a position of a chunk) is garbage
	// now: collecting it here sets the heap goal from what scoring holds,
	// not from what counting held, and handing its pages back to the
	// system at once keeps them out of the process's peak while scoring
	// allocates.
	debug.FreeOSMemory()
	hdr := header{
		Order: cfg.Order, Budget: budget.Resolve(c.bytes), CorpusBytes: c.bytes,
		CorpusTokens: int64(c.originalToks()), Passages: int64(c.passages), GzipBytes: c.gzBytes,
	}
	return prune(ctx, c, levels, hdr, boosts)
}

// corpusData is the tokenized training text.
type corpusData struct {
	keys     []string  // vocabulary in order of first appearance (once collected, see settleWords)
	words    wordTable // the vocabulary while it is collected
	uni      []uint32  // unigram counts
	hash     []uint64  // tokHash of keys
	toks     []uint32  // every token of every passage
	avail    []uint8   // tokens before this one in its passage, capped at 255
	bytes    int64
	passages int
	gzBytes  int64
	textToks int // tokens of the text itself, before its record view (see addView)
}

type countWriter struct{ n int64 }

func (w *countWriter) Write(p []byte) (int, error) { w.n += int64(len(p)); return len(p), nil }

// collect tokenizes every passage of src and gzips the text to measure it;
// gzip runs on its own goroutine, fed in batches, beside the tokenizer.
func collect(ctx context.Context, src Source) (*corpusData, error) {
	c := &corpusData{}
	gz := newGzipSizer()
	var sc tokScratch
	err := src(func(text string) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		c.passages++
		c.bytes += int64(len(text))
		gz.write(text)
		c.addText(text, &sc)
		return nil
	})
	gzBytes, zipErr := gz.close()
	if err != nil {
		return nil, fmt.Errorf("lossy: read corpus: %w", err)
	}
	if zipErr != nil {
		return nil, fmt.Errorf("lossy: gzip corpus: %w", zipErr)
	}
	c.gzBytes = gzBytes
	c.settleWords()
	return c, nil
}

// tokScratch is addText's scratch, reused from one text to the next: a
// key's bytes and a text's tokens.
type tokScratch struct {
	key  []byte
	toks []english.Token
}

// addText appends the tokens of one passage's text to c, adding the words
// it has not seen to its vocabulary.
func (c *corpusData) addText(text string, sc *tokScratch) {
	sc.toks = english.AppendTokens(sc.toks[:0], text)
	for i, t := range sc.toks {
		sc.key = appendKey(sc.key[:0], text, t)
		h := tokHash(sc.key)
		id, ok := c.words.find(sc.key, h, c.hash)
		if !ok {
			c.uni = append(c.uni, 0)
			c.hash = append(c.hash, h)
			id = c.words.add(sc.key, c.hash)
		}
		c.uni[id]++
		c.toks = append(c.toks, id)
		c.avail = append(c.avail, uint8(min(i, 255)))
	}
}

// gzipSizer measures the gzipped size of the text written to it: gzip
// runs on its own goroutine, fed in batches of 256 KiB.
type gzipSizer struct {
	cw      countWriter
	batches chan []byte
	free    chan []byte
	pending []byte
	zerr    chan error
}

func newGzipSizer() *gzipSizer {
	const batch = 256 << 10
	g := &gzipSizer{batches: make(chan []byte, 2), free: make(chan []byte, 3), zerr: make(chan error, 1)}
	for range 3 {
		g.free <- make([]byte, 0, batch)
	}
	zw := gzip.NewWriter(&g.cw)
	go func() {
		var err error
		for b := range g.batches {
			if err == nil {
				_, err = zw.Write(b)
			}
			g.free <- b[:0]
		}
		g.zerr <- errors.Join(err, zw.Close())
	}()
	g.pending = <-g.free
	return g
}

// write adds text to the gzipped stream.
func (g *gzipSizer) write(text string) {
	for rest := text; len(rest) > 0; {
		if len(g.pending) == cap(g.pending) {
			g.batches <- g.pending
			g.pending = <-g.free
		}
		n := min(len(rest), cap(g.pending)-len(g.pending))
		g.pending = append(g.pending, rest[:n]...)
		rest = rest[n:]
	}
}

// close ends the stream and returns its gzipped size.
func (g *gzipSizer) close() (int64, error) {
	g.batches <- g.pending
	close(g.batches)
	err := <-g.zerr
	return g.cw.n, err
}

// appendKey appends the key of token t without allocating.
func appendKey(buf []byte, text string, t english.Token) []byte {
	body := text[t.Start+t.Lead : t.End]
	if t.Lead > 0 && body != "\n" {
		buf = append(buf, ' ')
	}
	return append(buf, body...)
}

// level holds the distinct n-grams with contexts of k tokens, sorted by key
// (context fingerprint << 32 | next token id).
type level struct {
	k    int
	keys []uint64
	cnt  []uint32
	// rep is the first corpus position where the n-gram occurs; nil once
	// low replaces it, and for level 1, whose backoff is its next token.
	rep []uint32
	// low, per n-gram, is the index in the level below of its backoff
	// (the n-gram at rep, one context token shorter), or noLow when that
	// was dropped by a count threshold: set while the level below is
	// counted in memory, in place of rep (scoring reads it; without it,
	// find does the same from rep, slower).
	low []uint32
	// uidx, per corpus position, is the index of its n-gram in keys: made
	// by countToScore counting a level in one sort in memory, and gone
	// once the level above has its low from it.
	uidx []uint32
	// first[b] is the index of the first key whose top 16 bits are at
	// least b (1<<16+1 entries), built by index for find.
	first []uint32
}

// index builds l.first.
func (l *level) index() {
	l.first = make([]uint32, 1<<16+1)
	b := 0
	for u, key := range l.keys {
		for ; b <= int(key>>48); b++ {
			l.first[b] = uint32(u)
		}
	}
	for ; b <= 1<<16; b++ {
		l.first[b] = uint32(len(l.keys))
	}
}

// find returns the index of key in l.keys (l.index must have run).
func (l *level) find(key uint64) (int, bool) {
	lo, hi := int(l.first[key>>48]), int(l.first[key>>48+1])
	i, ok := slices.BinarySearch(l.keys[lo:hi], key)
	return lo + i, ok
}

type rec struct {
	fp, id, pos uint32 // 12 bytes: a uint64 key would pad the record to 16
}

// key is the record's sort key: context fingerprint << 32 | next token id.
func (r rec) key() uint64 { return uint64(r.fp)<<32 | uint64(r.id) }
