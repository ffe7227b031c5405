package compare

import (
	"fmt"

	"github.com/verbatim-rag/verbatim/bytesize"
	"github.com/verbatim-rag/verbatim/generate"
)

// kindsChart draws accuracy per kind of question as grouped bars, one bar
// per mode.
func kindsChart(kinds []KindSummary, modes []generate.Mode) *svgChart {
	groups := make([]barGroup, len(kinds))
	for i, k := range kinds {
		groups[i] = barGroup{label: k.Kind, questions: k.Questions, accuracy: func(m generate.Mode) Ratio {
			s, _ := k.Summary(m)
			return s.Accuracy
		}}
	}
	return groupedBars("chart-kinds", "Accuracy by kind of fact", "kind of fact the gold answer states", groups, modes)
}

// Heat map geometry: a row per kind, a column per budget.
const (
	heatL, heatT = 110.0, 24.0
	heatRowH     = 30.0
)

// kindBudgetChart draws bare accuracy per kind (rows) and sweep budget
// (columns) as a heat map: the darker the cell, the more the model recalls.
func kindBudgetChart(points []SweepPoint) *svgChart {
	kinds := sweepKinds(points)
	if len(kinds) == 0 {
		return nil
	}
	h := heatT + float64(len(kinds))*heatRowH + 50
	c := &svgChart{W: chartW, H: h, ID: "chart-kind-budget", Title: "Bare accuracy by kind of fact and model budget"}
	colW := (plotR - heatL) / float64(len(points))
	for ki, k := range kinds {
		y := heatT + float64(ki)*heatRowH
		c.Labels = append(c.Labels, svgText{X: num(heatL - 8), Y: num(y + heatRowH/2), Anchor: "end", Class: "tick", Text: k})
		for pi, p := range points {
			x := heatL + float64(pi)*colW
			r := kindAccuracy(p.Kinds, k, generate.Bare)
			cell := svgBar{X: num(x + 1), Y: num(y + 1), W: num(colW - 2), H: num(heatRowH - 2), Class: "heat empty",
				Title: fmt.Sprintf("%s at %s: %s", k, bytesize.Format(p.Budget), ratioCell(r))}
			text := "–"
			if v, ok := r.Value(); ok {
				cell.Class, cell.Opacity, text = "heat", formatFloat(0.08+0.92*v, 2), r.Percent()
			}
			c.Bars = append(c.Bars, cell)
			class := "value"
			if v, _ := r.Value(); v > 0.55 {
				class = "value on-dark"
			}
			c.Labels = append(c.Labels, svgText{X: num(x + colW/2), Y: num(y + heatRowH/2 + 4), Anchor: "middle", Class: class, Text: text})
		}
	}
	bottom := heatT + float64(len(kinds))*heatRowH
	for pi, p := range points {
		c.Labels = append(c.Labels, svgText{X: num(heatL + (float64(pi)+0.5)*colW), Y: num(bottom + 16), Anchor: "middle", Class: "tick",
			Text: bytesize.Format(p.Budget)})
	}
	c.Labels = append(c.Labels, svgText{X: num((heatL + plotR) / 2), Y: num(h - 6), Anchor: "middle", Class: "axis",
		Text: "model budget"})
	c.Legend = []legendItem{{Class: "heat", Label: "bare accuracy (darker is higher)"}}
	return c
}
