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

// Answer is the result of one question in one mode.
type Answer struct {
	Question   string            `json:"question"`
	Mode       generate.Mode     `json:"mode"`
	Text       string            `json:"answer"`               // with sequential [n] markers
	Abstained  bool              `json:"abstained"`            // the pipeline or the model declined to answer
	Unverified bool              `json:"unverified,omitempty"` // bare mode: recall from the model's own bytes
	Degenerate string            `json:"degenerate,omitempty"` // bare mode: why the answer is empty or loops (see verify.Degenerate)
	Citations  []verify.Citation `json:"citations"`
	Checks     []verify.Check    `json:"checks,omitempty"`
	Removed    []int             `json:"removed_markers,omitempty"` // markers that pointed at no source
	Sources    []generate.Source `json:"sources,omitempty"`         // retrieved passages, numbered as given to the model (rag) or used for the check (bare)
	Dropped    []generate.Source `json:"dropped,omitempty"`         // those of Sources left out for lack of context room (not shown to the model)
	Generator  string            `json:"generator"`
	Timings    Timings           `json:"timings"`
}

// Timings break down where the time of one answer went.
type Timings struct {
	Retrieve time.Duration `json:"retrieve_ns"`
	Generate time.Duration `json:"generate_ns"`
	Check    time.Duration `json:"check_ns"`
	Total    time.Duration `json:"total_ns"`
}
