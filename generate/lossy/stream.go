package lossy

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/verbatim-rag/verbatim/corpus"
)

// Stream collects the training text of an ingest while the ingest runs:
// Add hands it the passages of each document the ingest stores, and one
// goroutine tokenizes them beside the ingest (on a core the ingest leaves
// idle), so that Keeper.RetrainFrom trains on what it collected instead of
// rereading and retokenizing the store. Its queue is bounded: Add waits
// when the tokenizer is streamQueue documents behind.
//
// The model is the one Retrain trains from the store: the documents are
// put in the store's order (by path) and the words numbered by their first
// appearance in that order before counting. A stream is only used when the
// store holds exactly the documents it was given (an ingest into an empty
// data folder, or one that rewrote every document); else RetrainFrom reads
// the store as Retrain does.
//
// What the stream holds adds to the ingest's own memory. It keeps the
// documents' texts (which finishing needs only when they came out of path
// order, to measure and view them again in the store's order) while it
// holds under a quarter of model.train_memory (32 MiB by default, which
// holds a 5.4 MB folder of glossary entries); past that it lets the texts
// go and keeps their tokens (packed, about 2 bytes each, counted at the 5
// they take unpacked), up to twice model.train_memory in all (256 MiB by
// default: about 200 MB of text). A document out of path order after the
// texts went, or a stream over its limit, drops what it holds and takes
// nothing more, and training reads the store. Training from the store
// holds the same tokens after the ingest, and rereading and tokenizing
// them is half its time: on bench/run.sh's 207k-file folder (70 MB) the
// stream takes training from 12 to under 8 s.
type Stream struct {
	limit int64 // bytes the stream may hold
	// textLimit is what it may hold with the texts kept.
	textLimit int64
	held      atomic.Int64 // bytes it holds, estimated
	full      atomic.Bool  // it went over limit: it holds and takes nothing
	in        chan streamDoc
	stop      chan struct{} // closed by Close: Add returns at once, the tokenizer quits
	done      chan struct{} // closed when the tokenizer has returned
	once      sync.Once
	aborted   bool // set by the tokenizer when it quit on stop; read after done

	// Owned by the tokenizer until done is closed.
	keepTexts bool       // it keeps the documents' texts
	textHeld  int64      // the bytes of the texts it keeps
	c         corpusData // the words, numbered in order of arrival; toks and avail are scratch
	packed    packedToks // the tokens, in order of arrival
	docs      []streamDoc
	sc        tokScratch
	// gz measures the text and view builds its record view while the
	// documents come in path order (as an ingest of one folder hands
	// them over); both nil once one did not, and finish does it over.
	gz   *gzipSizer
	view *recordViewer
}

// streamDoc is one stored document: its path, its passages' texts (nil
// once the stream let them go) and lengths, and the span of its tokens in
// the stream's tokens (Stream.c.toks once unpacked).
type streamDoc struct {
	path   string
	texts  []string
	lens   []int
	lo, hi int
	end    bool // the marker finish sends
}

// streamQueue is how many documents Add may hand over ahead of the
// tokenizer.
const streamQueue = 64

// errStreamMismatch is why RetrainFrom reads the store instead of a stream.
var errStreamMismatch = errors.New("lossy: the stream does not hold the stored documents")

// Estimated memory a stream holds: per byte of text its tokens (about
// one per 4 bytes, counted at the 5 bytes each they take unpacked), and
// the text itself while it keeps it; per passage and per distinct word
// (its key, hash, count and map entry).
const (
	streamBytesPerByte4 = 5 // in quarters: 1¼ bytes
	streamPassageBytes  = 16
	streamWordBytes     = 80
)

// NewStream starts a stream's tokenizer for a model trained at cfg (its
// train_memory bounds the stream); Close (or RetrainFrom) ends it.
func NewStream(cfg Config) *Stream {
	s := &Stream{
		limit:     cfg.withDefaults().trainMemory() * 2,
		textLimit: cfg.withDefaults().trainMemory() / 4,
		keepTexts: true,
		in:        make(chan streamDoc, streamQueue),
		stop:      make(chan struct{}),
		done:      make(chan struct{}),
		c:         corpusData{},
		gz:        newGzipSizer(),
		view:      &recordViewer{},
	}
	go s.tokenize()
	return s
}

