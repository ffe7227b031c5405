package verify

import (
	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/generate"
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

// Cite turns a generator's output into the answer text and its citations.
//
// For marker-based output (no Copies) it parses the [n] markers (see
// ParseMarkers), removes those that point to no source in sources (matched
// by Source.N) and reports their numbers in removed, and renumbers the rest
// 1, 2, ... in order of first use, written as "[1][2]". Each Citation quotes
// the whole passage and carries the source's span.
//
// For copy-based output (Output.Copies, from the lossy model) the text has
// no markers of its own: each citation is one run of copied bytes, its Quote
// those exact bytes and its Span their exact sub-span, resolved with loc
// when it is not nil (line and page precise) and otherwise derived from the
// passage span (exact for text-like formats, the passage's lines or pages
// for others). The markers of the copies a sentence contains are inserted
// at the end of that sentence, before its final ".", "!", "?" or "…", as in
// "born in 1867 [1].". Copies of bytes with no letter or digit are not
// cited; copies pointing at unknown sources are reported in removed.
func Cite(out generate.Output, sources []generate.Source, loc Locator) (text string, cites []Citation, removed []int) {
	if len(out.Copies) > 0 {
		return citeCopies(out, sources, loc)
	}
	return citeMarkers(out.Text, sources)
}
