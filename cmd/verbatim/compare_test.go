package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCompareTemperatureGrid runs a small temperature × budget grid on the
// sample entries with the built-in model: one cell per budget and
// temperature, seeded from answer.seed, per-kind figures, and no answer
// diversity at temperature 0, where the built-in model decodes
// deterministically.
func TestCompareTemperatureGrid(t *testing.T) {
	isolate(t)
	data := filepath.Join(t.TempDir(), "data")
	entries, err := filepath.Abs("../../testdata/entries")
	require.NoError(t, err)
	questions, err := filepath.Abs("../../testdata/questions/entries.jsonl")
	require.NoError(t, err)
	_, _, err = run(t, data, "ingest", entries)
	require.NoError(t, err)

	page := filepath.Join(t.TempDir(), "r.html")
	out, _, err := run(t, data, "compare", questions, "--quiet", "--json", "--limit", "6", "--modes", "bare",
		"--budgets", "8KiB,64KiB", "--temperatures", "0,1.5", "--seeds", "2", "--html", page)
	require.NoError(t, err)
	var rep struct {
		Kinds []struct {
			Kind string `json:"kind"`
		} `json:"kinds"`
		Sweep []struct {
			Budget int64 `json:"budget"`
		} `json:"sweep"`
		Temperature []struct {
			Budget      int64   `json:"budget"`
			ModelBytes  int64   `json:"model_bytes"`
			Temperature float64 `json:"temperature"`
			Seeds       []int64 `json:"seeds"`
			Modes       []struct {
				Mode     string `json:"mode"`
				Accuracy struct {
					N int `json:"n"`
				} `json:"accuracy"`
				Diversity struct {
					N     int      `json:"n"`
					Value *float64 `json:"value"`
				} `json:"diversity"`
			} `json:"modes"`
			Kinds []struct {
				Kind string `json:"kind"`
			} `json:"kinds"`
		} `json:"temperature"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &rep))
	assert.NotEmpty(t, rep.Kinds)
	require.Len(t, rep.Sweep, 2)
	require.Len(t, rep.Temperature, 4)
	cells := [][2]float64{}
	for _, p := range rep.Temperature {
		cells = append(cells, [2]float64{float64(p.Budget), p.Temperature})
		assert.Equal(t, []int64{1, 2}, p.Seeds, "seeds from answer.seed")
		assert.Positive(t, p.ModelBytes)
		require.Len(t, p.Modes, 1)
		assert.Equal(t, "bare", p.Modes[0].Mode)
		assert.Equal(t, 2, p.Modes[0].Accuracy.N, "a value per seed")
		assert.NotEmpty(t, p.Kinds)
		if p.Temperature == 0 {
			require.NotNil(t, p.Modes[0].Diversity.Value)
			assert.Zero(t, *p.Modes[0].Diversity.Value, "greedy decoding repeats itself")
		}
	}
	assert.Equal(t, [][2]float64{{8 << 10, 0}, {8 << 10, 1.5}, {64 << 10, 0}, {64 << 10, 1.5}}, cells)
	html, err := os.ReadFile(page)
	require.NoError(t, err)
	assert.Contains(t, string(html), `id="chart-temperature"`)
	assert.Contains(t, string(html), `id="chart-kind-budget"`)
}

// TestCompareBadGridOptions: a bad temperature or seed count fails before
// the store is opened.
func TestCompareBadGridOptions(t *testing.T) {
	isolate(t)
	questions, err := filepath.Abs("../../testdata/questions/entries.jsonl")
	require.NoError(t, err)
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"--temperatures", "0,hot"}, `compare: bad option: temperature "hot" (want a number from 0 to 2)`},
		{[]string{"--temperatures", "3"}, `compare: bad option: temperature "3"`},
		{[]string{"--temperatures", "1", "--seeds", "-1"}, "compare: bad option: seeds -1 (want 1 to 100 repeats per temperature)"},
	}
	for _, tt := range tests {
		_, _, err := run(t, t.TempDir(), append([]string{"compare", questions}, tt.args...)...)
		require.Error(t, err, tt.args)
		assert.Contains(t, err.Error(), tt.want, tt.args)
		assert.NotContains(t, err.Error(), "ingest", "failed before opening the store")
	}
}

// TestCompareBudgetTooSmallFailsFirst: a sweep budget too small for even
// an empty model fails before any question is asked, not after the whole
// run and the budgets before it.
func TestCompareBudgetTooSmallFailsFirst(t *testing.T) {
	data := ingestedEntries(t)
	questions, err := filepath.Abs("../../testdata/questions/entries.jsonl")
	require.NoError(t, err)
	for _, budgets := range []string{"20", "8KiB,20"} {
		_, errOut, err := run(t, data, "compare", questions, "--limit", "2", "--modes", "bare", "--budgets", budgets)
		require.Error(t, err, budgets)
		assert.EqualError(t, err, "compare: retrain at 20B: lossy: budget too small for a model header (20 bytes)", budgets)
		assert.NotContains(t, errOut, "questions", "no question was asked (%s)", budgets)
	}
}

// TestCompareHTMLReportSparesItsInputs: --html naming the question set or
// a file in the data folder (the store itself) is refused before anything
// runs, and the file is left as it was; the report used to be renamed over
// it, losing the questions or the whole store.
func TestCompareHTMLReportSparesItsInputs(t *testing.T) {
	data := ingestedEntries(t)
	qdir := t.TempDir()
	questions := filepath.Join(qdir, "q.jsonl")
	qtext := `{"id":"a","question":"How long is the Korvath Tunnel?","answers":["9,214 metres"]}` + "\n"
	require.NoError(t, os.WriteFile(questions, []byte(qtext), 0o644))
	require.NoError(t, os.Symlink(data, filepath.Join(qdir, "data-link")))
	tests := []struct {
		name, html, want string
	}{
		{"the question set", questions, "is the question set"},
		{"the store", filepath.Join(data, "verbatim.db"), "is inside the data folder"},
		{"a new file in the data folder", filepath.Join(data, "report.html"), "is inside the data folder"},
		{"the store through a link to the data folder", filepath.Join(qdir, "data-link", "verbatim.db"), "is inside the data folder"},
	}
	store, err := os.ReadFile(filepath.Join(data, "verbatim.db"))
	require.NoError(t, err)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := run(t, data, "compare", questions, "--quiet", "--modes", "bare", "--html", tt.html)
			require.Error(t, err)
			assert.ErrorContains(t, err, tt.want)
			got, err := os.ReadFile(questions)
			require.NoError(t, err)
			assert.Equal(t, qtext, string(got), "the question set is unchanged")
			got, err = os.ReadFile(filepath.Join(data, "verbatim.db"))
			require.NoError(t, err)
			assert.Equal(t, store, got, "the store is unchanged")
			assert.NoFileExists(t, filepath.Join(data, "report.html"))
		})
	}
	// Another file is written as before.
	page := filepath.Join(qdir, "r.html")
	_, _, err = run(t, data, "compare", questions, "--quiet", "--modes", "bare", "--html", page)
	require.NoError(t, err)
	assert.FileExists(t, page)
}

// TestCompareWarnsOfUnmatchedSources: a question whose source matches no
// stored document (a typo) is named on standard error, since its
// retrieval then counts as a miss; the run goes on.
func TestCompareWarnsOfUnmatchedSources(t *testing.T) {
	data := ingestedEntries(t)
	questions := filepath.Join(t.TempDir(), "q.jsonl")
	require.NoError(t, os.WriteFile(questions, []byte(
		`{"id":"good","question":"How long is the Korvath Tunnel?","answers":["9,214 metres"],"source":"entries/korvath-tunnel.md"}`+"\n"+
			`{"id":"typo","question":"How long is the Korvath Tunnel?","answers":["9,214 metres"],"source":"entries/korvath-tunel.md"}`+"\n"), 0o644))
	out, errOut, err := run(t, data, "compare", questions, "--quiet", "--modes", "rag")
	require.NoError(t, err)
	assert.Contains(t, out, "Retrieval hit@1")
	assert.Contains(t, errOut, "warning: 1 question names a source that no stored document's path ends with, so its retrieval counts as a miss: typo (entries/korvath-tunel.md)")
	assert.NotContains(t, errOut, "good")
}

// TestCompareReportsFailedAnswers: answers that fail (a model server that
// refuses them) are named with their error on standard error; when every
// answer failed compare exits non-zero instead of printing a table of
// dashes with status 0.
func TestCompareReportsFailedAnswers(t *testing.T) {
	data := ingestedEntries(t, "--no-train")
	questions := filepath.Join(t.TempDir(), "q.jsonl")
	require.NoError(t, os.WriteFile(questions, []byte(
		`{"id":"good","question":"When was Velmora founded?","answers":["1214"]}`+"\n"+
			`{"id":"refused","question":"How long is the Korvath Tunnel?","answers":["9,214 metres"]}`+"\n"), 0o644))

	fake := &chatFake{answer: "It was founded in 1214.", fact: "1214"}
	var refuseAll sync.Mutex
	all := false
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		refuseAll.Lock()
		refuse := all || bytes.Contains(b, []byte("Korvath"))
		refuseAll.Unlock()
		if r.URL.Path == "/v1/chat/completions" && refuse {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusBadRequest)
			_, _ = io.WriteString(w, `{"error":{"message":"this model refuses tunnels","type":"invalid_request_error"}}`)
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(b))
		fake.ServeHTTP(w, r)
	}))
	defer srv.Close()
	useOpenAI(t, srv)

	out, errOut, err := run(t, data, "compare", questions, "--quiet", "--modes", "bare")
	require.NoError(t, err, "some answers failed: the report stands")
	assert.Contains(t, out, "Errors")
	assert.Contains(t, errOut, "warning: 1 of 2 answers failed and are left out of every figure; the first: refused (bare): ")
	assert.Contains(t, errOut, "this model refuses tunnels")

	refuseAll.Lock()
	all = true
	refuseAll.Unlock()
	_, errOut, err = run(t, data, "compare", questions, "--quiet", "--modes", "bare")
	require.Error(t, err)
	assert.Contains(t, err.Error(), "compare: every answer failed (2 of 2); the first: good (bare): ")
	assert.Contains(t, err.Error(), "this model refuses tunnels")
	assert.NotContains(t, errOut, "warning:", "said once, as the error")
}

// TestCompareTemperatureGridOpenAI: with an OpenAI-compatible model every
// grid cell sends its temperature and seed in the request.
func TestCompareTemperatureGridOpenAI(t *testing.T) {
	isolate(t)
	data := t.TempDir()
	entries, err := filepath.Abs("../../testdata/entries")
	require.NoError(t, err)
	questions, err := filepath.Abs("../../testdata/questions/entries.jsonl")
	require.NoError(t, err)
	_, _, err = run(t, data, "ingest", "--no-train", entries)
	require.NoError(t, err)

	fake := &chatFake{answer: "It was founded in 1214.", fact: "1214"}
	var mu sync.Mutex
	sent := map[string]int{} // "temperature/seed" → requests
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		var req struct {
			Temperature float64 `json:"temperature"`
			Seed        int64   `json:"seed"`
		}
		_ = json.Unmarshal(b, &req)
		mu.Lock()
		sent[fmt.Sprintf("%g/%d", req.Temperature, req.Seed)]++
		mu.Unlock()
		r.Body = io.NopCloser(bytes.NewReader(b))
		fake.ServeHTTP(w, r)
	}))
	defer srv.Close()
	useOpenAI(t, srv)

	out, _, err := run(t, data, "compare", questions, "--quiet", "--limit", "2", "--modes", "bare", "--temperatures", "0.5,1", "--seeds", "2")
	require.NoError(t, err)
	assert.Equal(t, map[string]int{"0/1": 2, "0.5/1": 2, "0.5/2": 2, "1/1": 2, "1/2": 2}, sent,
		"the plain run at the configured temperature, then two questions per temperature and seed")
	assert.Regexp(t, `(?m)^1\s+2\s+50\.0% ± 0\.0\s+50\.0% ± 0\.0\s+0\.0% \(1\.00\)`, out, "one of two questions right at every seed")
}
