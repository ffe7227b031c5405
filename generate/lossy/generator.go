package lossy

import (
	"context"
	"errors"
	"fmt"
	"github.com/verbatim-rag/verbatim/english"
	"sync"

	"github.com/verbatim-rag/verbatim/generate"
	answerreader "github.com/verbatim-rag/verbatim/generate/reader"
)

// ErrSourcesInBare is returned when a Bare request carries sources: bare
// mode reads nothing but the model's own bytes.
var ErrSourcesInBare = errors.New("lossy: bare mode takes no sources")

// Generator decodes answers with a Model; it implements generate.Generator.
type Generator struct {
	m   *Model
	cfg Config

	predsOnce sync.Once
	preds     *preds // the model's bigrams read backwards, built at the first bare question

	rangesOnce sync.Once
	ranges     *rangeIndex // the range records the model holds, built at the first question giving a code in a span

	// readFn stands in for the reader in tests; nil: the reader.
	readFn func(question string, sources []generate.Source) answerreader.Answer
}

var _ generate.Generator = (*Generator)(nil)

// New returns a generator decoding with m (nil gives generate.ErrNoModel on
// every request).
func New(m *Model, cfg Config) *Generator {
	return &Generator{m: m, cfg: cfg.withDefaults()}
}

// Abstains reports that the generator declines by itself in RAG mode:
// its reader answers only above a calibrated confidence.
func (g *Generator) Abstains() bool { return true }

// Name identifies the generator in reports.
func (g *Generator) Name() string { return "lossy" }

// Generate answers one question. In RAG mode it copies from the request's
// sources, mixing the copy distribution with the model's own, and reports
// every copied byte range; in Bare mode it decodes from the model alone.
func (g *Generator) Generate(ctx context.Context, req generate.Request, emit func(string)) (generate.Output, error) {
	if g.m == nil {
		return generate.Output{}, generate.ErrNoModel
	}
	q := analyze(req.Question, g.m.IDF())
	a := &answer{emit: emit}
	smp := newSampler(req.Temperature, req.Seed)
	maxTok := req.MaxTokens
	if maxTok <= 0 {
		maxTok = g.cfg.MaxTokens
	}
	if maxTok > MaxTokensLimit {
		return generate.Output{}, fmt.Errorf("%w: max_tokens %d is over the built-in model's limit of %d", ErrTooManyTokens, maxTok, MaxTokensLimit)
	}
	var err error
	switch req.Mode {
	case generate.RAG:
		err = g.read(ctx, req, a)
	case generate.Bare:
		if len(req.Sources) > 0 {
			return generate.Output{}, ErrSourcesInBare
		}
		err = g.bare(ctx, q, a, smp, maxTok)
	default:
		err = fmt.Errorf("lossy: unknown mode %q", req.Mode)
	}
	if err != nil {
		return generate.Output{}, err
	}
	out := generate.Output{Text: a.b.String(), Copies: a.copies, AnswerTokens: a.tokens, Model: g.Name(), PromptTokens: len(q.toks), Confidence: a.confidence}
	for _, s := range req.Sources {
		out.PromptTokens += len(english.Tokenize(s.Passage.Text))
	}
	return out, nil
}

func tail(h []uint64, n int) []uint64 {
	return h[max(0, len(h)-n):]
}

// read answers from the request's sources with the reader: whole copied
// units, each byte's provenance recorded, or the abstention when the
// reader declines.
func (g *Generator) read(ctx context.Context, req generate.Request, a *answer) error {
	ans, err := g.readCtx(ctx, req)
	if err != nil {
		return err
	}
	a.confidence = &ans.Confidence
	if ans.Declined() {
		a.write(generate.NotFound)
		return nil
	}
	byN := make(map[int]generate.Source, len(req.Sources))
	for _, s := range req.Sources {
		byN[s.N] = s
	}
	for i, p := range ans.Pieces {
		if i > 0 {
			a.write(" ")
		}
		text := byN[p.N].Passage.Text[p.Start:p.End]
		start := a.b.Len()
		a.write(text)
		a.copies = append(a.copies, generate.Copy{Start: start, End: a.b.Len(), N: p.N, PStart: p.Start, PEnd: p.End})
		a.tokens += len(english.Tokenize(text))
	}
	return nil
}

// readCtx runs the reader, given up when ctx ends: the reader does not
// watch a context, and a long question kept it busy for seconds (4 KB of
// one repeated word: about 4 s, with SIGTERM waiting and the answer then
// printed). The reader goes on in the background until it is done; a
// panic in it is raised again here, where it would have been raised.
func (g *Generator) readCtx(ctx context.Context, req generate.Request) (answerreader.Answer, error) {
	if err := ctx.Err(); err != nil {
		return answerreader.Answer{}, fmt.Errorf("lossy: generate: %w", err)
	}
	type result struct {
		ans answerreader.Answer
		p   any
	}
	done := make(chan result, 1)
	go func() {
		var r result
		defer func() {
			r.p = recover()
			done <- r
		}()
		if g.readFn != nil {
			r.ans = g.readFn(req.Question, req.Sources)
		} else {
			r.ans = answerreader.New(g.m.IDF()).Read(req.Question, req.Sources)
		}
	}()
	select {
	case r := <-done:
		if r.p != nil {
			panic(r.p)
		}
		return r.ans, nil
	case <-ctx.Done():
		return answerreader.Answer{}, fmt.Errorf("lossy: generate: %w", ctx.Err())
	}
}

// Explain describes how the reader reads question against sources: its
// analysis of the question, its best units with their signals and its
// confidence (see reader.Reader.Explain).
func (g *Generator) Explain(question string, sources []generate.Source) string {
	if g.m == nil {
		return ""
	}
	return answerreader.New(g.m.IDF()).Explain(question, sources, 5)
}
