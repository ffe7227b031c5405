package rag

import (
	"encoding/json"
	"slices"
	"time"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/generate"
	"github.com/verbatim-rag/verbatim/verify"
)

// AnswerJSON is the one JSON shape of an Answer: what `verbatim ask
// --json` prints, POST /api/ask returns (and its streamed "answer" event
// carries), the OpenAI-compatible endpoint puts under "verbatim" (its
// "citations" are Citations), and compare's per-question records hold.
// Answer.MarshalJSON writes it and Answer.UnmarshalJSON reads it back.
type AnswerJSON struct {
	Question    string         `json:"question"`
	Mode        generate.Mode  `json:"mode"`
	Answer      string         `json:"answer"` // with sequential [n] markers
	Abstained   bool           `json:"abstained"`
	Unverified  bool           `json:"unverified,omitempty"`
	Degenerate  string         `json:"degenerate,omitempty"`
	Confidence  *float64       `json:"confidence,omitempty"` // the built-in reader's calibrated confidence, from 0 to 1 (it declines below reader.Threshold); absent for a chat model and when no passage was retrieved (the reader read nothing)
	Citations   []Citation     `json:"citations"`
	Checks      []verify.Check `json:"checks,omitempty"`
	Unsupported []Unsupported  `json:"unsupported"` // the checks that failed, for clients that only flag
	Removed     []int          `json:"removed_markers,omitempty"`
	Sources     []Source       `json:"sources"`
	Dropped     []Source       `json:"dropped,omitempty"`
	Generator   string         `json:"generator"`
	Timings     TimingsJSON    `json:"timings"`
}

// Citation is a citation with the reference a person looks up.
type Citation struct {
	verify.Citation
	DocID string `json:"doc_id"`
	Ref   string `json:"ref"` // "notes/a.md:12-14", "paper.pdf:p3"
	// Verdict is "supported" when every sentence in the citation's reach
	// is supported by it, else "unsupported", with the facts it lacks in
	// Missing and Negation when it says the opposite of a sentence.
	Verdict  string   `json:"verdict"`
	Missing  []string `json:"missing,omitempty"`
	Negation bool     `json:"negation,omitempty"`
}

// Unsupported flags a sentence of an answer whose facts are not in its
// cited (rag) or retrieved (bare) text, or that cites nothing.
type Unsupported struct {
	Sentence string   `json:"sentence"`
	Start    int      `json:"start"`
	End      int      `json:"end"`
	Missing  []string `json:"missing,omitempty"`
	Uncited  bool     `json:"uncited,omitempty"`
	Verdict  string   `json:"verdict"`            // verify.VerdictUnsupported, VerdictUncited or VerdictNotFound
	Cites    []int    `json:"cites,omitempty"`    // the citations in reach
	Negation bool     `json:"negation,omitempty"` // the cited text says the opposite
	FoundIn  []string `json:"found_in,omitempty"` // where the facts are: "[2]" for a cited passage, else its ref
	Note     string   `json:"note"`               // what to do about it, in words (see verify.Explain)
}

// Source is a passage the model was given (rag) or the answer was checked
// against (bare), with its reference and the passage itself.
type Source struct {
	N         int            `json:"n"`
	PassageID string         `json:"passage_id"`
	DocID     string         `json:"doc_id"`
	Ref       string         `json:"ref"`
	Title     string         `json:"title,omitempty"`
	Score     float64        `json:"score"`
	Span      corpus.Span    `json:"span"`
	Passage   corpus.Passage `json:"passage"`
}

// TimingsJSON are the Timings in milliseconds; the *_ns fields repeat them
// in nanoseconds, as `ask --json` printed them before, for one release.
type TimingsJSON struct {
	RetrieveMS float64 `json:"retrieve_ms"`
	GenerateMS float64 `json:"generate_ms"`
	CheckMS    float64 `json:"check_ms"`
	TotalMS    float64 `json:"total_ms"`

	RetrieveNS time.Duration `json:"retrieve_ns"` // deprecated: use retrieve_ms
	GenerateNS time.Duration `json:"generate_ns"` // deprecated: use generate_ms
	CheckNS    time.Duration `json:"check_ns"`    // deprecated: use check_ms
	TotalNS    time.Duration `json:"total_ns"`    // deprecated: use total_ms
}

