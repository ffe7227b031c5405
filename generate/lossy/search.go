package lossy

import (
	"cmp"
	"container/heap"
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/verbatim-rag/verbatim/english"
)

const (
	// searchNodes caps the hypotheses expanded for one bare question,
	// shared among its prompts: a few milliseconds of decoding.
	searchNodes = 1000
	// searchBranch is how many continuations of a hypothesis are kept.
	searchBranch = 4
	// searchFinished is how many finished units a prompt's search collects
	// before it stops.
	searchFinished = 6
	// unitWords is how many tokens a unit needs before a line break ends
	// it: "CSMA\n Carrier Sense Multiple Access" goes on past the
	// headword's line.
	unitWords = 3
)

// jumpFactor scales the probability of a token the longest context the
// model holds has never seen follow it: a jump from what the training
// text said to what the shorter contexts guess. Witten–Bell gives a
// context seen once only half its mass, so without it a continuation
// that leaves an entry after two words ("WBEM\n Web Based
// Collaboration", another entry's words) outscores the one the text
// said ("Web Based Enterprise Management"), being shorter.
const jumpFactor = 1.0 / 16

// hyp is a partial continuation of a prompt in the best-first search.
type hyp struct {
	ids   []int   // continuation token ids
	logp  float64 // log2-probability of the continuation under the model, less jumpBits a jump
	prio  float64 // logp plus the steering bonus (see stepBonus)
	words int     // tokens other than line breaks
	units int     // units (sentences, lines) the continuation ended
	done  bool    // the continuation is finished
}

type hypQueue []*hyp

func (h hypQueue) Len() int           { return len(h) }
func (h hypQueue) Less(i, j int) bool { return h[i].prio > h[j].prio }
func (h hypQueue) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *hypQueue) Push(x any)        { *h = append(*h, x.(*hyp)) }
func (h *hypQueue) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// searcher runs the best-first searches of one bare question.
type searcher struct {
	g       *Generator
	q       *question
	maxTok  int
	maxUnit int // units a continuation may hold (Config.MaxSentences)
	cls     map[int]steerClass
	folds   map[int]uint64 // see fold
	keyCls  []steerClass   // the classes of the prompt being continued
}

// search explores the continuations of a prompt best first, by the
// model's own probability of each continuation (steered a little toward
// the question's words, their relations and the asked type), and returns
// the finished ones: each ends at the end of a unit (a sentence, or a
// line once it holds a few tokens) that says what the question asks for,
// or after maxUnit units, at maxTok or where every next token
// would repeat a three-token sequence of the prompt or of the
// continuation: no continuation repeats one. After expanding nodes
// hypotheses with none finished, the best open one is finished greedily.
// Every step checks ctx. The first
// finished continuation is the model's most probable one: at a budget
// that keeps every n-gram, what the training text said after the prompt.
func (s *searcher) search(ctx context.Context, keys []string, nodes int) ([]*hyp, error) {
	base := make([]uint64, len(keys))
	s.keyCls = s.keyCls[:0]
	for i, k := range keys {
		base[i] = tokHash(k)
		s.keyCls = append(s.keyCls, s.classOf(k))
	}
	q := &hypQueue{{}}
	var out []*hyp
	for q.Len() > 0 && len(out) < searchFinished {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("lossy: generate: %w", err)
		}
		h := heap.Pop(q).(*hyp)
		if h.done {
			out = append(out, h)
			continue
		}
		if nodes == 0 {
			if len(out) == 0 {
				// Out of nodes with nothing finished: the best open
				// continuation goes on greedily.
				return s.greedy(ctx, keys, base, h)
			}
			break
		}
		nodes--
		cs := s.expand(keys, base, h)
		if len(cs) == 0 {
			// Every next token would repeat a three-token sequence:
			// the continuation stops here.
			h.done = true
			cs = append(cs, h)
		}
		for _, c := range cs {
			heap.Push(q, c)
		}
	}
	return out, nil
}

// greedy finishes h by taking its best next token until it ends a unit.
func (s *searcher) greedy(ctx context.Context, keys []string, base []uint64, h *hyp) ([]*hyp, error) {
	for !h.done {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("lossy: generate: %w", err)
		}
		cs := s.expand(keys, base, h)
		if len(cs) == 0 {
			break
		}
		h = cs[0]
	}
	h.done = true
	return []*hyp{h}, nil
}

