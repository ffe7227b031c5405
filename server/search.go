package server

import (
	"context"
	"net/http"
	"strconv"
	"time"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/retrieve"
)

// SearchResult is one ranked passage of GET /api/search.
type SearchResult struct {
	Rank      int           `json:"rank"`
	Score     float64       `json:"score"`
	Coverage  float64       `json:"coverage"`
	Relevant  bool          `json:"relevant"` // coverage high enough to answer from
	PassageID string        `json:"passage_id"`
	DocID     string        `json:"doc_id"`
	Ref       string        `json:"ref"`
	Path      string        `json:"path"`
	Format    corpus.Format `json:"format"`
	Title     string        `json:"title,omitempty"`
	Section   string        `json:"section,omitempty"`
	Span      corpus.Span   `json:"span"`
	Text      string        `json:"text"`
	Matches   [][2]int      `json:"matches"` // byte ranges of matched terms in Text
	Snippet   string        `json:"snippet"`
	// SnippetStart is Snippet's byte offset in Text; SnippetMatches are
	// the matched terms' byte ranges in Snippet.
	SnippetStart   int      `json:"snippet_start"`
	SnippetMatches [][2]int `json:"snippet_matches"`
	// Highlights split Snippet into plain and matched parts, for clients
	// that do not count bytes (JavaScript counts UTF-16 units).
	Highlights []Part `json:"highlights"`
}

// Part is a piece of text; Mark says it is highlighted.
type Part struct {
	Text string `json:"text"`
	Mark bool   `json:"mark,omitempty"`
}

// SearchResponse is the answer of GET /api/search.
type SearchResponse struct {
	Query   string         `json:"query"`
	Results []SearchResult `json:"results"`
	TookMS  float64        `json:"took_ms"`
}

// handleSearch serves GET /api/search?q=...&k=N&path=...&format=...
// (path and format repeatable).
func (s *Server) handleSearch(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	k := 0
	if ks := v.Get("k"); ks != "" {
		var err error
		if k, err = strconv.Atoi(ks); err != nil {
			writeError(w, http.StatusBadRequest, "server: k %q is not a number", clip(ks, 20))
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
	resp := SearchResponse{Query: q.Text, Results: make([]SearchResult, len(hits))}
	for i, h := range hits {
		resp.Results[i] = s.result(i+1, h)
	}
	resp.TookMS = float64(time.Since(start).Microseconds()) / 1000
	writeJSON(w, http.StatusOK, resp)
}

func (s *Server) result(rank int, h retrieve.Hit) SearchResult {
	return SearchResult{
		Rank: rank, Score: h.Score, Coverage: h.Coverage, Relevant: s.retr.Relevant(h),
		PassageID: h.Passage.ID, DocID: h.Passage.DocID, Ref: h.Span.String(), Path: h.Passage.Path,
		Format: h.Passage.Format, Title: h.Passage.Title, Section: h.Passage.Section, Span: h.Span,
		Text: h.Passage.Text, Matches: ranges(h.Matches), Snippet: h.Snippet, SnippetStart: h.SnippetStart,
		SnippetMatches: ranges(h.SnippetMatches), Highlights: split(h.Snippet, h.SnippetMatches),
	}
}

func ranges(ms []retrieve.Match) [][2]int {
	out := make([][2]int, len(ms))
	for i, m := range ms {
		out[i] = [2]int{m.Start, m.End}
	}
	return out
}

// split cuts text into plain and marked parts at the matches (sorted,
// possibly overlapping, clamped to text).
func split(text string, ms []retrieve.Match) []Part {
	var out []Part
	last := 0
	for _, m := range ms {
		start, end := max(m.Start, last), min(m.End, len(text))
		if start >= end {
			continue
		}
		if start > last {
			out = append(out, Part{Text: text[last:start]})
		}
		out = append(out, Part{Text: text[start:end], Mark: true})
		last = end
	}
	if last < len(text) {
		out = append(out, Part{Text: text[last:]})
	}
	return out
}
