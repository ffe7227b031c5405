package openai

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/generate"
)

// ollamaFake answers /api/show with show and streams "ok" on /v1.
func ollamaFake(t *testing.T, show string, status int) *fakeServer {
	return newFake(t, func(w http.ResponseWriter, r *http.Request, hit int) {
		if r.URL.Path == "/api/show" {
			w.WriteHeader(status)
			fmt.Fprint(w, show)
			return
		}
		streamAnswer("ok")(w, r, hit)
	})
}

func TestDetectContext(t *testing.T) {
	tests := []struct {
		name       string
		show       string
		configured int
		want       int
	}{
		{"model_info lowers", `{"parameters":"stop \"<|eot|>\"","model_info":{"general.architecture":"llama","llama.context_length":2048}}`, 8192, 2048},
		{"num_ctx wins", `{"parameters":"num_ctx 3000\ntemperature 0.1","model_info":{"general.architecture":"llama","llama.context_length":131072}}`, 8192, 3000},
		{"never raises", `{"model_info":{"general.architecture":"qwen2","qwen2.context_length":32768}}`, 4096, 4096},
		{"other key", `{"model_info":{"gemma3.context_length":1500}}`, 4096, 1500},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := ollamaFake(t, tt.show, http.StatusOK)
			cfg := testConfig(f.URL1())
			cfg.DetectContext = true
			cfg.ContextTokens = tt.configured
			g := newGen(t, cfg)
			n, err := g.ContextTokens(context.Background())
			require.NoError(t, err)
			assert.Equal(t, tt.want, n)
			var shown map[string]string
			require.NoError(t, json.Unmarshal(mustJSON(f.bodies[0]), &shown))
			assert.Equal(t, "fake-model", shown["model"])
			_, err = g.Generate(context.Background(), generate.Request{Question: "q", Mode: generate.Bare}, nil)
			require.NoError(t, err)
			assert.Equal(t, 2, f.Hits(), "asked once")
		})
	}
}

func mustJSON(v any) []byte {
	b, _ := json.Marshal(v)
	return b
}

func TestDetectContextErrors(t *testing.T) {
	for name, tc := range map[string]struct {
		show   string
		status int
		want   string
	}{
		"not ollama": {"404 page not found", http.StatusNotFound, "404 Not Found: 404 page not found"},
		"no length":  {`{"model_info":{}}`, http.StatusOK, "no context_length in model_info"},
		"bad json":   {`<html>`, http.StatusOK, "not an Ollama /api/show answer"},
	} {
		t.Run(name, func(t *testing.T) {
			f := ollamaFake(t, tc.show, tc.status)
			cfg := testConfig(f.URL1())
			cfg.DetectContext = true
			g := newGen(t, cfg)
			_, err := g.Generate(context.Background(), generate.Request{Question: "q", Mode: generate.Bare}, nil)
			require.Error(t, err)
			assert.ErrorIs(t, err, ErrDetect)
			assert.Contains(t, err.Error(), tc.want)
			assert.True(t, strings.HasPrefix(err.Error(), `openai: reading the context length of "fake-model" from `+f.URL+"/api/show failed"), err.Error())
			assert.Contains(t, err.Error(), "set openai.detect_context false")
		})
	}
}

func TestDetectContextTooSmall(t *testing.T) {
	f := ollamaFake(t, `{"parameters":"num_ctx 64"}`, http.StatusOK)
	cfg := testConfig(f.URL1())
	cfg.DetectContext = true
	g := newGen(t, cfg)
	_, err := g.Generate(context.Background(), generate.Request{Question: "q", Mode: generate.Bare}, nil)
	require.Error(t, err)
	assert.ErrorIs(t, err, ErrDetect)
	assert.Equal(t, "openai: the server's context of 64 tokens leaves no room for 100 answer tokens: lower openai.max_tokens", err.Error())
}

func TestDetectContextUnreachable(t *testing.T) {
	cfg := testConfig(closedPortURL(t))
	cfg.DetectContext = true
	g := newGen(t, cfg)
	_, err := g.ContextTokens(context.Background())
	require.Error(t, err)
	assert.ErrorIs(t, err, ErrUnreachable)
	assert.Contains(t, err.Error(), "connection refused")
}

func FuzzShowResponse(f *testing.F) {
	f.Add(`{"parameters":"num_ctx 3000","model_info":{"general.architecture":"llama","llama.context_length":2048}}`)
	f.Add(`{"model_info":{"x.context_length":-1,"general.architecture":5}}`)
	f.Add(`{"parameters":"num_ctx\nnum_ctx 99999999999999999999"}`)
	f.Fuzz(func(t *testing.T, data string) {
		var show showResponse
		if json.Unmarshal([]byte(data), &show) != nil {
			return
		}
		if n := numCtx(show.Parameters); n < 0 {
			t.Fatalf("negative num_ctx %d", n)
		}
		if n := infoContext(show.ModelInfo); n < 0 || n > 1<<30 {
			t.Fatalf("context length %d out of range", n)
		}
	})
}
