package lossy

import (
	"bufio"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"runtime"
)

// Counting in bounded memory, the way KenLM's lmplz counts: the corpus
// positions of a level are sorted in chunks of at most limits.chunk
// records; a level that takes more than one chunk writes each chunk's
// distinct n-grams, sorted, as a run to a temporary file and merges the
// runs streaming. The distinct n-grams of each level are held in memory
// while all of them fit limits.entries; a level that does not fit goes to
// a temporary file too. When every level fits, the levels are exactly
// those an all-in-memory count makes, so the model is the same; when they
// do not, the rarest n-grams of the longer contexts are dropped first (a
// count threshold, as lmplz's --prune), keeping limits.entries at most,
// and the budgeted pruning chooses among the rest.
//
// Temporary files are removed as soon as they are created where the
// system allows it (the open file lives on until it is closed), else when
// counting ends, whether it succeeds, fails or is cancelled.

// gram is one distinct n-gram as counting emits it: its key, its count
// and the first corpus position where it occurs.
type gram struct {
	key      uint64
	cnt, rep uint32
}

const gramSize = 16 // bytes of a gram on disk

// entryBytes is what an n-gram held for pruning costs in memory at the
// peak, while its order is scored: its key, count and position (16 bytes,
// the position dropped once scored), its score, context group and
// selection flag (13 bytes), and a share of the probabilities of the
// orders being scored and of the candidates ranked near the cut.
const entryBytes = 32

// DefaultTrainMemory is the memory training's counts may take when
// model.train_memory is not set.
const DefaultTrainMemory = 128 << 20

// MinTrainMemory is the smallest model.train_memory accepted.
const MinTrainMemory = 16 << 20

// countLimits bounds counting's memory.
type countLimits struct {
	chunk   int    // corpus positions sorted in memory at once
	entries int    // distinct n-grams held, over all levels
	dir     string // where temporary files go; "" for os.TempDir()
}

// limitsFor turns a memory cap of bytes into limits: the n-grams held
// cost entryBytes each while scored; while counting they cost half that,
// and the sorting scratch (24 bytes a position) takes the other half of
// the cap.
func limitsFor(bytes int64, dir string) countLimits {
	return countLimits{
		chunk:   int(max(bytes/2/24, 1<<12)),
		entries: int(max(bytes/entryBytes, 1<<12)),
		dir:     dir,
	}
}

// maxThreshold is the highest count threshold tried; the histograms of
// counts keep one bucket per count below it and one for the rest.
const maxThreshold = 64

// counter counts the levels of one corpus and owns their temporary files.
type counter struct {
	c       *corpusData
	lim     countLimits
	workers int
	recs    []rec
	tmp     []rec
	files   []spillFile
	held    int // n-grams of the levels held in memory
	top     int // the longest context counted
	// backoffs: index each position's n-gram in a level counted in
	// memory, for the level above's backoffs (countToScore)
	backoffs bool
}

// countLevels counts the n-grams of every context length 1..order-1
// within lim (see above). It returns the levels, sorted by key, each
// holding the n-grams that survived the count thresholds and where each
// first occurs (level.rep).
func countLevels(ctx context.Context, c *corpusData, order int, lim countLimits) ([]*level, error) {
	return count(ctx, c, order, lim, false)
}

// countToScore is countLevels for scoring: a level counted in memory
// above one counted in memory gets, in place of its first positions, the
// index of each n-gram's backoff in the level below (level.low), and
// level 1, whose backoff is its next token, neither. The index of every
// position's n-gram that this takes (4 bytes a position) is held for one
// level at a time, not for every level until scoring (22 MB on the
// 5.4 MB folder of bench/train.sh).
func countToScore(ctx context.Context, c *corpusData, order int, lim countLimits) ([]*level, error) {
	return count(ctx, c, order, lim, true)
}

