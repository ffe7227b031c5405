package server

import (
	"bytes"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sendRaw sends a request with a raw body, a Host override (when host is not
// empty) and headers, and returns the status and body.
func sendRaw(t testing.TB, method, url, host string, body []byte, header ...string) (int, []byte) {
	t.Helper()
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	req, err := http.NewRequest(method, url, rd)
	require.NoError(t, err)
	if host != "" {
		req.Host = host
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	res, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	require.NoError(t, err)
	return res.StatusCode, b
}

func TestCrossOriginWrites(t *testing.T) {
	cfg := DefaultConfig()
	cfg.CORSOrigins = []string{"https://app.example"}
	_, ts := newTestServer(t, cfg)
	upload := uploadBody(t, map[string]string{"evil.md": "# Evil\n\nThe evil page wrote this file in 2024.\n"})
	ask := []byte(`{"question":"When was Velmora founded?"}`)
	form := "application/x-www-form-urlencoded"
	tests := []struct {
		name   string
		method string
		path   string
		body   []byte
		header []string
		want   int
	}{
		{"upload from another site (Origin)", "POST", "/api/ingest", upload.body,
			[]string{"Content-Type", upload.contentType, "Origin", "https://evil.example"}, 403},
		{"upload from another site (Sec-Fetch-Site)", "POST", "/api/ingest", upload.body,
			[]string{"Content-Type", upload.contentType, "Origin", "https://evil.example", "Sec-Fetch-Site", "cross-site"}, 403},
		{"upload from a sibling site", "POST", "/api/ingest", upload.body,
			[]string{"Content-Type", upload.contentType, "Sec-Fetch-Site", "same-site"}, 403},
		{"form post from another site", "POST", "/api/ask", ask,
			[]string{"Content-Type", form, "Origin", "https://evil.example"}, 403},
		{"opaque origin", "POST", "/api/ask", ask, []string{"Origin", "null"}, 403},
		{"openai route from another site", "POST", "/v1/chat/completions",
			[]byte(`{"model":"verbatim","messages":[{"role":"user","content":"Velmora?"}]}`),
			[]string{"Origin", "https://evil.example", "Sec-Fetch-Site", "cross-site"}, 403},
		{"configured origin", "POST", "/api/ask", ask,
			[]string{"Origin", "https://app.example", "Sec-Fetch-Site", "cross-site"}, 200},
		{"own page", "POST", "/api/ask", ask, []string{"Origin", ts.URL, "Sec-Fetch-Site", "same-origin"}, 200},
		{"own page, older browser", "POST", "/api/ask", ask, []string{"Origin", ts.URL}, 200},
		{"typed by the user", "POST", "/api/ask", ask, []string{"Sec-Fetch-Site", "none"}, 200},
		{"curl (no Origin)", "POST", "/api/ask", ask, nil, 200},
		{"reads from another site pass (no CORS headers)", "GET", "/api/search?q=velmora", nil,
			[]string{"Origin", "https://evil.example", "Sec-Fetch-Site", "cross-site"}, 200},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, b := sendRaw(t, tt.method, ts.URL+tt.path, "", tt.body, tt.header...)
			assert.Equal(t, tt.want, code, "%s", b)
			if tt.want == 403 {
				assert.Contains(t, string(b), "server.cors_origins")
			}
		})
	}
	// Nothing the refused uploads carried was stored.
	code, b, _ := do(t, "GET", ts.URL+"/api/search?q=evil+page+wrote", nil)
	require.Equal(t, 200, code)
	assert.NotContains(t, string(b), "evil.md")
}

func TestCrossOriginAnyOrigin(t *testing.T) {
	ask := []byte(`{"question":"When was Velmora founded?"}`)
	evil := []string{"Origin", "https://evil.example", "Sec-Fetch-Site", "cross-site"}
	t.Run("star without a key still refuses writes", func(t *testing.T) {
		cfg := DefaultConfig()
		cfg.CORSOrigins = []string{"*"}
		_, ts := newTestServer(t, cfg)
		code, b := sendRaw(t, "POST", ts.URL+"/api/ask", "", ask, evil...)
		assert.Equal(t, 403, code, "%s", b)
	})
	t.Run("star with a key leaves it to the key", func(t *testing.T) {
		t.Setenv("VERBATIM_TEST_KEY", "s3cret")
		cfg := DefaultConfig()
		cfg.CORSOrigins = []string{"*"}
		cfg.APIKeyEnv = "VERBATIM_TEST_KEY"
		_, ts := newTestServer(t, cfg)
		code, b := sendRaw(t, "POST", ts.URL+"/api/ask", "", ask, evil...)
		assert.Equal(t, 401, code, "%s", b)
		code, b = sendRaw(t, "POST", ts.URL+"/api/ask", "", ask, append(evil, "Authorization", "Bearer s3cret")...)
		assert.Equal(t, 200, code, "%s", b)
	})
}

func TestHostCheck(t *testing.T) {
	cfg := DefaultConfig()
	cfg.AllowedHosts = []string{"verbatim.lan"}
	_, ts := newTestServer(t, cfg)
	port := ts.URL[strings.LastIndexByte(ts.URL, ':'):]
	tests := []struct {
		host string
		want int
	}{
		{"attacker.example" + port, 403},
		{"attacker.example", 403},
		{"127.0.0.1.attacker.example" + port, 403},
		{"localhost.attacker.example", 403},
		{"192.168.1.10" + port, 403},
		{"127.0.0.1" + port, 200},
		{"127.0.0.2" + port, 200},
		{"[::1]" + port, 200},
		{"localhost" + port, 200},
		{"LOCALHOST", 200},
		{"app.localhost" + port, 200},
		{"verbatim.lan" + port, 200},
		{"Verbatim.LAN.", 200},
	}
	for _, tt := range tests {
		t.Run(tt.host, func(t *testing.T) {
			for _, path := range []string{"/api/search?q=velmora", "/healthz"} {
				code, b := sendRaw(t, "GET", ts.URL+path, tt.host, nil)
				assert.Equal(t, tt.want, code, "%s: %s", path, b)
				if tt.want == 403 {
					assert.Contains(t, string(b), "server.allowed_hosts")
				}
			}
		})
	}
	t.Run("not on loopback: any host", func(t *testing.T) {
		cfg := DefaultConfig()
		cfg.Addr = "0.0.0.0:8080"
		_, ts := newTestServer(t, cfg)
		code, b := sendRaw(t, "GET", ts.URL+"/api/search?q=velmora", "verbatim.example.org", nil)
		assert.Equal(t, 200, code, "%s", b)
	})
}

func TestIsLoopback(t *testing.T) {
	tests := []struct {
		addr string
		want bool
	}{
		{"127.0.0.1:8080", true},
		{"127.1.2.3:0", true},
		{"[::1]:8080", true},
		{"localhost:8080", true},
		{":8080", false},
		{"0.0.0.0:8080", false},
		{"[::]:8080", false},
		{"192.168.1.10:8080", false},
		{"example.org:80", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, isLoopback(tt.addr), tt.addr)
	}
}

func TestJSONContentTypes(t *testing.T) {
	_, ts := newTestServer(t, DefaultConfig())
	ask := []byte(`{"question":"When was Velmora founded?"}`)
	tests := []struct {
		contentType string
		want        int
	}{
		{"", 200}, // a client that sends none
		{"application/x-www-form-urlencoded", 200}, // curl -d, as in the README
		{"text/plain; charset=utf-8", 200},
		{"application/json; charset=utf-8", 200},
		{"application/vnd.api+json", 200},
		{"application/xml", 400},
		{"multipart/form-data; boundary=x", 400},
		{"application/json; charset", 400}, // malformed
	}
	for _, tt := range tests {
		t.Run(tt.contentType, func(t *testing.T) {
			var h []string
			if tt.contentType != "" {
				h = []string{"Content-Type", tt.contentType}
			}
			code, b := sendRaw(t, "POST", ts.URL+"/api/ask", "", ask, h...)
			assert.Equal(t, tt.want, code, "%s", b)
		})
	}
}

// TestBadJSONBodies: a body that is empty or not a JSON object gets a
// message saying what is wanted, on every route that reads JSON.
func TestBadJSONBodies(t *testing.T) {
	_, ts := newTestServer(t, DefaultConfig())
	tests := []struct {
		name, route, body, want string
	}{
		{"empty ask", "/api/ask", "", "server: the request body is empty: want a JSON object"},
		{"blank ask", "/api/ask", " \n", "server: the request body is empty: want a JSON object"},
		{"empty chat", "/v1/chat/completions", "", "server: the request body is empty: want a JSON object"},
		{"cut short", "/api/ask", `{"question":`, "server: decode request: the JSON object is cut short"},
		{"an array", "/api/ask", `[]`, "server: decode request: want a JSON object, not an array"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, b := sendRaw(t, "POST", ts.URL+tt.route, "", []byte(tt.body))
			assert.Equal(t, http.StatusBadRequest, code, "%s", b)
			assert.Contains(t, string(b), tt.want)
		})
	}
}

