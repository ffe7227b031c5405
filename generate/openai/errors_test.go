package openai

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/generate"
)

// hang blocks until the client gives up.
func hang(w http.ResponseWriter, r *http.Request) {
	select {
	case <-r.Context().Done():
	case <-time.After(5 * time.Second):
	}
}

// breakAfter streams one delta and then drops the connection.
func breakAfter(w http.ResponseWriter, _ *http.Request, _ int) {
	sseHeader(w)
	event(w, chunk("Marie Curie was", ""))
	conn, _, err := w.(http.Hijacker).Hijack()
	if err == nil {
		_ = conn.Close()
	}
}

var errorTests = []struct {
	name    string
	url     func(t *testing.T) string // server URL; nil uses the fake
	reply   func(http.ResponseWriter, *http.Request, int)
	kind    error
	message string // the whole message, with {url} for the base URL
	hits    int    // requests the fake must have seen; 0 skips the check
	emitted bool   // deltas reached emit before the failure
}{
	{name: "connection refused", url: closedPortURL, kind: ErrUnreachable,
		message: "openai: connection refused at {url}: is the server running? (openai.base_url)"},
	{name: "dns failure", url: func(*testing.T) string { return "http://model-server.invalid:11434/v1" }, kind: ErrUnreachable,
		message: `openai: cannot resolve host "model-server.invalid" of {url}: check the host name (openai.base_url)`},
	{name: "timeout", reply: func(w http.ResponseWriter, r *http.Request, _ int) { hang(w, r) }, kind: ErrTimeout,
		message: "openai: no answer from {url} within 200ms: the model may be loading or too slow; raise openai.timeout", hits: 1},
	{name: "timeout mid-stream", reply: func(w http.ResponseWriter, r *http.Request, _ int) {
		sseHeader(w)
		event(w, chunk("Marie", ""))
		hang(w, r)
	}, kind: ErrTimeout, emitted: true,
		message: "openai: answer from {url} timed out after 5 bytes (200ms): raise openai.timeout; the partial answer was discarded"},
	{name: "401", reply: apiError(http.StatusUnauthorized, "invalid api key"), kind: ErrAuth, hits: 1,
		message: "openai: 401 unauthorized at {url}: invalid api key: check the API key in $VERBATIM_TEST_KEY_UNSET (openai.api_key_env)"},
	{name: "403", reply: apiError(http.StatusForbidden, "no access"), kind: ErrAuth, hits: 1,
		message: `openai: 403 forbidden at {url}: no access: the API key in $VERBATIM_TEST_KEY_UNSET may not use model "fake-model" (openai.api_key_env, openai.model)`},
	{name: "404 model", reply: apiError(http.StatusNotFound, `model "fake-model" not found, try pulling it first`), kind: ErrModelNotFound, hits: 1,
		message: `openai: model "fake-model" not found at {url}: model "fake-model" not found, try pulling it first: check openai.model (for Ollama: ollama pull fake-model)`},
	{name: "404 path", reply: func(w http.ResponseWriter, _ *http.Request, _ int) { http.NotFound(w, nil) }, kind: ErrModelNotFound, hits: 1,
		message: `openai: 404 not found at {url}/chat/completions: check that the base URL ends in /v1 and the model "fake-model" exists (openai.base_url, openai.model)`},
	{name: "400", reply: apiError(http.StatusBadRequest, "bad\nrequest"), kind: ErrRequest, hits: 1,
		message: "openai: request rejected with 400 by {url}: bad request: check openai settings and the context size"},
	{name: "429 exhausted", reply: apiError(http.StatusTooManyRequests, "quota"), kind: ErrRateLimited, hits: 3,
		message: "openai: rate limited (429) by {url} after 3 attempts: quota: wait and retry, or raise openai.max_retries"},
	{name: "503 exhausted", reply: apiError(http.StatusServiceUnavailable, "loading model"), kind: ErrServer, hits: 3,
		message: "openai: server error 503 at {url} after 3 attempts: loading model: check the server's log"},
	{name: "stream breaks", reply: breakAfter, kind: ErrStream, hits: 1, emitted: true,
		message: "openai: stream from {url} broke after 15 bytes of answer: the connection closed early; the partial answer was discarded"},
	{name: "malformed event", reply: func(w http.ResponseWriter, _ *http.Request, _ int) {
		sseHeader(w)
		event(w, chunk("Marie", ""))
		event(w, `{"id": "c1", "choices": [`)
	}, kind: ErrStream, hits: 1, emitted: true,
		message: "openai: malformed stream event from {url}: unexpected end of JSON input; is it an OpenAI-compatible server? (openai.base_url)"},
	{name: "error event", reply: func(w http.ResponseWriter, _ *http.Request, _ int) {
		sseHeader(w)
		event(w, chunk("Marie", ""))
		event(w, `{"error":{"message":"CUDA out of memory"}}`)
	}, kind: ErrStream, hits: 1, emitted: true,
		message: `openai: server reported an error mid-answer at {url}: {"error":{"message":"CUDA out of memory"}}; the partial answer was discarded`},
	{name: "no finish reason, no [DONE]", reply: func(w http.ResponseWriter, _ *http.Request, _ int) {
		sseHeader(w)
		event(w, chunk("Marie", ""))
		event(w, chunk(" Curie [DONE]", "")) // in a string, not the end
		event(w, chunk("data: [DONE]", ""))
	}, kind: ErrStream, hits: 1, emitted: true,
		message: "openai: stream from {url} ended after 30 bytes without a finish reason or [DONE]: the answer may be incomplete and was discarded"},
}

