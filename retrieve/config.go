package retrieve

// Config tunes retrieval.
type Config struct {
	// K is the number of passages returned when a query does not say.
	K int `mapstructure:"k"`
	// MinCoverage is the coverage a hit needs to count as relevant when the
	// query names nothing.
	MinCoverage float64 `mapstructure:"min_coverage"`
	// MinNameCoverage is the share of the query's names (capitalised
	// words, numbers, ordinals) a hit must hold to count as relevant.
	MinNameCoverage float64 `mapstructure:"min_name_coverage"`
	// MinWordCoverage is the share of the query's other words (cue words
	// and words of the passage's title aside, related words counting) a
	// hit holding the query's names needs to count as relevant.
	MinWordCoverage float64 `mapstructure:"min_word_coverage"`
	// Fuzzy lets terms of five bytes or more match at edit distance 1.
	Fuzzy bool `mapstructure:"fuzzy"`
}

// DefaultConfig returns the defaults: K 8, MinCoverage 0.5, every name
// required (MinNameCoverage 1) and then MinWordCoverage 0.2, no fuzziness.
func DefaultConfig() Config {
	return Config{K: 8, MinCoverage: 0.5, MinNameCoverage: 1, MinWordCoverage: 0.2}
}

// withDefaults fills zero fields from DefaultConfig.
func (c Config) withDefaults() Config {
	d := DefaultConfig()
	if c.K <= 0 {
		c.K = d.K
	}
	if c.MinCoverage < 0 {
		c.MinCoverage = 0
	}
	return c
}
