package openai

import (
	"bytes"
	"context"
	"errors"
	"io"
	"math/rand/v2"
	"net/http"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	oai "github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"
	"github.com/openai/openai-go/v3/packages/ssestream"

	"github.com/verbatim-rag/verbatim/generate"
)

// Generator answers with a model behind an OpenAI-compatible server.
type Generator struct {
	cfg    Config
	gcfg   generate.Config
	client oai.Client
	http   *http.Client

	mu      sync.Mutex
	builder *generate.Builder // nil until the context length is settled
}

var _ generate.Generator = (*Generator)(nil)

// New makes a generator from the server's settings and the shared prompt
// and budget settings. cfg.ContextTokens, when set, overrides
// gcfg.ContextTokens; the answer reservation is cfg.MaxTokens. It does not
// contact the server.
func New(cfg Config, gcfg generate.Config) (*Generator, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if cfg.ContextTokens > 0 {
		gcfg.ContextTokens = cfg.ContextTokens
	}
	if cfg.MaxTokens > 0 {
		gcfg.AnswerTokens = cfg.MaxTokens
	}
	g := &Generator{cfg: cfg, gcfg: gcfg, http: &http.Client{}}
	if !cfg.DetectContext {
		b, err := generate.NewBuilder(gcfg)
		if err != nil {
			return nil, err
		}
		g.builder = b
	} else if _, err := generate.NewBuilder(gcfg); err != nil {
		return nil, err
	}
	opts := []option.RequestOption{
		option.WithBaseURL(cfg.BaseURL),
		option.WithAPIKey(os.Getenv(cfg.APIKeyEnv)),
		option.WithMaxRetries(0), // retried here, so that each failure class is decided once
		option.WithHTTPClient(g.http),
	}
	if cfg.Timeout > 0 {
		opts = append(opts, option.WithRequestTimeout(cfg.Timeout))
	}
	g.client = oai.NewClient(opts...)
	return g, nil
}

// Name is "openai:" and the model name.
func (g *Generator) Name() string { return "openai:" + g.cfg.Model }

// Generate answers req. In RAG mode it first packs req.Sources into the
// context (Output.Sources are the kept ones, Output.Dropped those left
// out; both keep their numbers, so the answer's markers refer to req's
// numbering). emit, when not nil, gets each delta as it arrives. On
// any error the partial answer is not returned and the caller must discard
// what emit printed — except ErrTruncated (the answer reached max_tokens),
// which comes with the Output for the caller to show or drop.
func (g *Generator) Generate(ctx context.Context, req generate.Request, emit func(string)) (generate.Output, error) {
	b, err := g.builderFor(ctx)
	if err != nil {
		return generate.Output{}, err
	}
	if req.MaxTokens <= 0 {
		req.MaxTokens = g.gcfg.AnswerTokens
	}
	p, err := b.Pack(req)
	if err != nil {
		return generate.Output{}, &Error{Kind: ErrRequest, Err: err, Msg: "openai: " + strings.TrimPrefix(err.Error(), "generate: ") +
			"; raise openai.context_tokens or lower openai.max_tokens"}
	}
	stream, end, err := g.open(ctx, g.params(p))
	if err != nil {
		return generate.Output{}, err
	}
	out, err := g.read(ctx, stream, end, emit, p.Request.MaxTokens)
	if err != nil && !errors.Is(err, ErrTruncated) {
		return generate.Output{}, err
	}
	out.Sources, out.Dropped = p.Request.Sources, p.Dropped
	if out.PromptTokens == 0 {
		out.PromptTokens = p.PromptTokens
	}
	return out, err
}

