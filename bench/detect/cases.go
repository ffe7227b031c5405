package main

import (
	"hash/fnv"
	"math/rand/v2"
	"strconv"
	"strings"

	"github.com/verbatim-rag/verbatim/bench/qa/qaset"
	"github.com/verbatim-rag/verbatim/compare"
	"github.com/verbatim-rag/verbatim/english"
	"github.com/verbatim-rag/verbatim/generate"
	"github.com/verbatim-rag/verbatim/verify"
)

// The clean answer shapes.
const (
	shapeOne     = "one"     // the unit holding the gold answer, one marker
	shapeSeveral = "several" // that unit and the next ones of its block as one paragraph, one marker at the end
	shapeList    = "list"    // the same units as a list, one marker after the last item
	shapeTwo     = "two"     // the gold unit and a unit of another passage, a marker each
)

// Shapes are the clean answer shapes, in table order.
var Shapes = []string{shapeOne, shapeSeveral, shapeList, shapeTwo}

// Kinds are the perturbations, in table order; moved is a fact cited to
// a passage that does not hold it.
var Kinds = []string{"number", "date", "version", "name", "identifier", "unit", "negation", "moved"}

// maxPerKind bounds the perturbed cases of one kind built for one question.
const maxPerKind = 2

// testCase is one scripted answer.
type testCase struct {
	kind      string // a shape for clean answers, a perturbation kind otherwise
	shape     string // the shape the answer was written in
	perturbed bool
	text      string
	from, to  string // the changed fact, for perturbed answers
}

// unit is a copyable unit of a shown passage.
type unit struct {
	text  string
	n     int // the source number
	block int
	index int    // position among the passage's units
	whole string // the passage's text
}

func passageUnits(src generate.Source) []unit {
	var out []unit
	for i, u := range english.Units(src.Passage.Text) {
		t := strings.TrimSpace(src.Passage.Text[u.Start:u.End])
		if len(t) < 12 || len(t) > 400 || verify.ParseMarkers(t) != nil {
			continue
		}
		out = append(out, unit{text: t, n: src.N, block: u.Block, index: i, whole: src.Passage.Text})
	}
	return out
}

// buildCases writes the clean and perturbed answers to q from the shown
// passages. The gold unit is the first unit, in shown order, that holds a
// gold answer; a question without one gives no cases.
func buildCases(q qaset.Question, shown []generate.Source, others []string) []testCase {
	var units [][]unit
	gold := -1
	var goldUnit unit
	for i, s := range shown {
		us := passageUnits(s)
		units = append(units, us)
		for _, u := range us {
			if gold < 0 && compare.Match(u.text, q.Answers) {
				gold, goldUnit = i, u
			}
		}
	}
	if gold < 0 {
		return nil
	}
	rng := rand.New(rand.NewPCG(seed(q.ID), 1))
	av := newAvoid(shown)
	follow := following(units[gold], goldUnit)
	other, hasOther := otherUnit(units, gold, rng)
	var out []testCase
	add := func(kind, shape string, perturbed bool, text, from, to string) {
		out = append(out, testCase{kind: kind, shape: shape, perturbed: perturbed, text: text, from: from, to: to})
	}
	add(shapeOne, shapeOne, false, oneAnswer(goldUnit), "", "")
	if len(follow) > 1 {
		add(shapeSeveral, shapeSeveral, false, paragraph(follow), "", "")
		add(shapeList, shapeList, false, list(follow), "", "")
	}
	if hasOther {
		add(shapeTwo, shapeTwo, false, twoAnswer(goldUnit, other), "", "")
	}
	// Perturbed: the gold unit first, then the other units of the shown
	// passages, each written in a shape taken in turn.
	var pool []unit
	pool = append(pool, goldUnit)
	for _, us := range units {
		for _, u := range us {
			if u != goldUnit {
				pool = append(pool, u)
			}
		}
	}
	for _, kind := range Kinds {
		made := 0
		for _, u := range pool {
			if made == maxPerKind {
				break
			}
			if kind == "moved" {
				if text, ok := movedAnswer(u, units, rng); ok {
					add(kind, shapeTwo, true, text, "", "")
					made++
				}
				continue
			}
			changed, from, to, ok := perturb(kind, u.text, rng, av, others)
			if !ok {
				continue
			}
			pu := u
			pu.text = changed
			shape := Shapes[(made+int(seed(q.ID+kind)%4))%4]
			add(kind, shape, true, writeShape(shape, pu, units, rng), from, to)
			made++
		}
	}
	return out
}

