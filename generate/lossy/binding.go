package lossy

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

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

// unnameOpener clears the capital of a sentence's first word when the
// corpus also writes it in lower case ("Over forty years she ..."): a
// sentence's opening capital does not make a name.
func (s *source) unnameOpener(sp span, common func(string) bool) {
	for i := sp.start; i < sp.end; i++ {
		if !s.cls[i].word {
			continue
		}
		if s.cls[i].cap && common != nil && common(strings.ToLower(s.toks[i].Body(s.text))) {
			s.cls[i].cap = false
		}
		return
	}
}

// isHeading reports whether a span is a heading line rather than a
// sentence: a Markdown or reStructuredText heading, or a short line of
// capitalised words without a sentence end ("Lusk Salt Pans").
func (s *source) isHeading(sp span) bool {
	first := s.toks[sp.start].Body(s.text)
	if first == "#" || first == "=" {
		return true
	}
	last := s.toks[sp.end-1].Body(s.text)
	if last == "." || last == "!" || last == "?" || last == ":" {
		return false
	}
	words := 0
	for i := sp.start; i < sp.end; i++ {
		b := s.toks[i].Body(s.text)
		if !isWordKey(b) {
			continue
		}
		words++
		r, _ := utf8.DecodeRuneInString(b)
		if !unicode.IsUpper(r) && !stopwords[strings.ToLower(b)] {
			return false
		}
	}
	return words > 0 && words <= 10
}

// titleText turns a title into words: file names ("port-aubrin.txt")
// lose their extension and separators.
func titleText(t string) string {
	t = strings.TrimSpace(t)
	if i := strings.LastIndexByte(t, '.'); i > 0 && len(t)-i <= 5 && !strings.ContainsRune(t[i:], ' ') {
		t = t[:i]
	}
	return strings.NewReplacer("-", " ", "_", " ").Replace(t)
}

// A Markdown table's rows are kinds of lines: its header row (followed by
// a rule row "|---|---|") names the columns, and each body row is an
// answer candidate of its own whose column names count as its words
// ("| 50 serra | Lotte Amsel |" under "| Denomination | Portrait |").
const (
	noRow = iota
	headerRow
	ruleRow
	bodyRow
)

// rowKind tells what kind of table line span k of all is.
func (s *source) rowKind(sp span, all []span, k int) int {
	switch {
	case !s.isRow(sp):
		return noRow
	case s.isRule(sp):
		return ruleRow
	case k+1 < len(all) && s.isRow(all[k+1]) && s.isRule(all[k+1]):
		return headerRow
	}
	return bodyRow
}

// isRow reports whether a span is a line of a Markdown table.
func (s *source) isRow(sp span) bool { return s.toks[sp.start].Body(s.text) == "|" }

// isRule reports whether a table line holds no word ("|---|:---:|").
func (s *source) isRule(sp span) bool {
	for _, c := range s.cls[sp.start:sp.end] {
		if c.word {
			return false
		}
	}
	return true
}

// keyShare is the share of a question word's weight a record line earns
// on top of its credit when its key holds the word: "Mayor" in "- Mayor:
// Ilse Marwick" or "| Calling code | +417 |" says what the line states.
const keyShare = 0.5

// keyBonus is the extra weight of a record line (see keyRange) whose key
// holds question words other than names, or words related to them.
func (s *source) keyBonus(q *question, sp span) float64 {
	from, to, ok := s.keyRange(sp)
	if !ok {
		return 0
	}
	bonus := 0.0
	for _, w := range q.words {
		if w.name || w.cue {
			continue
		}
		if s.has(w.stem, from, to) || s.hasAny(w.rel, from, to) {
			bonus += keyShare * w.idf
		}
	}
	return bonus
}

// maxKeyWords is the most words a record's key holds.
const maxKeyWords = 4

// keyRange returns the tokens of a record line's key: the first cell of a
// table row, or the words before the colon of a "Key: value" line ("Born:
// 3 April 1902", "- Population (2021): 187,340"), at most maxKeyWords.
func (s *source) keyRange(sp span) (int, int, bool) {
	row := s.isRow(sp)
	from := sp.start
	if row {
		from++
	}
	words := 0
	for i := from; i < sp.end; i++ {
		b := s.toks[i].Body(s.text)
		switch {
		case (row && b == "|") || (!row && b == ":"):
			return from, i, words > 0 && i+1 < sp.end
		case s.cls[i].word:
			words++
		}
		if words > maxKeyWords+2 {
			break
		}
	}
	return 0, 0, false
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
