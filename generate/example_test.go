package generate_test

import (
	"fmt"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/generate"
)

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
