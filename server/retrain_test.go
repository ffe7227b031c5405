package server

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/generate"
)

// While a new model trains after an ingest, questions are answered by the
// old one, none fails, and once the new one answers the old one never
// answers again (the swap is atomic).
func TestRetrainInBackgroundSwapsAtomically(t *testing.T) {
	root := writeFiles(t, map[string]string{"a.md": "# A\n\nAlpha beta gamma.\n"})
	training, release := make(chan struct{}), make(chan struct{})
	cfg := DefaultConfig()
	cfg.AllowRoots = []string{root}
	_, ts := newTestServer(t, cfg, func(d *Deps) {
		d.Generator = &fakeGen{name: "old"}
		d.AfterIngest = func(ctx context.Context) (generate.Generator, error) {
			close(training)
			select {
			case <-release:
			case <-ctx.Done():
			}
			return &fakeGen{name: "new"}, nil
		}
	})
	// ask returns the generator that answered, "" for a failed request;
	// it only asserts, so that the askers' goroutines may call it.
	ask := func() string {
		res, err := http.Post(ts.URL+"/api/ask", "application/json", strings.NewReader(`{"question":"`+question+`"}`))
		if !assert.NoError(t, err) {
			return ""
		}
		defer res.Body.Close()
		var a struct{ Generator string }
		assert.Equal(t, http.StatusOK, res.StatusCode)
		assert.NoError(t, json.NewDecoder(res.Body).Decode(&a))
		return a.Generator
	}
	require.Equal(t, "old", ask())

	code, b, _ := do(t, "POST", ts.URL+"/api/ingest", IngestRequest{Path: root})
	require.Equal(t, http.StatusAccepted, code, "%s", b)
	id := decode[Job](t, b).ID
	<-training
	for range 3 {
		assert.Equal(t, "old", ask(), "the old model answers while the new one trains")
	}

	// Askers run across the swap: each sees old until it sees new.
	var wg sync.WaitGroup
	var regressions, answered, failed atomic.Int32
	stop := make(chan struct{})
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			seenNew := false
			for {
				select {
				case <-stop:
					return
				default:
				}
				switch ask() {
				case "":
					failed.Add(1)
				case "new":
					seenNew = true
				case "old":
					if seenNew {
						regressions.Add(1)
					}
				}
				answered.Add(1)
			}
		}()
	}
	close(release)
	job := waitJob(t, ts.URL, id)
	require.Equal(t, JobDone, job.State, job.Error)
	assert.Equal(t, "new", job.Generator)
	close(stop)
	wg.Wait()
	assert.Zero(t, regressions.Load())
	assert.Zero(t, failed.Load())
	assert.Positive(t, answered.Load())
	assert.Equal(t, "new", ask())
}
