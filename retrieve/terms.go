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
	stream := analyzer().Analyze([]byte(text))
	if len(stream) == 0 {
		return nil
	}
	out := make([]string, 0, len(stream))
	var seen map[string]bool // only for longer texts: a title's few terms are compared
	for _, tok := range stream {
		if len(stream) <= smallTerms {
			if !containsTerm(out, tok.Term) {
				out = append(out, string(tok.Term))
			}
			continue
		}
		if seen == nil {
			seen = make(map[string]bool, len(stream))
		}
		if t := string(tok.Term); !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	return out
}

func containsTerm(ts []string, t []byte) bool {
	for _, x := range ts {
		if x == string(t) {
			return true
		}
	}
	return false
}

// smallTerms: Terms finds the repeats of at most this many tokens by
// comparing them, of more in a map.
const smallTerms = 16

// Tokens analyses text and returns every token with its byte range in text.
func Tokens(text string) []Match {
	stream := analyzer().Analyze([]byte(text))
	out := make([]Match, 0, len(stream))
	for _, tok := range stream {
		out = append(out, Match{Start: tok.Start, End: tok.End, Term: string(tok.Term)})
	}
	return out
}
