package server

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	oai "github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/generate"
	"github.com/verbatim-rag/verbatim/generate/openai"
	"github.com/verbatim-rag/verbatim/rag"
	"github.com/verbatim-rag/verbatim/retrieve"
	"github.com/verbatim-rag/verbatim/verify"
)

// openaiClient is the project's own generate/openai client pointed at ts.
func openaiClient(t *testing.T, base, model, keyEnv string) *openai.Generator {
	t.Helper()
	cfg := openai.DefaultConfig()
	cfg.BaseURL, cfg.Model, cfg.APIKeyEnv = base+"/v1", model, keyEnv
	cfg.Timeout, cfg.MaxRetries = 30*time.Second, 0
	g, err := openai.New(cfg, generate.DefaultConfig())
	require.NoError(t, err)
	return g
}

// TestOpenAIClientRoundTrip drives this server's /v1/chat/completions with
// the project's own OpenAI-compatible generator over real HTTP, with the
// API key on: the answer streams, keeps its citations, and a client given
// retrieved passages still has its question found in the prompt.
func TestOpenAIClientRoundTrip(t *testing.T) {
	t.Setenv("VERBATIM_TEST_KEY", "k3y")
	cfg := DefaultConfig()
	cfg.APIKeyEnv = "VERBATIM_TEST_KEY"
	s, ts := newTestServer(t, cfg)
	g := openaiClient(t, ts.URL, ModelRAG, "VERBATIM_TEST_KEY")
	ctx := context.Background()

	var deltas []string
	out, err := g.Generate(ctx, generate.Request{Question: question, Mode: generate.Bare}, func(d string) { deltas = append(deltas, d) })
	require.NoError(t, err)
	assert.Greater(t, len(deltas), 2, "streamed in pieces")
	assert.Equal(t, strings.Join(deltas, ""), out.Text)
	assert.Contains(t, out.Text, "Aldric III (1748–1803) was King of Norvania from 1771 until his death")
	assert.Contains(t, out.Text, "\n\nSources:\n[1] ")
	assert.Contains(t, out.Text, "aldric-iii.md:3")
	assert.Equal(t, ModelRAG, out.Model)

	// A RAG-mode client sends passages and the question in its prompt.
	hits, err := retrieve.New(s.corpus, retrieve.DefaultConfig()).Search(ctx, retrieve.Query{Text: "Velmora population census", K: 2})
	require.NoError(t, err)
	src := []generate.Source{{N: 1, Passage: hits[0].Passage, Span: hits[0].Span}}
	out, err = g.Generate(ctx, generate.Request{Question: question, Mode: generate.RAG, Sources: src}, nil)
	require.NoError(t, err)
	assert.Contains(t, out.Text, "King of Norvania", "the question, not the passages, was answered")

	bad := openaiClient(t, ts.URL, ModelRAG, "VERBATIM_NO_SUCH_KEY")
	_, err = bad.Generate(ctx, generate.Request{Question: question, Mode: generate.Bare}, nil)
	require.ErrorIs(t, err, openai.ErrAuth)

	bare := openaiClient(t, ts.URL, ModelBare, "VERBATIM_TEST_KEY")
	out, err = bare.Generate(ctx, generate.Request{Question: question, Mode: generate.Bare}, nil)
	require.NoError(t, err)
	assert.Equal(t, bareClaim, out.Text)

	unknown := openaiClient(t, ts.URL, "gpt-4o", "VERBATIM_TEST_KEY")
	_, err = unknown.Generate(ctx, generate.Request{Question: question, Mode: generate.Bare}, nil)
	require.Error(t, err)
}

// TestOpenAISDKNonStreaming uses the official SDK for a non-streamed
// completion and reads the extra citations field.
func TestOpenAISDKNonStreaming(t *testing.T) {
	_, ts := newTestServer(t, DefaultConfig())
	client := oai.NewClient(option.WithBaseURL(ts.URL+"/v1"), option.WithAPIKey("unused"), option.WithMaxRetries(0))
	resp, err := client.Chat.Completions.New(context.Background(), oai.ChatCompletionNewParams{
		Model:    ModelRAG,
		Messages: []oai.ChatCompletionMessageParamUnion{oai.SystemMessage("be brief"), oai.UserMessage(question)},
	})
	require.NoError(t, err)
	require.Len(t, resp.Choices, 1)
	assert.Equal(t, "stop", resp.Choices[0].FinishReason)
	assert.Equal(t, "assistant", string(resp.Choices[0].Message.Role))
	text := resp.Choices[0].Message.Content
	assert.Contains(t, text, "[1]")
	assert.Contains(t, text, "Sources:")
	assert.Positive(t, resp.Usage.TotalTokens)
	raw, ok := resp.JSON.ExtraFields["citations"]
	require.True(t, ok, "extra citations field")
	var cites []rag.Citation
	require.NoError(t, json.Unmarshal([]byte(raw.Raw()), &cites))
	require.NotEmpty(t, cites)
	assert.Contains(t, text, cites[0].Ref)
	assert.NotEmpty(t, cites[0].Quote)

	models, err := client.Models.List(context.Background())
	require.NoError(t, err)
	var ids []string
	for _, m := range models.Data {
		ids = append(ids, m.ID)
	}
	assert.Equal(t, []string{ModelRAG, ModelBare}, ids)
}

