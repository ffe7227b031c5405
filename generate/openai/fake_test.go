package openai

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/generate"
)

// fakeServer is an OpenAI-compatible chat-completions server for tests.
type fakeServer struct {
	*httptest.Server
	mu     sync.Mutex
	hits   int
	bodies []map[string]any
	auth   []string
	reply  func(w http.ResponseWriter, r *http.Request, hit int)
}

func newFake(t testing.TB, reply func(w http.ResponseWriter, r *http.Request, hit int)) *fakeServer {
	f := &fakeServer{reply: reply}
	f.Server = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.Close)
	return f
}

func (f *fakeServer) serve(w http.ResponseWriter, r *http.Request) {
	data, _ := io.ReadAll(r.Body)
	var body map[string]any
	_ = json.Unmarshal(data, &body)
	f.mu.Lock()
	f.hits++
	hit := f.hits
	f.bodies = append(f.bodies, body)
	f.auth = append(f.auth, r.Header.Get("Authorization"))
	f.mu.Unlock()
	f.reply(w, r, hit)
}

func (f *fakeServer) Hits() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.hits
}

// LastUser is the content of the last request's user message.
func (f *fakeServer) LastUser() string {
	f.mu.Lock()
	defer f.mu.Unlock()
	msgs, _ := f.bodies[len(f.bodies)-1]["messages"].([]any)
	for _, m := range msgs {
		if mm, _ := m.(map[string]any); mm["role"] == "user" {
			s, _ := mm["content"].(string)
			return s
		}
	}
	return ""
}

func (f *fakeServer) URL1() string { return f.URL + "/v1" }

func chunk(delta, finish string) string {
	fr := "null"
	if finish != "" {
		fr = fmt.Sprintf("%q", finish)
	}
	return fmt.Sprintf(`{"id":"c1","object":"chat.completion.chunk","created":1,"model":"fake-model","choices":[{"index":0,"delta":{"content":%q},"finish_reason":%s}]}`, delta, fr)
}

const usageChunk = `{"id":"c1","object":"chat.completion.chunk","created":1,"model":"fake-model","choices":[],"usage":{"prompt_tokens":123,"completion_tokens":7,"total_tokens":130}}`

func sseHeader(w http.ResponseWriter) {
	w.Header().Set("Content-Type", "text/event-stream")
	w.WriteHeader(http.StatusOK)
}

func event(w http.ResponseWriter, data string) {
	fmt.Fprintf(w, "data: %s\n\n", data)
	w.(http.Flusher).Flush()
}

// streamAnswer streams deltas, a stop, usage and [DONE].
func streamAnswer(deltas ...string) func(http.ResponseWriter, *http.Request, int) {
	return func(w http.ResponseWriter, _ *http.Request, _ int) {
		sseHeader(w)
		for _, d := range deltas {
			event(w, chunk(d, ""))
		}
		event(w, chunk("", "stop"))
		event(w, usageChunk)
		event(w, "[DONE]")
	}
}

func apiError(status int, msg string) func(http.ResponseWriter, *http.Request, int) {
	return func(w http.ResponseWriter, _ *http.Request, _ int) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		fmt.Fprintf(w, `{"error":{"message":%q,"type":"api_error","param":null,"code":null}}`, msg)
	}
}

func testConfig(url string) Config {
	cfg := DefaultConfig()
	cfg.BaseURL = url
	cfg.Model = "fake-model"
	cfg.APIKeyEnv = "VERBATIM_TEST_KEY_UNSET"
	cfg.Timeout = 5 * time.Second
	cfg.RetryDelay = time.Millisecond
	cfg.MaxTokens = 100
	return cfg
}

func newGen(t testing.TB, cfg Config) *Generator {
	gcfg := generate.DefaultConfig()
	g, err := New(cfg, gcfg)
	require.NoError(t, err)
	return g
}

func source(n int, path, text string) generate.Source {
	p := corpus.Passage{ID: fmt.Sprintf("%s-0", path), DocID: path, Path: path, Format: corpus.Text, End: len(text), Text: text}
	return generate.Source{N: n, Passage: p, Span: corpus.Span{Path: path, End: len(text), LineStart: 1, LineEnd: 1}}
}

func ragRequest(sources ...generate.Source) generate.Request {
	return generate.Request{Question: "When was Marie Curie born?", Mode: generate.RAG, Sources: sources}
}
