package retrieve

import (
	"context"
	"math"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/verbatim-rag/verbatim/index"
)

// Query planning. The full query is a disjunction of the question's words
// (and their related words) on the text, plus an all-terms clause and
// title and section matches; bleve scores every passage holding any of
// them, so a common word walks a long posting list. When the question has
// common words (in at least 1/commonShare of the passages) and rarer ones,
// the planner first runs the same query gated to the passages that hold a
// rarer word or match in the title or section — a gate whose clauses weigh
// nothing, so those passages keep their exact scores — and keeps that
// answer only when it proves that no passage outside the gate could enter
// the top k. Such a passage matches only text clauses of common words,
// each scoring at most boost·idf·queryNorm·idf·maxSaturation (see
// maxSaturation; a disjunction's coordination factor only lowers a
// score), so their sum bounds its score. Otherwise it runs
// the full query. The answer is always the full query's, sooner when the
// proof holds.

// commonShare: a word in at least 1/commonShare of the passages is common.
const commonShare = 4

// planMargin guards the proof against term statistics that moved between
// reading them and searching (a batch indexed meanwhile).
const planMargin = 1.01

// fieldClause is a term query of the full query: field, term, boost.
type fieldClause struct {
	field, term string
	boost       float64
}

// key names a clause's term in its field.
func (c fieldClause) key() string { return c.field + "\x00" + c.term }

// plan is a gated query and the bound a passage outside its gate scores
// below.
type plan struct {
	gate  query.Query // boost-0 clauses: passages that may score high
	bound float64     // any passage outside the gate scores below this
}

// makePlan plans a query of loose words (no phrases, no fuzziness) with
// common and rarer words; ok is false when there is no plan.
func makePlan(ctx context.Context, st *termStats, p parsed, qt queryTerms, fuzzy bool) (plan, bool, error) {
	if fuzzy || len(p.phrases) > 0 || len(qt.all) == 0 {
		return plan{}, false, nil
	}
	words, conj := wordClauses(qt), allTermsClauses(qt)
	text := append(append([]fieldClause{}, words...), conj...)
	df, err := st.docFreqs(ctx, text)
	if err != nil {
		return plan{}, false, err
	}
	n := st.n
	common := func(term string) bool {
		return df[fieldClause{field: index.FieldText, term: term}.key()]*commonShare >= n
	}
	gate := bleve.NewDisjunctionQuery()
	var nCommon int
	for _, c := range words {
		if common(c.term) {
			nCommon++
		} else if df[c.key()] > 0 {
			gate.AddQuery(zeroTerm(c.field, c.term))
		}
	}
	if nCommon == 0 || len(gate.Disjuncts) == 0 {
		return plan{}, false, nil
	}
	// Every other clause of the query, as bleve builds it: one per token
	// of the title and section matches; they join the gate.
	var other []fieldClause
	for _, f := range []struct {
		name  string
		boost float64
	}{{index.FieldTitle, titleBoost}, {index.FieldSection, sectionBoost}} {
		for _, t := range p.fields {
			other = append(other, fieldClause{f.name, t, f.boost})
		}
	}
	odf, err := st.docFreqs(ctx, other)
	if err != nil {
		return plan{}, false, err
	}
	for _, c := range other {
		df[c.key()] = odf[c.key()]
		gate.AddQuery(zeroTerm(c.field, c.term))
	}
	// The query norm is 1/sqrt of the sum of every clause's squared
	// weight (boost·idf). A passage outside the gate matches at most the
	// common word clauses (their disjunction's coordination factor is at
	// most their share of its clauses) and, when every word of the
	// all-terms clause may be common, that clause's common ones.
	var sq, outside, all float64
	for _, c := range append(text, other...) {
		w := c.boost * idf(n, df[c.key()])
		sq += w * w
	}
	sum := func(cs []fieldClause) (float64, error) {
		var s float64
		for _, c := range cs {
			if common(c.term) {
				sat, err := st.maxFactor(c.field, c.term, df[c.key()], st.avg)
				if err != nil {
					return 0, err
				}
				w := idf(n, df[c.key()])
				s += c.boost * w * w * sat
			}
		}
		return s, nil
	}
	if outside, err = sum(words); err != nil {
		return plan{}, false, err
	}
	outside *= float64(nCommon) / float64(len(words))
	if conjMayMatch(qt, common) {
		if all, err = sum(conj); err != nil {
			return plan{}, false, err
		}
	}
	outside += all
	return plan{gate: gate, bound: planMargin * outside / math.Sqrt(sq)}, true, nil
}

// conjMayMatch reports whether a passage holding only common words may
// match the all-terms clause: whether each of its words is common or has
// a common related word.
func conjMayMatch(qt queryTerms, common func(string) bool) bool {
	for _, t := range qt.all {
		if qt.cues[t] || common(t) {
			continue
		}
		ok := false
		for _, r := range qt.rel(t) {
			ok = ok || common(r)
		}
		if !ok {
			return false
		}
	}
	return true
}

// maxSaturation bounds BM25's saturation factor as bleve computes it,
// tf·k1/(tf + k1·(1-b+b·len/avg)) with tf the square root of the term's
// count, for a field of avg average length (bleve's: its dictionary size
// over the passages, rounded up): the count is at most the field's length,
// so tf ≤ √len, and the factor is largest at √len = √(avg·(1-b)/b), or at
// len = 1 when that is shorter.
func maxSaturation(avg float64) float64 {
	k1, b := search.BM25_k1, search.BM25_b
	if avg <= 0 {
		return k1
	}
	f := func(s float64) float64 { return s * k1 / (s + k1*(1-b+b*s*s/avg)) }
	return max(f(1), f(math.Sqrt(max(1, avg*(1-b)/b))))
}

// wordClauses lists the clauses of wordsQuery, in its order.
func wordClauses(qt queryTerms) []fieldClause {
	var out []fieldClause
	seen := map[string]bool{}
	for _, t := range qt.all {
		seen[t] = true
		b := 1.0
		if qt.cues[t] {
			b = cueBoost
		}
		out = append(out, fieldClause{index.FieldText, t, b})
	}
	for _, t := range qt.all {
		for _, r := range qt.rel(t) {
			if !seen[r] && !qt.cues[t] {
				seen[r] = true
				out = append(out, fieldClause{index.FieldText, r, relatedBoost})
			}
		}
	}
	return out
}

// allTermsClauses lists the term clauses of withAllTerms' conjunction;
// none when it has none.
func allTermsClauses(qt queryTerms) []fieldClause {
	var out []fieldClause
	n := 0
	for _, t := range qt.all {
		if qt.cues[t] {
			continue
		}
		n++
		out = append(out, fieldClause{index.FieldText, t, 1})
		for _, r := range qt.rel(t) {
			if r != t {
				out = append(out, fieldClause{index.FieldText, r, relatedBoost})
			}
		}
	}
	if n < 2 {
		return nil
	}
	return out
}

// zeroTerm is a term query that matches without adding to the score or
// to the query norm.
func zeroTerm(field, term string) query.Query {
	tq := bleve.NewTermQuery(term)
	tq.SetField(field)
	tq.SetBoost(0)
	return tq
}
