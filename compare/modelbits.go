package compare

import (
	"cmp"
	"fmt"
	"io"
	"maps"
	"slices"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/verbatim-rag/verbatim/bytesize"
	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/generate"
	"github.com/verbatim-rag/verbatim/generate/lossy"
)

// ModelBits is what the built-in model holds at one budget: bits per byte
// of the corpus under the model, in all, per token class and per document
// format, beside gzip's (lossy.Bits), and the share of the question set's
// facts it still holds (see FactsHeld).
type ModelBits struct {
	lossy.Bits
	FactsHeld Ratio        `json:"facts_held"`
	Groups    []GroupRatio `json:"facts_held_by_group,omitempty"`
}

// GroupRatio is a figure for one group of questions.
type GroupRatio struct {
	Group string `json:"group"`
	Ratio Ratio  `json:"ratio"`
}

// GroupSummary holds every mode's figures for one group of questions (see
// Options.Group).
type GroupSummary struct {
	Group     string        `json:"group"`
	Questions int           `json:"questions"`
	Modes     []ModeSummary `json:"modes"`
}

// Summary returns the figures of mode m for this group, and false when m
// was not run.
func (g GroupSummary) Summary(m generate.Mode) (ModeSummary, bool) {
	return modeSummary(g.Modes, m)
}

// summarizeGroups computes every mode's figures per group; nil without a
// grouping.
func summarizeGroups(recs []Record, modes []generate.Mode, ks []int, group func(string) string) []GroupSummary {
	if group == nil {
		return nil
	}
	by := map[string][]Record{}
	for _, rec := range recs {
		g := group(rec.Source)
		by[g] = append(by[g], rec)
	}
	names := slices.Sorted(maps.Keys(by))
	out := make([]GroupSummary, 0, len(names))
	for _, g := range names {
		s := GroupSummary{Group: g, Questions: len(by[g])}
		for _, m := range modes {
			s.Modes = append(s.Modes, summarize(by[g], m, ks))
		}
		out = append(out, s)
	}
	return out
}

// PriorityGroups names a question's group by the model.priority glob that
// matches the stored document its source names (the first of paths that
// ends with the source), "(other)" when none does. match returns the glob
// of a path, "" for none.
func PriorityGroups(paths []string, match func(path string) string) func(source string) string {
	return func(source string) string {
		for _, p := range paths {
			if source != "" && pathHasSuffix(p, source) {
				if g := match(p); g != "" {
					return g
				}
				break
			}
		}
		return OtherGroup
	}
}

// OtherGroup is the group of questions no priority glob matches.
const OtherGroup = "(other)"

// Holder reports whether a model holds the fact text[start:end] (see
// lossy.Model.Holds).
type Holder func(text string, start, end int) bool

// FactsHeld is the share of the answerable questions' facts the model
// holds where the corpus states them: for each question, the first
// passage of its source (of any document when the source is not stored)
// that contains a gold answer, matched case-insensitively, is asked
// whether the model predicts the answer's tokens from the words before
// them. Questions whose answer no passage contains are left out. group,
// when not nil, also splits the figure by group.
func FactsHeld(questions []Question, passages []corpus.Passage, holds Holder, group func(string) string) (Ratio, []GroupRatio) {
	var all Ratio
	by := map[string]*Ratio{}
	for _, q := range questions {
		text, start, end, ok := locate(q, passages)
		if !ok {
			continue
		}
		held := holds(text, start, end)
		all.add(held)
		if group != nil {
			g := group(q.Source)
			if by[g] == nil {
				by[g] = &Ratio{}
			}
			by[g].add(held)
		}
	}
	var groups []GroupRatio
	for g, r := range by {
		groups = append(groups, GroupRatio{Group: g, Ratio: *r})
	}
	sort.Slice(groups, func(i, j int) bool { return groups[i].Group < groups[j].Group })
	return all, groups
}

// locate finds where the corpus states q's answer: in its source's
// passages first, then in any.
func locate(q Question, passages []corpus.Passage) (string, int, int, bool) {
	if !q.Answerable() {
		return "", 0, 0, false
	}
	for _, fromSource := range []bool{true, false} {
		if fromSource && q.Source == "" {
			continue
		}
		for _, p := range passages {
			if fromSource && !pathHasSuffix(p.Path, q.Source) {
				continue
			}
			for _, a := range q.Answers {
				if i := indexFold(p.Text, a); i >= 0 {
					return p.Text, i, i + len(a), true
				}
			}
		}
	}
	return "", 0, 0, false
}

// indexFold is strings.Index ignoring case where lower-casing keeps byte
// offsets (ASCII and most text); -1 when a is absent or blank.
func indexFold(s, a string) int {
	if strings.TrimSpace(a) == "" {
		return -1
	}
	if i := strings.Index(s, a); i >= 0 {
		return i
	}
	ls, la := strings.ToLower(s), strings.ToLower(a)
	if len(ls) != len(s) || len(la) != len(a) {
		return -1
	}
	return strings.Index(ls, la)
}

