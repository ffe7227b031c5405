package retrieve

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/english"
	"github.com/verbatim-rag/verbatim/index"
)

// ErrEmptyQuery is returned for a query with no searchable terms (blank, or
// only stop words such as "what is it").
var ErrEmptyQuery = errors.New("retrieve: the query has no searchable words")

// MaxQueryBytes bounds a query's text: a search's cost grows faster than
// its length (a 100 KB query of repeated words took 19 s), and no real
// query comes near it.
const MaxQueryBytes = 4096

// ErrLongQuery is returned for a query over MaxQueryBytes.
var ErrLongQuery = errors.New("retrieve: the query is too long")

// Match is a matched term's byte range [Start, End) and its analysed Term.
type Match struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Term  string `json:"term"`
}

// Hit is one retrieved passage.
type Hit struct {
	Passage        corpus.Passage `json:"passage"`
	Span           corpus.Span    `json:"span"`
	Score          float64        `json:"score"`           // BM25, raised when the title is the question's name (see titleMatch)
	Coverage       float64        `json:"coverage"`        // IDF-weighted share of query terms (cue words aside) in the passage, 0..1
	NameCoverage   float64        `json:"name_coverage"`   // IDF-weighted share of the query's names in the passage or its title, 0..1
	WordCoverage   float64        `json:"word_coverage"`   // IDF-weighted share of the query's other words (or related ones) in the passage, 0..1
	Names          []string       `json:"names,omitempty"` // the query's names (analysed): capitalised words, numbers, ordinals
	Matches        []Match        `json:"matches"`         // relative to Passage.Text, sorted
	Snippet        string         `json:"snippet"`         // about SnippetWidth bytes of Passage.Text
	SnippetStart   int            `json:"snippet_start"`   // offset of Snippet in Passage.Text
	SnippetMatches []Match        `json:"snippet_matches"` // relative to Snippet
}

// Retriever searches one corpus. It is safe for concurrent use.
type Retriever struct {
	c       *index.Corpus
	cfg     Config
	noPlan  bool // always run the full query (benchmarks and tests compare)
	noTiers bool // skip the precise tier (benchmarks and tests compare)
	noWalk  bool // run every query through bleve's searchers (see walkSearch)
	bounds  satBounds
	// boundMin is the postings a term needs for satBounds to read its
	// bound (boundMinPostings; tests lower it).
	boundMin uint64
}

// New returns a Retriever over c; zero Config fields take their defaults.
func New(c *index.Corpus, cfg Config) *Retriever {
	raiseGCFloor()
	return &Retriever{c: c, cfg: cfg.withDefaults(), boundMin: boundMinPostings}
}

// Config returns the retriever's configuration, defaults filled in.
func (r *Retriever) Config() Config { return r.cfg }

// Relevant reports whether a hit covers enough of the query to answer
// from. A query that names something (see Hit.Names) needs its names in
// the passage (NameCoverage at least MinNameCoverage) and then
// MinWordCoverage of its other words, related words counting, since those
// are often paraphrased ("In what year did Vallin marry?" is not answered
// by an entry on Vallin that never mentions a marriage); a query without
// names needs MinCoverage.
func (r *Retriever) Relevant(h Hit) bool {
	if len(h.Names) > 0 {
		return h.NameCoverage >= r.cfg.MinNameCoverage-1e-9 && h.WordCoverage >= r.cfg.MinWordCoverage
	}
	return h.Coverage >= r.cfg.MinCoverage
}

