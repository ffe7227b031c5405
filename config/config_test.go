package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/pflag"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func isolate(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	wd, err := os.Getwd()
	require.NoError(t, err)
	require.NoError(t, os.Chdir(t.TempDir()))
	t.Cleanup(func() { _ = os.Chdir(wd) })
}

func TestLoadPrecedence(t *testing.T) {
	isolate(t)
	require.NoError(t, os.WriteFile("verbatim.yaml", []byte(
		"generator: lossy\nsearch:\n  k: 5\nmodel:\n  budget: 8MiB\ningest:\n  max_file_size: 2MiB\n  exclude: [\"*.log\"]\n"), 0o644))
	t.Setenv("VERBATIM_SEARCH_K", "7")

	l := NewLoader()
	fs := pflag.NewFlagSet("t", pflag.ContinueOnError)
	fs.String("budget", "", "")
	require.NoError(t, fs.Parse([]string{"--budget", "5%"}))
	require.NoError(t, l.BindFlag("model.budget", fs.Lookup("budget")))

	c, err := l.Load("")
	require.NoError(t, err)
	assert.Equal(t, 7, c.Search.K, "env beats file")
	assert.Equal(t, "5%", c.Model.Budget, "flag beats file")
	assert.Equal(t, int64(2<<20), c.Ingest.MaxFileSize, "sizes with units decode")
	assert.Equal(t, []string{"*.log"}, c.Ingest.Exclude)
	assert.Equal(t, Default().Answer, c.Answer, "untouched sections keep defaults")
	abs, _ := filepath.Abs("verbatim.yaml")
	assert.Equal(t, abs, l.File())
}

func TestRefusalReachesThePrompt(t *testing.T) {
	t.Chdir(t.TempDir())
	t.Setenv("VERBATIM_ANSWER_REFUSAL", "Nothing in the notes answers that.")
	c, err := NewLoader().Load("")
	require.NoError(t, err)
	assert.Equal(t, "Nothing in the notes answers that.", c.Answer.Refusal)
	assert.Equal(t, c.Answer.Refusal, c.Generate.Refusal, "the prompt asks for the same sentence")
}

func TestValidateNamesTheField(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(*Config)
		field string
	}{
		{"generator", func(c *Config) { c.Generator = "gpt" }, "generator:"},
		{"openai model", func(c *Config) { c.Generator = GeneratorOpenAI; c.OpenAI.Model = "" }, "openai.model"},
		{"k", func(c *Config) { c.Search.K = 0 }, "search.k"},
		{"budget", func(c *Config) { c.Model.Budget = "lots" }, "model.budget"},
		{"order", func(c *Config) { c.Model.Order = 40 }, "model: lossy: order 40 out of range"},
		{"lambda", func(c *Config) { c.Model.Lambda = 1.5 }, "model: lossy: lambda 1.5 out of range"},
		{"train memory", func(c *Config) { c.Model.TrainMemory = "lots" }, `model: lossy: train_memory "lots"`},
		{"data dir", func(c *Config) { c.DataDir = " " }, "data_dir"},
		{"max size", func(c *Config) { c.Ingest.MaxFileSize = -1 }, "ingest.max_file_size"},
		{"max tokens over the built-in limit", func(c *Config) { c.Answer.MaxTokens = 1_000_000_000 }, "answer.max_tokens: 1000000000 is over the built-in model's limit"},
		{"negative max tokens", func(c *Config) { c.Answer.MaxTokens = -1 }, "answer.max_tokens"},
		{"model max tokens", func(c *Config) { c.Model.MaxTokens = 5000 }, "model.max_tokens"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Default()
			tt.edit(&c)
			assert.ErrorContains(t, c.Validate(), tt.field)
		})
	}
	assert.NoError(t, Default().Validate())
}

