package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/rag"
	"github.com/verbatim-rag/verbatim/retrieve"
)

// TestNonUTF8PathsInJSON: a file named with a byte that is not UTF-8
// (Latin-1 "caf\xe9.txt") keeps its name through search --json and ask
// --json, escaped as the README says, and the reference printed there
// finds the file with `verbatim show`. JSON wrote U+FFFD for the byte, and
// the reference named no file.
func TestNonUTF8PathsInJSON(t *testing.T) {
	isolate(t)
	dir, data := t.TempDir(), t.TempDir()
	name := filepath.Join(dir, "caf\xe9.txt")
	require.NoError(t, os.WriteFile(name, []byte("The cafe sells espresso for two euros.\n"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, `back\slash.txt`), []byte("The bakery sells croissants.\n"), 0o644))
	_, _, err := run(t, data, "ingest", dir)
	require.NoError(t, err)

	out, _, err := run(t, data, "search", "--json", "espresso")
	require.NoError(t, err)
	var res struct{ Results []retrieve.Result }
	require.NoError(t, json.Unmarshal([]byte(out), &res), out)
	require.Len(t, res.Results, 1)
	r := res.Results[0]
	assert.Equal(t, corpus.EscapePath(filepath.ToSlash(name)), r.Path)
	assert.Equal(t, "caf\xe9.txt", filepath.Base(r.Span.Path))
	assert.Contains(t, r.Ref, `caf\xe9.txt:1`)
	shown, _, err := run(t, data, "show", r.Ref)
	require.NoError(t, err)
	assert.Equal(t, "The cafe sells espresso for two euros.\n", shown)

	out, _, err = run(t, data, "ask", "--json", "How much does espresso cost?")
	require.NoError(t, err)
	var ans rag.AnswerJSON
	require.NoError(t, json.Unmarshal([]byte(out), &ans), out)
	require.NotEmpty(t, ans.Sources)
	assert.Equal(t, filepath.ToSlash(name), ans.Sources[0].Span.Path)
	assert.Equal(t, filepath.ToSlash(name), ans.Sources[0].Passage.Path)
	shown, _, err = run(t, data, "show", ans.Sources[0].Ref)
	require.NoError(t, err)
	assert.Equal(t, "The cafe sells espresso for two euros.\n", shown)

	// A backslash is doubled, so that the escape has one reading, and show
	// takes the doubled form.
	out, _, err = run(t, data, "search", "--json", "croissants")
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal([]byte(out), &res), out)
	require.Len(t, res.Results, 1)
	assert.Contains(t, res.Results[0].Ref, `back\\slash.txt:1`)
	shown, _, err = run(t, data, "show", res.Results[0].Ref)
	require.NoError(t, err)
	assert.Equal(t, "The bakery sells croissants.\n", shown)
}
