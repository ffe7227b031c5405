package server_test

import (
	"context"
	"fmt"
	"log"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"

	"github.com/verbatim-rag/verbatim/generate"
	"github.com/verbatim-rag/verbatim/index"
	"github.com/verbatim-rag/verbatim/ingest"
	"github.com/verbatim-rag/verbatim/rag"
	"github.com/verbatim-rag/verbatim/retrieve"
	"github.com/verbatim-rag/verbatim/server"
)

// echo answers with the first passage it is given, citing it.
type echo struct{}

func (echo) Name() string { return "echo" }

func (echo) Generate(_ context.Context, req generate.Request, _ func(string)) (generate.Output, error) {
	if len(req.Sources) == 0 {
		return generate.Output{Text: generate.BareAbstention}, nil
	}
	return generate.Output{Text: "See the notes [1].", Sources: req.Sources}, nil
}

func Example() {
	dir, _ := os.MkdirTemp("", "verbatim-example")
	defer os.RemoveAll(dir)
	docs := filepath.Join(dir, "docs")
	_ = os.MkdirAll(docs, 0o755)
	_ = os.WriteFile(filepath.Join(docs, "tea.md"), []byte("# Tea\n\nGreen tea is steeped at 80 degrees.\n"), 0o644)

	c, err := index.Open(filepath.Join(dir, "corpus"), index.Options{NoSync: true})
	if err != nil {
		log.Fatal(err)
	}
	defer c.Close()
	if _, err := ingest.Run(context.Background(), c, []string{docs}, ingest.DefaultConfig(), ingest.Options{}); err != nil {
		log.Fatal(err)
	}
	s, err := server.New(server.Deps{
		Corpus: c, Retrieve: retrieve.DefaultConfig(), Answer: rag.DefaultConfig(),
		Ingest: ingest.DefaultConfig(), Generator: echo{},
	}, server.DefaultConfig())
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()
	ts := httptest.NewServer(s.Handler())
	defer ts.Close()

	res, err := ts.Client().Post(ts.URL+"/api/ask", "application/json", strings.NewReader(`{"question":"How hot should green tea be steeped?"}`))
	if err != nil {
		log.Fatal(err)
	}
	defer res.Body.Close()
	fmt.Println(res.Status)
	// Output: 200 OK
}
