package compare

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/generate"
	"github.com/verbatim-rag/verbatim/rag"
	"github.com/verbatim-rag/verbatim/verify"
)

// fakeAsker returns canned answers keyed by question and mode.
type fakeAsker struct {
	answers map[string]map[generate.Mode]rag.Answer
	errs    map[string]error
	mu      sync.Mutex
	calls   int
}

func (f *fakeAsker) Ask(ctx context.Context, q string, m generate.Mode) (rag.Answer, error) {
	f.mu.Lock()
	f.calls++
	f.mu.Unlock()
	if err := ctx.Err(); err != nil {
		return rag.Answer{}, err
	}
	if err := f.errs[q+"/"+string(m)]; err != nil {
		return rag.Answer{}, err
	}
	a, ok := f.answers[q][m]
	if !ok {
		return rag.Answer{}, fmt.Errorf("no canned answer for %q in %s", q, m)
	}
	a.Question, a.Mode, a.Generator = q, m, "fake"
	return a, nil
}

// fakeCorpus counts from a table.
type fakeCorpus map[string]int

func (c fakeCorpus) CountContaining(_ context.Context, a string) (int, error) { return c[a], nil }

func src(n int, path string) generate.Source {
	return generate.Source{N: n, Passage: corpus.Passage{Path: "/data/" + path}, Span: corpus.Span{Path: "/data/" + path, LineStart: 1, LineEnd: 3}}
}

func cite(n int, quote string) verify.Citation {
	return verify.Citation{N: n, PassageID: fmt.Sprintf("p%d", n), Quote: quote, Span: corpus.Span{Path: "/data/x.md", LineStart: n, LineEnd: n}}
}

func ms(n int) rag.Timings { return rag.Timings{Total: time.Duration(n) * time.Millisecond} }

// handQuestions and handAnswers are the case whose figures are computed by
// hand in TestRunHandComputed.
var handQuestions = []Question{
	{ID: "q1", Question: "When was Velmora founded?", Answers: []string{"1214"}, Source: "entries/a.md"},
	{ID: "q2", Question: "Who designed the bridge?", Answers: []string{"Ilse Korrander"}, Source: "entries/b.md"},
	{ID: "q3", Question: "How long is the span?", Answers: []string{"412"}, Source: "entries/c.md"},
	{ID: "q4", Question: "When was the zoo founded?", Answers: []string{}},
	{ID: "q5", Question: "Who was the second president?", Answers: []string{}},
}

func handAsker() *fakeAsker {
	R, B := generate.RAG, generate.Bare
	return &fakeAsker{answers: map[string]map[generate.Mode]rag.Answer{
		"When was Velmora founded?": {
			R: {Text: "Founded in 1214 [1].", Timings: ms(10),
				Citations: []verify.Citation{cite(1, "founded in 1214 by Duke Orvel")},
				Checks:    []verify.Check{{Sentence: "Founded in 1214 [1].", Facts: []string{"1214"}, Cites: []int{1}, Supported: true}},
				Sources:   []generate.Source{src(1, "entries/a.md"), src(2, "entries/x.md")}},
			B: {Text: "It was founded in 1215.", Timings: ms(1), Unverified: true},
		},
		"Who designed the bridge?": {
			R: {Text: "It was designed by Ilse Korrander [1][2].", Timings: ms(20),
				Citations: []verify.Citation{cite(1, "designed by the engineer Ilse Korrander"), cite(2, "an unrelated passage")},
				Checks:    []verify.Check{{Facts: []string{"Ilse Korrander"}, Cites: []int{1, 2}, Supported: true}},
				Sources:   []generate.Source{src(1, "entries/x.md"), src(2, "entries/b.md")}},
			B: {Text: "Ilse Korrander designed it.", Timings: ms(2)},
		},
		"How long is the span?": {
			R: {Text: "The span is 1412 metres [1].", Timings: ms(30),
				Citations: []verify.Citation{cite(1, "a span of 412 metres")},
				Checks:    []verify.Check{{Facts: []string{"1412"}, Cites: []int{1}, Missing: []string{"1412"}}},
				Sources:   []generate.Source{src(1, "entries/y.md"), src(2, "entries/z.md")}},
			B: {Text: "I do not know.", Abstained: true, Timings: ms(3)},
		},
		"When was the zoo founded?": {
			R: {Text: "The documents do not contain the answer.", Abstained: true, Timings: ms(40)},
			B: {Text: "In 1900.", Timings: ms(4)},
		},
		"Who was the second president?": {
			R: {Text: "It opened in 1901.", Timings: ms(50),
				Checks:  []verify.Check{{Facts: []string{"1901"}, Uncited: true}},
				Sources: []generate.Source{src(1, "entries/a.md")}},
			B: {Text: "I cannot say.", Abstained: true, Timings: ms(5)},
		},
	}}
}

