package openai

import (
	"context"
	"errors"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/generate"
)

func TestGenerateStreams(t *testing.T) {
	f := newFake(t, streamAnswer("Marie Curie ", "was born in ", "1867 [1]."))
	cfg := testConfig(f.URL1())
	seed := int64(42)
	cfg.Seed = &seed
	cfg.Temperature = 0.2
	g := newGen(t, cfg)
	assert.Equal(t, "openai:fake-model", g.Name())

	var deltas []string
	out, err := g.Generate(context.Background(), ragRequest(source(1, "curie.txt", "Marie Curie was born in 1867.")), func(d string) {
		deltas = append(deltas, d)
	})
	require.NoError(t, err)
	assert.Equal(t, []string{"Marie Curie ", "was born in ", "1867 [1]."}, deltas)
	assert.Equal(t, "Marie Curie was born in 1867 [1].", out.Text)
	assert.Equal(t, "fake-model", out.Model)
	assert.Equal(t, 123, out.PromptTokens, "from the server's usage")
	assert.Equal(t, 7, out.AnswerTokens)
	require.Len(t, out.Sources, 1)
	assert.Empty(t, out.Dropped)

	body := f.bodies[0]
	assert.Equal(t, "fake-model", body["model"])
	assert.Equal(t, true, body["stream"])
	assert.Equal(t, map[string]any{"include_usage": true}, body["stream_options"])
	assert.EqualValues(t, 100, body["max_tokens"])
	assert.EqualValues(t, 0.2, body["temperature"])
	assert.EqualValues(t, 42, body["seed"])
	msgs := body["messages"].([]any)
	require.Len(t, msgs, 2)
	assert.Equal(t, "system", msgs[0].(map[string]any)["role"])
	assert.Contains(t, msgs[0].(map[string]any)["content"], generate.NotFound)
	assert.Contains(t, f.LastUser(), "[1] curie.txt:1\nMarie Curie was born in 1867.")
	assert.Equal(t, "", f.auth[0], "no API key, no header")
}

func TestGenerateRequestOverrides(t *testing.T) {
	f := newFake(t, streamAnswer("ok"))
	g := newGen(t, testConfig(f.URL1()))
	req := generate.Request{Question: "q", Mode: generate.Bare, MaxTokens: 50, Temperature: 0.7, Seed: 9}
	_, err := g.Generate(context.Background(), req, nil)
	require.NoError(t, err)
	body := f.bodies[0]
	assert.EqualValues(t, 50, body["max_tokens"])
	assert.EqualValues(t, 0.7, body["temperature"])
	assert.EqualValues(t, 9, body["seed"])
	assert.Equal(t, "Question: q", f.LastUser())
}

// TestSeedPrecedence: a seed configured for the server (openai.seed) wins
// over the pipeline's default seed that every request carries.
func TestSeedPrecedence(t *testing.T) {
	f := newFake(t, streamAnswer("ok"))
	cfg := testConfig(f.URL1())
	seed := int64(42)
	cfg.Seed = &seed
	_, err := newGen(t, cfg).Generate(context.Background(), generate.Request{Question: "q", Mode: generate.Bare, Seed: 1}, nil)
	require.NoError(t, err)
	assert.EqualValues(t, 42, f.bodies[0]["seed"])
}

func TestGenerateAPIKey(t *testing.T) {
	f := newFake(t, streamAnswer("ok"))
	cfg := testConfig(f.URL1())
	cfg.APIKeyEnv = "VERBATIM_TEST_KEY"
	t.Setenv("VERBATIM_TEST_KEY", "sk-test")
	g := newGen(t, cfg)
	_, err := g.Generate(context.Background(), generate.Request{Question: "q", Mode: generate.Bare}, nil)
	require.NoError(t, err)
	assert.Equal(t, "Bearer sk-test", f.auth[0])
}

func TestGenerateUsageEstimatedWhenAbsent(t *testing.T) {
	f := newFake(t, func(w http.ResponseWriter, _ *http.Request, _ int) {
		sseHeader(w)
		event(w, chunk("Paris.", "stop"))
		event(w, "[DONE]")
	})
	g := newGen(t, testConfig(f.URL1()))
	out, err := g.Generate(context.Background(), ragRequest(source(1, "a.txt", "Paris.")), nil)
	require.NoError(t, err)
	assert.Greater(t, out.PromptTokens, 50, "estimated prompt, system prompt included")
	assert.Equal(t, generate.EstimateTokens("Paris."), out.AnswerTokens)
}

func TestContextBudgetPacking(t *testing.T) {
	f := newFake(t, streamAnswer("Yes [1]."))
	cfg := testConfig(f.URL1())
	cfg.ContextTokens = 600
	cfg.MaxTokens = 200
	g := newGen(t, cfg)
	long := strings.Repeat("filler words here ", 150) // ~450 tokens: cannot fit
	req := ragRequest(
		source(1, "a.txt", "Marie Curie was born in Warsaw."),
		source(2, "b.txt", long),
		source(3, "c.txt", "She was born on 7 November 1867."),
	)
	out, err := g.Generate(context.Background(), req, nil)
	require.NoError(t, err)
	require.Len(t, out.Dropped, 1)
	assert.Equal(t, "b.txt-0", out.Dropped[0].Passage.ID)
	require.Len(t, out.Sources, 2)
	assert.Equal(t, []int{1, 3}, []int{out.Sources[0].N, out.Sources[1].N}, "numbers as retrieved")
	user := f.LastUser()
	assert.Contains(t, user, "[1] a.txt:1\nMarie Curie was born in Warsaw.")
	assert.Contains(t, user, "[3] c.txt:1\nShe was born on 7 November 1867.")
	assert.NotContains(t, user, "filler")
	assert.NotContains(t, user, "[2]")
}

