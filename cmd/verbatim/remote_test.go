package main

import (
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/rag"
	"github.com/verbatim-rag/verbatim/server"
)

// startServe runs `verbatim serve` in-process on a free loopback port and
// returns its URL and the stop function (which waits for it to end).
func startServe(t *testing.T, data string) (string, *syncBuffer, func()) {
	t.Helper()
	out, logs := &syncBuffer{}, &syncBuffer{}
	cmd := newRootCmd(strings.NewReader(""), out, logs)
	cmd.SetArgs([]string{"--data-dir", data, "serve", "--addr", "127.0.0.1:0"})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- cmd.ExecuteContext(ctx) }()
	addr := regexp.MustCompile(`on http://(\S+)`)
	require.Eventually(t, func() bool { return addr.MatchString(out.String()) }, 60*time.Second, 10*time.Millisecond, "serve did not start: %s", logs)
	stopped := false
	stop := func() {
		if stopped {
			return
		}
		stopped = true
		cancel()
		select {
		case err := <-done:
			require.NoError(t, err)
		case <-time.After(30 * time.Second):
			t.Fatal("serve did not stop")
		}
	}
	t.Cleanup(stop)
	return "http://" + addr.FindStringSubmatch(out.String())[1], logs, stop
}

// stripTimings zeroes what differs between two runs of one question.
func stripTimings(t *testing.T, js string) rag.Answer {
	t.Helper()
	var ans rag.Answer
	require.NoError(t, json.Unmarshal([]byte(js), &ans), js)
	ans.Timings = rag.Timings{}
	return ans
}

