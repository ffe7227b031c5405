package compare

import (
	"fmt"
	"math"

	"github.com/verbatim-rag/verbatim/bytesize"
	"github.com/verbatim-rag/verbatim/generate"
)

// Chart geometry, in SVG user units; the page scales the viewBox.
const (
	chartW, chartH         = 640.0, 312.0
	plotL, plotR           = 56.0, 620.0
	plotT, plotB           = 24.0, 248.0
	barFill        float64 = 0.72 // share of a group's width taken by bars
)

// svgChart is what the template draws: grid lines, bars, polylines, points
// and labels, all positioned here.
type svgChart struct {
	W, H   float64 // viewBox size
	ID     string
	Title  string
	Grid   []svgLine
	Bars   []svgBar
	Lines  []svgPath
	Points []svgPoint
	Labels []svgText
	Legend []legendItem
}

type svgLine struct {
	X1, Y1, X2, Y2 string
	Class          string
}

type svgBar struct {
	X, Y, W, H string
	Class      string
	Title      string
	Opacity    string // fill-opacity, "" for the class's
}

type svgPath struct {
	Points string
	Class  string
}

type svgPoint struct {
	X, Y  string
	Class string
	Title string
}

type svgText struct {
	X, Y   string
	Anchor string
	Class  string
	Text   string
}

type legendItem struct {
	Class, Label string
}

func num(v float64) string { return formatFloat(v, 1) }

// yOf maps a share in [0, 1] to the plot's y coordinate.
func yOf(v float64) float64 { return plotB - v*(plotB-plotT) }

// percentGrid draws horizontal lines and labels at 0, 25, 50, 75, 100%.
func percentGrid(c *svgChart) {
	for p := 0; p <= 100; p += 25 {
		y := num(yOf(float64(p) / 100))
		c.Grid = append(c.Grid, svgLine{X1: num(plotL), Y1: y, X2: num(plotR), Y2: y, Class: "grid"})
		c.Labels = append(c.Labels, svgText{X: num(plotL - 8), Y: y, Anchor: "end", Class: "tick", Text: fmt.Sprintf("%d%%", p)})
	}
}

func modeClass(m generate.Mode) string { return "m-" + string(m) }

// frequencyChart draws accuracy per frequency bucket as grouped bars, one
// bar per mode.
func frequencyChart(fc FrequencyCurve, modes []generate.Mode) *svgChart {
	groups := make([]barGroup, len(fc.Buckets))
	for i, b := range fc.Buckets {
		groups[i] = barGroup{label: b.Label, questions: b.Questions, accuracy: func(m generate.Mode) Ratio { return b.Accuracy[m] }}
	}
	return groupedBars("chart-frequency", "Accuracy by how many passages contain the answer",
		"passages of the corpus that contain the gold answer", groups, modes)
}

// barGroup is one group of a grouped bar chart: its label, its number of
// questions and each mode's accuracy.
type barGroup struct {
	label     string
	questions int
	accuracy  func(generate.Mode) Ratio
}

// groupedBars draws accuracy per group as grouped bars, one bar per mode;
// nil when there is nothing to draw.
func groupedBars(id, title, axis string, groups []barGroup, modes []generate.Mode) *svgChart {
	if len(groups) == 0 || len(modes) == 0 {
		return nil
	}
	c := &svgChart{W: chartW, H: chartH, ID: id, Title: title}
	percentGrid(c)
	groupW := (plotR - plotL) / float64(len(groups))
	barW := groupW * barFill / float64(len(modes))
	for gi, g := range groups {
		gx := plotL + float64(gi)*groupW + groupW*(1-barFill)/2
		for mi, m := range modes {
			addBar(c, g.accuracy(m), gx+float64(mi)*barW, barW, m, g.label)
		}
		cx := num(plotL + (float64(gi)+0.5)*groupW)
		c.Labels = append(c.Labels,
			svgText{X: cx, Y: num(plotB + 16), Anchor: "middle", Class: "tick", Text: g.label},
			svgText{X: cx, Y: num(plotB + 33), Anchor: "middle", Class: "tick muted", Text: fmt.Sprintf("n=%d", g.questions)})
	}
	c.Labels = append(c.Labels, svgText{X: num((plotL + plotR) / 2), Y: num(chartH - 6), Anchor: "middle", Class: "axis", Text: axis})
	for _, m := range modes {
		c.Legend = append(c.Legend, legendItem{Class: modeClass(m), Label: modeLabel(m)})
	}
	return c
}

