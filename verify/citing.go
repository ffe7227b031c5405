package verify

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/generate"
)

// Cite turns a generator's output into the answer text and its citations.
//
// For marker-based output (no Copies) it parses the [n] markers (see
// ParseMarkers), removes those that point to no source in sources (matched
// by Source.N) and reports their numbers in removed, and renumbers the rest
// 1, 2, ... in order of first use, written as "[1][2]". Each Citation quotes
// the whole passage and carries the source's span.
//
// For copy-based output (Output.Copies, from the lossy model) the text has
// no markers of its own: each citation is one run of copied bytes, its Quote
// those exact bytes and its Span their exact sub-span, resolved with loc
// when it is not nil (line and page precise) and otherwise derived from the
// passage span (exact for text-like formats, the passage's lines or pages
// for others). The markers of the copies a sentence contains are inserted
// at the end of that sentence, before its final ".", "!", "?" or "…", as in
// "born in 1867 [1].". Copies of bytes with no letter or digit are not
// cited; copies pointing at unknown sources are reported in removed.
func Cite(out generate.Output, sources []generate.Source, loc Locator) (text string, cites []Citation, removed []int) {
	if len(out.Copies) > 0 {
		return citeCopies(out, sources, loc)
	}
	return citeMarkers(out.Text, sources)
}

// numbering hands out citation numbers in order of first use.
type numbering struct {
	next    map[string]int
	cites   []Citation
	removed []int
}

func newNumbering() *numbering { return &numbering{next: map[string]int{}} }

// number returns the citation number for key, adding c (with N filled in)
// the first time.
func (nb *numbering) number(key string, c Citation) int {
	if n, ok := nb.next[key]; ok {
		return n
	}
	c.N = len(nb.cites) + 1
	nb.next[key] = c.N
	nb.cites = append(nb.cites, c)
	return c.N
}

func (nb *numbering) remove(n int) {
	if !slices.Contains(nb.removed, n) {
		nb.removed = append(nb.removed, n)
	}
}

func sourcesByN(sources []generate.Source) map[int]generate.Source {
	m := make(map[int]generate.Source, len(sources))
	for _, s := range sources {
		m[s.N] = s
	}
	return m
}

// markerText renders numbers as "[1][2]".
func markerText(ns []int) string {
	var sb strings.Builder
	for _, n := range ns {
		sb.WriteString("[" + strconv.Itoa(n) + "]")
	}
	return sb.String()
}

// citeMarkers renumbers the markers of text. Removing a marker can join
// the text around it into a new one ("[[9]1]" becomes "[1]"), so it runs
// again over its own output, with the citations as sources, until nothing
// more is removed; only the first pass's removals are reported.
func citeMarkers(text string, sources []generate.Source) (string, []Citation, []int) {
	out, cites, removed := citeMarkersOnce(text, sources)
	for again := removed; len(again) > 0; {
		srcs := make([]generate.Source, len(cites))
		for i, c := range cites {
			srcs[i] = generate.Source{N: c.N, Passage: corpus.Passage{ID: c.PassageID, Text: c.Quote}, Span: c.Span}
		}
		out, cites, again = citeMarkersOnce(out, srcs)
	}
	return out, cites, removed
}

func citeMarkersOnce(text string, sources []generate.Source) (string, []Citation, []int) {
	byN := sourcesByN(sources)
	nb := newNumbering()
	var sb strings.Builder
	last := 0
	for _, g := range groupMarkers(text, ParseMarkers(text)) {
		var ns []int
		for _, m := range g {
			for _, n := range m.Ns {
				src, ok := byN[n]
				if !ok {
					nb.remove(n)
					continue
				}
				c := Citation{PassageID: src.Passage.ID, Span: src.Span, Quote: src.Passage.Text}
				if k := nb.number("n"+strconv.Itoa(n), c); !slices.Contains(ns, k) {
					ns = append(ns, k)
				}
			}
		}
		start, end := g[0].Start, g[len(g)-1].End
		if len(ns) == 0 {
			for start > last && (text[start-1] == ' ' || text[start-1] == '\t') {
				start--
			}
		}
		slices.Sort(ns)
		sb.WriteString(text[last:start])
		sb.WriteString(markerText(ns))
		last = end
	}
	sb.WriteString(text[last:])
	return sb.String(), nb.cites, nb.removed
}

// groupMarkers groups markers separated by nothing but spaces, as in
// "[1] [3]".
func groupMarkers(text string, ms []Marker) [][]Marker {
	var groups [][]Marker
	for i, m := range ms {
		if i > 0 && strings.TrimLeft(text[ms[i-1].End:m.Start], " \t") == "" {
			g := &groups[len(groups)-1]
			*g = append(*g, m)
			continue
		}
		groups = append(groups, []Marker{m})
	}
	return groups
}

