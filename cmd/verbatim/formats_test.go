package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/rag"
	"github.com/verbatim-rag/verbatim/verify"
)

// TestFormatsRoundTrip: for every format read from a container or a table
// (fixtures made by pandoc and LibreOffice, testdata/formats) and for POD
// (a manual page written by hand), ingest, ask, and hand the printed
// citation to show, which must print the quoted text.
func TestFormatsRoundTrip(t *testing.T) {
	isolate(t)
	data := t.TempDir()
	dir, err := filepath.Abs("../../testdata/formats")
	require.NoError(t, err)
	out, _, err := run(t, data, "ingest", "--exclude", "src", dir)
	require.NoError(t, err)
	assert.Contains(t, out, "6 added")
	assert.Contains(t, out, "0 failed")

	tests := []struct {
		format, question string
		ref              string // the citation, after the folder
		answer           string
	}{
		{"epub", "When was the lighthouse on Skerry Finn first lit?", "keepers-journal.epub:EPUB/text/ch001.xhtml¶2", "3 November 1871"},
		{"odt", "What were the harbour dues per gross tonne?", "harbour-rules.odt:¶6", "3 crowns per gross tonne"},
		{"pptx", "What was the call sign of the Velmora radio transmitter?", "signal-deck.pptx:slide 3", "VLM"},
		{"pptx", "When did the transmitter hall burn down?", "signal-deck.pptx:slide 3", "1952"}, // speaker notes
		{"xlsx", "When did the Tarrow Hills Reservoir gauge open?", "tide-gauges.xlsx:tide-gauges!13", "1958"},
		{"csv", "Which river is Kelvisk Bridge on?", "tide-gauges.csv:5", "Ondrel Canal"},
		{"pod", "In which revision of the Standing Orders did the Society set the lampcheck tolerance?", "lampcheck.pod:32-33", "2020 revision"},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			out, _, err := run(t, data, "ask", "--json", "--format", tt.format, tt.question)
			require.NoError(t, err)
			var ans rag.Answer
			require.NoError(t, json.Unmarshal([]byte(out), &ans))
			assert.Contains(t, ans.Text, tt.answer)
			require.NotEmpty(t, ans.Citations, ans.Text)
			c := ans.Citations[0]
			ref := c.Span.String()
			assert.Equal(t, dir+"/"+tt.ref, ref)

			shown, _, err := run(t, data, "show", ref)
			require.NoError(t, err, ref)
			assert.Contains(t, shown, c.Quote, "show %s prints the quoted text", ref)
			assert.Contains(t, c.Quote, tt.answer)

			human, _, err := run(t, data, "ask", "--format", tt.format, tt.question)
			require.NoError(t, err)
			assert.Contains(t, human, tt.ref+"  (")
			assert.NotContains(t, human, "bytes -1", "no unknown offsets in human output")
		})
	}
}

// TestCSVCitesFileBytes: a CSV citation is exact: its byte range in the
// original file holds the quoted record, and show prints those lines.
func TestCSVCitesFileBytes(t *testing.T) {
	data, c := firstCitation(t, "*.csv", "Who was the relief keeper at Ostrandt Weir?")
	raw, err := os.ReadFile(c.Span.Path)
	require.NoError(t, err)
	assert.Equal(t, c.Quote, string(raw[c.Span.SrcStart:c.Span.SrcEnd]))

	// The whole record spans two lines (a quoted line break); show gives both.
	shown, _, err := run(t, data, "show", c.Span.Path+":8-9")
	require.NoError(t, err)
	assert.Equal(t, "Ostrandt Weir,Askel,1911,5.80,\"Tobias Wrenfield\n(relief keeper)\",2000-07-21\n", shown)
	assert.True(t, strings.HasPrefix(shown, c.Quote))
}

// firstCitation ingests the files of testdata/formats that match include
// into a fresh data folder, asks question and returns the folder and the
// answer's first citation.
func firstCitation(t *testing.T, include, question string) (string, verify.Citation) {
	t.Helper()
	isolate(t)
	data := t.TempDir()
	dir, err := filepath.Abs("../../testdata/formats")
	require.NoError(t, err)
	_, _, err = run(t, data, "ingest", "--include", include, dir)
	require.NoError(t, err)
	out, _, err := run(t, data, "ask", "--json", question)
	require.NoError(t, err)
	var ans rag.Answer
	require.NoError(t, json.Unmarshal([]byte(out), &ans))
	require.NotEmpty(t, ans.Citations, ans.Text)
	return data, ans.Citations[0]
}