// TestOpenAISDKRetrieveModel: the SDK's models.retrieve finds each model
// /v1/models lists, and an unknown one gets 404 in the OpenAI error shape.
func TestOpenAISDKRetrieveModel(t *testing.T) {
	_, ts := newTestServer(t, DefaultConfig())
	client := oai.NewClient(option.WithBaseURL(ts.URL+"/v1"), option.WithAPIKey("unused"), option.WithMaxRetries(0))
	for _, id := range []string{ModelRAG, ModelBare} {
		m, err := client.Models.Get(context.Background(), id)
		require.NoError(t, err, id)
		assert.Equal(t, id, m.ID)
		assert.Equal(t, "verbatim", m.OwnedBy)
	}
	code, b, _ := do(t, "GET", ts.URL+"/v1/models/gpt-4o", nil)
	assert.Equal(t, http.StatusNotFound, code)
	assert.Contains(t, string(b), `"message":"server: model \"gpt-4o\" does not exist (use verbatim or verbatim-bare)"`)
	assert.Contains(t, string(b), `"type":"invalid_request_error"`)
}

func TestOpenAIStreamFormat(t *testing.T) {
	_, ts := newTestServer(t, DefaultConfig())
	code, b, h := do(t, "POST", ts.URL+"/v1/chat/completions", chatBody(ModelRAG, question, true))
	require.Equal(t, http.StatusOK, code, "%s", b)
	assert.Contains(t, h.Get("Content-Type"), "text/event-stream")
	evs := readSSE(t, b)
	require.Greater(t, len(evs), 3)
	assert.Equal(t, "[DONE]", evs[len(evs)-1].data)
	var last chatChunk
	for i, e := range evs[:len(evs)-1] {
		assert.Empty(t, e.name, "OpenAI streams use unnamed events")
		c := decode[chatChunk](t, []byte(e.data))
		assert.Equal(t, "chat.completion.chunk", c.Object)
		if i == 0 {
			assert.Equal(t, "assistant", c.Choices[0].Delta.Role)
		}
		last = c
	}
	require.NotNil(t, last.Choices[0].FinishReason)
	assert.Equal(t, "stop", *last.Choices[0].FinishReason)
	assert.NotEmpty(t, last.Citations)
	assert.Contains(t, last.Choices[0].Delta.Content, "Sources:")
}

func TestOpenAIErrors(t *testing.T) {
	_, ts := newTestServer(t, DefaultConfig())
	tests := []struct {
		name string
		body any
		want int
	}{
		{"unknown model", chatBody("gpt-4o", question, false), 400},
		{"no user message", map[string]any{"model": "verbatim", "messages": []map[string]any{{"role": "system", "content": "hi"}}}, 400},
		{"content parts", map[string]any{"model": "verbatim", "messages": []map[string]any{{"role": "user", "content": []map[string]any{{"type": "text", "text": question}}}}}, 200},
		{"bad content", map[string]any{"model": "verbatim", "messages": []map[string]any{{"role": "user", "content": 7}}}, 400},
		{"extra fields are fine", map[string]any{"model": "verbatim", "temperature": 0.2, "top_p": 1, "messages": []map[string]any{{"role": "user", "content": question}}}, 200},
		{"n 1 is fine", map[string]any{"model": "verbatim", "n": 1, "messages": []map[string]any{{"role": "user", "content": question}}}, 200},
		// A client asking for several choices would index ones that are
		// not there: refused, as llama.cpp's server does.
		{"n 2", map[string]any{"model": "verbatim", "n": 2, "messages": []map[string]any{{"role": "user", "content": question}}}, 400},
		{"n 2 streamed", map[string]any{"model": "verbatim", "n": 2, "stream": true, "messages": []map[string]any{{"role": "user", "content": question}}}, 400},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, b, _ := do(t, "POST", ts.URL+"/v1/chat/completions", tt.body)
			assert.Equal(t, tt.want, code, "%s", b)
			if tt.want != 200 {
				assert.Contains(t, string(b), `"type":"invalid_request_error"`)
			}
		})
	}
}

// TestOpenAIErrorMessages: a bad message is named by its place in the
// messages array, and n > 1 says what is supported.
func TestOpenAIErrorMessages(t *testing.T) {
	_, ts := newTestServer(t, DefaultConfig())
	tests := []struct {
		name string
		body any
		want string
	}{
		{"content missing", map[string]any{"messages": []map[string]any{{"role": "system", "content": "hi"}, {"role": "user"}}}, "server: messages[1].content is neither a string nor an array of parts"},
		{"content a number", map[string]any{"messages": []map[string]any{{"role": "user", "content": 7}}}, "server: messages[0].content is neither a string nor an array of parts"},
		{"n 3", map[string]any{"n": 3, "messages": []map[string]any{{"role": "user", "content": question}}}, "server: n is 3: Verbatim gives one choice a request (n must be 1)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, b, _ := do(t, "POST", ts.URL+"/v1/chat/completions", tt.body)
			assert.Equal(t, http.StatusBadRequest, code, "%s", b)
			var e struct {
				Error struct{ Message string } `json:"error"`
			}
			require.NoError(t, json.Unmarshal(b, &e))
			assert.Equal(t, tt.want, e.Error.Message)
		})
	}
}

