package compare

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/verbatim-rag/verbatim/bytesize"
	"github.com/verbatim-rag/verbatim/generate"
)

// metricRow is one named figure of a mode, shared by the table and the
// HTML page so that both show the same numbers.
type metricRow struct {
	Key   string // stable key, also the data-metric attribute in HTML
	Label string
	Cell  func(ModeSummary) string
	Value func(ModeSummary) (float64, bool)
	Ratio func(ModeSummary) Ratio // nil for figures that are not ratios
}

func ratioRow(key, label string, get func(ModeSummary) Ratio) metricRow {
	return metricRow{
		Key: key, Label: label,
		Cell:  func(s ModeSummary) string { return ratioCell(get(s)) },
		Value: func(s ModeSummary) (float64, bool) { return get(s).Value() },
		Ratio: get,
	}
}

// ratioCell renders "75.0% (30/40)", or "–" without a value.
func ratioCell(r Ratio) string {
	if r.Den == 0 {
		return "–"
	}
	return fmt.Sprintf("%s (%d/%d)", r.Percent(), r.Num, r.Den)
}

// metricRows lists the figures of a mode in display order.
func metricRows(ks []int) []metricRow {
	rows := []metricRow{
		ratioRow("accuracy", "Accuracy", func(s ModeSummary) Ratio { return s.Accuracy }),
		ratioRow("abstention", "Abstention", func(s ModeSummary) Ratio { return s.Abstention }),
		ratioRow("hallucination", "Hallucination", func(s ModeSummary) Ratio { return s.Hallucination }),
		ratioRow("negative_rejection", "Negative rejection", func(s ModeSummary) Ratio { return s.NegativeRejection }),
		ratioRow("answered_wrong", "Answered but wrong", func(s ModeSummary) Ratio { return s.AnsweredWrong }),
		ratioRow("degenerate", "Degenerate (empty or looping)", func(s ModeSummary) Ratio { return s.Degenerate }),
		ratioRow("citation_precision", "Citation precision", func(s ModeSummary) Ratio { return s.CitationPrecision }),
		ratioRow("citation_recall", "Citation recall", func(s ModeSummary) Ratio { return s.CitationRecall }),
		ratioRow("verdict_unsupported", "Fact sentences unsupported by their citations", func(s ModeSummary) Ratio { return s.VerdictUnsupported }),
		ratioRow("verdict_uncited", "Fact sentences true but uncited", func(s ModeSummary) Ratio { return s.VerdictUncited }),
		ratioRow("verdict_not_found", "Fact sentences found in no passage", func(s ModeSummary) Ratio { return s.VerdictNotFound }),
	}
	for i, k := range ks {
		rows = append(rows, ratioRow(fmt.Sprintf("hit_at_%d", k), fmt.Sprintf("Retrieval hit@%d", k),
			func(s ModeSummary) Ratio { return hitAt(s, i) }))
	}
	rows = append(rows,
		metricRow{Key: "mrr", Label: "Retrieval MRR",
			Cell: func(s ModeSummary) string {
				if v, ok := s.MRR.Value(); ok {
					return formatFloat(v, 3)
				}
				return "–"
			},
			Value: func(s ModeSummary) (float64, bool) { return s.MRR.Value() }},
		metricRow{Key: "p50", Label: "Latency p50",
			Cell:  func(s ModeSummary) string { return formatDuration(s.P50) },
			Value: func(s ModeSummary) (float64, bool) { return float64(s.P50), true }},
		metricRow{Key: "p95", Label: "Latency p95",
			Cell:  func(s ModeSummary) string { return formatDuration(s.P95) },
			Value: func(s ModeSummary) (float64, bool) { return float64(s.P95), true }},
		metricRow{Key: "errors", Label: "Errors",
			Cell:  func(s ModeSummary) string { return fmt.Sprint(s.Errors) },
			Value: func(s ModeSummary) (float64, bool) { return float64(s.Errors), true }},
	)
	return rows
}

func hitAt(s ModeSummary, i int) Ratio {
	if i < len(s.HitAt) {
		return s.HitAt[i].Hit
	}
	return Ratio{}
}