func TestContextTooSmall(t *testing.T) {
	f := newFake(t, streamAnswer("x"))
	cfg := testConfig(f.URL1())
	cfg.ContextTokens = 150
	cfg.MaxTokens = 100
	g := newGen(t, cfg)
	_, err := g.Generate(context.Background(), ragRequest(source(1, "a.txt", "text")), nil)
	require.Error(t, err)
	assert.ErrorIs(t, err, generate.ErrPromptTooLong)
	assert.Contains(t, err.Error(), "raise openai.context_tokens")
	assert.Equal(t, 0, f.Hits(), "nothing sent")
}

func TestPromptTemplateOverride(t *testing.T) {
	f := newFake(t, streamAnswer("ok"))
	gcfg := generate.DefaultConfig()
	gcfg.Prompt.RAG = `{{define "user"}}{{range .Sources}}<<{{.N}}|{{.Text}}>>{{end}} {{.Question}}{{end}}`
	g, err := New(testConfig(f.URL1()), gcfg)
	require.NoError(t, err)
	_, err = g.Generate(context.Background(), ragRequest(source(1, "a.txt", "alpha"), source(2, "b.txt", "beta")), nil)
	require.NoError(t, err)
	assert.Equal(t, "<<1|alpha>><<2|beta>> When was Marie Curie born?", f.LastUser())
	assert.Len(t, f.bodies[0]["messages"], 1, "no system message defined")
}

func TestRetry429ThenSuccess(t *testing.T) {
	f := newFake(t, func(w http.ResponseWriter, r *http.Request, hit int) {
		if hit == 1 {
			w.Header().Set("Retry-After", "0")
			apiError(http.StatusTooManyRequests, "slow down")(w, r, hit)
			return
		}
		streamAnswer("fine")(w, r, hit)
	})
	g := newGen(t, testConfig(f.URL1()))
	out, err := g.Generate(context.Background(), generate.Request{Question: "q", Mode: generate.Bare}, nil)
	require.NoError(t, err)
	assert.Equal(t, "fine", out.Text)
	assert.Equal(t, 2, f.Hits(), "one retry")
}

func TestRetry500Bounded(t *testing.T) {
	f := newFake(t, apiError(http.StatusInternalServerError, "out of memory"))
	cfg := testConfig(f.URL1())
	cfg.MaxRetries = 3
	g := newGen(t, cfg)
	start := time.Now()
	_, err := g.Generate(context.Background(), generate.Request{Question: "q", Mode: generate.Bare}, nil)
	require.Error(t, err)
	assert.Equal(t, 4, f.Hits(), "1 attempt + 3 retries")
	assert.Less(t, time.Since(start), 2*time.Second)
	assert.ErrorIs(t, err, ErrServer)
	assert.Equal(t, "openai: server error 500 at "+f.URL1()+" after 4 attempts: out of memory: check the server's log", err.Error())
}

func TestBackoff(t *testing.T) {
	g := newGen(t, testConfig("http://127.0.0.1:1/v1"))
	g.cfg.RetryDelay = time.Second
	for n, want := range map[int]time.Duration{1: time.Second, 2: 2 * time.Second, 3: 4 * time.Second, 10: maxBackoff} {
		d, ok := g.backoff(n, "")
		assert.True(t, ok)
		assert.LessOrEqual(t, d, want)
		assert.Greater(t, d, want*3/4-1)
	}
	d, ok := g.backoff(1, "2")
	assert.True(t, ok)
	assert.Equal(t, 2*time.Second, d)
	_, ok = g.backoff(1, "3600")
	assert.False(t, ok, "a Retry-After of an hour is not waited for")
}

func TestCanceled(t *testing.T) {
	f := newFake(t, streamAnswer("x"))
	g := newGen(t, testConfig(f.URL1()))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := g.Generate(ctx, generate.Request{Question: "q", Mode: generate.Bare}, nil)
	require.Error(t, err)
	assert.ErrorIs(t, err, context.Canceled)
}

func closedPortURL(t *testing.T) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := l.Addr().String()
	require.NoError(t, l.Close())
	return "http://" + addr + "/v1"
}

func TestConfigValidate(t *testing.T) {
	for name, mut := range map[string]func(*Config){
		"url":      func(c *Config) { c.BaseURL = "localhost:11434" },
		"model":    func(c *Config) { c.Model = "" },
		"timeout":  func(c *Config) { c.Timeout = -1 },
		"retries":  func(c *Config) { c.MaxRetries = 11 },
		"tokens":   func(c *Config) { c.MaxTokens = -1 },
		"delay":    func(c *Config) { c.RetryDelay = -1 },
		"contexts": func(c *Config) { c.ContextTokens = -5 },
	} {
		cfg := DefaultConfig()
		mut(&cfg)
		_, err := New(cfg, generate.DefaultConfig())
		require.Error(t, err, name)
		assert.True(t, strings.HasPrefix(err.Error(), "openai: "), err.Error())
	}
	require.NoError(t, DefaultConfig().Validate())
	_, err := New(DefaultConfig(), generate.Config{ContextTokens: 100, AnswerTokens: 10})
	require.Error(t, err, "max_tokens 512 does not fit a 100-token context")
	assert.True(t, errors.Is(err, err))
}