// searchQuery returns the best passages for q, best first (Search guards it).
//
// It reads the term statistics once (one index reader for the planner and
// the coverage weights) and searches in two tiers: first, when that may
// save much (see narrowFirst), the precise query — the question's words
// without their related words — and, only when that finds fewer than k
// passages or a first one that is not relevant (see Relevant, which counts
// related words found in a passage) or lacks one of the question's words
// (see enough), the full query with the related words. Related words are
// most of a query's long posting lists ("large" brings "big", "size",
// "area", "extent"), and a question whose own words find a relevant
// passage rarely needs them. Each tier runs one
// query: the planner's gated query when it proves the top k, else the
// tier's query in full, with term locations only when locate says so
// (otherwise the k passages are analysed for their highlights, related
// words included, see highlighter); then it reads the k hits from the
// store in one transaction and computes snippets and coverage for those k
// only.
// CheckQuery returns ErrLongQuery for a query text over MaxQueryBytes and
// ErrEmptyQuery for one with nothing to search for (stop words and
// punctuation only), as Search would, without searching: a server checks
// a question with it before it starts a stream.
func CheckQuery(text string) error {
	if err := checkLength(text); err != nil {
		return err
	}
	text = english.QuestionForm(text)
	if p := parseText(text); !searchable(p, p.classify()) {
		return ErrEmptyQuery
	}
	return nil
}

// checkLength returns ErrLongQuery for a text over MaxQueryBytes.
func checkLength(text string) error {
	if len(text) > MaxQueryBytes {
		return fmt.Errorf("%w: %d bytes, at most %d", ErrLongQuery, len(text), MaxQueryBytes)
	}
	return nil
}

func (r *Retriever) searchQuery(ctx context.Context, q Query) ([]Hit, error) {
	hits, err := r.searchForm(ctx, q)
	if err != nil {
		return nil, err
	}
	if addrs := english.JoinedHexAddresses(q.Text); len(addrs) > 0 && !holdsNames(hits) {
		// "Who owns the MAC prefix F0-27-65?": no passage holds the
		// groups; the registries' tables key the address as one run
		// of digits ("MA-L,F02765,…").
		jq := q
		jq.Text = english.JoinHexGroups(q.Text)
		if alt, err := r.searchForm(ctx, jq); err == nil && slices.ContainsFunc(alt, func(h Hit) bool { return english.HoldsAddress(h.Passage.Text, addrs) }) {
			return alt, nil
		}
	}
	return hits, nil
}

// searchForm is searchQuery of the question as written.
func (r *Retriever) searchForm(ctx context.Context, q Query) ([]Hit, error) {
	if err := checkLength(q.Text); err != nil {
		return nil, err
	}
	q.Text = english.QuestionForm(q.Text)
	p := parseText(q.Text)
	var qt queryTerms
	if p.rest == q.Text {
		qt = p.classify()
	} else {
		qt = classifyQuery(q.Text)
	}
	rest := qt
	if p.rest != q.Text {
		rest = p.classify()
	}
	docs, err := r.allowedDocs(q)
	if err != nil {
		return nil, err
	}
	if !searchable(p, rest) {
		return nil, ErrEmptyQuery
	}
	if docs != nil && len(docs) == 0 {
		return nil, nil
	}
	k := q.K
	if k <= 0 {
		k = r.cfg.K
	}
	st, err := newTermStats(ctx, r.c.Index())
	if err != nil {
		return nil, err
	}
	defer st.close()
	st.sb, st.boundMin = &r.bounds, r.boundMin
	w, err := st.weights(ctx, qt.all)
	if err != nil {
		return nil, err
	}
	t := tier{p: p, q: q, docs: docs, k: k, qt: qt, w: w, hl: newHighlighter(p, rest, r.cfg.Fuzzy)}
	narrow, ok, err := r.narrowFirst(ctx, st, rest)
	if err != nil {
		return nil, err
	}
	if ok {
		hits, err := r.searchTier(ctx, st, t, narrow)
		if err != nil {
			return nil, err
		}
		if r.enough(hits, k, narrow) {
			if hits, err = r.withJoined(ctx, t, narrow, hits); err != nil {
				return nil, err
			}
			return r.withNamedFile(ctx, st, t, narrow, hits)
		}
	}
	hits, err := r.searchTier(ctx, st, t, rest)
	if err != nil {
		return nil, err
	}
	if hits, err = r.withJoined(ctx, t, rest, hits); err != nil {
		return nil, err
	}
	return r.withNamedFile(ctx, st, t, rest, hits)
}

// holdsNames reports whether one of hits holds every name of the
// question (and the question has names).
func holdsNames(hits []Hit) bool {
	return slices.ContainsFunc(hits, func(h Hit) bool { return len(h.Names) > 0 && h.NameCoverage >= 1-1e-9 })
}

