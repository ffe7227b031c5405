package retrieve

import (
	"context"
	"slices"
	"strings"
	"unicode"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/english"
	"github.com/verbatim-rag/verbatim/index"
)

// maxNamedDocs bounds the documents a question can name as files: a
// name more documents share ("the README file" of a tree of packages)
// names none in particular.
const maxNamedDocs = 3

// fileNames returns the words of a question that name a file: a word
// before a file noun ("the Unicode Blocks FILE", "the netbase ethertypes
// FILE", "the miscfiles languages LIST") or a word written with a file
// name's extension ("zone.tab", "iso3166.tab", "Blocks.txt"); and with
// them the words that say whose file it is, up to two before it
// ("Unicode", "tz database's").
func fileNames(text string) (names, qualified []string) {
	f := strings.FieldsFunc(text, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '_' || r == '-' || r == '\'' || r == '’')
	})
	for i := range f {
		f[i] = strings.Trim(f[i], ".-'’")
	}
	for i, w := range f {
		lw := strings.ToLower(w)
		if w == "" || english.IsStopword(lw) {
			continue
		}
		j := strings.LastIndexByte(w, '.')
		named := j > 0 && len(w)-j >= 3 && len(w)-j <= 5 && strings.IndexFunc(w[j+1:], unicode.IsLetter) >= 0
		if !named && !(i+1 < len(f) && english.IsFileNoun(strings.ToLower(f[i+1]))) {
			continue
		}
		names = append(names, w)
		for k := i; k >= 0 && k >= i-2 && f[k] != "" && (k == i || !english.IsStopword(strings.ToLower(f[k]))); k-- {
			qualified = append(qualified, f[k])
		}
	}
	return names, qualified
}

// namedDocs returns the documents whose title is one of the question's
// file names (see fileNames): each of the title's terms is the name's
// ("Blocks.txt" for "the Unicode Blocks file", "zone.tab" for
// "zone.tab"). Nil when the question names none, or a name more than
// maxNamedDocs documents share.
func (r *Retriever) namedDocs(ctx context.Context, names []string) (docSet, error) {
	var docs docSet
	for _, name := range names {
		terms := Terms(index.TitleText(name))
		if len(terms) == 0 {
			continue
		}
		conj := make([]query.Query, len(terms))
		for i, t := range terms {
			tq := bleve.NewTermQuery(t)
			tq.SetField(index.FieldTitle)
			conj[i] = tq
		}
		req := bleve.NewSearchRequestOptions(bleve.NewConjunctionQuery(conj...), 64, 0, false)
		res, err := r.c.Index().SearchInContext(ctx, req)
		if err != nil {
			return nil, err
		}
		found := docSet{}
		for _, h := range res.Hits {
			doc, _, err := corpus.SplitPassageID(h.ID)
			if err != nil || found[doc] {
				continue
			}
			p, _, err := r.c.Passage(h.ID)
			if err != nil {
				continue
			}
			if sameTerms(Terms(index.TitleText(p.Title)), terms) {
				found[doc] = true
			}
		}
		if len(found) == 0 || len(found) > maxNamedDocs {
			continue
		}
		if docs == nil {
			docs = docSet{}
		}
		for d := range found {
			docs[d] = true
		}
	}
	return docs, nil
}

// sameTerms reports whether a and b hold the same terms.
func sameTerms(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for _, t := range a {
		if !slices.Contains(b, t) {
			return false
		}
	}
	return true
}

// withNamedFile puts first the passages of the file the question names
// (see namedDocs) that the tier's query finds in it, when they hold the
// question's names but those of the file: "In the Unicode Blocks file,
// what range does the Old North Arabian block occupy?" asks Blocks.txt,
// whose one line of the block is outscored by the names list's many
// lines of its letters. Up to half of k; the other hits follow, up to k.
func (r *Retriever) withNamedFile(ctx context.Context, st *termStats, t tier, rest queryTerms, hits []Hit) ([]Hit, error) {
	names, qualified := fileNames(t.q.Text)
	docs, err := r.namedDocs(ctx, names)
	if err != nil || len(docs) == 0 {
		return hits, err
	}
	if t.docs != nil {
		for d := range docs {
			if !t.docs[d] {
				delete(docs, d)
			}
		}
		if len(docs) == 0 {
			return hits, nil
		}
	}
	nt := t
	nt.docs = docs
	named, err := r.searchTier(ctx, st, nt, rest)
	if err != nil || len(named) == 0 {
		return hits, err
	}
	// A passage of the named file must hold the question's other names
	// ("Which tz identifier does zone.tab list for Pakistan?" is not
	// answered by a passage of zone.tab without Pakistan: its row is
	// keyed "PK", which iso3166.tab names), not its other words: a
	// record file names its fields once, atop ("10A80..10A9F; Old North
	// Arabian" writes no "range").
	own := map[string]bool{}
	for _, w := range qualified {
		for _, t := range slices.Concat(Terms(w), Terms(index.TitleText(w))) {
			own[t] = true // "blocks.txt" as the question's name, "block" as the title's
		}
	}
	others := t.qt
	others.names = slices.DeleteFunc(slices.Clone(t.qt.names), func(n string) bool { return own[n] })
	out := make([]Hit, 0, t.k)
	seen := map[string]bool{}
	for _, h := range named {
		if len(out) == namedShare(t.k) {
			break
		}
		present := make(map[string]bool, len(h.Matches))
		for _, m := range h.Matches {
			present[m.Term] = true
		}
		if nameCoverage(others, t.w, &nameTerms{text: h.Passage.Text, present: present}) >= r.cfg.MinNameCoverage-1e-9 {
			out = append(out, h)
			seen[h.Passage.ID] = true
		}
	}
	if len(out) == 0 {
		return hits, nil
	}
	for _, h := range hits {
		if len(out) == t.k {
			break
		}
		if !seen[h.Passage.ID] {
			out = append(out, h)
		}
	}
	return out, nil
}

// namedShare is how many of k hits a named file's passages take.
func namedShare(k int) int { return max(1, k/2) }