// TestPODCitesFileBytes: a POD citation is exact: the quote is the text
// with its markup read, its byte range in the file the words as written,
// markup and all, and show prints those lines.
func TestPODCitesFileBytes(t *testing.T) {
	data, c := firstCitation(t, "*.pod", "What is the default light of lampcheck?")
	assert.Equal(t, "The default is Carrick Head.", c.Quote)
	raw, err := os.ReadFile(c.Span.Path)
	require.NoError(t, err)
	assert.Equal(t, "The default is C<Carrick Head>.", string(raw[c.Span.SrcStart:c.Span.SrcEnd]))
	shown, _, err := run(t, data, "show", c.Span.String())
	require.NoError(t, err)
	assert.Equal(t, "The default is C<Carrick Head>.\n", shown)
}

// TestShowNewRefKinds: slides, sheet rows (the header row included) and
// chapter paragraphs resolve; a reference in the wrong unit says which one
// the format uses.
func TestShowNewRefKinds(t *testing.T) {
	isolate(t)
	data := t.TempDir()
	dir, err := filepath.Abs("../../testdata/formats")
	require.NoError(t, err)
	_, _, err = run(t, data, "ingest", "--no-train", "--exclude", "src", dir)
	require.NoError(t, err)
	tests := []struct {
		ref, want, wantErr string
	}{
		{ref: "signal-deck.pptx:slide 2", want: "Construction\nThe mast was built by Brennick Ironworks between 1927 and 1929\nIt stands 312 metres tall on Tarrow Hills"},
		{ref: "signal-deck.pptx:slide2-3", want: "Construction\n"},
		{ref: "tide-gauges.xlsx:tide-gauges!1", want: "station | river | opened | datum_m | keeper"},
		{ref: "tide-gauges.xlsx:tide-gauges!9-10", want: "Lake Ondrel Outlet | Ondrel Canal | 1919 | 12.04 | Annelise Brask | 2002-05-17\n\nstation | river | opened | datum_m | keeper | inspected\nVelmora Central Basin | Vell | 1924 | 6.33 | Mathis Aurel | 1996-12-02"},
		{ref: "tide-gauges.csv:1", want: "station,river,opened,datum_m,keeper,inspected\n"},
		{ref: "tide-gauges.csv:14", want: "Tarrow Hills Reservoir,,1958,88.70,Casimir Hollend,2007-10-25\n"},
		{ref: "keepers-journal.epub:EPUB/text/ch003.xhtml¶1-2", want: "The Last Keeper\n\nMarta Lindqvar kept the light from 1931"},
		{ref: "harbour-rules.odt:¶7", want: "Exemptions"},
		{ref: "signal-deck.pptx:9", wantErr: "cite it by slide (:slide 3)"},
		{ref: "signal-deck.pptx:slide 9", wantErr: "has no slides 9-9"},
		{ref: "tide-gauges.xlsx:Sheet1!2", wantErr: `has no sheet "Sheet1" (its sheets: tide-gauges)`},
		{ref: "tide-gauges.xlsx:tide-gauges!99", wantErr: "has no rows 99-99 in tide-gauges"},
		{ref: "keepers-journal.epub:EPUB/text/ch009.xhtml¶1", wantErr: `has no chapter file "EPUB/text/ch009.xhtml" (its chapter files: EPUB/text/`},
		{ref: "keepers-journal.epub:¶2", wantErr: "chapter file and paragraph"},
	}
	for _, tt := range tests {
		t.Run(tt.ref, func(t *testing.T) {
			out, _, err := run(t, data, "show", filepath.Join(dir, tt.ref))
			if tt.wantErr != "" {
				assert.ErrorContains(t, err, tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.True(t, strings.HasPrefix(out, tt.want), "got %q", out)
		})
	}
}