// expand returns the best continuations of h by one token.
func (s *searcher) expand(keys []string, base []uint64, h *hyp) []*hyp {
	m := s.g.m
	seq := slices.Grow(slices.Clone(base), len(h.ids)+1)
	for _, id := range h.ids {
		seq = append(seq, m.hash[id])
	}
	ms := m.matches(tail(seq, m.hdr.Order-1))
	folded := make([]uint64, 0, len(keys)+len(h.ids))
	for _, k := range keys {
		folded = append(folded, foldHash(k))
	}
	for _, id := range h.ids {
		folded = append(folded, s.fold(id))
	}
	type cand struct {
		id   int
		p, w float64
	}
	var cs []cand
	blocked := false
	for _, id := range m.nextCandidates(ms, 4*searchBranch) {
		if repeats(folded, s.fold(id)) {
			// It would repeat a three-token sequence; if the text said
			// it and the prompt holds it (a record's separators around
			// the subject), the continuation may stop here.
			n := len(seq)
			blocked = blocked || (len(ms) > 0 && m.follows(ms[len(ms)-1], id) && holdsTrigram(base, seq[n-2], seq[n-1], m.hash[id]))
			continue
		}
		p := m.prob(ms, id)
		if len(ms) > 0 && !m.follows(ms[len(ms)-1], id) {
			p *= jumpFactor
		}
		cs = append(cs, cand{id, p, p * s.bonus(h, id)})
	}
	slices.SortStableFunc(cs, func(a, b cand) int { return cmp.Compare(b.w, a.w) })
	var out []*hyp
	if blocked && len(h.ids) > 0 {
		// The text goes on with a sequence the prompt said (a record's
		// next field after its separators, "\",\n \"" again): the
		// continuation ends here rather than leave the text.
		stop := *h
		stop.done = true
		out = append(out, &stop)
	}
	cut := false
	for _, c := range cs[:min(len(cs), searchBranch)] {
		key := m.vocab[c.id]
		if s.afterBreak(h) && s.opensRecord(c.id) {
			// The line after the break opens the next record: what
			// follows is about another key, so this way the
			// continuation ends before the break.
			if !cut {
				cut = true
				stop := *h
				stop.ids, stop.done = h.ids[:len(h.ids)-1], true
				out = append(out, &stop)
			}
			continue
		}
		n := &hyp{ids: append(slices.Clone(h.ids), c.id), logp: h.logp + math.Log2(c.p), words: h.words, units: h.units}
		n.prio = h.prio + math.Log2(c.w)
		switch {
		case key == "\n" && h.words >= unitWords && s.wraps(seq, c.id):
			// Prose wrapped at the margin: the sentence goes on.
		case key == "\n" && h.words >= unitWords:
			n.units++
			if s.unitDone(keys, h) {
				n.ids, n.done = h.ids, true // the line ends the answer; the break is not said
			}
			n.words = 0
		case key != "\n":
			n.words++
			if s.endsSentence(keys, n.ids) {
				n.units++
				n.done = s.unitDone(keys, n)
				n.words = 0
			}
		}
		if len(n.ids) >= s.maxTok {
			n.done = true
		}
		out = append(out, n)
	}
	return out
}

// afterBreak reports whether h's last token is a line break.
func (s *searcher) afterBreak(h *hyp) bool {
	return len(h.ids) > 0 && s.g.m.vocab[h.ids[len(h.ids)-1]] == "\n"
}

// opensRecord reports whether token id, the first of a line, opens a
// record of its own: a code at the line's start ("1B73\tBALINESE …",
// "1B73;BALINESE …") that the question does not name, or the mark of a
// comment or heading line ("# Total code points: 68", "@\t\tHexagons"
// in a names list), where a list or prose line may open with any other
// mark ("<osamu at debian dot org>", "(version 1)"). A record file
// states one key a line; a line opening with the question's own key
// ("0080;PAD;abbreviation" after "0080;PADDING CHARACTER;figment") or a
// line that goes on an entry ("\t= stress mark", "\n Carrier Sense
// Multiple Access") does not open one.
func (s *searcher) opensRecord(id int) bool {
	key := s.g.m.vocab[id]
	if key == "" || key == "\n" || strings.HasPrefix(key, " ") {
		return false
	}
	if strings.HasPrefix(key, "#") || strings.HasPrefix(key, "@") {
		return true // a comment or heading line ("# Total code points", "@\t\tHexagons")
	}
	c := s.class(id)
	return c.code && !s.q.mentions(c.stem)
}