// WriteTable writes the summary, outcomes, frequency curve and sweep as
// aligned plain-text tables.
func (r *Report) WriteTable(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "%s — %d questions (%d answerable, %d unanswerable)", r.Title, r.Questions, r.Answerable, r.Unanswerable)
	if r.Generator != "" {
		fmt.Fprintf(tw, ", generator %s", r.Generator)
	}
	fmt.Fprint(tw, "\n\n")
	r.writeSummary(tw)
	r.writeOutcomes(tw)
	r.writeFrequency(tw)
	r.writeKinds(tw)
	r.writeSweep(tw)
	r.writeSweepKinds(tw)
	r.writeModelBits(tw)
	r.writeGroups(tw)
	r.writeTemperature(tw)
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("compare: write table: %w", err)
	}
	return nil
}

func (r *Report) writeSummary(w io.Writer) {
	head := []string{"Metric"}
	for _, s := range r.Modes {
		head = append(head, strings.ToUpper(string(s.Mode)))
	}
	fmt.Fprintln(w, strings.Join(head, "\t"))
	for _, row := range metricRows(r.Settings.Ks) {
		cells := []string{row.Label}
		for _, s := range r.Modes {
			cells = append(cells, row.Cell(s))
		}
		fmt.Fprintln(w, strings.Join(cells, "\t"))
	}
	fmt.Fprintln(w)
}

func (r *Report) writeOutcomes(w io.Writer) {
	o := r.Outcomes
	if o == nil {
		return
	}
	fmt.Fprintln(w, "Outcome\tQuestions")
	fmt.Fprintf(w, "both right\t%d\nRAG fixed it\t%d\nRAG broke it\t%d\nboth wrong\t%d\n\n",
		o.BothRight, o.RAGFixed, o.RAGBroke, o.BothWrong)
}

func (r *Report) writeFrequency(w io.Writer) {
	fc := r.Frequency
	if fc.OnceSeen.Den == 0 {
		return
	}
	head := []string{"Passages with answer", "Questions"}
	for _, m := range r.Settings.Modes {
		head = append(head, strings.ToUpper(string(m))+" accuracy")
	}
	fmt.Fprintln(w, strings.Join(head, "\t"))
	for _, b := range fc.Buckets {
		cells := []string{b.Label, fmt.Sprint(b.Questions)}
		for _, m := range r.Settings.Modes {
			cells = append(cells, ratioCell(b.Accuracy[m]))
		}
		fmt.Fprintln(w, strings.Join(cells, "\t"))
	}
	fmt.Fprintf(w, "Once-seen facts: %s of answerable questions have their answer in exactly one passage\n\n", ratioCell(fc.OnceSeen))
}

func (r *Report) writeSweep(w io.Writer) {
	if len(r.Sweep) == 0 {
		return
	}
	fmt.Fprintln(w, "Budget\tModel size\tBare accuracy\tBare hallucination\tRAG accuracy\tRAG hallucination")
	for _, p := range r.Sweep {
		b, _ := p.Summary(generate.Bare)
		g, _ := p.Summary(generate.RAG)
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\n", bytesize.Format(p.Budget), bytesize.Format(p.ModelBytes),
			ratioCell(b.Accuracy), ratioCell(b.Hallucination), ratioCell(g.Accuracy), ratioCell(g.Hallucination))
	}
	fmt.Fprintln(w)
}

// writeKinds writes accuracy, hallucination and negative rejection of every
// mode per kind of question; the JSON report has every figure per kind.
func (r *Report) writeKinds(w io.Writer) {
	if len(r.Kinds) == 0 {
		return
	}
	head := []string{"Kind", "Questions"}
	for _, m := range r.Settings.Modes {
		l := strings.ToUpper(string(m))
		head = append(head, l+" accuracy", l+" hallucination", l+" neg. rejection")
	}
	fmt.Fprintln(w, strings.Join(head, "\t"))
	for _, k := range r.Kinds {
		cells := []string{k.Kind, fmt.Sprint(k.Questions)}
		for _, m := range r.Settings.Modes {
			s, _ := k.Summary(m)
			cells = append(cells, ratioCell(s.Accuracy), ratioCell(s.Hallucination), ratioCell(s.NegativeRejection))
		}
		fmt.Fprintln(w, strings.Join(cells, "\t"))
	}
	fmt.Fprintln(w)
}

