package lossy

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

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