// unitDone reports whether a continuation that has just ended a unit is
// finished: it has said what the question asks for, or as many units as
// an answer may hold.
func (s *searcher) unitDone(keys []string, h *hyp) bool {
	if h.units >= s.maxUnit || s.q.atype == anyType {
		return true
	}
	a := &answer{classes: make([]tokenClass, 0, len(keys)+len(h.ids))}
	for _, c := range s.keyCls {
		a.classes = append(a.classes, c.tokenClass)
	}
	for _, id := range h.ids {
		a.classes = append(a.classes, s.class(id).tokenClass)
	}
	return a.satisfies(s.q)
}

// repeats reports whether appending x to seq repeats one of its
// three-token sequences.
func repeats(seq []uint64, x uint64) bool {
	n := len(seq)
	if n < 2 {
		return false
	}
	a, b := seq[n-2], seq[n-1]
	for i := 0; i+2 < n; i++ {
		if seq[i] == a && seq[i+1] == b && seq[i+2] == x {
			return true
		}
	}
	return false
}

// wraps reports whether the line break nl after seq only wraps a
// sentence: the text holds the break there, and the token the model
// holds most probable after it is a lower-case word ("with a plastic\n
// whistle pulled out"), where a record's next line or a definition opens
// otherwise ("2654\tWHITE CHESS KING", "\n Carrier Sense").
func (s *searcher) wraps(seq []uint64, nl int) bool {
	m := s.g.m
	next := append(slices.Clone(tail(seq, m.hdr.Order-2)), m.hash[nl])
	ms := m.matches(next)
	if len(ms) == 0 || ms[len(ms)-1].k < 2 {
		return false // the model holds nothing after this break
	}
	best, bestP := -1, -1.0
	for _, id := range m.nextCandidates(ms, 1) { // the longest context's followers
		if p := m.prob(ms, id); p > bestP {
			best, bestP = id, p
		}
	}
	if best < 0 {
		return false
	}
	body := strings.TrimPrefix(m.vocab[best], " ")
	r, _ := utf8.DecodeRuneInString(body)
	return english.IsWord(body) && unicode.IsLower(r)
}

// foldHash hashes a token key without case or leading space, so that the
// repetition guard reads "Users and Groups" as a repeat of "users and
// groups", as verify.Degenerate does.
func foldHash(key string) uint64 {
	return tokHash(strings.ToLower(strings.TrimPrefix(key, " ")))
}

// fold returns the folded hash of vocabulary token id, computed once per
// question.
func (s *searcher) fold(id int) uint64 {
	h, ok := s.folds[id]
	if !ok {
		h = foldHash(s.g.m.vocab[id])
		s.folds[id] = h
	}
	return h
}

// holdsTrigram reports whether seq holds the three tokens a, b, c in a row.
func holdsTrigram(seq []uint64, a, b, c uint64) bool {
	for i := 0; i+2 < len(seq); i++ {
		if seq[i] == a && seq[i+1] == b && seq[i+2] == c {
			return true
		}
	}
	return false
}

// endsSentence reports whether the continuation's last token closes a
// sentence, reading the tokens before it across the prompt.
func (s *searcher) endsSentence(keys []string, ids []int) bool {
	key := func(i int) string {
		if i < 0 {
			if j := len(keys) + i; j >= 0 {
				return keys[j]
			}
			return ""
		}
		return s.g.m.vocab[ids[i]]
	}
	body := func(i int) string { return strings.TrimPrefix(key(i), " ") }
	n := len(ids)
	if s.g.spanDot(key(n-1), key(n-2), key(n-3)) {
		return false
	}
	if key(n-1) == "." && s.inCommaRow(keys, ids) {
		return false
	}
	return endsSentence(body(n-1), body(n-2), body(n-3))
}

// inCommaRow reports whether the line the continuation is on, from its
// last line break (the prompt's tokens included), is a row of cells
// parted by commas: it holds a comma with no space after it that does
// not stand between two digits ("MA-L,00158F,NTT …", "Co.,Ltd", not
// "1,000"). A CSV row is one unit, as english.Units reads it: a dot in a
// cell ("2405 S. Calhoun Road", "OBO Pro.2 Inc.", "Alexanderstr. 37")
// ends no sentence; the line's end ends the unit.
func (s *searcher) inCommaRow(keys []string, ids []int) bool {
	line := slices.Clone(keys)
	for _, id := range ids {
		line = append(line, s.g.m.vocab[id])
	}
	for i := len(line) - 1; i >= 0; i-- {
		if line[i] == "\n" {
			line = line[i+1:]
			break
		}
	}
	return commaCells(line)
}

