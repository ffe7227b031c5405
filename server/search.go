package server

import (
	"context"
	"net/http"
	"strconv"
	"time"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/retrieve"
)

// SearchResponse is the answer of GET /api/search.
type SearchResponse struct {
	Query   string            `json:"query"`
	Results []retrieve.Result `json:"results"`
	TookMS  float64           `json:"took_ms"`
}

// handleSearch serves GET /api/search?q=...&k=N&path=...&format=...
// (path and format repeatable).
func (s *Server) handleSearch(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	k := 0
	if ks := v.Get("k"); ks != "" {
		var err error
		if k, err = strconv.Atoi(ks); err != nil {
			writeError(w, http.StatusBadRequest, "server: k %q is not a number", corpus.Clip(ks, 20))
			return
		}
	}
	q, err := s.query(v.Get("q"), k, Filters{Paths: v["path"], Formats: v["format"]})
	if err != nil {
		writeErr(w, err)
		return
	}
	start := time.Now()
	ctx, cancel := context.WithTimeout(r.Context(), s.cfg.RequestTimeout)
	defer cancel()
	hits, err := s.retr.Search(ctx, q)
	if err != nil {
		writeErr(w, err)
		return
	}
	resp := SearchResponse{Query: q.Text, Results: make([]retrieve.Result, len(hits))}
	for i, h := range hits {
		resp.Results[i] = retrieve.NewResult(i+1, h, s.retr.Relevant(h))
	}
	resp.TookMS = float64(time.Since(start).Microseconds()) / 1000
	writeJSON(w, http.StatusOK, resp)
}