// params builds the chat request of a packed prompt.
func (g *Generator) params(p generate.Packed) oai.ChatCompletionNewParams {
	msgs := make([]oai.ChatCompletionMessageParamUnion, len(p.Messages))
	for i, m := range p.Messages {
		if m.Role == "system" {
			msgs[i] = oai.SystemMessage(m.Content)
		} else {
			msgs[i] = oai.UserMessage(m.Content)
		}
	}
	req := p.Request
	params := oai.ChatCompletionNewParams{
		Model:         g.cfg.Model,
		Messages:      msgs,
		MaxTokens:     oai.Int(int64(req.MaxTokens)),
		Temperature:   oai.Float(g.cfg.Temperature),
		StreamOptions: oai.ChatCompletionStreamOptionsParam{IncludeUsage: oai.Bool(true)},
	}
	if req.Temperature > 0 {
		params.Temperature = oai.Float(req.Temperature)
	}
	// A seed set for this server (openai.seed) wins over the pipeline's
	// default one, which every request carries.
	switch {
	case g.cfg.Seed != nil:
		params.Seed = oai.Int(*g.cfg.Seed)
	case req.Seed != 0:
		params.Seed = oai.Int(req.Seed)
	}
	return params
}

type chunkStream = ssestream.Stream[oai.ChatCompletionChunk]

// open starts the streamed completion, retrying failures worth retrying.
// The doneReader it returns tells, once the stream is read, whether the
// server ended it with "data: [DONE]".
func (g *Generator) open(ctx context.Context, params oai.ChatCompletionNewParams) (*chunkStream, *doneReader, error) {
	for n := 1; ; n++ {
		var at attempt
		end := &doneReader{}
		record := option.WithMiddleware(func(r *http.Request, next option.MiddlewareNext) (*http.Response, error) {
			res, err := next(r)
			if res != nil {
				at.status = res.StatusCode
				at.retryAfter = res.Header.Get("Retry-After")
				end.ReadCloser, res.Body = res.Body, end
			}
			return res, err
		})
		stream := g.client.Chat.Completions.NewStreaming(ctx, params, record)
		err := stream.Err()
		if err == nil {
			return stream, end, nil
		}
		_ = stream.Close()
		if ctx.Err() != nil || n > g.cfg.MaxRetries || !retryable(err, at) {
			return nil, nil, g.requestError(ctx, err, at, n)
		}
		delay, ok := g.backoff(n, at.retryAfter)
		if !ok {
			return nil, nil, g.requestError(ctx, err, at, n)
		}
		if err := sleep(ctx, delay); err != nil {
			return nil, nil, g.requestError(ctx, err, at, n)
		}
	}
}

// doneReader passes a response body through and notes whether it held the
// line "data: [DONE]" that ends an OpenAI stream. A JSON event cannot
// fake it: a newline inside a JSON string is escaped.
type doneReader struct {
	io.ReadCloser
	tail []byte // the last bytes read, for a marker split across reads
	done bool
}

// doneMarkers are the stream's end as servers write it; the leading
// newline anchors it at the start of a line.
var doneMarkers = [][]byte{[]byte("\ndata: [DONE]"), []byte("\ndata:[DONE]")}

func (d *doneReader) Read(p []byte) (int, error) {
	n, err := d.ReadCloser.Read(p)
	if n > 0 && !d.done {
		if d.tail == nil {
			d.tail = []byte("\n") // the body's start is a line start
		}
		buf := append(d.tail, p[:n]...)
		for _, m := range doneMarkers {
			d.done = d.done || bytes.Contains(buf, m)
		}
		d.tail = append(d.tail[:0], buf[max(0, len(buf)-len(doneMarkers[0])):]...)
	}
	return n, err
}

// backoff is the wait before retry n (from 1): the server's Retry-After
// when it gives one (false when that is longer than maxRetryAfter), else
// RetryDelay doubled each time, at most maxBackoff, less up to a quarter of
// jitter.
func (g *Generator) backoff(n int, retryAfter string) (time.Duration, bool) {
	if secs, err := strconv.ParseFloat(strings.TrimSpace(retryAfter), 64); err == nil && secs >= 0 {
		d := time.Duration(secs * float64(time.Second))
		return d, d <= maxRetryAfter
	}
	if g.cfg.RetryDelay <= 0 {
		return 0, true
	}
	d := g.cfg.RetryDelay << min(n-1, 32)
	if d > maxBackoff || d <= 0 {
		d = maxBackoff
	}
	if j := int64(d / 4); j > 0 {
		d -= time.Duration(rand.Int64N(j))
	}
	return d, true
}

