package compare

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/verbatim-rag/verbatim/rag"
	"github.com/verbatim-rag/verbatim/verify"
)

func TestVerdictColumns(t *testing.T) {
	var s ModeSummary
	res := &Result{AnswerJSON: rag.AnswerJSON{Checks: []verify.Check{
		{Facts: []string{"1867"}, Verdict: verify.VerdictSupported, Supported: true},
		{Facts: []string{"1868"}, Verdict: verify.VerdictUnsupported},
		{Facts: []string{"Paris"}, Verdict: verify.VerdictUncited, Uncited: true},
		{Facts: []string{"Lyon"}, Verdict: verify.VerdictNotFound, Uncited: true},
		{Verdict: verify.VerdictSupported, Supported: true}, // no facts: not counted
	}}}
	addAnswer(&s, Record{}, res)
	assert.Equal(t, Ratio{Num: 1, Den: 4}, s.VerdictUnsupported)
	assert.Equal(t, Ratio{Num: 1, Den: 4}, s.VerdictUncited)
	assert.Equal(t, Ratio{Num: 1, Den: 4}, s.VerdictNotFound)
	var labels []string
	for _, r := range metricRows(nil) {
		labels = append(labels, r.Label)
	}
	assert.Contains(t, labels, "Fact sentences true but uncited")
}
