package lossy

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
)

// A range record names a span of codes at once ("2440..245F; Optical
// Character Recognition"): a question that gives a code inside the span
// ("Which block contains U+2448?") names no token the model holds before
// the answer, so no span of the question leads to it. The range index
// reads the model's own bytes for the ranges it holds, the contexts
// "LO . ." at a line's start followed by a code HI, and a question whose
// codes all lie in one of them is also continued from that range's
// opening, "LO..HI", as the text wrote it. Nothing but the model is read:
// the bounds are the model's tokens, compared as numbers.

// heldRange is a range record the model holds.
type heldRange struct {
	lo, hi uint64
	keys   []string // the opening as held: LO, ".", ".", HI
	value  string   // the first token of the range's value, after its separator
}

// rangeIndex is every range record the model holds, and how many ranges
// share each value's first token.
type rangeIndex struct {
	ranges []heldRange
	share  map[string]int
}

// maxRangeCode is the largest code a range bound may be (a hexadecimal
// code of at most six digits).
const maxRangeCode = 0xFFFFFF

// rangeCode parses a token as a code a range may bound: four to six
// hexadecimal digits, upper case, at least one a decimal digit ("2E00",
// "1F9FF"; not "FACE" nor "cafe").
func rangeCode(body string) (uint64, bool) {
	if len(body) < 4 || len(body) > 6 || !strings.ContainsAny(body, "0123456789") {
		return 0, false
	}
	for _, r := range body {
		if !('0' <= r && r <= '9' || 'A' <= r && r <= 'F') {
			return 0, false
		}
	}
	v, err := strconv.ParseUint(body, 16, 32)
	return v, err == nil && v <= maxRangeCode
}

// buildRanges finds the ranges m holds: a code token written without a
// space before it (a line's start: a comment's "# @missing: 0000..10FFFF"
// is no record), held as a context with the two dots after it, and each
// code token no lower that the model has seen follow that context. Each
// range's value is the most frequent token after its most frequent
// separator.
func buildRanges(m *Model) *rangeIndex {
	ix := &rangeIndex{share: make(map[string]int)}
	dot, ok := m.ids["."]
	if !ok || m.hdr.Order < 4 {
		return ix
	}
	dh := m.hash[dot]
	for id, key := range m.vocab {
		lo, ok := rangeCode(key)
		if !ok {
			continue
		}
		ms := m.matches([]uint64{m.hash[id], dh, dh})
		if len(ms) == 0 || ms[len(ms)-1].k != 3 {
			continue
		}
		c := ms[len(ms)-1]
		t := &m.tables[3]
		for j := c.lo; j < c.hi; j++ {
			hiKey := m.vocab[t.next[j]]
			hi, ok := rangeCode(hiKey)
			if !ok || hi < lo {
				continue
			}
			r := heldRange{lo: lo, hi: hi, keys: []string{key, ".", ".", hiKey}}
			r.value = rangeValue(m, r.keys)
			ix.ranges = append(ix.ranges, r)
			if r.value != "" {
				ix.share[r.value]++
			}
		}
	}
	return ix
}

// rangeValue returns the first token of a range's value: the most
// frequent token after the most frequent token after the opening keys
// (its separator), or "" when the model holds neither.
func rangeValue(m *Model, keys []string) string {
	hist := make([]uint64, 0, len(keys)+1)
	for _, k := range keys {
		hist = append(hist, tokHash(k))
	}
	for step := 0; step < 2; step++ {
		ms := m.matches(tail(hist, m.hdr.Order-1))
		if len(ms) == 0 || ms[len(ms)-1].k < min(len(hist), m.hdr.Order-1) {
			return ""
		}
		c := ms[len(ms)-1]
		top := topByCount(m.tables[c.k].count, c.lo, c.hi, 1)
		if len(top) == 0 {
			return ""
		}
		id := m.tables[c.k].next[top[0]]
		if step == 1 {
			return m.vocab[id]
		}
		hist = append(hist, m.hash[id])
	}
	return ""
}

