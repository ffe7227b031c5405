package compare

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/verbatim-rag/verbatim/generate"
	"github.com/verbatim-rag/verbatim/rag"
)

// Outcome classes a question by which modes got it right.
type Outcome string

// The outcome classes; a question asked in one mode only has none.
const (
	BothRight Outcome = "both_right"
	RAGFixed  Outcome = "rag_fixed" // only RAG right
	RAGBroke  Outcome = "rag_broke" // only bare right
	BothWrong Outcome = "both_wrong"
)

// Report is everything a comparison measured. It is built by Run and
// rendered by WriteTable, WriteJSON and WriteHTML.
type Report struct {
	Title        string         `json:"title"`
	Generator    string         `json:"generator"`
	Settings     Settings       `json:"settings"`
	Questions    int            `json:"questions"`
	Answerable   int            `json:"answerable"`
	Unanswerable int            `json:"unanswerable"`
	Modes        []ModeSummary  `json:"modes"`
	Outcomes     *OutcomeCounts `json:"outcomes,omitempty"` // when both modes ran
	Frequency    FrequencyCurve `json:"frequency"`
	Kinds        []KindSummary  `json:"kinds"`            // every mode's figures per kind of question
	Groups       []GroupSummary `json:"groups,omitempty"` // per group of Options.Group
	Sweep        []SweepPoint   `json:"sweep,omitempty"`
	Temperature  []TempPoint    `json:"temperature,omitempty"` // temperature (× budget) grid
	Records      []Record       `json:"records"`
}

// Settings records how the comparison was run.
type Settings struct {
	Modes    []generate.Mode `json:"modes"`
	Limit    int             `json:"limit,omitempty"`
	Parallel int             `json:"parallel"`
	Seed     int64           `json:"seed"`
	Ks       []int           `json:"ks"`
	Filter   Filter          `json:"filter"`
}

// ModeSummary holds the figures of one mode.
type ModeSummary struct {
	Mode   generate.Mode `json:"mode"`
	Errors int           `json:"errors"` // questions whose Ask failed, left out of every figure
	// Over answerable questions: Accuracy + Abstention + Hallucination = 1.
	Accuracy      Ratio `json:"accuracy"`
	Abstention    Ratio `json:"abstention"`
	Hallucination Ratio `json:"hallucination"`
	// Over unanswerable questions: abstained as it should.
	NegativeRejection Ratio `json:"negative_rejection"`
	// Over all answered (not abstained) questions: answered but wrong.
	AnsweredWrong Ratio `json:"answered_wrong"`
	// Over all answered (not abstained) questions: empty or looping, as
	// verify.Degenerate finds (bare mode only flags it).
	Degenerate Ratio `json:"degenerate"`
	// Citations (ALCE-style, exact-text support).
	CitationPrecision Ratio `json:"citation_precision"`
	CitationRecall    Ratio `json:"citation_recall"`
	// The checker's verdicts, over sentences stating facts (see
	// verify.CheckSupport): not supported by their citations, true but
	// uncited, uncited and found in no passage (bare answers: not found in
	// the documents).
	VerdictUnsupported Ratio `json:"verdict_unsupported"`
	VerdictUncited     Ratio `json:"verdict_uncited"`
	VerdictNotFound    Ratio `json:"verdict_not_found"`
	// Retrieval, over questions with a source.
	HitAt []HitAt `json:"hit_at"`
	MRR   Mean    `json:"mrr"`
	// Latency of the answers.
	P50 time.Duration `json:"p50_ns"`
	P95 time.Duration `json:"p95_ns"`
}

// HitAt is the share of questions whose source is among the first K
// passages.
type HitAt struct {
	K   int   `json:"k"`
	Hit Ratio `json:"hit"`
}

// OutcomeCounts counts questions per outcome class.
type OutcomeCounts struct {
	BothRight int `json:"both_right"`
	RAGFixed  int `json:"rag_fixed"`
	RAGBroke  int `json:"rag_broke"`
	BothWrong int `json:"both_wrong"`
}

// FrequencyCurve is accuracy against how often the answer occurs in the
// corpus.
type FrequencyCurve struct {
	Buckets  []Bucket `json:"buckets"`
	OnceSeen Ratio    `json:"once_seen"` // answerable questions whose answer is in exactly one passage
}

// Bucket is one range of answer frequency.
type Bucket struct {
	Label     string                  `json:"label"`
	Min       int                     `json:"min"`
	Max       int                     `json:"max"` // inclusive; -1 for no upper bound
	Questions int                     `json:"questions"`
	Accuracy  map[generate.Mode]Ratio `json:"accuracy"`
}

// Record is one question with its results in every mode.
type Record struct {
	ID        string                    `json:"id"`
	Question  string                    `json:"question"`
	Answers   []string                  `json:"answers"`
	Source    string                    `json:"source,omitempty"`
	Kind      string                    `json:"kind"`      // KindOf the question
	Frequency int                       `json:"frequency"` // passages containing the answer; -1 for unanswerable or unknown
	Bucket    string                    `json:"bucket,omitempty"`
	Outcome   Outcome                   `json:"outcome,omitempty"`
	Results   map[generate.Mode]*Result `json:"results"`
}

// Result is one question answered in one mode, scored: the answer in its
// one JSON shape (rag.AnswerJSON, as `verbatim ask --json` prints it) and
// the scores.
type Result struct {
	rag.AnswerJSON
	Correct      bool          `json:"correct"`      // matched a gold answer (answerable only)
	Right        bool          `json:"right"`        // correct, or abstained on an unanswerable question
	Hallucinated bool          `json:"hallucinated"` // answered but wrong
	Error        string        `json:"error,omitempty"`
	Cite         CitationScore `json:"citation_score"`
	Rank         int           `json:"rank"` // of the question's source among Sources, 0 when absent
	Latency      time.Duration `json:"latency_ns"`
}

// Failures counts the answers of the run whose Ask failed, over all it
// asked, and describes the first ("q3 (rag): the error"), in question
// order.
func (r *Report) Failures() (failed, asked int, first string) {
	for _, rec := range r.Records {
		for _, m := range r.Settings.Modes {
			res, ok := rec.Results[m]
			if !ok || res == nil {
				continue
			}
			asked++
			if res.Error == "" {
				continue
			}
			if failed++; first == "" {
				first = fmt.Sprintf("%s (%s): %s", rec.ID, m, res.Error)
			}
		}
	}
	return failed, asked, first
}

// Summary returns the figures of mode m, and false when m was not run.
func (r *Report) Summary(m generate.Mode) (ModeSummary, bool) {
	return modeSummary(r.Modes, m)
}

// modeSummary returns the figures of mode m among ms, and false when m
// was not run.
func modeSummary(ms []ModeSummary, m generate.Mode) (ModeSummary, bool) {
	for _, s := range ms {
		if s.Mode == m {
			return s, true
		}
	}
	return ModeSummary{}, false
}

// WriteJSON writes the report as indented JSON.
func (r *Report) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(r); err != nil {
		return fmt.Errorf("compare: write json: %w", err)
	}
	return nil
}

func formatFloat(v float64, prec int) string {
	return strconv.FormatFloat(v, 'f', prec, 64)
}

func formatDuration(d time.Duration) string {
	switch {
	case d == 0:
		return "0"
	case d < time.Millisecond:
		return fmt.Sprintf("%dµs", d.Microseconds())
	case d < time.Second:
		return formatFloat(float64(d)/float64(time.Millisecond), 1) + "ms"
	}
	return formatFloat(d.Seconds(), 2) + "s"
}
