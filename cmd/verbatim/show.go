package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/index"
)

type showOptions struct {
	extracted bool
	original  bool
}

func newShowCmd(a *app) *cobra.Command {
	var o showOptions
	cmd := &cobra.Command{
		Use:   "show REF",
		Short: "Print stored text byte for byte: a passage id, path, path:12-14, path:p3, path:¶4, path:slide 3, path:Sheet1!12 or path@120-480",
		Long: `Prints exactly what the store holds, so any citation can be checked:
  verbatim show 3fa2c1d0e9ab41c2-7          a passage (its exact text)
  verbatim show notes/a.md:12-14            lines of the original file (also CSV rows)
  verbatim show paper.pdf:p3                the extracted text of a page
  verbatim show report.docx:¶4-6            the text of paragraphs (DOCX, ODT)
  verbatim show book.epub:EPUB/ch2.xhtml¶4  paragraphs of an EPUB chapter file
  verbatim show "deck.pptx:slide 3"         the text of a slide
  verbatim show "sheet.xlsx:Sheet1!12-15"   rows of a sheet, as extracted
  verbatim show notes/a.md@120-480          bytes of the extracted text
  verbatim show --original page.html@327-407 bytes of the original file (a citation's "bytes A-B")
  verbatim show notes/a.md                  the original file (--extracted: its text)`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error { return a.runShow(cmd.Context(), args[0], o) },
	}
	cmd.Flags().BoolVar(&o.extracted, "extracted", false, "with a path (a whole file): print its extracted text rather than its original bytes")
	cmd.Flags().BoolVar(&o.original, "original", false, "with path@A-B: bytes A-B of the original file (as a citation's \"bytes A-B\" counts them), not of the extracted text")
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
		c, err := a.openCorpusWith(index.Options{ReadOnly: true, AllowOutdated: true}) // show reads the store only
		if err != nil {
			return err
		}
		defer c.Close()
		refs = c
	}
	switch {
	case o.original && o.extracted:
		return fmt.Errorf("show %s: --original and --extracted cannot be given together", refText)
	case o.original && ref.Kind != corpus.RefBytes:
		return fmt.Errorf("show %s: --original takes a byte range, path@A-B", refText)
	case o.extracted && ref.Kind != corpus.RefFile:
		return fmt.Errorf("show %s: --extracted takes a whole file (path), not a part of one: lines and bytes (path@A-B) print as the reference says", refText)
	}
	b, err := resolveRef(refs, ref, o)
	if err != nil {
		return fmt.Errorf("show %s: %w", refText, err)
	}
	_, err = a.out.Write(b)
	return err
}

func resolveRef(c refReader, ref corpus.Ref, o showOptions) ([]byte, error) {
	if ref.Kind == corpus.RefPassage {
		p, _, err := c.Passage(ref.ID)
		return []byte(p.Text), err
	}
	doc, err := lookupDoc(c, ref.Path)
	if err != nil {
		return nil, err
	}
	if ref.Kind == corpus.RefBytes && o.original {
		orig, err := c.Original(doc.ID)
		if err != nil {
			return nil, err
		}
		if ref.To > len(orig) {
			return nil, fmt.Errorf("bytes %d-%d: the original file has %d bytes", ref.From, ref.To, len(orig))
		}
		return orig[ref.From:ref.To], nil
	}
	switch ref.Kind {
	case corpus.RefLines:
		orig, err := c.Original(doc.ID)
		if err != nil {
			return nil, err
		}
		if !doc.Format.HasLines() {
			return nil, fmt.Errorf("%s is %s: it has no lines; cite it by %s or bytes (@120-480)", ref.Path, doc.Format, unitHint(doc.Format))
		}
		return corpus.Lines(orig, ref.From, ref.To)
	case corpus.RefPages:
		return segments(c, doc, "pages", ref, func(s corpus.Segment) int { return s.Page })
	case corpus.RefParas:
		return segments(c, doc, "paragraphs", ref, func(s corpus.Segment) int { return s.Para })
	case corpus.RefSlides:
		return segments(c, doc, "slides", ref, func(s corpus.Segment) int { return s.Slide })
	case corpus.RefRows:
		return segments(c, doc, "rows", ref, func(s corpus.Segment) int { return s.Row })
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
		if o.extracted {
			text, _, err := c.Text(doc.ID)
			return []byte(text), err
		}
		return c.Original(doc.ID)
	}
}

