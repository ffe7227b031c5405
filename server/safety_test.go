package server

import (
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAuth(t *testing.T) {
	t.Setenv("VERBATIM_TEST_KEY", "s3cret")
	cfg := DefaultConfig()
	cfg.APIKeyEnv = "VERBATIM_TEST_KEY"
	_, ts := newTestServer(t, cfg)
	tests := []struct {
		name, method, path, auth string
		want                     int
	}{
		{"health is public", "GET", "/healthz", "", 200},
		{"page is public", "GET", "/", "", 200},
		{"static is public", "GET", "/static/app.js", "", 200},
		{"search needs the key", "GET", "/api/search?q=velmora", "", 401},
		{"wrong key", "GET", "/api/search?q=velmora", "Bearer nope", 401},
		{"key without Bearer", "GET", "/api/search?q=velmora", "s3cret", 401},
		{"basic auth is not bearer", "GET", "/api/search?q=velmora", "Basic czNjcmV0", 401},
		{"right key", "GET", "/api/search?q=velmora", "Bearer s3cret", 200},
		{"scheme in lower case", "GET", "/api/search?q=velmora", "bearer s3cret", 200},
		{"scheme in capitals", "GET", "/api/search?q=velmora", "BEARER s3cret", 200},
		{"bearer without key", "GET", "/api/search?q=velmora", "Bearer", 401},
		{"documents need the key", "GET", "/api/documents", "", 401},
		{"metrics need the key", "GET", "/metrics", "", 401},
		{"openai needs the key", "GET", "/v1/models", "", 401},
		{"openai with key", "GET", "/v1/models", "Bearer s3cret", 200},
		{"one model needs the key", "GET", "/v1/models/verbatim", "", 401},
		{"one model with key", "GET", "/v1/models/verbatim", "Bearer s3cret", 200},
		{"unknown route still 401", "GET", "/api/nothing", "", 401},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var h []string
			if tt.auth != "" {
				h = []string{"Authorization", tt.auth}
			}
			code, b, hdr := do(t, tt.method, ts.URL+tt.path, nil, h...)
			assert.Equal(t, tt.want, code, "%s", b)
			if tt.want == 401 {
				assert.Contains(t, hdr.Get("WWW-Authenticate"), "Bearer")
			}
		})
	}
}

func TestLimits(t *testing.T) {
	cfg := DefaultConfig()
	cfg.MaxBodyBytes = 2048
	cfg.MaxQuestionBytes = 100
	_, ts := newTestServer(t, cfg)
	tests := []struct {
		name   string
		method string
		path   string
		body   any
		want   int
	}{
		{"body too large", "POST", "/api/ask", `{"question":"` + strings.Repeat("a", 4000) + `"}`, 413},
		{"question too long", "POST", "/api/ask", AskRequest{Question: strings.Repeat("velmora ", 20)}, 413},
		{"search too long", "GET", "/api/search?q=" + strings.Repeat("a", 101), nil, 413},
		{"empty question", "POST", "/api/ask", AskRequest{Question: " "}, 400},
		{"bad mode", "POST", "/api/ask", map[string]any{"question": "x", "mode": "dream"}, 400},
		{"unknown field", "POST", "/api/ask", map[string]any{"question": "x", "sudo": true}, 400},
		{"two objects", "POST", "/api/ask", `{"question":"velmora"}{"question":"x"}`, 400},
		{"not json", "POST", "/api/ask", "question=velmora", 400},
		{"k too large", "POST", "/api/ask", AskRequest{Question: "velmora", K: 1000}, 400},
		{"negative k", "POST", "/api/ask", AskRequest{Question: "velmora", K: -1}, 400},
		{"openai body too large", "POST", "/v1/chat/completions", `{"model":"verbatim","messages":[{"role":"user","content":"` + strings.Repeat("a", 4000) + `"}]}`, 413},
		{"openai question too long", "POST", "/v1/chat/completions", chatBody("verbatim", strings.Repeat("velmora ", 20), false), 413},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, b, _ := do(t, tt.method, ts.URL+tt.path, tt.body)
			assert.Equal(t, tt.want, code, "%s", b)
			assert.Contains(t, string(b), `"error"`)
		})
	}
	code, b, _ := do(t, "POST", ts.URL+"/api/ask", `{"question":"velmora"}`, "Content-Type", "application/xml")
	assert.Equal(t, http.StatusBadRequest, code, "%s", b)
}

func chatBody(model, content string, stream bool) map[string]any {
	return map[string]any{"model": model, "stream": stream, "messages": []map[string]any{
		{"role": "system", "content": "be brief"}, {"role": "user", "content": content},
	}}
}

// traversal are attempts to reach outside the corpus through an id.
var traversal = []string{
	"../../../etc/passwd",
	"..%2f..%2f..%2fetc%2fpasswd",
	"%2e%2e%2f%2e%2e%2fetc%2fpasswd",
	"%252e%252e%252fetc%252fpasswd",
	"..%5c..%5cwindows",
	"%2fetc%2fpasswd",
	"/etc/passwd",
	"0123456789abcdef%2f..%2f..",
	"0123456789ABCDEF",
	"0123456789abcde",
	"0123456789abcdef0",
	"0123456789abcdef%00",
	"0123456789abcdef-01",
	"0123456789abcdef--1",
	"0123456789abcdef-1%2f..",
	"....%2f",
	"%c0%ae%c0%ae%2f",
}