// JSON returns the answer in its JSON shape.
func (a Answer) JSON() AnswerJSON {
	j := AnswerJSON{
		Question: a.Question, Mode: a.Mode, Answer: a.Text, Abstained: a.Abstained,
		Unverified: a.Unverified, Degenerate: a.Degenerate, Confidence: a.Confidence, Checks: a.Checks, Removed: a.Removed,
		Generator: a.Generator, Citations: Citations(a.Citations), Unsupported: []Unsupported{},
		Sources: sourcesJSON(a.Sources), Timings: a.Timings.JSON(),
	}
	if len(a.Dropped) > 0 {
		j.Dropped = sourcesJSON(a.Dropped)
	}
	// A passage is named as in verify.Explain, its path escaped as in
	// every JSON field.
	name := func(id string) string { return corpus.EscapePath(verify.PassageName(id, a.Citations, a.Sources)) }
	for _, ch := range a.Checks {
		if ch.Supported && !ch.Uncited {
			continue
		}
		u := Unsupported{
			Sentence: ch.Sentence, Start: ch.Start, End: ch.End, Missing: ch.Missing, Uncited: ch.Uncited,
			Verdict: ch.Verdict, Cites: ch.Cites, Negation: ch.Negation,
			Note: verify.ExplainNamed(ch, name),
		}
		for _, id := range ch.FoundIn {
			u.FoundIn = append(u.FoundIn, name(id))
		}
		j.Unsupported = append(j.Unsupported, u)
		if a.Mode == generate.RAG && ch.Verdict == verify.VerdictUnsupported {
			markCitations(j.Citations, ch)
		}
	}
	return j
}

// markCitations records an unsupported sentence on the citations in its
// reach.
func markCitations(cs []Citation, ch verify.Check) {
	for i := range cs {
		if !slices.Contains(ch.Cites, cs[i].N) {
			continue
		}
		cs[i].Verdict = verify.VerdictUnsupported
		cs[i].Negation = cs[i].Negation || ch.Negation
		for _, m := range ch.Missing {
			if !slices.Contains(cs[i].Missing, m) {
				cs[i].Missing = append(cs[i].Missing, m)
			}
		}
	}
}

// answer turns the JSON shape back into an Answer.
func (j AnswerJSON) answer() Answer {
	a := Answer{
		Question: j.Question, Mode: j.Mode, Text: j.Answer, Abstained: j.Abstained,
		Unverified: j.Unverified, Degenerate: j.Degenerate, Confidence: j.Confidence, Checks: j.Checks, Removed: j.Removed,
		Generator: j.Generator, Citations: make([]verify.Citation, len(j.Citations)),
		Sources: generateSources(j.Sources), Dropped: generateSources(j.Dropped), Timings: j.Timings.timings(),
	}
	for i, c := range j.Citations {
		a.Citations[i] = c.Citation
	}
	return a
}

// MarshalJSON writes the answer as AnswerJSON.
func (a Answer) MarshalJSON() ([]byte, error) { return json.Marshal(a.JSON()) }

// UnmarshalJSON reads an AnswerJSON.
func (a *Answer) UnmarshalJSON(b []byte) error {
	var j AnswerJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*a = j.answer()
	return nil
}

// Citations adds to each citation its document and reference.
func Citations(cites []verify.Citation) []Citation {
	out := make([]Citation, len(cites))
	for i, c := range cites {
		docID, _, _ := corpus.SplitPassageID(c.PassageID)
		out[i] = Citation{Citation: c, DocID: docID, Ref: corpus.EscapePath(c.Span.String()), Verdict: verify.VerdictSupported}
	}
	return out
}

func sourcesJSON(src []generate.Source) []Source {
	out := make([]Source, len(src))
	for i, s := range src {
		docID, _, _ := corpus.SplitPassageID(s.Passage.ID)
		out[i] = Source{N: s.N, PassageID: s.Passage.ID, DocID: docID, Ref: corpus.EscapePath(s.Span.String()),
			Title: s.Passage.Title, Score: s.Score, Span: s.Span, Passage: s.Passage}
	}
	return out
}

func generateSources(src []Source) []generate.Source {
	if src == nil {
		return nil
	}
	out := make([]generate.Source, len(src))
	for i, s := range src {
		out[i] = generate.Source{N: s.N, Passage: s.Passage, Span: s.Span, Score: s.Score}
	}
	return out
}

// JSON returns the timings in milliseconds (and, for one release, in
// nanoseconds).
func (t Timings) JSON() TimingsJSON {
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	return TimingsJSON{
		RetrieveMS: ms(t.Retrieve), GenerateMS: ms(t.Generate), CheckMS: ms(t.Check), TotalMS: ms(t.Total),
		RetrieveNS: t.Retrieve, GenerateNS: t.Generate, CheckNS: t.Check, TotalNS: t.Total,
	}
}

// timings reads the nanoseconds when given, else the milliseconds.
func (t TimingsJSON) timings() Timings {
	d := func(ns time.Duration, ms float64) time.Duration {
		if ns != 0 {
			return ns
		}
		return time.Duration(ms * float64(time.Millisecond))
	}
	return Timings{Retrieve: d(t.RetrieveNS, t.RetrieveMS), Generate: d(t.GenerateNS, t.GenerateMS),
		Check: d(t.CheckNS, t.CheckMS), Total: d(t.TotalNS, t.TotalMS)}
}
