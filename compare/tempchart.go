package compare

import (
	"fmt"
	"strconv"

	"github.com/verbatim-rag/verbatim/bytesize"
	"github.com/verbatim-rag/verbatim/generate"
)

// seriesClasses colour a grid's budgets in turn.
const seriesClasses = 4

// tempMode is the mode the temperature chart draws: bare when it ran.
func tempMode(points []TempPoint) generate.Mode {
	if _, ok := points[0].Summary(generate.Bare); ok {
		return generate.Bare
	}
	return points[0].Modes[0].Mode
}

// tempSeries groups the grid's points by budget, in order.
func tempSeries(points []TempPoint) [][]TempPoint {
	var out [][]TempPoint
	for i, p := range points {
		if i == 0 || p.Budget != points[i-1].Budget {
			out = append(out, nil)
		}
		out[len(out)-1] = append(out[len(out)-1], p)
	}
	return out
}

// temperatureChart draws, against temperature, one mode's accuracy (with a
// bar of ± one standard deviation over the seeds), hallucination and
// answer diversity; one colour per budget of the grid.
func temperatureChart(points []TempPoint) *svgChart {
	if len(points) == 0 || len(points[0].Modes) == 0 {
		return nil
	}
	m := tempMode(points)
	c := &svgChart{W: chartW, H: chartH, ID: "chart-temperature", Title: modeLabel(m) + " answers against sampling temperature"}
	percentGrid(c)
	lo, hi := points[0].Temperature, points[0].Temperature
	for _, p := range points {
		lo, hi = min(lo, p.Temperature), max(hi, p.Temperature)
	}
	pad := (plotR - plotL) * 0.06
	xOf := func(t float64) float64 {
		if hi-lo < 1e-9 {
			return (plotL + plotR) / 2
		}
		return plotL + pad + (t-lo)/(hi-lo)*(plotR-plotL-2*pad)
	}
	ticked := map[float64]bool{}
	for si, series := range tempSeries(points) {
		cls := "s" + strconv.Itoa(si%seriesClasses)
		name := "configured model"
		if series[0].Budget > 0 {
			name = bytesize.Format(series[0].Budget)
		}
		acc, hal, div := &svgPath{Class: "line t-acc " + cls}, &svgPath{Class: "line t-hal " + cls}, &svgPath{Class: "line t-div " + cls}
		for _, p := range series {
			x := xOf(p.Temperature)
			s, _ := p.Summary(m)
			at := fmt.Sprintf("%s, temperature %s", name, formatTemp(p.Temperature))
			if s.Accuracy.N > 0 {
				spreadBar(c, x, s.Accuracy, cls)
				addValuePoint(c, acc, x, s.Accuracy.Mean, "pt "+cls, at+": accuracy "+s.Accuracy.Cell())
			}
			if s.Hallucination.N > 0 {
				addValuePoint(c, hal, x, s.Hallucination.Mean, "pt hollow "+cls, at+": hallucination "+s.Hallucination.Cell())
			}
			if v, ok := s.Diversity.Value(); ok {
				addValuePoint(c, div, x, v, "pt hollow "+cls, at+": diversity "+diversityCell(s))
			}
			if !ticked[p.Temperature] {
				ticked[p.Temperature] = true
				c.Labels = append(c.Labels, svgText{X: num(x), Y: num(plotB + 18), Anchor: "middle", Class: "tick", Text: formatTemp(p.Temperature)})
			}
		}
		for _, l := range []*svgPath{acc, hal, div} {
			if l.Points != "" {
				c.Lines = append(c.Lines, *l)
			}
		}
		c.Legend = append(c.Legend, legendItem{Class: cls, Label: name})
	}
	c.Legend = append(c.Legend, legendItem{Class: "key-acc", Label: "accuracy ± sd (solid)"},
		legendItem{Class: "key-hal", Label: "hallucination (dashed)"}, legendItem{Class: "key-div", Label: "diversity (dotted)"})
	c.Labels = append(c.Labels, svgText{X: num((plotL + plotR) / 2), Y: num(chartH - 6), Anchor: "middle", Class: "axis",
		Text: "sampling temperature"})
	return c
}

// spreadBar draws a vertical bar from mean − sd to mean + sd, clipped to
// [0, 1].
func spreadBar(c *svgChart, x float64, s Spread, cls string) {
	if s.N < 2 || s.SD == 0 {
		return
	}
	y1, y2 := yOf(min(s.Mean+s.SD, 1)), yOf(max(s.Mean-s.SD, 0))
	c.Grid = append(c.Grid, svgLine{X1: num(x), Y1: num(y1), X2: num(x), Y2: num(y2), Class: "sd " + cls})
}

// addValuePoint adds a point at value v (a share) to path and the chart.
func addValuePoint(c *svgChart, path *svgPath, x, v float64, class, title string) {
	y := yOf(v)
	if path.Points != "" {
		path.Points += " "
	}
	path.Points += num(x) + "," + num(y)
	c.Points = append(c.Points, svgPoint{X: num(x), Y: num(y), Class: class, Title: title})
}

// tempRow is one grid cell in the HTML table.
type tempRow struct {
	Budget      string // "" without budgets
	Temperature string
	Seeds       int
	Cells       []kindCell // per mode: accuracy, hallucination, diversity
}

// tempRows lays out the grid for the HTML table; data-metric keys read
// "temp.<budget>.<temperature>.<mode>.<figure>" with the mean as value.
func tempRows(points []TempPoint) []tempRow {
	if len(points) == 0 {
		return nil
	}
	modes := tempModes(points)
	rows := make([]tempRow, 0, len(points))
	for _, p := range points {
		row := tempRow{Temperature: formatTemp(p.Temperature), Seeds: len(p.Seeds)}
		if p.Budget > 0 {
			row.Budget = bytesize.Format(p.Budget)
		}
		for _, m := range modes {
			s, _ := p.Summary(m)
			key := fmt.Sprintf("temp.%d.%s.%s.", p.Budget, row.Temperature, m)
			row.Cells = append(row.Cells, spreadCell(key+"accuracy", s.Accuracy), spreadCell(key+"hallucination", s.Hallucination))
			d := kindCell{Key: key + "diversity", Text: diversityCell(s)}
			if v, ok := s.Diversity.Value(); ok {
				d.Value = strconv.FormatFloat(v, 'g', -1, 64)
			}
			row.Cells = append(row.Cells, d)
		}
		rows = append(rows, row)
	}
	return rows
}

func spreadCell(key string, s Spread) kindCell {
	c := kindCell{Key: key, Text: s.Cell()}
	if s.N > 0 {
		c.Value = strconv.FormatFloat(s.Mean, 'g', -1, 64)
		c.Counts = fmt.Sprintf("(%s–%s)", formatPercent(s.Min), formatPercent(s.Max))
	}
	return c
}
