package config

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/spf13/pflag"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseSize(t *testing.T) {
	tests := []struct {
		in      string
		want    int64
		wantErr bool
	}{
		{"4096", 4096, false},
		{"64KiB", 64 << 10, false},
		{"32MiB", 32 << 20, false},
		{"1.5GB", 1_500_000_000, false},
		{"64k", 64 << 10, false},
		{" 2 mib ", 2 << 20, false},
		{"10B", 10, false},
		{"", 0, true},
		{"-3MiB", 0, true},
		{"lots", 0, true},
		{"1e30TiB", 0, true},
	}
	for _, tt := range tests {
		got, err := ParseSize(tt.in)
		if tt.wantErr {
			assert.Error(t, err, tt.in)
			continue
		}
		require.NoError(t, err, tt.in)
		assert.Equal(t, tt.want, got, tt.in)
	}
}

func TestFormatSize(t *testing.T) {
	assert.Equal(t, "512B", FormatSize(512))
	assert.Equal(t, "1.5KiB", FormatSize(1536))
	assert.Equal(t, "32MiB", FormatSize(32<<20))
}

func FuzzParseSize(f *testing.F) {
	for _, s := range []string{"1", "1KiB", "3.5 GB", "k", ".", "1e9"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := ParseSize(s)
		if err == nil {
			assert.GreaterOrEqual(t, n, int64(0))
		}
	})
}

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
		{"data dir", func(c *Config) { c.DataDir = " " }, "data_dir"},
		{"max size", func(c *Config) { c.Ingest.MaxFileSize = -1 }, "ingest.max_file_size"},
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
}