// containWords ask which span holds something ("Which block contains
// U+2448?", "Which block starts at U+1F650?"); so does "in" opening or
// closing the question ("In which block…", "What block is U+1F600 in?"),
// not "in" inside it ("What is U+2603 called in Unicode?").
var containWords = toSet(`contain contains containing include includes including belong belongs part hold holds holding cover covers covering span spans within inside start starts begin begins`)

// questionCodes returns the codes a question gives (see rangeCode), in
// order, when it also holds a word asking which span holds them; nil
// otherwise.
func questionCodes(q *question) []uint64 {
	var codes []uint64
	asks := false
	var words []string
	for _, t := range q.toks {
		body := t.Body(q.text)
		if v, ok := rangeCode(body); ok {
			codes = append(codes, v)
		}
		if classify(body).word {
			words = append(words, strings.ToLower(body))
		}
		asks = asks || containWords[strings.ToLower(body)]
	}
	if n := len(words); n > 0 && (words[0] == "in" || words[n-1] == "in") {
		asks = true
	}
	if !asks {
		return nil
	}
	return codes
}

// maxRangePrompts caps the range openings tried per question.
const maxRangePrompts = 2

// rangePrompts returns the openings of the ranges the model holds that
// contain every code the question gives, best first: the range whose
// value is most its own (the fewest other ranges share its first token:
// a block's name, not a property value a thousand rows repeat), then the
// narrowest.
func (g *Generator) rangePrompts(q *question) []prompt {
	codes := questionCodes(q)
	if len(codes) == 0 {
		return nil
	}
	g.rangesOnce.Do(func() { g.ranges = buildRanges(g.m) })
	var in []heldRange
	for _, r := range g.ranges.ranges {
		if r.value != "" && !slices.ContainsFunc(codes, func(c uint64) bool { return c < r.lo || c > r.hi }) {
			in = append(in, r)
		}
	}
	share := g.ranges.share
	slices.SortStableFunc(in, func(a, b heldRange) int {
		return cmp.Or(cmp.Compare(share[a.value], share[b.value]), cmp.Compare(a.hi-a.lo, b.hi-b.lo))
	})
	var out []prompt
	for i, r := range in[:min(len(in), maxRangePrompts)] {
		out = append(out, prompt{keys: slices.Clone(r.keys), score: float64(maxRangePrompts - i), ranged: true})
	}
	return out
}

// codeKeys returns the question's keys that are codes a range may bound.
func codeKeys(q *question) []string {
	var out []string
	for _, k := range questionKeys(q) {
		if _, ok := rangeCode(strings.TrimPrefix(k, " ")); ok {
			out = append(out, k)
		}
	}
	return out
}

// spanDot reports whether a dot, after the keys prev and prev2, is the
// first or second of a range's two dots ("2440..245F"): the dot follows
// a code a range may bound (or the first dot after one), and the model
// holds that code followed by two dots. It does not end a sentence
// there; the line's end ends the unit. A year before a sentence's full
// stop ("in 1911.") is no range the model holds.
func (g *Generator) spanDot(key, prev, prev2 string) bool {
	if key != "." {
		return false
	}
	code := prev
	if prev == "." {
		code = prev2
	}
	if _, ok := rangeCode(strings.TrimPrefix(code, " ")); !ok {
		return false
	}
	dot := tokHash(".")
	ms := g.m.matches([]uint64{tokHash(code), dot, dot})
	return len(ms) > 0 && ms[len(ms)-1].k == 3
}

// asksSpan reports whether the question asks for a range ("What range
// does the Kana Extended-A block cover?", "Which code point range…").
func asksSpan(q *question) bool {
	for _, t := range q.toks {
		if w := strings.ToLower(t.Body(q.text)); w == "range" || w == "ranges" {
			return true
		}
	}
	return false
}

// saysSpan reports whether keys state a range, "LO..HI".
func saysSpan(keys []string) bool {
	for i := 0; i+3 < len(keys); i++ {
		if keys[i+1] == "." && keys[i+2] == "." && isSpan(strings.TrimPrefix(keys[i], " ")+".."+keys[i+3]) {
			return true
		}
	}
	return false
}
