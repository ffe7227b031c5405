package lossy

import (
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"github.com/verbatim-rag/verbatim/english"
	"runtime"
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

// ErrEmptyCorpus is returned by Train when the source yields no text.
var ErrEmptyCorpus = errors.New("lossy: empty corpus: nothing to train on")

// Train builds a model from the passages of src, pruned to fit cfg.Budget.
func Train(ctx context.Context, src Source, cfg Config) (*Model, error) {
	return train(ctx, src, cfg, nil)
}

// train is Train with a hook that, given the counts, returns the weights
// of each level's entries for pruning (see levelBoosts); nil for none.
func train(ctx context.Context, src Source, cfg Config, boost func(*corpusData, []*level) [][]float32) (*Model, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	cfg = cfg.withDefaults()
	budget, err := ParseBudget(cfg.Budget)
	if err != nil {
		return nil, err
	}
	c, err := collect(ctx, src)
	if err != nil {
		return nil, err
	}
	if len(c.toks) == 0 {
		return nil, ErrEmptyCorpus
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("lossy: train: %w", err)
	}
	levels := countLevels(c, cfg.Order)
	var boosts [][]float32
	if boost != nil {
		boosts = boost(c, levels)
	}
	// The counting scratch (24 bytes a token per worker) is garbage now:
	// collecting it here sets the heap goal from what scoring holds, not
	// from what counting held, which cuts training's peak by about a sixth.
	runtime.GC()
	hdr := header{
		Order: cfg.Order, Budget: budget.Resolve(c.bytes), CorpusBytes: c.bytes,
		CorpusTokens: int64(len(c.toks)), Passages: int64(c.passages), GzipBytes: c.gzBytes,
	}
	return prune(ctx, c, levels, hdr, boosts)
}

// corpusData is the tokenized training text.
type corpusData struct {
	keys     []string // vocabulary in order of first appearance
	ids      map[string]uint32
	uni      []uint32 // unigram counts
	hash     []uint64 // tokHash of keys
	toks     []uint32 // every token of every passage
	avail    []uint8  // tokens before this one in its passage, capped at 255
	bytes    int64
	passages int
	gzBytes  int64
}

type countWriter struct{ n int64 }

func (w *countWriter) Write(p []byte) (int, error) { w.n += int64(len(p)); return len(p), nil }

// collect tokenizes every passage of src and gzips the text to measure it;
// gzip runs on its own goroutine, fed in batches, beside the tokenizer.
func collect(ctx context.Context, src Source) (*corpusData, error) {
	c := &corpusData{ids: make(map[string]uint32)}
	cw := &countWriter{}
	zw := gzip.NewWriter(cw)
	const batch = 256 << 10
	batches := make(chan []byte, 2)
	free := make(chan []byte, 3)
	for range 3 {
		free <- make([]byte, 0, batch)
	}
	zerr := make(chan error, 1)
	go func() {
		var err error
		for b := range batches {
			if err == nil {
				_, err = zw.Write(b)
			}
			free <- b[:0]
		}
		zerr <- errors.Join(err, zw.Close())
	}()
	pending := <-free
	var buf []byte
	err := src(func(text string) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		c.passages++
		c.bytes += int64(len(text))
		for rest := text; len(rest) > 0; {
			if len(pending) == cap(pending) {
				batches <- pending
				pending = <-free
			}
			n := min(len(rest), cap(pending)-len(pending))
			pending = append(pending, rest[:n]...)
			rest = rest[n:]
		}
		for i, t := range english.Tokenize(text) {
			buf = appendKey(buf[:0], text, t)
			id, ok := c.ids[string(buf)]
			if !ok {
				id = uint32(len(c.keys))
				key := string(buf)
				c.ids[key] = id
				c.keys = append(c.keys, key)
				c.uni = append(c.uni, 0)
				c.hash = append(c.hash, tokHash(key))
			}
			c.uni[id]++
			c.toks = append(c.toks, id)
			c.avail = append(c.avail, uint8(min(i, 255)))
		}
		return nil
	})
	batches <- pending
	close(batches)
	zipErr := <-zerr
	if err != nil {
		return nil, fmt.Errorf("lossy: read corpus: %w", err)
	}
	if zipErr != nil {
		return nil, fmt.Errorf("lossy: gzip corpus: %w", zipErr)
	}
	c.gzBytes = cw.n
	return c, nil
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
	rep  []uint32 // a corpus position where the n-gram occurs
	uidx []uint32 // per corpus position: index of its n-gram in keys
}

