package lossy

import (
	"strings"
	"unicode"

	"math"

	"github.com/verbatim-rag/verbatim/generate"
)

// source is a retrieved passage prepared for copying: its tokens and
// their classes, its sentences, and what it is about (see binding.go).
type source struct {
	n       int
	text    string
	toks    []Token
	keys    []string
	cls     []tokenClass
	title   []tokenClass         // the passage's title and section
	spans   []span               // sentences and lines, headings left out
	heads   []tokenClass         // the passage's heading lines
	opening int                  // index in spans of the first sentence, -1 when none
	colHead map[int][]tokenClass // a table row's header row, by the row's start
}

// prepare tokenizes a source for copying; si is its index among the
// request's sources and common reports whether a lower-cased word is a
// common word of the corpus (so that, capitalised at a sentence's start,
// it is no name).
func prepare(src generate.Source, si int, common func(string) bool) *source {
	s := &source{n: src.N, text: src.Passage.Text, toks: Tokenize(src.Passage.Text), opening: -1}
	for _, t := range s.toks {
		s.keys = append(s.keys, t.Key(s.text))
		s.cls = append(s.cls, classify(t.Body(s.text)))
	}
	title := titleText(src.Passage.Title) + " " + titleText(src.Passage.Section)
	for _, t := range Tokenize(title) {
		s.title = append(s.title, classify(t.Body(title)))
	}
	all := s.sentences(si)
	var head []tokenClass
	for k, sp := range all {
		s.unnameOpener(sp, common)
		switch s.rowKind(sp, all, k) {
		case headerRow:
			head = s.cls[sp.start:sp.end]
			continue
		case ruleRow:
			continue
		case bodyRow:
			if s.colHead == nil {
				s.colHead = map[int][]tokenClass{}
			}
			s.colHead[sp.start] = head
		default:
			head = nil
		}
		if s.isHeading(sp) {
			s.heads = append(s.heads, s.cls[sp.start:sp.end]...)
			continue
		}
		if s.opening < 0 {
			s.opening = len(s.spans)
		}
		s.spans = append(s.spans, sp)
	}
	return s
}

// span is a run of tokens [start, end) of source src; clipped when it
// stops inside a sentence.
type span struct {
	src, start, end int
	clipped         bool
	score           float64
}

// sentences splits a source into sentences and lines, as token ranges.
func (s *source) sentences(si int) []span {
	var out []span
	start := -1
	for i, k := range s.keys {
		if k == "\n" {
			if start >= 0 {
				out = append(out, span{src: si, start: start, end: i})
			}
			start = -1
			continue
		}
		if start < 0 {
			if !s.cls[i].word && len(s.toks[i].Body(s.text)) == 0 {
				continue
			}
			start = i
		}
		prev, prev2 := "", ""
		if i > 0 {
			prev = s.toks[i-1].Body(s.text)
		}
		if i > 1 {
			prev2 = s.toks[i-2].Body(s.text)
		}
		if endsSentence(s.toks[i].Body(s.text), prev, prev2) {
			out = append(out, span{src: si, start: start, end: i + 1})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, span{src: si, start: start, end: len(s.keys)})
	}
	return out
}

// rankWeight is the cost, in bits, of each place down the retrieval
// ranking: small, because BM25 ranks on the question's literal words and
// entries paraphrase them.
const rankWeight = 0.25

// typeWeight is the weight, in bits of rarity, of holding (or lacking) a
// token of the type a question asks for.
const typeWeight = 6

// scoreSpan weighs a span for a question: the rarity of the question words
// it earns (see credit), whether it holds an answer of the asked type,
// whether its passage is about the question's names (see about), and the
// passage's rank.
func scoreSpan(q *question, s *source, sp span, rank int) float64 {
	score := aboutWeight * s.about(q)
	for _, w := range q.words {
		score += w.idf * s.credit(w, sp)
	}
	score += s.keyBonus(q, sp)
	if q.atype != anyType {
		score += typeWeight * (2*s.typeFit(q, sp) - 1)
	}
	bytes := s.toks[sp.end-1].End - s.toks[sp.start].Start
	return score - rankWeight*float64(rank) - float64(bytes)/400
}

// typeFit is how well the best token of a span answers the question's
// type (see answerType.strength), tokens the question holds aside; for
// "how many X" a number right next to X fits fully, and a who sentence
// saying "He" earns leadFit when its passage opens with a name.
func (s *source) typeFit(q *question, sp span) float64 {
	best := 0.0
	for i := sp.start; i < sp.end; i++ {
		if q.mentions(s.cls[i].stem) {
			continue
		}
		st := q.atype.strength(s.cls, i)
		switch {
		case st == 0:
		case q.atype == numberType && s.nearFocus(q, i, sp):
			st = 1
		case q.atype == numberType && st == 1 && !unicode.IsDigit(rune(s.toks[i].Body(s.text)[0])):
			st = 0.6 // "three of them", not next to what is counted
		case q.atype == numberType && st == 1:
			st = 0.8
		case q.atype == measureType && st == 1 && unitKindAfter(s.cls, i)&q.units == 0:
			st = 0.3 // "eleven years" for "how high"
		case q.atype == measureType && st == 1 && s.otherOwner(q, i):
			st = 0.5 // "a canyon about 11 km long": another thing's measure
		case q.atype == dateType && q.fullDate && s.cls[i].year && !s.monthBefore(i):
			st = 0.6 // a bare year for "on what date"
		case q.where && q.atype == nameType && !s.placeBefore(i):
			st = 0.6 // "a Serravelian surveyor", not "in Oberlind"
		}
		best = max(best, st)
	}
	if q.atype == nameType && best < leadFit {
		if _, ok := leadFor(q, s, sp); ok {
			best = leadFit
		}
	}
	return best
}

