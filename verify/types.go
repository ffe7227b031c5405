package verify

import (
	"github.com/verbatim-rag/verbatim/corpus"
)

// Citation is one numbered source of an answer, resolved to the exact bytes
// that support it.
type Citation struct {
	N         int         `json:"n"`          // the number used in the answer text, from 1 in order of first use
	PassageID string      `json:"passage_id"` // corpus passage id
	Span      corpus.Span `json:"span"`       // exact location of Quote
	Quote     string      `json:"quote"`      // the cited text, byte for byte from the store
}

// Check is the support verdict for one sentence of an answer.
type Check struct {
	Sentence  string   `json:"sentence"`
	Start     int      `json:"start"` // byte offsets of the sentence in the answer text
	End       int      `json:"end"`
	Cites     []int    `json:"cites,omitempty"`    // citation numbers in reach: the sentence's own, else those closing its paragraph or list
	Facts     []string `json:"facts,omitempty"`    // numbers, dates, names found in the sentence
	Missing   []string `json:"missing,omitempty"`  // facts not found in the cited (or retrieved) text
	Supported bool     `json:"supported"`          // every fact appears in the cited text
	Uncited   bool     `json:"uncited,omitempty"`  // the sentence states facts but no citation is in reach
	Verdict   string   `json:"verdict"`            // VerdictSupported, VerdictUnsupported, VerdictUncited or VerdictNotFound
	FoundIn   []string `json:"found_in,omitempty"` // passage ids of other sources that hold the missing (or uncited) facts
	Negation  bool     `json:"negation,omitempty"` // the cited text states the opposite (a "not" added or dropped)
}

// Locator maps a range of a document's extracted text to an exact span with
// lines and pages. index.Corpus implements it.
type Locator interface {
	Locate(docID string, start, end int) (corpus.Span, error)
}
