package server

import (
	"context"
	"net/http"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/generate"
	"github.com/verbatim-rag/verbatim/generate/lossy"
	"github.com/verbatim-rag/verbatim/index"
)

// lossyGen trains the built-in model on the corpus, as cmd does after an
// ingest.
func lossyGen(t testing.TB, c *index.Corpus) generate.Generator {
	t.Helper()
	ctx := context.Background()
	cfg := lossy.DefaultConfig()
	m, err := lossy.Train(ctx, func(fn func(string) error) error {
		return c.EachPassage(ctx, func(p corpus.Passage) error { return fn(p.Text) })
	}, cfg)
	require.NoError(t, err)
	return lossy.New(m, cfg)
}

// TestLossyModelConcurrent answers with the real built-in model from
// several clients at once (run it with -race): every RAG answer cites the
// exact bytes it copied, and bare answers are marked unverified.
func TestLossyModelConcurrent(t *testing.T) {
	c := newCorpus(t)
	_, ts := newTestServer(t, DefaultConfig(), func(d *Deps) {
		d.Corpus = c
		d.Generator = lossyGen(t, c)
	})
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mode := generate.RAG
			if i%2 == 1 {
				mode = generate.Bare
			}
			code, b, _ := do(t, "POST", ts.URL+"/api/ask", AskRequest{Question: "When was Velmora founded?", Mode: mode})
			if !assert.Equal(t, http.StatusOK, code, "%s", b) {
				return
			}
			resp := decode[AskResponse](t, b)
			assert.Equal(t, "lossy", resp.Generator)
			if mode == generate.Bare {
				assert.True(t, resp.Unverified)
				return
			}
			assert.Contains(t, resp.Answer, "1214")
			if assert.NotEmpty(t, resp.Citations) {
				assert.Contains(t, resp.Citations[0].Ref, "velmora.md")
			}
		}()
	}
	wg.Wait()
}
