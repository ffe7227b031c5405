package retrieve

import (
	"context"
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"

	"github.com/verbatim-rag/verbatim/english"
	"github.com/verbatim-rag/verbatim/index"
)

// withNames searches again when none of hits holds every name of the
// question: the same query, restricted to the passages whose text or
// title holds them all. A question's names cannot be paraphrased (see classifyQuery),
// so a passage holding them all is nearer to what is asked than any that
// lacks one, however often it repeats the question's common words: "the
// two-letter code for Italy" is answered by the record that names Italy,
// not by the schema that says "two letter code" five times. The passages
// found come first, then hits, k at most. When some of hits hold every
// name already, they come first (see namesFirst).
func (r *Retriever) withNames(ctx context.Context, p parsed, rest queryTerms, q Query, docs docSet, k int, qt queryTerms,
	w map[string]float64, hl highlighter, loc bool, hits []Hit) ([]Hit, error) {
	if len(qt.names) == 0 {
		return hits, nil
	}
	out, err := r.namedHits(ctx, p, rest, q, docs, k, qt, w, hl, loc, hits)
	if err == nil && len(qt.codes) > 0 {
		out, err = r.wholeCodesFirst(ctx, p, rest, q, docs, k, qt, w, hl, loc, out)
	}
	return formsFirst(out, qt.forms), err
}

// codePool is how many times k passages wholeCodesFirst reads for the
// record that writes a given code whole.
const codePool = 5

// wholeCodesFirst puts first the passages that write every code the
// question gives as a whole code (see writesCode), searched among
// codePool×k passages that hold them, when none of the first hits does:
// "the ISO country code TO" is Tonga's record (`"alpha_2": "TO"`), not
// the subdivision table's, whose many codes "TO-01" … "TO-05" repeat its
// term.
func (r *Retriever) wholeCodesFirst(ctx context.Context, p parsed, rest queryTerms, q Query, docs docSet, k int, qt queryTerms,
	w map[string]float64, hl highlighter, loc bool, hits []Hit) ([]Hit, error) {
	writes := func(h Hit) bool {
		for _, c := range qt.codes {
			if !writesCode(h.Passage.Text, c) {
				return false
			}
		}
		return true
	}
	if slices.ContainsFunc(hits[:min(len(hits), 3)], writes) {
		return hits, nil
	}
	ms, err := r.gated(ctx, p, rest, q, docs, codePool*k, loc, qt.given)
	if err != nil || len(ms) == 0 {
		return hits, err
	}
	found, err := r.hits(ms, nil, qt, w, hl)
	if err != nil {
		return nil, err
	}
	var whole []Hit
	for _, h := range found {
		if writes(h) {
			whole = append(whole, h)
		}
	}
	// The code as the question writes it ("ve", a language's) before
	// another case of it ("VE", a country's).
	slices.SortStableFunc(whole, func(a, b Hit) int {
		return boolRank(writesExactCodes(b, qt.codes)) - boolRank(writesExactCodes(a, qt.codes))
	})
	return mergeHits(whole, hits, k), nil
}

func boolRank(b bool) int {
	if b {
		return 1
	}
	return 0
}

// writesExactCodes reports whether h writes every code of codes whole
// in the case given.
func writesExactCodes(h Hit, codes []string) bool {
	for _, c := range codes {
		if !english.HoldsWholeBy(h.Passage.Text, c, codeRune) {
			return false
		}
	}
	return true
}

// writesCode reports whether text writes code whole, in any case: with
// no letter, digit, hyphen or underscore beside it ("TO" in `"alpha_2":
// "TO"`, not in "TO-01").
func writesCode(text, code string) bool {
	return english.HoldsWholeBy(strings.ToLower(text), strings.ToLower(code), codeRune)
}

// codeRune reports whether r continues a code: a letter, digit, hyphen
// or underscore.
func codeRune(r rune) bool { return english.IsWordRune(r) || r == '-' || r == '_' }

// formsFirst returns hits with those whose text writes every one of forms
// as a whole word (in any case) first, each group in its order: the
// entry "bataille" before "batailler", which the stemmer reads alike and
// which, shorter, ranks first on its words.
func formsFirst(hits []Hit, forms []string) []Hit {
	if len(forms) == 0 || len(hits) < 2 {
		return hits
	}
	writes := func(h Hit) bool {
		text := strings.ToLower(h.Passage.Text)
		for _, f := range forms {
			if !english.HoldsWhole(text, f) {
				return false
			}
		}
		return true
	}
	var first, rest []Hit
	for _, h := range hits {
		if writes(h) {
			first = append(first, h)
		} else {
			rest = append(rest, h)
		}
	}
	return append(first, rest...)
}

