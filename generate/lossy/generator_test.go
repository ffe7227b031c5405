package lossy

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/generate"
)

func trainFixture(t testing.TB, f *fixture, budget string) *Model {
	t.Helper()
	m, err := Train(context.Background(), TextSource(f.Entries...), Config{Budget: budget})
	require.NoError(t, err)
	return m
}

func TestRAGAccuracyAndCitations(t *testing.T) {
	for _, seed := range []uint64{11, 23} {
		f := makeFixture(seed, 25)
		g := New(trainFixture(t, f, "10%"), Config{})
		s := evalRAG(t, g, f, seed)
		acc, prec := float64(s.correct)/float64(s.n), float64(s.goodCites)/float64(max(s.cites, 1))
		t.Logf("seed %d: RAG accuracy %d/%d = %.3f, citation precision %d/%d = %.3f", seed, s.correct, s.n, acc, s.goodCites, s.cites, prec)
		for _, f := range s.failures {
			t.Log("  miss:", f)
		}
		assert.GreaterOrEqual(t, acc, 0.90)
		assert.GreaterOrEqual(t, prec, 0.95)
	}
}

func TestRAGAnswerIsShortCopy(t *testing.T) {
	f := makeFixture(5, 5)
	g := New(trainFixture(t, f, "10%"), Config{})
	srcs := []generate.Source{{N: 1, Passage: passageOf(f, 0)}, {N: 2, Passage: passageOf(f, 1)}}
	var deltas []string
	out, err := g.Generate(context.Background(), generate.Request{Question: f.QAs[0].Q, Mode: generate.RAG, Sources: srcs},
		func(d string) { deltas = append(deltas, d) })
	require.NoError(t, err)
	assert.Equal(t, out.Text, strings.Join(deltas, ""))
	assert.Contains(t, out.Text, f.QAs[0].Gold)
	assert.Less(t, len(out.Text), len(f.Entries[0]), "one sentence, not the passage")
	assert.Equal(t, "lossy", out.Model)
	require.NotEmpty(t, out.Copies)
	covered := 0
	for _, c := range out.Copies {
		assert.Equal(t, srcs[c.N-1].Passage.Text[c.PStart:c.PEnd], out.Text[c.Start:c.End])
		covered += c.End - c.Start
	}
	assert.Equal(t, len(out.Text), covered, "every byte of a RAG answer is copied")
}

func TestBareRejectsSources(t *testing.T) {
	f := makeFixture(5, 2)
	g := New(trainFixture(t, f, "10%"), Config{})
	_, err := g.Generate(context.Background(), generate.Request{Question: "Who?", Mode: generate.Bare,
		Sources: []generate.Source{{N: 1, Passage: passageOf(f, 0)}}}, nil)
	require.ErrorIs(t, err, ErrSourcesInBare)
	_, err = New(nil, Config{}).Generate(context.Background(), generate.Request{Question: "Who?", Mode: generate.Bare}, nil)
	require.ErrorIs(t, err, generate.ErrNoModel)
}

func TestDecodingIsReproducible(t *testing.T) {
	f := makeFixture(7, 10)
	g := New(trainFixture(t, f, "1MiB"), Config{})
	run := func(mode generate.Mode, temp float64, seed int64) string {
		req := generate.Request{Question: f.QAs[0].Q, Mode: mode, Temperature: temp, Seed: seed}
		if mode == generate.RAG {
			req.Sources = []generate.Source{{N: 1, Passage: passageOf(f, 0)}, {N: 2, Passage: passageOf(f, 4)}}
		}
		out, err := g.Generate(context.Background(), req, nil)
		require.NoError(t, err)
		return out.Text
	}
	for _, mode := range []generate.Mode{generate.Bare, generate.RAG} {
		assert.Equal(t, run(mode, 0, 1), run(mode, 0, 2), "greedy ignores the seed")
		assert.NotEmpty(t, run(mode, 0, 1))
		for seed := int64(0); seed < 5; seed++ {
			assert.Equal(t, run(mode, 1.5, seed), run(mode, 1.5, seed), "same seed, same answer")
		}
	}
	seen := map[string]bool{}
	for seed := int64(0); seed < 30; seed++ {
		seen[run(generate.Bare, 3, seed)] = true
	}
	assert.Greater(t, len(seen), 1, "sampling varies with the seed")
}

// TestBareSweep shows bare recall rising with the budget, and facts seen
// once going before facts repeated across entries.
func TestBareSweep(t *testing.T) {
	f := makeFixture(11, 12)
	budgets := []string{"6KiB", "8KiB", "12KiB", "16KiB", "24KiB", "1MiB"}
	var accs []float64
	t.Logf("%-6s %7s %9s %9s %7s", "budget", "size", "often", "once", "all")
	for i, b := range budgets {
		m := trainFixture(t, f, b)
		s := evalBare(t, New(m, Config{}), f, false)
		accs = append(accs, s.acc())
		often, once := float64(s.oftenOK)/float64(s.often), float64(s.onceOK)/float64(s.once)
		t.Logf("%-6s %7d %4d/%-4d %4d/%-4d %7.3f", b, m.Size(), s.oftenOK, s.often, s.onceOK, s.once, s.acc())
		if i == 0 {
			assert.Greater(t, often, once, "at the smallest budget frequent facts survive, facts seen once are lost")
		}
		if i > 0 {
			assert.GreaterOrEqual(t, accs[i], accs[i-1]-0.02, "accuracy does not fall as the budget grows")
		}
	}
	assert.Greater(t, accs[len(accs)-1], accs[0]+0.2)
}

func ExampleGenerator_Generate() {
	entries := []string{
		"Aldo Brenner (born 12 March 1911 in Tarvik) is a ship captain. He sailed the Kelvar for 31 years.",
		"Tarvik is a fishing town. It has a population of 4,210. The capital of Norland is Oskeby.",
	}
	m, err := Train(context.Background(), TextSource(entries...), Config{Budget: "64KiB"})
	if err != nil {
		panic(err)
	}
	g := New(m, DefaultConfig())
	var srcs []generate.Source
	for i, e := range entries {
		srcs = append(srcs, generate.Source{N: i + 1, Passage: passage(e)})
	}
	out, _ := g.Generate(context.Background(), generate.Request{
		Question: "What is the population of Tarvik?", Mode: generate.RAG, Sources: srcs}, nil)
	fmt.Println(out.Text)
	c := out.Copies[0]
	fmt.Printf("copied from source %d bytes %d-%d\n", c.N, c.PStart, c.PEnd)
	out, _ = g.Generate(context.Background(), generate.Request{Question: "When was Aldo Brenner born?", Mode: generate.Bare}, nil)
	fmt.Println(out.Text)
	// Output:
	// It has a population of 4,210.
	// copied from source 2 bytes 26-55
	// Aldo Brenner (born 12 March 1911 in Tarvik) is a ship captain.
}
