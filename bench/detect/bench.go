package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync"

	"github.com/verbatim-rag/verbatim/bench/qa/qaset"
	"github.com/verbatim-rag/verbatim/generate"
	"github.com/verbatim-rag/verbatim/generate/openai"
	"github.com/verbatim-rag/verbatim/index"
	"github.com/verbatim-rag/verbatim/ingest"
	"github.com/verbatim-rag/verbatim/rag"
	"github.com/verbatim-rag/verbatim/retrieve"
)

// scriptedModel is an OpenAI-compatible server that streams whatever
// answer was set last, whatever it is asked.
type scriptedModel struct {
	srv    *httptest.Server
	mu     sync.Mutex
	answer string
}

func newScriptedModel() (*scriptedModel, error) {
	m := &scriptedModel{}
	m.srv = httptest.NewServer(http.HandlerFunc(m.serve))
	return m, nil
}

func (m *scriptedModel) Close() { m.srv.Close() }

func (m *scriptedModel) set(answer string) {
	m.mu.Lock()
	m.answer = answer
	m.mu.Unlock()
}

func (m *scriptedModel) serve(w http.ResponseWriter, r *http.Request) {
	m.mu.Lock()
	answer := m.answer
	m.mu.Unlock()
	delta, _ := json.Marshal(answer)
	w.Header().Set("Content-Type", "text/event-stream")
	fmt.Fprintf(w, "data: {\"id\":\"1\",\"object\":\"chat.completion.chunk\",\"model\":\"scripted\",\"choices\":[{\"index\":0,\"delta\":{\"content\":%s},\"finish_reason\":\"stop\"}]}\n\n", delta)
	fmt.Fprint(w, "data: [DONE]\n\n")
}

// cachedSearch remembers the hits of each question, so that the many
// scripted answers to one question are checked against the same passages
// without searching again.
type cachedSearch struct {
	r    *retrieve.Retriever
	hits map[string][]retrieve.Hit
}

func (c *cachedSearch) Search(ctx context.Context, q retrieve.Query) ([]retrieve.Hit, error) {
	if h, ok := c.hits[q.Text]; ok {
		return h, nil
	}
	h, err := c.r.Search(ctx, q)
	if err == nil {
		c.hits[q.Text] = h
	}
	return h, err
}

// Relevant takes every hit as relevant: the benchmark measures the
// checker, so the model answers whenever a shown passage holds a gold
// answer, whether or not retrieval's relevance test would have declined.
func (c *cachedSearch) Relevant(retrieve.Hit) bool { return true }

// bench is one corpus ready to be asked.
type bench struct {
	corpus   *index.Corpus
	pipeline *rag.Pipeline
	model    *scriptedModel
}

// openBench ingests the folder dir into the store kept at data (an
// unchanged folder is skipped quickly on later runs) and wires the
// pipeline: the real retriever, the openai generator talking to model, the
// store as locator.
func openBench(ctx context.Context, name, dir, data string, model *scriptedModel) (*bench, error) {
	root, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	if _, err := os.Stat(root); err != nil {
		return nil, fmt.Errorf("corpus folder: %w (build it with bash bench/qa/run.sh --fetch %s)", err, name)
	}
	if err := os.MkdirAll(data, 0o755); err != nil {
		return nil, err
	}
	c, err := index.Open(data, index.Options{NoSync: true})
	if err != nil {
		return nil, err
	}
	if _, err := ingest.Run(ctx, c, []string{root}, ingest.Config{}, ingest.Options{}); err != nil {
		_ = c.Close()
		return nil, err
	}
	cfg := openai.DefaultConfig()
	cfg.BaseURL = model.srv.URL + "/v1"
	cfg.Model = "scripted"
	cfg.MaxRetries = 0
	g, err := openai.New(cfg, generate.DefaultConfig())
	if err != nil {
		_ = c.Close()
		return nil, err
	}
	s := &cachedSearch{r: retrieve.New(c, retrieve.DefaultConfig()), hits: map[string][]retrieve.Hit{}}
	return &bench{corpus: c, pipeline: rag.New(s, g, c, rag.DefaultConfig()), model: model}, nil
}

func (b *bench) close() { _ = b.corpus.Close() }

// ask has the scripted model answer q with text and returns the checked
// answer.
func (b *bench) ask(ctx context.Context, q qaset.Question, text string) (rag.Answer, error) {
	b.model.set(text)
	return b.pipeline.Ask(ctx, rag.Request{Question: q.Question, Mode: generate.RAG})
}

// run asks every answerable question: first a probe to learn which
// passages the model is shown, then every case built from them.
func (b *bench) run(ctx context.Context, name string, qs []qaset.Question) ([]result, error) {
	var out []result
	var declined, noGold, used int
	defer func() {
		fmt.Fprintf(os.Stderr, "detect: %s: %d questions asked, %d declined, %d without a shown unit holding a gold answer\n", name, used, declined, noGold)
	}()
	for _, q := range qs {
		if len(q.Answers) == 0 {
			continue
		}
		probe, err := b.ask(ctx, q, "Probe.")
		if err != nil {
			return nil, fmt.Errorf("%s: %w", q.ID, err)
		}
		if probe.Abstained || len(probe.Sources) == 0 {
			declined++
			continue
		}
		cases := buildCases(q, shownSources(probe), otherAnswers(qs, q))
		if len(cases) == 0 {
			noGold++
			continue
		}
		used++
		for _, c := range cases {
			ans, err := b.ask(ctx, q, c.text)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", q.ID, err)
			}
			out = append(out, judge(name, q, c, ans))
		}
	}
	return out, nil
}

// shownSources are the retrieved passages the model saw: those not
// dropped for lack of context room.
func shownSources(a rag.Answer) []generate.Source {
	dropped := map[string]bool{}
	for _, d := range a.Dropped {
		dropped[d.Passage.ID] = true
	}
	var out []generate.Source
	for _, s := range a.Sources {
		if !dropped[s.Passage.ID] {
			out = append(out, s)
		}
	}
	return out
}

// otherAnswers lists the gold answers of the corpus's other questions: the
// names a perturbed answer swaps in.
func otherAnswers(qs []qaset.Question, q qaset.Question) []string {
	var out []string
	for _, o := range qs {
		if o.ID != q.ID {
			out = append(out, o.Answers...)
		}
	}
	return out
}