// When the precise tier is worth trying first. A search that does not
// find enough with it runs both tiers (on the 207k-file dictionary folder
// about 9 in 10 of the questions tried first find enough; on the glossary
// folder fewer than 1 in 10), so it is tried only when the related words
// hold at least 1/tierRelShare of the query's own words' postings and the
// two together at least tierMinPostings: below that the full query costs
// little.
const (
	tierRelShare    = 4
	tierMinPostings = 1024
)

// narrowFirst returns the precise tier's terms and whether to search them
// first (see tierRelShare).
func (r *Retriever) narrowFirst(ctx context.Context, st *termStats, rest queryTerms) (queryTerms, bool, error) {
	narrow, ok := rest.narrowed()
	if !ok || r.noTiers || r.cfg.Fuzzy {
		return narrow, false, nil
	}
	var own, rel uint64
	for _, c := range wordClauses(rest) {
		df, err := st.docFreq(ctx, c.field, c.term)
		if err != nil {
			return narrow, false, err
		}
		if slices.Contains(rest.all, c.term) {
			own += df
		} else {
			rel += df
		}
	}
	return narrow, rel*tierRelShare >= own && own+rel >= tierMinPostings, nil
}

// locMaxPostings: a query whose words (related words included) hold more
// postings than this searches without term locations, and its k hits are
// analysed for their matches instead (see highlighter): bleve decodes the
// locations of every passage it scores, which costs more than analysing k
// passages once the query scores a few thousand (a tenth of a search's
// CPU at a million passages).
const locMaxPostings = 4096

// locate reports whether the full query of rest's terms is to search with
// term locations: for the full tier's queries of phrases, of fuzzy words,
// or of fewer than locMaxPostings postings (see highlighter for why the
// precise tier never does).
func (r *Retriever) locate(ctx context.Context, st *termStats, p parsed, rest queryTerms) (bool, error) {
	if rest.narrow {
		return false, nil
	}
	if r.cfg.Fuzzy || len(p.phrases) > 0 {
		return true, nil
	}
	var n uint64
	for _, c := range wordClauses(rest) {
		df, err := st.docFreq(ctx, c.field, c.term)
		if err != nil {
			return false, err
		}
		n += df
	}
	return n <= locMaxPostings, nil
}

// tier is what both tiers of a search share.
type tier struct {
	p    parsed
	q    Query
	docs docSet
	k    int
	qt   queryTerms // the whole question's terms, for coverage
	w    map[string]float64
	hl   highlighter
}

// enough reports whether the precise tier's hits answer: k of them, the
// first relevant (hits come relevant first) and holding each of the
// question's words (cue words aside) itself, not only a related word —
// a passage that paraphrases one word of the question may be outranked by
// one that uses the related word the precise tier did not search.
func (r *Retriever) enough(hits []Hit, k int, qt queryTerms) bool {
	if len(hits) < k || !r.Relevant(hits[0]) {
		return false
	}
	for _, t := range qt.all {
		if !qt.cues[t] && !slices.ContainsFunc(hits[0].Matches, func(m Match) bool { return m.Term == t }) {
			return false
		}
	}
	return true
}

// searchTier searches the query of rest's terms (related words left out
// when rest is narrow): the planner's gated query or the full one, then
// the hits, then the passages holding every name if none of the hits does
// (see withNames).
func (r *Retriever) searchTier(ctx context.Context, st *termStats, t tier, rest queryTerms) ([]Hit, error) {
	var ms search.DocumentMatchCollection
	var locs [][]Match // the walk's matches, by hit
	var err error
	loc := false
	if r.walkable(t, rest) {
		ms, locs, err = r.walkSearch(ctx, st, t.p, rest, t.k, t.hl.words)
		if err != nil {
			return nil, err
		}
	} else if ms, err = r.planned(ctx, st, t.p, rest, t.q, t.docs, t.k); err != nil {
		return nil, err
	} else if loc, err = r.locate(ctx, st, t.p, rest); err != nil {
		return nil, err
	}
	if ms == nil {
		bq := build(t.p, rest, t.q, r.cfg.Fuzzy, t.docs, nil)
		if ms, err = r.search(ctx, bq, t.q.Text, t.k, loc); err != nil {
			return nil, err
		}
	}
	var kept search.DocumentMatchCollection
	var keptLocs [][]Match
	for i, h := range ms {
		if h.Score >= t.q.MinScore {
			kept = append(kept, h)
			if locs != nil {
				keptLocs = append(keptLocs, locs[i])
			}
		}
	}
	if len(kept) == 0 {
		return nil, nil
	}
	hits, err := r.hits(kept, keptLocs, t.qt, t.w, t.hl)
	if err != nil {
		return nil, err
	}
	return r.withNames(ctx, t.p, rest, t.q, t.docs, t.k, t.qt, t.w, t.hl, loc, hits)
}

