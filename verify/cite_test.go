package verify

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/generate"
)

// testSource makes source n for a text-like document whose passage text
// starts at byte start of line line.
func testSource(n int, id, path, text string, start, line int) generate.Source {
	p := corpus.Passage{ID: id, DocID: strings.Split(id, "-")[0], Path: path, Format: corpus.Markdown,
		Start: start, End: start + len(text), Text: text}
	sp := corpus.Span{Path: path, Start: start, End: start + len(text), SrcStart: int64(start),
		SrcEnd: int64(start + len(text)), LineStart: line, LineEnd: line + strings.Count(text, "\n")}
	return generate.Source{N: n, Passage: p, Span: sp}
}

func testSources() []generate.Source {
	return []generate.Source{
		testSource(1, "d1-0", "curie.md", "Marie Curie was born in Warsaw on 7 November 1867.", 100, 5),
		testSource(2, "d2-3", "prize.md", "In 1903 the Nobel Prize in Physics went to\nPierre Curie and Marie Curie.\nThe prize was 1,200 francs.", 40, 2),
		testSource(3, "d3-1", "paris.md", "She moved to Paris in 1891.", 0, 1),
	}
}

var citeMarkerTests = []struct {
	name     string
	text     string
	want     string
	wantIDs  []string // passage ids of citations 1..n
	wantGone []int
}{
	{"sequential already", "A [1]. B [2].", "A [1]. B [2].", []string{"d1-0", "d2-3"}, nil},
	{"renumber first use", "A [3]. B [1]. C [3].", "A [1]. B [2]. C [1].", []string{"d3-1", "d1-0"}, nil},
	{"out of range removed", "A [7]. B [2].", "A. B [1].", []string{"d2-3"}, []int{7}},
	{"partly out of range", "A [2, 9].", "A [1].", []string{"d2-3"}, []int{9}},
	{"list and range", "A [3, 1-2].", "A [1][2][3].", []string{"d3-1", "d1-0", "d2-3"}, nil},
	{"adjacent merged", "A [2] [2][1].", "A [1][2].", []string{"d2-3", "d1-0"}, nil},
	{"variants", "A 【2】. B [Passage 3]. C [^1].", "A [1]. B [2]. C [3].", []string{"d2-3", "d3-1", "d1-0"}, nil},
	{"no markers", "Plain text.", "Plain text.", nil, nil},
	{"removed twice reported once", "A [0]. B [0][4].", "A. B.", nil, []int{0, 4}},
}

func TestCiteMarkers(t *testing.T) {
	srcs := testSources()
	for _, tt := range citeMarkerTests {
		t.Run(tt.name, func(t *testing.T) {
			text, cites, removed := Cite(generate.Output{Text: tt.text}, srcs, nil)
			assert.Equal(t, tt.want, text)
			assert.Equal(t, tt.wantGone, removed)
			var ids []string
			for i, c := range cites {
				assert.Equal(t, i+1, c.N)
				ids = append(ids, c.PassageID)
				src := findSource(srcs, c.PassageID)
				assert.Equal(t, src.Passage.Text, c.Quote)
				assert.Equal(t, src.Span, c.Span)
			}
			assert.Equal(t, tt.wantIDs, ids)
		})
	}
}

func findSource(srcs []generate.Source, id string) generate.Source {
	for _, s := range srcs {
		if s.Passage.ID == id {
			return s
		}
	}
	return generate.Source{}
}

func TestCiteCopies(t *testing.T) {
	srcs := testSources()
	p2 := srcs[1].Passage.Text
	text := "She was born in Warsaw. She shared the prize with Pierre Curie and Marie Curie in 1903!"
	warsaw := strings.Index(text, "Warsaw")
	pierre := strings.Index(text, "Pierre Curie")
	y1903 := strings.Index(text, "1903")
	out := generate.Output{Text: text, Copies: []generate.Copy{
		{Start: warsaw, End: warsaw + 6, N: 1, PStart: 24, PEnd: 30},
		// two copies that continue each other, across the passage's line break
		{Start: pierre, End: pierre + 12, N: 2, PStart: strings.Index(p2, "Pierre"), PEnd: strings.Index(p2, "Pierre") + 12},
		{Start: pierre + 13, End: pierre + 28, N: 2, PStart: strings.Index(p2, "and Marie"), PEnd: strings.Index(p2, "and Marie") + 15},
		{Start: y1903, End: y1903 + 4, N: 2, PStart: 3, PEnd: 7},
		{Start: 0, End: 1, N: 9, PStart: 0, PEnd: 1},                       // unknown source
		{Start: len(text) - 1, End: len(text), N: 3, PStart: 26, PEnd: 27}, // "!" from ".": no alnum, not cited
	}}
	got, cites, removed := Cite(out, srcs, nil)
	assert.Equal(t, "She was born in Warsaw [1]. She shared the prize with Pierre Curie and Marie Curie in 1903 [2][3]!", got)
	assert.Equal(t, []int{9}, removed)
	require.Len(t, cites, 3)
	assert.Equal(t, "Warsaw", cites[0].Quote)
	assert.Equal(t, "Pierre Curie and Marie Curie", cites[1].Quote)
	assert.Equal(t, "1903", cites[2].Quote)
	// exact sub-spans: offsets in the extracted text and lines of the file
	assert.Equal(t, 124, cites[0].Span.Start)
	assert.Equal(t, 130, cites[0].Span.End)
	assert.Equal(t, int64(124), cites[0].Span.SrcStart)
	assert.Equal(t, 5, cites[0].Span.LineStart)
	assert.Equal(t, 5, cites[0].Span.LineEnd)
	assert.Equal(t, 3, cites[1].Span.LineStart, "Pierre is on the passage's second line")
	assert.Equal(t, 3, cites[1].Span.LineEnd)
	assert.Equal(t, "prize.md:3", cites[1].Span.String())
	for _, c := range cites {
		assert.Equal(t, c.Quote, fileText(srcs)[c.Span.Path][c.Span.Start:c.Span.End])
	}
}

