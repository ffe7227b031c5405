package index_test

import (
	"context"
	"fmt"
	"log"
	"os"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/index"
)

func Example() {
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

	text := "Verbatim keeps exact spans.\nEvery passage is a slice.\n"
	entry := corpus.Entry{
		Doc:        corpus.Document{Path: "/notes/readme.txt", Format: corpus.Text},
		Original:   []byte(text),
		Extraction: corpus.Extraction{Text: text, Map: corpus.IdentityMap(len(text))},
		Passages:   []corpus.Passage{{Start: 28, End: len(text)}},
	}
	if err := c.Put(context.Background(), []corpus.Entry{entry}); err != nil {
		log.Fatal(err)
	}

	p, span, err := c.Passage(corpus.PassageID(corpus.DocID("/notes/readme.txt"), 0))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%q at %s\n", p.Text, span)
	// Output: "Every passage is a slice.\n" at /notes/readme.txt:2
}
