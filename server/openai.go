package server

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/generate"
	"github.com/verbatim-rag/verbatim/rag"
)

// The models /v1 serves.
const (
	ModelRAG  = "verbatim"      // answers with retrieval and citations
	ModelBare = "verbatim-bare" // answers from the model's own bytes
)

// ChatRequest is the part of an OpenAI chat-completions request the server
// reads; other fields are accepted and ignored.
type ChatRequest struct {
	Model    string        `json:"model"`
	Messages []ChatMessage `json:"messages"`
	Stream   bool          `json:"stream,omitempty"`
	// N is the number of choices asked for; only 1 is served.
	N *int `json:"n,omitempty"`
}

// ChatMessage is one message; Content is a string or an array of parts of
// which the "text" ones are read.
type ChatMessage struct {
	Role    string          `json:"role"`
	Content json.RawMessage `json:"content"`
}

// text returns the message's text content.
func (m ChatMessage) text(i int) (string, error) {
	var s string
	if err := json.Unmarshal(m.Content, &s); err == nil {
		return s, nil
	}
	var parts []struct {
		Type string `json:"type"`
		Text string `json:"text"`
	}
	if err := json.Unmarshal(m.Content, &parts); err != nil {
		return "", newError(errBadRequest, "server: messages[%d].content is neither a string nor an array of parts", i)
	}
	var b strings.Builder
	for _, p := range parts {
		if p.Type == "text" {
			b.WriteString(p.Text)
		}
	}
	return b.String(), nil
}

// chatCompletion is the non-streamed answer, with Verbatim's extra fields.
type chatCompletion struct {
	ID        string         `json:"id"`
	Object    string         `json:"object"`
	Created   int64          `json:"created"`
	Model     string         `json:"model"`
	Choices   []chatChoice   `json:"choices"`
	Usage     chatUsage      `json:"usage"`
	Citations []rag.Citation `json:"citations"`
	Verbatim  *AskResponse   `json:"verbatim,omitempty"`
}

// chatChunk is one streamed event.
type chatChunk struct {
	ID        string         `json:"id"`
	Object    string         `json:"object"`
	Created   int64          `json:"created"`
	Model     string         `json:"model"`
	Choices   []chatChoice   `json:"choices"`
	Usage     *chatUsage     `json:"usage,omitempty"`
	Citations []rag.Citation `json:"citations,omitempty"`
	Verbatim  *AskResponse   `json:"verbatim,omitempty"`
}

type chatChoice struct {
	Index        int              `json:"index"`
	Message      *chatOutMessage  `json:"message,omitempty"`
	Delta        *chatOutMessage  `json:"delta,omitempty"`
	FinishReason *string          `json:"finish_reason"`
	Logprobs     *json.RawMessage `json:"logprobs"`
}

type chatOutMessage struct {
	Role    string `json:"role,omitempty"`
	Content string `json:"content"`
}

type chatUsage struct {
	PromptTokens     int `json:"prompt_tokens"`
	CompletionTokens int `json:"completion_tokens"`
	TotalTokens      int `json:"total_tokens"`
}

// openAIError answers in the OpenAI error shape.
func openAIError(w http.ResponseWriter, err error) {
	status := statusOf(err)
	writeJSON(w, status, map[string]any{"error": map[string]any{"message": err.Error(), "type": errorType(status), "code": nil}})
}

// errorType is the OpenAI error type of an HTTP status.
func errorType(status int) string {
	if status >= 500 {
		return "server_error"
	}
	return "invalid_request_error"
}

// handleModels lists the two models.
func (s *Server) handleModels(w http.ResponseWriter, _ *http.Request) {
	var data []map[string]any
	for _, id := range []string{ModelRAG, ModelBare} {
		data = append(data, s.model(id))
	}
	writeJSON(w, http.StatusOK, map[string]any{"object": "list", "data": data})
}

// handleModel describes one model, as OpenAI's GET /v1/models/{model}.
func (s *Server) handleModel(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("model")
	if id != ModelRAG && id != ModelBare {
		writeJSON(w, http.StatusNotFound, map[string]any{"error": map[string]any{
			"message": fmt.Sprintf("server: model %q does not exist (use %s or %s)", corpus.Clip(id, 80), ModelRAG, ModelBare),
			"type":    "invalid_request_error", "code": "model_not_found"}})
		return
	}
	writeJSON(w, http.StatusOK, s.model(id))
}

func (s *Server) model(id string) map[string]any {
	return map[string]any{"id": id, "object": "model", "created": s.started.Unix(), "owned_by": "verbatim"}
}

// handleChat answers the last user message: with RAG for model
// "verbatim", from bare recall for "verbatim-bare". The citations are
// appended to the text as a "Sources:" list and given in the extra
// "citations" field.
func (s *Server) handleChat(w http.ResponseWriter, r *http.Request) {
	var req ChatRequest
	if err := decodeJSON(w, r, s.cfg.MaxBodyBytes, &req, false); err != nil {
		openAIError(w, err)
		return
	}
	ask, err := chatAsk(req)
	if err != nil {
		openAIError(w, err)
		return
	}
	job, err := s.prepareAsk(ask)
	if err != nil {
		openAIError(w, err)
		return
	}
	model := req.Model
	if model == "" {
		model = ModelRAG // what answers a request that names no model
	}
	c := chatCompletion{ID: "chatcmpl-" + newJobID(), Created: time.Now().Unix(), Model: model}
	if req.Stream {
		s.chatStream(w, r, job, c)
		return
	}
	ans, err := s.runAsk(r.Context(), job, nil)
	if err != nil {
		openAIError(w, err)
		return
	}
	stop := "stop"
	resp := job.response(ans)
	c.Object = "chat.completion"
	c.Choices = []chatChoice{{Message: &chatOutMessage{Role: "assistant", Content: ans.Text + sourcesBlock(ans)}, FinishReason: &stop}}
	c.Citations, c.Verbatim = resp.Citations, &resp
	c.Usage = usage(ask.Question, c.Choices[0].Message.Content)
	writeJSON(w, http.StatusOK, c)
}