// maxRetryAfter is the longest server-requested wait honoured.
const maxRetryAfter = time.Minute

func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// read consumes the stream, emitting deltas, until the model finishes.
func (g *Generator) read(ctx context.Context, stream *chunkStream, end *doneReader, emit func(string), maxTokens int) (generate.Output, error) {
	defer stream.Close()
	var sb strings.Builder
	var out generate.Output
	finish := ""
	for stream.Next() {
		chunk := stream.Current()
		if chunk.Model != "" {
			out.Model = chunk.Model
		}
		if chunk.Usage.PromptTokens > 0 {
			out.PromptTokens = int(chunk.Usage.PromptTokens)
			out.AnswerTokens = int(chunk.Usage.CompletionTokens)
		}
		if len(chunk.Choices) == 0 {
			continue
		}
		if d := chunk.Choices[0].Delta.Content; d != "" {
			sb.WriteString(d)
			if emit != nil {
				emit(d)
			}
			if limit := maxAnswerBytes(maxTokens); sb.Len() > limit {
				return generate.Output{}, newError(ErrStream, nil, "answer from %s passed %d bytes, far beyond max_tokens %d (the server seems to ignore it); the answer was discarded", g.cfg.redactedURL(), limit, maxTokens)
			}
		}
		if fr := chunk.Choices[0].FinishReason; fr != "" {
			finish = fr
		}
	}
	if err := stream.Err(); err != nil {
		return generate.Output{}, g.streamError(ctx, err, sb.Len())
	}
	out.Text = sb.String()
	if strings.TrimSpace(out.Text) == "" && finish != "content_filter" {
		// A stream of no content chunks, or of only "data: [DONE]", is not
		// an answer, even with a finish reason.
		return generate.Output{}, newError(ErrStream, nil, "stream from %s ended without any answer text (%d bytes, finish reason %q, [DONE] %v): check that model %q answers chat completions", g.cfg.redactedURL(), sb.Len(), finish, end.done, g.cfg.Model)
	}
	if finish == "" && end.done {
		// Chunks without a finish_reason but a proper "data: [DONE]": the
		// answer arrived whole (some servers never set the reason, and
		// OpenAI's own clients accept such a stream).
		finish = "stop"
	}
	if err := g.finishError(finish, sb.Len(), maxTokens); err != nil {
		if errors.Is(err, ErrTruncated) {
			return g.fill(out), err
		}
		return generate.Output{}, err
	}
	return g.fill(out), nil
}

// maxAnswerBytes bounds the answer a server may stream for maxTokens
// tokens, far above any real tokenizer's bytes per token: a server that
// ignores max_tokens, or streams without end, would otherwise grow the
// answer (and the checks run on it afterwards) until memory runs out.
func maxAnswerBytes(maxTokens int) int {
	return max(1<<20, 64*maxTokens)
}

// fill completes an Output with what the server did not report.
func (g *Generator) fill(out generate.Output) generate.Output {
	if out.Model == "" {
		out.Model = g.cfg.Model
	}
	if out.AnswerTokens == 0 {
		out.AnswerTokens = generate.EstimateTokens(out.Text)
	}
	return out
}

// finishError judges how the model stopped.
func (g *Generator) finishError(finish string, got, maxTokens int) error {
	base := g.cfg.redactedURL()
	switch finish {
	case "stop", "eos", "eos_token", "stop_sequence", "end_turn", "tool_calls", "function_call":
		return nil
	case "":
		return newError(ErrStream, nil, "stream from %s ended after %d bytes without a finish reason or [DONE]: the answer may be incomplete and was discarded", base, got)
	case "length":
		return newError(ErrTruncated, nil, "answer cut at max_tokens %d by %s: raise openai.max_tokens", maxTokens, base)
	case "content_filter":
		return newError(ErrRequest, nil, "answer withheld by the content filter of %s", base)
	default:
		return nil // servers invent their own reasons for a normal stop
	}
}
