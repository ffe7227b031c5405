package config

import (
	"math"
	"os"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A bad number anywhere in the configuration is refused with its key's
// full name, before any command runs (ingest's and the server's own checks
// said only "negative size or count" and "negative limit"; coverages and
// temperatures out of range were taken as they were).
func TestValidateRangesNameTheKey(t *testing.T) {
	tests := []struct {
		name string
		edit func(*Config)
		want string
	}{
		{"workers", func(c *Config) { c.Ingest.Workers = -3 }, "ingest.workers: must not be negative, got -3"},
		{"chunk size", func(c *Config) { c.Ingest.Chunk.Size = -5 }, "ingest.chunk.size: must not be negative"},
		{"chunk overlap", func(c *Config) { c.Ingest.Chunk.Overlap = -1 }, "ingest.chunk.overlap"},
		{"chunk min", func(c *Config) { c.Ingest.Chunk.Min = -1 }, "ingest.chunk.min"},
		{"include glob", func(c *Config) { c.Ingest.Include = []string{"["} }, `ingest.include: glob "["`},
		{"exclude glob", func(c *Config) { c.Ingest.Exclude = []string{"ok/*", "a[b"} }, `ingest.exclude: glob "a[b"`},
		{"context tokens", func(c *Config) { c.Generate.ContextTokens = -5 }, "generate.context_tokens"},
		{"answer tokens", func(c *Config) { c.Generate.AnswerTokens = -5 }, "generate.answer_tokens"},
		{"compare parallel", func(c *Config) { c.Compare.Parallel = -2 }, "compare.parallel"},
		{"compare limit", func(c *Config) { c.Compare.Limit = -1 }, "compare.limit"},
		{"max k", func(c *Config) { c.Server.MaxK = -1 }, "server.max_k: must not be negative"},
		{"max body", func(c *Config) { c.Server.MaxBodyBytes = -1 }, "server.max_body_bytes"},
		{"max upload", func(c *Config) { c.Server.MaxUploadBytes = -1 }, "server.max_upload_bytes"},
		{"max question", func(c *Config) { c.Server.MaxQuestionBytes = -1 }, "server.max_question_bytes"},
		{"read timeout", func(c *Config) { c.Server.ReadTimeout = -time.Second }, "server.read_timeout: must not be negative, got -1s"},
		{"shutdown timeout", func(c *Config) { c.Server.ShutdownTimeout = -time.Second }, "server.shutdown_timeout"},
		{"openai timeout", func(c *Config) { c.OpenAI.Timeout = -time.Second }, "openai.timeout"},
		{"name coverage", func(c *Config) { c.Search.MinNameCoverage = 7 }, "search.min_name_coverage: must be a share between 0 and 1, got 7"},
		{"word coverage", func(c *Config) { c.Search.MinWordCoverage = -0.1 }, "search.min_word_coverage"},
		{"coverage NaN", func(c *Config) { c.Search.MinCoverage = math.NaN() }, "search.min_coverage"},
		{"temperature", func(c *Config) { c.Answer.Temperature = -1 }, "answer.temperature: must be 0 or more, got -1"},
		{"temperature inf", func(c *Config) { c.Answer.Temperature = math.Inf(1) }, "answer.temperature"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Default()
			tt.edit(&c)
			assert.ErrorContains(t, c.Validate(), tt.want)
		})
	}
}

// The range checks take what the defaults and ordinary values give.
func TestValidateRangesTakeGoodValues(t *testing.T) {
	c := Default()
	c.Ingest.Workers = 0 // the CPU count
	c.Ingest.Include = []string{"**/*.md", "notes/[a-c]*"}
	c.Search.MinNameCoverage, c.Search.MinWordCoverage, c.Search.MinCoverage = 0, 1, 0.5
	c.Answer.Temperature = 1.5
	c.Compare.Parallel, c.Compare.Limit = 0, 0
	assert.NoError(t, c.Validate())
}

func TestUnknownKeysInTheFileAreNamed(t *testing.T) {
	tests := []struct {
		name, file, want string
	}{
		{"top level", "unknown_key: 5\n", "unknown key unknown_key"},
		{"typo in a section", "search:\n  kay: 5\n", "unknown key search.kay"},
		{"several, sorted", "search:\n  kay: 5\nansewr:\n  seed: 2\n", "unknown key ansewr.seed, search.kay"},
		{"old name", "compare:\n  seed: 4\n", "unknown key compare.seed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := fileLoadError(t, tt.file)
			assert.Contains(t, err.Error(), tt.want)
			assert.Contains(t, err.Error(), "verbatim.yaml")
		})
	}
}

