package compare

import (
	"context"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/generate"
	"github.com/verbatim-rag/verbatim/rag"
	"github.com/verbatim-rag/verbatim/verify"
)

// This file builds a toy pipeline over testdata/entries for the tests that
// need a whole, realistic report: an extractive "RAG" asker that retrieves
// paragraphs by weighted word overlap and answers with the best sentence,
// and a "bare" asker that knows only the corpus's most common answer of
// each kind. Neither stands in for the real pipeline's quality.

type toyPassage struct {
	path, title, text string
	line, endLine     int
	toks              map[string]bool
}

func loadToyPassages(t testing.TB, dir string) []toyPassage {
	files, err := filepath.Glob(filepath.Join(dir, "*.md"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	var ps []toyPassage
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		lines := strings.Split(string(b), "\n")
		title := strings.TrimPrefix(lines[0], "# ")
		start := -1
		for i := 1; i <= len(lines); i++ {
			blank := i == len(lines) || strings.TrimSpace(lines[i]) == ""
			if !blank && start < 0 {
				start = i
			}
			if blank && start >= 0 {
				text := strings.Join(lines[start:i], "\n")
				toks := map[string]bool{}
				for _, w := range strings.Fields(Normalize(title + " " + text)) {
					toks[w] = true
				}
				ps = append(ps, toyPassage{path: "/corpus/entries/" + filepath.Base(f), title: title, text: text, line: start + 1, endLine: i, toks: toks})
				start = -1
			}
		}
	}
	return ps
}

var toyStop = map[string]bool{}

func init() {
	for _, w := range strings.Fields("a an the of in on at to is was were did does do how what when which who whom where why many much long large tall high far wide year it its by for from with and or first that this there are be been has have had") {
		toyStop[w] = true
	}
}

type toyRAG struct {
	ps  []toyPassage
	idf map[string]float64
}

func newToyRAG(ps []toyPassage) *toyRAG {
	df := map[string]int{}
	for _, p := range ps {
		for w := range p.toks {
			df[w]++
		}
	}
	idf := map[string]float64{}
	for w, n := range df {
		idf[w] = math.Log(float64(len(ps)+1) / float64(n))
	}
	return &toyRAG{ps: ps, idf: idf}
}

func (r *toyRAG) terms(q string) []string {
	var out []string
	for _, w := range strings.Fields(Normalize(q)) {
		if !toyStop[w] {
			out = append(out, w)
		}
	}
	return out
}

func (r *toyRAG) Ask(_ context.Context, q string, m generate.Mode) (rag.Answer, error) {
	terms := r.terms(q)
	type hit struct {
		i     int
		score float64
	}
	var hits []hit
	total := 0.0
	for _, w := range terms {
		total += r.idf[w]
	}
	for i, p := range r.ps {
		s := 0.0
		for _, w := range terms {
			if p.toks[w] {
				s += r.idf[w]
			}
		}
		hits = append(hits, hit{i, s})
	}
	sort.SliceStable(hits, func(a, b int) bool { return hits[a].score > hits[b].score })
	var a rag.Answer
	for n, h := range hits[:3] {
		p := r.ps[h.i]
		a.Sources = append(a.Sources, generate.Source{N: n + 1, Score: h.score, Passage: corpus.Passage{Path: p.path, Text: p.text},
			Span: corpus.Span{Path: p.path, LineStart: p.line, LineEnd: p.endLine}})
	}
	if hits[0].score < 0.6*total {
		a.Text, a.Abstained = "The documents do not contain the answer.", true
		return a, nil
	}
	best := r.ps[hits[0].i]
	sent := r.bestSentence(best.text, terms)
	a.Text = sent + " [1]"
	a.Citations = []verify.Citation{{N: 1, Quote: sent, Span: corpus.Span{Path: best.path, LineStart: best.line, LineEnd: best.endLine}}}
	a.Checks = []verify.Check{{Sentence: a.Text, Facts: toyFacts(sent), Cites: []int{1}, Supported: true}}
	return a, nil
}

var sentenceRE = regexp.MustCompile(`[^.]+(?:\.\d[^.]*)*\.?`)

func (r *toyRAG) bestSentence(text string, terms []string) string {
	best, bestScore := "", -1.0
	for _, s := range sentenceRE.FindAllString(text, -1) {
		toks := map[string]bool{}
		for _, w := range strings.Fields(Normalize(s)) {
			toks[w] = true
		}
		score := 0.0
		for _, w := range terms {
			if toks[w] {
				score += r.idf[w]
			}
		}
		if score > bestScore {
			best, bestScore = strings.TrimSpace(s), score
		}
	}
	return best
}

var factRE = regexp.MustCompile(`\d[\d,.]*\d|\d`)

func toyFacts(s string) []string { return factRE.FindAllString(s, -1) }

// toyPrior answers from priors only: the most common year, number, name or
// place of the corpus, by the question's first word.
type toyPrior struct{ year, number, name, place string }

func newToyPrior(ps []toyPassage) toyPrior {
	years, nums, names := map[string]int{}, map[string]int{}, map[string]int{}
	nameRE := regexp.MustCompile(`[A-Z][a-z]+ [A-Z][a-z]+`)
	for _, p := range ps {
		for _, f := range factRE.FindAllString(p.text, -1) {
			if len(f) == 4 && f[0] == '1' {
				years[f]++
			} else {
				nums[f]++
			}
		}
		for _, n := range nameRE.FindAllString(p.text, -1) {
			names[n]++
		}
	}
	return toyPrior{year: top(years), number: top(nums), name: top(names), place: "Velmora"}
}

func top(m map[string]int) string {
	best, n := "", -1
	for k, v := range m {
		if v > n || v == n && k < best {
			best, n = k, v
		}
	}
	return best
}

func (p toyPrior) Ask(_ context.Context, q string, _ generate.Mode) (rag.Answer, error) {
	w := strings.ToLower(strings.Fields(q)[0])
	ans := p.place
	switch {
	case w == "when" || strings.Contains(q, "year"):
		ans = "In " + p.year + "."
	case strings.HasPrefix(q, "How"):
		ans = "About " + p.number + "."
	case w == "who" || w == "whom":
		ans = p.name + "."
	}
	return rag.Answer{Text: ans, Unverified: true}, nil
}

// toyAsker routes RAG questions to the toy RAG and bare ones to the prior.
type toyAsker struct {
	rag   *toyRAG
	prior toyPrior
}

func (a toyAsker) Ask(ctx context.Context, q string, m generate.Mode) (rag.Answer, error) {
	if m == generate.RAG {
		return a.rag.Ask(ctx, q, m)
	}
	return a.prior.Ask(ctx, q, m)
}

// entriesReport runs the toy pipeline over the testdata question set.
func entriesReport(t testing.TB) (*Report, *TextCorpus) {
	ps := loadToyPassages(t, "../testdata/entries")
	qs, err := LoadQuestions("../testdata/questions/entries.jsonl")
	require.NoError(t, err)
	raw := make([]string, len(ps))
	for i, p := range ps {
		raw[i] = p.text
	}
	texts := NewTextCorpus(raw)
	asker := toyAsker{rag: newToyRAG(ps), prior: newToyPrior(ps)}
	rep, err := Run(context.Background(), Options{Title: "Reference entries (toy pipeline)", Parallel: 2}, asker, texts, qs)
	require.NoError(t, err)
	return rep, texts
}
