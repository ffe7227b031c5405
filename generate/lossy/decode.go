package lossy

import (
	"github.com/verbatim-rag/verbatim/english"
	"math"
	"math/rand/v2"
	"strings"

	"github.com/verbatim-rag/verbatim/generate"
)

// sampler picks among weighted candidates: the heaviest (first on ties) at
// temperature 0, otherwise at random from the weights sharpened or
// flattened by the temperature, reproducibly for a seed.
type sampler struct {
	temp float64
	rng  *rand.Rand
}

func newSampler(temp float64, seed int64) *sampler {
	s := &sampler{temp: temp}
	if temp > 0 {
		s.rng = rand.New(rand.NewPCG(uint64(seed), uint64(seed)^0x9e3779b97f4a7c15))
	}
	return s
}

// pick returns the index of the chosen weight (weights are probabilities or
// any positive scores), or -1 when there is none.
func (s *sampler) pick(w []float64) int {
	best := -1
	for i, x := range w {
		if x > 0 && (best < 0 || x > w[best]) {
			best = i
		}
	}
	if s.rng == nil || best < 0 {
		return best
	}
	sum := 0.0
	p := make([]float64, len(w))
	for i, x := range w {
		if x > 0 {
			p[i] = math.Exp(math.Log(x/w[best]) / s.temp)
			sum += p[i]
		}
	}
	r := s.rng.Float64() * sum
	for i, x := range p {
		if r < x {
			return i
		}
		r -= x
	}
	return best
}

// endsSentence reports whether the token body closes a sentence, given the
// bodies of the two tokens before it (see english.DotEndsSentence; what
// follows is not decoded yet, so "e.g." does not end one).
func endsSentence(body, prev, prev2 string) bool {
	switch body {
	case "!", "?":
		return true
	case ".":
		return english.DotEndsSentence(strings.TrimSpace(prev2), strings.TrimSpace(prev), 'x', false)
	}
	return false
}

// answer accumulates decoded text, its provenance and the deltas emitted.
type answer struct {
	b       strings.Builder
	copies  []generate.Copy
	emit    func(string)
	tokens  int
	bodies  []string
	classes []tokenClass
	hist    []uint64 // token hashes fed to the model
	space   bool     // a newline was decoded: the next token needs a space

	confidence *float64 // rag: the reader's confidence in what it copied, or in the unit it declined to copy
}

func (a *answer) write(s string) {
	a.b.WriteString(s)
	if a.emit != nil && s != "" {
		a.emit(s)
	}
}

func (a *answer) note(key, body string) {
	a.noteClass(key, body, classify(body))
}

// noteClass records a token whose class is known (a copied token keeps
// the class its source gave it).
func (a *answer) noteClass(key, body string, c tokenClass) {
	a.tokens++
	a.bodies = append(a.bodies, body)
	a.classes = append(a.classes, c)
	a.hist = append(a.hist, tokHash(key))
}

// addModel appends a token the model produced.
func (a *answer) addModel(key string) {
	body := strings.TrimPrefix(key, " ")
	if key == "\n" {
		a.space = true
		a.hist = append(a.hist, tokHash(key))
		return
	}
	switch {
	case a.b.Len() == 0:
		a.write(body)
	case a.space && body == key:
		a.write(" " + key)
	default:
		a.write(key)
	}
	a.space = false
	a.note(key, body)
}

// lastEndsSentence reports whether the answer's last token closes a sentence.
func (a *answer) lastEndsSentence() bool {
	n := len(a.bodies)
	if n == 0 {
		return false
	}
	prev, prev2 := "", ""
	if n > 1 {
		prev = a.bodies[n-2]
	}
	if n > 2 {
		prev2 = a.bodies[n-3]
	}
	return endsSentence(a.bodies[n-1], prev, prev2)
}

// satisfied is the strength (see answerType.strength) of a token that
// answers the question well enough to stop after its sentence.
const satisfied = 0.75

// satisfies reports whether the answer holds a token of the type the
// question asks for that the question itself does not contain.
func (a *answer) satisfies(q *question) bool {
	if q.atype == anyType {
		return true
	}
	for i, c := range a.classes {
		if q.letters > 0 {
			// A code of the length asked ("the three-letter code" is
			// "ISL", not "352" nor "IS"), in capitals or not (ISO
			// 639's "por"); a stop word only in capitals ("IT").
			if c.letters == q.letters && (c.code || !english.IsStopword(c.stem)) && !q.mentions(c.stem) {
				return true
			}
			continue
		}
		if q.atype.strength(a.classes, i) >= satisfied && !q.mentions(c.stem) {
			return true
		}
	}
	return false
}

// mentions reports whether the question contains a word with this stem.
func (q *question) mentions(st string) bool {
	for _, w := range q.words {
		if sameWord(w.stem, st) {
			return true
		}
	}
	return false
}
