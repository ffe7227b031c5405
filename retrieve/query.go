package retrieve

import (
	"regexp"
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/index"
)

// Weights of title and section matches relative to the passage text.
const (
	titleBoost   = 0.5
	sectionBoost = 0.3
	fuzzyMinLen  = 5
)

// Query is one search.
type Query struct {
	Text         string          // the user's words; "quoted phrases" must match as phrases
	K            int             // passages wanted; 0 means Config.K
	PathPrefixes []string        // absolute path prefixes (folder boundaries respected); any may match
	PathGlobs    []string        // globs on the path, or on the base name when without "/"; any may match
	Formats      []corpus.Format // any may match
	MinScore     float64         // drop hits scoring less
}

// parsed is a query's text split into phrases and loose words.
type parsed struct {
	phrases []string
	rest    string
	fields  []string // the analysed tokens of rest and phrases, repeats kept: the title and section clauses' terms
	// restTokens are rest's tokens when there are no phrases (fields'
	// analysis, for classifyTokens); nil otherwise
	restTokens []Match
}

// curlyQuotes turns typographic double quotes into plain ones.
var curlyQuotes = strings.NewReplacer("\u201c", `"`, "\u201d", `"`, "\u201e", `"`)

// parseText pulls "quoted phrases" (straight or curly quotes) out of s; an
// unclosed quote counts as loose words.
func parseText(s string) parsed {
	s = curlyQuotes.Replace(s)
	var p parsed
	var rest strings.Builder
	for {
		i := strings.IndexByte(s, '"')
		j := -1
		if i >= 0 {
			j = strings.IndexByte(s[i+1:], '"')
		}
		if j < 0 {
			rest.WriteString(strings.ReplaceAll(s, `"`, " "))
			break
		}
		rest.WriteString(s[:i])
		rest.WriteByte(' ')
		if ph := s[i+1 : i+1+j]; len(Terms(ph)) > 0 {
			p.phrases = append(p.phrases, ph)
		}
		s = s[i+2+j:]
	}
	p.rest = rest.String()
	toks := Tokens(strings.Join(append([]string{p.rest}, p.phrases...), " "))
	for _, tok := range toks {
		p.fields = append(p.fields, tok.Term)
	}
	if len(p.phrases) == 0 {
		p.restTokens = toks
	}
	return p
}

// classify is classifyQuery of p.rest, from the tokens parseText found
// when it has them.
func (p parsed) classify() queryTerms {
	if p.restTokens != nil || p.rest == "" {
		return classifyTokens(p.rest, p.restTokens)
	}
	return classifyQuery(p.rest)
}

// build turns a parsed query into the bleve query, restricted to the
// documents in docs and, when gate is not nil, to the passages it matches
// (see plan); nil when the text has no searchable terms. rest is the
// classification of p.rest.
func build(p parsed, rest queryTerms, q Query, fuzzy bool, docs docSet, gate query.Query) query.Query {
	main := textQuery(p, rest, fuzzy)
	if main == nil {
		return nil
	}
	top := bleve.NewBooleanQuery()
	addGate(main, gate)
	top.AddMust(main)
	if _, nested := main.(*query.BooleanQuery); gate != nil && !nested {
		top.AddMust(gate)
	}
	top.AddShould(titleMatchQuery(p.fields, rest), fieldMatch(index.FieldSection, p.fields, sectionBoost))
	if f := filters(q, docs.termFilter()); f != nil {
		top.AddFilter(f)
	}
	return docs.wrap(top)
}

// addGate adds gate to the required clauses of main when main is a
// boolean query (the words and the all-terms clause): gating main from
// outside would make bleve advance main's searcher, and bleve's boolean
// searcher, advanced, can miss its optional clause's score.
func addGate(main query.Query, gate query.Query) {
	if b, ok := main.(*query.BooleanQuery); ok && gate != nil {
		b.AddMust(gate)
	}
}

// Boosts of a question's cue words ("year", "how long") and of the words
// related to its own ("established" for "founded"), which may find a
// passage that paraphrases the question but weigh less than its words; and
// of the clause that rewards a passage holding all of the question's words
// (cue words aside), which BM25's sum of per-term scores underrates: a
// passage repeating two common words of the question can outscore the one
// that holds all of them.
const (
	cueBoost      = 0.3
	relatedBoost  = 0.5
	allTermsBoost = 1.0
)

// searchable reports whether the query of p and qt has terms to search,
// that is whether textQuery (and build) give a query, without building it.
func searchable(p parsed, qt queryTerms) bool {
	return len(qt.all) > 0 || len(p.phrases) > 0
}