// leadFit is the fit of a who or which sentence that names nothing new
// when its passage's first sentence does: the answer will copy both (see
// leadFor).
const leadFit = 0.8

// nearFocus reports whether token i stands within three tokens before the
// "how many" focus word or a word related to it ("186,000 inhabitants").
func (s *source) nearFocus(q *question, i int, sp span) bool {
	for j := i + 1; j < sp.end && j <= i+3; j++ {
		for _, f := range q.focus {
			if s.cls[j].word && (sameWord(s.cls[j].stem, f) || slicesHasSame(relatedStems(f), s.cls[j].stem)) {
				return true
			}
		}
	}
	return false
}

// approximators stand between a noun and its measure ("a canyon about
// 11 km long").
var approximators = toSet(`about around approximately approx nearly almost some over under roughly ca c`)

// otherOwner reports whether the measure at token i describes a noun the
// question does not name: a word right before it (approximators aside)
// and a measure adjective after its unit, "a narrow canyon about 11 km
// long" when the river is asked about, not "the Auss is 214 km long".
func (s *source) otherOwner(q *question, i int) bool {
	j := i - 1
	for j >= 0 && approximators[strings.ToLower(s.toks[j].Body(s.text))] {
		j--
	}
	if j < 0 || !s.cls[j].word || stopwords[s.cls[j].stem] || s.cls[j].number || q.mentions(s.cls[j].stem) {
		return false
	}
	for k := i + 1; k < len(s.cls) && k <= i+4; k++ {
		if measureCue[strings.ToLower(s.toks[k].Body(s.text))] {
			return true
		}
	}
	return false
}

// placePrepositions introduce a place ("born in Oberlind").
var placePrepositions = toSet(`in at near from to into on`)

// placeBefore reports whether a preposition of place stands before token
// i, "the" or another capitalised word aside ("in Lugg", "at the Krell
// Hut").
func (s *source) placeBefore(i int) bool {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		b := strings.ToLower(s.toks[j].Body(s.text))
		switch {
		case placePrepositions[b]:
			return true
		case b == "the" || s.cls[j].cap:
			continue
		}
		return false
	}
	return false
}

// monthBefore reports whether a month stands within two tokens before
// token i ("14 February 1894").
func (s *source) monthBefore(i int) bool {
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		if months[s.cls[j].stem] {
			return true
		}
	}
	return false
}

func slicesHasSame(stems []string, st string) bool {
	for _, x := range stems {
		if sameWord(x, st) {
			return true
		}
	}
	return false
}

func (s *source) has(st string, from, to int) bool {
	return hasStem(s.cls[from:to], st)
}

func hasStem(cls []tokenClass, st string) bool {
	for _, c := range cls {
		if c.word && sameWord(c.stem, st) {
			return true
		}
	}
	return false
}

// maxSpanBytes is the length beyond which a sentence is cut down to the
// clauses around the best-matching one.
const maxSpanBytes = 300

// clip narrows a long sentence to its best clause and its neighbours.
func clip(q *question, s *source, sp span, rank int) span {
	bytes := func(a, b int) int { return s.toks[b-1].End - s.toks[a].Start }
	if bytes(sp.start, sp.end) <= maxSpanBytes {
		return sp
	}
	var clauses []span
	start := sp.start
	for i := sp.start; i < sp.end; i++ {
		b := s.toks[i].Body(s.text)
		if b == "," || b == ";" || b == ":" || b == "—" || i == sp.end-1 {
			clauses = append(clauses, span{src: sp.src, start: start, end: i + 1})
			start = i + 1
		}
	}
	best := 0
	for i := range clauses {
		clauses[i].score = scoreSpan(q, s, clauses[i], rank)
		if clauses[i].score > clauses[best].score {
			best = i
		}
	}
	out := clauses[best]
	for lo, hi := best-1, best+1; ; lo, hi = lo-1, hi+1 {
		grown := false
		if hi < len(clauses) && bytes(out.start, clauses[hi].end) <= maxSpanBytes*2/3 {
			out.end, grown = clauses[hi].end, true
		}
		if lo >= 0 && bytes(clauses[lo].start, out.end) <= maxSpanBytes*2/3 {
			out.start, grown = clauses[lo].start, true
		}
		if !grown {
			break
		}
	}
	out.clipped = out.end < sp.end
	out.score = sp.score
	return out
}

// pointer is a position in a source the copy distribution may read next,
// weighted by how long a suffix of the answer it continues.
type pointer struct {
	src, pos int
	weight   float64
}

// copyPointers returns the positions that continue the answer: cur (the
// token after the last copied one) and every position whose preceding
// tokens repeat the answer's last two or more.
func copyPointers(srcs []*source, keys []string, cur pointer) []pointer {
	ptrs := []pointer{cur}
	if len(keys) < 2 {
		return ptrs
	}
	for si, s := range srcs {
		for p := 2; p < len(s.keys); p++ {
			if si == cur.src && p == cur.pos {
				continue
			}
			l := 0
			for l < len(keys) && l < p && l < 8 && s.keys[p-1-l] == keys[len(keys)-1-l] {
				l++
			}
			if l >= 2 {
				ptrs = append(ptrs, pointer{src: si, pos: p, weight: math.Exp(float64(l))})
			}
		}
	}
	return ptrs
}
