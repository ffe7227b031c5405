package rag

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/verify"
)

func TestCitationDetail(t *testing.T) {
	tests := []struct {
		name string
		sp   corpus.Span
		want string
	}{
		{"text has bytes", corpus.Span{SrcStart: 12, SrcEnd: 40}, "bytes 12-40, passage d-1"},
		{"pdf page has none", corpus.Span{SrcStart: -1, SrcEnd: -1, PageStart: 3}, "passage d-1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, citationDetail(tt.sp, "d-1"))
		})
	}
}

func TestWriteSources(t *testing.T) {
	var b strings.Builder
	WriteSources(&b, nil, nil)
	assert.Empty(t, b.String(), "no citations, no list")
	cites := []verify.Citation{
		{N: 1, PassageID: "a-0", Span: corpus.Span{Path: "notes/a.md", SrcStart: 3, SrcEnd: 9, LineStart: 2, LineEnd: 2}, Quote: "Founded\nin 1214."},
		{N: 2, PassageID: "b-4", Span: corpus.Span{Path: "paper.pdf", SrcStart: -1, SrcEnd: -1, PageStart: 3, PageEnd: 3}, Quote: strings.Repeat("x", QuoteBytes+10)},
	}
	WriteSources(&b, cites, func(sp corpus.Span) string { return "./" + sp.String() })
	want := "Sources:\n" +
		"[1] ./notes/a.md:2  (bytes 3-9, passage a-0)\n" +
		"    \"Founded in 1214.\"\n" +
		"[2] ./paper.pdf:p3  (passage b-4)\n" +
		"    \"" + strings.Repeat("x", QuoteBytes) + "…\"\n"
	assert.Equal(t, want, b.String())
}
