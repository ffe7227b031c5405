// Package openai is a generate.Generator for any server that speaks the
// OpenAI chat-completions API: Ollama, llama.cpp's server, vLLM, LM Studio
// or OpenAI itself. It uses the official github.com/openai/openai-go/v3
// client.
//
// # Basics
//
// New takes the server's Config and the shared generate.Config (prompt
// templates, context budget). Generate packs the retrieved passages into the
// model's context best-first (reporting those left out in
// Output.Dropped, never cutting one), renders the prompt, streams the
// answer and hands every delta to the emit callback as it arrives.
//
// # Errors
//
// Every failure is one line that says what failed and which setting to
// check, and wraps a sentinel (ErrUnreachable, ErrTimeout, ErrAuth,
// ErrModelNotFound, ErrRateLimited, ErrServer, ErrRequest, ErrStream,
// ErrTruncated) for callers that branch. 408, 409, 429 and 5xx answers and
// dropped connections are retried MaxRetries times with exponential backoff
// (or the server's Retry-After); a refused connection, an unknown host, a
// timeout and other 4xx answers fail at once. A stream that breaks after
// deltas were emitted is an error, not a short answer: the caller must
// discard what it printed.
//
// # Caveats
//
// The context length of a local model is configured, not measured: Ollama
// serves /v1 with its runtime context (OLLAMA_CONTEXT_LENGTH, 4096 by
// default in recent releases), which may be smaller than the model's
// trained length. With DetectContext the generator asks Ollama's
// /api/show once and only ever lowers the configured budget. Token counts
// are estimates (generate.EstimateTokens) unless the server reports usage.
// max_tokens is sent as "max_tokens", which OpenAI's reasoning models
// reject.
package openai