func TestGenerateErrors(t *testing.T) {
	for _, tt := range errorTests {
		t.Run(tt.name, func(t *testing.T) {
			var f *fakeServer
			var url string
			if tt.url != nil {
				url = tt.url(t)
			} else {
				f = newFake(t, tt.reply)
				url = f.URL1()
			}
			cfg := testConfig(url)
			cfg.Timeout = 200 * time.Millisecond
			g := newGen(t, cfg)
			emitted := false
			start := time.Now()
			out, err := g.Generate(context.Background(), ragRequest(source(1, "a.txt", "Marie Curie was born in 1867.")), func(string) { emitted = true })
			require.Error(t, err)
			assert.Less(t, time.Since(start), 3*time.Second)
			assert.ErrorIs(t, err, tt.kind)
			assert.Equal(t, strings.ReplaceAll(tt.message, "{url}", url), err.Error())
			assert.NotContains(t, err.Error(), "\n")
			assert.Equal(t, generate.Output{}, out, "nothing half-printed comes back as an answer")
			assert.Equal(t, tt.emitted, emitted)
			if f != nil && tt.hits > 0 {
				assert.Equal(t, tt.hits, f.Hits())
			}
		})
	}
}

func TestTruncatedAnswer(t *testing.T) {
	f := newFake(t, func(w http.ResponseWriter, _ *http.Request, _ int) {
		sseHeader(w)
		event(w, chunk("Marie Curie was born in", "length"))
		event(w, "[DONE]")
	})
	g := newGen(t, testConfig(f.URL1()))
	out, err := g.Generate(context.Background(), generate.Request{Question: "q", Mode: generate.Bare}, nil)
	require.Error(t, err)
	assert.ErrorIs(t, err, ErrTruncated)
	assert.Equal(t, "openai: answer cut at max_tokens 100 by "+f.URL1()+": raise openai.max_tokens", err.Error())
	assert.Equal(t, "Marie Curie was born in", out.Text, "returned for the caller to judge")
}

// A server that ignores max_tokens and streams without end must not grow
// the answer until memory runs out: the stream is cut at maxAnswerBytes
// and reported, never returned as an answer.
func TestEndlessStreamIsCut(t *testing.T) {
	delta := strings.Repeat("x", 4096)
	f := newFake(t, func(w http.ResponseWriter, r *http.Request, _ int) {
		sseHeader(w)
		for r.Context().Err() == nil {
			event(w, chunk(delta, ""))
		}
	})
	g := newGen(t, testConfig(f.URL1()))
	emitted := 0
	out, err := g.Generate(context.Background(), generate.Request{Question: "q", Mode: generate.Bare}, func(d string) { emitted += len(d) })
	require.Error(t, err)
	assert.ErrorIs(t, err, ErrStream)
	assert.Contains(t, err.Error(), "far beyond max_tokens 100")
	assert.Empty(t, out.Text)
	assert.LessOrEqual(t, emitted, maxAnswerBytes(100)+len(delta))
}