// TestOpenAIModelDefault: a request without a model is answered by
// "verbatim", and the answer names it, as OpenAI clients expect a model.
func TestOpenAIModelDefault(t *testing.T) {
	_, ts := newTestServer(t, DefaultConfig())
	for _, stream := range []bool{false, true} {
		body := map[string]any{"stream": stream, "messages": []map[string]any{{"role": "user", "content": question}}}
		code, b, _ := do(t, "POST", ts.URL+"/v1/chat/completions", body)
		require.Equal(t, http.StatusOK, code, "%s", b)
		if !stream {
			assert.Equal(t, ModelRAG, decode[chatCompletion](t, b).Model)
			continue
		}
		evs := readSSE(t, b)
		require.NotEmpty(t, evs)
		assert.Equal(t, ModelRAG, decode[chatChunk](t, []byte(evs[0].data)).Model)
	}
}

func TestQuestionOf(t *testing.T) {
	tests := []struct{ in, want string }{
		{"What is Velmora?", "What is Velmora?"},
		{"Question: What is Velmora?", "What is Velmora?"},
		{"Passages:\n\n[1] a.md:1\nQuestion: not this\n\nQuestion: When?", "When?"},
		{"  Tell me\nabout Velmora  ", "Tell me\nabout Velmora"},
		// The answer cue that closes many RAG prompts (LangChain's
		// "Helpful Answer:") is not part of the question.
		{"Context: x\n\nQuestion: When was Velmora founded?\nHelpful Answer:", "When was Velmora founded?"},
		{"Question: When?\nAnswer:", "When?"},
		{"Question: When?\n\nANSWER: \n", "When?"},
		{"Question: When?\nA:", "When?"},
		// A line that says more than a cue stays.
		{"Question: When?\nAnswer: in one word", "When?\nAnswer: in one word"},
		{"Question: Which answer:", "Which answer:"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, questionOf(tt.in), tt.in)
	}
}

// TestBadQuestionBeforeStream: a question that cannot be asked (empty,
// too long, or with nothing to search for in RAG mode) gets a 4xx with an
// invalid_request_error on every path, streamed or not; the streamed ones
// answered 200 and then a server_error event for a question of stop words.
func TestBadQuestionBeforeStream(t *testing.T) {
	_, ts := newTestServer(t, DefaultConfig())
	tests := []struct {
		name, question string
		want           int
	}{
		{"empty", " ", http.StatusBadRequest},
		{"too long", strings.Repeat("word ", 1000), http.StatusRequestEntityTooLarge},
		{"stop words only", "what is it?", http.StatusBadRequest},
		{"punctuation only", "?!", http.StatusBadRequest},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, stream := range []bool{false, true} {
				code, b, h := do(t, "POST", ts.URL+"/v1/chat/completions", chatBody(ModelRAG, tt.question, stream))
				assert.Equal(t, tt.want, code, "chat stream=%v: %s", stream, b)
				assert.Contains(t, h.Get("Content-Type"), "application/json")
				assert.Contains(t, string(b), `"type":"invalid_request_error"`)

				var hdr []string
				if stream {
					hdr = []string{"Accept", "text/event-stream"}
				}
				code, b, _ = do(t, "POST", ts.URL+"/api/ask", AskRequest{Question: tt.question}, hdr...)
				assert.Equal(t, tt.want, code, "ask stream=%v: %s", stream, b)
			}
		})
	}
	// Bare mode needs no searchable word: it answers.
	code, b, _ := do(t, "POST", ts.URL+"/v1/chat/completions", chatBody(ModelBare, "what is it?", true))
	assert.Equal(t, http.StatusOK, code, "%s", b)
	assert.NotContains(t, string(b), "error")
}

func TestErrorType(t *testing.T) {
	for status, want := range map[int]string{400: "invalid_request_error", 413: "invalid_request_error", 499: "invalid_request_error", 500: "server_error", 503: "server_error"} {
		assert.Equal(t, want, errorType(status), status)
	}
}

// TestSourcesBlockKeepsPathBytes: the "Sources:" list in a chat answer's
// text names a file whose name is not UTF-8 as the JSON fields do (\xNN);
// JSON turned the byte into U+FFFD.
func TestSourcesBlockKeepsPathBytes(t *testing.T) {
	ans := rag.Answer{Citations: []verify.Citation{{N: 1, PassageID: "0123456789abcdef-0", Quote: "espresso",
		Span: corpus.Span{Path: "/d/caf\xe9.txt", LineStart: 1, LineEnd: 1, SrcStart: 0, SrcEnd: 8}}}}
	block := sourcesBlock(ans)
	assert.True(t, utf8.ValidString(block))
	assert.Contains(t, block, `[1] /d/caf\xe9.txt:1  (bytes 0-8, passage 0123456789abcdef-0)`)
}
