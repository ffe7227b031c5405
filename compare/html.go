package compare

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"regexp"
	"strconv"

	"github.com/verbatim-rag/verbatim/bytesize"
	"github.com/verbatim-rag/verbatim/generate"
	"github.com/verbatim-rag/verbatim/rag"
	"github.com/verbatim-rag/verbatim/verify"
)

//go:embed report.html.tmpl
var reportTemplate string

var pageTemplate = template.Must(template.New("report").Funcs(template.FuncMap{
	"upper":   modeLabel,
	"percent": func(r Ratio) string { return r.Percent() },
	"cell":    ratioCell,
	"bytes":   bytesize.Format,
	"modeOf":  modeOf,
	"outcome": outcomeLabel,
}).Parse(reportTemplate))

// page is the view of a report the template renders.
type page struct {
	*Report
	Metrics    []metricView
	FreqChart  *svgChart
	SweepChart *svgChart
	KindsChart *svgChart // accuracy per kind and mode
	KindBudget *svgChart // bare accuracy per kind and sweep budget
	KindRows   []kindRow
	TempChart  *svgChart // the temperature grid
	TempRows   []tempRow
	TempModes  []generate.Mode
	TempGrid   bool // the temperature grid has budgets
	Rows       []rowView
	Cards      []cardView
	// OnceSeenValue is the once-seen share as data-value, "" when undefined.
	OnceSeenValue string
	// BitsText is the table's bits per byte by token class and format
	// and its priority groups.
	BitsText string
}

// modeOf returns the figures of mode m at a sweep point, nil when m was not
// run there.
func modeOf(p SweepPoint, m string) *ModeSummary {
	s, ok := p.Summary(generate.Mode(m))
	if !ok {
		return nil
	}
	return &s
}

func ratioValue(r Ratio) string {
	v, ok := r.Value()
	if !ok {
		return ""
	}
	return strconv.FormatFloat(v, 'g', -1, 64)
}

type metricView struct {
	Key, Label string
	Cells      []metricCell
}

// metricCell carries the display text and the exact value (data-value) so
// tests can compare the page with the JSON.
type metricCell struct {
	Mode   generate.Mode
	Text   string
	Counts string // "(2/3)" for a defined ratio
	Value  string // "" when undefined
}

type cardView struct {
	Mode          generate.Mode
	Accuracy      string
	Hallucination string
	Rejection     string
}

type rowView struct {
	Record
	Anchor string
	Views  []answerView // one per mode run
}

type answerView struct {
	Mode    generate.Mode
	Result  *Result
	Parts   []answerPart
	Cited   []citedView
	Class   string // right, wrong, abstained, error
	Verdict string
}

// answerPart is a run of answer text or a citation marker.
type answerPart struct {
	Text   string
	Cite   int
	Anchor string // empty for text, and for a marker with no citation
}

type citedView struct {
	verify.Citation
	Anchor string
	Where  string
}

// WriteHTML writes the report as one self-contained HTML page: summary,
// charts as inline SVG, and a per-question table whose citation markers
// link to the quoted passages on the same page.
func (r *Report) WriteHTML(w io.Writer) error {
	if err := pageTemplate.Execute(w, r.view()); err != nil {
		return fmt.Errorf("compare: write html: %w", err)
	}
	return nil
}

func (r *Report) view() page {
	p := page{Report: r, FreqChart: frequencyChart(r.Frequency, r.Settings.Modes), OnceSeenValue: ratioValue(r.Frequency.OnceSeen)}
	ref, _ := r.Summary(generate.RAG)
	refRatio := ref.Accuracy
	if refRatio.Den == 0 {
		refRatio = meanSweepRAG(r.Sweep)
	}
	p.SweepChart = sweepChart(r.Sweep, refRatio)
	p.KindsChart = kindsChart(r.Kinds, r.Settings.Modes)
	p.KindBudget = kindBudgetChart(r.Sweep)
	p.KindRows = kindRows(r.Kinds, r.Settings.Modes)
	p.BitsText = r.bitsText()
	if len(r.Temperature) > 0 {
		p.TempChart, p.TempRows = temperatureChart(r.Temperature), tempRows(r.Temperature)
		p.TempModes, p.TempGrid = tempModes(r.Temperature), r.Temperature[0].Budget > 0
	}
	for _, row := range metricRows(r.Settings.Ks) {
		mv := metricView{Key: row.Key, Label: row.Label}
		for _, s := range r.Modes {
			c := metricCell{Mode: s.Mode, Text: row.Cell(s)}
			if row.Ratio != nil {
				if r := row.Ratio(s); r.Den > 0 {
					c.Text, c.Counts = r.Percent(), fmt.Sprintf("(%d/%d)", r.Num, r.Den)
				}
			}
			if v, ok := row.Value(s); ok {
				c.Value = strconv.FormatFloat(v, 'g', -1, 64)
			}
			mv.Cells = append(mv.Cells, c)
		}
		p.Metrics = append(p.Metrics, mv)
	}
	for _, s := range r.Modes {
		p.Cards = append(p.Cards, cardView{Mode: s.Mode, Accuracy: s.Accuracy.Percent(),
			Hallucination: s.Hallucination.Percent(), Rejection: s.NegativeRejection.Percent()})
	}
	for i, rec := range r.Records {
		p.Rows = append(p.Rows, rowOf(i, rec, r.Settings.Modes))
	}
	return p
}

