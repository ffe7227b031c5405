package server

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/generate"
	"github.com/verbatim-rag/verbatim/index"
	"github.com/verbatim-rag/verbatim/ingest"
	"github.com/verbatim-rag/verbatim/rag"
	"github.com/verbatim-rag/verbatim/retrieve"
)

// entriesDir is the reference corpus shared with the other packages' tests.
const entriesDir = "../testdata/entries"

// fakeGen is a deterministic generator. In RAG mode it copies the first
// sentence of source 1 after its heading (reporting the copy, as the lossy
// model does, so citations quote exact sub-spans); in bare mode it states
// a fixed claim the documents do not support. It emits word by word,
// waiting delay between words.
type fakeGen struct {
	delay time.Duration
	name  string
}

// bareClaim is the fake's bare answer; the entries say 1748, not 1867.
const bareClaim = "Aldric III was born in 1867 in Quillhaven."

func (g *fakeGen) Name() string {
	if g.name != "" {
		return g.name
	}
	return "fake"
}

func (g *fakeGen) Generate(ctx context.Context, req generate.Request, emit func(string)) (generate.Output, error) {
	out := generate.Output{Sources: req.Sources, Model: g.Name()}
	if req.Mode == generate.Bare || len(req.Sources) == 0 {
		out.Text = bareClaim
	} else {
		text := req.Sources[0].Passage.Text
		start, end := firstSentence(text)
		out.Text = text[start:end]
		out.Copies = []generate.Copy{{Start: 0, End: end - start, N: req.Sources[0].N, PStart: start, PEnd: end}}
	}
	if emit != nil {
		for _, w := range strings.SplitAfter(out.Text, " ") {
			if err := sleepCtx(ctx, g.delay); err != nil {
				return generate.Output{}, err
			}
			emit(w)
		}
	}
	return out, nil
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// firstSentence finds the first sentence of a passage that is not a
// Markdown heading.
func firstSentence(text string) (int, int) {
	start := 0
	for strings.HasPrefix(text[start:], "#") || strings.HasPrefix(text[start:], "\n") {
		nl := strings.IndexByte(text[start:], '\n')
		if nl < 0 {
			break
		}
		start += nl + 1
	}
	end := strings.Index(text[start:], ". ")
	if end < 0 {
		return start, len(strings.TrimRight(text, "\n "))
	}
	return start, start + end + 1
}

// newCorpus returns a writable corpus of the reference entries in a
// temporary folder, closed when the test ends.
func newCorpus(t testing.TB) *index.Corpus {
	t.Helper()
	c := openCorpus(t)
	t.Cleanup(func() { _ = c.Close() })
	return c
}

// openCorpus is newCorpus without the Close at the end of the test.
func openCorpus(t testing.TB) *index.Corpus {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "corpus")
	c, err := index.Open(dir, index.Options{NoSync: true})
	require.NoError(t, err)
	abs, err := filepath.Abs(entriesDir)
	require.NoError(t, err)
	rep, err := ingest.Run(context.Background(), c, []string{abs}, ingest.DefaultConfig(), ingest.Options{})
	require.NoError(t, err)
	require.NotEmpty(t, rep.Added)
	return c
}

// testDeps wires a corpus and a fake generator.
func testDeps(c *index.Corpus, g generate.Generator) Deps {
	return Deps{Corpus: c, Retrieve: retrieve.DefaultConfig(), Answer: rag.DefaultConfig(),
		Ingest: ingest.DefaultConfig(), Generator: g}
}

// newTestServer starts an httptest server over a fresh corpus.
func newTestServer(t testing.TB, cfg Config, mutate ...func(*Deps)) (*Server, *httptest.Server) {
	t.Helper()
	deps := testDeps(newCorpus(t), &fakeGen{})
	for _, m := range mutate {
		m(&deps)
	}
	s, err := New(deps, cfg)
	require.NoError(t, err)
	ts := httptest.NewServer(s.Handler())
	t.Cleanup(func() {
		ts.Close()
		s.Close()
	})
	return s, ts
}

// do sends a request and returns the status and body.
func do(t testing.TB, method, url string, body any, header ...string) (int, []byte, http.Header) {
	t.Helper()
	var rd io.Reader
	switch b := body.(type) {
	case nil:
	case string:
		rd = strings.NewReader(b)
	case []byte:
		rd = bytes.NewReader(b)
	default:
		j, err := json.Marshal(b)
		require.NoError(t, err)
		rd = bytes.NewReader(j)
	}
	req, err := http.NewRequest(method, url, rd)
	require.NoError(t, err)
	if rd != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	res, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	require.NoError(t, err)
	return res.StatusCode, b, res.Header
}

// decode unmarshals b into a new T.
func decode[T any](t testing.TB, b []byte) T {
	t.Helper()
	var v T
	require.NoError(t, json.Unmarshal(b, &v), "body: %s", b)
	return v
}

// waitJob polls an ingest job until it is no longer running.
func waitJob(t testing.TB, base, id string) Job {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		code, b, _ := do(t, "GET", base+"/api/ingest/"+id, nil)
		require.Equal(t, http.StatusOK, code, "%s", b)
		job := decode[Job](t, b)
		if job.State != JobRunning {
			return job
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("ingest job %s still running after 60s", id)
	return Job{}
}

// writeFiles writes name → content into a new folder and returns it.
func writeFiles(t testing.TB, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
	}
	real, err := filepath.EvalSymlinks(dir)
	require.NoError(t, err)
	return real
}
