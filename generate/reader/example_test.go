package reader_test

import (
	"fmt"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/generate"
	"github.com/verbatim-rag/verbatim/generate/reader"
)

func ExampleReader_Read() {
	src := generate.Source{N: 1, Passage: corpus.Passage{Title: "Korvath Tunnel",
		Text: "# Korvath Tunnel\n\nThe Korvath Tunnel is a railway tunnel in Norvania. It was opened in 1903.\n"}}
	a := reader.New(nil).Read("When was the Korvath Tunnel opened?", []generate.Source{src})
	for _, p := range a.Pieces {
		fmt.Println(src.Passage.Text[p.Start:p.End])
	}
	// Output: It was opened in 1903.
}