func addBar(c *svgChart, r Ratio, x, w float64, m generate.Mode, bucket string) {
	v, ok := r.Value()
	if !ok {
		c.Labels = append(c.Labels, svgText{X: num(x + w/2), Y: num(plotB - 4), Anchor: "middle", Class: "tick muted", Text: "–"})
		return
	}
	y := yOf(v)
	c.Bars = append(c.Bars, svgBar{X: num(x + 1), Y: num(y), W: num(max(w-2, 1)), H: num(plotB - y), Class: "bar " + modeClass(m),
		Title: fmt.Sprintf("%s, %s passages: %s", modeLabel(m), bucket, ratioCell(r))})
	c.Labels = append(c.Labels, svgText{X: num(x + w/2), Y: num(y - 5), Anchor: "middle", Class: "value", Text: r.Percent()})
}

// sweepChart draws bare accuracy and hallucination against model size (log
// x axis), with RAG accuracy as a horizontal reference line.
func sweepChart(points []SweepPoint, ragRef Ratio) *svgChart {
	if len(points) == 0 {
		return nil
	}
	c := &svgChart{W: chartW, H: chartH, ID: "chart-sweep", Title: "Bare recall against model size"}
	percentGrid(c)
	xOf := logScale(points)
	acc, hal := &svgPath{Class: "line acc"}, &svgPath{Class: "line hal"}
	for _, p := range points {
		x := xOf(p.ModelBytes)
		b, _ := p.Summary(generate.Bare)
		addPoint(c, acc, x, b.Accuracy, "pt acc", "bare accuracy at "+bytesize.Format(p.ModelBytes))
		addPoint(c, hal, x, b.Hallucination, "pt hal", "bare hallucination at "+bytesize.Format(p.ModelBytes))
		c.Labels = append(c.Labels, svgText{X: num(x), Y: num(plotB + 18), Anchor: "middle", Class: "tick", Text: bytesize.Format(p.ModelBytes)})
	}
	c.Lines = append(c.Lines, *acc, *hal)
	c.Legend = []legendItem{{Class: "acc", Label: "bare accuracy"}, {Class: "hal", Label: "bare hallucination"}}
	if v, ok := ragRef.Value(); ok {
		y := num(yOf(v))
		c.Grid = append(c.Grid, svgLine{X1: num(plotL), Y1: y, X2: num(plotR), Y2: y, Class: "ref"})
		// The label sits at the right, above the line, or below it when the
		// line is near the top, where the bare lines usually start.
		ly := yOf(v) - 7
		if v > 0.85 {
			ly = yOf(v) + 15
		}
		c.Labels = append(c.Labels, svgText{X: num(plotR - 6), Y: num(ly), Anchor: "end", Class: "value ref-label",
			Text: "RAG accuracy " + ragRef.Percent()})
		c.Legend = append(c.Legend, legendItem{Class: "ref", Label: "RAG accuracy"})
	}
	c.Labels = append(c.Labels, svgText{X: num((plotL + plotR) / 2), Y: num(chartH - 6), Anchor: "middle", Class: "axis",
		Text: "model size (bytes, log scale)"})
	return c
}

func addPoint(c *svgChart, path *svgPath, x float64, r Ratio, class, title string) {
	v, ok := r.Value()
	if !ok {
		return
	}
	y := yOf(v)
	if path.Points != "" {
		path.Points += " "
	}
	path.Points += num(x) + "," + num(y)
	c.Points = append(c.Points, svgPoint{X: num(x), Y: num(y), Class: class, Title: title + ": " + ratioCell(r)})
}

// logScale maps model sizes to x on a log axis with a margin on each side;
// a single size sits in the middle.
func logScale(points []SweepPoint) func(int64) float64 {
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, p := range points {
		v := math.Log(float64(max(p.ModelBytes, 1)))
		lo, hi = math.Min(lo, v), math.Max(hi, v)
	}
	pad := (plotR - plotL) * 0.06
	return func(n int64) float64 {
		if hi-lo < 1e-9 {
			return (plotL + plotR) / 2
		}
		v := math.Log(float64(max(n, 1)))
		return plotL + pad + (v-lo)/(hi-lo)*(plotR-plotL-2*pad)
	}
}

func modeLabel(m generate.Mode) string {
	switch m {
	case generate.RAG:
		return "RAG"
	case generate.Bare:
		return "Bare"
	}
	return string(m)
}
