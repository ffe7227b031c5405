package compare_test

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/verbatim-rag/verbatim/compare"
)

// Load a question set and score answers against its gold answers.
func Example() {
	dir, _ := os.MkdirTemp("", "questions")
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "questions.jsonl")
	_ = os.WriteFile(path, []byte(
		`{"id":"k1","question":"How many people live in Kelvisk?","answers":["8,340"],"source":"entries/kelvisk.md"}`+"\n"+
			`{"id":"z1","question":"When was the Velmora Zoo founded?","answers":[]}`+"\n"), 0o644)

	qs, err := compare.LoadQuestions(path)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, q := range qs {
		fmt.Println(q.ID, q.Answerable())
	}
	fmt.Println(compare.Match("Kelvisk has 8340 inhabitants.", qs[0].Answers))
	fmt.Println(compare.Match("It was founded in 1776.", []string{"1"}))
	fmt.Println(compare.Match("born on 14 March, 1871", []string{"14 March 1871"}))
	fmt.Println(compare.Normalize("Zürich, pop. 1,234,567!"))
	// Output:
	// k1 true
	// z1 false
	// true
	// false
	// true
	// zurich pop 1234567
}

func ExampleLoadQuestions_errors() {
	dir, _ := os.MkdirTemp("", "questions")
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "questions.jsonl")
	_ = os.WriteFile(path, []byte(`{"question":"ok?","answers":[]}`+"\n"+`{"question":"","answers":["x"]}`+"\n"), 0o644)
	_, err := compare.LoadQuestions(path)
	fmt.Println(err)
	// Output:
	// compare: bad question set: questions.jsonl:2: field "question" is empty
}