var handCorpus = fakeCorpus{"1214": 1, "Ilse Korrander": 5, "412": 2}

func TestRunHandComputed(t *testing.T) {
	rep, err := Run(context.Background(), Options{Seed: 7}, handAsker(), handCorpus, handQuestions)
	require.NoError(t, err)
	assert.Equal(t, "fake", rep.Generator)
	assert.Equal(t, []int{5, 3, 2}, []int{rep.Questions, rep.Answerable, rep.Unanswerable})

	g, ok := rep.Summary(generate.RAG)
	require.True(t, ok)
	assert.Equal(t, Ratio{2, 3}, g.Accuracy)
	assert.Equal(t, Ratio{0, 3}, g.Abstention)
	assert.Equal(t, Ratio{1, 3}, g.Hallucination)
	assert.Equal(t, Ratio{1, 2}, g.NegativeRejection)
	assert.Equal(t, Ratio{2, 4}, g.AnsweredWrong)     // q3 and q5 of q1, q2, q3, q5
	assert.Equal(t, Ratio{2, 4}, g.CitationPrecision) // q1 [1] ok; q2 [1] ok, [2] holds no fact; q3 unsupported
	assert.Equal(t, Ratio{2, 4}, g.CitationRecall)    // q1, q2 of the fact sentences of q1, q2, q3, q5
	assert.Equal(t, []HitAt{{1, Ratio{1, 3}}, {3, Ratio{2, 3}}, {5, Ratio{2, 3}}, {10, Ratio{2, 3}}}, g.HitAt)
	assert.Equal(t, Mean{Sum: 1.5, N: 3}, g.MRR) // (1 + 1/2 + 0) / 3
	assert.Equal(t, 30*time.Millisecond, g.P50)
	assert.Equal(t, 50*time.Millisecond, g.P95)

	b, ok := rep.Summary(generate.Bare)
	require.True(t, ok)
	assert.Equal(t, Ratio{1, 3}, b.Accuracy)
	assert.Equal(t, Ratio{1, 3}, b.Abstention)
	assert.Equal(t, Ratio{1, 3}, b.Hallucination)
	assert.Equal(t, Ratio{1, 2}, b.NegativeRejection)
	assert.Equal(t, Ratio{2, 3}, b.AnsweredWrong)
	assert.Equal(t, Ratio{}, b.CitationPrecision)
	assert.Equal(t, Ratio{}, b.CitationRecall)
	assert.Equal(t, Ratio{}, b.HitAt[0].Hit, "no sources in bare mode: no retrieval figures")
	assert.Equal(t, Mean{}, b.MRR)
	assert.Equal(t, 3*time.Millisecond, b.P50)

	require.NotNil(t, rep.Outcomes)
	assert.Equal(t, OutcomeCounts{BothRight: 1, RAGFixed: 2, RAGBroke: 1, BothWrong: 1}, *rep.Outcomes)
	outcomes := []Outcome{}
	for _, r := range rep.Records {
		outcomes = append(outcomes, r.Outcome)
	}
	assert.Equal(t, []Outcome{RAGFixed, BothRight, BothWrong, RAGFixed, RAGBroke}, outcomes)

	fc := rep.Frequency
	assert.Equal(t, Ratio{1, 3}, fc.OnceSeen)
	require.Len(t, fc.Buckets, 4, "the empty 0 bucket is left out")
	want := []struct {
		label     string
		n         int
		rag, bare Ratio
	}{{"1", 1, Ratio{1, 1}, Ratio{0, 1}}, {"2–3", 1, Ratio{0, 1}, Ratio{0, 1}}, {"4–10", 1, Ratio{1, 1}, Ratio{1, 1}}, {">10", 0, Ratio{}, Ratio{}}}
	for i, w := range want {
		bk := fc.Buckets[i]
		assert.Equal(t, w.label, bk.Label)
		assert.Equal(t, w.n, bk.Questions, w.label)
		assert.Equal(t, w.rag, bk.Accuracy[generate.RAG], w.label)
		assert.Equal(t, w.bare, bk.Accuracy[generate.Bare], w.label)
	}
	assert.Equal(t, []int{1, 5, 2, -1, -1}, []int{rep.Records[0].Frequency, rep.Records[1].Frequency, rep.Records[2].Frequency, rep.Records[3].Frequency, rep.Records[4].Frequency})
	r2 := rep.Records[1].Results[generate.RAG]
	assert.Equal(t, 2, r2.Rank)
	assert.Equal(t, CitationScore{Sentences: 1, Supported: 1, Cites: 2, Correct: 1}, r2.Cite)
}

