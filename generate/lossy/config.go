package lossy

import (
	"errors"
	"fmt"
	"strings"

	"github.com/verbatim-rag/verbatim/bytesize"
)

// MaxTokensLimit caps an answer of the built-in model: it answers in a
// sentence or two, and each decoded token costs more than the one before
// (the answer so far steers the next), so a larger cap only buys a longer
// wait.
const MaxTokensLimit = 1024

// ErrTooManyTokens is returned for a max_tokens over MaxTokensLimit.
var ErrTooManyTokens = errors.New("lossy: too many answer tokens")

// Config tunes training and decoding. The zero value of a field means its
// default.
type Config struct {
	// Budget caps the serialized model: bytes ("8MiB", "65536") or a share
	// of the corpus text ("10%"). The default, 10%, is lossy on purpose:
	// gzip needs about a third of English text to keep it all, so a tenth
	// forces the model to forget — rare facts first.
	Budget string `mapstructure:"budget"`
	// Order is the longest n-gram kept (context of Order-1 tokens).
	Order int `mapstructure:"order"`
	// Lambda is the weight of copying against the model's own distribution
	// when passages are spliced in (RAG mode), in (0, 1).
	Lambda float64 `mapstructure:"lambda"`
	// MaxTokens caps an answer when the request does not.
	MaxTokens int `mapstructure:"max_tokens"`
	// MaxSentences caps an answer's sentences; one is used when it holds
	// what the question asks for.
	MaxSentences int `mapstructure:"max_sentences"`
	// Priority weights the pruning by document (glob → weight, e.g.
	// "legal/**": 4): see Priority. Only TrainPassages applies it.
	Priority Priority `mapstructure:"priority"`
	// TrainMemory caps the memory training's n-gram counts take ("256MiB");
	// the default is DefaultTrainMemory, or 64 times a byte budget when
	// that is more. Counts over the cap spill to temporary files and the
	// rarest long n-grams are dropped before pruning (see the package
	// documentation).
	TrainMemory string `mapstructure:"train_memory"`
}

// trainMemory is the counting cap in bytes (c validated).
func (c Config) trainMemory() int64 {
	if n, err := bytesize.Parse(c.TrainMemory); err == nil && strings.TrimSpace(c.TrainMemory) != "" {
		return n
	}
	b, _ := ParseBudget(c.Budget)
	return max(DefaultTrainMemory, 64*b.Bytes)
}

// DefaultConfig returns the defaults: a 10% budget, order 6, λ = 0.9, 64
// answer tokens and at most two sentences.
func DefaultConfig() Config {
	return Config{Budget: "10%", Order: 6, Lambda: 0.9, MaxTokens: 64, MaxSentences: 2}
}

// withDefaults fills zero fields from DefaultConfig.
func (c Config) withDefaults() Config {
	d := DefaultConfig()
	if c.Budget == "" {
		c.Budget = d.Budget
	}
	if c.Order == 0 {
		c.Order = d.Order
	}
	if c.Lambda == 0 {
		c.Lambda = d.Lambda
	}
	if c.MaxTokens == 0 {
		c.MaxTokens = d.MaxTokens
	}
	if c.MaxSentences == 0 {
		c.MaxSentences = d.MaxSentences
	}
	return c
}

// Validate reports a configuration that cannot work.
func (c Config) Validate() error {
	c = c.withDefaults()
	if c.Order < 1 || c.Order > maxOrder {
		return fmt.Errorf("lossy: order %d out of range [1, %d]", c.Order, maxOrder)
	}
	if c.Lambda <= 0 || c.Lambda >= 1 {
		return fmt.Errorf("lossy: lambda %g out of range (0, 1)", c.Lambda)
	}
	if c.MaxTokens < 1 || c.MaxSentences < 1 {
		return fmt.Errorf("lossy: max_tokens and max_sentences must be positive")
	}
	if c.MaxTokens > MaxTokensLimit {
		return fmt.Errorf("%w: max_tokens %d is over the limit of %d", ErrTooManyTokens, c.MaxTokens, MaxTokensLimit)
	}
	if _, err := ParseBudget(c.Budget); err != nil {
		return err
	}
	if strings.TrimSpace(c.TrainMemory) != "" {
		if n, err := bytesize.Parse(c.TrainMemory); err != nil || n < MinTrainMemory {
			return fmt.Errorf("lossy: train_memory %q: want bytes of at least %s (\"256MiB\")", c.TrainMemory, bytesize.Format(MinTrainMemory))
		}
	}
	return c.Priority.Validate()
}