func citeCopies(out generate.Output, sources []generate.Source, loc Locator) (string, []Citation, []int) {
	text := out.Text
	byN := sourcesByN(sources)
	nb := newNumbering()
	copies := validCopies(out, byN, nb)
	nums := make([]int, len(copies))
	for i, c := range copies {
		src := byN[c.N]
		cit := Citation{PassageID: src.Passage.ID, Quote: src.Passage.Text[c.PStart:c.PEnd], Span: SubSpan(src, c.PStart, c.PEnd, loc)}
		nums[i] = nb.number(strconv.Itoa(c.N)+":"+strconv.Itoa(c.PStart)+":"+strconv.Itoa(c.PEnd), cit)
	}
	var sb strings.Builder
	last := 0
	for _, se := range copySentences(text, copies) {
		var ns []int
		for i, c := range copies {
			if c.Start < se[1] && c.End > se[0] && !slices.Contains(ns, nums[i]) {
				ns = append(ns, nums[i])
			}
		}
		if len(ns) == 0 {
			continue
		}
		at := insertionPoint(text, se[0], se[1])
		sb.WriteString(text[last:at])
		sb.WriteString(" " + markerText(ns))
		last = at
	}
	sb.WriteString(text[last:])
	return sb.String(), nb.cites, nb.removed
}

// copySentences is Sentences(text) with the sentences joined whose
// boundary falls inside one copy: a copied unit (a wrapped paragraph's
// sentence, a record line) gets one marker at its end, not one per line.
func copySentences(text string, copies []generate.Copy) [][2]int {
	var out [][2]int
	for _, se := range Sentences(text) {
		if n := len(out); n > 0 {
			for _, c := range copies {
				if c.Start < se[0] && c.End > out[n-1][1] {
					out[n-1][1] = se[1]
					se[0] = -1
					break
				}
			}
		}
		if se[0] >= 0 {
			out = append(out, se)
		}
	}
	return out
}

// validCopies keeps the copies that point into a known source and cover a
// letter or digit, merged where they continue each other, sorted by Start.
func validCopies(out generate.Output, byN map[int]generate.Source, nb *numbering) []generate.Copy {
	var cs []generate.Copy
	for _, c := range out.Copies {
		src, ok := byN[c.N]
		if !ok {
			nb.remove(c.N)
			continue
		}
		if c.Start < 0 || c.End > len(out.Text) || c.Start >= c.End ||
			c.PStart < 0 || c.PEnd > len(src.Passage.Text) || c.PStart >= c.PEnd ||
			(!hasAlnum(out.Text[c.Start:c.End]) && !wholeText(out.Text, c)) {
			continue
		}
		cs = append(cs, c)
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].Start < cs[j].Start })
	var merged []generate.Copy
	for _, c := range cs {
		if k := len(merged) - 1; k >= 0 && continues(merged[k], c, out.Text, byN[c.N].Passage.Text) {
			merged[k].End, merged[k].PEnd = c.End, c.PEnd
			continue
		}
		merged = append(merged, c)
	}
	return merged
}

// continues reports whether c carries on copy a: same source, and nothing
// but whitespace between them in both the answer and the passage.
func continues(a, c generate.Copy, text, passage string) bool {
	return a.N == c.N && c.Start >= a.End && c.PStart >= a.PEnd &&
		strings.TrimSpace(text[a.End:c.Start]) == "" &&
		strings.TrimSpace(passage[a.PEnd:c.PStart]) == ""
}

func hasAlnum(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// wholeText reports whether copy c is all of text but white space: an
// answer that is one copied value, cited whatever its characters (a
// manual's default "/." for a delimiter setting), where a copied full stop
// or bracket inside a longer answer is not.
func wholeText(text string, c generate.Copy) bool {
	return strings.TrimSpace(text[:c.Start]) == "" && strings.TrimSpace(text[c.End:]) == ""
}

// insertionPoint is where a sentence's markers go: before its final run of
// sentence punctuation, else at its end (also when nothing but punctuation
// precedes that run: "/." is a value, not the sentence "/").
func insertionPoint(text string, start, end int) int {
	at := end
	for at > start {
		r, size := lastRune(text[start:at])
		if !strings.ContainsRune(".!?…。！？", r) {
			break
		}
		at -= size
	}
	if !hasAlnum(text[start:at]) {
		return end
	}
	return at
}

// SubSpan is the exact span of passage-relative bytes [pstart, pend) of
// src. With a Locator it asks the document's source map (lines and pages
// exact); without one it derives the span from src.Span: exact offsets and
// lines for text-like formats, the passage's source range, lines and pages
// otherwise.
func SubSpan(src generate.Source, pstart, pend int, loc Locator) corpus.Span {
	start, end := src.Passage.Start+pstart, src.Passage.Start+pend
	if loc != nil {
		if sp, err := loc.Locate(src.Passage.DocID, start, end); err == nil {
			if sp.Path == "" {
				sp.Path = src.Span.Path
			}
			return sp
		}
	}
	sp := src.Span
	sp.Start, sp.End = start, end
	if !src.Passage.Format.TextLike() || pend > len(src.Passage.Text) {
		return sp
	}
	if src.Span.SrcStart >= 0 {
		sp.SrcStart = src.Span.SrcStart + int64(pstart)
		sp.SrcEnd = sp.SrcStart + int64(pend-pstart)
	}
	if src.Span.LineStart > 0 {
		text := src.Passage.Text
		sp.LineStart = src.Span.LineStart + strings.Count(text[:pstart], "\n")
		sp.LineEnd = sp.LineStart + strings.Count(text[pstart:max(pstart, pend-1)], "\n")
	}
	return sp
}
