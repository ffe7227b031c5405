package compare

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReadJSONL(t *testing.T) {
	in := `{"id":"a","question":"When?","answers":["1214","  "],"source":"entries/v.md"}

{"question":"Who?","answers":"Ilse"}
{"question":"Nothing?","answers":[],"extra":1}
`
	qs, err := ReadJSONL(strings.NewReader(in), "q.jsonl")
	require.NoError(t, err)
	assert.Equal(t, []Question{
		{ID: "a", Question: "When?", Answers: []string{"1214"}, Source: "entries/v.md"},
		{ID: "q2", Question: "Who?", Answers: []string{"Ilse"}},
		{ID: "q3", Question: "Nothing?", Answers: []string{}},
	}, qs)
	assert.False(t, qs[2].Answerable())
}

// Question sets made from datasets often number their questions: an id
// that is a whole number is taken as its decimal text.
func TestReadJSONLNumericIDs(t *testing.T) {
	in := `{"id":7,"question":"A?","answers":["1"]}
{"id":"8","question":"B?","answers":[]}
{"id":-3,"question":"C?","answers":[]}
`
	qs, err := ReadJSONL(strings.NewReader(in), "q.jsonl")
	require.NoError(t, err)
	require.Len(t, qs, 3)
	assert.Equal(t, []string{"7", "8", "-3"}, []string{qs[0].ID, qs[1].ID, qs[2].ID})

	_, err = ReadJSONL(strings.NewReader(`{"id":7,"question":"A?","answers":[]}`+"\n"+`{"id":"7","question":"B?","answers":[]}`), "q.jsonl")
	assert.EqualError(t, err, `compare: bad question set: q.jsonl: id "7" is used by questions 1 and 2`)
}

func TestReadJSON(t *testing.T) {
	in := "[\n {\"question\":\"A?\",\"answers\":[\"1\"]},\n {\"question\":\"B?\",\"answers\":[]}\n]"
	qs, err := ReadJSON(strings.NewReader(in), "q.json")
	require.NoError(t, err)
	require.Len(t, qs, 2)
	assert.Equal(t, "B?", qs[1].Question)

	_, err = ReadJSON(strings.NewReader("[\n {\"question\":\"A?\",\"answers\":[]},\n {\"question\":\"\",\"answers\":[]}\n]"), "q.json")
	assert.EqualError(t, err, `compare: bad question set: q.json:3: field "question" is empty`)
}

func TestReadCSV(t *testing.T) {
	in := "\ufeffID,Question,Answers,Source,notes\n" +
		"x1,\"How many, exactly?\",\"8,340|8340\",entries/k.md,hi\n" +
		"x2,Unknown?,,,\n"
	qs, err := ReadCSV(strings.NewReader(in), "q.csv")
	require.NoError(t, err)
	assert.Equal(t, []Question{
		{ID: "x1", Question: "How many, exactly?", Answers: []string{"8,340", "8340"}, Source: "entries/k.md"},
		{ID: "x2", Question: "Unknown?", Answers: []string{}},
	}, qs)
}

func TestQuestionErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
		read           func(string) error
	}{
		{"empty question", "{\"question\":\"a\",\"answers\":[]}\n\n{\"question\":\" \",\"answers\":[]}", `q.jsonl:3: field "question" is empty`, nil},
		{"missing answers", `{"question":"a"}`, `q.jsonl:1: field "answers": missing`, nil},
		{"bad answers", `{"question":"a","answers":[1]}`, `q.jsonl:1: field "answers": want a list of strings`, nil},
		{"bad json", `{"question":`, `q.jsonl:1: unexpected end of JSON input`, nil},
		{"duplicate id", "{\"id\":\"a\",\"question\":\"x\",\"answers\":[]}\n{\"id\":\"a\",\"question\":\"y\",\"answers\":[]}", `id "a" is used by questions 1 and 2`, nil},
		{"csv missing column", "question,gold\nx,y\n", `q.csv:1: missing column "answers"`, nil},
		{"csv empty question", "question,answers\nx,y\n,z\n", `q.csv:3: field "question" is empty`, nil},
		{"csv empty", "", `q.csv:1: empty file`, nil},
		{"no questions", "\n  \n", `q.jsonl holds no questions`, nil},
		{"long question", `{"question":"` + strings.Repeat("w ", 3000) + `","answers":[]}`, `q.jsonl:1: field "question" is 5999 bytes, over the limit of 4096`, nil},
		{"csv header only", "question,answers\n", `q.csv holds no questions`, nil},
		{"csv long question", "question,answers\nx,y\n" + strings.Repeat("w", 5000) + ",z\n", `q.csv:3: field "question" is 5000 bytes, over the limit of 4096`, nil},
		// A list whose every answer is blank, or null, is a slip, not a
		// question the documents cannot answer (that is []).
		{"null answers", `{"question":"a","answers":null}`, `q.jsonl:1: field "answers": null (use [] for a question the documents cannot answer)`, nil},
		{"blank answer", `{"question":"a","answers":[""]}`, `q.jsonl:1: field "answers": every answer is blank (use [] for a question the documents cannot answer)`, nil},
		{"null answer", `{"question":"a","answers":[null]}`, `q.jsonl:1: field "answers": every answer is blank`, nil},
		{"blank string answer", `{"question":"a","answers":"  "}`, `q.jsonl:1: field "answers": every answer is blank`, nil},
		{"csv blank answers", "question,answers\nx,y\nz, | \n", `q.csv:3: field "answers": every answer is blank (leave the cell empty for a question the documents cannot answer)`, nil},
		// Fields of the wrong type are named in words, not Go types.
		{"question not a string", `{"question":["a"],"answers":[]}`, `q.jsonl:1: field "question": want a string, not an array`, nil},
		{"source not a string", `{"question":"a","answers":[],"source":1}`, `q.jsonl:1: field "source": want a string, not a number`, nil},
		{"kind not a string", `{"question":"a","answers":[],"kind":true}`, `q.jsonl:1: field "kind": want a string, not a boolean`, nil},
		{"not an object", `["a"]`, `q.jsonl:1: want a JSON object, not an array`, nil},
		{"line too long", "{\"question\":\"a\",\"answers\":[]}\n{\"question\":\"b\",\"answers\":[\"" + strings.Repeat("x", 1<<20) + "\"]}\n", `q.jsonl:2: line is longer than 1MiB`, nil},
		{"fractional id", `{"id":1.5,"question":"a","answers":[]}`, `q.jsonl:1: field "id": want a string or a whole number, not 1.5`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var err error
			if strings.HasPrefix(tt.want, "q.csv") {
				_, err = ReadCSV(strings.NewReader(tt.in), "q.csv")
			} else {
				_, err = ReadJSONL(strings.NewReader(tt.in), "q.jsonl")
			}
			require.Error(t, err)
			assert.ErrorIs(t, err, ErrFormat)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func TestLoadQuestionsExtensions(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, []byte(body), 0o644))
		return p
	}
	for _, p := range []string{
		write("a.jsonl", `{"question":"q","answers":["a"]}`),
		write("a.json", `[{"question":"q","answers":["a"]}]`),
		write("a.csv", "question,answers\nq,a\n"),
	} {
		qs, err := LoadQuestions(p)
		require.NoError(t, err, p)
		assert.Equal(t, []Question{{ID: "q1", Question: "q", Answers: []string{"a"}}}, qs)
	}
	_, err := LoadQuestions(write("a.txt", "x"))
	assert.ErrorContains(t, err, "a.txt: unknown extension")
	_, err = LoadQuestions(filepath.Join(dir, "missing.jsonl"))
	assert.ErrorContains(t, err, "missing.jsonl")
}

