package rag

import (
	"fmt"
	"io"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/verify"
)

// QuoteBytes is how much of a citation's quote WriteSources shows.
const QuoteBytes = 400

// WriteSources writes the "Sources:" list of an answer's citations, the
// form `verbatim ask` prints and the OpenAI-compatible endpoint appends to
// its answer text:
//
//	Sources:
//	[1] notes/velmora.md:3  (bytes 180-330, passage 332fb253337c5bdb-0)
//	    "Chronicles record that the town was founded in 1214 …"
//
// ref turns a citation's span into the reference shown (the CLI shows
// paths relative to the working folder); nil shows Span.String(). Quotes
// are clipped to QuoteBytes on one line and written Go-quoted, so they
// carry no control characters. Nothing is written when there are no
// citations.
func WriteSources(w io.Writer, cites []verify.Citation, ref func(corpus.Span) string) {
	if len(cites) == 0 {
		return
	}
	if ref == nil {
		ref = corpus.Span.String
	}
	fmt.Fprintln(w, "Sources:")
	for _, c := range cites {
		fmt.Fprintf(w, "[%d] %s  (%s)\n", c.N, ref(c.Span), citationDetail(c.Span, c.PassageID))
		fmt.Fprintf(w, "    %q\n", corpus.Clip(corpus.OneLine(c.Quote), QuoteBytes))
	}
}

// citationDetail is what a source line adds to its reference: the byte
// range in the original file when the format maps text to bytes (text,
// Markdown, HTML), and the passage id. PDF pages and DOCX paragraphs have
// no byte range; their reference (paper.pdf:p14) is the whole location.
func citationDetail(sp corpus.Span, passageID string) string {
	if sp.SrcStart < 0 || sp.SrcEnd < sp.SrcStart {
		return "passage " + passageID
	}
	return fmt.Sprintf("bytes %d-%d, passage %s", sp.SrcStart, sp.SrcEnd, passageID)
}
