package lossy

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/verbatim-rag/verbatim/bytesize"
)

// MinBudget is the smallest budget a fractional budget resolves to: below
// it a model holds too little to decode anything at all.
const MinBudget = 4 << 10

// ErrBadBudget is returned for a budget that does not parse.
var ErrBadBudget = errors.New("lossy: bad budget")

// Budget is the byte budget of a serialized model: either a fixed number of
// bytes or a fraction of the corpus text.
type Budget struct {
	Bytes    int64   // fixed size, when Fraction is 0
	Fraction float64 // share of the corpus text bytes, in (0, 1]
}

// ParseBudget reads a budget: "8MiB", "512KB", "65536" (bytes) or "5%" (of
// the corpus text).
func ParseBudget(s string) (Budget, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	if pct, ok := strings.CutSuffix(t, "%"); ok {
		f, err := strconv.ParseFloat(strings.TrimSpace(pct), 64)
		if err != nil || !(f > 0 && f <= 100) {
			return Budget{}, fmt.Errorf("%w %q: want a percentage in (0, 100]", ErrBadBudget, s)
		}
		return Budget{Fraction: f / 100}, nil
	}
	n, err := bytesize.Parse(t)
	if err != nil || n < 1 {
		return Budget{}, fmt.Errorf("%w %q: want bytes (\"8MiB\", \"65536\") or a percentage (\"5%%\")", ErrBadBudget, s)
	}
	return Budget{Bytes: n}, nil
}

// Resolve returns the budget in bytes for a corpus of corpusBytes bytes of
// text. A fraction never resolves below MinBudget; a byte count is taken as
// given.
func (b Budget) Resolve(corpusBytes int64) int64 {
	if b.Fraction > 0 {
		return max(int64(b.Fraction*float64(corpusBytes)), MinBudget)
	}
	return b.Bytes
}

// String renders the budget the way ParseBudget reads it.
func (b Budget) String() string {
	if b.Fraction > 0 {
		return strconv.FormatFloat(b.Fraction*100, 'g', -1, 64) + "%"
	}
	return strconv.FormatInt(b.Bytes, 10)
}
