package openai

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/verbatim-rag/verbatim/generate"
)

// builderFor returns the prompt builder, first settling the context length
// with the server when DetectContext is set.
func (g *Generator) builderFor(ctx context.Context) (*generate.Builder, error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.builder != nil {
		return g.builder, nil
	}
	n, err := g.DetectContext(ctx)
	if err != nil {
		return nil, err
	}
	gcfg := g.gcfg
	if n > 0 && n < gcfg.ContextTokens {
		gcfg.ContextTokens = n
	}
	b, err := generate.NewBuilder(gcfg)
	if err != nil {
		return nil, &Error{Kind: ErrDetect, Err: err, Msg: fmt.Sprintf(
			"openai: the server's context of %d tokens leaves no room for %d answer tokens: lower openai.max_tokens", n, gcfg.AnswerTokens)}
	}
	g.builder = b
	return b, nil
}

// ContextTokens is the context length the generator packs prompts for:
// the configured one, lowered to the server's when it was detected.
func (g *Generator) ContextTokens(ctx context.Context) (int, error) {
	b, err := g.builderFor(ctx)
	if err != nil {
		return 0, err
	}
	return b.Config().ContextTokens, nil
}

// showResponse is the part of Ollama's /api/show answer read here.
type showResponse struct {
	Parameters string         `json:"parameters"`
	ModelInfo  map[string]any `json:"model_info"`
}

// DetectContext asks an Ollama server (POST /api/show beside the /v1 base
// URL) for the model's context length: num_ctx from the model's parameters
// when set, else model_info's "<architecture>.context_length".
func (g *Generator) DetectContext(ctx context.Context) (int, error) {
	root := strings.TrimSuffix(strings.TrimRight(g.cfg.BaseURL, "/"), "/v1")
	body, _ := json.Marshal(map[string]string{"model": g.cfg.Model, "name": g.cfg.Model})
	if g.cfg.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, g.cfg.Timeout)
		defer cancel()
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, root+"/api/show", bytes.NewReader(body))
	if err != nil {
		return 0, g.detectError(err)
	}
	req.Header.Set("Content-Type", "application/json")
	res, err := g.http.Do(req)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		return 0, g.transportError(err, "")
	}
	defer res.Body.Close()
	data, err := io.ReadAll(io.LimitReader(res.Body, 8<<20))
	if err != nil {
		return 0, g.detectError(err)
	}
	if res.StatusCode != http.StatusOK {
		return 0, g.detectError(fmt.Errorf("%s: %s", res.Status, brief(string(data))))
	}
	var show showResponse
	if err := json.Unmarshal(data, &show); err != nil {
		return 0, g.detectError(fmt.Errorf("not an Ollama /api/show answer: %w", err))
	}
	if n := numCtx(show.Parameters); n > 0 {
		return n, nil
	}
	if n := infoContext(show.ModelInfo); n > 0 {
		return n, nil
	}
	return 0, g.detectError(fmt.Errorf("no context_length in model_info"))
}

func (g *Generator) detectError(err error) error {
	return newError(ErrDetect, err, "reading the context length of %q from %s/api/show failed: %v; set openai.detect_context false and give openai.context_tokens",
		g.cfg.Model, strings.TrimSuffix(strings.TrimRight(g.cfg.redactedURL(), "/"), "/v1"), brief(err.Error()))
}

// numCtx reads "num_ctx N" from Ollama's parameters text.
func numCtx(params string) int {
	sc := bufio.NewScanner(strings.NewReader(params))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) == 2 && f[0] == "num_ctx" {
			if n, err := strconv.Atoi(f[1]); err == nil && n > 0 {
				return n
			}
		}
	}
	return 0
}

// infoContext reads "<arch>.context_length" from model_info.
func infoContext(info map[string]any) int {
	num := func(v any) int {
		f, ok := v.(float64)
		if !ok || f <= 0 || f > 1<<30 {
			return 0
		}
		return int(f)
	}
	if arch, ok := info["general.architecture"].(string); ok {
		if n := num(info[arch+".context_length"]); n > 0 {
			return n
		}
	}
	for k, v := range info {
		if strings.HasSuffix(k, ".context_length") {
			if n := num(v); n > 0 {
				return n
			}
		}
	}
	return 0
}