// planned runs the gated query of a plan and returns its hits when they
// are provably the full query's top k; nil when there is no plan or no
// proof (see plan).
func (r *Retriever) planned(ctx context.Context, st *termStats, p parsed, rest queryTerms, q Query, docs docSet, k int) (search.DocumentMatchCollection, error) {
	if r.noPlan {
		return nil, nil
	}
	pl, ok, err := makePlan(ctx, st, p, rest, r.cfg.Fuzzy)
	if err != nil || !ok {
		return nil, err
	}
	ms, err := r.search(ctx, build(p, rest, q, r.cfg.Fuzzy, docs, pl.gate), q.Text, k, false)
	if err != nil || len(ms) < k || ms[k-1].Score <= pl.bound {
		return nil, err
	}
	return ms, nil
}

// search runs bq for its k best hits, with the text locations of their
// terms when loc is set.
func (r *Retriever) search(ctx context.Context, bq query.Query, text string, k int, loc bool) (search.DocumentMatchCollection, error) {
	ms, _, err := tiedCut(k, func(n int) (search.DocumentMatchCollection, [][]Match, error) {
		req := bleve.NewSearchRequestOptions(bq, n, 0, false)
		req.IncludeLocations = loc
		res, err := r.c.Index().SearchInContext(ctx, req)
		if err != nil {
			return nil, nil, fmt.Errorf("retrieve: search %q: %w", text, err)
		}
		return res.Hits, nil, nil
	})
	return ms, err
}

// maxTied is how many hits tiedCut fetches to see the end of a run of
// passages tied with the k-th.
const maxTied = 256

// tiedCut returns the k best hits of a search that fetch runs for its n
// best (with each hit's matches, if it gives them), the same ones however
// the index orders passages of equal score. Bleve breaks ties by the
// index's internal document number, which follows the order an ingest's
// batches arrived in: a folder ingested twice would otherwise cut a run of
// equal rows ("ST Sao Tome & Principe" among a table's rows that match
// only "code") at different places and answer differently. It fetches one
// more than k; when that one ties with the k-th, it fetches maxTied (a
// run longer than that is cut among those), and the run's passages go by
// ID, as the walk's do (see topK).
func tiedCut(k int, fetch func(n int) (search.DocumentMatchCollection, [][]Match, error)) (search.DocumentMatchCollection, [][]Match, error) {
	if k <= 0 {
		return fetch(k)
	}
	n := k + 1
	for {
		ms, locs, err := fetch(n)
		if err != nil || len(ms) <= k {
			return ms, locs, err
		}
		edge := ms[k-1].Score
		if ms[k].Score != edge {
			return ms[:k], cutLocs(locs, k), nil
		}
		if len(ms) == n && ms[n-1].Score == edge && n < maxTied {
			n = maxTied // the run may go on past what was fetched
			continue
		}
		start := k - 1
		for start > 0 && ms[start-1].Score == edge {
			start--
		}
		end := k
		for end < len(ms) && ms[end].Score == edge {
			end++
		}
		order := make([]int, end-start)
		for i := range order {
			order[i] = start + i
		}
		slices.SortFunc(order, func(a, b int) int { return strings.Compare(ms[a].ID, ms[b].ID) })
		out := slices.Clone(ms[:k])
		var outLocs [][]Match
		if locs != nil {
			outLocs = slices.Clone(locs[:k])
		}
		for i, j := range order[:k-start] {
			out[start+i] = ms[j]
			if locs != nil {
				outLocs[start+i] = locs[j]
			}
		}
		return out, outLocs, nil
	}
}

