package verify

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/verbatim-rag/verbatim/english"
	"github.com/verbatim-rag/verbatim/generate"
)

// The verdicts of a Check, one per sentence.
const (
	// VerdictSupported: every fact of the sentence is in the text its
	// citations point at (or it states no fact).
	VerdictSupported = "supported"
	// VerdictUnsupported: the sentence has a citation in reach, and a
	// fact (Missing) is not in the cited text, or the cited text says the
	// opposite (Negation). FoundIn lists other shown passages that hold
	// the missing facts: the citation is wrong rather than the fact.
	VerdictUnsupported = "unsupported"
	// VerdictUncited: no citation in reach, but every fact is in a shown
	// passage (FoundIn): true, and uncited.
	VerdictUncited = "uncited"
	// VerdictNotFound: no citation in reach, and a fact (Missing) is in no
	// shown passage: a possible invention.
	VerdictNotFound = "not_found"
)

// checkScoped is CheckSupport: see there.
func checkScoped(text string, cites []Citation, sources []generate.Source) []Check {
	// Passages are prepared on first use: an answer whose sentences all
	// cite needs only the cited ones.
	var allIDs []string
	texts := map[string]string{}
	for _, s := range sources {
		if _, ok := texts[s.Passage.ID]; !ok {
			allIDs = append(allIDs, s.Passage.ID)
			texts[s.Passage.ID] = s.Passage.Text
		}
	}
	byID := map[string]*supportText{}
	prepared := func(id string) *supportText {
		if byID[id] == nil {
			byID[id] = newSupportText(texts[id])
		}
		return byID[id]
	}
	var all []*supportText
	everySource := func() []*supportText {
		if all == nil {
			for _, id := range allIDs {
				all = append(all, prepared(id))
			}
		}
		return all
	}
	cited := map[int]*supportText{}
	citedID := map[int]string{}
	for _, c := range cites {
		if _, ok := texts[c.PassageID]; ok {
			cited[c.N] = prepared(c.PassageID)
		} else {
			cited[c.N] = newSupportText(c.Quote)
		}
		citedID[c.N] = c.PassageID
	}
	sents := Sentences(text)
	reach := markerReach(text, sents)
	checks := make([]Check, 0, len(sents))
	for i, se := range sents {
		s := text[se[0]:se[1]]
		facts := scanFacts(s)
		ck := Check{Sentence: s, Start: se[0], End: se[1], Cites: reach[i], Facts: factTexts(s, facts)}
		if len(ck.Cites) > 0 {
			var ts []*supportText
			ids := map[string]bool{}
			for _, n := range ck.Cites {
				if t := cited[n]; t != nil {
					ts = append(ts, t)
					ids[citedID[n]] = true
				}
			}
			var missingFacts []fact
			for _, f := range facts {
				if !slices.ContainsFunc(ts, func(t *supportText) bool { return t.hasFact(s, f) }) {
					missingFacts = append(missingFacts, f)
					ck.Missing = append(ck.Missing, s[f.start:f.end])
				}
			}
			ck.Negation = negationDiffers(s, ts)
			ck.Supported = len(ck.Missing) == 0 && !ck.Negation
			ck.Verdict = VerdictSupported
			if !ck.Supported {
				ck.Verdict = VerdictUnsupported
				if len(missingFacts) > 0 {
					ck.FoundIn = holding(s, missingFacts, everySource(), allIDs, ids)
				}
			}
			checks = append(checks, ck)
			continue
		}
		if len(facts) == 0 {
			ck.Supported, ck.Verdict = true, VerdictSupported
			checks = append(checks, ck)
			continue
		}
		ck.Uncited = true
		for _, f := range facts {
			if !slices.ContainsFunc(everySource(), func(t *supportText) bool { return t.hasFact(s, f) }) {
				ck.Missing = append(ck.Missing, s[f.start:f.end])
			}
		}
		ck.Verdict = VerdictNotFound
		if len(ck.Missing) == 0 {
			ck.Verdict = VerdictUncited
			ck.FoundIn = holding(s, facts, everySource(), allIDs, nil)
		}
		checks = append(checks, ck)
	}
	return checks
}

// markerReach gives each sentence the citation numbers in its reach: its
// own markers, else those of the next sentence with markers in the same
// paragraph or list (a marker covers the sentence it closes and the
// unmarked lines before it, up to a blank line or the previous marker).
func markerReach(text string, sents [][2]int) [][]int {
	reach := make([][]int, len(sents))
	var carry []int
	for i := len(sents) - 1; i >= 0; i-- {
		if i < len(sents)-1 && blankLineIn(text[sents[i][1]:sents[i+1][0]]) {
			carry = nil
		}
		if own := sentenceCites(text[sents[i][0]:sents[i][1]]); len(own) > 0 {
			carry = own
		}
		reach[i] = carry
	}
	return reach
}

