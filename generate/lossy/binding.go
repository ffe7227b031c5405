package lossy

// A reference entry is about the entity its title, heading and first
// sentence name; its later sentences say "It", "She", "Its kilns". The
// rules below bind a question to the passages about its names:
//
//   - a question name found in the passage's title, headings or first
//     sentence counts as present in every sentence of the passage (credit);
//   - a passage earns up to aboutWeight bits for being about the
//     question's names: fully for names in its title or headings, half for
//     names only in its first sentence (about);
//   - a question name the passage lacks altogether costs half its weight,
//     so a sentence about another river, in a passage that mentions the
//     asked one in passing or not at all, loses to the passage about it.

// aboutWeight is the weight, in bits, of a passage being about all of the
// question's names.
const aboutWeight = 6

// credit is the share of a question word's weight a span earns: all of it
// when the span holds the word (or, for a name, when the passage is about
// it), most of it for a related word, less when the word stands elsewhere
// in the passage, and a penalty for a name the passage lacks.
func (s *source) credit(w qword, sp span) float64 {
	all := len(s.cls)
	switch {
	case s.hasExact(w.stem, sp.start, sp.end):
		return 1
	case hasStem(s.title, w.stem) || hasStem(s.heads, w.stem), (w.name || w.desc) && s.inLead(w.stem):
		return 1
	case s.has(w.stem, sp.start, sp.end), hasStem(s.colHead[sp.start], w.stem):
		return 0.8
	case s.hasAny(w.rel, sp.start, sp.end):
		return 0.7
	case s.has(w.stem, 0, all) || hasStem(s.title, w.stem):
		if w.name {
			return 0.8
		}
		return 0.4
	case s.hasAny(w.rel, 0, all):
		return 0.25
	case w.name:
		return -0.5
	}
	return 0
}

// about is how much the passage is about the question's topic: recall,
// the IDF-weighted share of the question's names and of its words that
// stand in the passage's title ("ibis" of "Calvane ibis") that the title
// or headings hold (a name only in the first sentence counts half), times
// precision, 0.25 + 0.75 × the share of the title's words the question
// holds: an entry on "Port Aubrin Rowing Club" is less about "Port
// Aubrin" than the entry "Port Aubrin", and an entry whose title the
// question does not mention is about something else. It is 0 for a
// question without names or title words.
func (s *source) about(q *question) float64 {
	total, got := 0.0, 0.0
	for _, w := range q.words {
		inTitle := hasStem(s.title, w.stem) || hasStem(s.heads, w.stem)
		switch {
		case w.cue || (!w.name && !inTitle):
			continue
		case inTitle:
			got += w.idf
		case s.opening >= 0 && s.has(w.stem, s.spans[s.opening].start, s.spans[s.opening].end):
			got += w.idf / 2
		}
		total += w.idf
	}
	if total == 0 {
		return 0
	}
	return got / total * (0.25 + 0.75*s.titlePrecision(q))
}

// titlePrecision is the share of the content words of the passage's title
// and headings that the question holds; 1 for a passage without title.
func (s *source) titlePrecision(q *question) float64 {
	var seen []string
	n, held := 0, 0
	for _, cls := range [][]tokenClass{s.title, s.heads} {
		for _, c := range cls {
			if !c.word || stopwords[c.stem] || containsString(seen, c.stem) {
				continue
			}
			seen = append(seen, c.stem)
			n++
			if q.mentions(c.stem) {
				held++
			}
		}
	}
	if n == 0 {
		return 1
	}
	return float64(held) / float64(n)
}

// inLead reports whether the passage's title, headings or first sentence
// holds the stem.
func (s *source) inLead(st string) bool {
	if hasStem(s.title, st) || hasStem(s.heads, st) {
		return true
	}
	return s.opening >= 0 && s.has(st, s.spans[s.opening].start, s.spans[s.opening].end)
}

// hasExact reports whether tokens [from, to) hold the very stem, not just
// a longer word sharing its start ("invented", not "inventor").
func (s *source) hasExact(st string, from, to int) bool {
	for _, c := range s.cls[from:to] {
		if c.word && c.stem == st {
			return true
		}
	}
	return false
}

// hasAny reports whether tokens [from, to) hold any of the stems.
func (s *source) hasAny(stems []string, from, to int) bool {
	for _, st := range stems {
		if s.has(st, from, to) {
			return true
		}
	}
	return false
}

// newName reports whether a span holds a name the question does not: the
// answer to a who or which question.
func (s *source) newName(q *question, sp span) bool {
	for i := sp.start; i < sp.end; i++ {
		if s.cls[i].cap && !q.mentions(s.cls[i].stem) {
			return true
		}
	}
	return false
}

// bestSpan returns the best-scored span, the first on ties.
func bestSpan(spans []span) span {
	best := spans[0]
	for _, sp := range spans[1:] {
		if sp.score > best.score {
			best = sp
		}
	}
	return best
}

// binds reports whether every name of the question stands in the span,
// in a sentence next to it ("The Krell Hut was built in 1894. It sleeps
// 46 climbers") or in its passage's title, headings or first sentence.
// The best sentence of sources that do not answer is often about another
// entity: "She wrote five symphonies" from the entry on Hanna Voss for
// "How many symphonies did Peter Voss write?", another club's "It was
// founded in 1922" for "When was HC Sankt Immen founded?".
func (s *source) binds(q *question, sp span) bool {
	from, to := sp.start, sp.end
	for k, x := range s.spans {
		if x.start != sp.start {
			continue
		}
		if k > 0 {
			from = s.spans[k-1].start
		}
		if k+1 < len(s.spans) {
			to = s.spans[k+1].end
		}
	}
	for _, w := range q.words {
		if w.name && !s.has(w.stem, from, to) && !s.inLead(w.stem) {
			return false
		}
	}
	return true
}
