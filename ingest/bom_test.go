package ingest

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestByteOrderMark: a text-like file saved with a UTF-8 byte order mark
// (as Notepad saves it) keeps its original bytes and its extraction, but
// its first heading is found, and no passage (nor so any quote or answer
// copied from one) begins with the invisible mark.
func TestByteOrderMark(t *testing.T) {
	tests := []struct {
		name, path, in string
		title          string
		sections       []string
		first          string // the text the first passage begins with
		cite           string
	}{
		{"markdown heading", "mill.md", "\ufeff# Frelmark Mill\n\nThe mill grinds 77 tonnes a day.\n",
			"Frelmark Mill", []string{"Frelmark Mill"}, "# Frelmark Mill", ":1-3"},
		{"markdown front matter", "fm.md", "\ufeff---\ntitle: Osk Weir\n---\nThe weir is 12 metres high.\n",
			"Osk Weir", nil, "---", ":1-4"},
		{"rst title", "weir.rst", "\ufeffOsk Weir\n========\n\nThe weir is 12 metres high.\n",
			"Osk Weir", []string{"Osk Weir"}, "Osk Weir", ":1-4"},
		{"plain text crlf", "tower.txt", "\ufeffThe Quillon Tower has 48 floors.\r\nIt opened in 1931.\r\n",
			"", nil, "The Quillon Tower", ":1-2"},
		{"source code", "a.go", "\ufeffpackage a\n", "", nil, "package a", ":1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ex, err := Extract(tt.path, []byte(tt.in))
			require.NoError(t, err)
			extractionInvariants(t, []byte(tt.in), ex)
			assert.Equal(t, tt.in, ex.Text, "the extraction is the file's own bytes")
			assert.Equal(t, tt.title, ex.Title)
			var titles []string
			for _, s := range ex.Sections {
				titles = append(titles, s.Title)
			}
			assert.Equal(t, tt.sections, titles)
			ranges := Chunk(ex, defaultChunk)
			require.NotEmpty(t, ranges)
			rangeInvariants(t, ex.Text, ranges, defaultChunk)
			assert.True(t, strings.HasPrefix(ex.Text[ranges[0].Start:ranges[0].End], tt.first), "first passage %q", ex.Text[ranges[0].Start:ranges[0].End])
			sp := ex.Map.Locate(ex.Text, ranges[0].Start, ranges[0].End)
			assert.Equal(t, tt.cite, sp.String())
			assert.Equal(t, ex.Text[ranges[0].Start:ranges[0].End], tt.in[sp.SrcStart:sp.SrcEnd], "the citation's bytes are the passage")
		})
	}
}