// chatAsk turns a chat request into a question.
func chatAsk(req ChatRequest) (AskRequest, error) {
	if req.N != nil && *req.N != 1 {
		return AskRequest{}, newError(errBadRequest, "server: n is %d: Verbatim gives one choice a request (n must be 1)", *req.N)
	}
	var mode generate.Mode
	switch req.Model {
	case ModelRAG, "":
		mode = generate.RAG
	case ModelBare:
		mode = generate.Bare
	default:
		return AskRequest{}, newError(errBadRequest, "server: model %q does not exist (use %s or %s)", corpus.Clip(req.Model, 80), ModelRAG, ModelBare)
	}
	for i := len(req.Messages) - 1; i >= 0; i-- {
		if req.Messages[i].Role != "user" {
			continue
		}
		text, err := req.Messages[i].text(i)
		if err != nil {
			return AskRequest{}, err
		}
		return AskRequest{Question: questionOf(text), Mode: mode}, nil
	}
	return AskRequest{}, newError(errBadRequest, "server: no user message to answer")
}

// questionOf takes the question out of a user message: the text after the
// last line starting with "Question:" (as Verbatim's own prompts, and many
// RAG prompts, end), else the whole message. An answer cue on the lines
// after it ("Answer:", LangChain's "Helpful Answer:") is left out.
func questionOf(text string) string {
	lines := strings.Split(text, "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		if q, ok := strings.CutPrefix(strings.TrimSpace(lines[i]), "Question:"); ok {
			rest := lines[i+1:]
			for len(rest) > 0 && (strings.TrimSpace(rest[len(rest)-1]) == "" || answerCue(rest[len(rest)-1])) {
				rest = rest[:len(rest)-1]
			}
			return strings.TrimSpace(strings.Join(append([]string{q}, rest...), "\n"))
		}
	}
	return strings.TrimSpace(text)
}

// answerCue reports whether line only prompts for the answer: "Answer:",
// "A:" or a word or two before "Answer:" ("Helpful Answer:").
func answerCue(line string) bool {
	l := strings.ToLower(strings.TrimSpace(line))
	if l == "a:" {
		return true
	}
	head, ok := strings.CutSuffix(l, "answer:")
	return ok && len(strings.Fields(head)) <= 2
}

// sourcesBlock is the "Sources:" list (rag.WriteSources) after the
// answer text, its paths escaped as everywhere in JSON.
func sourcesBlock(ans rag.Answer) string {
	var b strings.Builder
	rag.WriteSources(&b, ans.Citations, func(sp corpus.Span) string { return corpus.EscapePath(sp.String()) })
	if b.Len() == 0 {
		return ""
	}
	return "\n\n" + strings.TrimSuffix(b.String(), "\n")
}

func usage(prompt, answer string) chatUsage {
	p, a := generate.EstimateTokens(prompt), generate.EstimateTokens(answer)
	return chatUsage{PromptTokens: p, CompletionTokens: a, TotalTokens: p + a}
}

// chatStream streams chat.completion.chunk events: a role chunk, the
// answer text as decoded (markers stripped), then a chunk with the
// "Sources:" list, the finish reason and the citations, then [DONE].
func (s *Server) chatStream(w http.ResponseWriter, r *http.Request, job askJob, c chatCompletion) {
	ev := startSSE(w)
	defer ev.close()
	chunk := func(delta *chatOutMessage, finish *string) chatChunk {
		return chatChunk{ID: c.ID, Object: "chat.completion.chunk", Created: c.Created, Model: c.Model,
			Choices: []chatChoice{{Delta: delta, FinishReason: finish}}}
	}
	ev.event("", chunk(&chatOutMessage{Role: "assistant"}, nil))
	var streamed strings.Builder
	ans, err := s.runAsk(r.Context(), job, func(d string) {
		streamed.WriteString(d)
		ev.event("", chunk(&chatOutMessage{Content: d}, nil))
	})
	if err != nil {
		ev.event("", map[string]any{"error": map[string]any{"message": err.Error(), "type": errorType(statusOf(err))}})
		ev.raw("", "[DONE]")
		return
	}
	resp := job.response(ans)
	tail := sourcesBlock(ans)
	if streamed.Len() == 0 {
		tail = ans.Text + tail // the generator did not stream
	}
	stop := "stop"
	last := chunk(&chatOutMessage{Content: tail}, &stop)
	last.Citations, last.Verbatim = resp.Citations, &resp
	u := usage(job.req.Question, streamed.String()+tail)
	last.Usage = &u
	ev.event("", last)
	ev.raw("", "[DONE]")
}
