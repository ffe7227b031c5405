package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/index"
	"github.com/verbatim-rag/verbatim/rag"
)

// Client calls a running server's API: the CLI uses it while `verbatim
// serve` holds the store. Its methods mirror the index.Corpus reads the
// CLI makes, so commands print the same output either way.
type Client struct {
	base   string
	apiKey string
	keyEnv string // the variable apiKey was read from, named when the server refuses it
	http   *http.Client
}

// SetKeyEnv names the environment variable the API key was read from, so
// that a 401 says which variable to set (or correct).
func (c *Client) SetKeyEnv(name string) { c.keyEnv = name }

// NewClient returns a client of the server at base (http://host:port),
// sending apiKey as a bearer token when it is not empty.
func NewClient(base, apiKey string) *Client {
	return &Client{base: strings.TrimSuffix(base, "/"), apiKey: apiKey, http: &http.Client{}}
}

// URL is the server's base URL.
func (c *Client) URL() string { return c.base }

// Ping checks within timeout that the server answers its health check.
func (c *Client) Ping(ctx context.Context, timeout time.Duration) error {
	_, err := c.PID(ctx, timeout)
	return err
}

// PID asks the server within timeout for its process id (its health
// check's "pid"; 0 from a server that does not give one).
func (c *Client) PID(ctx context.Context, timeout time.Duration) (int, error) {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	var h struct {
		PID int `json:"pid"`
	}
	err := c.getJSON(ctx, "/healthz", nil, &h)
	return h.PID, err
}

// Ask answers a question as `verbatim ask` would.
func (c *Client) Ask(ctx context.Context, req AskRequest) (rag.Answer, error) {
	var ans rag.Answer
	if err := c.do(ctx, http.MethodPost, "/api/ask", req, &ans); err != nil {
		return rag.Answer{}, err
	}
	return ans, nil
}

// Search ranks passages as GET /api/search does.
func (c *Client) Search(ctx context.Context, q string, k int, f Filters) (SearchResponse, error) {
	v := url.Values{"q": {q}, "path": f.Paths, "format": f.Formats}
	if k > 0 {
		v.Set("k", fmt.Sprint(k))
	}
	var resp SearchResponse
	err := c.getJSON(ctx, "/api/search", v, &resp)
	return resp, err
}

// Stats returns the corpus statistics.
func (c *Client) Stats(ctx context.Context) (StatsResponse, error) {
	var resp StatsResponse
	err := c.getJSON(ctx, "/api/stats", nil, &resp)
	return resp, err
}

// Passage returns a stored passage and its span.
func (c *Client) Passage(ctx context.Context, id string) (corpus.Passage, corpus.Span, error) {
	var resp PassageResponse
	err := c.getJSON(ctx, "/api/passages/"+url.PathEscape(id), url.Values{"context": {"0"}}, &resp)
	return resp.Passage, resp.Span, err
}

// DocumentByPath returns the document stored under an absolute path.
func (c *Client) DocumentByPath(ctx context.Context, path string) (corpus.Document, error) {
	var resp DocumentsResponse
	if err := c.getJSON(ctx, "/api/documents", url.Values{"path": {path}}, &resp); err != nil {
		return corpus.Document{}, err
	}
	if len(resp.Documents) != 1 {
		return corpus.Document{}, fmt.Errorf("server %s: %d documents for path %s: %w", c.base, len(resp.Documents), path, index.ErrNotFound)
	}
	return resp.Documents[0], nil
}

// Original returns a document's original bytes.
func (c *Client) Original(ctx context.Context, docID string) ([]byte, error) {
	res, err := c.send(ctx, http.MethodGet, "/api/documents/"+url.PathEscape(docID)+"/raw", nil)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	return io.ReadAll(res.Body)
}

// Text returns a document's extracted text and its source map.
func (c *Client) Text(ctx context.Context, docID string) (string, corpus.Extraction, error) {
	var resp TextResponse
	err := c.getJSON(ctx, "/api/documents/"+url.PathEscape(docID)+"/text", nil, &resp)
	return resp.Text, resp.Extraction, err
}

func (c *Client) getJSON(ctx context.Context, path string, q url.Values, out any) error {
	if len(q) > 0 {
		path += "?" + q.Encode()
	}
	return c.do(ctx, http.MethodGet, path, nil, out)
}

func (c *Client) do(ctx context.Context, method, path string, body, out any) error {
	res, err := c.send(ctx, method, path, body)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if err := json.NewDecoder(res.Body).Decode(out); err != nil {
		return fmt.Errorf("server %s: read answer of %s: %w", c.base, path, err)
	}
	return nil
}

// send makes a request and turns an error status into an error carrying
// the server's message (index.ErrNotFound for 404).
func (c *Client) send(ctx context.Context, method, path string, body any) (*http.Response, error) {
	var rd io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return nil, err
		}
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, rd)
	if err != nil {
		return nil, err
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if c.apiKey != "" {
		req.Header.Set("Authorization", "Bearer "+c.apiKey)
	}
	res, err := c.http.Do(req)
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, fmt.Errorf("server %s: %w", c.base, err)
	}
	if res.StatusCode < 300 {
		return res, nil
	}
	defer res.Body.Close()
	var e apiError
	b, _ := io.ReadAll(io.LimitReader(res.Body, 64<<10))
	if json.Unmarshal(b, &e) != nil || e.Error == "" {
		e.Error = strings.TrimSpace(string(b))
	}
	msg := fmt.Sprintf("%s (%d from the server at %s)", e.Error, res.StatusCode, c.base)
	if res.StatusCode == http.StatusUnauthorized && c.keyEnv != "" {
		if c.apiKey == "" {
			msg += fmt.Sprintf(": %s is not set; set it to the server's API key", c.keyEnv)
		} else {
			msg += fmt.Sprintf(": %s does not hold the server's API key", c.keyEnv)
		}
	}
	if res.StatusCode == http.StatusNotFound {
		return nil, newError(index.ErrNotFound, "%s", msg)
	}
	return nil, errors.New(msg)
}
