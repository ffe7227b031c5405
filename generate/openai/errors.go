package openai

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"syscall"

	oai "github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/packages/ssestream"
	"github.com/verbatim-rag/verbatim/corpus"
)

// Sentinel errors, wrapped by every *Error this package returns.
var (
	ErrUnreachable   = errors.New("openai: server unreachable")
	ErrTimeout       = errors.New("openai: timeout")
	ErrAuth          = errors.New("openai: not authorised")
	ErrModelNotFound = errors.New("openai: model not found")
	ErrRateLimited   = errors.New("openai: rate limited")
	ErrServer        = errors.New("openai: server error")
	ErrRequest       = errors.New("openai: request rejected")
	ErrStream        = errors.New("openai: stream failed")
	ErrTruncated     = errors.New("openai: answer truncated")
	ErrDetect        = errors.New("openai: context length not detected")
)

// Error is a one-line, user-facing failure: Msg says what failed and what
// to check; Kind is one of the sentinels and Err the underlying cause.
type Error struct {
	Kind error
	Msg  string
	Err  error
}

// Error returns the one-line message.
func (e *Error) Error() string { return e.Msg }

// Unwrap exposes the sentinel and the cause to errors.Is and errors.As.
func (e *Error) Unwrap() []error {
	if e.Err == nil {
		return []error{e.Kind}
	}
	return []error{e.Kind, e.Err}
}

func newError(kind, cause error, format string, args ...any) *Error {
	return &Error{Kind: kind, Err: cause, Msg: corpus.OneLine("openai: " + fmt.Sprintf(format, args...))}
}

// brief shortens a server's message for inclusion in an error.
func brief(s string) string {
	return corpus.Clip(corpus.OneLine(s), 200)
}

// attempt records what the transport saw of one request.
type attempt struct {
	status     int
	retryAfter string
	body       string
}

// requestError turns the failure of opening a stream into an *Error.
func (g *Generator) requestError(ctx context.Context, err error, at attempt, attempts int) error {
	base := g.cfg.redactedURL()
	tries := ""
	if attempts > 1 {
		tries = fmt.Sprintf(" after %d attempts", attempts)
	}
	if ctx.Err() != nil {
		return newError(ctx.Err(), err, "request to %s canceled: %v", base, ctx.Err())
	}
	var apiErr *oai.Error
	if errors.As(err, &apiErr) {
		at.status, at.body = apiErr.StatusCode, apiErr.Message
	}
	if at.status >= 400 {
		return g.statusError(err, at, tries)
	}
	return g.transportError(err, tries)
}

func (g *Generator) statusError(err error, at attempt, tries string) error {
	base, model, msg := g.cfg.redactedURL(), g.cfg.Model, brief(at.body)
	if msg != "" {
		msg = ": " + msg
	}
	switch s := at.status; {
	case s == http.StatusUnauthorized:
		return newError(ErrAuth, err, "401 unauthorized at %s%s: check the API key in $%s (openai.api_key_env)", base, msg, g.cfg.APIKeyEnv)
	case s == http.StatusForbidden:
		return newError(ErrAuth, err, "403 forbidden at %s%s: the API key in $%s may not use model %q (openai.api_key_env, openai.model)", base, msg, g.cfg.APIKeyEnv, model)
	case s == http.StatusNotFound && strings.Contains(strings.ToLower(at.body), "model"):
		return newError(ErrModelNotFound, err, "model %q not found at %s%s: check openai.model (for Ollama: ollama pull %s)", model, base, msg, model)
	case s == http.StatusNotFound:
		return newError(ErrModelNotFound, err, "404 not found at %s/chat/completions%s: check that the base URL ends in /v1 and the model %q exists (openai.base_url, openai.model)", strings.TrimSuffix(base, "/"), msg, model)
	case s == http.StatusTooManyRequests:
		return newError(ErrRateLimited, err, "rate limited (429) by %s%s%s: wait and retry, or raise openai.max_retries", base, tries, msg)
	case s >= 500:
		return newError(ErrServer, err, "server error %d at %s%s%s: check the server's log", s, base, tries, msg)
	default:
		return newError(ErrRequest, err, "request rejected with %d by %s%s: check openai settings and the context size", s, base, msg)
	}
}

func (g *Generator) transportError(err error, tries string) error {
	base := g.cfg.redactedURL()
	var dnsErr *net.DNSError
	switch {
	case errors.As(err, &dnsErr):
		return newError(ErrUnreachable, err, "cannot resolve host %q of %s: check the host name (openai.base_url)", dnsErr.Name, base)
	case errors.Is(err, syscall.ECONNREFUSED):
		return newError(ErrUnreachable, err, "connection refused at %s: is the server running? (openai.base_url)", base)
	case isTimeout(err):
		return newError(ErrTimeout, err, "no answer from %s within %s: the model may be loading or too slow; raise openai.timeout", base, g.cfg.Timeout)
	default:
		return newError(ErrUnreachable, err, "cannot reach %s%s: %v (openai.base_url)", base, tries, brief(err.Error()))
	}
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.Is(err, context.DeadlineExceeded) || (errors.As(err, &ne) && ne.Timeout())
}

// streamError turns the failure of a stream that had started into an
// *Error. got is the number of answer bytes received before it.
func (g *Generator) streamError(ctx context.Context, err error, got int) error {
	base := g.cfg.redactedURL()
	var se *ssestream.StreamError
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case ctx.Err() != nil:
		return newError(ctx.Err(), err, "answer from %s canceled after %d bytes: %v", base, got, ctx.Err())
	case errors.As(err, &se):
		return newError(ErrStream, err, "server reported an error mid-answer at %s: %s; the partial answer was discarded", base, brief(string(se.Event.Data)))
	case errors.As(err, &syn), errors.As(err, &typ):
		return newError(ErrStream, err, "malformed stream event from %s: %v; is it an OpenAI-compatible server? (openai.base_url)", base, brief(err.Error()))
	case isTimeout(err):
		return newError(ErrTimeout, err, "answer from %s timed out after %d bytes (%s): raise openai.timeout; the partial answer was discarded", base, got, g.cfg.Timeout)
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return newError(ErrStream, err, "stream from %s broke after %d bytes of answer: the connection closed early; the partial answer was discarded", base, got)
	default:
		return newError(ErrStream, err, "stream from %s broke after %d bytes of answer: %v; the partial answer was discarded", base, got, brief(err.Error()))
	}
}

// retryable reports whether a failed attempt may be tried again.
func retryable(err error, at attempt) bool {
	var apiErr *oai.Error
	if errors.As(err, &apiErr) {
		at.status = apiErr.StatusCode
	}
	switch s := at.status; {
	case s == http.StatusRequestTimeout, s == http.StatusConflict, s == http.StatusTooManyRequests, s >= 500:
		return true
	case s >= 400:
		return false
	}
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) || errors.Is(err, syscall.ECONNREFUSED) || isTimeout(err) {
		return false
	}
	return errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, syscall.ECONNRESET)
}
