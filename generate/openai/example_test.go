package openai_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/generate"
	"github.com/verbatim-rag/verbatim/generate/openai"
	"github.com/verbatim-rag/verbatim/verify"
)

func Example() {
	// A stand-in for Ollama, llama.cpp or vLLM: streams three deltas.
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/event-stream")
		for i, d := range []string{"She was born ", "in Warsaw ", "[2]."} {
			finish := "null"
			if i == 2 {
				finish = `"stop"`
			}
			fmt.Fprintf(w, "data: {\"id\":\"1\",\"object\":\"chat.completion.chunk\",\"model\":\"llama3.2\",\"choices\":[{\"index\":0,\"delta\":{\"content\":%q},\"finish_reason\":%s}]}\n\n", d, finish)
		}
		fmt.Fprint(w, "data: [DONE]\n\n")
	}))
	defer srv.Close()

	cfg := openai.DefaultConfig()
	cfg.BaseURL = srv.URL + "/v1"
	g, err := openai.New(cfg, generate.DefaultConfig())
	if err != nil {
		panic(err)
	}
	passage := func(n int, text string) generate.Source {
		return generate.Source{N: n, Passage: corpus.Passage{ID: fmt.Sprint("p-", n), Path: "curie.md", Text: text}}
	}
	req := generate.Request{Question: "Where was Marie Curie born?", Mode: generate.RAG,
		Sources: []generate.Source{passage(1, "Curie won two Nobel Prizes."), passage(2, "Marie Curie was born in Warsaw.")}}

	var streamed strings.Builder
	out, err := g.Generate(context.Background(), req, func(delta string) { streamed.WriteString(delta) })
	if err != nil {
		fmt.Println(err)
		return
	}
	text, cites, _ := verify.Cite(out, out.Sources, nil)
	fmt.Println(streamed.String())
	fmt.Println(text)
	fmt.Println(cites[0].PassageID, "|", cites[0].Quote)
	// Output:
	// She was born in Warsaw [2].
	// She was born in Warsaw [1].
	// p-2 | Marie Curie was born in Warsaw.
}
