package retrieve

// Config tunes retrieval.
type Config struct {
	// K is the number of passages returned when a query does not say.
	K int `mapstructure:"k"`
	// MinCoverage is the coverage a hit needs to count as relevant.
	MinCoverage float64 `mapstructure:"min_coverage"`
	// Fuzzy lets terms of five bytes or more match at edit distance 1.
	Fuzzy bool `mapstructure:"fuzzy"`
}

// DefaultConfig returns the defaults: K 8, MinCoverage 0.5, no fuzziness.
func DefaultConfig() Config {
	return Config{K: 8, MinCoverage: 0.5}
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
