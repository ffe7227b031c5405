package lossy

import (
	"context"
	"fmt"
	"testing"

	"github.com/verbatim-rag/verbatim/generate"
)

func TestZZSample(t *testing.T) {
	ps := readCorpus(t, "../../testdata/entries")
	qs := loadQuestions(t, "../../testdata/questions/entries.jsonl")
	m, _ := Train(context.Background(), TextSource(ps...), Config{Budget: "1GiB"})
	g := New(m, Config{})
	for _, q := range qs {
		if len(q.Answers) == 0 {
			continue
		}
		out, _ := g.Generate(context.Background(), generate.Request{Question: q.Question, Mode: generate.Bare}, nil)
		fmt.Printf("%v\t%s\t%q\n", matches(out.Text, q.Answers), q.Question, out.Text)
	}
}
