package compare

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/verbatim-rag/verbatim/bytesize"
	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/rag"
)

// Question is one item of a question set.
type Question struct {
	ID       string   `json:"id"`
	Question string   `json:"question"`
	Answers  []string `json:"answers"`          // acceptable gold answers; empty when the documents cannot answer
	Source   string   `json:"source,omitempty"` // file that holds the answer, relative or absolute
	Kind     string   `json:"kind,omitempty"`   // kind of fact ("number", "name"), lower case; "" to type the gold answer (KindOf)
}

// Answerable reports whether the question has gold answers.
func (q Question) Answerable() bool { return len(q.Answers) > 0 }

// ErrFormat is wrapped by every error about the content of a question file.
var ErrFormat = errors.New("compare: bad question set")

// maxLine bounds one JSONL line (a question with its answers).
const maxLine = 1 << 20

// LoadQuestions reads a question set. The format comes from the extension:
// .jsonl (one object a line), .json (an array of objects) or .csv (a header
// row naming the columns question, answers, and optionally id, source and
// kind;
// answers separated by "|"). Questions without an id get "q" and their
// 1-based position ("q7"). Errors name the file and line.
func LoadQuestions(path string) ([]Question, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("compare: %w", err)
	}
	defer f.Close()
	name := filepath.Base(path)
	switch strings.ToLower(filepath.Ext(path)) {
	case ".jsonl", ".ndjson":
		return ReadJSONL(f, name)
	case ".json":
		return ReadJSON(f, name)
	case ".csv":
		return ReadCSV(f, name)
	}
	return nil, fmt.Errorf("%w: %s: unknown extension (want .jsonl, .json or .csv)", ErrFormat, name)
}

// rawQuestion holds a question object's fields undecoded, so that a field
// of the wrong type is named in the error.
type rawQuestion struct {
	ID       json.RawMessage `json:"id"`
	Question json.RawMessage `json:"question"`
	Answers  json.RawMessage `json:"answers"`
	Source   json.RawMessage `json:"source"`
	Kind     json.RawMessage `json:"kind"`
}

func formatErr(name string, line int, format string, args ...any) error {
	return fmt.Errorf("%w: %s:%d: %s", ErrFormat, name, line, fmt.Sprintf(format, args...))
}

// utf8BOM is the byte order mark some editors write at the start of a
// UTF-8 file; JSON does not allow it, so the readers drop it, as the CSV
// reader does for its header.
var utf8BOM = []byte("\ufeff")

// ReadJSONL parses one question object per line; blank lines are skipped.
// name is used in error messages.
func ReadJSONL(r io.Reader, name string) ([]Question, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), maxLine)
	var qs []Question
	line := 1
	for ; sc.Scan(); line++ {
		b := sc.Bytes()
		if line == 1 {
			b = bytes.TrimPrefix(b, utf8BOM) // as Notepad saves UTF-8
		}
		b = bytes.TrimSpace(b)
		if len(b) == 0 {
			continue
		}
		q, err := decodeQuestion(b, name, line)
		if err != nil {
			return nil, err
		}
		qs = append(qs, q)
	}
	if err := sc.Err(); errors.Is(err, bufio.ErrTooLong) {
		return nil, formatErr(name, line, "line is longer than %s", bytesize.Format(maxLine))
	} else if err != nil {
		return nil, fmt.Errorf("compare: read %s: %w", name, err)
	}
	return finish(qs, name)
}

// ReadJSON parses a JSON array of question objects. Line numbers in errors
// are those where each object starts.
func ReadJSON(r io.Reader, name string) ([]Question, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("compare: read %s: %w", name, err)
	}
	data = bytes.TrimPrefix(data, utf8BOM)
	dec := json.NewDecoder(bytes.NewReader(data))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('[') {
		return nil, formatErr(name, 1, "want a JSON array of questions")
	}
	var qs []Question
	for dec.More() {
		line := 1 + bytes.Count(data[:skipSpace(data, dec.InputOffset())], []byte("\n"))
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, formatErr(name, line, "%v", err)
		}
		q, err := decodeQuestion(raw, name, line)
		if err != nil {
			return nil, err
		}
		qs = append(qs, q)
	}
	if _, err := dec.Token(); err != nil {
		return nil, formatErr(name, 1+bytes.Count(data, []byte("\n")), "unterminated array: %v", err)
	}
	return finish(qs, name)
}