// commaCells reports whether tokens hold a comma that parts cells: one
// followed by a token without a leading space, not between two digits.
func commaCells(toks []string) bool {
	for i := 1; i+1 < len(toks); i++ {
		next := toks[i+1]
		if toks[i] != "," || next == "" || next[0] == ' ' || next == "\n" {
			continue
		}
		prev := toks[i-1]
		if prev != "" && isDigit(prev[len(prev)-1]) && isDigit(next[0]) {
			continue
		}
		return true
	}
	return false
}

// bonus is the steering factor of appending token id to h: ×3 for a
// question word or a word related to one ("length" for "long") not yet
// said, ×2 for a token of the asked answer type that the question does
// not hold, while none has been said.
func (s *searcher) bonus(h *hyp, id int) float64 {
	c := s.class(id)
	if !c.word {
		return 1
	}
	said := func(match func(tokenClass) bool) bool {
		for _, o := range s.keyCls {
			if match(o.tokenClass) {
				return true
			}
		}
		for _, id := range h.ids {
			if match(s.class(id).tokenClass) {
				return true
			}
		}
		return false
	}
	f := 1.0
	if c.relates && !said(func(o tokenClass) bool { return o.word && sameWord(o.stem, c.stem) }) {
		f *= 3
	}
	if c.typed && !said(func(o tokenClass) bool { return s.q.atype.fits(o) && !s.q.mentions(o.stem) }) {
		f *= 2
	}
	return f
}

// steerClass is a token's class and what it is to the question.
type steerClass struct {
	tokenClass
	relates bool // a question word or a word related to one
	typed   bool // of the asked type, and not in the question
}

func (s *searcher) classOf(key string) steerClass {
	c := steerClass{tokenClass: classify(strings.TrimPrefix(key, " "))}
	if c.word {
		c.relates = s.q.relates(c.stem)
		c.typed = s.q.atype != anyType && s.q.atype.fits(c.tokenClass) && !s.q.mentions(c.stem)
	}
	return c
}

// class returns the class of vocabulary token id, classified once per
// question.
func (s *searcher) class(id int) steerClass {
	c, ok := s.cls[id]
	if !ok {
		c = s.classOf(s.g.m.vocab[id])
		s.cls[id] = c
	}
	return c
}

// relates reports whether a stem is one of the question's words or a word
// related to one (english.RelatedStems).
func (q *question) relates(st string) bool {
	for _, w := range q.words {
		if sameWord(w.stem, st) || slices.Contains(w.rel, st) {
			return true
		}
	}
	return false
}

// levelCap is how many followers of one context nextCandidates takes:
// the most frequent ones.
const levelCap = 48

// nextCandidates returns the tokens the longest matched contexts have
// seen follow them: the most frequent followers of each context (at most
// levelCap), from the longest context down, until at least want are
// gathered; then the most frequent tokens, when the contexts know too few
// (a model pruned to its unigrams).
func (m *Model) nextCandidates(ms []match, want int) []int {
	out := make([]int, 0, 2*levelCap)
	add := func(id int) {
		if !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	for i := len(ms) - 1; i >= 0 && len(out) < want; i-- {
		t := &m.tables[ms[i].k]
		if ms[i].hi-ms[i].lo <= levelCap {
			for j := ms[i].lo; j < ms[i].hi; j++ {
				add(int(t.next[j]))
			}
			continue
		}
		for _, j := range topByCount(t.count, ms[i].lo, ms[i].hi, levelCap) {
			add(int(t.next[j]))
		}
	}
	for id := 0; id < len(m.vocab) && len(out) < want; id++ {
		add(id)
	}
	return out
}

// topByCount returns the indices in [lo, hi) of the n largest counts,
// largest first (the lower index on ties).
func topByCount(count []uint32, lo, hi, n int) []int {
	top := make([]int, 0, n+1)
	for j := lo; j < hi; j++ {
		if len(top) == n && count[j] <= count[top[n-1]] {
			continue
		}
		k := len(top)
		for k > 0 && count[top[k-1]] < count[j] {
			k--
		}
		top = slices.Insert(top, k, j)
		if len(top) > n {
			top = top[:n]
		}
	}
	return top
}