func cutLocs(locs [][]Match, k int) [][]Match {
	if locs == nil {
		return nil
	}
	return locs[:k]
}

// hits resolves bleve matches against the store, skipping passages the
// store no longer has (an index awaiting journal replay). locs, when not
// nil, holds each match's term locations (the walk's, see locateHits),
// else the matches' own Locations or an analysis of the passages give
// them.
func (r *Retriever) hits(ms search.DocumentMatchCollection, locs [][]Match, qt queryTerms, w map[string]float64, hl highlighter) ([]Hit, error) {
	ids := make([]string, len(ms))
	for i, m := range ms {
		ids[i] = m.ID
	}
	ps, sps, err := r.resolve(ids)
	if err != nil {
		return nil, err
	}
	var heads map[string]map[string]bool
	if len(qt.names) > 0 {
		if heads, err = r.docHeads(ps); err != nil {
			return nil, err
		}
	}
	out := make([]Hit, 0, len(ms))
	for i, m := range ms {
		if ps[i].ID == "" {
			continue
		}
		var loc []Match
		located := locs != nil
		if located {
			loc = locs[i]
		}
		out = append(out, r.hit(m, located, loc, ps[i], sps[i], qt, w, hl, heads[ps[i].DocID]))
	}
	// Relevant passages first, each group by score: a passage that lacks
	// the question's names is not the best one, whatever its score. Equal
	// scores (two entries alike but for their names) go by passage ID: the
	// index's internal order depends on how an ingest's batches arrived,
	// and the same folder ingested twice must answer alike.
	sort.SliceStable(out, func(i, j int) bool {
		ri, rj := r.Relevant(out[i]), r.Relevant(out[j])
		if ri != rj {
			return ri
		}
		if out[i].Score != out[j].Score {
			return out[i].Score > out[j].Score
		}
		return out[i].Passage.ID < out[j].Passage.ID
	})
	return out, nil
}

// maxHeadLine is the longest head line of a document read as its title
// (see docHeads): a longer one is text, not a title.
const maxHeadLine = 160

// docHeads returns, for each document of ps past its first passage, the
// terms of the document's head line (see headLine) when that line is
// short: the title a plain-text table or a manual writes on top ("#
// Internet (IP) protocols", "# List of USB ID's", "The Mutt E-Mail
// Client"), which its later passages do not restate. A question's names
// the title holds are held by every passage of the document, as a name in
// its file name or heading is (see nameTerms): "the datagram
// congestion-control transport" is the row "dccp 33 DCCP # Datagram
// Congestion Control Prot." of the IP protocols table, though the row
// writes no "IP". Only a question with names reads them, the first
// passages in one transaction.
func (r *Retriever) docHeads(ps []corpus.Passage) (map[string]map[string]bool, error) {
	var ids []string
	seen := map[string]bool{}
	for _, p := range ps {
		if p.ID != "" && p.Ord > 0 && !seen[p.DocID] {
			seen[p.DocID] = true
			ids = append(ids, corpus.PassageID(p.DocID, 0))
		}
	}
	if len(ids) == 0 {
		return nil, nil
	}
	firsts, _, err := r.resolve(ids)
	if err != nil {
		return nil, err
	}
	heads := make(map[string]map[string]bool, len(firsts))
	for _, f := range firsts {
		line := headLine(f.Text)
		if f.ID == "" || line == "" || len(line) > maxHeadLine {
			continue
		}
		terms := map[string]bool{}
		for _, t := range Terms(line) {
			terms[t] = true
		}
		heads[f.DocID] = terms
	}
	return heads, nil
}

// headLine is the first of the first three lines of text that holds a
// letter: a comment block's title below its opening "#" ("#", then
// "#\tList of USB ID's").
func headLine(text string) string {
	rest := text
	for range 3 {
		line, after, _ := strings.Cut(rest, "\n")
		if strings.IndexFunc(line, unicode.IsLetter) >= 0 {
			return strings.TrimSpace(line)
		}
		rest = after
	}
	return ""
}

