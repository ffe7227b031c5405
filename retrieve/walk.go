package retrieve

import (
	"context"
	"encoding/binary"
	"fmt"
	"math"

	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/scorer"
	bleveindex "github.com/blevesearch/bleve_index_api"

	"github.com/verbatim-rag/verbatim/index"
)

// The walk: the full query of loose words (no phrases, no fuzziness, no
// filters) scored straight from the terms' postings instead of through
// bleve's searcher tree. bleve builds a searcher per clause and nests them
// (a disjunction of the words, the all-terms conjunction of disjunctions,
// two booleans, two one-clause conjunctions, the title and section
// matches), and every posting passes through each level with its own
// match object, comparison and score; about a quarter of a microsecond a
// posting, most of a large query's time. The walk reads each term's
// postings once (a word of the question, searched in the words clause and
// in the all-terms clause, is one list), and computes the score bleve's
// tree gives, operation for operation: each clause's BM25 score with the
// query norm of all clauses, a disjunction's sum times its coordination
// factor (clauses matched / clauses), a conjunction's and a boolean's
// sums. Ties keep the earlier passage, as bleve's collector does. Only
// the sums' order may differ from bleve's disjunctions of more than ten
// clauses (its heap searcher adds its matches in heap order), by a unit in
// the last place. TestWalkSameAsBleve compares the two. What the walk
// skips, and why that cannot change the top k, is in walkrun.go.

// walkClause is one term clause of the query tree.
type walkClause struct {
	cur    int     // its cursor (a field's term)
	weight float64 // bleve's queryWeight: boost·idf·queryNorm
	// unless is the cursor of the text term whose match voids the clause
	// (a title word the passage's text holds, see titleMatchQuery), but
	// for a match of the section term of cursor unlessSection; -1: none
	unless, unlessSection int
}

// void reports whether the passage being scored voids c (see unless).
func (wq *walkQuery) void(c walkClause) bool {
	return c.unless >= 0 && wq.cursors[c.unless].hit && !wq.cursors[c.unlessSection].hit
}

// walkGroup is a disjunction of clauses, scored as one: Σ·matched/len.
type walkGroup struct {
	clauses []walkClause
}

// walkCursor walks one field's term postings.
type walkCursor struct {
	field, term string
	i           int     // its index in walkQuery.cursors
	idf, avg    float64 // avg 0: bleve's tf-idf model (a field without terms)
	tfr         bleveindex.TermFieldReader
	buf         bleveindex.TermFieldDoc // the reader's, never shared: it keeps the ID slice of the last one returned
	doc         uint64                  // current posting's passage number; math.MaxUint64 when done
	tf, norm    float64
	maxFactor   float64 // bound of the score's factor beside the IDF (see satBounds)
	text        bool    // a text-field cursor (a word's); title and section ones always drive the walk, text ones until set aside (see walk.skip)
	hit         bool    // whether the passage being scored holds the term
}

// walkQuery is the query tree: the words disjunction, the all-terms
// conjunction (one group per question word) and the title and section
// disjunctions.
type walkQuery struct {
	cursors         []*walkCursor
	words           walkGroup
	all             []walkGroup
	title, sections walkGroup
}

// walkable reports whether the walk can run the tier's query: loose words
// only, unfiltered.
func (r *Retriever) walkable(t tier, rest queryTerms) bool {
	return !r.noWalk && !r.cfg.Fuzzy && len(t.p.phrases) == 0 && t.docs == nil && len(t.q.Formats) == 0 &&
		len(rest.all) > 0 && len(t.p.fields) > 0
}

