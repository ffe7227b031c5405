package rag

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/verbatim-rag/verbatim/generate"
	"github.com/verbatim-rag/verbatim/retrieve"
	"github.com/verbatim-rag/verbatim/verify"
)

// Config tunes answering; retrieval has its own retrieve.Config.
type Config struct {
	MaxTokens   int     `mapstructure:"max_tokens"`  // answer tokens, 0 for the generator's default
	Temperature float64 `mapstructure:"temperature"` // 0 decodes deterministically
	Seed        int64   `mapstructure:"seed"`        // sampling seed, used when temperature > 0
	CheckBare   bool    `mapstructure:"check_bare"`  // check bare answers against retrieved passages afterwards
	// Refusal is the one sentence a RAG answer is when the documents do
	// not hold the answer, whichever layer declined; "" is
	// generate.NotFound.
	Refusal string `mapstructure:"refusal"`
}

// DefaultConfig returns deterministic decoding with bare answers checked
// and generate.NotFound as the refusal.
func DefaultConfig() Config {
	return Config{Seed: 1, CheckBare: true, Refusal: generate.NotFound}
}

// refusal is the configured refusal sentence.
func (c Config) refusal() string {
	if strings.TrimSpace(c.Refusal) == "" {
		return generate.NotFound
	}
	return c.Refusal
}

// Searcher finds passages; *retrieve.Retriever is the real one.
type Searcher interface {
	Search(ctx context.Context, q retrieve.Query) ([]retrieve.Hit, error)
	Relevant(h retrieve.Hit) bool
}

// Pipeline answers questions with one generator.
type Pipeline struct {
	search Searcher
	gen    generate.Generator
	loc    verify.Locator
	cfg    Config
}

// New returns a Pipeline. loc resolves quoted sub-spans to lines and pages;
// it may be nil (citations then carry the whole passage's span).
func New(s Searcher, g generate.Generator, loc verify.Locator, cfg Config) *Pipeline {
	return &Pipeline{search: s, gen: g, loc: loc, cfg: cfg}
}

// Request is one question.
type Request struct {
	Question string
	Mode     generate.Mode
	Query    retrieve.Query     // K and filters; Text is set from Question
	Emit     func(delta string) // receives answer text as it is decoded, may be nil
}

// ErrEmptyQuestion is returned for a blank question.
var ErrEmptyQuestion = errors.New("rag: the question is empty")

// MaxQuestionBytes bounds a question, as the server's default
// max_question_bytes does: the built-in reader's work grows faster than
// the question's length (a 100 KB question ran for over ten minutes, deaf
// to Ctrl-C; 8 KB of one repeated word took 18 s, 4 KB 4.5 s), and a
// question of 600 words is long already.
const MaxQuestionBytes = 4096

// ErrLongQuestion is returned for a question over MaxQuestionBytes.
var ErrLongQuestion = errors.New("rag: the question is too long")

// CheckQuestion returns ErrEmptyQuestion for a blank question and
// ErrLongQuestion for one over MaxQuestionBytes; Ask checks with it, and
// a server can before it starts a stream.
func CheckQuestion(q string) error {
	if strings.TrimSpace(q) == "" {
		return ErrEmptyQuestion
	}
	if len(q) > MaxQuestionBytes {
		return fmt.Errorf("%w: %d bytes, at most %d: ask a question, not a document", ErrLongQuestion, len(q), MaxQuestionBytes)
	}
	return nil
}

// Ask answers one question in the request's mode.
func (p *Pipeline) Ask(ctx context.Context, req Request) (Answer, error) {
	if err := CheckQuestion(req.Question); err != nil {
		return Answer{}, err
	}
	if req.Mode == "" {
		req.Mode = generate.RAG
	}
	start := time.Now()
	ans := Answer{Question: req.Question, Mode: req.Mode, Generator: p.gen.Name(), Citations: []verify.Citation{}}
	var err error
	switch req.Mode {
	case generate.RAG:
		err = p.askRAG(ctx, req, &ans)
	case generate.Bare:
		err = p.askBare(ctx, req, &ans)
	default:
		err = fmt.Errorf("rag: unknown mode %q (want rag or bare)", req.Mode)
	}
	ans.Timings.Total = time.Since(start)
	return ans, err
}

