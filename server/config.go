package server

import (
	"errors"
	"fmt"
	"net"
	"strings"
	"time"
)

// ErrConfig reports an invalid Config.
var ErrConfig = errors.New("server: invalid config")

// Config configures the server (the "server:" section of Verbatim's
// configuration).
type Config struct {
	// Addr is the host:port to listen on; 127.0.0.1 keeps it on this machine.
	Addr string `mapstructure:"addr"`
	// APIKeyEnv names the environment variable holding the API key; when it
	// is unset or empty, no key is needed.
	APIKeyEnv string `mapstructure:"api_key_env"`
	// AllowRoots are the folders POST /api/ingest may ingest (or any folder
	// below them); empty refuses every folder (uploads still work).
	AllowRoots []string `mapstructure:"allow_roots"`
	// AllowUploads lets POST /api/ingest take multipart file uploads.
	AllowUploads bool `mapstructure:"allow_uploads"`
	// UploadDir is where uploads are written before they are ingested;
	// empty means "uploads" in the corpus folder.
	UploadDir string `mapstructure:"upload_dir"`
	// MaxBodyBytes bounds a JSON request body, MaxUploadBytes a multipart one.
	MaxBodyBytes   int64 `mapstructure:"max_body_bytes"`
	MaxUploadBytes int64 `mapstructure:"max_upload_bytes"`
	// MaxQuestionBytes bounds a question (and a search query).
	MaxQuestionBytes int `mapstructure:"max_question_bytes"`
	// MaxK bounds the passages a request may ask for.
	MaxK int `mapstructure:"max_k"`
	// ReadTimeout bounds reading a request, WriteTimeout the whole
	// response (streamed answers included), RequestTimeout the work of one
	// question or search, ShutdownTimeout the wait for in-flight requests.
	ReadTimeout     time.Duration `mapstructure:"read_timeout"`
	WriteTimeout    time.Duration `mapstructure:"write_timeout"`
	RequestTimeout  time.Duration `mapstructure:"request_timeout"`
	ShutdownTimeout time.Duration `mapstructure:"shutdown_timeout"`
	// CORSOrigins are the browser origins allowed to call the API from
	// other sites ("*" for any); empty sends no CORS headers.
	CORSOrigins []string `mapstructure:"cors_origins"`
	// AllowedHosts are extra names (besides loopback addresses, localhost
	// and *.localhost) that requests may carry in their Host header while
	// the server listens on loopback only, e.g. a name in /etc/hosts or a
	// reverse proxy's. Other names are refused, against DNS rebinding.
	AllowedHosts []string `mapstructure:"allowed_hosts"`
}

// DefaultConfig returns a loopback server without CORS, with uploads on.
func DefaultConfig() Config {
	return Config{
		Addr:             "127.0.0.1:8080",
		APIKeyEnv:        "VERBATIM_API_KEY",
		AllowUploads:     true,
		MaxBodyBytes:     1 << 20,
		MaxUploadBytes:   64 << 20,
		MaxQuestionBytes: 4096,
		MaxK:             50,
		ReadTimeout:      time.Minute,
		WriteTimeout:     10 * time.Minute,
		RequestTimeout:   5 * time.Minute,
		ShutdownTimeout:  30 * time.Second,
	}
}

// withDefaults fills zero limits and timeouts from DefaultConfig.
func (c Config) withDefaults() Config {
	d := DefaultConfig()
	if c.Addr == "" {
		c.Addr = d.Addr
	}
	fill64(&c.MaxBodyBytes, d.MaxBodyBytes)
	fill64(&c.MaxUploadBytes, d.MaxUploadBytes)
	if c.MaxQuestionBytes <= 0 {
		c.MaxQuestionBytes = d.MaxQuestionBytes
	}
	if c.MaxK <= 0 {
		c.MaxK = d.MaxK
	}
	for _, p := range []struct{ v, d *time.Duration }{
		{&c.ReadTimeout, &d.ReadTimeout}, {&c.WriteTimeout, &d.WriteTimeout},
		{&c.RequestTimeout, &d.RequestTimeout}, {&c.ShutdownTimeout, &d.ShutdownTimeout},
	} {
		if *p.v <= 0 {
			*p.v = *p.d
		}
	}
	return c
}

func fill64(v *int64, d int64) {
	if *v <= 0 {
		*v = d
	}
}

// Validate checks the address and that no limit is negative.
func (c Config) Validate() error {
	if _, _, err := net.SplitHostPort(c.Addr); c.Addr != "" && err != nil {
		return fmt.Errorf("%w: addr %q: %v", ErrConfig, c.Addr, err)
	}
	if c.MaxBodyBytes < 0 || c.MaxUploadBytes < 0 || c.MaxQuestionBytes < 0 || c.MaxK < 0 {
		return fmt.Errorf("%w: negative limit", ErrConfig)
	}
	for _, h := range c.AllowedHosts {
		if h == "" || strings.ContainsAny(h, "/:@ ") {
			return fmt.Errorf("%w: allowed_hosts: %q is not a host name (give names only, without scheme or port)", ErrConfig, h)
		}
	}
	for _, o := range c.CORSOrigins {
		if o != "*" && (!strings.Contains(o, "://") || strings.Count(o, "/") > 2) {
			return fmt.Errorf("%w: cors_origins: %q is not an origin (scheme://host[:port], or \"*\")", ErrConfig, o)
		}
	}
	if c.ReadTimeout < 0 || c.WriteTimeout < 0 || c.RequestTimeout < 0 || c.ShutdownTimeout < 0 {
		return fmt.Errorf("%w: negative timeout", ErrConfig)
	}
	return nil
}