// walkSearch returns the k best passages of rest's query, as bleve would.
// The hits carry the text locations of words (see locateHits).
func (r *Retriever) walkSearch(ctx context.Context, st *termStats, p parsed, rest queryTerms, k int, words map[string]bool) (search.DocumentMatchCollection, [][]Match, error) {
	wq, err := newWalkQuery(ctx, st, p, rest)
	if err != nil {
		return nil, nil, err
	}
	defer wq.close()
	iid := make(bleveindex.IndexInternalID, 8)
	passageID := func(doc uint64) (string, error) {
		binary.BigEndian.PutUint64(iid, doc)
		id, err := st.r.ExternalID(iid)
		if err != nil {
			return "", fmt.Errorf("retrieve: passage id: %w", err)
		}
		return id, nil
	}
	top, err := wq.run(ctx, k, passageID)
	if err != nil {
		return nil, nil, err
	}
	out := make(search.DocumentMatchCollection, len(top))
	for i, h := range top {
		id := h.id
		if id == "" {
			if id, err = passageID(h.doc); err != nil {
				return nil, nil, err
			}
		}
		out[i] = &search.DocumentMatch{ID: id, Score: h.score}
	}
	locs := make([][]Match, len(top))
	if err := locateHits(ctx, st.r, words, top, locs); err != nil {
		return nil, nil, err
	}
	return out, locs, nil
}

func uint64From(id bleveindex.IndexInternalID) uint64 { return binary.BigEndian.Uint64(id) }

func internalID(doc uint64) bleveindex.IndexInternalID {
	id := make(bleveindex.IndexInternalID, 8)
	binary.BigEndian.PutUint64(id, doc)
	return id
}

// newWalkQuery opens a cursor for each field's term and weighs each
// clause as bleve does.
func newWalkQuery(ctx context.Context, st *termStats, p parsed, qt queryTerms) (*walkQuery, error) {
	wq := &walkQuery{}
	byKey := map[termKey]int{}
	// cursor returns the cursor index of field's term, opening it once.
	cursor := func(field, term string) (int, error) {
		key := termKey{field, term}
		if i, ok := byKey[key]; ok {
			return i, nil
		}
		avg, err := st.fieldAvg(field)
		if err != nil {
			return 0, err
		}
		tfr, err := st.reader(ctx, field, term)
		if err != nil {
			return 0, err
		}
		c := &walkCursor{field: field, term: term, i: len(wq.cursors), avg: avg, tfr: tfr, text: field == index.FieldText}
		c.idf = bleveIDF(st.n, tfr.Count(), avg)
		if c.maxFactor, err = st.maxFactor(field, term, tfr.Count(), avg); err != nil {
			_ = tfr.Close()
			return 0, err
		}
		byKey[key] = len(wq.cursors)
		wq.cursors = append(wq.cursors, c)
		return len(wq.cursors) - 1, nil
	}
	var sq []float64 // the clauses' squared weights, in bleve's order
	add := func(g *walkGroup, field, term string, boost float64) error {
		i, err := cursor(field, term)
		if err != nil {
			return err
		}
		w := boost * wq.cursors[i].idf
		sq = append(sq, w*w)
		g.clauses = append(g.clauses, walkClause{cur: i, weight: boost, unless: -1})
		return nil
	}
	for _, c := range wordClauses(qt) {
		if err := add(&wq.words, c.field, c.term, c.boost); err != nil {
			wq.close()
			return nil, err
		}
	}
	nWords := len(sq)
	if allTermsClauses(qt) != nil {
		for _, t := range qt.all {
			if qt.cues[t] {
				continue
			}
			var g walkGroup
			if err := add(&g, index.FieldText, t, 1); err != nil {
				wq.close()
				return nil, err
			}
			for _, r := range qt.rel(t) {
				if r != t {
					if err := add(&g, index.FieldText, r, relatedBoost); err != nil {
						wq.close()
						return nil, err
					}
				}
			}
			wq.all = append(wq.all, g)
		}
	}
	nMain := len(sq)
	for _, f := range []struct {
		g     *walkGroup
		name  string
		boost float64
	}{{&wq.title, index.FieldTitle, titleBoost}, {&wq.sections, index.FieldSection, sectionBoost}} {
		for _, t := range p.fields {
			if err := add(f.g, f.name, t, f.boost); err != nil {
				wq.close()
				return nil, err
			}
		}
	}
	// A title word of the question's counts unless the text holds it and
	// the section does not (see titleMatchQuery); the words and section
	// clauses have their cursors.
	for i, t := range p.fields {
		text, inText := byKey[termKey{index.FieldText, t}]
		section, inSection := byKey[termKey{index.FieldSection, t}]
		if inText && inSection && textVoids(qt, t) {
			wq.title.clauses[i].unless, wq.title.clauses[i].unlessSection = text, section
		}
	}
	nTitle := nMain + len(p.fields)
	// bleve's query norm: the top boolean adds its must's weight (the main
	// boolean: the words', then the all-terms clause's) and its should's
	// (the title's, then the section's), each a sum in clause order.
	sum := func(ws []float64) float64 {
		var s float64
		for _, w := range ws {
			s += w
		}
		return s
	}
	var allW float64
	for i, g := range wq.all {
		off := nWords
		for _, h := range wq.all[:i] {
			off += len(h.clauses)
		}
		allW += sum(sq[off : off+len(g.clauses)])
	}
	mainW := sum(sq[:nWords]) + allW
	norm := 1 / math.Sqrt(mainW+(sum(sq[nMain:nTitle])+sum(sq[nTitle:])))
	for _, g := range append([]*walkGroup{&wq.words, &wq.title, &wq.sections}, groupPtrs(wq.all)...) {
		for i := range g.clauses {
			c := &g.clauses[i]
			c.weight = c.weight * wq.cursors[c.cur].idf * norm
		}
	}
	return wq, nil
}

