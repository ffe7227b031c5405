package generate

import "fmt"

// Packed is a request fitted into the context budget.
type Packed struct {
	Request      Request   // the request with only the kept sources, their numbers unchanged
	Messages     []Message // the rendered prompt
	Dropped      []Source  // sources left out for lack of room, in the order given
	PromptTokens int       // estimated tokens of Messages
	Budget       int       // tokens the prompt may take: context minus the answer reservation
}

// answerTokens is the reservation for the answer of req.
func (b *Builder) answerTokens(req Request) int {
	if req.MaxTokens > 0 {
		return req.MaxTokens
	}
	return b.cfg.AnswerTokens
}

// Pack fits req into the context: it reserves the answer tokens
// (req.MaxTokens, else Config.AnswerTokens), then keeps sources best-first
// (they arrive in rank order) while they fit, skipping any passage that
// does not fit and trying the ones after it. Passages are never cut.
// Sources keep their numbers (Source.N), so the prompt may show [1] and
// [3] when [2] was dropped: markers in the answer then refer to the same
// numbers as the caller's sources, and verify.Cite makes them sequential. In bare
// mode no source is kept or dropped.
//
// It returns ErrPromptTooLong (wrapped) when the prompt without passages
// already exceeds the budget.
func (b *Builder) Pack(req Request) (Packed, error) {
	budget := b.cfg.ContextTokens - b.answerTokens(req)
	if req.Mode == Bare {
		req.Sources = nil
		return b.finish(req, nil, budget)
	}
	base, err := b.measure(req, nil)
	if err != nil {
		return Packed{}, err
	}
	if base > budget {
		return Packed{}, b.tooLong(base, budget, req)
	}
	var kept, dropped []Source
	used := base
	for _, s := range req.Sources {
		cost, err := b.measure(req, []Source{s})
		if err != nil {
			return Packed{}, err
		}
		if cost -= base; used+cost <= budget {
			kept = append(kept, s)
			used += cost
		} else {
			dropped = append(dropped, s)
		}
	}
	// Estimates of single passages need not add up exactly: drop from the
	// tail until the whole prompt fits.
	for {
		n, err := b.measure(req, kept)
		if err != nil {
			return Packed{}, err
		}
		if n <= budget || len(kept) == 0 {
			break
		}
		dropped = insertByRank(dropped, kept[len(kept)-1], req.Sources)
		kept = kept[:len(kept)-1]
	}
	req.Sources = kept
	return b.finish(req, dropped, budget)
}

func (b *Builder) finish(req Request, dropped []Source, budget int) (Packed, error) {
	msgs, err := b.Messages(req)
	if err != nil {
		return Packed{}, err
	}
	n := MeasureMessages(msgs)
	if n > budget {
		return Packed{}, b.tooLong(n, budget, req)
	}
	return Packed{Request: req, Messages: msgs, Dropped: dropped, PromptTokens: n, Budget: budget}, nil
}

func (b *Builder) tooLong(need, budget int, req Request) error {
	return fmt.Errorf("%w: the prompt needs about %d tokens but only %d fit (context_tokens %d minus %d answer tokens)",
		ErrPromptTooLong, need, budget, b.cfg.ContextTokens, b.answerTokens(req))
}

// measure estimates the prompt of req shown the given sources.
func (b *Builder) measure(req Request, sources []Source) (int, error) {
	req.Sources = sources
	msgs, err := b.Messages(req)
	if err != nil {
		return 0, err
	}
	return MeasureMessages(msgs), nil
}

// insertByRank adds s to dropped keeping the order of all.
func insertByRank(dropped []Source, s Source, all []Source) []Source {
	rank := func(x Source) int {
		for i, a := range all {
			if a.N == x.N && a.Passage.ID == x.Passage.ID {
				return i
			}
		}
		return len(all)
	}
	r := rank(s)
	i := 0
	for i < len(dropped) && rank(dropped[i]) < r {
		i++
	}
	dropped = append(dropped, Source{})
	copy(dropped[i+1:], dropped[i:])
	dropped[i] = s
	return dropped
}