func (r *Retriever) resolve(ids []string) ([]corpus.Passage, []corpus.Span, error) {
	ps, sps, err := r.c.Passages(ids)
	if err == nil || !errors.Is(err, index.ErrNotFound) {
		return ps, sps, err
	}
	ps, sps = make([]corpus.Passage, len(ids)), make([]corpus.Span, len(ids))
	for i, id := range ids {
		ps[i], sps[i], err = r.c.Passage(id)
		if err != nil && !errors.Is(err, index.ErrNotFound) {
			return nil, nil, err
		}
	}
	return ps, sps, nil
}

func (r *Retriever) hit(m *search.DocumentMatch, located bool, loc []Match, p corpus.Passage, sp corpus.Span, qt queryTerms, w map[string]float64, hl highlighter, head map[string]bool) Hit {
	// The query searched the question's words and their related words, so
	// the query terms found in the passage (located by the full query, or
	// by analysing the passage after a planned one) are all the passage
	// terms coverage asks about; only a name's longer forms need the
	// passage analysed in full.
	var matches []Match
	var present map[string]bool
	switch {
	case located && len(loc) > 0:
		matches, present = inText(loc, len(p.Text))
	case m.Locations != nil:
		matches, present = locations(m, len(p.Text))
	default:
		matches, present = hl.analyse(p.Text)
	}
	// The title is analysed once, for its match with the question's names
	// and, with the section, for the words coverage leaves to it.
	tt := Terms(index.TitleText(p.Title))
	title := make(map[string]bool, len(tt))
	for _, t := range tt {
		title[t] = true
	}
	for _, t := range Terms(p.Section) {
		title[t] = true
	}
	named := title // the names the passage's context holds: the document's first line too (see docHeads)
	if len(head) > 0 {
		named = maps.Clone(title)
		maps.Copy(named, head)
	}
	h := Hit{Passage: p, Span: sp, Score: titleScore(m.Score, qt, w, tt), Matches: matches, Names: qt.names,
		Coverage:     coverage(qt, w, present, present, r.cfg.Fuzzy),
		NameCoverage: nameCoverage(qt, w, &nameTerms{text: p.Text, present: present, title: named}),
		WordCoverage: wordCoverage(qt, w, present, title)}
	h.SnippetStart, h.Snippet, h.SnippetMatches = snippet(p.Text, matches)
	return h
}

// locations are the matches and the terms present in a passage of n
// bytes from bleve's term locations of m.
func locations(m *search.DocumentMatch, n int) ([]Match, map[string]bool) {
	var raw []Match
	for term, locs := range m.Locations[index.FieldText] {
		for _, l := range locs {
			raw = append(raw, Match{Start: int(l.Start), End: int(l.End), Term: term})
		}
	}
	return inText(raw, n)
}

// inText are the matches among raw, term locations in a passage of n
// bytes, that lie in it, sorted and without repeats, and the terms they
// hold. It sorts raw in place.
func inText(raw []Match, n int) ([]Match, map[string]bool) {
	present := map[string]bool{}
	out := raw[:0]
	for _, l := range raw {
		if l.End > n || l.Start >= l.End || l.Start < 0 {
			continue
		}
		present[l.Term] = true
		out = append(out, l)
	}
	slices.SortFunc(out, func(a, b Match) int {
		if c := cmp.Compare(a.Start, b.Start); c != 0 {
			return c
		}
		if c := cmp.Compare(a.End, b.End); c != 0 {
			return c
		}
		// two terms of one token (an acronym's whole form and its stem):
		// the longer, the whole form, is the one dedupe keeps
		if c := cmp.Compare(len(b.Term), len(a.Term)); c != 0 {
			return c
		}
		return strings.Compare(a.Term, b.Term)
	})
	return dedupe(out), present
}

func dedupe(ms []Match) []Match {
	if len(ms) < 2 {
		return ms
	}
	out := ms[:1]
	for _, m := range ms[1:] {
		if last := out[len(out)-1]; m.Start == last.Start && m.End == last.End {
			continue
		}
		out = append(out, m)
	}
	return out
}
