package lossy

import (
	"strings"
	"unicode"
)

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