// namedHits is withNames before formsFirst.
func (r *Retriever) namedHits(ctx context.Context, p parsed, rest queryTerms, q Query, docs docSet, k int, qt queryTerms,
	w map[string]float64, hl highlighter, loc bool, hits []Hit) ([]Hit, error) {
	if named := namesFirst(hits); named != nil {
		return named, nil
	}
	ms, err := r.gated(ctx, p, rest, q, docs, k, loc, qt.names)
	if err == nil && len(ms) == 0 && len(qt.given) > 0 && len(qt.given) < len(qt.names) {
		// No passage holds every name, but a value the question gives
		// ("the ISO 639-2 code sah") is what the record sought holds;
		// the other names ("ISO 639-2") name the table, often only in
		// its schema or in the title of another file.
		ms, err = r.gated(ctx, p, rest, q, docs, k, loc, qt.given)
	}
	if kept := withoutLabels(qt); err == nil && len(ms) == 0 && len(kept) > 0 && len(kept) < len(qt.names) {
		// No passage holds every name, but the acronym and number that
		// name a standard or a table ("the ISO 639-3 code of Berti")
		// are often written only in its schema, while its record
		// holds the other names ("Berti").
		ms, err = r.gated(ctx, p, rest, q, docs, k, loc, kept)
	}
	if err == nil && len(ms) == 0 && len(qt.exact) > 0 && len(qt.exact) < len(qt.names) {
		// No passage holds every name, but the word the question
		// writes in another language or quotes ("In the French-English
		// dictionary, what is the first sense of the verb 'paraître'?")
		// is the headword of the entry sought; the capitalised words
		// name the dictionary.
		ms, err = r.gated(ctx, p, rest, q, docs, k, loc, qt.exact)
	}
	if err != nil || len(ms) == 0 {
		return hits, err
	}
	named, err := r.hits(ms, nil, qt, w, hl)
	if err != nil {
		return nil, err
	}
	return mergeHits(named, hits, k), nil
}

// gated searches the query restricted to the passages whose text or
// title holds every one of names (as analysed terms; NameCoverage also
// reads the section and longer forms of a name): a table's rows do not
// restate the file's name the question gives ("the tz zone1970 table …
// for the America/Miquelon zone").
func (r *Retriever) gated(ctx context.Context, p parsed, rest queryTerms, q Query, docs docSet, k int, loc bool, names []string) (search.DocumentMatchCollection, error) {
	gate := bleve.NewConjunctionQuery()
	for _, n := range names {
		title := bleve.NewTermQuery(n)
		title.SetField(index.FieldTitle)
		gate.AddQuery(bleve.NewDisjunctionQuery(termQuery(n, false), title))
	}
	bq := build(p, rest, q, r.cfg.Fuzzy, docs, gate)
	if bq == nil {
		return nil, nil
	}
	return r.search(ctx, bq, q.Text, k, loc)
}

// mergeHits is first, then the passages of then not in first, k at most.
func mergeHits(first, then []Hit, k int) []Hit {
	seen := map[string]bool{}
	out := make([]Hit, 0, k)
	for _, list := range [][]Hit{first, then} {
		for _, h := range list {
			if len(out) == k {
				return out
			}
			if !seen[h.Passage.ID] {
				seen[h.Passage.ID] = true
				out = append(out, h)
			}
		}
	}
	return out
}

// namesFirst returns hits with those that hold every name of the question
// first (each group in its order), or nil when none does. Whether such a
// passage is among the hits by its words alone (a question that asks for
// more passages reaches further down) must not decide whether it comes
// first: a record that names JEY once among many ranks, on words, below
// the schemas that repeat "three letter country code".
func namesFirst(hits []Hit) []Hit {
	out := make([]Hit, 0, len(hits))
	for _, h := range hits {
		if h.NameCoverage >= 1-1e-9 {
			out = append(out, h)
		}
	}
	if len(out) == 0 {
		return nil
	}
	for _, h := range hits {
		if h.NameCoverage < 1-1e-9 {
			out = append(out, h)
		}
	}
	return out
}

// withoutLabels returns the question's names but its labels.
func withoutLabels(qt queryTerms) []string {
	var out []string
	for _, n := range qt.names {
		if !slices.Contains(qt.labels, n) {
			out = append(out, n)
		}
	}
	return out
}