// fileText rebuilds each test document's extracted text from its passage.
func fileText(srcs []generate.Source) map[string]string {
	m := map[string]string{}
	for _, s := range srcs {
		m[s.Span.Path] = strings.Repeat(" ", s.Passage.Start) + s.Passage.Text
	}
	return m
}

type fakeLocator struct{ calls int }

func (l *fakeLocator) Locate(docID string, start, end int) (corpus.Span, error) {
	l.calls++
	if docID == "fail" {
		return corpus.Span{}, errors.New("no such document")
	}
	return corpus.Span{Start: start, End: end, PageStart: 4, PageEnd: 4}, nil
}

func TestCiteCopiesLocator(t *testing.T) {
	src := testSource(1, "d1-0", "curie.pdf", "Born in Warsaw.", 10, 0)
	src.Passage.Format = corpus.PDF
	out := generate.Output{Text: "Warsaw", Copies: []generate.Copy{{Start: 0, End: 6, N: 1, PStart: 8, PEnd: 14}}}
	loc := &fakeLocator{}
	_, cites, _ := Cite(out, []generate.Source{src}, loc)
	require.Len(t, cites, 1)
	assert.Equal(t, 1, loc.calls)
	assert.Equal(t, "curie.pdf:p4", cites[0].Span.String(), "path filled from the source")
	assert.Equal(t, 18, cites[0].Span.Start)

	src.Passage.DocID = "fail"
	_, cites, _ = Cite(out, []generate.Source{src}, loc)
	assert.Equal(t, 18, cites[0].Span.Start, "falls back to the passage span")
	assert.Equal(t, src.Span.SrcStart, cites[0].Span.SrcStart, "non text-like: the passage's source range")
}

// TestCiteCopiesOfPunctuation: an answer that is one copied value of
// punctuation only (Mutt's sidebar_delim_chars default, "/.") is cited,
// its marker after the whole value; a copied full stop inside a longer
// answer is not (see TestCiteCopies).
func TestCiteCopiesOfPunctuation(t *testing.T) {
	src := testSource(1, "d9-2", "manual.txt", "│sidebar_delim_chars │string │/.    │", 0, 6499)
	at := strings.Index(src.Passage.Text, "/.")
	for _, text := range []string{"/.", " /.\n"} {
		lead := strings.Index(text, "/")
		out := generate.Output{Text: text, Copies: []generate.Copy{{Start: lead, End: lead + 2, N: 1, PStart: at, PEnd: at + 2}}}
		got, cites, _ := Cite(out, []generate.Source{src}, nil)
		require.Len(t, cites, 1, "%q", text)
		assert.Equal(t, "/.", cites[0].Quote)
		assert.Equal(t, strings.TrimRight(text, "\n")+" [1]"+text[len(strings.TrimRight(text, "\n")):], got)
	}
	for _, tc := range []struct {
		text string
		at   int
	}{
		{"It is long.", 10},
		{"/.", 2},
		{"...", 3},
		{"Why? Because!", 12},
	} {
		assert.Equal(t, tc.at, insertionPoint(tc.text, 0, len(tc.text)), tc.text)
	}
}

func TestCiteCopiesInvalidIgnored(t *testing.T) {
	srcs := testSources()
	out := generate.Output{Text: "short", Copies: []generate.Copy{
		{Start: 0, End: 99, N: 1, PStart: 0, PEnd: 5},
		{Start: 0, End: 5, N: 1, PStart: 0, PEnd: 999},
		{Start: 3, End: 2, N: 1, PStart: 0, PEnd: 5},
	}}
	text, cites, removed := Cite(out, srcs, nil)
	assert.Equal(t, "short", text)
	assert.Empty(t, cites)
	assert.Empty(t, removed)
}
