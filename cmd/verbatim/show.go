package main

import (
	"context"
	"fmt"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/verbatim-rag/verbatim/corpus"
)

type showOptions struct {
	extracted bool
}

func newShowCmd(a *app) *cobra.Command {
	var o showOptions
	cmd := &cobra.Command{
		Use:   "show REF",
		Short: "Print stored text byte for byte: a passage id, path, path:12-14, path:p3, path:¶4 or path@120-480",
		Long: `Prints exactly what the store holds, so any citation can be checked:
  verbatim show 3fa2c1d0e9ab41c2-7     a passage (its exact text)
  verbatim show notes/a.md:12-14       lines of the original file
  verbatim show paper.pdf:p3           the extracted text of a page
  verbatim show report.docx:¶4-6       the text of paragraphs (DOCX)
  verbatim show notes/a.md@120-480     bytes of the extracted text
  verbatim show notes/a.md             the original file (--extracted: its text)`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error { return a.runShow(cmd.Context(), args[0], o) },
	}
	cmd.Flags().BoolVar(&o.extracted, "extracted", false, "print a whole file's extracted text rather than its original bytes")
	return cmd
}

func (a *app) runShow(ctx context.Context, refText string, o showOptions) error {
	ref, err := corpus.ParseRef(refText)
	if err != nil {
		return err
	}
	var refs refReader
	if rc := a.remote(ctx); rc != nil {
		refs = remoteRefs{ctx: ctx, c: rc}
	} else {
		c, err := a.openCorpus(true)
		if err != nil {
			return err
		}
		defer c.Close()
		refs = c
	}
	b, err := resolveRef(refs, ref, o.extracted)
	if err != nil {
		return fmt.Errorf("show %s: %w", refText, err)
	}
	_, err = a.out.Write(b)
	return err
}

func resolveRef(c refReader, ref corpus.Ref, extracted bool) ([]byte, error) {
	if ref.Kind == corpus.RefPassage {
		p, _, err := c.Passage(ref.ID)
		return []byte(p.Text), err
	}
	doc, err := lookupDoc(c, ref.Path)
	if err != nil {
		return nil, err
	}
	switch ref.Kind {
	case corpus.RefLines:
		orig, err := c.Original(doc.ID)
		if err != nil {
			return nil, err
		}
		if doc.Format == corpus.PDF || doc.Format == corpus.DOCX {
			return nil, fmt.Errorf("%s is %s: it has no lines; use pages (:p3) or bytes (@120-480)", ref.Path, doc.Format)
		}
		return corpus.Lines(orig, ref.From, ref.To)
	case corpus.RefPages:
		return segments(c, doc, "pages", ref.From, ref.To, func(s corpus.Segment) int { return s.Page })
	case corpus.RefParas:
		return segments(c, doc, "paragraphs", ref.From, ref.To, func(s corpus.Segment) int { return s.Para })
	case corpus.RefBytes:
		text, _, err := c.Text(doc.ID)
		if err != nil {
			return nil, err
		}
		if ref.To > len(text) {
			return nil, fmt.Errorf("bytes %d-%d: the extracted text has %d bytes", ref.From, ref.To, len(text))
		}
		return []byte(text[ref.From:ref.To]), nil
	default:
		if extracted {
			text, _, err := c.Text(doc.ID)
			return []byte(text), err
		}
		return c.Original(doc.ID)
	}
}

// segments returns the extracted text from the first to the last segment
// whose page or paragraph number (as number picks it) lies in from..to: one
// exact slice of the stored text, separators included.
func segments(c refReader, doc corpus.Document, unit string, from, to int, number func(corpus.Segment) int) ([]byte, error) {
	text, ex, err := c.Text(doc.ID)
	if err != nil {
		return nil, err
	}
	start, end := -1, -1
	for _, s := range ex.Map {
		if n := number(s); n >= from && n <= to {
			if start < 0 {
				start = s.Start
			}
			end = s.End
		}
	}
	if start < 0 {
		return nil, fmt.Errorf("%s has no %s %d-%d", doc.Path, unit, from, to)
	}
	return []byte(text[start:end]), nil
}

// lookupDoc finds a document by the path a user typed: absolute, relative
// to the working folder, or as displayed.
func lookupDoc(c refReader, p string) (corpus.Document, error) {
	abs, err := filepath.Abs(p)
	if err != nil {
		return corpus.Document{}, err
	}
	doc, err := c.DocumentByPath(filepath.ToSlash(abs))
	if err != nil {
		return corpus.Document{}, fmt.Errorf("%s is not in the store (ingest its folder first): %w", p, err)
	}
	return doc, nil
}