// count is countLevels, with the backoffs indexed when backoffs is set
// (countToScore).
func count(ctx context.Context, c *corpusData, order int, lim countLimits, backoffs bool) (levels []*level, err error) {
	ct := &counter{c: c, lim: lim, top: order - 1, backoffs: backoffs,
		workers: max(1, min(runtime.GOMAXPROCS(0), min(len(c.toks), lim.chunk)/(1<<14)))}
	defer func() { err = errors.Join(err, ct.close()) }()
	levels = make([]*level, order)
	files := make([]*os.File, order) // levels that did not fit in memory
	hist := make([][]int64, order)
	for k := order - 1; k >= 1; k-- {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("lossy: train: %w", err)
		}
		hist[k] = make([]int64, maxThreshold+1)
		if levels[k], files[k], err = ct.level(ctx, k, hist[k]); err != nil {
			return nil, err
		}
		if l := levels[k]; l != nil && backoffs {
			if l.uidx != nil && k+1 < order && levels[k+1] != nil {
				levels[k+1].lowFrom(l.uidx, ct.workers)
			}
			l.uidx = nil
			if k == 1 {
				l.rep = nil
			}
		}
	}
	ct.recs, ct.tmp = nil, nil
	from, t := thresholds(hist, lim.entries)
	for k := 1; k < order; k++ {
		least := uint32(1)
		if k >= from {
			least = uint32(t)
		}
		if files[k] != nil {
			if levels[k], err = loadLevel(ctx, files[k], k, hist[k], least); err != nil {
				return nil, err
			}
		} else if least > 1 {
			moved := levels[k].drop(least)
			if k+1 < order && levels[k+1] != nil && levels[k+1].low != nil {
				levels[k+1].remapLow(moved)
			}
		}
		levels[k].index()
	}
	return levels, nil
}

// thresholds picks the lowest count threshold t that, applied to the
// levels from `from` up (from 2, else from 1), keeps at most entries
// n-grams; t is 1 (nothing dropped) when they all fit.
func thresholds(hist [][]int64, entries int) (from, t int) {
	total := func(from, t int) int64 {
		n := int64(0)
		for k := 1; k < len(hist); k++ {
			if k >= from {
				n += kept(hist[k], t)
			} else {
				n += kept(hist[k], 1)
			}
		}
		return n
	}
	for _, from := range []int{2, 1} {
		if from >= len(hist) {
			continue
		}
		for t := 1; t <= maxThreshold; t++ {
			if total(from, t) <= int64(entries) {
				return from, t
			}
		}
	}
	return 1, maxThreshold
}

// kept is the number of n-grams of a level's histogram with count ≥ t.
func kept(hist []int64, t int) int64 {
	n := int64(0)
	for c := t; c < len(hist); c++ {
		n += hist[c]
	}
	return n
}

// noLow is level.low's mark of a backoff dropped by a count threshold.
const noLow = ^uint32(0)

// lowFrom sets l.low from the level below's index by position, in place
// of l.rep, each of workers cores taking a share of the n-grams (the
// reads are random: scoring read them on every core before).
func (l *level) lowFrom(uidx []uint32, workers int) {
	n := len(l.rep)
	parallel(workers, func(w int) {
		for u := n * w / workers; u < n*(w+1)/workers; u++ {
			l.rep[u] = uidx[l.rep[u]]
		}
	})
	l.low, l.rep = l.rep, nil
}

// drop keeps the n-grams counted at least least times, in place, and
// returns where each n-gram moved (noLow: dropped).
func (l *level) drop(least uint32) (moved []uint32) {
	moved = make([]uint32, len(l.keys))
	j := 0
	for u, n := range l.cnt {
		if n < least {
			moved[u] = noLow
			continue
		}
		moved[u] = uint32(j)
		l.keys[j], l.cnt[j] = l.keys[u], n
		if l.rep != nil {
			l.rep[j] = l.rep[u]
		}
		if l.low != nil {
			l.low[j] = l.low[u]
		}
		j++
	}
	l.keys, l.cnt = clipU64(l.keys[:j]), clipU32(l.cnt[:j])
	if l.rep != nil {
		l.rep = clipU32(l.rep[:j])
	}
	if l.low != nil {
		l.low = clipU32(l.low[:j])
	}
	return moved
}

