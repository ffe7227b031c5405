package lossy

import (
	"context"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/ingest"
)

// MaxPriority is the largest weight model.priority accepts.
const MaxPriority = 1000

// Priority weights the pruning by document: a glob of paths and the weight
// of what the documents it matches teach the model. An n-gram's worth is
// the bits it saves on the training text; with priorities each occurrence
// counts its document's weight, so within the same budget the model keeps
// more of what prioritised documents say and less of the rest. A glob
// matches a document's path or any trailing part of it ("legal/**" matches
// every document under a folder named legal, "*.md" every Markdown file),
// without regard to case (configuration keys are case-insensitive); a
// document matched by several globs takes the highest weight, one matched
// by none weight 1. Weights below 1 make documents matter less.
type Priority map[string]float64

// Validate reports a malformed glob or a weight that is not in (0, MaxPriority].
func (p Priority) Validate() error {
	for _, g := range slices.Sorted(maps.Keys(p)) {
		if strings.TrimSpace(g) == "" {
			return fmt.Errorf("lossy: priority: empty glob")
		}
		if err := ingest.CheckGlob(g); err != nil {
			return fmt.Errorf("lossy: priority %q: %w", g, err)
		}
		if w := p[g]; !(w > 0 && w <= MaxPriority) || math.IsNaN(w) {
			return fmt.Errorf("lossy: priority %q: weight %g out of range (0, %d]", g, w, MaxPriority)
		}
	}
	return nil
}

// Weight returns the weight of the document at path.
func (p Priority) Weight(path string) float64 {
	_, w := p.Match(path)
	return w
}

// Match returns the glob that gives the document at path its weight (the
// highest-weighted of those that match; the lesser glob on a tie) and the
// weight; "" and 1 when none matches.
func (p Priority) Match(path string) (string, float64) {
	if len(p) == 0 {
		return "", 1
	}
	parts := strings.Split(strings.Trim(strings.ToLower(strings.ReplaceAll(path, "\\", "/")), "/"), "/")
	glob, w := "", 1.0
	for g, gw := range p {
		lg := strings.ToLower(g)
		for i := range parts {
			if ingest.MatchGlob(lg, strings.Join(parts[i:], "/")) {
				if glob == "" || gw > w || (gw == w && g < glob) {
					glob, w = g, gw
				}
				break
			}
		}
	}
	return glob, w
}

// TrainPassages is Train over passages that name their document, pruned
// by cfg.Priority's weights (Train when there are none).
func TrainPassages(ctx context.Context, src PassageSource, cfg Config) (*Model, error) {
	return trainPassages(ctx, src, cfg, "")
}

// trainPassages is TrainPassages spilling counts to dir ("" for
// os.TempDir()).
func trainPassages(ctx context.Context, src PassageSource, cfg Config, dir string) (*Model, error) {
	if err := cfg.Priority.Validate(); err != nil {
		return nil, err
	}
	var weights []float32 // per passage with text, while any weight is not 1
	weighted := false
	text := func(fn func(string) error) error {
		return src(func(p corpus.Passage) error {
			if p.Text != "" {
				w := float32(cfg.Priority.Weight(p.Path))
				weights = append(weights, w)
				weighted = weighted || w != 1
			}
			return fn(p.Text)
		})
	}
	return train(ctx, text, cfg, trainOpts{dir: dir, boost: func(c *corpusData, levels []*level) [][]float32 {
		return passageBoosts(c, levels, weights, weighted)
	}})
}

// passageBoosts is levelBoosts for the weights of the passages with text,
// in corpus order; nil unless weighted (some weight is not 1).
func passageBoosts(c *corpusData, levels []*level, weights []float32, weighted bool) [][]float32 {
	if !weighted {
		return nil
	}
	return levelBoosts(c, levels, tokenWeights(c, weights))
}

// tokenWeights spreads the passages' weights over their tokens: a passage
// starts where a token has no tokens before it.
func tokenWeights(c *corpusData, passages []float32) []float32 {
	out := make([]float32, len(c.toks))
	p := -1
	for i := range c.toks {
		if i >= c.originalToks() {
			out[i] = 1 // the record view (see addView) weighs as the unweighted text
			continue
		}
		if c.avail[i] == 0 {
			p++
		}
		out[i] = passages[min(max(p, 0), len(passages)-1)]
	}
	return out
}

// levelBoosts returns, per level and entry, the mean weight of the
// entry's occurrences in the training text (level 0: per word): the
// factor by which pruning scales the bits the entry saves.
func levelBoosts(c *corpusData, levels []*level, tw []float32) [][]float32 {
	boosts := make([][]float32, len(levels))
	sum := make([]float64, len(c.keys))
	for i, w := range c.toks {
		sum[w] += float64(tw[i])
	}
	boosts[0] = make([]float32, len(c.keys))
	for w, s := range sum {
		boosts[0][w] = float32(s / float64(max(c.uni[w], 1)))
	}
	for k := 1; k < len(levels); k++ {
		l := levels[k]
		sum := make([]float64, len(l.keys))
		for i, id := range c.toks {
			if int(c.avail[i]) < k {
				continue
			}
			key := uint64(fingerprint(ctxHash(c, i, k), k))<<32 | uint64(id)
			if u, ok := l.find(key); ok {
				sum[u] += float64(tw[i])
			}
		}
		b := make([]float32, len(l.keys))
		for u, s := range sum {
			b[u] = float32(s / float64(max(l.cnt[u], 1)))
		}
		boosts[k] = b
	}
	return boosts
}
