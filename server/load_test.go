package server

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/generate"
)

// loadQuestions are asked round robin by the load test.
var loadQuestions = []string{
	question,
	"When was Velmora founded?",
	"What is the capital of Norvania?",
	"How long is the river Askel?",
	"Who founded the Brennick Ironworks?",
}

// TestLoadDuringIngest runs 50 concurrent clients asking (JSON and
// streamed) and searching on loopback for a bounded time while an ingest
// of a few hundred files runs and the generator is swapped at its end; no
// request may fail. It reports p50/p99 latencies per kind of request.
func TestLoadDuringIngest(t *testing.T) {
	if testing.Short() {
		t.Skip("load test skipped under -short")
	}
	const clients, duration = 50, 3 * time.Second
	files := map[string]string{}
	for i := range 300 {
		files[fmt.Sprintf("gen/f%03d.md", i)] = fmt.Sprintf("# Ledger %d\n\nThe ledger of Marrowby holds entry %d, written in %d by clerk number %d. %s\n",
			i, i, 1700+i, i*7, strings.Repeat("The harbour tolls were paid in silver and salt. ", 20))
	}
	root := writeFiles(t, files)
	cfg := DefaultConfig()
	cfg.AllowRoots = []string{root}
	_, ts := newTestServer(t, cfg, func(d *Deps) {
		d.Ingest.Workers = 1 // a slow ingest, so that it overlaps the load
		d.Ingest.BatchFiles = 8
		d.AfterIngest = func(context.Context) (generate.Generator, error) { return &fakeGen{name: "fake-2"}, nil }
	})
	code, b, _ := do(t, "POST", ts.URL+"/api/ingest", IngestRequest{Path: root})
	require.Equal(t, http.StatusAccepted, code, "%s", b)
	jobID := decode[Job](t, b).ID

	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: clients}, Timeout: 30 * time.Second}
	defer client.CloseIdleConnections()
	var (
		mu        sync.Mutex
		latencies = map[string][]time.Duration{}
		failures  []string
	)
	deadline := time.Now().Add(duration)
	var wg sync.WaitGroup
	for c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; time.Now().Before(deadline); i++ {
				kind, req := loadRequest(ts.URL, c, i)
				start := time.Now()
				err := send(client, req)
				d := time.Since(start)
				mu.Lock()
				latencies[kind] = append(latencies[kind], d)
				if err != nil {
					failures = append(failures, kind+": "+err.Error())
				}
				mu.Unlock()
			}
		}()
	}
	code, b, _ = do(t, "GET", ts.URL+"/api/ingest/"+jobID, nil)
	require.Equal(t, http.StatusOK, code)
	assert.Equal(t, JobRunning, decode[Job](t, b).State, "the ingest overlaps the load")
	wg.Wait()
	job := waitJob(t, ts.URL, jobID)
	require.Equal(t, JobDone, job.State, job.Error)
	assert.Len(t, job.Report.Added, len(files))
	require.Empty(t, failures, "%d failures, first: %v", len(failures), failures[:min(3, len(failures))])
	total := 0
	for _, kind := range []string{"ask", "ask-stream", "search"} {
		ls := latencies[kind]
		require.NotEmpty(t, ls, kind)
		total += len(ls)
		p50, p99 := percentile(ls, 0.50), percentile(ls, 0.99)
		t.Logf("%-10s n=%5d  p50=%8s  p99=%8s", kind, len(ls), p50.Round(10*time.Microsecond), p99.Round(10*time.Microsecond))
	}
	t.Logf("%d requests from %d clients in %s (%.0f/s) during an ingest of %d files", total, clients, duration, float64(total)/duration.Seconds(), len(files))
}

// loadRequest picks client c's i-th request: search, ask or streamed ask.
func loadRequest(base string, c, i int) (string, *http.Request) {
	q := loadQuestions[(c+i)%len(loadQuestions)]
	switch (c + i) % 3 {
	case 0:
		req, _ := http.NewRequest("GET", base+"/api/search?k=5&q="+url.QueryEscape(q), nil)
		return "search", req
	case 1:
		req, _ := http.NewRequest("POST", base+"/api/ask", strings.NewReader(fmt.Sprintf(`{"question":%q,"k":4}`, q)))
		req.Header.Set("Content-Type", "application/json")
		return "ask", req
	default:
		req, _ := http.NewRequest("POST", base+"/api/ask", strings.NewReader(fmt.Sprintf(`{"question":%q}`, q)))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Accept", "text/event-stream")
		return "ask-stream", req
	}
}

func send(client *http.Client, req *http.Request) error {
	res, err := client.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		return err
	}
	if res.StatusCode != http.StatusOK {
		return fmt.Errorf("status %d: %s", res.StatusCode, b)
	}
	if strings.Contains(string(b), "event: error") {
		return fmt.Errorf("stream error: %s", b)
	}
	return nil
}

func percentile(ds []time.Duration, p float64) time.Duration {
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s[min(len(s)-1, int(p*float64(len(s))))]
}
