package retrieve

import (
	"context"
	"path"
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/verbatim-rag/verbatim/english"
)

// maxJoined is how many passages of other tables a join adds (see
// withJoined): one per table, and few tables key their rows by one code;
// maxJoinCodes is how many codes it looks up, and joinK how many passages
// holding a code it reads (a passage may name the code without being
// keyed by it: "IN" in prose).
const (
	maxJoined    = 3
	maxJoinCodes = 3
	joinK        = 32
)

// withJoined adds the rows of other tables keyed by the code of the
// question's record. Tables split one record by its code: tzdata's
// iso3166.tab names a country ("MW<tab>Malawi") and zone.tab gives its
// zone by the code alone ("MW<tab>-1547+03500<tab>Africa/Blantyre"), so
// "which time zone does Malawi use?" finds the first table by its name
// and never the second, whose row holds no word of the question but a
// code. A hit that holds every name of the question and has such a key
// row (see keyRows) names the code; the passages of other documents in
// the key row's folder (a code means one thing within one set of tables:
// "NE" is Niger beside iso3166.tab, Nebraska elsewhere) whose rows are
// keyed by it (first cell, alone or in a comma list: "MZ,BI,BW,CD,MW<tab>…")
// follow the hits that hold every name, one per document, maxJoined at
// most, and the hits keep k at most.
func (r *Retriever) withJoined(ctx context.Context, t tier, rest queryTerms, hits []Hit) ([]Hit, error) {
	n := 0 // the hits that hold every name come first (see namesFirst)
	for n < len(hits) && hits[n].NameCoverage >= 1-1e-9 {
		n++
	}
	if n >= t.k {
		return hits, nil
	}
	keys := keyRows(t.qt, hits)
	if len(keys) == 0 {
		return hits, nil
	}
	have := map[string]bool{}
	from := map[string]bool{}
	for _, h := range hits {
		have[h.Passage.ID] = true
	}
	for _, k := range keys {
		from[k.doc] = true
	}
	var add []Hit
	for _, k := range keys {
		terms := Terms(k.code)
		if len(terms) != 1 {
			continue
		}
		ms, err := r.search(ctx, joinQuery(t, rest, r.cfg.Fuzzy, terms[0]), t.q.Text, max(t.k, joinK), false)
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
			if have[h.Passage.ID] || from[h.Passage.DocID] || path.Dir(h.Passage.Path) != k.dir || !keyedBy(h.Passage.Text, k.code) {
				continue
			}
			have[h.Passage.ID], from[h.Passage.DocID] = true, true
			add = append(add, h)
		}
		if len(add) == maxJoined {
			break
		}
	}
	if len(add) == 0 {
		return hits, nil
	}
	out := append(slices.Clone(hits[:n]), add...)
	return mergeHits(out, hits[n:], t.k), nil
}

// keyRow is a code that keys the question's record in a table, the
// table's document and its folder.
type keyRow struct {
	code, doc, dir string
}

// keyRows returns the codes that key the question's record in a table
// of the hits that hold every name of the question, maxJoinCodes at
// most. A key row is a line of cells split by tabs whose first cell is a
// code (english.IsCodeName) and whose other cells either say nothing but
// words of the question, a name among them ("NE<tab>Niger" for "which
// zone is used for Niger?"), or follow a code the question gives as a
// name ("BO<tab>Bolivia" for "the tz zone for country code BO").
func keyRows(qt queryTerms, hits []Hit) []keyRow {
	var keys []keyRow
	for _, h := range hits {
		if h.NameCoverage < 1-1e-9 {
			continue
		}
		for line := range strings.Lines(h.Passage.Text) {
			code, rest, ok := english.CodeRow(strings.TrimRight(line, "\r\n"))
			if !ok || slices.ContainsFunc(keys, func(k keyRow) bool { return k.code == code }) {
				continue
			}
			ct, rt := Terms(code), Terms(strings.ReplaceAll(rest, "\t", " "))
			if len(ct) != 1 || len(rt) == 0 {
				continue
			}
			given := slices.Contains(qt.names, ct[0])
			said := !given && !slices.ContainsFunc(rt, func(t string) bool { return !slices.Contains(qt.all, t) }) &&
				slices.ContainsFunc(rt, func(t string) bool { return slices.Contains(qt.names, t) })
			if given || said {
				keys = append(keys, keyRow{code: code, doc: h.Passage.DocID, dir: path.Dir(h.Passage.Path)})
				if len(keys) == maxJoinCodes {
					return keys
				}
			}
		}
	}
	return keys
}

// keyedBy reports whether a line of text opens with code as its first
// cell, alone or in a comma list, before a tab.
func keyedBy(text, code string) bool {
	for line := range strings.Lines(text) {
		if english.RowKeyedBy(line, code) {
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
