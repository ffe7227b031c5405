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
// runs on its own goroutine, fed in batches of 64 KiB.
//
// Past the first 16 MiB the size is estimated from a systematic sample:
// the text comes in stages of 256 batches, each stage gzips one batch in a
// stride that doubles from stage to stage up to gzMaxStride (every batch,
// then every second, then every fourth to the end), and a stage counts at
// the ratio its sampled batches compressed to. A sampled batch is
// compressed after the 32 KiB that precede it in the text (gzip's window),
// whose output is not counted, so that it compresses as it does in the
// whole stream. Text under 16 MiB is gzipped whole, as gzip would; past
// 32 MiB gzip reads about 40% of the text. On 33 and 100 MB of mixed
// text (every QA corpus's files, tables, dictionaries and HTML, one after
// the other), started at three offsets, the estimate came within 0.5% of
// gzip's size (batches of 256 KiB: up to 1.1%; without the 32 KiB before
// them, 2% high; with the stride doubling without end, 3.4% high).
type gzipSizer struct {
	cw      countWriter
	batches chan gzBatch
	free    chan []byte
	pending []byte
	zerr    chan error
	size    chan int64

	stage       int    // batches a stage
	i           int    // batches handed over in the current stage
	stride      int    // the current stage's stride
	prevSampled bool   // the batch handed over before was gzipped
	tail        []byte // the last gzWindow bytes of the batch handed over before, when it was not gzipped
}

// gzBatch is a batch the sizer hands to gzip: its bytes (nil when not
// sampled: its length still counts), the stride of its stage, and the
// text before it that gzip has not seen (its window's worth, uncounted).
type gzBatch struct {
	b, primer []byte
	n         int
	stride    int
}

func newGzipSizer() *gzipSizer { return newGzipSizerSampled(64<<10, 256) }

// gzMaxStride is the thinnest sample of batches the sizer gzips, and
// gzWindow gzip's window.
const (
	gzMaxStride = 4
	gzWindow    = 32 << 10
)

// newGzipSizerSampled is newGzipSizer with batches of batch bytes and
// stages of stage batches.
func newGzipSizerSampled(batch, stage int) *gzipSizer {
	g := &gzipSizer{batches: make(chan gzBatch, 2), free: make(chan []byte, 3), zerr: make(chan error, 1),
		size: make(chan int64, 1), stage: stage, stride: 1}
	for range 3 {
		g.free <- make([]byte, 0, batch)
	}
	zw := gzip.NewWriter(&g.cw)
	go func() {
		var err error
		write := func(b []byte) {
			if err == nil {
				_, err = zw.Write(b)
			}
		}
		flush := func() {
			if err == nil {
				err = zw.Flush()
			}
		}
		// est is the estimate of the stages before the current one; in
		// and inSampled the current stage's bytes, all and gzipped, and
		// out what its gzipped batches compressed to.
		var est, in, inSampled, out int64
		stride := 1
		endStage := func() {
			if inSampled > 0 {
				est += int64(float64(out) * float64(in) / float64(inSampled))
			}
			in, inSampled, out = 0, 0, 0
		}
		for b := range g.batches {
			if b.stride != stride {
				if stride == 1 {
					flush() // the exact stage ends here
					est, in, inSampled = g.cw.n, 0, 0
				} else {
					endStage()
				}
				stride = b.stride
			}
			in += int64(b.n)
			if b.b == nil {
				continue
			}
			if stride == 1 {
				write(b.b)
			} else {
				write(b.primer)
				flush()
				n0 := g.cw.n
				write(b.b)
				flush()
				out += g.cw.n - n0
			}
			inSampled += int64(b.n)
			g.free <- b.b[:0]
		}
		n0 := g.cw.n
		if err == nil {
			err = zw.Close()
		}
		if stride == 1 {
			est = g.cw.n
		} else {
			endStage()
			est += g.cw.n - n0 // the last block and the trailer
		}
		g.size <- est
		g.zerr <- err
	}()
	g.pending = <-g.free
	return g
}

// write adds text to the gzipped stream.
func (g *gzipSizer) write(text string) {
	for rest := text; len(rest) > 0; {
		if len(g.pending) == cap(g.pending) {
			g.hand()
		}
		n := min(len(rest), cap(g.pending)-len(g.pending))
		g.pending = append(g.pending, rest[:n]...)
		rest = rest[n:]
	}
}

// hand gives the pending batch to gzip (or only its length, when the
// stride skips it) and starts the next.
func (g *gzipSizer) hand() {
	if g.i == g.stage {
		g.i, g.stride = 0, min(g.stride*2, gzMaxStride)
	}
	n := len(g.pending)
	if g.i%g.stride == 0 {
		b := gzBatch{b: g.pending, n: n, stride: g.stride}
		if g.stride > 1 && !g.prevSampled {
			b.primer = slices.Clone(g.tail)
		}
		g.batches <- b
		g.pending = <-g.free
		g.prevSampled = true
	} else {
		g.tail = append(g.tail[:0], g.pending[max(0, n-gzWindow):]...)
		g.batches <- gzBatch{n: n, stride: g.stride}
		g.pending = g.pending[:0]
		g.prevSampled = false
	}
	g.i++
}

// close ends the stream and returns its gzipped size, estimated past the
// first stage.
func (g *gzipSizer) close() (int64, error) {
	if len(g.pending) > 0 {
		g.hand()
	}
	close(g.batches)
	n := <-g.size
	return n, <-g.zerr
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