func TestBadFileIsNamed(t *testing.T) {
	isolate(t)
	require.NoError(t, os.WriteFile("bad.yaml", []byte("search: [unclosed\n"), 0o644))
	_, err := NewLoader().Load("bad.yaml")
	assert.ErrorContains(t, err, "bad.yaml")
	require.NoError(t, os.WriteFile("typed.yaml", []byte("search:\n  k: many\n"), 0o644))
	_, err = NewLoader().Load("typed.yaml")
	assert.ErrorContains(t, err, "typed.yaml")
	for _, name := range []string{"verbatim.conf", "verbatim"} {
		require.NoError(t, os.WriteFile(name, []byte("search:\n  k: 2\n"), 0o644))
		_, err = NewLoader().Load(name)
		assert.EqualError(t, err, "config: read "+name+": the file's extension says what it holds: name it .yaml, .toml or .json")
	}
}

// TestREADMEConfigBlock keeps the README's example configuration true: it
// loads, validates, names only keys that exist, and states the defaults.
func TestREADMEConfigBlock(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	require.NoError(t, err)
	text := string(readme)
	start := strings.Index(text, "## Configuration")
	require.Positive(t, start)
	block := text[start:]
	open := strings.Index(block, "```yaml\n")
	require.Positive(t, open)
	block = block[open+len("```yaml\n"):]
	block = block[:strings.Index(block, "```")]

	isolate(t)
	t.Setenv("HOME", t.TempDir())
	t.Setenv("XDG_DATA_HOME", "") // the README shows the ~/.local/share default
	file := filepath.Join(t.TempDir(), "readme.yaml")
	require.NoError(t, os.WriteFile(file, []byte(block), 0o644))
	l := NewLoader()
	got, err := l.Load(file)
	require.NoError(t, err)

	known := flatten(Default())
	for _, s := range l.Settings() {
		if strings.HasPrefix(s.Source, "file") {
			_, ok := known[s.Key]
			assert.True(t, ok, "README names unknown key %s", s.Key)
		}
	}
	want := Default()
	want.Ingest.Workers = got.Ingest.Workers // the machine's CPU count
	assert.Empty(t, got.Ingest.Include)
	assert.Empty(t, got.Ingest.Exclude)
	want.Ingest.Include, want.Ingest.Exclude = got.Ingest.Include, got.Ingest.Exclude // [] vs nil
	assert.Equal(t, want, got, "the README's example shows the defaults")
}

func TestLoadModelPriority(t *testing.T) {
	isolate(t)
	require.NoError(t, os.WriteFile("verbatim.yaml", []byte(
		"model:\n  priority:\n    legal/**: 4\n    \"*.md\": 0.5\n    Notes/Old/*: 2\n    \"v1.2.x/**\": 3\n"), 0o644))
	c, err := NewLoader().Load("")
	require.NoError(t, err)
	assert.Equal(t, 4.0, c.Model.Priority.Weight("/srv/docs/legal/contracts/a.txt"))
	assert.Equal(t, 0.5, c.Model.Priority.Weight("/srv/docs/readme.md"), "a glob with a dot survives viper's key splitting")
	assert.Equal(t, 2.0, c.Model.Priority.Weight("/srv/notes/old/x.txt"), "keys are lower-cased by viper, matching ignores case")
	assert.Equal(t, 3.0, c.Model.Priority.Weight("/srv/v1.2.x/notes.txt"), "a glob with several dots")
	assert.Equal(t, 1.0, c.Model.Priority.Weight("/srv/docs/other.txt"))
	assert.Len(t, c.Model.Priority, 4)
}

func TestLoadModelPriorityRejectsBadWeight(t *testing.T) {
	isolate(t)
	require.NoError(t, os.WriteFile("verbatim.yaml", []byte("model:\n  priority:\n    legal/**: -1\n"), 0o644))
	_, err := NewLoader().Load("")
	require.Error(t, err)
	assert.Contains(t, err.Error(), `model: lossy: priority "legal/**": weight -1 out of range`)
}
