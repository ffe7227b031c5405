package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/rag"
	"github.com/verbatim-rag/verbatim/verify"
)

// chatFake is a minimal OpenAI-compatible server that streams a canned answer
// and keeps the last request body. In the answer, [N] stands for the number
// of the passage in the prompt that holds the text fact.
type chatFake struct {
	mu     sync.Mutex
	answer string
	fact   string
	body   string
	status int
}

// passageHolding returns the number the prompt gives the passage holding fact.
func passageHolding(prompt, fact string) string {
	n := "0"
	for _, line := range strings.Split(prompt, "\n") {
		if m := passageHead.FindStringSubmatch(line); m != nil {
			n = m[1]
		}
		if strings.Contains(line, fact) {
			return n
		}
	}
	return "0"
}

var passageHead = regexp.MustCompile(`^\[(\d+)\] `)

func (f *chatFake) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	b, _ := io.ReadAll(r.Body)
	var req struct {
		Messages []struct{ Content string } `json:"messages"`
	}
	_ = json.Unmarshal(b, &req)
	prompt := ""
	for _, m := range req.Messages {
		prompt += m.Content + "\n"
	}
	f.mu.Lock()
	f.body = string(b)
	answer := strings.ReplaceAll(f.answer, "[N]", "["+passageHolding(prompt, f.fact)+"]")
	f.mu.Unlock()
	if f.status != 0 {
		w.WriteHeader(f.status)
		fmt.Fprint(w, `{"error":{"message":"model 'nope' not found","type":"not_found"}}`)
		return
	}
	w.Header().Set("Content-Type", "text/event-stream")
	for _, word := range strings.SplitAfter(answer, " ") {
		chunk, _ := json.Marshal(map[string]any{
			"id": "c1", "object": "chat.completion.chunk", "created": 1, "model": "fake",
			"choices": []any{map[string]any{"index": 0, "delta": map[string]any{"content": word}}},
		})
		fmt.Fprintf(w, "data: %s\n\n", chunk)
	}
	fmt.Fprint(w, `data: {"id":"c1","object":"chat.completion.chunk","created":1,"model":"fake","choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}`+"\n\n")
	fmt.Fprint(w, "data: [DONE]\n\n")
}

// useOpenAI points the CLI of this test at srv, a fake OpenAI-compatible
// server, as its generator (model "fake").
func useOpenAI(t *testing.T, srv *httptest.Server) {
	t.Helper()
	t.Setenv("VERBATIM_GENERATOR", "openai")
	t.Setenv("VERBATIM_OPENAI_BASE_URL", srv.URL+"/v1")
	t.Setenv("VERBATIM_OPENAI_MODEL", "fake")
}

func TestAskWithOpenAIGenerator(t *testing.T) {
	data := ingestedEntries(t, "--no-train")

	fake := &chatFake{answer: "Velmora was founded in 1214 [N]. It was founded in 1299 [N]. See also [9].", fact: "1214"}
	srv := httptest.NewServer(fake)
	defer srv.Close()
	useOpenAI(t, srv)

	out, _, err := run(t, data, "ask", "--json", "When was Velmora founded?")
	require.NoError(t, err)
	var ans rag.Answer
	require.NoError(t, json.Unmarshal([]byte(out), &ans))
	assert.Equal(t, "openai:fake", ans.Generator)
	assert.Contains(t, fake.body, "Velmora", "the retrieved passages reach the prompt")
	assert.Equal(t, []int{9}, ans.Removed, "a marker to a passage never shown is removed and reported")
	require.Len(t, ans.Citations, 1)
	assert.Contains(t, ans.Citations[0].Quote, "1214")
	require.GreaterOrEqual(t, len(ans.Checks), 2)
	assert.True(t, ans.Checks[0].Supported)
	assert.False(t, ans.Checks[1].Supported, "1299 is not in the cited passage: a possible compression artifact")

	// Human output flags the unsupported sentence.
	out, _, err = run(t, data, "ask", "When was Velmora founded?")
	require.NoError(t, err)
	assert.Contains(t, out, `warning: unsupported: "1299" not in [1]: "It was founded in 1299 [1]."`)
	assert.Equal(t, verify.VerdictUnsupported, ans.Checks[1].Verdict)
	assert.Contains(t, out, "removed marker [9]")

	fake.status = http.StatusNotFound
	_, _, err = run(t, data, "ask", "When was Velmora founded?")
	require.Error(t, err)
	assert.NotContains(t, err.Error(), "\n", "one-line error")
}

// TestAskEmptyOpenAIStream: a server that streams no answer text made
// `ask` print nothing and succeed; it now fails with a one-line error.
func TestAskEmptyOpenAIStream(t *testing.T) {
	data := ingestedEntries(t, "--no-train")

	srv := httptest.NewServer(&chatFake{answer: ""})
	defer srv.Close()
	useOpenAI(t, srv)
	for _, args := range [][]string{{"ask", "When was Velmora founded?"}, {"ask", "--bare", "When was Velmora founded?"}, {"ask", "--json", "When was Velmora founded?"}} {
		_, _, err := run(t, data, args...)
		require.Error(t, err, args)
		assert.Contains(t, err.Error(), "without any answer text", args)
		assert.NotContains(t, err.Error(), "\n", "one-line error")
	}
}
