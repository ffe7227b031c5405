package openai

import (
	"fmt"
	"net/url"
	"time"
)

// Config configures the OpenAI-compatible generator (openai.* in
// Verbatim's configuration).
type Config struct {
	BaseURL       string        `mapstructure:"base_url"`       // the API root, ending in /v1
	Model         string        `mapstructure:"model"`          // model name as the server knows it
	APIKeyEnv     string        `mapstructure:"api_key_env"`    // environment variable holding the API key (may be unset for local servers)
	Timeout       time.Duration `mapstructure:"timeout"`        // per attempt, including the whole streamed answer
	MaxTokens     int           `mapstructure:"max_tokens"`     // answer tokens, reserved in the context budget
	Temperature   float64       `mapstructure:"temperature"`    // 0 decodes (nearly) deterministically
	Seed          *int64        `mapstructure:"seed"`           // sent when set, for servers that support it
	MaxRetries    int           `mapstructure:"max_retries"`    // retries of 408/409/429/5xx and dropped connections
	RetryDelay    time.Duration `mapstructure:"retry_delay"`    // first backoff; doubles each retry, at most 10s
	ContextTokens int           `mapstructure:"context_tokens"` // model context length; 0 takes generate.Config's
	DetectContext bool          `mapstructure:"detect_context"` // ask Ollama's /api/show for the context length
}

// DefaultConfig returns settings for a local Ollama server.
func DefaultConfig() Config {
	return Config{
		BaseURL:    "http://127.0.0.1:11434/v1",
		Model:      "llama3.2",
		APIKeyEnv:  "OPENAI_API_KEY",
		Timeout:    5 * time.Minute,
		MaxTokens:  512,
		MaxRetries: 2,
		RetryDelay: 500 * time.Millisecond,
	}
}

// maxBackoff caps the wait between two attempts.
const maxBackoff = 10 * time.Second

// Validate reports the first setting that cannot work.
func (c Config) Validate() error {
	u, err := url.Parse(c.BaseURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("openai: base URL %q is not an http(s) URL (openai.base_url)", c.BaseURL)
	}
	switch {
	case c.Model == "":
		return fmt.Errorf("openai: no model configured (openai.model)")
	case c.Timeout < 0:
		return fmt.Errorf("openai: negative timeout %s (openai.timeout)", c.Timeout)
	case c.MaxTokens < 0:
		return fmt.Errorf("openai: negative max_tokens %d (openai.max_tokens)", c.MaxTokens)
	case c.MaxRetries < 0 || c.MaxRetries > 10:
		return fmt.Errorf("openai: max_retries %d is not between 0 and 10 (openai.max_retries)", c.MaxRetries)
	case c.RetryDelay < 0:
		return fmt.Errorf("openai: negative retry_delay %s (openai.retry_delay)", c.RetryDelay)
	case c.ContextTokens < 0:
		return fmt.Errorf("openai: negative context_tokens %d (openai.context_tokens)", c.ContextTokens)
	}
	return nil
}

// redactedURL is the base URL without any password, for messages.
func (c Config) redactedURL() string {
	u, err := url.Parse(c.BaseURL)
	if err != nil {
		return c.BaseURL
	}
	return u.Redacted()
}