// Add queues the passages of the document stored under path (an ingest's
// Options.Passages). It does nothing once the stream is closed or full.
func (s *Stream) Add(path string, ps []corpus.Passage) {
	if s.full.Load() {
		return
	}
	n := int64(0)
	for _, p := range ps {
		n += int64(len(p.Text))*streamBytesPerByte4/4 + streamPassageBytes
	}
	if s.held.Add(n+int64(len(path))) > s.limit {
		s.full.Store(true) // the tokenizer drops what it holds
		return
	}
	d := streamDoc{path: path, texts: make([]string, len(ps)), lens: make([]int, len(ps))}
	for i, p := range ps {
		d.texts[i], d.lens[i] = p.Text, len(p.Text)
	}
	select {
	case <-s.stop:
	default:
		select {
		case s.in <- d:
		case <-s.stop:
		}
	}
}

// Close stops the tokenizer and drops what it collected; it may be called
// more than once, and after RetrainFrom.
func (s *Stream) Close() {
	s.once.Do(func() { close(s.stop) })
	<-s.done
}

// tokenize is the stream's goroutine.
func (s *Stream) tokenize() {
	defer close(s.done)
	for {
		select {
		case <-s.stop:
			s.aborted = true
			s.dropInOrder()
			return
		case d := <-s.in:
			if d.end {
				return
			}
			if s.full.Load() {
				s.drop()
				continue
			}
			if n := len(s.docs); n > 0 && d.path <= s.docs[n-1].path {
				if !s.keepTexts {
					s.full.Store(true) // out of path order, and the texts to measure and view again are gone
					s.drop()
					continue
				}
				s.dropInOrder() // out of path order: measured and viewed again at the end
			}
			d.lo = s.packed.n
			words, viewed := s.c.words.len(), s.viewBytes()
			for _, t := range d.texts {
				s.c.addText(t, &s.sc)
				s.packed.add(s.c.toks)
				s.c.toks, s.c.avail = s.c.toks[:0], s.c.avail[:0]
				if s.gz != nil {
					s.gz.write(t)
					s.view.passage(t)
				}
			}
			d.hi = s.packed.n
			grown := int64(s.c.words.len()-words)*streamWordBytes + int64(s.viewBytes()-viewed)
			if s.keepTexts {
				text := int64(0)
				for _, n := range d.lens {
					text += int64(n)
				}
				s.textHeld += text
				grown += text
			} else {
				d.texts = nil
			}
			s.docs = append(s.docs, d)
			held := s.held.Add(grown)
			if held > s.limit {
				s.full.Store(true)
				s.drop()
			} else if s.keepTexts && held > s.textLimit {
				if s.gz == nil { // out of path order already: finishing needs the texts
					s.full.Store(true)
					s.drop()
				} else {
					s.dropTexts()
				}
			}
		}
	}
}

// finish waits for the tokenizer to take in everything added, then checks
// the documents against the store's paths (sorted, as EachPath gives them)
// and lays the text out as collect would have read it from the store,
// weighting its passages by prio. The stream is closed afterwards.
func (s *Stream) finish(stored []string, prio Priority) (*corpusData, []float32, bool, error) {
	defer s.Close()
	select {
	case s.in <- streamDoc{end: true}:
	case <-s.stop:
	}
	<-s.done
	defer s.dropInOrder() // when it returns early
	if s.aborted {
		return nil, nil, false, errors.New("lossy: the stream was closed")
	}
	if s.full.Load() {
		s.drop()
		return nil, nil, false, fmt.Errorf("%w: it went over its %d bytes", errStreamMismatch, s.limit)
	}
	byPath := func(a, b streamDoc) int { return strings.Compare(a.path, b.path) }
	inOrder := slices.IsSortedFunc(s.docs, byPath)
	if (!inOrder || s.gz == nil || s.view == nil) && !s.keepTexts {
		// Measuring and viewing the text again needs the texts (tokenize
		// ends a stream before this can happen).
		return nil, nil, false, fmt.Errorf("%w: its texts are let go", errStreamMismatch)
	}
	if !inOrder {
		slices.SortStableFunc(s.docs, byPath)
	}
	if len(stored) != len(s.docs) {
		return nil, nil, false, fmt.Errorf("%w: %d stored, %d streamed", errStreamMismatch, len(stored), len(s.docs))
	}
	for i, d := range s.docs {
		if d.path != stored[i] {
			return nil, nil, false, fmt.Errorf("%w: %s stored, %s streamed", errStreamMismatch, stored[i], d.path)
		}
	}
	var view string
	if s.view != nil && inOrder {
		view = s.view.text() // built as the documents came
	} else {
		view = streamView(s.docs) // as train adds it reading the store
	}
	s.packed.unpack(&s.c, len(view)/2) // with room for the view's tokens, about one in four bytes
	c := &s.c
	if !inOrder {
		c = s.renumbered()
	}
	var weights []float32
	weighted := false
	gz := s.gz // the text measured in this order already
	s.gz = nil
	remeasure := gz == nil // out of path order: the texts are kept (see tokenize)
	if remeasure {
		gz = newGzipSizer()
	}
	for _, d := range s.docs {
		w := float32(prio.Weight(d.path))
		for i, n := range d.lens {
			c.passages++
			c.bytes += int64(n)
			if remeasure {
				gz.write(d.texts[i])
			}
			if n != 0 {
				weights = append(weights, w)
				weighted = weighted || w != 1
			}
		}
	}
	var err error
	if c.gzBytes, err = gz.close(); err != nil {
		return nil, nil, false, fmt.Errorf("lossy: gzip corpus: %w", err)
	}
	c.addView(view)
	c.settleWords()
	s.docs, s.view = nil, nil
	return c, weights, weighted, nil
}