// segments returns the extracted text from the first to the last segment
// of ref.Part whose page, paragraph, slide or row number (as number picks
// it) lies in ref.From..ref.To: one exact slice of the stored text,
// separators included. Copies of a table's header row count only when
// nothing else matches (the header row itself asked for), then the first.
func segments(c refReader, doc corpus.Document, unit string, ref corpus.Ref, number func(corpus.Segment) int) ([]byte, error) {
	text, ex, err := c.Text(doc.ID)
	if err != nil {
		return nil, err
	}
	var match []corpus.Segment
	var repeats []corpus.Segment
	for _, s := range ex.Map {
		if n := number(s); s.Part == ref.Part && n >= ref.From && n <= ref.To {
			if s.Repeat {
				repeats = append(repeats, s)
			} else {
				match = append(match, s)
			}
		}
	}
	if len(match) == 0 && len(repeats) > 0 {
		match = repeats[:1]
	}
	if len(match) == 0 {
		if err := missingPart(doc, ref.Part, ex.Map); err != nil {
			return nil, err
		}
		where := ""
		if ref.Part != "" {
			where = " in " + ref.Part
		}
		return nil, fmt.Errorf("%s has no %s %d-%d%s (cite %s files by %s)", doc.Path, unit, ref.From, ref.To, where, doc.Format, unitHint(doc.Format))
	}
	return []byte(text[match[0].Start:match[len(match)-1].End]), nil
}

// missingPart names the sheets or chapter files doc has when part (a
// sheet of a workbook, a chapter file of a book) is none of them: a sheet
// name typed wrong said only "has no rows 2-2 in Nope".
func missingPart(doc corpus.Document, part string, segs []corpus.Segment) error {
	if part == "" {
		return nil
	}
	var parts []string
	for _, s := range segs {
		if s.Part == part {
			return nil
		}
		if s.Part != "" && !slices.Contains(parts, s.Part) {
			parts = append(parts, s.Part)
		}
	}
	kind := "part"
	switch doc.Format {
	case corpus.XLSX:
		kind = "sheet"
	case corpus.EPUB:
		kind = "chapter file"
	}
	const most = 10
	list := strings.Join(parts[:min(len(parts), most)], ", ")
	if len(parts) > most {
		list += fmt.Sprintf(", … (%d in all)", len(parts))
	}
	return fmt.Errorf("%s has no %s %q (its %ss: %s)", doc.Path, kind, part, kind, list)
}

// unitHint says how citations of a format name their place.
func unitHint(f corpus.Format) string {
	switch f {
	case corpus.PDF:
		return "page (:p3)"
	case corpus.DOCX, corpus.ODT:
		return "paragraph (:¶4)"
	case corpus.EPUB:
		return "chapter file and paragraph (:EPUB/text/ch002.xhtml¶4)"
	case corpus.PPTX:
		return "slide (:slide 3)"
	case corpus.XLSX:
		return "sheet and row (:Sheet1!12)"
	}
	return "line (:12-14)"
}

// lookupDoc finds a document by the path a user typed: absolute, relative
// to the working folder, or as displayed.
func lookupDoc(c refReader, p string) (corpus.Document, error) {
	abs, err := filepath.Abs(p)
	if err != nil {
		return corpus.Document{}, err
	}
	doc, err := c.DocumentByPath(filepath.ToSlash(abs))
	if u, ok := uncleanText(p); err != nil && ok {
		// A reference as printed, with its control characters escaped.
		if uabs, aerr := filepath.Abs(u); aerr == nil {
			if udoc, uerr := c.DocumentByPath(filepath.ToSlash(uabs)); uerr == nil {
				return udoc, nil
			}
		}
	}
	if err != nil {
		if fi, serr := os.Stat(abs); serr == nil && fi.IsDir() {
			return corpus.Document{}, fmt.Errorf("%s is a folder: show takes a file, a citation (notes/a.md:12) or a passage id (verbatim search lists them): %w", p, err)
		}
		return corpus.Document{}, fmt.Errorf("%s is not in the store (ingest its folder first): %w", p, err)
	}
	return doc, nil
}
