package retrieve

import (
	"context"
	"path"
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/english"
	"github.com/verbatim-rag/verbatim/index"
)

const (
	// maxNamedDocs bounds the documents a file name of a question can
	// name: a name more documents share ("the README file" of a tree of
	// packages) names none in particular.
	maxNamedDocs = 3
	// maxFileNames bounds the file names read from one question.
	maxFileNames = 3
	// titlePage is how many passages one title search reads at a time.
	titlePage = 64
)

// fileName is a file a question names: a word before a file noun ("the
// Unicode Blocks FILE", "the netbase ethertypes FILE", "the miscfiles
// airport LIST") or a word written as a file name (english.WritesFileName:
// "zone.tab", "iso3166.tab", "Blocks.txt").
type fileName struct {
	word string
	ext  bool // written with its extension: the file's name is the word
}

// fileNames returns the file names a question writes (at most
// maxFileNames, each once) and the words that name the file or whose it
// is: the name, up to two words before it that are no stop words
// ("Unicode", "tz database's") and the file noun after it ("File" of
// "the Jargon File").
func fileNames(text string) (names []fileName, qualified []string) {
	f := strings.FieldsFunc(text, func(r rune) bool {
		return !english.IsWordRune(r) && !strings.ContainsRune("._-'’", r)
	})
	for i := range f {
		f[i] = english.WithoutPossessive(strings.Trim(f[i], ".-'’"))
	}
	stop := func(k int) bool { return f[k] == "" || english.IsStopword(strings.ToLower(f[k])) }
	for i, w := range f {
		if len(names) == maxFileNames {
			break
		}
		if len(w) < 2 || stop(i) || slices.ContainsFunc(names, func(n fileName) bool { return n.word == w }) {
			continue
		}
		n := fileName{word: w, ext: strings.Contains(w, ".") && english.WritesFileName(w)}
		noun := i+1 < len(f) && english.IsFileNoun(strings.ToLower(f[i+1]))
		if !n.ext && !noun {
			continue
		}
		names = append(names, n)
		if noun {
			qualified = append(qualified, f[i+1])
		}
		for k := i; k >= 0 && k >= i-2 && (k == i || !stop(k)); k-- {
			qualified = append(qualified, f[k])
		}
	}
	return names, qualified
}

// namedDocs returns the documents each of names names, among allowed
// (nil: any): a document whose file name is the name, case aside, when
// the question writes its extension ("zone.tab"), else one whose title's
// terms are the name's ("Blocks.txt" for "the Unicode Blocks file").
// A name more than maxNamedDocs documents answer to names none.
func (r *Retriever) namedDocs(ctx context.Context, names []fileName, allowed docSet) (docSet, error) {
	var docs docSet
	for _, n := range names {
		found, err := r.titled(ctx, n, allowed)
		if err != nil {
			return nil, err
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

// titled returns the documents (among allowed) that name n names, up
// to maxNamedDocs+1 of them: the passages whose title holds the name's
// terms are read a page at a time, and each document's title is checked
// once.
func (r *Retriever) titled(ctx context.Context, n fileName, allowed docSet) (docSet, error) {
	terms := Terms(index.TitleText(n.word))
	if len(terms) == 0 {
		return nil, nil
	}
	sorted := slices.Sorted(slices.Values(terms))
	conj := make([]query.Query, len(terms))
	for i, t := range terms {
		tq := bleve.NewTermQuery(t)
		tq.SetField(index.FieldTitle)
		conj[i] = tq
	}
	found, checked := docSet{}, docSet{}
	for from := 0; len(found) <= maxNamedDocs; from += titlePage {
		req := bleve.NewSearchRequestOptions(bleve.NewConjunctionQuery(conj...), titlePage, from, false)
		res, err := r.c.Index().SearchInContext(ctx, req)
		if err != nil {
			return nil, err
		}
		for _, h := range res.Hits {
			doc, _, err := corpus.SplitPassageID(h.ID)
			if err != nil || checked[doc] || (allowed != nil && !allowed[doc]) {
				continue
			}
			checked[doc] = true
			d, err := r.c.Document(doc)
			if err != nil {
				return nil, err
			}
			if namesDoc(n, sorted, d) {
				found[doc] = true
			}
		}
		if len(res.Hits) < titlePage {
			break
		}
	}
	return found, nil
}

// namesDoc reports whether file name n (its title terms given, sorted)
// names document d.
func namesDoc(n fileName, sorted []string, d corpus.Document) bool {
	if n.ext {
		return strings.EqualFold(path.Base(d.Path), n.word)
	}
	title := Terms(index.TitleText(d.Title))
	slices.Sort(title)
	return slices.Equal(title, sorted)
}

// withNamedFile puts first the passages of the file the question names
// (see fileNames and namedDocs) that the tier's query finds in it, when
// they hold the question's other names (the words that name the file and
// whose it is aside; not its other words: a record file writes its
// fields' names once, atop, and "10A80..10A9F; Old North Arabian" writes
// no "range"): "In the Unicode Blocks file, what range does the Old North
// Arabian block occupy?" asks Blocks.txt, whose one line of the block is
// outscored by the names list's many lines of its letters. Up to half of
// k; the other hits follow, up to k, and relevant hits stay before the
// others (see Relevant). A question whose names all name the file gets
// nothing moved: every passage of the file would hold them.
func (r *Retriever) withNamedFile(ctx context.Context, st *termStats, t tier, rest queryTerms, hits []Hit) ([]Hit, error) {
	share := t.k / 2
	names, qualified := fileNames(t.q.Text)
	if share == 0 || len(names) == 0 {
		return hits, nil
	}
	own := map[string]bool{}
	for _, w := range qualified {
		for _, term := range slices.Concat(Terms(w), Terms(index.TitleText(w))) {
			own[term] = true // "blocks.txt" as the question's name, "block" as the title's
		}
	}
	others := t.qt
	others.names = slices.DeleteFunc(slices.Clone(t.qt.names), func(n string) bool { return own[n] })
	if len(others.names) == 0 {
		return hits, nil
	}
	docs, err := r.namedDocs(ctx, names, t.docs)
	if err != nil || len(docs) == 0 {
		return hits, err
	}
	if len(hits) >= share && !slices.ContainsFunc(hits[:share], func(h Hit) bool { return !docs[h.Passage.DocID] }) {
		return hits, nil // the named file's passages come first already
	}
	nt := t
	nt.docs = docs
	named, err := r.searchTier(ctx, st, nt, rest)
	if err != nil || len(named) == 0 {
		return hits, err
	}
	out := make([]Hit, 0, t.k)
	seen := map[string]bool{}
	for _, h := range named {
		if len(out) == share {
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
	// Relevant hits first, as hits orders them: a named file's passage
	// that lacks a name its title does not give comes after one that
	// holds every name.
	slices.SortStableFunc(out, func(a, b Hit) int { return boolRank(r.Relevant(b)) - boolRank(r.Relevant(a)) })
	return out, nil
}
