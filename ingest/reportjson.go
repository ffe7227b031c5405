package ingest

import (
	"encoding/json"

	"github.com/verbatim-rag/verbatim/corpus"
)

// MarshalJSON writes the report with every path escaped as the README's
// JSON sections say (corpus.EscapePath): a file name that is not UTF-8
// keeps its bytes, where JSON would write U+FFFD for them.
func (r Report) MarshalJSON() ([]byte, error) {
	type plain Report
	p := plain(r)
	p.Added, p.Updated, p.Unchanged, p.Removed = escapePaths(p.Added), escapePaths(p.Updated), escapePaths(p.Unchanged), escapePaths(p.Removed)
	p.Skipped, p.Kept = escapeSkips(p.Skipped), escapeSkips(p.Kept)
	if p.Failed != nil {
		p.Failed = make([]Failure, len(r.Failed))
		for i, f := range r.Failed {
			f.Path = corpus.EscapePath(f.Path)
			p.Failed[i] = f
		}
	}
	if p.Withheld != nil {
		p.Withheld = make([]Withheld, len(r.Withheld))
		for i, w := range r.Withheld {
			w.Root, w.Paths = corpus.EscapePath(w.Root), escapePaths(w.Paths)
			p.Withheld[i] = w
		}
	}
	return json.Marshal(p)
}

func escapePaths(paths []string) []string {
	if paths == nil {
		return nil
	}
	out := make([]string, len(paths))
	for i, p := range paths {
		out[i] = corpus.EscapePath(p)
	}
	return out
}

func escapeSkips(skips []Skip) []Skip {
	if skips == nil {
		return nil
	}
	out := make([]Skip, len(skips))
	for i, s := range skips {
		s.Path = corpus.EscapePath(s.Path)
		out[i] = s
	}
	return out
}
