package compare

import (
	"bytes"
	"context"
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/generate"
)

var answerKindTests = []struct{ answer, want string }{
	{"412", KindNumber},
	{"8,340", KindNumber},
	{"3.5", KindNumber},
	{"-40", KindNumber},
	{"12%", KindNumber},
	{"one tenth", KindNumber},
	{"over 2000", KindNumber},
	{"twenty-four", KindNumber},
	{"1214", KindDate},
	{"1990s", KindDate},
	{"2012", KindDate},
	{"1998-03-12", KindDate},
	{"12 March 1998", KindDate},
	{"March 1998", KindDate},
	{"5 kg", KindMeasure},
	{"100 MHz", KindMeasure},
	{"3.5 square inches", KindMeasure},
	{"100MHz", KindMeasure},
	{"qemu-img", KindCode},
	{"x86_64", KindCode},
	{"U+00E9", KindCode},
	{"ext4", KindCode},
	{"/etc/fstab", KindCode},
	{"--verbose", KindCode},
	{"getElementById", KindCode},
	{"Louis XIV", KindName},
	{"Ilse Korrander", KindName},
	{"Duke of Orvel", KindName},
	{"Velmora", KindName},
	{"Herring family", KindOther},
	{"right of pasture", KindOther},
	{"calibre", KindOther},
	{"   ", KindOther},
}

func TestAnswerKind(t *testing.T) {
	for _, tt := range answerKindTests {
		assert.Equal(t, tt.want, AnswerKind(tt.answer), "%q", tt.answer)
	}
}

func TestKindOf(t *testing.T) {
	tests := []struct {
		name string
		q    Question
		want string
	}{
		{"file kind wins", Question{Kind: "definition", Answers: []string{"1214"}}, "definition"},
		{"typed from the first gold answer", Question{Answers: []string{"1214", "Velmora"}}, KindDate},
		{"unanswerable without a kind", Question{Answers: []string{}}, KindOther},
		{"unanswerable with a kind", Question{Kind: "number"}, KindNumber},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, KindOf(tt.q), tt.name)
	}
}

func TestQuestionKindField(t *testing.T) {
	qs, err := ReadJSONL(strings.NewReader(`{"question":"A?","answers":["1"],"kind":" Number "}
{"question":"B?","answers":["x"]}`), "q.jsonl")
	require.NoError(t, err)
	assert.Equal(t, []string{"number", ""}, []string{qs[0].Kind, qs[1].Kind})

	qs, err = ReadCSV(strings.NewReader("question,answers,kind\nA?,1,date\nB?,x,\n"), "q.csv")
	require.NoError(t, err)
	assert.Equal(t, []string{"date", ""}, []string{qs[0].Kind, qs[1].Kind})

	_, err = ReadJSONL(strings.NewReader(`{"question":"A?","answers":["1"],"kind":"a kind"}`), "q.jsonl")
	assert.EqualError(t, err, `compare: bad question set: q.jsonl:1: field "kind": "a kind": want a word of letters a-z, digits, - or _`)
	_, err = ReadCSV(strings.NewReader("question,answers,kind\nA?,1,"+strings.Repeat("k", 41)+"\n"), "q.csv")
	assert.ErrorContains(t, err, `q.csv:2: field "kind": `)
	assert.ErrorContains(t, err, "longer than 40 bytes")
	_, err = ReadJSONL(strings.NewReader(`{"question":"A?","answers":["1"],"kind":3}`), "q.jsonl")
	assert.ErrorContains(t, err, "q.jsonl:1:")
}

