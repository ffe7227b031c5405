package server

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/verbatim-rag/verbatim/generate"
	"github.com/verbatim-rag/verbatim/rag"
	"github.com/verbatim-rag/verbatim/retrieve"
)

// AskRequest is the body of POST /api/ask.
type AskRequest struct {
	Question string        `json:"question"`
	Mode     generate.Mode `json:"mode,omitempty"` // rag (default) or bare
	K        int           `json:"k,omitempty"`    // passages to retrieve, 0 for the configured default
	// Full repeats the answer under "full" (deprecated: the answer is
	// now the same object `verbatim ask --json` prints; kept for one
	// release).
	Full bool `json:"full,omitempty"`
	Filters
}

// AskResponse is the answer of POST /api/ask (and the data of the final
// "answer" event of a streamed one): the answer's one JSON shape
// (rag.AnswerJSON), as `verbatim ask --json` prints it.
type AskResponse struct {
	rag.AnswerJSON
	// Full repeats the answer when the request asked for it (deprecated:
	// the answer itself is now the full form; kept for one release).
	Full *rag.Answer `json:"full,omitempty"`
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
	job, err := s.prepareAsk(req)
	if err != nil {
		writeErr(w, err)
		return
	}
	ans, err := s.runAsk(r.Context(), job, nil)
	if err != nil {
		writeErr(w, err)
		return
	}
	writeJSON(w, http.StatusOK, job.response(ans))
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
	if err := rag.CheckQuestion(req.Question); err != nil {
		return askJob{}, err
	}
	if req.Mode == generate.RAG {
		// Retrieval would refuse it only once a stream had started.
		if err := retrieve.CheckQuery(req.Question); err != nil {
			return askJob{}, fmt.Errorf("server: %w", err)
		}
	}
	gen := s.Generator()
	if gen == nil {
		return askJob{}, generate.ErrNoModel
	}
	return askJob{req: req, rr: rag.Request{Question: req.Question, Mode: req.Mode, Query: q}, gen: gen}, nil
}

// runAsk answers job with its generator; emit, when not nil, receives the
// answer text (markers stripped) as it is decoded.
func (s *Server) runAsk(ctx context.Context, job askJob, emit func(string)) (rag.Answer, error) {
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
	return ans, err
}

// response is the body of the answer to job's request.
func (job askJob) response(ans rag.Answer) AskResponse {
	resp := AskResponse{AnswerJSON: ans.JSON()}
	if job.req.Full {
		resp.Full = &ans
	}
	return resp
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