func TestConfigRejectsBadNames(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(*Config)
		want   string
	}{
		{"host with scheme", func(c *Config) { c.AllowedHosts = []string{"http://verbatim.lan"} }, "allowed_hosts"},
		{"host with port", func(c *Config) { c.AllowedHosts = []string{"verbatim.lan:8080"} }, "allowed_hosts"},
		{"empty host", func(c *Config) { c.AllowedHosts = []string{""} }, "allowed_hosts"},
		{"origin without scheme", func(c *Config) { c.CORSOrigins = []string{"app.example"} }, "cors_origins"},
		{"origin with path", func(c *Config) { c.CORSOrigins = []string{"https://app.example/ui"} }, "cors_origins"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := DefaultConfig()
			tt.mutate(&cfg)
			err := cfg.Validate()
			require.ErrorIs(t, err, ErrConfig)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

// FuzzKnownHost: a Host header passes the loopback check only when it
// names loopback (an IP, localhost, *.localhost) or a configured name.
func FuzzKnownHost(f *testing.F) {
	for _, h := range []string{"127.0.0.1:8080", "[::1]:8080", "localhost", "a.localhost:1", "evil.example", "verbatim.lan", "127.0.0.1.evil", "[::ffff:127.0.0.1]:80", ""} {
		f.Add(h)
	}
	s := &Server{cfg: Config{AllowedHosts: []string{"verbatim.lan"}}}
	f.Fuzz(func(t *testing.T, host string) {
		if !s.knownHost(host) || host == "" {
			return
		}
		name := host
		if h, _, err := net.SplitHostPort(host); err == nil {
			name = h
		}
		name = strings.ToLower(strings.TrimSuffix(strings.Trim(name, "[]"), "."))
		ip := net.ParseIP(name)
		ok := (ip != nil && ip.IsLoopback()) || name == "localhost" || strings.HasSuffix(name, ".localhost") || name == "verbatim.lan"
		require.True(t, ok, "host %q passed", host)
	})
}