func TestTraversalThroughIDs(t *testing.T) {
	s, ts := newTestServer(t, DefaultConfig())
	docs, err := s.corpus.AllDocuments()
	require.NoError(t, err)
	for _, route := range []string{"/api/documents/%s", "/api/documents/%s/raw", "/api/passages/%s", "/api/ingest/%s"} {
		for _, id := range traversal {
			path := strings.Replace(route, "%s", id, 1)
			t.Run(path, func(t *testing.T) {
				code, b, _ := do(t, "GET", ts.URL+path, nil)
				assert.Contains(t, []int{400, 404, 405}, code, "%s", b)
				assert.NotContains(t, string(b), "root:x:0:0", "never a file outside the corpus")
				for _, d := range docs {
					assert.NotContains(t, string(b), d.Hash, "no document reached through %s", path)
				}
			})
		}
	}
}

func TestIngestPathsOutsideRootsRefused(t *testing.T) {
	allowed := writeFiles(t, map[string]string{"ok/a.md": "# A\n\nAlpha.\n"})
	outside := writeFiles(t, map[string]string{"secret.md": "# Secret\n\nDo not ingest.\n"})
	require.NoError(t, os.Symlink(outside, filepath.Join(allowed, "link")))
	require.NoError(t, os.MkdirAll(allowed+"x", 0o755)) // a sibling sharing the prefix
	t.Cleanup(func() { _ = os.RemoveAll(allowed + "x") })
	cfg := DefaultConfig()
	cfg.AllowRoots = []string{allowed}
	_, ts := newTestServer(t, cfg)
	tests := []struct {
		name string
		path string
		want int
	}{
		{"relative", "ok", 400},
		{"dot dot", allowed + "/../" + filepath.Base(outside), 403},
		{"dot dot inside", allowed + "/ok/..", 403},
		{"absolute outside", outside, 403},
		{"root of fs", "/", 403},
		{"etc", "/etc", 403},
		{"prefix sibling", allowed + "x", 403},
		{"symlink out", allowed + "/link", 403},
		{"encoded dot dot is a name", allowed + "/%2e%2e", 400},
		{"missing", allowed + "/nope", 400},
		{"nul byte", allowed + "\x00/etc", 400},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, b, _ := do(t, "POST", ts.URL+"/api/ingest", IngestRequest{Path: tt.path})
			assert.Equal(t, tt.want, code, "%s", b)
		})
	}
	code, b, _ := do(t, "GET", ts.URL+"/api/ingest", nil)
	require.Equal(t, http.StatusOK, code)
	assert.Contains(t, string(b), `"jobs":[]`, "nothing was started")
}

func TestIngestFoldersDisabledWithoutRoots(t *testing.T) {
	_, ts := newTestServer(t, DefaultConfig())
	code, b, _ := do(t, "POST", ts.URL+"/api/ingest", IngestRequest{Path: "/tmp"})
	assert.Equal(t, http.StatusForbidden, code, "%s", b)
}

func TestCORS(t *testing.T) {
	t.Run("off by default", func(t *testing.T) {
		_, ts := newTestServer(t, DefaultConfig())
		_, _, h := do(t, "GET", ts.URL+"/healthz", nil, "Origin", "https://evil.example")
		assert.Empty(t, h.Get("Access-Control-Allow-Origin"))
		code, _, h := do(t, "OPTIONS", ts.URL+"/api/ask", nil, "Origin", "https://evil.example", "Access-Control-Request-Method", "POST")
		assert.NotEqual(t, http.StatusNoContent, code)
		assert.Empty(t, h.Get("Access-Control-Allow-Origin"))
	})
	cfg := DefaultConfig()
	cfg.CORSOrigins = []string{"https://app.example"}
	_, ts := newTestServer(t, cfg)
	tests := []struct {
		name, method, origin string
		wantAllow            string
		wantCode             int
	}{
		{"allowed origin", "GET", "https://app.example", "https://app.example", 200},
		{"other origin", "GET", "https://evil.example", "", 200},
		{"preflight allowed", "OPTIONS", "https://app.example", "https://app.example", 204},
		{"preflight other", "OPTIONS", "https://evil.example", "", 405},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, h := do(t, tt.method, ts.URL+"/api/documents", nil, "Origin", tt.origin, "Access-Control-Request-Method", "GET")
			assert.Equal(t, tt.wantCode, code)
			assert.Equal(t, tt.wantAllow, h.Get("Access-Control-Allow-Origin"))
			if tt.wantCode == 204 {
				assert.Contains(t, h.Get("Access-Control-Allow-Headers"), "Authorization")
			}
		})
	}
}

func TestNotFoundAndMethodNotAllowed(t *testing.T) {
	_, ts := newTestServer(t, DefaultConfig())
	tests := []struct {
		method, path string
		want         int
	}{
		{"GET", "/api/nothing", 404},
		{"GET", "/nothing.html", 404},
		{"GET", "/api/ask", 405},
		{"DELETE", "/api/documents", 405},
		{"PUT", "/api/ingest", 405},
		{"POST", "/api/search", 405},
		{"GET", "/v1/chat/completions", 405},
		{"GET", "/static/nothing.js", 404},
	}
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.path, func(t *testing.T) {
			code, _, _ := do(t, tt.method, ts.URL+tt.path, nil)
			assert.Equal(t, tt.want, code)
		})
	}
}