type rec struct {
	fp, id, pos uint32 // 12 bytes: a uint64 key would pad the record to 16
}

// key is the record's sort key: context fingerprint << 32 | next token id.
func (r rec) key() uint64 { return uint64(r.fp)<<32 | uint64(r.id) }

// countLevels counts the n-grams of every context length 1..order-1 on up
// to GOMAXPROCS workers, by sorting (key, position) records. Each worker
// owns one pair of record buffers, sized for the corpus and reused for
// every level it counts, so counting holds at most two such pairs and
// leaves no garbage behind level after level.
func countLevels(c *corpusData, order int) []*level {
	levels := make([]*level, order)
	ks := make(chan int, order)
	for k := order - 1; k >= 1; k-- {
		ks <- k // longest first: they are the largest
	}
	close(ks)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), order-1) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var recs, tmp []rec
			for k := range ks {
				recs, tmp = recs[:0], tmp[:0]
				levels[k], recs, tmp = countLevel(c, k, k == order-1, recs, tmp)
			}
		}()
	}
	wg.Wait()
	return levels
}

// countLevel counts the n-grams of context length k, using recs and tmp as
// scratch and returning them for the next level.
func countLevel(c *corpusData, k int, top bool, recs, tmp []rec) (*level, []rec, []rec) {
	if cap(recs) < len(c.toks) {
		recs = make([]rec, 0, len(c.toks))
	}
	for i, id := range c.toks {
		if int(c.avail[i]) < k {
			continue
		}
		h := uint64(0)
		for j := 1; j <= k; j++ {
			h = mix(h, c.hash[c.toks[i-j]])
		}
		recs = append(recs, rec{fp: fingerprint(h, k), id: id, pos: uint32(i)})
	}
	recs, tmp = radixSort(recs, tmp)
	distinct := 0
	for i, r := range recs {
		if i == 0 || r.key() != recs[i-1].key() {
			distinct++
		}
	}
	l := &level{k: k, keys: make([]uint64, 0, distinct), cnt: make([]uint32, 0, distinct), rep: make([]uint32, 0, distinct)}
	if !top {
		// The level above backs off to this one through the positions.
		l.uidx = make([]uint32, len(c.toks))
	}
	for i, r := range recs {
		if i == 0 || r.key() != recs[i-1].key() {
			l.keys = append(l.keys, r.key())
			l.cnt = append(l.cnt, 0)
			l.rep = append(l.rep, r.pos)
		}
		u := len(l.keys) - 1
		l.cnt[u]++
		if l.uidx != nil {
			l.uidx[r.pos] = uint32(u)
		}
	}
	return l, recs, tmp
}

// radixSort sorts records by key, 16 bits at a time, stably, with tmp as
// scratch. It returns the sorted records and the scratch (either may be
// the other's buffer: a digit every key shares is skipped).
func radixSort(recs, tmp []rec) (sorted, scratch []rec) {
	if len(recs) < 1<<12 {
		slices.SortStableFunc(recs, func(a, b rec) int {
			switch {
			case a.key() < b.key():
				return -1
			case a.key() > b.key():
				return 1
			}
			return 0
		})
		return recs, tmp
	}
	if cap(tmp) < len(recs) {
		tmp = make([]rec, len(recs))
	}
	src, dst := recs, tmp[:len(recs)]
	var counts [1 << 16]int
	for shift := uint(0); shift < 64; shift += 16 {
		clear(counts[:])
		for _, r := range src {
			counts[(r.key()>>shift)&0xffff]++
		}
		if counts[(src[0].key()>>shift)&0xffff] == len(src) {
			continue
		}
		sum := 0
		for i, n := range counts {
			counts[i] = sum
			sum += n
		}
		for _, r := range src {
			b := (r.key() >> shift) & 0xffff
			dst[counts[b]] = r
			counts[b]++
		}
		src, dst = dst, src
	}
	return src, dst[:0]
}
