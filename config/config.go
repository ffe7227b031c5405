// Package config is Verbatim's one typed configuration, loaded once by viper
// from (highest precedence first) command-line flags, VERBATIM_* environment
// variables, a YAML/TOML/JSON config file and built-in defaults.
//
// No other package imports viper: cmd loads a Config here and hands each
// package its own typed section.
package config

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"time"

	"github.com/go-viper/mapstructure/v2"
	"github.com/spf13/pflag"
	"github.com/spf13/viper"

	"github.com/verbatim-rag/verbatim/compare"
	"github.com/verbatim-rag/verbatim/generate"
	"github.com/verbatim-rag/verbatim/generate/lossy"
	"github.com/verbatim-rag/verbatim/generate/openai"
	"github.com/verbatim-rag/verbatim/ingest"
	"github.com/verbatim-rag/verbatim/rag"
	"github.com/verbatim-rag/verbatim/retrieve"
	"github.com/verbatim-rag/verbatim/server"
)

// EnvPrefix prefixes every environment variable: data_dir is VERBATIM_DATA_DIR,
// openai.base_url is VERBATIM_OPENAI_BASE_URL.
const EnvPrefix = "VERBATIM"

// FileName is the config file looked for in the working folder and in the
// user config folder (yaml, yml, toml or json).
const FileName = "verbatim"

// Generators that can answer questions.
const (
	GeneratorLossy  = "lossy"
	GeneratorOpenAI = "openai"
)

// Config is the whole configuration.
type Config struct {
	DataDir   string          `mapstructure:"data_dir"`  // where the store and index live
	Generator string          `mapstructure:"generator"` // lossy or openai
	Ingest    ingest.Config   `mapstructure:"ingest"`
	Search    retrieve.Config `mapstructure:"search"`
	Answer    rag.Config      `mapstructure:"answer"`
	Model     lossy.Config    `mapstructure:"model"`
	Generate  generate.Config `mapstructure:"generate"`
	OpenAI    openai.Config   `mapstructure:"openai"`
	Compare   compare.Config  `mapstructure:"compare"`
	Server    server.Config   `mapstructure:"server"`
}

// Default returns the built-in defaults.
func Default() Config {
	c := Config{
		DataDir:   DefaultDataDir(),
		Generator: GeneratorLossy,
		Ingest:    ingest.DefaultConfig(),
		Search:    retrieve.DefaultConfig(),
		Answer:    rag.DefaultConfig(),
		Model:     lossy.DefaultConfig(),
		Generate:  generate.DefaultConfig(),
		OpenAI:    openai.DefaultConfig(),
		Compare:   compare.DefaultConfig(),
		Server:    server.DefaultConfig(),
	}
	c.Generate.Refusal = c.Answer.Refusal
	return c
}

// DefaultDataDir is $XDG_DATA_HOME/verbatim, or ~/.local/share/verbatim, or
// .verbatim in the working folder when there is no home.
func DefaultDataDir() string {
	if d := os.Getenv("XDG_DATA_HOME"); d != "" {
		return filepath.Join(d, "verbatim")
	}
	if h, err := os.UserHomeDir(); err == nil && h != "" {
		return filepath.Join(h, ".local", "share", "verbatim")
	}
	return ".verbatim"
}

// expandHome turns a leading "~/" into the user's home folder, as a shell
// would for a path typed on the command line.
func expandHome(p string) string {
	rest, ok := strings.CutPrefix(p, "~/")
	if !ok && p != "~" {
		return p
	}
	h, err := os.UserHomeDir()
	if err != nil || h == "" {
		return p
	}
	return filepath.Join(h, rest)
}

// Validate checks the fields a user can get wrong and names the one at fault.
func (c Config) Validate() error {
	var errs []error
	if strings.TrimSpace(c.DataDir) == "" {
		errs = append(errs, errors.New("data_dir: must not be empty"))
	}
	switch c.Generator {
	case GeneratorLossy, GeneratorOpenAI:
	default:
		errs = append(errs, fmt.Errorf("generator: %q is not one of %s, %s", c.Generator, GeneratorLossy, GeneratorOpenAI))
	}
	if c.Generator == GeneratorOpenAI && strings.TrimSpace(c.OpenAI.Model) == "" {
		errs = append(errs, errors.New("openai.model: must be set when generator is openai (e.g. llama3.1:8b)"))
	}
	if c.Ingest.MaxFileSize <= 0 {
		errs = append(errs, fmt.Errorf("ingest.max_file_size: must be positive, got %d", c.Ingest.MaxFileSize))
	}
	if c.Search.K <= 0 {
		errs = append(errs, fmt.Errorf("search.k: must be positive, got %d", c.Search.K))
	}
	errs = append(errs, c.validateMaxTokens()...)
	errs = append(errs, c.validateRanges()...)
	if _, err := lossy.ParseBudget(c.Model.Budget); err != nil {
		errs = append(errs, fmt.Errorf("model.budget: %w", err))
	} else if err := c.Model.Validate(); err != nil {
		// Checked here, before any command writes: an ingest must not store
		// documents and only then fail to train on them.
		errs = append(errs, fmt.Errorf("model: %w", err))
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("config: %w", err)
	}
	return nil
}

// validateMaxTokens bounds the answer length: the built-in model decodes at
// most lossy.MaxTokensLimit tokens (a real model's own context bounds it,
// checked by the openai client against its context budget).
func (c Config) validateMaxTokens() []error {
	var errs []error
	for _, f := range []struct {
		key   string
		n     int
		lossy bool
	}{
		{"answer.max_tokens", c.Answer.MaxTokens, c.Generator == GeneratorLossy},
		{"model.max_tokens", c.Model.MaxTokens, true},
	} {
		switch {
		case f.n < 0:
			errs = append(errs, fmt.Errorf("%s: must not be negative, got %d", f.key, f.n))
		case f.lossy && f.n > lossy.MaxTokensLimit:
			errs = append(errs, fmt.Errorf("%s: %d is over the built-in model's limit of %d tokens", f.key, f.n, lossy.MaxTokensLimit))
		}
	}
	return errs
}