// TestRunKinds checks the per-kind figures against the hand case: q1 is a
// date (1214), q2 a name, q3 a number, q4 and q5 unanswerable (other),
// except that q5's file calls it a name.
func TestRunKinds(t *testing.T) {
	qs := append([]Question(nil), handQuestions...)
	qs[4].Kind = KindName
	rep, err := Run(context.Background(), Options{}, handAsker(), handCorpus, qs)
	require.NoError(t, err)
	var kinds []string
	for _, k := range rep.Kinds {
		kinds = append(kinds, k.Kind)
	}
	assert.Equal(t, []string{KindNumber, KindDate, KindName, KindOther}, kinds, "display order")
	assert.Equal(t, []string{KindDate, KindName, KindNumber, KindOther, KindName},
		[]string{rep.Records[0].Kind, rep.Records[1].Kind, rep.Records[2].Kind, rep.Records[3].Kind, rep.Records[4].Kind})

	want := map[string]struct {
		questions              int
		ragAcc, bareAcc, bareR Ratio
	}{
		KindNumber: {1, Ratio{0, 1}, Ratio{0, 1}, Ratio{}},
		KindDate:   {1, Ratio{1, 1}, Ratio{0, 1}, Ratio{}},
		KindName:   {2, Ratio{1, 1}, Ratio{1, 1}, Ratio{1, 1}},
		KindOther:  {1, Ratio{}, Ratio{}, Ratio{0, 1}},
	}
	total := map[generate.Mode]Ratio{}
	for _, k := range rep.Kinds {
		w := want[k.Kind]
		assert.Equal(t, w.questions, k.Questions, k.Kind)
		g, _ := k.Summary(generate.RAG)
		b, _ := k.Summary(generate.Bare)
		assert.Equal(t, w.ragAcc, g.Accuracy, "%s rag", k.Kind)
		assert.Equal(t, w.bareAcc, b.Accuracy, "%s bare", k.Kind)
		assert.Equal(t, w.bareR, b.NegativeRejection, "%s bare negative rejection", k.Kind)
		for _, s := range k.Modes {
			r := total[s.Mode]
			r.Num, r.Den = r.Num+s.Accuracy.Num, r.Den+s.Accuracy.Den
			total[s.Mode] = r
		}
	}
	for _, s := range rep.Modes {
		assert.Equal(t, s.Accuracy, total[s.Mode], "kinds add up to the whole for %s", s.Mode)
	}

	var b bytes.Buffer
	require.NoError(t, rep.WriteTable(&b))
	assert.Contains(t, b.String(), "Kind")
	assert.Regexp(t, `date\s+1\s+100\.0% \(1/1\)\s+0\.0% \(0/1\)`, b.String())

	b.Reset()
	require.NoError(t, rep.WriteJSON(&b))
	var back struct {
		Kinds []struct {
			Kind  string `json:"kind"`
			Modes []struct {
				Accuracy struct{ Num, Den int } `json:"accuracy"`
			} `json:"modes"`
		} `json:"kinds"`
		Records []struct{ Kind string } `json:"records"`
	}
	require.NoError(t, json.Unmarshal(b.Bytes(), &back))
	require.Len(t, back.Kinds, 4)
	assert.Equal(t, KindDate, back.Kinds[1].Kind)
	assert.Equal(t, 1, back.Kinds[1].Modes[0].Accuracy.Num)
	assert.Equal(t, KindDate, back.Records[0].Kind)
}

func TestSweepKinds(t *testing.T) {
	qs := []Question{
		{ID: "a", Question: "A?", Answers: []string{"1214"}},
		{ID: "b", Question: "B?", Answers: []string{"Kelvisk"}},
		{ID: "c", Question: "C?", Answers: []string{"412"}},
	}
	need := map[string]int64{"A?": 1 << 10, "B?": 64 << 10, "C?": 1 << 30}
	golds := map[string]string{"A?": "1214", "B?": "Kelvisk", "C?": "412"}
	retrain := func(_ context.Context, budget int64) (Asker, int64, error) {
		return budgetAsker{budget: budget, need: need, golds: golds}, budget, nil
	}
	points, err := Sweep(context.Background(), []int64{4 << 10, 64 << 10}, retrain, qs, Options{Modes: []generate.Mode{generate.Bare}})
	require.NoError(t, err)
	require.Len(t, points, 2)
	assert.Equal(t, Ratio{1, 1}, kindAccuracy(points[0].Kinds, KindDate, generate.Bare))
	assert.Equal(t, Ratio{0, 1}, kindAccuracy(points[0].Kinds, KindName, generate.Bare))
	assert.Equal(t, Ratio{1, 1}, kindAccuracy(points[1].Kinds, KindName, generate.Bare))
	assert.Equal(t, Ratio{0, 1}, kindAccuracy(points[1].Kinds, KindNumber, generate.Bare))

	rep := &Report{Title: "t", Sweep: points}
	var b bytes.Buffer
	require.NoError(t, rep.WriteTable(&b))
	assert.Regexp(t, `Bare accuracy by kind\s+4KiB\s+64KiB`, b.String())
	assert.Regexp(t, `name\s+0\.0% \(0/1\)\s+100\.0% \(1/1\)`, b.String())
}

