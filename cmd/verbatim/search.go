package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/retrieve"
)

// filterOptions are the passage filters shared by search, ask and compare.
type filterOptions struct {
	paths   []string
	formats []string
}

func (f *filterOptions) addFlags(cmd *cobra.Command) {
	fs := cmd.Flags()
	fs.StringSliceVar(&f.paths, "path", nil, `only passages under this folder or matching this glob ("docs/", "*.md"); repeatable`)
	fs.StringSliceVar(&f.formats, "format", nil, "only passages of these formats (text, markdown, rst, code, html, pdf, docx)")
	fs.Int("k", 0, "number of passages to retrieve (config search.k)")
	bindKey(fs, "k", "search.k")
}

// query builds a retrieve.Query: path prefixes are made absolute, globs kept.
func (f *filterOptions) query(text string, k int) (retrieve.Query, error) {
	q := retrieve.Query{Text: text, K: k}
	for _, p := range f.paths {
		if strings.ContainsAny(p, "*?[") {
			q.PathGlobs = append(q.PathGlobs, p)
			continue
		}
		abs, err := filepath.Abs(p)
		if err != nil {
			return q, fmt.Errorf("--path %s: %w", p, err)
		}
		q.PathPrefixes = append(q.PathPrefixes, filepath.ToSlash(abs))
	}
	for _, s := range f.formats {
		fm, err := corpus.ParseFormat(s)
		if err != nil {
			return q, fmt.Errorf("--format: %w", err)
		}
		q.Formats = append(q.Formats, fm)
	}
	return q, nil
}

type searchOptions struct {
	filterOptions
	json bool
}

func newSearchCmd(a *app) *cobra.Command {
	var o searchOptions
	cmd := &cobra.Command{
		Use:   `search "QUERY"`,
		Short: "Rank passages by BM25 and show where each one is, with highlights",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.runSearch(cmd, strings.Join(args, " "), o)
		},
	}
	o.addFlags(cmd)
	cmd.Flags().BoolVar(&o.json, "json", false, "print results as JSON (schema in the README)")
	return cmd
}

// searchResult is one line of `search --json`; its fields are a stable schema.
type searchResult struct {
	Rank      int           `json:"rank"`
	Score     float64       `json:"score"`
	PassageID string        `json:"passage_id"`
	Ref       string        `json:"ref"` // path:lines, path:pN or path:¶N
	Path      string        `json:"path"`
	Format    corpus.Format `json:"format"`
	Title     string        `json:"title,omitempty"`
	Section   string        `json:"section,omitempty"`
	Span      corpus.Span   `json:"span"`
	Snippet   string        `json:"snippet"`
	Matches   [][2]int      `json:"matches"` // byte ranges of matched terms in snippet
	Text      string        `json:"text"`
}

func (a *app) runSearch(cmd *cobra.Command, text string, o searchOptions) error {
	q, err := o.query(text, a.cfg.Search.K)
	if err != nil {
		return err
	}
	c, err := a.openCorpus(true)
	if err != nil {
		return err
	}
	defer c.Close()
	hits, err := retrieve.New(c, a.cfg.Search).Search(cmd.Context(), q)
	if err != nil {
		return err
	}
	results := make([]searchResult, len(hits))
	for i, h := range hits {
		results[i] = toSearchResult(i+1, h)
	}
	if o.json {
		return writeJSON(a.out, map[string]any{"query": text, "results": results})
	}
	if len(results) == 0 {
		fmt.Fprintln(a.out, "no passages match")
		return nil
	}
	for _, r := range results {
		a.writeSearchResult(r)
	}
	return nil
}

func toSearchResult(rank int, h retrieve.Hit) searchResult {
	r := searchResult{
		Rank: rank, Score: h.Score, PassageID: h.Passage.ID, Path: h.Passage.Path,
		Format: h.Passage.Format, Title: h.Passage.Title, Section: h.Passage.Section,
		Span: h.Span, Snippet: h.Snippet, Matches: [][2]int{}, Text: h.Passage.Text,
	}
	r.Span.Path = displayPath(r.Span.Path)
	r.Ref = r.Span.String()
	for _, m := range h.SnippetMatches {
		r.Matches = append(r.Matches, [2]int{m.Start, m.End})
	}
	return r
}

func (a *app) writeSearchResult(r searchResult) {
	head := fmt.Sprintf("%d. %s  (score %.2f, %s)", r.Rank, r.Ref, r.Score, r.PassageID)
	if r.Section != "" {
		head += "  § " + r.Section
	}
	fmt.Fprintln(a.out, a.bold(head))
	fmt.Fprintf(a.out, "   %s\n\n", a.highlight(r.Snippet, r.Matches))
}

// highlight marks matched byte ranges: bold on a terminal, «…» otherwise.
func (a *app) highlight(s string, ms [][2]int) string {
	open, closeMark := "«", "»"
	if a.tty {
		open, closeMark = "\033[1;33m", "\033[0m"
	}
	var b strings.Builder
	last := 0
	for _, m := range ms {
		if m[0] < last || m[1] > len(s) || m[0] >= m[1] {
			continue
		}
		b.WriteString(s[last:m[0]])
		b.WriteString(open + s[m[0]:m[1]] + closeMark)
		last = m[1]
	}
	b.WriteString(s[last:])
	return strings.ReplaceAll(b.String(), "\n", " ")
}

func (a *app) bold(s string) string {
	if a.tty {
		return "\033[1m" + s + "\033[0m"
	}
	return s
}

// displayPath shows a stored absolute path relative to the working folder
// when it lies below it.
func displayPath(p string) string {
	wd, err := os.Getwd()
	if err != nil {
		return p
	}
	rel, err := filepath.Rel(wd, filepath.FromSlash(p))
	if err != nil || strings.HasPrefix(rel, "..") {
		return p
	}
	return filepath.ToSlash(rel)
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
