package verify_test

import (
	"fmt"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/generate"
	"github.com/verbatim-rag/verbatim/verify"
)

func ExampleCite() {
	text := "Marie Curie was born in Warsaw on 7 November 1867."
	sources := []generate.Source{{
		N:       1,
		Passage: corpus.Passage{ID: "a1-0", Path: "curie.md", Format: corpus.Markdown, Start: 0, End: len(text), Text: text},
		Span:    corpus.Span{Path: "curie.md", End: len(text), LineStart: 3, LineEnd: 3},
	}}
	out := generate.Output{Text: "Curie was born in Warsaw [1] on 1867-11-07 [4]. She was born in Krakow [1]."}

	answer, cites, removed := verify.Cite(out, sources, nil)
	fmt.Println(answer)
	fmt.Println("removed:", removed)
	for _, c := range cites {
		fmt.Printf("[%d] %s\n", c.N, c.Span)
	}
	for _, ck := range verify.CheckSupport(answer, cites, sources) {
		fmt.Printf("supported=%v missing=%v\n", ck.Supported, ck.Missing)
	}
	// Output:
	// Curie was born in Warsaw [1] on 1867-11-07. She was born in Krakow [1].
	// removed: [4]
	// [1] curie.md:3
	// supported=true missing=[]
	// supported=false missing=[Krakow]
}
