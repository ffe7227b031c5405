package retrieve

import (
	"context"
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/verbatim-rag/verbatim/english"
)

// maxJoined is how many passages of other tables a join adds (see
// withJoined): one per table, and few tables key their rows by one code.
const maxJoined = 3

// withJoined adds the rows of other tables keyed by the code of the
// question's record. Tables split one record by its code: tzdata's
// iso3166.tab names a country ("MW<tab>Malawi") and zone.tab gives its
// zone by the code alone ("MW<tab>-1547+03500<tab>Africa/Blantyre"), so
// "which time zone does Malawi use?" finds the first table by its name
// and never the second, whose row holds no word of the question but a
// code. A hit that holds every name of the question and has such a key
// row (see keyRows) names the code; the passages of other documents whose
// rows are keyed by it (first cell, alone or in a comma list:
// "MZ,BI,BW,CD,MW<tab>…") follow the hits that hold every name, one per
// document, maxJoined at most, and the hits keep k at most.
func (r *Retriever) withJoined(ctx context.Context, t tier, rest queryTerms, loc bool, hits []Hit) ([]Hit, error) {
	codes, from := keyRows(t.qt, hits)
	if len(codes) == 0 {
		return hits, nil
	}
	have := map[string]bool{}
	for _, h := range hits {
		have[h.Passage.ID] = true
	}
	var add []Hit
	for _, code := range codes {
		terms := Terms(code)
		if len(terms) != 1 {
			continue
		}
		ms, err := r.search(ctx, joinQuery(t, rest, r.cfg.Fuzzy, terms[0]), t.q.Text, t.k, loc)
		if err != nil {
			return hits, err
		}
		found, err := r.hits(ms, nil, t.qt, t.w, t.hl)
		if err != nil {
			return hits, err
		}
		for _, h := range found {
			if len(add) == maxJoined {
				break
			}
			if have[h.Passage.ID] || from[h.Passage.DocID] || !keyedBy(h.Passage.Text, code) {
				continue
			}
			have[h.Passage.ID], from[h.Passage.DocID] = true, true
			add = append(add, h)
		}
	}
	if len(add) == 0 {
		return hits, nil
	}
	n := 0 // the hits that hold every name come first (see namesFirst)
	for n < len(hits) && hits[n].NameCoverage >= 1-1e-9 {
		n++
	}
	out := append(slices.Clone(hits[:n]), add...)
	return mergeHits(out, hits[n:], t.k), nil
}

// keyRows returns the codes that key the question's record in a table
// of the hits that hold every name of the question, and the documents
// whose rows they are. A key row is a line of cells split by tabs whose
// first cell is a code (english.IsCodeName) and whose other cells either
// say nothing but words of the question, a name among them ("NE<tab>Niger"
// for "which zone is used for Niger?"), or follow a code the question
// gives as a name ("BO<tab>Bolivia" for "the tz zone for country code
// BO").
func keyRows(qt queryTerms, hits []Hit) ([]string, map[string]bool) {
	var codes []string
	from := map[string]bool{}
	for _, h := range hits {
		if h.NameCoverage < 1-1e-9 {
			continue
		}
		for line := range strings.Lines(h.Passage.Text) {
			cells := strings.Split(strings.TrimRight(line, "\r\n"), "\t")
			code := cells[0]
			if len(cells) < 2 || !english.IsCodeName(code) || slices.Contains(codes, code) {
				continue
			}
			ct, rest := Terms(code), Terms(strings.Join(cells[1:], " "))
			if len(ct) != 1 || len(rest) == 0 {
				continue
			}
			given := slices.Contains(qt.names, ct[0])
			said := !given && !slices.ContainsFunc(rest, func(t string) bool { return !slices.Contains(qt.all, t) }) &&
				slices.ContainsFunc(rest, func(t string) bool { return slices.Contains(qt.names, t) })
			if given || said {
				codes = append(codes, code)
				from[h.Passage.DocID] = true
			}
		}
	}
	return codes, from
}

// keyedBy reports whether a line of text opens with code as its first
// cell, alone or in a comma list, before a tab.
func keyedBy(text, code string) bool {
	for line := range strings.Lines(text) {
		first, _, ok := strings.Cut(line, "\t")
		if ok && slices.Contains(strings.Split(first, ","), code) {
			return true
		}
	}
	return false
}

// joinQuery finds the passages that hold code, ranked by the question's
// words, which a row keyed by the code need not hold.
func joinQuery(t tier, rest queryTerms, fuzzy bool, code string) query.Query {
	top := bleve.NewBooleanQuery()
	top.AddMust(termQuery(code, false))
	if main := textQuery(t.p, rest, fuzzy); main != nil {
		top.AddShould(main)
	}
	if f := filters(t.q, t.docs.termFilter()); f != nil {
		top.AddFilter(f)
	}
	return t.docs.wrap(top)
}