func (p *Pipeline) retrieve(ctx context.Context, req Request) ([]generate.Source, []retrieve.Hit, error) {
	q := req.Query
	q.Text = req.Question
	hits, err := p.search.Search(ctx, q)
	if err != nil {
		return nil, nil, fmt.Errorf("rag: %w", err) // the retriever names itself
	}
	sources := make([]generate.Source, len(hits))
	for i, h := range hits {
		sources[i] = generate.Source{N: i + 1, Passage: h.Passage, Span: h.Span, Score: h.Score}
	}
	return sources, hits, nil
}

func (p *Pipeline) askRAG(ctx context.Context, req Request, ans *Answer) error {
	t := time.Now()
	sources, hits, err := p.retrieve(ctx, req)
	ans.Timings.Retrieve = time.Since(t)
	if err != nil {
		return err
	}
	ans.Sources = sources
	if len(hits) == 0 || (!p.search.Relevant(hits[0]) && !abstains(p.gen)) {
		ans.Abstained, ans.Text = true, p.cfg.refusal()
		if req.Emit != nil {
			req.Emit(ans.Text)
		}
		return nil
	}
	t = time.Now()
	out, err := p.gen.Generate(ctx, p.genRequest(req, sources), req.Emit)
	ans.Timings.Generate = time.Since(t)
	if err != nil {
		return fmt.Errorf("rag: generate: %w", err)
	}
	ans.Dropped, ans.Confidence = out.Dropped, out.Confidence
	t = time.Now()
	// Cite against what the model was shown: a marker pointing at a passage
	// dropped for lack of context room is not a citation.
	shown := out.Sources
	if shown == nil {
		shown = sources
	}
	text, cites, removed := verify.Cite(out, shown, p.loc)
	if declined := strings.TrimSpace(verify.StripMarkers(text)); declined == generate.NotFound || declined == p.cfg.refusal() {
		// The built-in reader declines with generate.NotFound, a chat
		// model with the refusal its prompt gave it: both read as the
		// configured refusal.
		text, cites = p.cfg.refusal(), []verify.Citation{}
	}
	ans.Text, ans.Citations, ans.Removed = text, cites, removed
	ans.Abstained = text == p.cfg.refusal() || verify.IsAbstention(text)
	if !ans.Abstained {
		ans.Checks = verify.CheckSupport(text, cites, shown)
	}
	ans.Timings.Check = time.Since(t)
	return nil
}

func (p *Pipeline) askBare(ctx context.Context, req Request, ans *Answer) error {
	t := time.Now()
	out, err := p.gen.Generate(ctx, p.genRequest(req, nil), req.Emit)
	ans.Timings.Generate = time.Since(t)
	if err != nil {
		return fmt.Errorf("rag: generate: %w", err)
	}
	ans.Text = verify.StripMarkers(out.Text)
	ans.Unverified = true
	ans.Abstained = verify.IsAbstention(ans.Text)
	if !ans.Abstained {
		ans.Degenerate = verify.Degenerate(ans.Text)
	}
	if !p.cfg.CheckBare || ans.Abstained {
		return nil
	}
	// Retrieval happens only now, after decoding: the model never sees it.
	t = time.Now()
	sources, _, err := p.retrieve(ctx, req)
	ans.Timings.Retrieve = time.Since(t)
	if errors.Is(err, retrieve.ErrEmptyQuery) {
		// A question of stop words only ("what is it?") has nothing to
		// search for: the model answered all the same, and the answer
		// stays, unchecked, rather than being lost to the check.
		return nil
	}
	if err != nil {
		return err
	}
	ans.Sources = sources
	t = time.Now()
	ans.Checks = verify.CheckAgainst(ans.Text, sources)
	ans.Timings.Check = time.Since(t)
	return nil
}

func (p *Pipeline) genRequest(req Request, sources []generate.Source) generate.Request {
	return generate.Request{
		Question:    req.Question,
		Mode:        req.Mode,
		Sources:     sources,
		MaxTokens:   p.cfg.MaxTokens,
		Temperature: p.cfg.Temperature,
		Seed:        p.cfg.Seed,
	}
}

// abstains reports whether g declines by itself when the passages do not
// answer (see generate.Abstainer).
func abstains(g generate.Generator) bool {
	a, ok := g.(generate.Abstainer)
	return ok && a.Abstains()
}
