package compare

import (
	"bytes"
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/generate"
	"github.com/verbatim-rag/verbatim/generate/lossy"
)

func TestPriorityGroups(t *testing.T) {
	paths := []string{"/docs/legal/a.txt", "/docs/misc/a.txt", "/docs/misc/b.txt"}
	match := func(p string) string {
		if strings.Contains(p, "/legal/") {
			return "legal/**"
		}
		return ""
	}
	g := PriorityGroups(paths, match)
	assert.Equal(t, "legal/**", g("legal/a.txt"))
	assert.Equal(t, "legal/**", g("a.txt"), "the first stored path with the source's name")
	assert.Equal(t, OtherGroup, g("misc/a.txt"))
	assert.Equal(t, OtherGroup, g("nowhere.txt"))
	assert.Equal(t, OtherGroup, g(""))
}

func TestFactsHeld(t *testing.T) {
	ps := []corpus.Passage{
		{Path: "/d/legal/a.txt", Text: "The act was passed in 1871 by the Council."},
		{Path: "/d/misc/b.txt", Text: "Oskeby lies on the Askel river; its mayor is Oda Brenn."},
		{Path: "/d/misc/c.txt", Text: "Mentions 1871 too, and the council."},
	}
	qs := []Question{
		{ID: "1", Answers: []string{"1871"}, Source: "legal/a.txt"},
		{ID: "2", Answers: []string{"oda brenn"}, Source: "misc/b.txt"}, // case-insensitive
		{ID: "3", Answers: []string{"Askel"}},                           // no source: any passage
		{ID: "4", Answers: []string{"Tremont"}, Source: "misc/b.txt"},   // never stated: left out
		{ID: "5", Question: "unanswerable"},
	}
	var asked []string
	holds := func(text string, start, end int) bool {
		asked = append(asked, text[start:end])
		return text[start:end] != "Oda Brenn"
	}
	group := func(src string) string {
		if strings.HasPrefix(src, "legal/") {
			return "weight 4"
		}
		return "weight 1"
	}
	all, by := FactsHeld(qs, ps, holds, group)
	assert.Equal(t, []string{"1871", "Oda Brenn", "Askel"}, asked)
	assert.Equal(t, Ratio{2, 3}, all)
	assert.Equal(t, []GroupRatio{{"weight 1", Ratio{1, 2}}, {"weight 4", Ratio{1, 1}}}, by)

	// The source's passage is preferred to an earlier one of another file.
	asked = nil
	FactsHeld([]Question{{Answers: []string{"council"}, Source: "misc/c.txt"}}, ps, holds, nil)
	assert.Equal(t, []string{"council"}, asked)
}

// TestModelBitsAgainstAModel measures real models of a small corpus at two
// budgets: the smaller one costs more bits a byte, holds fewer facts, and
// the table says which classes lost bits first.
func TestModelBitsAgainstAModel(t *testing.T) {
	var texts []string
	var ps []corpus.Passage
	var qs []Question
	for i, name := range []string{"Kessary", "Tremont", "Pelgrad", "Oskeby", "Varnholm", "Lisket", "Drummel", "Ostfeld"} {
		year := 1800 + 13*i
		text := strings.Repeat("The town has a harbour and a market square. ", 2) +
			name + " was founded in " + strconv.Itoa(year) + " by the river."
		texts = append(texts, text)
		ps = append(ps, corpus.Passage{Path: "/t/" + name + ".txt", Format: corpus.Text, Text: text})
		qs = append(qs, Question{ID: name, Question: "When was " + name + " founded?", Answers: []string{strconv.Itoa(year)}, Source: name + ".txt"})
	}
	var points []SweepPoint
	for _, budget := range []string{"600", "100%"} {
		m, err := lossy.Train(context.Background(), lossy.TextSource(texts...), lossy.Config{Budget: budget})
		require.NoError(t, err)
		b, err := m.MeasureBits(context.Background(), func(fn func(corpus.Passage) error) error {
			for _, p := range ps {
				if err := fn(p); err != nil {
					return err
				}
			}
			return nil
		})
		require.NoError(t, err)
		mb := &ModelBits{Bits: b}
		mb.FactsHeld, _ = FactsHeld(qs, ps, m.Holds, nil)
		points = append(points, SweepPoint{Budget: m.Report().Budget, ModelBytes: int64(m.Size()), Model: mb})
	}
	small, big := points[0].Model, points[1].Model
	assert.Greater(t, small.BitsPerByte, big.BitsPerByte)
	assert.Greater(t, big.FactsHeld.Num, small.FactsHeld.Num)
	lost := LostFirst(points)
	t.Logf("held %v → %v, lost %v", small.FactsHeld, big.FactsHeld, lost)
	require.NotEmpty(t, lost)
	assert.True(t, strings.HasPrefix(lost[0], "number ") || strings.HasPrefix(lost[0], "name "), "once-seen years and names go first: %v", lost)

	r := &Report{Sweep: points, Settings: Settings{Modes: []generate.Mode{generate.Bare}}}
	var buf bytes.Buffer
	require.NoError(t, r.WriteTable(&buf))
	out := buf.String()
	assert.Contains(t, out, "Bits per byte of the corpus under the model")
	assert.Contains(t, out, "facts held")
	assert.Contains(t, out, "Lost first as the budget shrinks")
	assert.Contains(t, out, "gzip alone")
	buf.Reset()
	require.NoError(t, r.WriteHTML(&buf))
	assert.Contains(t, buf.String(), `<section id="bits">`)
	assert.Contains(t, buf.String(), "Lost first as the budget shrinks")
}

func TestGroupsInRunAndTable(t *testing.T) {
	qs := []Question{
		{ID: "a", Question: "A?", Answers: []string{"1214"}, Source: "legal/a.txt"},
		{ID: "b", Question: "B?", Answers: []string{"Kelvisk"}, Source: "misc/b.txt"},
		{ID: "c", Question: "C?", Answers: []string{"412"}, Source: "misc/c.txt"},
	}
	asker := budgetAsker{budget: 10, need: map[string]int64{"A?": 1, "B?": 100, "C?": 1}, golds: map[string]string{"A?": "1214", "B?": "Kelvisk", "C?": "412"}}
	group := func(src string) string {
		if strings.HasPrefix(src, "legal/") {
			return "weight 4"
		}
		return "weight 1"
	}
	rep, err := Run(context.Background(), Options{Modes: []generate.Mode{generate.Bare}, Group: group}, asker, nil, qs)
	require.NoError(t, err)
	require.Len(t, rep.Groups, 2)
	assert.Equal(t, "weight 1", rep.Groups[0].Group)
	s, _ := rep.Groups[0].Summary(generate.Bare)
	assert.Equal(t, Ratio{1, 2}, s.Accuracy)
	s, _ = rep.Groups[1].Summary(generate.Bare)
	assert.Equal(t, Ratio{1, 1}, s.Accuracy)
	var buf bytes.Buffer
	require.NoError(t, rep.WriteTable(&buf))
	assert.Regexp(t, `weight 4\s+1\s+100.0% \(1/1\)`, buf.String())

	rep, err = Run(context.Background(), Options{Modes: []generate.Mode{generate.Bare}}, asker, nil, qs)
	require.NoError(t, err)
	assert.Nil(t, rep.Groups, "no grouping, no groups")
}