func groupPtrs(gs []walkGroup) []*walkGroup {
	out := make([]*walkGroup, len(gs))
	for i := range gs {
		out[i] = &gs[i]
	}
	return out
}

// bleveIDF is bleve's IDF of a term in df of n passages: BM25's when the
// field has an average length, else its tf-idf one.
func bleveIDF(n, df uint64, avg float64) float64 {
	if avg > 0 {
		return math.Log(1 + (float64(n)-float64(df)+0.5)/(float64(df)+0.5))
	}
	return 1.0 + math.Log(float64(n)/float64(df+1.0))
}

func (wq *walkQuery) close() {
	for _, c := range wq.cursors {
		_ = c.tfr.Close()
	}
}

// walkHit is a scored passage.
type walkHit struct {
	doc   uint64
	score float64
	terms []string // the text terms it holds
	id    string   // its passage ID, read when a tie needs it (see topK)
}

// topK is a min-heap of the k best hits so far: lowest score first, and
// of equal scores the greater passage ID first (it goes first). The
// index's internal order follows how an ingest's batches arrived, so
// ties go by the passage IDs, which are the same for the same folder
// however it was ingested; they are read only for ties.
type topK struct {
	hits []walkHit
	ids  func(doc uint64) (string, error)
	err  error // the first failed ID read
}

func (h *topK) Len() int { return len(h.hits) }
func (h *topK) Less(i, j int) bool {
	if h.hits[i].score != h.hits[j].score {
		return h.hits[i].score < h.hits[j].score
	}
	return h.idOf(&h.hits[i]) > h.idOf(&h.hits[j])
}
func (h *topK) Swap(i, j int) { h.hits[i], h.hits[j] = h.hits[j], h.hits[i] }
func (h *topK) Push(x any)    { h.hits = append(h.hits, x.(walkHit)) }
func (h *topK) Pop() any {
	x := h.hits[len(h.hits)-1]
	h.hits = h.hits[:len(h.hits)-1]
	return x
}

// idOf is hit's passage ID, read once.
func (h *topK) idOf(hit *walkHit) string {
	if hit.id == "" && h.ids != nil {
		id, err := h.ids(hit.doc)
		if err != nil && h.err == nil {
			h.err = err
		}
		hit.id = id
	}
	return hit.id
}

// beats reports whether a passage scoring s, at doc, enters the k best
// in place of the lowest (of its score, the one of the greatest ID).
func (h *topK) beats(doc uint64, s float64, id *string) bool {
	low := &h.hits[0]
	if s != low.score {
		return s > low.score
	}
	cand := walkHit{doc: doc}
	*id = h.idOf(&cand)
	return *id < h.idOf(low)
}

// cursorHeap orders the text cursors by their current passage.
type cursorHeap []*walkCursor