func seed(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return h.Sum64()
}

// following is u and the units after it in its block, at most three.
func following(us []unit, u unit) []unit {
	var out []unit
	for _, v := range us {
		if v.block == u.block && v.index >= u.index && len(out) < 3 {
			out = append(out, v)
		}
	}
	return out
}

// otherUnit picks a unit of another shown passage.
func otherUnit(units [][]unit, gold int, rng *rand.Rand) (unit, bool) {
	var pool []unit
	for i, us := range units {
		if i != gold {
			pool = append(pool, us...)
		}
	}
	if len(pool) == 0 {
		return unit{}, false
	}
	return pool[rng.IntN(len(pool))], true
}

// writeShape writes the (perturbed) unit u in shape: alone, followed by
// or following the next units of its passage, or next to a unit of
// another passage.
func writeShape(shape string, u unit, units [][]unit, rng *rand.Rand) string {
	switch shape {
	case shapeSeveral, shapeList:
		var block []unit
		for _, us := range units {
			for _, v := range us {
				if v.n == u.n && v.block == u.block && v.index > u.index && len(block) < 2 {
					block = append(block, v)
				}
			}
		}
		// The changed unit goes first, so it is one of the unmarked lines.
		block = append([]unit{u}, block...)
		if len(block) == 1 {
			return oneAnswer(u)
		}
		if shape == shapeList {
			return list(block)
		}
		return paragraph(block)
	case shapeTwo:
		for i, us := range units {
			if len(us) > 0 && us[0].n != u.n {
				o, ok := otherUnit(units[i:i+1], -1, rng)
				if ok {
					return twoAnswer(u, o)
				}
			}
		}
	}
	return oneAnswer(u)
}

func marker(n int) string { return "[" + strconv.Itoa(n) + "]" }

// withMarker puts " [n]" before the sentence's final punctuation, or at
// its end.
func withMarker(s string, n int) string {
	s = strings.TrimSpace(s)
	t := strings.TrimRight(s, ".!?")
	if t == "" {
		t = s
	}
	return t + " " + marker(n) + s[len(t):]
}

// sentence makes a unit read as a sentence of prose: one line, ending in
// a period.
func sentence(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if !strings.ContainsAny(s[len(s)-1:], ".!?") {
		s += "."
	}
	return s
}

func oneAnswer(u unit) string { return withMarker(sentence(u.text), u.n) }

func paragraph(us []unit) string {
	var parts []string
	for i, u := range us {
		s := sentence(u.text)
		if i == len(us)-1 {
			s = withMarker(s, u.n)
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " ")
}

func list(us []unit) string {
	var lines []string
	for i, u := range us {
		s := strings.Join(strings.Fields(u.text), " ")
		if i == len(us)-1 {
			s = withMarker(s, u.n)
		}
		lines = append(lines, "- "+s)
	}
	return strings.Join(lines, "\n")
}

func twoAnswer(a, b unit) string {
	return withMarker(sentence(a.text), a.n) + " " + withMarker(sentence(b.text), b.n)
}

// movedAnswer writes u next to a unit of another passage with their
// markers swapped, when u holds a fact (see factTokens) that the other
// passage lacks.
func movedAnswer(u unit, units [][]unit, rng *rand.Rand) (string, bool) {
	for _, us := range units {
		if len(us) == 0 || us[0].n == u.n {
			continue
		}
		lacks := false
		for _, f := range factTokens(u.text) {
			if !containsWord(us[0].whole, f) {
				lacks = true
			}
		}
		if !lacks {
			continue
		}
		o := us[rng.IntN(len(us))]
		return withMarker(sentence(u.text), o.n) + " " + withMarker(sentence(o.text), u.n), true
	}
	return "", false
}
