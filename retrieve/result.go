package retrieve

import "github.com/verbatim-rag/verbatim/corpus"

// Result is one ranked passage in the JSON shape that `verbatim search
// --json` and GET /api/search share. Fields are only ever added.
type Result struct {
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

// NewResult renders the rank-th hit; relevant is what Retriever.Relevant
// says of it.
func NewResult(rank int, h Hit, relevant bool) Result {
	return Result{
		Rank: rank, Score: h.Score, Coverage: h.Coverage, Relevant: relevant,
		PassageID: h.Passage.ID, DocID: h.Passage.DocID, Ref: corpus.EscapePath(h.Span.String()), Path: corpus.EscapePath(h.Passage.Path),
		Format: h.Passage.Format, Title: h.Passage.Title, Section: h.Passage.Section, Span: h.Span,
		Text: h.Passage.Text, Matches: ranges(h.Matches), Snippet: h.Snippet, SnippetStart: h.SnippetStart,
		SnippetMatches: ranges(h.SnippetMatches), Highlights: splitMarks(h.Snippet, h.SnippetMatches),
	}
}

func ranges(ms []Match) [][2]int {
	out := make([][2]int, len(ms))
	for i, m := range ms {
		out[i] = [2]int{m.Start, m.End}
	}
	return out
}

// split cuts text into plain and marked parts at the matches (sorted,
// possibly overlapping, clamped to text).
func splitMarks(text string, ms []Match) []Part {
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