func TestKnownKeysAndPriorityGlobsLoad(t *testing.T) {
	isolate(t)
	require.NoError(t, os.WriteFile("verbatim.yaml", []byte(
		"search:\n  k: 4\nopenai:\n  seed: 42\nmodel:\n  priority:\n    \"legal/**\": 4\n    \"*.md\": 0.5\ncompare:\n  sample_seed: 3\n"), 0o644))
	c, err := NewLoader().Load("")
	require.NoError(t, err)
	assert.Equal(t, 4, c.Search.K)
	require.NotNil(t, c.OpenAI.Seed)
	assert.Equal(t, int64(42), *c.OpenAI.Seed)
	assert.Len(t, c.Model.Priority, 2)
}

func TestFileValueWhereASectionBelongs(t *testing.T) {
	tests := []struct {
		name, file, want string
	}{
		{"top-level section", "search: 5\n", "search must be a section of keys (such as search.fuzzy), got 5"},
		{"nested section", "ingest:\n  chunk: 7\n", "ingest.chunk must be a section of keys (such as ingest.chunk.min), got 7"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := fileLoadError(t, tt.file)
			assert.Contains(t, err.Error(), tt.want)
			assert.Contains(t, err.Error(), "verbatim.yaml")
			assert.NotContains(t, err.Error(), "unknown key")
		})
	}
}

func TestDurationsNeedAUnit(t *testing.T) {
	tests := []struct {
		name, file string
		want       time.Duration
		err        string
	}{
		{"bare integer", "openai:\n  timeout: 5\n", 0, `openai\.timeout \(file /\S+/verbatim\.yaml\): a duration needs a unit, got 5 `},
		{"bare float", "server:\n  read_timeout: 2.5\n", 0, `server\.read_timeout \(file /\S+/verbatim\.yaml\): a duration needs a unit, got 2\.5 `},
		{"zero", "openai:\n  timeout: 0\n", 0, ""},
		{"with unit", "openai:\n  timeout: 90s\n", 90 * time.Second, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			isolate(t)
			require.NoError(t, os.WriteFile("verbatim.yaml", []byte(tt.file), 0o644))
			c, err := NewLoader().Load("")
			if tt.err != "" {
				require.Error(t, err)
				assert.Regexp(t, tt.err, err.Error())
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, c.OpenAI.Timeout)
			assert.Equal(t, Default().Server.ReadTimeout, c.Server.ReadTimeout, "defaults still decode")
		})
	}
}

// TestDecodeErrorsNameTheirSource: a value that does not decode is named
// with its key and where it came from, not blamed on the config file.
func TestDecodeErrorsNameTheirSource(t *testing.T) {
	tests := []struct {
		name, file string
		env        map[string]string
		want       []string
		notWant    string
	}{
		{"env beside a good file", "search:\n  k: 5\n", map[string]string{"VERBATIM_SEARCH_K": "abc"},
			[]string{"search.k (env VERBATIM_SEARCH_K): cannot parse value as 'int'"}, "verbatim.yaml"},
		{"env without a file", "", map[string]string{"VERBATIM_INGEST_HIDDEN": "maybe"},
			[]string{"ingest.hidden (env VERBATIM_INGEST_HIDDEN): cannot parse value as 'bool'"}, "configuration"},
		{"two keys of the file", "search:\n  k: many\ningest:\n  max_file_size: 12 parsecs\n", nil,
			[]string{"search.k (file /", "verbatim.yaml): cannot parse", "ingest.max_file_size (file /", "verbatim.yaml): invalid size \"12 parsecs\""}, "decoding failed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			isolate(t)
			if tt.file != "" {
				require.NoError(t, os.WriteFile("verbatim.yaml", []byte(tt.file), 0o644))
			}
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			_, err := NewLoader().Load("")
			require.Error(t, err)
			for _, w := range tt.want {
				assert.Contains(t, err.Error(), w)
			}
			assert.NotContains(t, err.Error(), tt.notWant)
		})
	}
}

// TestSettingsWriteDurationsAsDurations: config --json gives a duration as
// it is written in a file, whatever its source, never as nanoseconds.
func TestSettingsWriteDurationsAsDurations(t *testing.T) {
	isolate(t)
	require.NoError(t, os.WriteFile("verbatim.yaml", []byte("openai:\n  timeout: 90s\n"), 0o644))
	t.Setenv("VERBATIM_SERVER_READ_TIMEOUT", "2m")
	l := NewLoader()
	_, err := l.Load("")
	require.NoError(t, err)
	got := map[string]any{}
	for _, s := range l.Settings() {
		got[s.Key] = s.Value
	}
	assert.Equal(t, "90s", got["openai.timeout"], "file")
	assert.Equal(t, "2m", got["server.read_timeout"], "env")
	assert.Equal(t, "30s", got["server.shutdown_timeout"], "default")
	assert.Equal(t, "5m0s", got["server.request_timeout"], "default")
}

// fileLoadError writes file as ./verbatim.yaml in an isolated test and
// returns the error loading it gives (the test fails without one).
func fileLoadError(t *testing.T, file string) error {
	t.Helper()
	isolate(t)
	require.NoError(t, os.WriteFile("verbatim.yaml", []byte(file), 0o644))
	_, err := NewLoader().Load("")
	require.Error(t, err)
	return err
}