// remapLow points l.low at the level below after its drop moved its
// n-grams.
func (l *level) remapLow(moved []uint32) {
	for u, j := range l.low {
		if j != noLow {
			l.low[u] = moved[j]
		}
	}
}

// clipU64 and clipU32 copy a slice that uses well under its capacity into
// one of its own size, so that the rest can be collected.
func clipU64(s []uint64) []uint64 {
	if cap(s) > 2*len(s) {
		return append([]uint64(nil), s...)
	}
	return s
}

func clipU32(s []uint32) []uint32 {
	if cap(s) > 2*len(s) {
		return append([]uint32(nil), s...)
	}
	return s
}

// level counts level k: in memory when its positions fit one chunk, else
// as sorted runs on disk, merged. It returns the level in memory when it
// fits beside those already held, else a temporary file of its grams.
func (ct *counter) level(ctx context.Context, k int, hist []int64) (*level, *os.File, error) {
	n := len(ct.c.toks)
	if n <= ct.lim.chunk {
		ct.recs = buildRecs(ct.c, k, 0, n, ct.recs[:0], ct.workers)
		var sorted []rec
		sorted, ct.tmp = radixSort(ct.recs, ct.tmp, ct.workers)
		ct.recs = sorted
		// The sort's scratch (12 bytes a position) goes before this
		// level's n-grams join the others held, where counting's memory
		// peaks; the next level's sort makes its own.
		ct.tmp = nil
		index := 0
		if k < ct.top && ct.backoffs {
			index = n // the order above backs off to this one by position
		}
		l := levelOf(k, sorted, ct.workers, index)
		for _, cnt := range l.cnt {
			hist[min(int(cnt), maxThreshold)]++
		}
		if ct.held+len(l.keys) <= ct.lim.entries {
			ct.held += len(l.keys)
			return l, nil, nil
		}
		l.uidx = nil
		f, err := ct.writeLevel(l)
		return nil, f, err
	}
	runs, err := ct.create()
	if err != nil {
		return nil, nil, err
	}
	w := bufio.NewWriterSize(runs, 1<<16)
	var offs []int64
	off := int64(0)
	for lo := 0; lo < n; lo += ct.lim.chunk {
		if err := ctx.Err(); err != nil {
			return nil, nil, fmt.Errorf("lossy: train: %w", err)
		}
		ct.recs = buildRecs(ct.c, k, lo, min(lo+ct.lim.chunk, n), ct.recs[:0], ct.workers)
		var sorted []rec
		sorted, ct.tmp = radixSort(ct.recs, ct.tmp, ct.workers)
		ct.recs = sorted
		offs = append(offs, off)
		m, err := writeRun(w, sorted)
		if err != nil {
			return nil, nil, ct.spillErr(err)
		}
		off += m
	}
	offs = append(offs, off)
	if err := w.Flush(); err != nil {
		return nil, nil, ct.spillErr(err)
	}
	out, err := ct.create()
	if err != nil {
		return nil, nil, err
	}
	if err := merge(ctx, runs, offs, out, hist); err != nil {
		return nil, nil, ct.spillErr(err)
	}
	ct.release(runs)
	return nil, out, nil
}

// writeRun writes the distinct n-grams of sorted records, with their
// counts and first positions, and returns the bytes written.
func writeRun(w *bufio.Writer, sorted []rec) (int64, error) {
	var b [gramSize]byte
	written := int64(0)
	for i := 0; i < len(sorted); {
		j := i + 1
		for j < len(sorted) && sorted[j].key() == sorted[i].key() {
			j++
		}
		putGram(b[:], gram{key: sorted[i].key(), cnt: uint32(j - i), rep: sorted[i].pos})
		if _, err := w.Write(b[:]); err != nil {
			return written, err
		}
		written += gramSize
		i = j
	}
	return written, nil
}