func FuzzAnswerKind(f *testing.F) {
	for _, tt := range answerKindTests {
		f.Add(tt.answer)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := AnswerKind(s)
		assert.Contains(t, []string{KindNumber, KindDate, KindMeasure, KindName, KindCode, KindOther}, k)
	})
}

// TestKindsHTMLAgreesWithJSON compares every per-kind cell of the page
// with the JSON document, and checks both kind charts.
func TestKindsHTMLAgreesWithJSON(t *testing.T) {
	rep := handReport(t)
	rep.Sweep[0].Kinds = []KindSummary{{Kind: KindDate, Questions: 1, Modes: []ModeSummary{{Mode: generate.Bare, Accuracy: Ratio{0, 1}}}}}
	rep.Sweep[2].Kinds = []KindSummary{
		{Kind: KindDate, Questions: 1, Modes: []ModeSummary{{Mode: generate.Bare, Accuracy: Ratio{1, 1}}}},
		{Kind: KindName, Questions: 2, Modes: []ModeSummary{{Mode: generate.Bare, Accuracy: Ratio{1, 2}}}},
	}
	var js, page bytes.Buffer
	require.NoError(t, rep.WriteJSON(&js))
	require.NoError(t, rep.WriteHTML(&page))
	var doc struct {
		Kinds []struct {
			Kind  string                       `json:"kind"`
			Modes []map[string]json.RawMessage `json:"modes"`
		} `json:"kinds"`
	}
	require.NoError(t, json.Unmarshal(js.Bytes(), &doc))
	values, texts, _, _, _ := htmlFigures(t, page.String())
	checked := 0
	for _, k := range doc.Kinds {
		for _, m := range k.Modes {
			var mode string
			require.NoError(t, json.Unmarshal(m["mode"], &mode))
			for _, f := range kindFigures {
				var r struct{ Value *float64 }
				require.NoError(t, json.Unmarshal(m[f.key], &r))
				key := "kind." + k.Kind + "." + mode + "." + f.key
				got, ok := values[key]
				require.True(t, ok, "page lacks %s", key)
				if r.Value == nil {
					assert.Empty(t, got, key)
					assert.Equal(t, "–", texts[key], key)
					continue
				}
				assert.Equal(t, strconv.FormatFloat(*r.Value, 'g', -1, 64), got, key)
				checked++
			}
		}
	}
	assert.GreaterOrEqual(t, checked, 12)

	s := page.String()
	assert.Contains(t, s, `id="chart-kinds"`)
	start := strings.Index(s, `id="chart-kind-budget"`)
	require.GreaterOrEqual(t, start, 0, "kind × budget chart")
	svg := s[start : start+strings.Index(s[start:], "</svg>")]
	assert.Equal(t, 2*3, strings.Count(svg, "<rect"), "a cell per kind and budget")
	assert.Equal(t, 3, strings.Count(svg, `class="heat empty"`), "name at 64KiB and 512KiB, date at 512KiB")
	assert.Contains(t, svg, `fill-opacity="1.00"`, "date at 4MiB is fully recalled")
	assert.Contains(t, svg, "name at 4MiB: 50.0% (1/2)")
}
