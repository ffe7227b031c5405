package retrieve

import (
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"

	"github.com/verbatim-rag/verbatim/index"
)

var (
	analyzerOnce sync.Once
	enAnalyzer   analysis.Analyzer
)

// analyzer returns the analyzer of the index's text fields.
func analyzer() analysis.Analyzer {
	analyzerOnce.Do(func() {
		enAnalyzer = bleve.NewIndexMapping().AnalyzerNamed(index.Analyzer)
	})
	return enAnalyzer
}

// Terms analyses text the way the index analyses passages (English stop
// words removed, Porter stemmed) and returns its distinct terms in order
// of first occurrence.
func Terms(text string) []string {
	var out []string
	seen := map[string]bool{}
	for _, tok := range analyzer().Analyze([]byte(text)) {
		t := string(tok.Term)
		if !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	return out
}

// Tokens analyses text and returns every token with its byte range in text.
func Tokens(text string) []Match {
	stream := analyzer().Analyze([]byte(text))
	out := make([]Match, 0, len(stream))
	for _, tok := range stream {
		out = append(out, Match{Start: tok.Start, End: tok.End, Term: string(tok.Term)})
	}
	return out
}