// TestCLIWhileServing: with `verbatim serve` holding the store, ask,
// search, status and show talk to it and print what they print from the
// store; ingest says to stop the server; a stale record is ignored.
func TestCLIWhileServing(t *testing.T) {
	data := ingestedEntries(t)
	entries, err := filepath.Abs("../../testdata/entries")
	require.NoError(t, err)
	wd, err := os.Getwd()
	require.NoError(t, err)
	velmora, err := filepath.Rel(wd, filepath.Join(entries, "velmora.md"))
	require.NoError(t, err)

	commands := [][]string{
		{"ask", "When was Velmora founded?"},
		{"ask", "--bare", "When was Velmora founded?"},
		{"ask", "--k", "3", "--path", "*.md", "How long is the Korvath Tunnel?"},
		{"search", "Velmora founded"},
		{"search", "--json", "--k", "3", "--path", entries, "korvath tunnel"},
		{"show", velmora},
		{"show", velmora + ":3"},
		{"show", velmora + "@0-40"},
		{"show", "--extracted", velmora},
		{"status", "--json"},
	}
	local := make([]string, len(commands))
	for i, args := range commands {
		out, _, err := run(t, data, args...)
		require.NoError(t, err, "%v", args)
		local[i] = out
	}
	askJSON, _, err := run(t, data, "ask", "--json", "When was Velmora founded?")
	require.NoError(t, err)
	var st struct {
		Stats struct {
			Passages int `json:"passages"`
		} `json:"stats"`
	}
	require.NoError(t, json.Unmarshal([]byte(local[len(local)-1]), &st))
	require.Positive(t, st.Stats.Passages)
	searchOut := local[3]
	passageID := regexp.MustCompile(`\(score [0-9.]+, ([0-9a-f]+-[0-9]+)\)`).FindStringSubmatch(searchOut)
	require.NotNil(t, passageID, searchOut)
	localPassage, _, err := run(t, data, "show", passageID[1])
	require.NoError(t, err)

	base, logs, stop := startServe(t, data)
	info, err := server.ReadRunInfo(data)
	require.NoError(t, err, "serve records itself in the data folder")
	assert.Equal(t, os.Getpid(), info.PID)
	assert.Equal(t, base, info.URL)

	for i, args := range commands {
		out, _, err := run(t, data, args...)
		require.NoError(t, err, "%v while serving", args)
		assert.Equal(t, indexSizeless(local[i]), indexSizeless(out), "%v prints the same while serving", args)
	}
	out, _, err := run(t, data, "show", passageID[1])
	require.NoError(t, err)
	assert.Equal(t, localPassage, out)
	out, _, err = run(t, data, "ask", "--json", "When was Velmora founded?")
	require.NoError(t, err)
	assert.Equal(t, stripTimings(t, askJSON), stripTimings(t, out))
	for _, route := range []string{"/api/ask", "/api/search", "/api/stats", "/api/documents", "/api/passages/"} {
		assert.Contains(t, logs.String(), "path="+route, "the commands went through the server")
	}

	_, _, err = run(t, data, "show", "nothing-here.md")
	assert.ErrorContains(t, err, "not in the store")
	_, _, err = run(t, data, "ask", "--budget", "4KiB", "When was Velmora founded?")
	assert.ErrorContains(t, err, "--budget cannot be used while `verbatim serve` runs")
	start := time.Now()
	_, _, err = run(t, data, "ingest", entries)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "served by `verbatim serve`")
	assert.Contains(t, err.Error(), base+"/api/ingest")
	assert.Less(t, time.Since(start), 2*time.Second, "no wait for the lock")

	stop()
	_, err = os.Stat(filepath.Join(data, server.RunFileName))
	assert.ErrorIs(t, err, os.ErrNotExist, "serve removes its record when it stops")

	t.Run("stale records are ignored", func(t *testing.T) {
		dead := exec.Command("true")
		require.NoError(t, dead.Run())
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		require.NoError(t, err)
		closed := ln.Addr()
		require.NoError(t, ln.Close())
		for name, info := range map[string]server.RunInfo{
			"dead pid":          {PID: dead.ProcessState.Pid(), URL: "http://127.0.0.1:9"},
			"nothing listens":   {PID: os.Getpid(), URL: "http://" + closed.String()},
			"unreadable fields": {PID: 0},
		} {
			t.Run(name, func(t *testing.T) {
				remove, err := server.WriteRunInfo(data, info)
				require.NoError(t, err)
				defer remove()
				out, _, err := run(t, data, "status", "--json")
				require.NoError(t, err)
				assert.Equal(t, indexSizeless(local[len(local)-1]), indexSizeless(out))
			})
		}
		// A record whose pid is alive again (reused) while another server
		// answers at its address — another data folder's server, started
		// on the same port — is not that server: the question and the API
		// key must not go there.
		for name, health := range map[string]string{
			"another server's pid":  `{"status":"ok","pid":1}`,
			"a server without pids": `{"status":"ok"}`,
		} {
			t.Run(name, func(t *testing.T) {
				var asked atomic.Int32
				other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
					if r.URL.Path != "/healthz" {
						asked.Add(1)
					}
					_, _ = io.WriteString(w, health)
				}))
				defer other.Close()
				remove, err := server.WriteRunInfo(data, server.RunInfo{PID: os.Getpid(), URL: other.URL})
				require.NoError(t, err)
				defer remove()
				out, _, err := run(t, data, "status", "--json")
				require.NoError(t, err)
				assert.Equal(t, indexSizeless(local[len(local)-1]), indexSizeless(out))
				assert.Zero(t, asked.Load(), "nothing but the health check went to the other server")
			})
		}
		require.NoError(t, os.WriteFile(filepath.Join(data, server.RunFileName), []byte("{not json"), 0o600))
		out, _, err := run(t, data, "search", "Velmora founded")
		require.NoError(t, err)
		assert.Equal(t, searchOut, out)
	})
}

// indexSizeless blanks the size of the search index in status output:
// bleve writes a new snapshot of its segments when the server opens the
// index for writing, so its size on disk may change while nothing else
// does.
func indexSizeless(s string) string {
	return regexp.MustCompile(`"index_bytes": [0-9]+`).ReplaceAllString(s, `"index_bytes": 0`)
}
