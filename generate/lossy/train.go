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
	hdr := header{
		Order: cfg.Order, Budget: budget.Resolve(c.bytes), CorpusBytes: c.bytes,
		CorpusTokens: int64(len(c.toks)), Passages: int64(c.passages), GzipBytes: c.gzBytes,
	}
	return prune(ctx, c, levels, hdr)
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

// collect tokenizes every passage of src and gzips the text to measure it.
func collect(ctx context.Context, src Source) (*corpusData, error) {
	c := &corpusData{ids: make(map[string]uint32)}
	cw := &countWriter{}
	zw := gzip.NewWriter(cw)
	var buf []byte
	err := src(func(text string) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		c.passages++
		c.bytes += int64(len(text))
		if _, err := zw.Write([]byte(text)); err != nil {
			return err
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
	if err != nil {
		return nil, fmt.Errorf("lossy: read corpus: %w", err)
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("lossy: gzip corpus: %w", err)
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
	key uint64
	pos uint32
}

// countLevels counts the n-grams of every context length 1..order-1, one
// goroutine per length up to GOMAXPROCS, by sorting (key, position) records.
func countLevels(c *corpusData, order int) []*level {
	levels := make([]*level, order)
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for k := 1; k < order; k++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			levels[k] = countLevel(c, k)
			<-sem
		}()
	}
	wg.Wait()
	return levels
}

func countLevel(c *corpusData, k int) *level {
	recs := make([]rec, 0, len(c.toks))
	for i, id := range c.toks {
		if int(c.avail[i]) < k {
			continue
		}
		h := uint64(0)
		for j := 1; j <= k; j++ {
			h = mix(h, c.hash[c.toks[i-j]])
		}
		recs = append(recs, rec{key: uint64(fingerprint(h, k))<<32 | uint64(id), pos: uint32(i)})
	}
	radixSort(recs)
	l := &level{k: k, uidx: make([]uint32, len(c.toks))}
	for i, r := range recs {
		if i == 0 || r.key != recs[i-1].key {
			l.keys = append(l.keys, r.key)
			l.cnt = append(l.cnt, 0)
			l.rep = append(l.rep, r.pos)
		}
		u := len(l.keys) - 1
		l.cnt[u]++
		l.uidx[r.pos] = uint32(u)
	}
	return l
}

// radixSort sorts records by key, 16 bits at a time, stably.
func radixSort(recs []rec) {
	if len(recs) < 1<<12 {
		slices.SortFunc(recs, func(a, b rec) int {
			switch {
			case a.key < b.key:
				return -1
			case a.key > b.key:
				return 1
			}
			return 0
		})
		return
	}
	tmp := make([]rec, len(recs))
	src, dst := recs, tmp
	var counts [1 << 16]int
	for shift := uint(0); shift < 64; shift += 16 {
		clear(counts[:])
		for _, r := range src {
			counts[(r.key>>shift)&0xffff]++
		}
		sum := 0
		for i, n := range counts {
			counts[i] = sum
			sum += n
		}
		for _, r := range src {
			b := (r.key >> shift) & 0xffff
			dst[counts[b]] = r
			counts[b]++
		}
		src, dst = dst, src
	}
}
