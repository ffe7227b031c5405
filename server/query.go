package server

import (
	"path"
	"strings"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/retrieve"
)

// Filters narrow retrieval; they are shared by ask and search.
type Filters struct {
	// Paths are absolute folder prefixes ("/docs/notes"), globs ("*.md",
	// "notes/**") or relative folder names ("notes/", taken as "notes/**").
	Paths []string `json:"paths,omitempty"`
	// Formats are format names (text, markdown, rst, code, html, pdf, docx, odt, epub, pptx, xlsx, csv, pod, man).
	Formats []string `json:"formats,omitempty"`
}

// query builds a retrieve.Query from text, k and the filters.
func (s *Server) query(text string, k int, f Filters) (retrieve.Query, error) {
	if len(text) > s.cfg.MaxQuestionBytes {
		return retrieve.Query{}, newError(errTooLarge, "server: question of %d bytes is longer than the limit of %d", len(text), s.cfg.MaxQuestionBytes)
	}
	if k < 0 || k > s.cfg.MaxK {
		return retrieve.Query{}, newError(errBadRequest, "server: k %d is not between 0 and %d", k, s.cfg.MaxK)
	}
	q := retrieve.Query{Text: text, K: k}
	if len(f.Paths)+len(f.Formats) > 64 {
		return q, newError(errBadRequest, "server: more than 64 filters")
	}
	for _, p := range f.Paths {
		switch {
		case strings.TrimSpace(p) == "" || strings.ContainsRune(p, 0):
			return q, newError(errBadRequest, "server: empty path filter")
		case strings.ContainsAny(p, "*?["):
			if err := retrieve.CheckPathGlob(p); err != nil {
				return q, newError(errBadRequest, "server: path: %v", err)
			}
			q.PathGlobs = append(q.PathGlobs, p)
		case strings.HasPrefix(p, "/"):
			q.PathPrefixes = append(q.PathPrefixes, strings.TrimSuffix(path.Clean(p), "/"))
		default:
			rel := path.Clean(p)
			if rel == ".." || strings.HasPrefix(rel, "../") {
				return q, newError(errBadRequest, "server: path filter %q climbs with \"..\": give an absolute folder or a glob", corpus.Clip(p, 200))
			}
			q.PathGlobs = append(q.PathGlobs, rel+"/**")
		}
	}
	for _, name := range f.Formats {
		fm, err := corpus.ParseFormat(name)
		if err != nil {
			return q, newError(errBadRequest, "server: %v", err)
		}
		q.Formats = append(q.Formats, fm)
	}
	return q, nil
}
