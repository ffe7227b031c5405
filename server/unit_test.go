package server

import (
	"context"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/retrieve"
	"github.com/verbatim-rag/verbatim/verify"
)

// stripAll feeds text to a markerStripper in pieces of n bytes.
func stripAll(text string, n int) string {
	var out strings.Builder
	m := &markerStripper{emit: func(s string) { out.WriteString(s) }}
	for i := 0; i < len(text); i += n {
		m.write(text[i:min(len(text), i+n)])
	}
	m.flush()
	return out.String()
}

func TestMarkerStripper(t *testing.T) {
	tests := []string{
		"Velmora was founded in 1214 [1].",
		"It has 412,600 people [2][3]. The river is 634 km long [1, 3].",
		"See [the link](http://x) and [Passage 2].",
		"An open [bracket that never closes",
		"Unicode 【1】 and ［2］ markers — and “quotes” [4].",
		"Trailing space before marker   [12]",
		"",
		"[1]",
		"array[0] stays [x]",
	}
	for _, text := range tests {
		want := verify.StripMarkers(text)
		for _, n := range []int{1, 2, 3, 7, 1000} {
			assert.Equal(t, want, stripAll(text, n), "%q in pieces of %d", text, n)
		}
	}
}

func FuzzMarkerStripper(f *testing.F) {
	for _, s := range []string{"a [1] b", "x【2】.", "[1](u)", "é [3", "  [", "[1-2] ok"} {
		f.Add(s, uint8(3))
	}
	f.Fuzz(func(t *testing.T, text string, n uint8) {
		if !utf8.ValidString(text) {
			return
		}
		got := stripAll(text, int(n%16)+1)
		require.Equal(t, verify.StripMarkers(text), got)
	})
}

func FuzzQuestionOf(f *testing.F) {
	for _, s := range []string{"Question: a?", "Passages:\n[1] x\nQuestion: b", "", "\n\nQuestion:"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		q := questionOf(text)
		require.LessOrEqual(t, len(q), len(text))
		require.Equal(t, strings.TrimSpace(q), q)
	})
}