func (h cursorHeap) Len() int           { return len(h) }
func (h cursorHeap) Less(i, j int) bool { return h[i].doc < h[j].doc }
func (h cursorHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *cursorHeap) Push(x any)        { *h = append(*h, x.(*walkCursor)) }
func (h *cursorHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// next moves c to its next posting.
func (c *walkCursor) next() error {
	d, err := c.tfr.Next(&c.buf)
	return c.set(d, err)
}

// advance moves c to its first posting at or after doc.
func (c *walkCursor) advance(doc uint64) error {
	d, err := c.tfr.Advance(internalID(doc), &c.buf)
	return c.set(d, err)
}

func (c *walkCursor) set(d *bleveindex.TermFieldDoc, err error) error {
	if err != nil {
		return fmt.Errorf("retrieve: postings of %q in %s: %w", c.term, c.field, err)
	}
	if d == nil {
		c.doc = math.MaxUint64
		return nil
	}
	c.doc = uint64From(d.ID)
	if d.Freq < scorer.MaxSqrtCache {
		c.tf = scorer.SqrtCache[int(d.Freq)]
	} else {
		c.tf = math.Sqrt(float64(d.Freq))
	}
	c.norm = d.Norm
	return nil
}

// score is bleve's field score of the cursor's current posting, before
// the clause's weight (TermQueryScorer.docScore).
func (c *walkCursor) score() float64 {
	if c.avg > 0 {
		fieldLength := 1 / (c.norm * c.norm)
		return c.idf * (c.tf * search.BM25_k1) /
			(c.tf + search.BM25_k1*(1-search.BM25_b+(search.BM25_b*fieldLength/c.avg)))
	}
	return c.tf * c.norm * c.idf
}

// groupScore is a disjunction's score of the passage: its matched
// clauses' scores summed in order times the share matched; ok is false
// when none matched.
func (wq *walkQuery) groupScore(g walkGroup, fs []float64) (float64, bool) {
	return wq.groupScoreOf(g, fs, true)
}

// groupScoreOf is groupScore, clauses voided by their text term (see
// walkClause.unless) left out when void is set, counted when not (a bound
// on the passages whose text terms are not all known).
func (wq *walkQuery) groupScoreOf(g walkGroup, fs []float64, void bool) (float64, bool) {
	var sum float64
	m := 0
	for _, cl := range g.clauses {
		if wq.cursors[cl.cur].hit && !(void && wq.void(cl)) {
			sum += termScore(fs[cl.cur], cl.weight)
			m++
		}
	}
	if m == 0 {
		return 0, false
	}
	return sum * (float64(m) / float64(len(g.clauses))), true
}

// termScore is a term clause's score: bleve multiplies by the weight
// unless it is exactly 1.
func termScore(s, weight float64) float64 {
	if weight != 1.0 {
		return s * weight
	}
	return s
}

// mainScore is the main boolean's score of a passage, from the text
// cursors marked hit: the words, then the all-terms conjunction (a sum of
// its groups) when every group matches.
func (wq *walkQuery) mainScore(fs []float64) float64 {
	words, _ := wq.groupScore(wq.words, fs)
	main := 0 + words
	if len(wq.all) == 0 {
		return main
	}
	var conj float64
	for _, g := range wq.all {
		s, m := wq.groupScore(g, fs)
		if !m {
			return main
		}
		conj += s
	}
	// bleve's boolean holds the conjunction in a one-clause disjunction,
	// whose coordination factor is 1/1: exactly the conjunction's score.
	return main + conj
}

// score is the query tree's score of a passage that matches the words
// disjunction, from the cursors marked hit, as bleve computes it: the
// main boolean's, plus the title and section matches'.
func (wq *walkQuery) score(fs []float64) float64 {
	return 0 + wq.mainScore(fs) + wq.fieldScore(fs, true)
}

// boundScore bounds score for a passage whose cursors marked hit may not
// all hold it (those set aside, at their bounds): a title clause their
// match would void counts.
func (wq *walkQuery) boundScore(fs []float64) float64 {
	return 0 + wq.mainScore(fs) + wq.fieldScore(fs, false)
}

// fieldScore is the score of the title and section matches: their sum
// times the share of the two that match (void: see groupScoreOf).
func (wq *walkQuery) fieldScore(fs []float64, void bool) float64 {
	var should float64
	m := 0
	for _, g := range []walkGroup{wq.title, wq.sections} {
		if s, ok := wq.groupScoreOf(g, fs, void); ok {
			should += s
			m++
		}
	}
	if m == 0 {
		return 0
	}
	return should * (float64(m) / 2)
}