// blankLineIn reports whether the whitespace between two sentences holds
// a blank line.
func blankLineIn(gap string) bool { return strings.Count(gap, "\n") >= 2 }

func factTexts(s string, fs []fact) []string {
	var out []string
	for _, f := range fs {
		t := s[f.start:f.end]
		if !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}

// holding lists the passages (by id, not those in skip) that hold facts:
// those that hold all of them, else, passage by passage, those that hold
// any not yet found.
func holding(s string, facts []fact, all []*supportText, ids []string, skip map[string]bool) []string {
	var out []string
	for i, t := range all {
		if !skip[ids[i]] && !slices.ContainsFunc(facts, func(f fact) bool { return !t.hasFact(s, f) }) {
			out = append(out, ids[i])
		}
	}
	if len(out) > 0 {
		return out
	}
	for _, f := range facts {
		for i, t := range all {
			if !skip[ids[i]] && t.hasFact(s, f) {
				if !slices.Contains(out, ids[i]) {
					out = append(out, ids[i])
				}
				break
			}
		}
	}
	return out
}

// hasFact reports whether the fact f of sentence s is in the text. A
// number or code the text's own numbers swallowed when thousands
// separators were dropped ("I:226 470" is not 226,470; a table row's
// "/24 256" is not 24,256) is looked up in the text as written: digit
// groups a space separates are one number only where the sentence writes
// them so too. A number of one or two digits must stand there beside the
// same word or symbol as in the sentence.
func (t *supportText) hasFact(s string, f fact) bool {
	if t.hasFactNormalized(s, f) {
		return true
	}
	if (f.kind != factNumber && f.kind != factCode) || f.unit != f.end {
		return false
	}
	if t.folded == "" {
		t.folded = english.Fold(t.raw)
	}
	if f.end-f.start > 2 {
		return contains(t.folded, english.Fold(s[f.start:f.end]))
	}
	return f.kind == factNumber && shortNumberIn(t.folded, english.Fold, s, f)
}

// shortNumberIn reports whether the number f of one or two digits of s is
// in hay (the text made by norm) beside the same word or symbol as in the
// sentence; with none around it in the sentence, anywhere at all.
func shortNumberIn(hay string, norm func(string) string, s string, f fact) bool {
	num := s[f.start:f.end]
	left, right := numberContext(s, f)
	if left == "" && right == "" {
		return contains(hay, norm(num))
	}
	// With its context the number is looked up whole: "(0,0)" holds "0"
	// only with the ",0" beside it, which no bare "0" lookup finds.
	return (left != "" && contains(hay, norm(left+num))) ||
		(right != "" && contains(hay, norm(num+right)))
}

func (t *supportText) hasFactNormalized(s string, f fact) bool {
	switch f.kind {
	case factNumber:
		if f.unit < f.end {
			return t.hasMeasure(english.Normalize(s[f.start:f.unit]), unitKey(s[f.unit:f.end]))
		}
		num := english.Normalize(s[f.start:f.end])
		if len(num) > 2 {
			return contains(t.norm, num)
		}
		// A number of one or two digits is found almost anywhere: it must
		// stand next to the same word or symbol as in the sentence.
		return shortNumberIn(t.norm, english.Normalize, s, f)
	case factCode, factQuote:
		return contains(t.norm, english.Normalize(s[f.start:f.end]))
	case factDate:
		d := s[f.start:f.end]
		if y, m, day := parseDate(d); strings.Count(d, "-") == 2 && (y == 0 || m < 1 || m > 12 || day < 1 || day > 31) {
			return contains(t.norm, english.Normalize(d)) // not a valid ISO date: as written
		}
	}
	return t.has(s[f.start:f.end])
}

// numberContext returns the word and separator before the number f of s
// ("So;" in "So;8;L") and the separator and word after it (";L"), each
// empty when there is none (a sentence edge, a citation marker).
func numberContext(s string, f fact) (string, string) {
	masked := []byte(s)
	for _, m := range ParseMarkers(s) {
		blank(masked, m.Start, m.End)
	}
	wordRune := func(c byte) bool { return c >= 0x80 || c == '_' || isDigit(c) || unicode.IsLetter(rune(c)) }
	i := f.start
	for k := 0; k < 2 && i > 0 && !wordRune(masked[i-1]) && masked[i-1] != '\n'; k++ {
		i--
	}
	j := i
	for j > 0 && wordRune(masked[j-1]) {
		j--
	}
	left := ""
	if j < i {
		left = s[j:f.start]
	}
	i = f.end
	for k := 0; k < 2 && i < len(masked) && !wordRune(masked[i]) && masked[i] != '\n'; k++ {
		i++
	}
	j = i
	for j < len(masked) && wordRune(masked[j]) {
		j++
	}
	right := ""
	if j > i {
		right = s[f.end:j]
	}
	return left, right
}

// hasMeasure reports whether the number num is in the text followed by
// the unit whose key is unit ("100K", "100 K", "7-bit").
func (t *supportText) hasMeasure(num, unit string) bool {
	hay := t.norm
	for off := 0; ; {
		i := strings.Index(hay[off:], num)
		if i < 0 {
			return false
		}
		a, b := off+i, off+i+len(num)
		off = a + 1
		if !boundaryBefore(hay, a) || (b < len(hay) && isDigit(hay[b])) {
			continue
		}
		if b < len(hay) && (hay[b] == '.' || hay[b] == ',') && b+1 < len(hay) && isDigit(hay[b+1]) {
			continue
		}
		j := b
		if j < len(hay) && (hay[j] == ' ' || hay[j] == '-') {
			j++
		}
		k := j
		for k < len(hay) && (unicode.IsLetter(rune(hay[k])) || hay[k] == '%' || hay[k] == '/') {
			k++
		}
		if k > j && foldedUnit(hay[j:k]) == foldedUnit(unit) {
			return true
		}
	}
}

// foldedUnit compares units in the passage's normalised (lower-cased)
// text: magnitude suffixes lose their case there, so "K" is "k".
func foldedUnit(u string) string { return strings.ToLower(unitKey(u)) }

// lowerWords is the text's words, lower-cased, with "cannot" and "n't"
// written out ("can", "not"; "does", "not"), so that "can't" and
// "can not" compare equal. ends marks the words that close a clause: the
// last word, and a word a full stop, "!", "?", ";", ":" or a closing
// bracket follows (a line break does not close one).
func lowerWords(text string) (ws []string, ends []bool) {
	for _, tok := range english.Tokenize(text) {
		b := tok.Body(text)
		if r, _ := utf8.DecodeRuneInString(b); !english.IsWordRune(r) {
			if len(ends) > 0 && b != "" && strings.ContainsRune(".!?;:)]}", rune(b[0])) {
				ends[len(ends)-1] = true
			}
			continue
		}
		w := strings.ToLower(strings.ReplaceAll(b, "’", "'"))
		switch {
		case w == "cannot":
			ws = append(ws, "can", "not")
		case w == "can't" || w == "won't":
			ws = append(ws, map[string]string{"can't": "can", "won't": "will"}[w], "not")
		case strings.HasSuffix(w, "n't") && len(w) > 3:
			ws = append(ws, strings.TrimSuffix(w, "n't"), "not")
		default:
			ws = append(ws, w)
		}
		for len(ends) < len(ws) {
			ends = append(ends, false)
		}
	}
	if len(ends) > 0 {
		ends[len(ends)-1] = true
	}
	return ws, ends
}

// negationIndex is what the negation check knows of a text: its word
// pairs and triples with no negation inside ("is|used", "regex is|used"),
// and its negations keyed by the word or two words before and the word
// after ("is|used" and "regex is|used" for "regex is not used"). A run of
// negations ("were not never actually") is one cut, kept apart when it
// holds more than one negation (doubled). Where no word follows the cut
// ("… when a knave is not."), the two words before it are the key.
type negationIndex struct {
	plain, negated, doubled map[string]bool
	// lead are the keys of the sentence's first words, which have one
	// word before the cut rather than two.
	lead map[string]bool
	// before holds the two words before a negation (negated) or before a
	// word that is not one or a clause's end (plain); atEnd the two last
	// words of a clause, with (negated) or without (plain) a negation
	// after them.
	before, atEnd struct{ plain, negated map[string]bool }
}

func newNegationIndex(text string) negationIndex {
	ws, ends := lowerWords(text)
	ix := negationIndex{plain: map[string]bool{}, negated: map[string]bool{}, doubled: map[string]bool{}, lead: map[string]bool{}}
	ix.before.plain, ix.before.negated = map[string]bool{}, map[string]bool{}
	ix.atEnd.plain, ix.atEnd.negated = map[string]bool{}, map[string]bool{}
	for i := range ws {
		if english.NegatesClause(ws[i]) && (i == 0 || !english.NegatesClause(ws[i-1])) {
			// The words around the cut may themselves be negations ("is
			// not NOT the"): the whole run is the cut.
			j := i
			for j < len(ws) && english.NegatesClause(ws[j]) && (j == i || !ends[j-1]) {
				j++
			}
			cut := ix.negated
			if j-i > 1 {
				cut = ix.doubled
			}
			if i >= 2 {
				ix.before.negated[ws[i-2]+" "+ws[i-1]] = true
				if ends[j-1] {
					ix.atEnd.negated[ws[i-2]+" "+ws[i-1]] = true
				}
			}
			if i >= 1 && !ends[j-1] && j < len(ws) {
				cut[ws[i-1]+"|"+ws[j]] = true
				if i >= 2 {
					cut[ws[i-2]+" "+ws[i-1]+"|"+ws[j]] = true
				} else {
					ix.lead[ws[i-1]+"|"+ws[j]] = true
				}
			}
		}
		if i >= 1 && !english.NegatesClause(ws[i]) && (ends[i] || i+1 < len(ws) && !english.NegatesClause(ws[i+1])) {
			ix.before.plain[ws[i-1]+" "+ws[i]] = true
			if ends[i] {
				ix.atEnd.plain[ws[i-1]+" "+ws[i]] = true
			}
		}
		if i+1 < len(ws) && !english.NegatesClause(ws[i+1]) {
			ix.plain[ws[i]+"|"+ws[i+1]] = true
			if i == 0 {
				ix.lead[ws[i]+"|"+ws[i+1]] = true
			}
		}
		if i+2 < len(ws) && !english.NegatesClause(ws[i+2]) {
			ix.plain[ws[i]+" "+ws[i+1]+"|"+ws[i+2]] = true
		}
	}
	return ix
}

// negationDiffers reports whether the sentence s says the opposite of the
// cited texts: it negates words the cited text states without the
// negation ("is not used" where the text says "is used" and nowhere "is
// not used"), or states without negation words the text negates. Words
// are compared two before and one after the cut, one before at the
// sentence's start. A doubled negation ("were not never") differs from a
// single one or none. Where the sentence's negation closes a clause
// ("… "BELL" is not."), it differs when the text has the two words before
// it only without a negation; where the sentence's clause ends without
// one ("… when a knave is."), when the text ends that clause only with one.
func negationDiffers(s string, ts []*supportText) bool {
	if len(ts) == 0 {
		return false
	}
	ix := newNegationIndex(StripMarkers(s))
	inAny := func(f func(negationIndex) map[string]bool, k string) bool {
		return slices.ContainsFunc(ts, func(t *supportText) bool { return f(t.negations())[k] })
	}
	plain := func(ix negationIndex) map[string]bool { return ix.plain }
	negated := func(ix negationIndex) map[string]bool { return ix.negated }
	doubled := func(ix negationIndex) map[string]bool { return ix.doubled }
	wide := func(k string) bool { return strings.Contains(k, " ") }
	for k := range ix.negated {
		if (wide(k) || ix.lead[k]) && (inAny(plain, k) || inAny(doubled, k)) && !inAny(negated, k) {
			return true
		}
	}
	for k := range ix.doubled {
		if (wide(k) || ix.lead[k]) && (inAny(plain, k) || inAny(negated, k)) && !inAny(doubled, k) {
			return true
		}
	}
	for k := range ix.plain {
		if (wide(k) || ix.lead[k]) && (inAny(negated, k) || inAny(doubled, k)) && !inAny(plain, k) {
			return true
		}
	}
	for k := range ix.atEnd.negated {
		if inAny(func(ix negationIndex) map[string]bool { return ix.before.plain }, k) &&
			!inAny(func(ix negationIndex) map[string]bool { return ix.before.negated }, k) {
			return true
		}
	}
	for k := range ix.atEnd.plain {
		if inAny(func(ix negationIndex) map[string]bool { return ix.atEnd.negated }, k) &&
			!inAny(func(ix negationIndex) map[string]bool { return ix.atEnd.plain }, k) {
			return true
		}
	}
	return false
}

// negations is the text's negation index, made once.
func (t *supportText) negations() negationIndex {
	if t.neg == nil {
		ix := newNegationIndex(t.raw)
		t.neg = &ix
	}
	return *t.neg
}