// checkQuestions asserts what every successful parse guarantees.
func checkQuestions(t *testing.T, qs []Question) {
	ids := map[string]bool{}
	for _, q := range qs {
		assert.NotEmpty(t, strings.TrimSpace(q.Question))
		assert.NotEmpty(t, q.ID)
		assert.False(t, ids[q.ID], "duplicate id %q", q.ID)
		ids[q.ID] = true
		for _, a := range q.Answers {
			assert.Equal(t, strings.TrimSpace(a), a)
			assert.NotEmpty(t, a)
		}
	}
}

func FuzzReadJSONL(f *testing.F) {
	f.Add(`{"id":"a","question":"When?","answers":["1214"],"source":"entries/v.md"}`)
	f.Add("{\"question\":\"Who?\",\"answers\":\"x\"}\n{\"question\":\"Who?\",\"answers\":[]}")
	f.Add(`{"question":null,"answers":[]}`)
	f.Add(`[1,2]`)
	f.Fuzz(func(t *testing.T, in string) {
		qs, err := ReadJSONL(strings.NewReader(in), "f.jsonl")
		if err == nil {
			checkQuestions(t, qs)
		}
		qs, err = ReadJSON(strings.NewReader(in), "f.json")
		if err == nil {
			checkQuestions(t, qs)
		}
	})
}

func FuzzReadCSV(f *testing.F) {
	f.Add("question,answers,id,source\nWhen?,1214|1215,q1,entries/a.md\n")
	f.Add("answers,question\n,Unknown?\n")
	f.Add("question,answers\n\"a,\"\"b\",c\n")
	f.Add("question\nx\n")
	f.Fuzz(func(t *testing.T, in string) {
		qs, err := ReadCSV(strings.NewReader(in), "f.csv")
		if err == nil {
			checkQuestions(t, qs)
		}
	})
}

// TestQuestionFilesWithAByteOrderMark reads question files as Notepad
// saves them: a UTF-8 byte order mark first, CRLF line ends.
func TestQuestionFilesWithAByteOrderMark(t *testing.T) {
	tests := []struct {
		name string
		read func(string) ([]Question, error)
		in   string
	}{
		{"jsonl", func(s string) ([]Question, error) { return ReadJSONL(strings.NewReader(s), "q.jsonl") },
			"\ufeff{\"question\":\"A?\",\"answers\":[\"1\"]}\r\n{\"question\":\"B?\",\"answers\":[]}\r\n"},
		{"json", func(s string) ([]Question, error) { return ReadJSON(strings.NewReader(s), "q.json") },
			"\ufeff[{\"question\":\"A?\",\"answers\":[\"1\"]},\r\n{\"question\":\"B?\",\"answers\":[]}]\r\n"},
		{"csv", func(s string) ([]Question, error) { return ReadCSV(strings.NewReader(s), "q.csv") },
			"\ufeffquestion,answers\r\nA?,1\r\nB?,\r\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs, err := tt.read(tt.in)
			require.NoError(t, err)
			require.Len(t, qs, 2)
			assert.Equal(t, "A?", qs[0].Question)
			assert.Equal(t, []string{"1"}, qs[0].Answers)
			assert.False(t, qs[1].Answerable())
		})
	}
}
