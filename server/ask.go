package server

import (
	"context"
	"errors"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/generate"
	"github.com/verbatim-rag/verbatim/rag"
	"github.com/verbatim-rag/verbatim/verify"
)

// AskRequest is the body of POST /api/ask.
type AskRequest struct {
	Question string        `json:"question"`
	Mode     generate.Mode `json:"mode,omitempty"` // rag (default) or bare
	K        int           `json:"k,omitempty"`    // passages to retrieve, 0 for the configured default
	// Full asks for the whole answer as the pipeline gives it (sources
	// with their passages, timings in nanoseconds) in AskResponse.Full:
	// what `verbatim ask --json` prints. The CLI uses it while serve runs.
	Full bool `json:"full,omitempty"`
	Filters
}

// Citation is a citation of an answer with the reference a person looks up.
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
// against (bare).
type Source struct {
	N         int     `json:"n"`
	PassageID string  `json:"passage_id"`
	Ref       string  `json:"ref"`
	Title     string  `json:"title,omitempty"`
	Score     float64 `json:"score"`
}

// Timings are milliseconds.
type Timings struct {
	RetrieveMS float64 `json:"retrieve_ms"`
	GenerateMS float64 `json:"generate_ms"`
	CheckMS    float64 `json:"check_ms"`
	TotalMS    float64 `json:"total_ms"`
}

// AskResponse is the answer of POST /api/ask (and the data of the final
// "answer" event of a streamed one).
type AskResponse struct {
	Question    string         `json:"question"`
	Mode        generate.Mode  `json:"mode"`
	Answer      string         `json:"answer"` // with [n] markers
	Abstained   bool           `json:"abstained"`
	Unverified  bool           `json:"unverified,omitempty"`
	Degenerate  string         `json:"degenerate,omitempty"` // bare mode: why the answer is empty or loops
	Citations   []Citation     `json:"citations"`
	Unsupported []Unsupported  `json:"unsupported"`
	Checks      []verify.Check `json:"checks,omitempty"`
	Removed     []int          `json:"removed_markers,omitempty"`
	Sources     []Source       `json:"sources"`
	Dropped     []Source       `json:"dropped,omitempty"`
	Generator   string         `json:"generator"`
	Timings     Timings        `json:"timings"`
	Full        *rag.Answer    `json:"full,omitempty"` // when the request asked for it
}

func (s *Server) handleAsk(w http.ResponseWriter, r *http.Request) {
	var req AskRequest
	if err := decodeJSON(w, r, s.cfg.MaxBodyBytes, &req, true); err != nil {
		writeErr(w, err)
		return
	}
	if strings.Contains(r.Header.Get("Accept"), "text/event-stream") {
		s.askStream(w, r, req)
		return
	}
	resp, err := s.ask(r.Context(), req, nil)
	if err != nil {
		writeErr(w, err)
		return
	}
	writeJSON(w, http.StatusOK, resp)
}

// askJob is a checked question, ready to run.
type askJob struct {
	req AskRequest
	rr  rag.Request
	gen generate.Generator
}

// prepareAsk checks req and picks the generator, so that a bad request
// gets its status before a stream starts.
func (s *Server) prepareAsk(req AskRequest) (askJob, error) {
	if req.Mode == "" {
		req.Mode = generate.RAG
	}
	if req.Mode != generate.RAG && req.Mode != generate.Bare {
		return askJob{}, newError(errBadRequest, "server: mode %q: want rag or bare", req.Mode)
	}
	q, err := s.query(req.Question, req.K, req.Filters)
	if err != nil {
		return askJob{}, err
	}
	if strings.TrimSpace(req.Question) == "" {
		return askJob{}, rag.ErrEmptyQuestion
	}
	gen := s.Generator()
	if gen == nil {
		return askJob{}, generate.ErrNoModel
	}
	return askJob{req: req, rr: rag.Request{Question: req.Question, Mode: req.Mode, Query: q}, gen: gen}, nil
}

// ask answers req with the current generator; emit, when not nil,
// receives the answer text (markers stripped) as it is decoded.
func (s *Server) ask(ctx context.Context, req AskRequest, emit func(string)) (AskResponse, error) {
	job, err := s.prepareAsk(req)
	if err != nil {
		return AskResponse{}, err
	}
	return s.runAsk(ctx, job, emit)
}

func (s *Server) runAsk(ctx context.Context, job askJob, emit func(string)) (AskResponse, error) {
	ctx, cancel := context.WithTimeout(ctx, s.cfg.RequestTimeout)
	defer cancel()
	rr := job.rr
	var strip *markerStripper
	if emit != nil {
		strip = &markerStripper{emit: emit}
		rr.Emit = strip.write
	}
	ans, err := rag.New(s.retr, job.gen, s.corpus, s.deps.Answer).Ask(ctx, rr)
	if strip != nil {
		strip.flush()
	}
	s.metrics.answer(string(rr.Mode), outcome(ans, err))
	if err != nil {
		return AskResponse{}, err
	}
	resp := toResponse(ans)
	if job.req.Full {
		resp.Full = &ans
	}
	return resp, nil
}

func outcome(ans rag.Answer, err error) string {
	switch {
	case err != nil && errors.Is(err, context.Canceled):
		return "cancelled"
	case err != nil:
		return "error"
	case ans.Abstained:
		return "abstained"
	}
	return "answered"
}

func toResponse(a rag.Answer) AskResponse {
	resp := AskResponse{
		Question: a.Question, Mode: a.Mode, Answer: a.Text, Abstained: a.Abstained,
		Unverified: a.Unverified, Degenerate: a.Degenerate, Checks: a.Checks, Removed: a.Removed, Generator: a.Generator,
		Citations: make([]Citation, len(a.Citations)), Unsupported: []Unsupported{},
		Sources: sources(a.Sources), Timings: timings(a.Timings),
	}
	if len(a.Dropped) > 0 {
		resp.Dropped = sources(a.Dropped)
	}
	for i, c := range a.Citations {
		docID, _, _ := corpus.SplitPassageID(c.PassageID)
		resp.Citations[i] = Citation{Citation: c, DocID: docID, Ref: c.Span.String(), Verdict: verify.VerdictSupported}
	}
	for _, ch := range a.Checks {
		if ch.Supported && !ch.Uncited {
			continue
		}
		u := Unsupported{
			Sentence: ch.Sentence, Start: ch.Start, End: ch.End, Missing: ch.Missing, Uncited: ch.Uncited,
			Verdict: ch.Verdict, Cites: ch.Cites, Negation: ch.Negation, Note: verify.Explain(ch, a.Citations, a.Sources),
		}
		for _, id := range ch.FoundIn {
			u.FoundIn = append(u.FoundIn, verify.PassageName(id, a.Citations, a.Sources))
		}
		resp.Unsupported = append(resp.Unsupported, u)
		if a.Mode == generate.RAG && ch.Verdict == verify.VerdictUnsupported {
			markCitations(resp.Citations, ch)
		}
	}
	return resp
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

func sources(src []generate.Source) []Source {
	out := make([]Source, len(src))
	for i, s := range src {
		out[i] = Source{N: s.N, PassageID: s.Passage.ID, Ref: s.Span.String(), Title: s.Passage.Title, Score: s.Score}
	}
	return out
}

func timings(t rag.Timings) Timings {
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	return Timings{RetrieveMS: ms(t.Retrieve), GenerateMS: ms(t.Generate), CheckMS: ms(t.Check), TotalMS: ms(t.Total)}
}