// writeSweepKinds writes bare accuracy per kind (rows) and budget
// (columns).
func (r *Report) writeSweepKinds(w io.Writer) {
	kinds := sweepKinds(r.Sweep)
	if len(kinds) == 0 {
		return
	}
	head := []string{"Bare accuracy by kind"}
	for _, p := range r.Sweep {
		head = append(head, bytesize.Format(p.Budget))
	}
	fmt.Fprintln(w, strings.Join(head, "\t"))
	for _, k := range kinds {
		cells := []string{k}
		for _, p := range r.Sweep {
			cells = append(cells, ratioCell(kindAccuracy(p.Kinds, k, generate.Bare)))
		}
		fmt.Fprintln(w, strings.Join(cells, "\t"))
	}
	fmt.Fprintln(w)
}

// sweepKinds lists, in display order, the kinds of any sweep point.
func sweepKinds(points []SweepPoint) []string {
	var kinds []string
	for _, p := range points {
		for _, k := range p.Kinds {
			if !slices.Contains(kinds, k.Kind) {
				kinds = append(kinds, k.Kind)
			}
		}
	}
	sortKinds(kinds)
	return kinds
}

// kindAccuracy returns the accuracy of mode m on kind k, empty when absent.
func kindAccuracy(kinds []KindSummary, k string, m generate.Mode) Ratio {
	for _, ks := range kinds {
		if ks.Kind == k {
			s, _ := ks.Summary(m)
			return s.Accuracy
		}
	}
	return Ratio{}
}

// writeTemperature writes the temperature grid: per budget and
// temperature, each mode's accuracy and hallucination (mean ± standard
// deviation over the seeds, in points) and answer diversity.
func (r *Report) writeTemperature(w io.Writer) {
	if len(r.Temperature) == 0 {
		return
	}
	grid := r.Temperature[0].Budget > 0
	var head []string
	if grid {
		head = append(head, "Budget")
	}
	head = append(head, "Temperature", "Seeds")
	modes := tempModes(r.Temperature)
	for _, m := range modes {
		l := strings.ToUpper(string(m))
		head = append(head, l+" accuracy", l+" hallucination", l+" diversity")
	}
	fmt.Fprintln(w, strings.Join(head, "\t"))
	for _, p := range r.Temperature {
		var cells []string
		if grid {
			cells = append(cells, bytesize.Format(p.Budget))
		}
		cells = append(cells, formatTemp(p.Temperature), fmt.Sprint(len(p.Seeds)))
		for _, m := range modes {
			s, _ := p.Summary(m)
			cells = append(cells, s.Accuracy.Cell(), s.Hallucination.Cell(), diversityCell(s))
		}
		fmt.Fprintln(w, strings.Join(cells, "\t"))
	}
	fmt.Fprintln(w, "Accuracy and hallucination: mean over the seeds ± standard deviation in points. Diversity: how often a")
	fmt.Fprintln(w, "question's repeats gave another answer, 0% when every seed agreed (distinct answers per question in brackets).")
	fmt.Fprintln(w)
}

// tempModes lists the modes of the grid in the order of its first point.
func tempModes(points []TempPoint) []generate.Mode {
	var modes []generate.Mode
	for _, s := range points[0].Modes {
		modes = append(modes, s.Mode)
	}
	return modes
}

func formatTemp(t float64) string { return strconv.FormatFloat(t, 'g', -1, 64) }

// diversityCell renders "25.0% (1.50)", or "–" with one seed.
func diversityCell(s TempSummary) string {
	v, ok := s.Diversity.Value()
	if !ok {
		return "–"
	}
	d, _ := s.Distinct.Value()
	return fmt.Sprintf("%s (%s)", formatPercent(v), formatFloat(d, 2))
}
