package retrieve

import (
	"context"
	"fmt"
	"path"
	"regexp"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/verbatim-rag/verbatim/index"
)

// maxDocTerms is the most documents a path filter names in a bleve
// disjunction; larger sets are checked per candidate hit instead, since a
// disjunction of thousands of terms costs more than the search.
var maxDocTerms = 256 // a variable so tests can force the per-hit check

// docSet is the set of document ids a query's path filters allow; nil
// means every document.
type docSet map[string]bool

// allowedDocs resolves path prefixes and globs against the stored paths.
func (r *Retriever) allowedDocs(q Query) (docSet, error) {
	roots := rootsOf(q.PathPrefixes)
	if len(roots) == 0 && len(q.PathGlobs) == 0 {
		return nil, nil
	}
	if len(roots) == 0 {
		roots = []string{"/"}
	}
	globs, err := compileGlobs(q.PathGlobs)
	if err != nil {
		return nil, err
	}
	set, seen := docSet{}, 0
	for _, root := range roots {
		err := r.c.EachPath(root, func(path, id string) bool {
			seen++
			if matchAny(globs, path) {
				set[id] = true
			}
			return true
		})
		if err != nil {
			return nil, fmt.Errorf("retrieve: path filter: %w", err)
		}
	}
	if roots[0] == "/" && len(set) == seen {
		return nil, nil // every document passes: no filter
	}
	return set, nil
}

// rootsOf cleans prefixes; a root prefix ("/" or "") means no prefix filter.
func rootsOf(prefixes []string) []string {
	var out []string
	for _, p := range prefixes {
		p = strings.TrimRight(p, "/")
		if p == "" {
			return nil
		}
		out = append(out, p)
	}
	return out
}

// CheckPathGlob reports a path glob that path.Match rejects ("[", "a[b"),
// element by element ("**" aside): a query with one would match nothing.
func CheckPathGlob(glob string) error {
	for _, part := range strings.Split(glob, "/") {
		if _, err := path.Match(part, ""); err != nil && part != "**" {
			return fmt.Errorf("bad path glob %q: %w", glob, err)
		}
	}
	return nil
}

func compileGlobs(globs []string) ([]*regexp.Regexp, error) {
	out := make([]*regexp.Regexp, 0, len(globs))
	for _, g := range globs {
		if err := CheckPathGlob(g); err != nil {
			return nil, fmt.Errorf("retrieve: %w", err)
		}
		re, err := regexp.Compile("^(?:" + globRegexp(g) + ")$")
		if err != nil {
			return nil, fmt.Errorf("retrieve: bad glob %q: %w", g, err)
		}
		out = append(out, re)
	}
	return out, nil
}

func matchAny(globs []*regexp.Regexp, path string) bool {
	if len(globs) == 0 {
		return true
	}
	for _, re := range globs {
		if re.MatchString(path) {
			return true
		}
	}
	return false
}

// termFilter is a bleve filter naming a small set of documents, or nil when
// the set is too large for one.
func (s docSet) termFilter() query.Query {
	if s == nil || len(s) > maxDocTerms {
		return nil
	}
	qs := make([]query.Query, 0, len(s))
	for id := range s {
		tq := bleve.NewTermQuery(id)
		tq.SetField(index.FieldDoc)
		qs = append(qs, tq)
	}
	return anyOf(qs)
}

// wrap checks a large set per candidate hit, by the document id that
// prefixes the passage id bleve resolves for the callback.
func (s docSet) wrap(q query.Query) query.Query {
	if s == nil || len(s) <= maxDocTerms {
		return q
	}
	keep := func(_ context.Context, d *search.DocumentMatch) (bool, error) {
		i := strings.LastIndexByte(d.ID, '-')
		return i > 0 && s[d.ID[:i]], nil
	}
	return query.NewCustomFilterQueryWithFilter(q, keep, nil, nil)
}