func TestRunParallelIsDeterministic(t *testing.T) {
	var calls []int
	one, err := Run(context.Background(), Options{Parallel: 1}, handAsker(), handCorpus, handQuestions)
	require.NoError(t, err)
	four, err := Run(context.Background(), Options{Parallel: 4, Progress: func(done, total int) {
		assert.Equal(t, 10, total)
		calls = append(calls, done)
	}}, handAsker(), handCorpus, handQuestions)
	require.NoError(t, err)
	assert.Equal(t, []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, calls)
	four.Settings.Parallel = 1
	var a, b bytes.Buffer
	require.NoError(t, one.WriteJSON(&a))
	require.NoError(t, four.WriteJSON(&b))
	assert.Equal(t, a.String(), b.String())
}

func TestRunErrorsAndModes(t *testing.T) {
	asker := handAsker()
	asker.errs = map[string]error{"Who designed the bridge?/rag": errors.New("model crashed")}
	rep, err := Run(context.Background(), Options{Modes: []generate.Mode{generate.RAG}}, asker, nil, handQuestions)
	require.NoError(t, err)
	g, _ := rep.Summary(generate.RAG)
	assert.Equal(t, 1, g.Errors)
	assert.Equal(t, Ratio{1, 2}, g.Accuracy, "the failed question is left out")
	assert.Equal(t, "model crashed", rep.Records[1].Results[generate.RAG].Error)
	assert.Nil(t, rep.Outcomes, "one mode: no outcome classes")
	_, ok := rep.Summary(generate.Bare)
	assert.False(t, ok)
	assert.Equal(t, Ratio{}, rep.Frequency.OnceSeen, "no corpus: no curve")

	_, err = Run(context.Background(), Options{Modes: []generate.Mode{"fancy"}}, asker, nil, handQuestions)
	assert.ErrorIs(t, err, ErrBadOption)
}

func TestRunCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := Run(ctx, Options{}, handAsker(), nil, handQuestions)
	assert.ErrorIs(t, err, context.Canceled)
}

func TestRunLatencyFallsBackToWallTime(t *testing.T) {
	asker := handAsker()
	a := asker.answers["When was Velmora founded?"][generate.Bare]
	a.Timings = rag.Timings{}
	asker.answers["When was Velmora founded?"][generate.Bare] = a
	tick := time.Unix(0, 0)
	now := func() time.Time { tick = tick.Add(7 * time.Millisecond); return tick }
	rep, err := Run(context.Background(), Options{Modes: []generate.Mode{generate.Bare}, Limit: 1, Now: now}, asker, nil, handQuestions)
	require.NoError(t, err)
	assert.Equal(t, 7*time.Millisecond, rep.Records[0].Results[generate.Bare].Latency)
}

func TestSelect(t *testing.T) {
	ids := func(qs []Question) []string {
		out := []string{}
		for _, q := range qs {
			out = append(out, q.ID)
		}
		return out
	}
	tests := []struct {
		name string
		opts Options
		want []string
	}{
		{"all", Options{}, []string{"q1", "q2", "q3", "q4", "q5"}},
		{"limit", Options{Limit: 2}, []string{"q1", "q2"}},
		{"ids", Options{Filter: Filter{IDs: []string{"q4", "q2"}}}, []string{"q2", "q4"}},
		{"source", Options{Filter: Filter{Source: "b.md"}}, []string{"q2"}},
		{"contains", Options{Filter: Filter{Contains: "FOUNDED"}}, []string{"q1", "q4"}},
		{"answerable", Options{Filter: Filter{Kind: "answerable"}, Limit: 2}, []string{"q1", "q2"}},
		{"unanswerable", Options{Filter: Filter{Kind: "unanswerable"}}, []string{"q4", "q5"}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, ids(Select(handQuestions, tt.opts)), tt.name)
	}
	s1 := ids(Select(handQuestions, Options{Limit: 3, Sample: true, Seed: 3}))
	s2 := ids(Select(handQuestions, Options{Limit: 3, Sample: true, Seed: 3}))
	assert.Equal(t, s1, s2, "a seeded sample is reproducible")
	assert.Len(t, s1, 3)
	assert.IsIncreasing(t, s1, "in file order")
}

func TestParseModes(t *testing.T) {
	m, err := ParseModes("bare, RAG,bare")
	require.NoError(t, err)
	assert.Equal(t, []generate.Mode{generate.Bare, generate.RAG}, m)
	m, err = ParseModes("both")
	require.NoError(t, err)
	assert.Equal(t, []generate.Mode{generate.RAG, generate.Bare}, m)
	_, err = ParseModes("rag,llm")
	assert.ErrorIs(t, err, ErrBadOption)
}
