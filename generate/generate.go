package generate

import (
	"context"
	"errors"

	"github.com/verbatim-rag/verbatim/corpus"
)

// Mode says whether a model may read retrieved passages.
type Mode string

// The two modes compared throughout Verbatim.
const (
	RAG  Mode = "rag"  // retrieved passages are spliced into the context
	Bare Mode = "bare" // the model answers from its own parameters only
)

// Source is a retrieved passage as shown to a model: numbered from 1 in the
// order given, with the exact span it came from.
type Source struct {
	N       int            `json:"n"`
	Passage corpus.Passage `json:"passage"`
	Span    corpus.Span    `json:"span"`
	Score   float64        `json:"score"`
}

// Request is one question for a model.
type Request struct {
	Question    string
	Mode        Mode
	Sources     []Source // empty in Bare mode
	MaxTokens   int      // answer tokens, 0 for the generator's default
	Temperature float64  // 0 decodes deterministically
	Seed        int64
}

// Copy records that answer bytes [Start, End) were copied verbatim from the
// passage of source N, passage-relative bytes [PStart, PEnd). Generators
// that copy (the lossy model) report copies; the citations then come from
// where the bytes came from rather than from markers.
type Copy struct {
	Start  int `json:"start"`
	End    int `json:"end"`
	N      int `json:"n"`
	PStart int `json:"p_start"`
	PEnd   int `json:"p_end"`
}

// Output is what a generator produced for a request.
type Output struct {
	Text         string   // the answer as decoded; may contain [n] markers
	Copies       []Copy   // provenance of copied bytes, sorted by Start
	Dropped      []Source // sources left out for lack of context room
	Sources      []Source // sources the model was shown, numbered as in its prompt (markers and Copies refer to these)
	PromptTokens int
	AnswerTokens int
	Model        string // model name as the generator reports it
	// Confidence is the generator's own calibrated probability that its
	// answer states what was asked (the built-in reader gives one, also
	// when it declines); nil when the generator gives none (a chat model).
	Confidence *float64
}

// Generator decodes answers. emit, when not nil, receives the answer text as
// it is decoded (deltas, in order); the returned Output.Text is their
// concatenation.
type Generator interface {
	Generate(ctx context.Context, req Request, emit func(delta string)) (Output, error)
	// Name identifies the generator and model in reports, "lossy" or
	// "openai:llama3.1:8b".
	Name() string
}

// Abstainer is implemented by generators that judge for themselves, with
// a calibrated confidence, whether the passages answer the question (the
// built-in reader): the pipeline hands them every retrieved passage
// rather than declining on retrieval's relevance test.
type Abstainer interface {
	Abstains() bool
}

// ErrNoModel is returned when a generator has no model to decode with (for
// the built-in one: nothing ingested and trained yet).
var ErrNoModel = errors.New("generate: no model: ingest documents first (verbatim ingest DIR), or train one on the documents stored (verbatim model --retrain)")
