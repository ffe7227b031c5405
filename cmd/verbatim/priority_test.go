package main

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// splitEntries copies the sample entries into two folders, legal/ (the
// first half by name) and misc/, and rewrites the question set's sources
// to match. It returns the folder and the question file.
func splitEntries(t *testing.T) (string, string) {
	t.Helper()
	src, err := filepath.Abs("../../testdata/entries")
	require.NoError(t, err)
	names, err := filepath.Glob(filepath.Join(src, "*.md"))
	require.NoError(t, err)
	sort.Strings(names)
	root := t.TempDir()
	folder := map[string]string{}
	for i, n := range names {
		dir := "misc"
		if i < len(names)/2 {
			dir = "legal"
		}
		b, err := os.ReadFile(n)
		require.NoError(t, err)
		require.NoError(t, os.MkdirAll(filepath.Join(root, dir), 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(root, dir, filepath.Base(n)), b, 0o644))
		folder[filepath.Base(n)] = dir
	}
	qf, err := os.Open("../../testdata/questions/entries.jsonl")
	require.NoError(t, err)
	defer qf.Close()
	var out strings.Builder
	sc := bufio.NewScanner(qf)
	for sc.Scan() {
		var q map[string]any
		require.NoError(t, json.Unmarshal(sc.Bytes(), &q))
		if s, ok := q["source"].(string); ok {
			base := filepath.Base(s)
			q["source"] = folder[base] + "/" + base
		}
		b, err := json.Marshal(q)
		require.NoError(t, err)
		out.Write(append(b, '\n'))
	}
	questions := filepath.Join(t.TempDir(), "q.jsonl")
	require.NoError(t, os.WriteFile(questions, []byte(out.String()), 0o644))
	return root, questions
}

type priorityReport struct {
	Groups []struct {
		Group string `json:"group"`
	} `json:"groups"`
	Sweep []struct {
		Groups []struct {
			Group string `json:"group"`
			Modes []struct {
				Accuracy struct {
					Num int `json:"num"`
					Den int `json:"den"`
				} `json:"accuracy"`
			} `json:"modes"`
		} `json:"groups"`
		Model *struct {
			BitsPerByte float64 `json:"bits_per_byte"`
			Classes     []struct {
				Name string `json:"name"`
			} `json:"classes"`
			Held []struct {
				Group string `json:"group"`
				Ratio struct {
					Num   int     `json:"num"`
					Den   int     `json:"den"`
					Value float64 `json:"value"`
				} `json:"ratio"`
			} `json:"facts_held_by_group"`
		} `json:"model"`
	} `json:"sweep"`
}

// held returns the share of facts held per group at the sweep's one budget.
func (r priorityReport) held(t *testing.T) map[string]float64 {
	require.Len(t, r.Sweep, 1)
	require.NotNil(t, r.Sweep[0].Model)
	out := map[string]float64{}
	for _, g := range r.Sweep[0].Model.Held {
		out[g.Group] = g.Ratio.Value
	}
	return out
}

// TestComparePriority runs the same comparison at one budget with and
// without model.priority on the legal/ folder: the prioritised folder's
// facts are held more often, the rest's less, and the report groups its
// figures by weight.
func TestComparePriority(t *testing.T) {
	isolate(t)
	root, questions := splitEntries(t)
	data := filepath.Join(t.TempDir(), "data")
	_, _, err := run(t, data, "ingest", root)
	require.NoError(t, err)
	args := []string{"compare", questions, "--quiet", "--json", "--modes", "bare", "--budgets", "24KiB"}

	// The same globs at weight 1 (no priority) and 8, at the same budget.
	reports := map[string]priorityReport{}
	for _, w := range []string{"1", "8"} {
		cfg := filepath.Join(t.TempDir(), "verbatim.yaml")
		require.NoError(t, os.WriteFile(cfg, []byte("model:\n  priority:\n    legal/**: "+w+"\n"), 0o644))
		out, _, err := run(t, data, append([]string{"--config", cfg}, args...)...)
		require.NoError(t, err)
		var rep priorityReport
		require.NoError(t, json.Unmarshal([]byte(out), &rep))
		require.Len(t, rep.Groups, 2)
		assert.Equal(t, "(other)", rep.Groups[0].Group)
		assert.Equal(t, "legal/**", rep.Groups[1].Group)
		reports[w] = rep
		for _, g := range rep.Sweep[0].Groups {
			t.Logf("weight %s: bare accuracy %s %d/%d", w, g.Group, g.Modes[0].Accuracy.Num, g.Modes[0].Accuracy.Den)
		}
		t.Logf("weight %s: facts held %v", w, rep.held(t))
	}
	plain, prio := reports["1"].held(t), reports["8"].held(t)
	assert.Greater(t, prio["legal/**"], plain["legal/**"], "the prioritised folder holds more of its facts")
	assert.Less(t, prio["(other)"], plain["(other)"], "the rest holds fewer")
	bare := func(w, group string) int {
		for _, g := range reports[w].Sweep[0].Groups {
			if g.Group == group {
				return g.Modes[0].Accuracy.Num
			}
		}
		return -1
	}
	assert.Greater(t, bare("8", "legal/**"), bare("1", "legal/**"), "and bare mode recalls more of them")
}

// TestModelReportsBits checks that verbatim model splits bits per byte by
// token class and format and counts the facts of a question set it holds.
func TestModelReportsBits(t *testing.T) {
	isolate(t)
	root, questions := splitEntries(t)
	data := filepath.Join(t.TempDir(), "data")
	_, _, err := run(t, data, "ingest", root)
	require.NoError(t, err)
	out, _, err := run(t, data, "model", "--questions", questions)
	require.NoError(t, err)
	for _, want := range []string{"bits/byte by token class", "number", "name", "word", "punct", "code",
		"bits/byte by document format", "markdown", "question facts held:"} {
		assert.Contains(t, out, want)
	}
	out, _, err = run(t, data, "model", "--json")
	require.NoError(t, err)
	var rep struct {
		BitsPerByte float64 `json:"bits_per_byte"`
		Measured    struct {
			BitsPerByte float64 `json:"bits_per_byte"`
			Classes     []struct {
				Name string `json:"name"`
			} `json:"classes"`
		} `json:"measured"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &rep))
	assert.InDelta(t, rep.BitsPerByte, rep.Measured.BitsPerByte, 1e-6, "the measure agrees with training's")
	assert.Len(t, rep.Measured.Classes, 5)
	out, _, err = run(t, data, "model", "--bits=false")
	require.NoError(t, err)
	assert.NotContains(t, out, "token class")

	out, errOut, err := run(t, data, "model", "--retrain", "--json")
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal([]byte(out), &rep), "standard output is the JSON alone")
	assert.Contains(t, errOut, "model: ", "the retraining line goes to standard error")
}
