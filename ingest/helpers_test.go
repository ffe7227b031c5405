package ingest

import (
	"os"
	"path/filepath"
	"sort"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
)

// corpusDir is the sample corpus shared with the other packages' tests.
const corpusDir = "../testdata/corpus"

// readTestdata reads a file of ../testdata.
func readTestdata(t testing.TB, rel string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "testdata", filepath.FromSlash(rel)))
	require.NoError(t, err)
	return data
}

// extractionInvariants holds for every successful extraction: valid UTF-8,
// segments sorted, inside the text and not overlapping, sections sorted and
// inside the text, verbatim segments equal to their source bytes.
func extractionInvariants(t testing.TB, src []byte, ex corpus.Extraction) {
	t.Helper()
	require.True(t, utf8.ValidString(ex.Text), "text is not valid UTF-8")
	prevEnd := 0
	for i, s := range ex.Map {
		require.LessOrEqual(t, prevEnd, s.Start, "segment %d overlaps or is unsorted", i)
		require.LessOrEqual(t, s.Start, s.End, "segment %d", i)
		require.LessOrEqual(t, s.End, len(ex.Text), "segment %d", i)
		prevEnd = s.End
		if s.Verbatim {
			require.True(t, s.SrcStart >= 0 && s.SrcEnd <= int64(len(src)) && s.SrcStart <= s.SrcEnd, "segment %d source range", i)
			require.Equal(t, string(src[s.SrcStart:s.SrcEnd]), ex.Text[s.Start:s.End], "verbatim segment %d", i)
		}
	}
	require.True(t, sort.SliceIsSorted(ex.Sections, func(i, j int) bool { return ex.Sections[i].Start < ex.Sections[j].Start }))
	for _, s := range ex.Sections {
		require.True(t, s.Start >= 0 && s.Start <= len(ex.Text), "section %q start %d", s.Title, s.Start)
		require.True(t, s.Level >= 1 && s.Level <= 9, "section %q level %d", s.Title, s.Level)
	}
}

// rangeInvariants holds for the ranges of every chunked text. A range is
// at most 4×Size (a cut inside a long word) plus a tail of at most Min ≤
// Size/2 bytes, plus a rune.
func rangeInvariants(t testing.TB, text string, ranges []Range, cfg ChunkConfig) {
	t.Helper()
	cfg = cfg.normalize()
	maxLen := 4*cfg.Size + cfg.Size/2 + utf8.UTFMax
	prev := Range{-1, -1}
	for i, r := range ranges {
		require.True(t, r.Start >= 0 && r.Start < r.End && r.End <= len(text), "range %d %v of %d", i, r, len(text))
		require.LessOrEqual(t, r.End-r.Start, maxLen, "range %d %v longer than the chunk size %d allows", i, r, cfg.Size)
		require.Greater(t, r.Start, prev.Start, "range %d starts must increase", i)
		require.Greater(t, r.End, prev.End, "range %d ends must increase", i)
		require.False(t, isSpace(text[r.Start]) || isSpace(text[r.End-1]), "range %d not trimmed", i)
		require.True(t, utf8.RuneStart(text[r.Start]) && (r.End == len(text) || utf8.RuneStart(text[r.End])), "range %d splits a rune", i)
		prev = r
	}
}