// Setting is one effective configuration value and where it came from.
type Setting struct {
	Key    string `json:"key"`
	Value  any    `json:"value"`
	Source string `json:"source"` // "default", "file PATH", "env NAME" or "flag --NAME"
}

// Loader reads the configuration once. Bind command-line flags before Load.
type Loader struct {
	v     *viper.Viper
	flags map[string]*pflag.Flag
}

// NewLoader returns a Loader preloaded with the defaults.
func NewLoader() *Loader {
	v := viper.New()
	v.SetEnvPrefix(EnvPrefix)
	v.SetEnvKeyReplacer(strings.NewReplacer(".", "_", "-", "_"))
	v.AutomaticEnv()
	for key, val := range flatten(Default()) {
		v.SetDefault(key, val)
	}
	return &Loader{v: v, flags: map[string]*pflag.Flag{}}
}

// BindFlag makes flag f set key when the user gives it.
func (l *Loader) BindFlag(key string, f *pflag.Flag) error {
	if f == nil {
		return fmt.Errorf("config: no flag for %s", key)
	}
	l.flags[key] = f
	return l.v.BindPFlag(key, f)
}

// Load reads file (or, when file is empty, verbatim.{yaml,toml,json} from the
// working folder or the user config folder, if any) and returns the
// validated configuration.
func (l *Loader) Load(file string) (Config, error) {
	if err := l.readFile(file); err != nil {
		return Config{}, err
	}
	if err := l.unknownKeys(); err != nil {
		return Config{}, err
	}
	var c Config
	hook := viper.DecodeHook(mapstructure.ComposeDecodeHookFunc(
		mapstructure.StringToTimeDurationHookFunc(),
		durationHook(),
		sizeHook(),
		priorityHook(),
		mapstructure.StringToSliceHookFunc(","),
	))
	if err := l.v.Unmarshal(&c, hook); err != nil {
		return Config{}, l.decodeError(err)
	}
	c.DataDir = expandHome(c.DataDir)
	c.Generate.Refusal = c.Answer.Refusal // one refusal sentence: the pipeline's and the prompt's
	if len(c.Model.Priority) == 0 {
		c.Model.Priority = nil // "priority: {}" is no priority, as the default
	}
	return c, c.Validate()
}

func (l *Loader) readFile(file string) error {
	if file != "" {
		l.v.SetConfigFile(file)
		if err := l.v.ReadInConfig(); err != nil {
			var unsupported viper.UnsupportedConfigError
			if errors.As(err, &unsupported) {
				return fmt.Errorf("config: read %s: the file's extension says what it holds: name it .yaml, .toml or .json", file)
			}
			return fmt.Errorf("config: read %s: %w", file, err)
		}
		return nil
	}
	l.v.SetConfigName(FileName)
	l.v.AddConfigPath(".")
	if d, err := os.UserConfigDir(); err == nil {
		l.v.AddConfigPath(filepath.Join(d, "verbatim"))
	}
	err := l.v.ReadInConfig()
	var notFound viper.ConfigFileNotFoundError
	if err != nil && !errors.As(err, &notFound) {
		return fmt.Errorf("config: read %s: %w", l.describeFile(), err)
	}
	return nil
}

func (l *Loader) describeFile() string {
	if f := l.v.ConfigFileUsed(); f != "" {
		return f
	}
	return "configuration"
}

// File is the config file that was read, or "" when none was found.
func (l *Loader) File() string { return l.v.ConfigFileUsed() }

// Settings lists every effective value with its source, sorted by key.
func (l *Loader) Settings() []Setting {
	keys := l.v.AllKeys()
	sort.Strings(keys)
	out := make([]Setting, 0, len(keys))
	for _, k := range keys {
		v := l.v.Get(k)
		if d, ok := v.(time.Duration); ok {
			// as a duration is written ("5m0s"), not as nanoseconds: a
			// default would otherwise be a number and the same key set in
			// a file a string, and the number is refused in a file
			v = d.String()
		}
		out = append(out, Setting{Key: k, Value: v, Source: l.source(k)})
	}
	return out
}

func (l *Loader) source(key string) string {
	if f, ok := l.flags[key]; ok && f.Changed {
		return "flag --" + f.Name
	}
	env := EnvPrefix + "_" + strings.ToUpper(strings.NewReplacer(".", "_", "-", "_").Replace(key))
	if _, ok := os.LookupEnv(env); ok {
		return "env " + env
	}
	if l.v.InConfig(key) {
		return "file " + l.v.ConfigFileUsed()
	}
	return "default"
}

// flatten turns a struct into dotted viper keys using its mapstructure tags.
func flatten(c Config) map[string]any {
	out := map[string]any{}
	flattenValue("", reflect.ValueOf(c), out)
	return out
}

func flattenValue(prefix string, v reflect.Value, out map[string]any) {
	if v.Kind() != reflect.Struct {
		out[prefix] = v.Interface()
		return
	}
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("mapstructure"), ",")
		if name == "-" {
			continue
		}
		if name == "" {
			name = strings.ToLower(f.Name)
		}
		key := name
		if prefix != "" {
			key = prefix + "." + name
		}
		fv := v.Field(i)
		if fv.Kind() == reflect.Struct && fv.Type().PkgPath() != "time" {
			flattenValue(key, fv, out)
			continue
		}
		out[key] = fv.Interface()
	}
}
