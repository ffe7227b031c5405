package ingest

import (
	"sort"
	"strings"

	"github.com/verbatim-rag/verbatim/corpus"
)

// Passages turns ranges of ex.Text into the passages of doc: IDs
// corpus.PassageID(doc.ID, ord), Text exactly ex.Text[Start:End], and
// Section the heading path ("Install > Linux") in force at the middle of
// the passage.
func Passages(doc corpus.Document, ex corpus.Extraction, ranges []Range) []corpus.Passage {
	secs := append([]corpus.Section(nil), ex.Sections...)
	sort.SliceStable(secs, func(i, j int) bool { return secs[i].Start < secs[j].Start })
	paths := sectionPaths(secs)
	out := make([]corpus.Passage, len(ranges))
	for i, r := range ranges {
		out[i] = corpus.Passage{
			ID:      corpus.PassageID(doc.ID, i),
			DocID:   doc.ID,
			Path:    doc.Path,
			Format:  doc.Format,
			Title:   doc.Title,
			Section: sectionAt(secs, paths, r.Start+(r.End-r.Start)/2),
			Ord:     i,
			Start:   r.Start,
			End:     r.End,
			Text:    ex.Text[r.Start:r.End],
		}
	}
	return out
}

// sectionPaths returns, for each section, the path of titles from the
// top-level heading down to it.
func sectionPaths(secs []corpus.Section) []string {
	paths := make([]string, len(secs))
	var stack []corpus.Section
	for i, s := range secs {
		for len(stack) > 0 && stack[len(stack)-1].Level >= s.Level {
			stack = stack[:len(stack)-1]
		}
		stack = append(stack, s)
		titles := make([]string, len(stack))
		for j, t := range stack {
			titles[j] = t.Title
		}
		paths[i] = strings.Join(titles, " > ")
	}
	return paths
}

// sectionAt returns the path of the last section starting at or before off.
func sectionAt(secs []corpus.Section, paths []string, off int) string {
	i := sort.Search(len(secs), func(i int) bool { return secs[i].Start > off }) - 1
	if i < 0 {
		return ""
	}
	return paths[i]
}