// skipSpace returns the offset of the first byte at or after off that is
// neither white space nor a comma.
func skipSpace(data []byte, off int64) int {
	i := int(off)
	for i < len(data) && strings.IndexByte(" \t\r\n,", data[i]) >= 0 {
		i++
	}
	return i
}

func decodeQuestion(b []byte, name string, line int) (Question, error) {
	if b[0] != '{' && json.Valid(b) {
		return Question{}, formatErr(name, line, "want a JSON object, not %s", jsonKind(b))
	}
	var raw rawQuestion
	if err := json.Unmarshal(b, &raw); err != nil {
		return Question{}, formatErr(name, line, "%v", err)
	}
	var question, source, rawKind string
	for _, f := range []struct {
		name string
		raw  json.RawMessage
		out  *string
	}{{"question", raw.Question, &question}, {"source", raw.Source, &source}, {"kind", raw.Kind, &rawKind}} {
		if err := stringField(f.raw, f.out); err != nil {
			return Question{}, formatErr(name, line, "field %q: %v", f.name, err)
		}
	}
	id, err := idField(raw.ID)
	if err != nil {
		return Question{}, formatErr(name, line, "field %q: %v", "id", err)
	}
	if strings.TrimSpace(question) == "" {
		return Question{}, formatErr(name, line, "field %q is empty", "question")
	}
	if err := checkLength(question, name, line); err != nil {
		return Question{}, err
	}
	answers, err := decodeAnswers(raw.Answers)
	if err != nil {
		return Question{}, formatErr(name, line, "field %q: %v", "answers", err)
	}
	kind, err := cleanKind(rawKind)
	if err != nil {
		return Question{}, formatErr(name, line, "field %q: %v", "kind", err)
	}
	return Question{
		ID:       id,
		Question: strings.TrimSpace(question),
		Answers:  answers,
		Source:   strings.TrimSpace(source),
		Kind:     kind,
	}, nil
}

// jsonKind names the type of a JSON value for an error message.
func jsonKind(b []byte) string {
	b = bytes.TrimSpace(b)
	if len(b) == 0 {
		return "nothing"
	}
	switch b[0] {
	case '"':
		return "a string"
	case '[':
		return "an array"
	case '{':
		return "an object"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	}
	return "a number"
}

// stringField decodes an optional string field; absent or null is "".
func stringField(b json.RawMessage, out *string) error {
	if len(b) == 0 || string(b) == "null" {
		return nil
	}
	if json.Unmarshal(b, out) != nil {
		return fmt.Errorf("want a string, not %s", jsonKind(b))
	}
	return nil
}

// idField decodes an optional id: a string, or a whole number (datasets
// often number their questions) taken as its decimal text.
func idField(b json.RawMessage) (string, error) {
	var id string
	if err := stringField(b, &id); err == nil {
		return strings.TrimSpace(id), nil
	}
	if n, err := strconv.ParseInt(string(b), 10, 64); err == nil {
		return strconv.FormatInt(n, 10), nil
	}
	if jsonKind(b) == "a number" {
		return "", fmt.Errorf("want a string or a whole number, not %s", corpus.Clip(string(b), 40))
	}
	return "", fmt.Errorf("want a string or a whole number, not %s", jsonKind(b))
}

// maxKind bounds the length of a kind name.
const maxKind = 40

// cleanKind lower-cases a kind and checks that it is a short word: letters,
// digits, "-" and "_".
func cleanKind(k string) (string, error) {
	k = strings.ToLower(strings.TrimSpace(k))
	if len(k) > maxKind {
		return "", fmt.Errorf("%q is longer than %d bytes", k, maxKind)
	}
	for _, r := range k {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '_') {
			return "", fmt.Errorf("%q: want a word of letters a-z, digits, - or _", k)
		}
	}
	return k, nil
}

