package config

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"time"

	"github.com/verbatim-rag/verbatim/ingest"
)

// freeKeys are the keys whose values are maps with keys of the user's
// choosing (model.priority: glob → weight): anything below them is known.
var freeKeys = []string{"model.priority"}

// unknownKeys names the keys of the config file that no setting has (a
// typo such as "search.kay" would otherwise be dropped without a word and
// its default used). Environment variables and flags only ever set known
// keys, so every unknown key comes from the file.
func (l *Loader) unknownKeys() error {
	known := flatten(Default())
	var bad, sections []string
	for _, k := range l.v.AllKeys() {
		if _, ok := known[k]; ok || underFreeKey(k) {
			continue
		}
		if isSection(known, k) {
			sections = append(sections, k)
			continue
		}
		bad = append(bad, k)
	}
	if len(sections) > 0 {
		// "search: 5" is a known name with a value where its keys belong:
		// saying it is unknown would send the user looking for a typo.
		sort.Strings(sections)
		return fmt.Errorf("config: %s: %s must be a section of keys (such as %s), got %v", l.describeFile(), sections[0], firstKeyUnder(known, sections[0]), l.v.Get(sections[0]))
	}
	if len(bad) == 0 {
		return nil
	}
	sort.Strings(bad)
	return fmt.Errorf("config: %s: unknown key %s (verbatim config lists every key)", l.describeFile(), strings.Join(bad, ", "))
}

// isSection reports whether k names a section of known keys (search,
// ingest.chunk) rather than a key of its own.
func isSection(known map[string]any, k string) bool {
	return firstKeyUnder(known, k) != ""
}

// firstKeyUnder returns the first known key, in sorted order, under
// section k, or "".
func firstKeyUnder(known map[string]any, k string) string {
	first := ""
	for key := range known {
		if strings.HasPrefix(key, k+".") && (first == "" || key < first) {
			first = key
		}
	}
	return first
}

func underFreeKey(k string) bool {
	for _, f := range freeKeys {
		if strings.HasPrefix(k, f+".") {
			return true
		}
	}
	return false
}

// validateRanges checks the numbers and globs that the packages using
// them check too late or without the key's name (ingest's "negative size
// or count", the server's "negative limit"), or not at all (coverages
// outside [0, 1], a negative temperature), naming each key at fault.
// compare.seeds is left to compare, whose message names the flag too.
func (c Config) validateRanges() []error {
	var errs []error
	for _, f := range []struct {
		key string
		n   int64
	}{
		{"ingest.workers", int64(c.Ingest.Workers)},
		{"ingest.chunk.size", int64(c.Ingest.Chunk.Size)},
		{"ingest.chunk.overlap", int64(c.Ingest.Chunk.Overlap)},
		{"ingest.chunk.min", int64(c.Ingest.Chunk.Min)},
		{"generate.context_tokens", int64(c.Generate.ContextTokens)},
		{"generate.answer_tokens", int64(c.Generate.AnswerTokens)},
		{"compare.limit", int64(c.Compare.Limit)},
		{"compare.parallel", int64(c.Compare.Parallel)},
		{"server.max_body_bytes", c.Server.MaxBodyBytes},
		{"server.max_upload_bytes", c.Server.MaxUploadBytes},
		{"server.max_question_bytes", int64(c.Server.MaxQuestionBytes)},
		{"server.max_k", int64(c.Server.MaxK)},
	} {
		if f.n < 0 {
			errs = append(errs, fmt.Errorf("%s: must not be negative, got %d", f.key, f.n))
		}
	}
	for _, f := range []struct {
		key string
		d   time.Duration
	}{
		{"server.read_timeout", c.Server.ReadTimeout},
		{"server.write_timeout", c.Server.WriteTimeout},
		{"server.request_timeout", c.Server.RequestTimeout},
		{"server.shutdown_timeout", c.Server.ShutdownTimeout},
		{"openai.timeout", c.OpenAI.Timeout},
	} {
		if f.d < 0 {
			errs = append(errs, fmt.Errorf("%s: must not be negative, got %s", f.key, f.d))
		}
	}
	for _, f := range []struct {
		key string
		x   float64
	}{
		{"search.min_coverage", c.Search.MinCoverage},
		{"search.min_name_coverage", c.Search.MinNameCoverage},
		{"search.min_word_coverage", c.Search.MinWordCoverage},
	} {
		if math.IsNaN(f.x) || f.x < 0 || f.x > 1 {
			errs = append(errs, fmt.Errorf("%s: must be a share between 0 and 1, got %g", f.key, f.x))
		}
	}
	if t := c.Answer.Temperature; math.IsNaN(t) || math.IsInf(t, 0) || t < 0 {
		errs = append(errs, fmt.Errorf("answer.temperature: must be 0 or more, got %g", t))
	}
	for _, g := range []struct {
		key   string
		globs []string
	}{
		{"ingest.include", c.Ingest.Include},
		{"ingest.exclude", c.Ingest.Exclude},
	} {
		for _, glob := range g.globs {
			if err := (ingest.Config{Include: []string{glob}}).Validate(); err != nil {
				errs = append(errs, fmt.Errorf("%s: %s", g.key, strings.TrimPrefix(err.Error(), ingest.ErrConfig.Error()+": ")))
			}
		}
	}
	return errs
}