// textQuery requires every phrase and scores the loose words on the text,
// cue words weakly, related words too, a passage with all the words more.
func textQuery(p parsed, qt queryTerms, fuzzy bool) query.Query {
	var words query.Query
	if len(qt.all) > 0 {
		words = withAllTerms(wordsQuery(qt, fuzzy), qt, fuzzy)
	}
	if len(p.phrases) == 0 {
		return words
	}
	must := bleve.NewConjunctionQuery()
	for _, ph := range p.phrases {
		must.AddQuery(phraseQuery(ph))
	}
	if words == nil {
		return must
	}
	b := bleve.NewBooleanQuery()
	b.AddMust(must)
	b.AddShould(words)
	return b
}

// phraseQuery matches the phrase ph in the passage text.
func phraseQuery(ph string) query.Query {
	mq := bleve.NewMatchPhraseQuery(ph)
	mq.SetField(index.FieldText)
	mq.Analyzer = index.Analyzer
	return mq
}

// wordsQuery is the disjunction of the question's words, cue words
// weakly, and of the words related to the others, more weakly.
func wordsQuery(qt queryTerms, fuzzy bool) *query.DisjunctionQuery {
	d := bleve.NewDisjunctionQuery()
	seen := map[string]bool{}
	for _, t := range qt.all {
		seen[t] = true
		tq := termQuery(t, fuzzy)
		if qt.cues[t] {
			tq.(query.BoostableQuery).SetBoost(cueBoost)
		}
		d.AddQuery(tq)
	}
	for _, t := range qt.all {
		for _, r := range qt.rel(t) {
			if !seen[r] && !qt.cues[t] {
				seen[r] = true
				tq := bleve.NewTermQuery(r)
				tq.SetField(index.FieldText)
				tq.SetBoost(relatedBoost)
				d.AddQuery(tq)
			}
		}
	}
	return d
}

// withAllTerms adds to words an optional clause matching the passages that
// hold every non-cue word of the question, or a word related to it; words
// alone when there are fewer than two.
func withAllTerms(words query.Query, qt queryTerms, fuzzy bool) query.Query {
	var all []query.Query
	for _, t := range qt.all {
		if !qt.cues[t] {
			all = append(all, termOrRelated(t, qt.rel(t), fuzzy))
		}
	}
	if len(all) < 2 {
		return words
	}
	c := bleve.NewConjunctionQuery(all...)
	c.SetBoost(allTermsBoost)
	b := bleve.NewBooleanQuery()
	b.AddMust(words)
	b.AddShould(c)
	return b
}

// termOrRelated matches term or a word of rel, its related words.
func termOrRelated(term string, rel []string, fuzzy bool) query.Query {
	tq := termQuery(term, fuzzy)
	var rs []query.Query
	for _, r := range rel {
		if r != term {
			q := bleve.NewTermQuery(r)
			q.SetField(index.FieldText)
			q.SetBoost(relatedBoost)
			rs = append(rs, q)
		}
	}
	if len(rs) == 0 {
		return tq
	}
	return bleve.NewDisjunctionQuery(append([]query.Query{tq}, rs...)...)
}

func termQuery(term string, fuzzy bool) query.Query {
	if fuzzy && len(term) >= fuzzyMinLen {
		fq := bleve.NewFuzzyQuery(term)
		fq.SetField(index.FieldText)
		fq.SetFuzziness(1)
		return fq
	}
	tq := bleve.NewTermQuery(term)
	tq.SetField(index.FieldText)
	return tq
}

// fieldMatch is the query bleve's match query of the analysed terms
// builds (one term query a token, in a disjunction of at least one), from
// terms analysed once for every field and every search of a question.
func fieldMatch(field string, terms []string, boost float64) query.Query {
	if len(terms) == 0 {
		return bleve.NewMatchNoneQuery()
	}
	tqs := make([]query.Query, len(terms))
	for i, t := range terms {
		tq := bleve.NewTermQuery(t)
		tq.SetField(field)
		tq.SetBoost(boost)
		tqs[i] = tq
	}
	d := bleve.NewDisjunctionQuery(tqs...)
	d.SetMin(1)
	d.SetBoost(boost)
	return d
}