func putGram(b []byte, g gram) {
	binary.LittleEndian.PutUint64(b, g.key)
	binary.LittleEndian.PutUint32(b[8:], g.cnt)
	binary.LittleEndian.PutUint32(b[12:], g.rep)
}

func getGram(b []byte) gram {
	return gram{key: binary.LittleEndian.Uint64(b), cnt: binary.LittleEndian.Uint32(b[8:]), rep: binary.LittleEndian.Uint32(b[12:])}
}

// writeLevel writes a counted level to a temporary file of grams.
func (ct *counter) writeLevel(l *level) (*os.File, error) {
	f, err := ct.create()
	if err != nil {
		return nil, err
	}
	w := bufio.NewWriterSize(f, 1<<16)
	var b [gramSize]byte
	for u, key := range l.keys {
		putGram(b[:], gram{key: key, cnt: l.cnt[u], rep: l.rep[u]})
		if _, err := w.Write(b[:]); err != nil {
			return nil, ct.spillErr(err)
		}
	}
	if err := w.Flush(); err != nil {
		return nil, ct.spillErr(err)
	}
	return f, nil
}

// cursor reads one sorted run of a file, a buffer at a time.
type cursor struct {
	f        *os.File
	off, end int64 // the part of the run not yet buffered
	buf      []byte
	at       int // next gram in buf
	g        gram
	run      int
}

// next reads the run's next gram into c.g; false at the run's end.
func (c *cursor) next() (bool, error) {
	if c.at == len(c.buf) {
		if c.off == c.end {
			return false, nil
		}
		n := int(min(int64(cap(c.buf)), c.end-c.off))
		c.buf = c.buf[:n]
		if _, err := c.f.ReadAt(c.buf, c.off); err != nil {
			return false, err
		}
		c.off += int64(n)
		c.at = 0
	}
	c.g = getGram(c.buf[c.at:])
	c.at += gramSize
	return true, nil
}

// cursors is a binary min-heap of runs by their next key, the earlier
// run first on a tie (its positions come first).
type cursors []*cursor

func (h cursors) less(i, j int) bool {
	if h[i].g.key != h[j].g.key {
		return h[i].g.key < h[j].g.key
	}
	return h[i].run < h[j].run
}

// down restores the heap below i.
func (h cursors) down(i int) {
	for {
		l := 2*i + 1
		if l >= len(h) {
			return
		}
		m := l
		if r := l + 1; r < len(h) && h.less(r, l) {
			m = r
		}
		if !h.less(m, i) {
			return
		}
		h[i], h[m] = h[m], h[i]
		i = m
	}
}

// advance moves the first cursor to its next gram, dropping it at the
// end of its run.
func (h *cursors) advance() error {
	ok, err := (*h)[0].next()
	if err != nil {
		return err
	}
	if !ok {
		last := len(*h) - 1
		(*h)[0] = (*h)[last]
		*h = (*h)[:last]
	}
	h.down(0)
	return nil
}