// meanSweepRAG pools the RAG accuracy counts of every sweep point.
func meanSweepRAG(points []SweepPoint) Ratio {
	var t Ratio
	for _, p := range points {
		if s, ok := p.Summary(generate.RAG); ok {
			t.Num += s.Accuracy.Num
			t.Den += s.Accuracy.Den
		}
	}
	return t
}

func rowOf(i int, rec Record, modes []generate.Mode) rowView {
	row := rowView{Record: rec, Anchor: fmt.Sprintf("q%d", i+1)}
	for _, m := range modes {
		res := rec.Results[m]
		if res == nil {
			continue
		}
		av := answerView{Mode: m, Result: res}
		av.Class, av.Verdict = verdict(rec, res)
		prefix := fmt.Sprintf("%s-%s-c", row.Anchor, m)
		av.Parts = splitMarkers(res.Answer, res.Citations, prefix)
		for _, c := range res.Citations {
			av.Cited = append(av.Cited, citedView{Citation: c.Citation, Anchor: prefix + strconv.Itoa(c.N), Where: c.Ref})
		}
		row.Views = append(row.Views, av)
	}
	return row
}

func verdict(rec Record, res *Result) (class, text string) {
	switch {
	case res.Error != "":
		return "error", "error"
	case res.Abstained && len(rec.Answers) == 0:
		return "right", "rightly abstained"
	case res.Abstained:
		return "abstained", "abstained"
	case res.Degenerate != "" && res.Correct:
		return "right", "correct, but degenerate (" + res.Degenerate + ")"
	case res.Degenerate != "":
		return "wrong", "degenerate (" + res.Degenerate + ")"
	case res.Correct:
		return "right", "correct"
	case len(rec.Answers) == 0:
		return "wrong", "answered the unanswerable"
	}
	return "wrong", "wrong"
}

var markerRE = regexp.MustCompile(`\[(\d{1,4})\]`)

// splitMarkers cuts text into text runs and [n] markers; a marker links to
// its citation when the answer has one with that number.
func splitMarkers(text string, cites []rag.Citation, prefix string) []answerPart {
	known := make(map[int]bool, len(cites))
	for _, c := range cites {
		known[c.N] = true
	}
	var parts []answerPart
	last := 0
	for _, m := range markerRE.FindAllStringSubmatchIndex(text, -1) {
		if m[0] > last {
			parts = append(parts, answerPart{Text: text[last:m[0]]})
		}
		n, _ := strconv.Atoi(text[m[2]:m[3]])
		p := answerPart{Text: text[m[0]:m[1]], Cite: n}
		if known[n] {
			p.Anchor = prefix + strconv.Itoa(n)
		}
		parts = append(parts, p)
		last = m[1]
	}
	if last < len(text) {
		parts = append(parts, answerPart{Text: text[last:]})
	}
	return parts
}

// outcomeLabel is how an outcome class reads on the page.
func outcomeLabel(o Outcome) string {
	switch o {
	case BothRight:
		return "both right"
	case RAGFixed:
		return "RAG fixed it"
	case RAGBroke:
		return "RAG broke it"
	case BothWrong:
		return "both wrong"
	}
	return string(o)
}

// kindRow is one kind of question in the per-kind table.
type kindRow struct {
	Kind      string
	Questions int
	Cells     []kindCell
}

// kindCell is one figure of one mode for a kind; Key names it in
// data-metric ("kind.date.bare.accuracy").
type kindCell struct {
	Key, Text, Counts, Value string
}

// kindFigures are the figures the per-kind table shows; the JSON report
// has every figure per kind.
var kindFigures = []struct {
	key string
	get func(ModeSummary) Ratio
}{
	{"accuracy", func(s ModeSummary) Ratio { return s.Accuracy }},
	{"hallucination", func(s ModeSummary) Ratio { return s.Hallucination }},
	{"negative_rejection", func(s ModeSummary) Ratio { return s.NegativeRejection }},
	{"citation_precision", func(s ModeSummary) Ratio { return s.CitationPrecision }},
}

func kindRows(kinds []KindSummary, modes []generate.Mode) []kindRow {
	var rows []kindRow
	for _, k := range kinds {
		row := kindRow{Kind: k.Kind, Questions: k.Questions}
		for _, m := range modes {
			s, _ := k.Summary(m)
			for _, f := range kindFigures {
				r := f.get(s)
				c := kindCell{Key: fmt.Sprintf("kind.%s.%s.%s", k.Kind, m, f.key), Text: r.Percent(), Value: ratioValue(r)}
				if r.Den > 0 {
					c.Counts = fmt.Sprintf("(%d/%d)", r.Num, r.Den)
				}
				row.Cells = append(row.Cells, c)
			}
		}
		rows = append(rows, row)
	}
	return rows
}