// dropTexts lets go of the documents' texts: from now on the stream keeps
// their tokens only, and a document out of path order ends it.
func (s *Stream) dropTexts() {
	for i := range s.docs {
		s.docs[i].texts = nil
	}
	s.held.Add(-s.textHeld)
	s.textHeld, s.keepTexts = 0, false
}

// drop lets go of everything the stream holds.
func (s *Stream) drop() {
	s.dropInOrder()
	s.docs, s.c, s.sc, s.packed = nil, corpusData{}, tokScratch{}, packedToks{}
}

// dropInOrder stops measuring and viewing the text as it comes, which
// only documents in path order allow.
func (s *Stream) dropInOrder() {
	if s.gz != nil {
		_, _ = s.gz.close()
		s.gz = nil
	}
	s.held.Add(-int64(s.viewBytes())) // what the view held is garbage
	s.view = nil
}

// viewBytes is the size of the record view built so far.
func (s *Stream) viewBytes() int {
	if s.view == nil {
		return 0
	}
	return s.view.out.Len()
}

// renumbered lays the tokens of the (sorted) documents out in their
// order, the words numbered by first appearance in it, as collect numbers
// them reading the store (without the map from words to ids, which only
// collecting uses).
func (s *Stream) renumbered() *corpusData {
	const unseen = ^uint32(0)
	old := &s.c
	old.settleWords()
	c := &corpusData{toks: make([]uint32, 0, len(old.toks)), avail: make([]uint8, 0, len(old.avail))}
	c.keys = make([]string, 0, len(old.keys))
	c.uni = make([]uint32, 0, len(old.keys))
	c.hash = make([]uint64, 0, len(old.keys))
	newID := make([]uint32, len(old.keys))
	for i := range newID {
		newID[i] = unseen
	}
	for _, d := range s.docs {
		for _, w := range old.toks[d.lo:d.hi] {
			id := newID[w]
			if id == unseen {
				id = uint32(len(c.keys))
				newID[w] = id
				c.keys = append(c.keys, old.keys[w])
				c.uni = append(c.uni, old.uni[w])
				c.hash = append(c.hash, old.hash[w])
			}
			c.toks = append(c.toks, id)
		}
		c.avail = append(c.avail, old.avail[d.lo:d.hi]...)
	}
	s.c = corpusData{}
	return c
}

// packedToks holds a stream's tokens while the ingest runs, in about 2
// bytes each instead of 5: the word ids as uvarints (words are numbered
// as they first come, so the frequent ones have small ids) and each
// passage's number of tokens, from which the tokens' counts of tokens
// before them in their passage (corpusData.avail) follow. What the stream
// holds, the collector lets the ingest's heap grow by as much again.
type packedToks struct {
	ids  []byte
	lens []uint32 // per passage
	n    int      // tokens
}

// add appends one passage's tokens.
func (p *packedToks) add(toks []uint32) {
	for _, id := range toks {
		p.ids = binary.AppendUvarint(p.ids, uint64(id))
	}
	p.lens = append(p.lens, uint32(len(toks)))
	p.n += len(toks)
}

// unpack appends the tokens to c.toks and c.avail, as addText appended
// them, with room for more tokens to come, and empties p.
func (p *packedToks) unpack(c *corpusData, more int) {
	c.toks = slices.Grow(c.toks, p.n+more)
	c.avail = slices.Grow(c.avail, p.n+more)
	b := p.ids
	for _, n := range p.lens {
		for i := range int(n) {
			id, w := binary.Uvarint(b)
			b = b[w:]
			c.toks = append(c.toks, uint32(id))
			c.avail = append(c.avail, uint8(min(i, 255)))
		}
	}
	*p = packedToks{}
}