// merge merges the sorted runs of f (run i spans offs[i]..offs[i+1]) into
// out: one gram per key, its counts summed, its first position that of
// the earliest run; hist counts the grams by count.
func merge(ctx context.Context, f *os.File, offs []int64, out *os.File, hist []int64) error {
	runs := len(offs) - 1
	buf := max(4<<10, min(1<<16, (16<<20)/max(runs, 1))) / gramSize * gramSize
	h := make(cursors, 0, runs)
	for i := range runs {
		c := &cursor{f: f, off: offs[i], end: offs[i+1], buf: make([]byte, 0, buf), run: i}
		ok, err := c.next()
		if err != nil {
			return err
		}
		if ok {
			h = append(h, c)
		}
	}
	for i := len(h)/2 - 1; i >= 0; i-- {
		h.down(i)
	}
	w := bufio.NewWriterSize(out, 1<<16)
	var b [gramSize]byte
	for n := 0; len(h) > 0; n++ {
		if n%(1<<16) == 0 {
			if err := ctx.Err(); err != nil {
				return fmt.Errorf("lossy: train: %w", err)
			}
		}
		g := h[0].g
		if err := h.advance(); err != nil {
			return err
		}
		for len(h) > 0 && h[0].g.key == g.key {
			g.cnt += h[0].g.cnt
			if err := h.advance(); err != nil {
				return err
			}
		}
		hist[min(int(g.cnt), maxThreshold)]++
		putGram(b[:], g)
		if _, err := w.Write(b[:]); err != nil {
			return err
		}
	}
	return w.Flush()
}

// loadLevel reads the grams of a level file counted at least least
// times; hist is the level's histogram of counts.
func loadLevel(ctx context.Context, f *os.File, k int, hist []int64, least uint32) (*level, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("lossy: train: %w", err)
	}
	want := kept(hist, int(least))
	l := &level{k: k, keys: make([]uint64, 0, want), cnt: make([]uint32, 0, want), rep: make([]uint32, 0, want)}
	c := &cursor{f: f, end: kept(hist, 0) * gramSize, buf: make([]byte, 0, 1<<16)}
	for {
		ok, err := c.next()
		if err != nil {
			return nil, fmt.Errorf("lossy: read spilled counts %s: %w", f.Name(), err)
		}
		if !ok {
			return l, nil
		}
		if g := c.g; g.cnt >= least {
			l.keys, l.cnt, l.rep = append(l.keys, g.key), append(l.cnt, g.cnt), append(l.rep, g.rep)
		}
	}
}

// create makes a temporary file in the counting folder (else in
// os.TempDir()) and unlinks it at once where the system allows (the open file lives until it is closed),
// so that not even a killed process leaves it behind.
func (ct *counter) create() (*os.File, error) {
	f, err := os.CreateTemp(ct.lim.dir, "verbatim-train-*.counts")
	if err != nil && ct.lim.dir != "" {
		// A data folder on a read-only disk still trains (compare, model
		// --budget): fall back to the system's temporary folder.
		var terr error
		if f, terr = os.CreateTemp("", "verbatim-train-*.counts"); terr != nil {
			err = errors.Join(err, terr)
		} else {
			err = nil
		}
	}
	if err != nil {
		return nil, fmt.Errorf("lossy: spill counts: %w", err)
	}
	ct.files = append(ct.files, spillFile{f: f, linked: os.Remove(f.Name()) != nil})
	return f, nil
}

// spillFile is a temporary file of counts; linked when it still has a
// name, to remove once closed.
type spillFile struct {
	f      *os.File
	linked bool
}

// release closes and removes one temporary file.
func (ct *counter) release(f *os.File) {
	for i, sf := range ct.files {
		if sf.f == f {
			sf.close()
			ct.files = append(ct.files[:i], ct.files[i+1:]...)
			return
		}
	}
}

// close closes and removes every temporary file left.
func (ct *counter) close() error {
	var errs []error
	for _, sf := range ct.files {
		errs = append(errs, sf.close())
	}
	ct.files = nil
	return errors.Join(errs...)
}

func (sf spillFile) close() error {
	err := sf.f.Close()
	if sf.linked {
		if rerr := os.Remove(sf.f.Name()); rerr != nil && !errors.Is(rerr, os.ErrNotExist) {
			err = errors.Join(err, rerr)
		}
	}
	return err
}

// spillErr names the counting folder in an error writing or reading its
// temporary files.
func (ct *counter) spillErr(err error) error {
	dir := ct.lim.dir
	if dir == "" {
		dir = os.TempDir()
	}
	return fmt.Errorf("lossy: spill counts to %s: %w", dir, err)
}
