package lossy

import (
	"context"
	"errors"
	"fmt"
	"math"

	"github.com/verbatim-rag/verbatim/generate"
)

// ErrSourcesInBare is returned when a Bare request carries sources: bare
// mode reads nothing but the model's own bytes.
var ErrSourcesInBare = errors.New("lossy: bare mode takes no sources")

// Generator decodes answers with a Model; it implements generate.Generator.
type Generator struct {
	m   *Model
	cfg Config
}

var _ generate.Generator = (*Generator)(nil)

// New returns a generator decoding with m (nil gives generate.ErrNoModel on
// every request).
func New(m *Model, cfg Config) *Generator {
	return &Generator{m: m, cfg: cfg.withDefaults()}
}

// Name identifies the generator in reports.
func (g *Generator) Name() string { return "lossy" }

// Generate answers one question. In RAG mode it copies from the request's
// sources, mixing the copy distribution with the model's own, and reports
// every copied byte range; in Bare mode it decodes from the model alone.
func (g *Generator) Generate(ctx context.Context, req generate.Request, emit func(string)) (generate.Output, error) {
	if g.m == nil {
		return generate.Output{}, generate.ErrNoModel
	}
	q := analyze(req.Question, g.m.idfFunc())
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
		err = g.rag(ctx, q, req.Sources, a, smp, maxTok)
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
	out := generate.Output{Text: a.b.String(), Copies: a.copies, AnswerTokens: a.tokens, Model: g.Name(), PromptTokens: len(q.toks)}
	for _, s := range req.Sources {
		out.PromptTokens += len(Tokenize(s.Passage.Text))
	}
	return out, nil
}

// rag copies the answer from the sources: it starts at the sentence that
// best matches the question and follows copy pointers, each step mixing
// P = λ·P_copy + (1-λ)·P_model over the tokens the pointers propose. When
// a who or which question's best sentence names nothing new ("She married
// him in 1821") and its passage's first sentence does, that sentence is
// copied first (see lead).
func (g *Generator) rag(ctx context.Context, q *question, sources []generate.Source, a *answer, smp *sampler, maxTok int) error {
	srcs := make([]*source, len(sources))
	var spans []span
	common := g.m.common
	for i, s := range sources {
		srcs[i] = prepare(s, i, common)
		for _, sp := range srcs[i].spans {
			sp.score = scoreSpan(q, srcs[i], sp, i)
			spans = append(spans, sp)
		}
	}
	if len(spans) == 0 {
		return nil
	}
	if top := bestSpan(spans); !srcs[top.src].binds(q, top) {
		a.write(generate.Abstention)
		return nil
	}
	w := make([]float64, len(spans))
	best := spans[0].score
	for _, sp := range spans {
		best = max(best, sp.score)
	}
	for i, sp := range spans {
		w[i] = math.Exp((sp.score - best) / 2)
	}
	sp := spans[smp.pick(w)]
	sp = clip(q, srcs[sp.src], sp, sp.src)
	for _, t := range q.toks {
		a.hist = append(a.hist, tokHash(t.Key(q.text)))
	}
	sentences := g.cfg.MaxSentences
	if lead, ok := leadFor(q, srcs[sp.src], sp); ok && sentences >= 2 {
		if err := g.copyLoop(ctx, q, srcs, lead, a, smp, maxTok, 1, false); err != nil {
			return err
		}
		if !a.lastEndsSentence() {
			return nil
		}
		sentences--
	}
	return g.copyLoop(ctx, q, srcs, sp, a, smp, maxTok, sentences, true)
}

// leadFor returns the first sentence of sp's passage when a who or which
// question's sentence sp names nothing new and that first sentence does.
func leadFor(q *question, s *source, sp span) (span, bool) {
	if !(q.atype == nameType || (q.which && q.atype == anyType)) || s.opening < 0 || s.newName(q, sp) {
		return span{}, false
	}
	lead := s.spans[s.opening]
	if lead.start >= sp.start || !s.newName(q, lead) {
		return span{}, false
	}
	return lead, true
}

// copyLoop decodes by copying from the start of sp until the answer holds
// what the question asks (when stopEarly) or maxSent sentences, sp's
// clipped end, or the end of the passage's line.
func (g *Generator) copyLoop(ctx context.Context, q *question, srcs []*source, sp span, a *answer, smp *sampler, maxTok, maxSent int, stopEarly bool) error {
	cur := pointer{src: sp.src, pos: sp.start, weight: math.E}
	var keys []string
	sentences := 0
	if a.b.Len() > 0 && srcs[sp.src].toks[sp.start].Lead == 0 {
		a.write(" ")
	}
	for a.tokens < maxTok {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("lossy: generate: %w", err)
		}
		ptrs := copyPointers(srcs, keys, cur)
		cands, from := g.mix(srcs, ptrs, a.hist)
		if len(cands) == 0 {
			return nil
		}
		i := smp.pick(cands)
		p := from[i]
		a.addCopy(srcs[p.src], p.pos)
		keys = append(keys, srcs[p.src].keys[p.pos])
		run := 1
		if p.src == cur.src && p.pos == cur.pos {
			run = int(math.Log(cur.weight)) + 1
		}
		cur = pointer{src: p.src, pos: p.pos + 1, weight: math.Exp(float64(min(run, 8) + 1))}
		if sp.clipped && p.src == sp.src && p.pos+1 == sp.end {
			return nil
		}
		if a.lastEndsSentence() {
			sentences++
			if sentences >= maxSent || (stopEarly && a.satisfies(q)) {
				return nil
			}
		}
	}
	return nil
}

// mix returns the candidate next tokens the pointers propose, weighted by
// λ·P_copy + (1-λ)·P_model, and for each the heaviest pointer proposing it.
// Pointers past the end of a line propose nothing.
func (g *Generator) mix(srcs []*source, ptrs []pointer, hist []uint64) ([]float64, []pointer) {
	idx := make(map[string]int)
	var pc []float64
	var from []pointer
	total := 0.0
	for _, p := range ptrs {
		s := srcs[p.src]
		if p.pos >= len(s.keys) || s.keys[p.pos] == "\n" || s.toks[p.pos].Body(s.text) == "" {
			continue
		}
		k := s.keys[p.pos]
		i, ok := idx[k]
		if !ok {
			i = len(pc)
			idx[k] = i
			pc = append(pc, 0)
			from = append(from, p)
		}
		pc[i] += p.weight
		total += p.weight
		if p.weight > from[i].weight {
			from[i] = p
		}
	}
	ms := g.m.matches(tail(hist, g.m.hdr.Order-1))
	lambda := g.cfg.Lambda
	for k, i := range idx {
		pm := 0.0
		if id, ok := g.m.ids[k]; ok {
			pm = g.m.prob(ms, int(id))
		}
		pc[i] = lambda*pc[i]/total + (1-lambda)*pm
	}
	return pc, from
}

func tail(h []uint64, n int) []uint64 {
	return h[max(0, len(h)-n):]
}
