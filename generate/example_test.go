package generate_test

import (
	"fmt"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/generate"
)

func ExampleCite() {
	text := "Marie Curie was born in Warsaw on 7 November 1867."
	sources := []generate.Source{{
		N:       1,
		Passage: corpus.Passage{ID: "a1-0", Path: "curie.md", Format: corpus.Markdown, Start: 0, End: len(text), Text: text},
		Span:    corpus.Span{Path: "curie.md", End: len(text), LineStart: 3, LineEnd: 3},
	}}
	out := generate.Output{Text: "Curie was born in Warsaw [1] on 1867-11-07 [4]. She was born in Krakow [1]."}

	answer, cites, removed := generate.Cite(out, sources, nil)
	fmt.Println(answer)
	fmt.Println("removed:", removed)
	for _, c := range cites {
		fmt.Printf("[%d] %s\n", c.N, c.Span)
	}
	for _, ck := range generate.CheckSupport(answer, cites, sources) {
		fmt.Printf("supported=%v missing=%v\n", ck.Supported, ck.Missing)
	}
	// Output:
	// Curie was born in Warsaw [1] on 1867-11-07. She was born in Krakow [1].
	// removed: [4]
	// [1] curie.md:3
	// supported=true missing=[]
	// supported=false missing=[Krakow]
}

func ExampleBuilder_Pack() {
	b, err := generate.NewBuilder(generate.Config{ContextTokens: 300, AnswerTokens: 100})
	if err != nil {
		panic(err)
	}
	short := corpus.Passage{ID: "a-0", Path: "a.md", Text: "Warsaw is the capital of Poland."}
	long := corpus.Passage{ID: "b-0", Path: "b.md", Text: fmt.Sprint(make([]int, 200))}
	p, err := b.Pack(generate.Request{Question: "What is the capital of Poland?", Mode: generate.RAG,
		Sources: []generate.Source{{N: 1, Passage: long}, {N: 2, Passage: short}}})
	if err != nil {
		panic(err)
	}
	fmt.Println("kept:", p.Request.Sources[0].Passage.ID, "as", p.Request.Sources[0].N)
	fmt.Println("dropped:", p.Dropped[0].Passage.ID)
	fmt.Println("fits:", p.PromptTokens <= p.Budget)
	// Output:
	// kept: a-0 as 2
	// dropped: b-0
	// fits: true
}
