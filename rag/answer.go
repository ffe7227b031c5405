// Package rag answers questions: it retrieves passages, hands them to a
// generate.Generator, and turns the output into an Answer whose citations
// resolve to exact spans of the stored documents and whose claims are
// checked against them.
package rag

import (
	"time"

	"github.com/verbatim-rag/verbatim/generate"
	"github.com/verbatim-rag/verbatim/verify"
)

// Answer is the result of one question in one mode. Its JSON form is
// AnswerJSON.
type Answer struct {
	Question   string
	Mode       generate.Mode
	Text       string   // with sequential [n] markers
	Abstained  bool     // the pipeline or the model declined to answer
	Unverified bool     // bare mode: recall from the model's own bytes
	Degenerate string   // bare mode: why the answer is empty or loops (see verify.Degenerate)
	Confidence *float64 // rag mode: the generator's calibrated confidence in its answer, when it gives one (generate.Output.Confidence)
	Citations  []verify.Citation
	Checks     []verify.Check
	Removed    []int             // markers that pointed at no source
	Sources    []generate.Source // retrieved passages, numbered as given to the model (rag) or used for the check (bare)
	Dropped    []generate.Source // those of Sources left out for lack of context room (not shown to the model)
	Generator  string
	Timings    Timings
}

// Timings break down where the time of one answer went.
type Timings struct {
	Retrieve time.Duration
	Generate time.Duration
	Check    time.Duration
	Total    time.Duration
}
