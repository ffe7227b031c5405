package retrieve_test

import (
	"context"
	"fmt"
	"log"
	"os"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/index"
	"github.com/verbatim-rag/verbatim/retrieve"
)

func ExampleRetriever_Search() {
	dir, err := os.MkdirTemp("", "verbatim-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	c, err := index.Open(dir, index.Options{})
	if err != nil {
		log.Fatal(err)
	}
	defer c.Close()

	text := "Owls hunt at night.\nThe peregrine falcon is the fastest bird.\n"
	err = c.Put(context.Background(), []corpus.Entry{{
		Doc:        corpus.Document{Path: "/notes/birds.txt", Format: corpus.Text},
		Original:   []byte(text),
		Extraction: corpus.Extraction{Text: text, Map: corpus.IdentityMap(len(text))},
		Passages:   []corpus.Passage{{Start: 0, End: 20}, {Start: 20, End: len(text)}},
	}})
	if err != nil {
		log.Fatal(err)
	}

	r := retrieve.New(c, retrieve.DefaultConfig())
	hits, err := r.Search(context.Background(), retrieve.Query{Text: "Which bird is the fastest?"})
	if err != nil {
		log.Fatal(err)
	}
	for _, h := range hits {
		fmt.Printf("%s %q relevant=%v\n", h.Span, h.Snippet, r.Relevant(h))
		for _, m := range h.SnippetMatches {
			fmt.Printf("  match %q\n", h.Snippet[m.Start:m.End])
		}
	}
	// Output:
	// /notes/birds.txt:2 "The peregrine falcon is the fastest bird." relevant=true
	//   match "fastest"
	//   match "bird"
}
