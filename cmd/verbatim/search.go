package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
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
	fs.StringSliceVar(&f.formats, "format", nil, "only passages of these formats (text, markdown, rst, code, html, pdf, docx, odt, epub, pptx, xlsx, csv, pod, man)")
	fs.Int("k", 0, "number of passages to retrieve (config search.k)")
	bindKey(fs, "k", "search.k")
}

// writeMissingPaths notes each --path folder or file that is not on disk
// (a typo, most likely), for when nothing matched.
func (a *app) writeMissingPaths(f filterOptions) {
	for _, p := range f.paths {
		if strings.ContainsAny(p, "*?[") {
			continue
		}
		if _, err := os.Lstat(p); errors.Is(err, fs.ErrNotExist) {
			fmt.Fprintf(a.out, "note: --path %s: no such file or folder\n", cleanText(p))
		}
	}
}

// query builds a retrieve.Query: path prefixes are made absolute, globs kept.
func (f *filterOptions) query(text string, k int) (retrieve.Query, error) {
	q := retrieve.Query{Text: text, K: k}
	for _, p := range f.paths {
		if strings.ContainsAny(p, "*?[") {
			if err := retrieve.CheckPathGlob(p); err != nil {
				return q, fmt.Errorf("--path: %w", err)
			}
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

func (a *app) runSearch(cmd *cobra.Command, text string, o searchOptions) error {
	q, err := o.query(text, a.cfg.Search.K)
	if err != nil {
		return err
	}
	results, err := a.search(cmd.Context(), q)
	if err != nil {
		return err
	}
	for i := range results {
		results[i].Span.Path = displayPath(results[i].Span.Path)
		results[i].Ref = corpus.EscapePath(results[i].Span.String())
	}
	if o.json {
		return writeJSON(a.out, map[string]any{"query": text, "results": results})
	}
	if len(results) == 0 {
		fmt.Fprintln(a.out, "no passages match")
		a.writeMissingPaths(o.filterOptions)
		return nil
	}
	for _, r := range results {
		a.writeSearchResult(r)
	}
	return nil
}

// search ranks passages in the store, or asks the server that holds it.
func (a *app) search(ctx context.Context, q retrieve.Query) ([]retrieve.Result, error) {
	if rc := a.remote(ctx); rc != nil {
		resp, err := rc.Search(ctx, q.Text, q.K, filters(q))
		return resp.Results, err
	}
	c, err := a.openCorpus(true)
	if err != nil {
		return nil, err
	}
	defer c.Close()
	r := retrieve.New(c, a.cfg.Search)
	hits, err := r.Search(ctx, q)
	if err != nil {
		return nil, err
	}
	results := make([]retrieve.Result, len(hits))
	for i, h := range hits {
		results[i] = retrieve.NewResult(i+1, h, r.Relevant(h))
	}
	return results, nil
}

func (a *app) writeSearchResult(r retrieve.Result) {
	head := fmt.Sprintf("%d. %s  (score %.2f, %s)", r.Rank, cleanText(r.Span.String()), r.Score, r.PassageID)
	if r.Section != "" {
		head += "  § " + cleanText(r.Section)
	}
	fmt.Fprintln(a.out, a.bold(head))
	fmt.Fprintf(a.out, "   %s\n\n", a.highlight(r.Snippet, r.SnippetMatches))
}

// highlight marks matched byte ranges: bold on a terminal, «…» otherwise.
// The text between the marks is made safe to print (cleanBlock), line
// breaks become spaces.
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
		b.WriteString(cleanBlock(s[last:m[0]]))
		b.WriteString(open + cleanBlock(s[m[0]:m[1]]) + closeMark)
		last = m[1]
	}
	b.WriteString(cleanBlock(s[last:]))
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
