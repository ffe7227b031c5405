package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/index"
	"github.com/verbatim-rag/verbatim/server"
)

// syncBuffer is a bytes.Buffer safe for the server goroutine and the test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func httpJSON(t *testing.T, method, url, body string) (int, map[string]any) {
	t.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	require.NoError(t, err)
	req.Header.Set("Content-Type", "application/json")
	res, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	require.NoError(t, err)
	var v map[string]any
	require.NoError(t, json.Unmarshal(b, &v), "%s", b)
	return res.StatusCode, v
}

// TestServe runs `verbatim serve` on a loopback port with the built-in
// lossy model trained by ingest: it answers with citations, ingests an
// allowed folder in the background while answering, and stops cleanly
// when its context ends, releasing the store.
func TestServe(t *testing.T) {
	data := ingestedEntries(t)

	out := &syncBuffer{}
	cmd := newRootCmd(strings.NewReader(""), out, io.Discard)
	cmd.SetArgs([]string{"--data-dir", data, "serve", "--addr", "127.0.0.1:0", "--allow-root", corpusDir(t)})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- cmd.ExecuteContext(ctx) }()
	addr := regexp.MustCompile(`on http://(\S+)`)
	require.Eventually(t, func() bool { return addr.MatchString(out.String()) }, 30*time.Second, 10*time.Millisecond, "serve did not start: %s", out)
	base := "http://" + addr.FindStringSubmatch(out.String())[1]

	code, health := httpJSON(t, "GET", base+"/healthz", "")
	require.Equal(t, http.StatusOK, code)
	assert.Equal(t, true, health["generator"])

	code, job := httpJSON(t, "POST", base+"/api/ingest", `{"path":"`+corpusDir(t)+`"}`)
	require.Equal(t, http.StatusAccepted, code, "%v", job)
	code, ans := httpJSON(t, "POST", base+"/api/ask", `{"question":"When was Velmora founded?"}`)
	require.Equal(t, http.StatusOK, code, "%v", ans)
	assert.Equal(t, "lossy", ans["generator"])
	assert.Contains(t, ans["answer"], "1214")
	assert.NotEmpty(t, ans["citations"])

	require.Eventually(t, func() bool {
		_, j := httpJSON(t, "GET", base+"/api/ingest/"+job["id"].(string), "")
		return j["state"] != server.JobRunning
	}, 60*time.Second, 50*time.Millisecond)
	_, j := httpJSON(t, "GET", base+"/api/ingest/"+job["id"].(string), "")
	assert.Equal(t, server.JobDone, j["state"], "%v", j)
	assert.Equal(t, "lossy", j["generator"], "retrained after the ingest")

	cancel()
	select {
	case err := <-done:
		require.NoError(t, err)
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not stop")
	}
	c, err := index.Open(data, index.Options{LockTimeout: time.Second})
	require.NoError(t, err, "the store was closed and its lock released")
	require.NoError(t, c.Close())
}
