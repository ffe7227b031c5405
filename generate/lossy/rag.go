package lossy

import (
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
