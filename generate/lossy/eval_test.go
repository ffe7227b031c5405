package lossy

import (
	"context"
	"encoding/binary"
	"fmt"
	"github.com/verbatim-rag/verbatim/english"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/generate"
)

// containsTokens reports whether gold appears in text as a whole token
// sequence.
func containsTokens(text, gold string) bool {
	tt, gt := bodies(text), bodies(gold)
	for i := 0; i+len(gt) <= len(tt); i++ {
		ok := true
		for j := range gt {
			if tt[i+j] != gt[j] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

func bodies(s string) []string {
	var out []string
	for _, t := range english.Tokenize(s) {
		if b := t.Body(s); b != "" {
			out = append(out, b)
		}
	}
	return out
}

func passageOf(f *fixture, i int) corpus.Passage {
	id := fmt.Sprintf("doc%d", i)
	return corpus.Passage{ID: corpus.PassageID(id, 0), DocID: id, Path: "/ref/" + id + ".md",
		Title: f.Titles[i], End: len(f.Entries[i]), Text: f.Entries[i]}
}

// retrieved simulates retrieval: the gold entry among two distractors of
// the same kind, at a random rank.
func retrieved(f *fixture, q qa, r *rand.Rand) []generate.Source {
	idx := []int{q.Entry}
	for len(idx) < 3 {
		j := r.IntN(len(f.Entries))
		if f.Kinds[j] == f.Kinds[q.Entry] && j != q.Entry && !slicesContains(idx, j) {
			idx = append(idx, j)
		}
	}
	r.Shuffle(len(idx), func(a, b int) { idx[a], idx[b] = idx[b], idx[a] })
	var srcs []generate.Source
	for n, i := range idx {
		srcs = append(srcs, generate.Source{N: n + 1, Passage: passageOf(f, i)})
	}
	return srcs
}

func slicesContains(s []int, v int) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

type ragScore struct {
	n, correct, cites, goodCites int
	failures                     []string
}

func evalRAG(t testing.TB, g *Generator, f *fixture, seed uint64) ragScore {
	r := rand.New(rand.NewPCG(seed, 1))
	var s ragScore
	for _, q := range f.QAs {
		srcs := retrieved(f, q, r)
		out, err := g.Generate(context.Background(), generate.Request{Question: q.Q, Mode: generate.RAG, Sources: srcs}, nil)
		require.NoError(t, err)
		s.n++
		ok := containsTokens(out.Text, q.Gold)
		if ok {
			s.correct++
		} else {
			s.failures = append(s.failures, fmt.Sprintf("%q gold %q got %q", q.Q, q.Gold, out.Text))
		}
		for _, c := range out.Copies {
			require.Equal(t, srcs[c.N-1].Passage.Text[c.PStart:c.PEnd], out.Text[c.Start:c.End])
			s.cites++
			if containsTokens(srcs[c.N-1].Passage.Text, q.Gold) {
				s.goodCites++
			}
		}
	}
	return s
}

type bareScore struct{ often, oftenOK, once, onceOK int }

func (b bareScore) acc() float64 {
	return float64(b.oftenOK+b.onceOK) / float64(max(1, b.often+b.once))
}

func evalBare(t testing.TB, g *Generator, f *fixture, show bool) bareScore {
	var s bareScore
	seen := map[string]bool{}
	for _, q := range f.QAs {
		if seen[q.Q] {
			continue
		}
		seen[q.Q] = true
		out, err := g.Generate(context.Background(), generate.Request{Question: q.Q, Mode: generate.Bare}, nil)
		require.NoError(t, err)
		ok := containsTokens(out.Text, q.Gold)
		if show {
			t.Logf("%v %q -> %q (gold %q)", ok, q.Q, out.Text, q.Gold)
		}
		if q.Often {
			s.often++
			if ok {
				s.oftenOK++
			}
		} else {
			s.once++
			if ok {
				s.onceOK++
			}
		}
	}
	return s
}

func passage(text string) corpus.Passage {
	return corpus.Passage{ID: "x-0", DocID: "x", Text: text, End: len(text)}
}

func reqFor(f *fixture, q qa, mode string) generate.Request {
	if mode == "bare" {
		return generate.Request{Question: q.Q, Mode: generate.Bare}
	}
	r := rand.New(rand.NewPCG(uint64(q.Entry), 2))
	return generate.Request{Question: q.Q, Mode: generate.RAG, Sources: retrieved(f, q, r)}
}

func mathFloat(b []byte) float64 {
	return math.Float64frombits(binary.LittleEndian.Uint64(b))
}