func FuzzSafeFileName(f *testing.F) {
	for _, s := range []string{"a.md", "../x", `..\..\x`, ".env", "a/b/c.txt", "\x00", "%2e%2e"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		base, err := safeFileName(name)
		if err != nil {
			return
		}
		require.NotContains(t, base, "/")
		require.NotContains(t, base, `\`)
		require.NotEqual(t, "..", base)
		require.False(t, strings.HasPrefix(base, "."))
		require.Equal(t, base, filepath.Base(base))
	})
}

func FuzzIDPatterns(f *testing.F) {
	for _, s := range []string{"0123456789abcdef", "0123456789abcdef-3", "../etc", "0123456789abcdef-1/..", "%2e"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, id string) {
		if checkID("passage", id, passageIDPattern) == nil || checkID("document", id, docIDPattern) == nil {
			require.NotContains(t, id, "/")
			require.NotContains(t, id, ".")
			require.NotContains(t, id, "%")
		}
	})
}

func FuzzAllowedPath(f *testing.F) {
	root := f.TempDir()
	require.NoError(f, os.MkdirAll(filepath.Join(root, "in", "deep"), 0o755))
	real, err := filepath.EvalSymlinks(root)
	require.NoError(f, err)
	s := &Server{roots: []string{filepath.Join(real, "in")}}
	for _, p := range []string{real + "/in", real + "/in/deep", real, real + "/in/../", "/", "in", real + "/in/./deep"} {
		f.Add(p)
	}
	f.Fuzz(func(t *testing.T, p string) {
		got, err := s.allowedPath(p)
		if err == nil {
			require.True(t, within(got, s.roots[0]), "%q resolved to %q outside the root", p, got)
		}
	})
}

func TestWithin(t *testing.T) {
	tests := []struct {
		path, root string
		want       bool
	}{
		{"/a/b", "/a/b", true},
		{"/a/b/c", "/a/b", true},
		{"/a/bc", "/a/b", false},
		{"/a", "/a/b", false},
		{"/a/b/..c", "/a/b", true},
		{"/", "/a", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, within(tt.path, tt.root), "%s in %s", tt.path, tt.root)
	}
}

func TestQueryFilters(t *testing.T) {
	s := &Server{cfg: DefaultConfig()}
	q, err := s.query("x", 3, Filters{Paths: []string{"/docs/notes/", "*.md", "notes/"}, Formats: []string{"Markdown"}})
	require.NoError(t, err)
	assert.Equal(t, retrieve.Query{Text: "x", K: 3, PathPrefixes: []string{"/docs/notes"}, PathGlobs: []string{"*.md", "notes/**"},
		Formats: q.Formats}, q)
	assert.Equal(t, "markdown", string(q.Formats[0]))
	_, err = s.query("x", 0, Filters{Paths: []string{" "}})
	assert.Error(t, err)
	_, err = s.query("x", 0, Filters{Paths: []string{"docs/["}})
	assert.ErrorContains(t, err, `path: bad path glob "docs/["`, "a malformed glob is refused, not matched against nothing")
}

// TestQueryFiltersDotDot: a folder filter is taken as the folder it names
// (an absolute one with ".." cleaned, as stored paths are) and a relative
// one climbing with ".." (the server's working folder means nothing to a
// client) is refused, not matched against nothing.
func TestQueryFiltersDotDot(t *testing.T) {
	s := &Server{cfg: DefaultConfig()}
	q, err := s.query("x", 3, Filters{Paths: []string{"/docs/notes/../papers/", "/docs/./a"}})
	require.NoError(t, err)
	assert.Equal(t, []string{"/docs/papers", "/docs/a"}, q.PathPrefixes)
	for _, p := range []string{"../..", "notes/../../x", ".."} {
		_, err = s.query("x", 0, Filters{Paths: []string{p}})
		assert.ErrorContains(t, err, `server: path filter "`+p+`" climbs with "..": give an absolute folder or a glob`, p)
	}
}

func TestMetricsExposition(t *testing.T) {
	_, ts := newTestServer(t, DefaultConfig())
	do(t, "POST", ts.URL+"/api/ask", AskRequest{Question: question})
	do(t, "GET", ts.URL+"/api/search?q=velmora", nil)
	do(t, "GET", ts.URL+"/api/nothing", nil)
	code, b, h := do(t, "GET", ts.URL+"/metrics", nil)
	require.Equal(t, http.StatusOK, code)
	assert.Equal(t, "text/plain; version=0.0.4; charset=utf-8", h.Get("Content-Type"))
	body := string(b)
	for _, want := range []string{
		`verbatim_http_requests_total{route="POST /api/ask",code="200"} 1`,
		`verbatim_http_requests_total{route="GET /api/search",code="200"} 1`,
		`verbatim_http_requests_total{route="unmatched",code="404"} 1`,
		`verbatim_http_request_duration_seconds_bucket{route="POST /api/ask",le="+Inf"} 1`,
		`verbatim_http_request_duration_seconds_count{route="GET /api/search"} 1`,
		`verbatim_answers_total{mode="rag",outcome="answered"} 1`,
		`verbatim_corpus_documents 60`,
		`verbatim_generator_info{name="fake"} 1`,
		`verbatim_ingest_running 0`,
		"# TYPE verbatim_http_request_duration_seconds histogram",
	} {
		assert.Contains(t, body, want)
	}
	for _, line := range strings.Split(strings.TrimSpace(body), "\n") {
		if !strings.HasPrefix(line, "#") {
			assert.Regexp(t, `^[a-z_]+(\{[^}]*\})? [0-9.e+-]+$`, line)
		}
	}
}

// TestGracefulShutdown cancels Serve while a streamed answer is in flight:
// the answer completes, then Serve returns and the corpus closes cleanly.
func TestGracefulShutdown(t *testing.T) {
	c := openCorpus(t)
	s, err := New(testDeps(c, &fakeGen{delay: 30 * time.Millisecond}), DefaultConfig())
	require.NoError(t, err)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Serve(ctx, ln) }()
	base := "http://" + ln.Addr().String()

	type result struct {
		code int
		body []byte
	}
	res := make(chan result, 1)
	go func() {
		code, b, _ := do(t, "POST", base+"/api/ask", AskRequest{Question: question}, "Accept", "text/event-stream")
		res <- result{code, b}
	}()
	require.Eventually(t, func() bool { return s.metrics.inFlight.Load() > 0 }, 5*time.Second, 5*time.Millisecond)
	cancel()
	r := <-res
	require.Equal(t, http.StatusOK, r.code)
	evs := readSSE(t, r.body)
	assert.Equal(t, "answer", evs[len(evs)-1].name, "the in-flight answer finished")
	require.NoError(t, <-done)
	_, err = http.Get(base + "/healthz")
	assert.Error(t, err, "no longer listening")
	require.NoError(t, c.Close(), "the store closes cleanly after Serve returned")
}

func TestConfigValidate(t *testing.T) {
	bad := []func(*Config){
		func(c *Config) { c.Addr = "no-port" },
		func(c *Config) { c.MaxBodyBytes = -1 },
		func(c *Config) { c.ShutdownTimeout = -time.Second },
	}
	for i, mutate := range bad {
		cfg := DefaultConfig()
		mutate(&cfg)
		assert.ErrorIs(t, cfg.Validate(), ErrConfig, "case %d", i)
	}
	require.NoError(t, DefaultConfig().Validate())
	_, err := New(Deps{}, DefaultConfig())
	assert.ErrorIs(t, err, ErrNoCorpus)
	cfg := DefaultConfig()
	cfg.AllowRoots = []string{"/no/such/folder"}
	_, err = New(testDeps(newCorpus(t), nil), cfg)
	assert.ErrorIs(t, err, ErrConfig)
}
