package rag

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/generate"
	"github.com/verbatim-rag/verbatim/verify"
)

func jsonAnswer() Answer {
	h := hit("0123456789abcdef-0", "The Sallowmere Bridge was completed in 1897.")
	src := generate.Source{N: 1, Passage: h.Passage, Span: h.Span, Score: 0.5}
	confidence := 0.91
	return Answer{
		Question: "When?", Mode: generate.RAG, Text: "In 1897 [1]. It cost 40 krell.", Generator: "fake", Confidence: &confidence,
		Citations: []verify.Citation{{N: 1, PassageID: h.Passage.ID, Span: h.Span, Quote: h.Passage.Text}},
		Checks: []verify.Check{
			{Sentence: "In 1897 [1].", End: 12, Cites: []int{1}, Facts: []string{"1897"}, Supported: true},
			{Sentence: "It cost 40 krell.", Start: 13, End: 30, Facts: []string{"40"}, Uncited: true},
		},
		Removed: []int{4}, Sources: []generate.Source{src}, Dropped: []generate.Source{src},
		Timings: Timings{Retrieve: 1500 * time.Microsecond, Generate: 2 * time.Millisecond, Check: time.Microsecond, Total: 4 * time.Millisecond},
	}
}

func TestAnswerJSONRoundTrip(t *testing.T) {
	a := jsonAnswer()
	b, err := json.Marshal(a)
	require.NoError(t, err)
	var back Answer
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, a, back)
}

func TestAnswerJSONShape(t *testing.T) {
	j := jsonAnswer().JSON()
	assert.Equal(t, "0123456789abcdef", j.Citations[0].DocID)
	assert.Equal(t, "/d/0123456789abcdef-0.md:1", j.Citations[0].Ref)
	require.Len(t, j.Unsupported, 1, "only the failed check")
	assert.True(t, j.Unsupported[0].Uncited)
	assert.Equal(t, "0123456789abcdef", j.Sources[0].DocID)
	assert.Equal(t, j.Sources[0].Ref, j.Citations[0].Ref)
	assert.Equal(t, 1.5, j.Timings.RetrieveMS)
	assert.Equal(t, 1500*time.Microsecond, j.Timings.RetrieveNS, "nanoseconds kept for one release")

	var fields map[string]json.RawMessage
	b, err := json.Marshal(jsonAnswer())
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(b, &fields))
	for _, k := range []string{"question", "mode", "answer", "abstained", "citations", "checks", "unsupported",
		"removed_markers", "sources", "dropped", "generator", "timings", "confidence"} {
		assert.Contains(t, fields, k)
	}
	var timings map[string]float64
	require.NoError(t, json.Unmarshal(fields["timings"], &timings))
	assert.Equal(t, 4.0, timings["total_ms"])
	assert.Equal(t, 4e6, timings["total_ns"])
}

func TestAnswerJSONMillisecondsOnly(t *testing.T) {
	var a Answer
	require.NoError(t, json.Unmarshal([]byte(`{"answer":"x","timings":{"total_ms":2.5},"citations":[]}`), &a))
	assert.Equal(t, 2500*time.Microsecond, a.Timings.Total)
	assert.Equal(t, "x", a.Text)
}

// TestAnswerJSONKeepsPathBytes: an answer over a file whose name is not
// UTF-8 keeps the name's bytes through its JSON (every path and ref
// escaped \xNN, read back as the bytes), and an unsupported sentence's
// found_in and note name the passage the same way; JSON wrote U+FFFD.
func TestAnswerJSONKeepsPathBytes(t *testing.T) {
	const path = "/d/caf\xe9.md"
	a := jsonAnswer()
	other := hit("fedcba9876543210-0", "It cost 40 krell.")
	other.Passage.Path, other.Span.Path = path, path
	a.Sources = append(a.Sources, generate.Source{N: 2, Passage: other.Passage, Span: other.Span})
	a.Citations[0].Span.Path, a.Sources[0].Span.Path, a.Sources[0].Passage.Path = path, path, path
	a.Checks[1].Verdict, a.Checks[1].FoundIn = verify.VerdictUncited, []string{other.Passage.ID}

	j := a.JSON()
	assert.Equal(t, `/d/caf\xe9.md:1`, j.Citations[0].Ref)
	assert.Equal(t, `/d/caf\xe9.md:1`, j.Sources[1].Ref)
	assert.Equal(t, []string{`/d/caf\xe9.md:1`}, j.Unsupported[0].FoundIn)
	assert.Contains(t, j.Unsupported[0].Note, `found in /d/caf\xe9.md:1`)

	b, err := json.Marshal(a)
	require.NoError(t, err)
	assert.NotContains(t, string(b), `\ufffd`)
	var back Answer
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, a, back)
}