// titleMatchQuery is fieldMatch of the title, but a title word that
// textVoids counts only for the passages whose text lacks it or whose
// heading (section) writes it too: a title adds the words its passages do
// not write (the table name "countries" of a row
// "352:IS:ISL:Iceland:Reykjavik", the "Blocks" of "0840..085F;
// Mandaic"), not a second count of those their text uses. Counted twice,
// a title that shares one word with the question outranks the passage
// that holds all of them: in a dictionary folder where every headword
// titles a file, "wire turned back" found turn_back.txt, whose text says
// "turn back" throughout, above solenoid.txt's "the conjuctive wire
// turned back along its axis". A passage under a heading that writes the
// word keeps the title's count: the page titled "Install guide" under
// its heading "Install guide" is about installing, however its text
// words it. This is BM25F's saturation across fields (a word's score
// grows little once the text holds it) taken to its limit, in a form the
// walk computes exactly.
func titleMatchQuery(terms []string, qt queryTerms) query.Query {
	m := fieldMatch(index.FieldTitle, terms, titleBoost)
	d, ok := m.(*query.DisjunctionQuery)
	if !ok {
		return m // no terms
	}
	for i, t := range terms {
		if textVoids(qt, t) {
			text := bleve.NewTermQuery(t)
			text.SetField(index.FieldText)
			section := bleve.NewTermQuery(t)
			section.SetField(index.FieldSection)
			inText := bleve.NewBooleanQuery()
			inText.AddMust(text)
			inText.AddMustNot(section)
			b := bleve.NewBooleanQuery()
			b.AddMust(d.Disjuncts[i])
			b.AddMustNot(inText)
			d.Disjuncts[i] = b
		}
	}
	return d
}

// textVoids reports whether a passage's text holding the title word t
// voids its title's match of t (see titleMatchQuery): t is a word of the
// question, not one of its names, and the question has the all-terms
// clause (two words or more, cue words aside), which rewards the passages
// that hold every word. A name in the title is what the entry is about
// ("When was Velmora founded?": the entry titled Velmora, not the one on
// the Velmora Prize that names Velmora thrice), and the title of a
// question of one word ("install": the page titled "Install guide") is
// the only sign of which passage is about it.
func textVoids(qt queryTerms, t string) bool {
	return slices.Contains(qt.all, t) && !slices.Contains(qt.names, t) && allTermsClauses(qt) != nil
}

// filters combines the format filter and a document filter in one
// conjunction (a BooleanQuery keeps only its last filter); nil when there
// are none.
func filters(q Query, docs query.Query) query.Query {
	var parts []query.Query
	if docs != nil {
		parts = append(parts, docs)
	}
	var formats []query.Query
	for _, f := range q.Formats {
		tq := bleve.NewTermQuery(string(f))
		tq.SetField(index.FieldFormat)
		formats = append(formats, tq)
	}
	if d := anyOf(formats); d != nil {
		parts = append(parts, d)
	}
	switch len(parts) {
	case 0:
		return nil
	case 1:
		return parts[0]
	}
	return bleve.NewConjunctionQuery(parts...)
}

func anyOf(qs []query.Query) query.Query {
	switch len(qs) {
	case 0:
		return nil
	case 1:
		return qs[0]
	}
	return bleve.NewDisjunctionQuery(qs...)
}

// globRegexp translates a path glob to a regular expression over the whole
// path: "*" and "?" stay within one path element, "**" crosses elements
// ("**/" also matches no element at all),
// [...] classes pass through. A glob without a leading "/" may match the
// path's last elements ("*.md" matches any Markdown base name,
// "docs/*.md" any file directly in a folder named docs).
func globRegexp(glob string) string {
	var b strings.Builder
	if !strings.HasPrefix(glob, "/") {
		b.WriteString("(.*/)?")
	}
	g := []rune(glob)
	for i := 0; i < len(g); i++ {
		switch g[i] {
		case '*':
			if i+1 < len(g) && g[i+1] == '*' {
				if i+2 < len(g) && g[i+2] == '/' {
					// "**/" is any number of folders, none included, as
					// in ingest's globs: notes/**/*.rst takes notes/a.rst
					b.WriteString("(?:.*/)?")
					i += 2
					continue
				}
				b.WriteString(".*")
				i++
				continue
			}
			b.WriteString("[^/]*")
		case '?':
			b.WriteString("[^/]")
		case '[':
			n := classLen(g[i+1:])
			if n < 0 {
				b.WriteString(`\[`)
				continue
			}
			b.WriteString(globClass(string(g[i+1 : i+1+n])))
			i += n + 1
		default:
			b.WriteString(regexp.QuoteMeta(string(g[i])))
		}
	}
	return b.String()
}

// classLen is the length of a glob class body before its "]", or -1.
func classLen(g []rune) int {
	for j, r := range g {
		if r == ']' && j > 0 {
			return j
		}
	}
	return -1
}

// globClass turns the body of a glob class into a regexp class.
func globClass(body string) string {
	neg := strings.HasPrefix(body, "!") || strings.HasPrefix(body, "^")
	if neg {
		body = body[1:]
	}
	body = strings.NewReplacer(`\`, `\\`, "[", `\[`, "^", `\^`).Replace(body)
	if neg {
		return "[^/" + body + "]"
	}
	return "[" + body + "]"
}