// writeModelBits writes, per sweep budget, the model's bits per byte in
// all and per token class beside gzip's and the facts it holds, then which
// classes lost the most bits from the largest budget to the smallest.
func (r *Report) writeModelBits(w io.Writer) {
	var pts []SweepPoint
	for _, p := range r.Sweep {
		if p.Model != nil {
			pts = append(pts, p)
		}
	}
	if len(pts) == 0 {
		return
	}
	classes := pts[0].Model.Classes
	fmt.Fprintln(w, "Bits per byte of the corpus under the model, by token class; facts held: question facts the model predicts where the corpus states them")
	head := []string{"Budget", "Model size", "all", "gzip", "facts held"}
	for _, c := range classes {
		head = append(head, c.Name)
	}
	fmt.Fprintln(w, strings.Join(head, "\t"))
	for _, p := range pts {
		m := p.Model
		cells := []string{bytesize.Format(p.Budget), bytesize.Format(p.ModelBytes),
			formatFloat(m.BitsPerByte, 2), formatFloat(m.GzipBitsPerByte, 2), ratioCell(m.FactsHeld)}
		for _, c := range m.Classes {
			cells = append(cells, formatFloat(c.BitsPerByte, 2))
		}
		fmt.Fprintln(w, strings.Join(cells, "\t"))
	}
	cells := []string{"gzip alone", "", "", "", ""}
	for _, c := range classes {
		cells = append(cells, formatFloat(c.GzipBitsPerByte, 2))
	}
	fmt.Fprintln(w, strings.Join(cells, "\t"))
	cells = []string{"share of bytes", "", "", "", ""}
	for _, c := range classes {
		cells = append(cells, formatPercent(c.Share))
	}
	fmt.Fprintln(w, strings.Join(cells, "\t"))
	fmt.Fprintln(w)
	if lost := LostFirst(pts); len(lost) > 0 {
		fmt.Fprintf(w, "Lost first as the budget shrinks (bits/byte added from %s to %s): %s\n\n",
			bytesize.Format(maxBudget(pts).Budget), bytesize.Format(minBudget(pts).Budget), strings.Join(lost, ", "))
	}
	r.writeFormatBits(w, pts)
}

// writeFormatBits writes bits per byte per document format and budget.
func (r *Report) writeFormatBits(w io.Writer, pts []SweepPoint) {
	formats := pts[0].Model.Formats
	if len(formats) < 2 {
		return
	}
	head := []string{"Bits/byte by format"}
	for _, p := range pts {
		head = append(head, bytesize.Format(p.Budget))
	}
	fmt.Fprintln(w, strings.Join(append(head, "gzip", "share"), "\t"))
	for _, f := range formats {
		cells := []string{f.Name}
		for _, p := range pts {
			cells = append(cells, formatFloat(groupBits(p.Model.Formats, f.Name), 2))
		}
		fmt.Fprintln(w, strings.Join(append(cells, formatFloat(f.GzipBitsPerByte, 2), formatPercent(f.Share)), "\t"))
	}
	fmt.Fprintln(w)
}

func groupBits(gs []lossy.GroupBits, name string) float64 {
	for _, g := range gs {
		if g.Name == name {
			return g.BitsPerByte
		}
	}
	return 0
}

func maxBudget(pts []SweepPoint) SweepPoint {
	return slices.MaxFunc(pts, func(a, b SweepPoint) int { return cmp.Compare(a.Budget, b.Budget) })
}

func minBudget(pts []SweepPoint) SweepPoint {
	return slices.MinFunc(pts, func(a, b SweepPoint) int { return cmp.Compare(a.Budget, b.Budget) })
}

// LostFirst ranks the token classes by the bits per byte they gain from
// the largest measured budget to the smallest, most first, as
// "number +3.12": the kinds of text the model forgets first. It is empty
// with fewer than two measured budgets.
func LostFirst(points []SweepPoint) []string {
	var pts []SweepPoint
	for _, p := range points {
		if p.Model != nil {
			pts = append(pts, p)
		}
	}
	if len(pts) < 2 {
		return nil
	}
	hi, lo := maxBudget(pts).Model, minBudget(pts).Model
	type rise struct {
		name string
		d    float64
	}
	var rs []rise
	for _, c := range lo.Classes {
		if c.Bytes == 0 {
			continue
		}
		rs = append(rs, rise{c.Name, c.BitsPerByte - groupBits(hi.Classes, c.Name)})
	}
	sort.SliceStable(rs, func(i, j int) bool { return rs[i].d > rs[j].d })
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = fmt.Sprintf("%s %+.2f", r.name, r.d)
	}
	return out
}

// writeGroups writes bare accuracy per group: at the configured model,
// then at each sweep budget, with the facts the model holds per group.
func (r *Report) writeGroups(w io.Writer) {
	if len(r.Groups) == 0 {
		return
	}
	head := []string{"Group", "Questions"}
	for _, m := range r.Settings.Modes {
		head = append(head, strings.ToUpper(string(m))+" accuracy (configured model)")
	}
	for _, p := range r.Sweep {
		head = append(head, "bare "+bytesize.Format(p.Budget))
		if p.Model != nil {
			head = append(head, "held "+bytesize.Format(p.Budget))
		}
	}
	fmt.Fprintln(w, strings.Join(head, "\t"))
	for _, g := range r.Groups {
		cells := []string{g.Group, fmt.Sprint(g.Questions)}
		for _, m := range r.Settings.Modes {
			s, _ := g.Summary(m)
			cells = append(cells, ratioCell(s.Accuracy))
		}
		for _, p := range r.Sweep {
			var acc Ratio
			for _, pg := range p.Groups {
				if pg.Group == g.Group {
					s, _ := pg.Summary(generate.Bare)
					acc = s.Accuracy
				}
			}
			cells = append(cells, ratioCell(acc))
			if p.Model != nil {
				var held Ratio
				for _, h := range p.Model.Groups {
					if h.Group == g.Group {
						held = h.Ratio
					}
				}
				cells = append(cells, ratioCell(held))
			}
		}
		fmt.Fprintln(w, strings.Join(cells, "\t"))
	}
	fmt.Fprintln(w)
}

// bitsText renders writeModelBits and writeGroups as aligned text, ""
// when there is nothing to show.
func (r *Report) bitsText() string {
	var b strings.Builder
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	r.writeModelBits(tw)
	r.writeGroups(tw)
	_ = tw.Flush() // a strings.Builder does not fail
	return strings.TrimSpace(b.String())
}