// decodeAnswers accepts a list of strings or one string; the field must be
// present, and hold at least one answer that is not blank unless it is the
// empty list, so that a typo or a slip in the script that wrote the file
// does not turn a question into an unanswerable one.
func decodeAnswers(b json.RawMessage) ([]string, error) {
	if len(b) == 0 {
		return nil, errors.New("missing (use [] for a question the documents cannot answer)")
	}
	if string(b) == "null" {
		return nil, errors.New("null (use [] for a question the documents cannot answer)")
	}
	var list []string
	if err := json.Unmarshal(b, &list); err != nil {
		var one string
		if json.Unmarshal(b, &one) != nil {
			return nil, errors.New("want a list of strings")
		}
		list = []string{one}
	}
	out := cleanAnswers(list)
	if len(list) > 0 && len(out) == 0 {
		return nil, errors.New("every answer is blank (use [] for a question the documents cannot answer)")
	}
	return out, nil
}

// cleanAnswers trims the answers and drops empty ones.
func cleanAnswers(list []string) []string {
	out := []string{}
	for _, a := range list {
		if a = strings.TrimSpace(a); a != "" {
			out = append(out, a)
		}
	}
	return out
}

// ReadCSV parses a CSV question set with a header row. Columns are found by
// name (case-insensitive): question and answers are required, id, source
// and kind optional, others ignored. Answers are separated by "|"; an empty cell
// marks an unanswerable question.
func ReadCSV(r io.Reader, name string) ([]Question, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	header, err := cr.Read()
	if err == io.EOF {
		return nil, formatErr(name, 1, "empty file, want a header row")
	}
	if err != nil {
		return nil, formatErr(name, 1, "%v", err)
	}
	cols, err := csvColumns(header, name)
	if err != nil {
		return nil, err
	}
	var qs []Question
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%w: %s: %v", ErrFormat, name, err)
		}
		line, _ := cr.FieldPos(0)
		q, err := csvQuestion(rec, cols, name, line)
		if err != nil {
			return nil, err
		}
		qs = append(qs, q)
	}
	return finish(qs, name)
}

func csvColumns(header []string, name string) (map[string]int, error) {
	cols := map[string]int{}
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))
		if _, dup := cols[h]; dup && h != "" {
			return nil, formatErr(name, 1, "column %q appears twice", h)
		}
		cols[h] = i
	}
	for _, need := range []string{"question", "answers"} {
		if _, ok := cols[need]; !ok {
			return nil, formatErr(name, 1, "missing column %q (header must name question, answers and optionally id, source, kind)", need)
		}
	}
	return cols, nil
}

func csvQuestion(rec []string, cols map[string]int, name string, line int) (Question, error) {
	cell := func(col string) string {
		i, ok := cols[col]
		if !ok || i >= len(rec) {
			return ""
		}
		return strings.TrimSpace(rec[i])
	}
	q := Question{ID: cell("id"), Question: cell("question"), Source: cell("source")}
	if q.Question == "" {
		return Question{}, formatErr(name, line, "field %q is empty", "question")
	}
	if err := checkLength(q.Question, name, line); err != nil {
		return Question{}, err
	}
	kind, err := cleanKind(cell("kind"))
	if err != nil {
		return Question{}, formatErr(name, line, "field %q: %v", "kind", err)
	}
	q.Kind = kind
	q.Answers = cleanAnswers(strings.Split(cell("answers"), "|"))
	if cell("answers") != "" && len(q.Answers) == 0 {
		return Question{}, formatErr(name, line, "field %q: every answer is blank (leave the cell empty for a question the documents cannot answer)", "answers")
	}
	return q, nil
}

// finish fills missing ids and rejects duplicates.
// checkLength refuses a question the pipeline would refuse
// (rag.MaxQuestionBytes), naming its line, before any question is run.
func checkLength(q, name string, line int) error {
	if n := len(strings.TrimSpace(q)); n > rag.MaxQuestionBytes {
		return formatErr(name, line, "field %q is %d bytes, over the limit of %d", "question", n, rag.MaxQuestionBytes)
	}
	return nil
}

func finish(qs []Question, name string) ([]Question, error) {
	if len(qs) == 0 {
		return nil, fmt.Errorf("%w: %s holds no questions", ErrFormat, name)
	}
	seen := make(map[string]int, len(qs))
	for i := range qs {
		if qs[i].ID == "" {
			qs[i].ID = fmt.Sprintf("q%d", i+1)
		}
		if j, dup := seen[qs[i].ID]; dup {
			return nil, fmt.Errorf("%w: %s: id %q is used by questions %d and %d", ErrFormat, name, qs[i].ID, j+1, i+1)
		}
		seen[qs[i].ID] = i
	}
	return qs, nil
}
