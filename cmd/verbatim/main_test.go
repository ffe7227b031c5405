package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/generate"
	"github.com/verbatim-rag/verbatim/index"
	"github.com/verbatim-rag/verbatim/rag"
	"github.com/verbatim-rag/verbatim/retrieve"
)

// run executes one verbatim command in-process against dataDir.
func run(t *testing.T, dataDir string, args ...string) (string, string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	cmd := newRootCmd(strings.NewReader(""), &out, &errOut)
	cmd.SetArgs(append([]string{"--data-dir", dataDir}, args...))
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	err := cmd.ExecuteContext(ctx)
	return out.String(), errOut.String(), err
}

// ingestedEntries ingests testdata/entries into a fresh data folder of an
// isolated test, with the ingest's flags ("--no-train"), and returns the
// folder.
func ingestedEntries(t *testing.T, flags ...string) string {
	t.Helper()
	isolate(t)
	data := t.TempDir()
	entries, err := filepath.Abs("../../testdata/entries")
	require.NoError(t, err)
	_, _, err = run(t, data, append(append([]string{"ingest"}, flags...), entries)...)
	require.NoError(t, err)
	return data
}

// oneNoteStore ingests one small Markdown file ("# A", "Alpha bravo.")
// into a fresh data folder of an isolated test, without training, and
// returns the folder and the file's path.
func oneNoteStore(t *testing.T) (data, path string) {
	t.Helper()
	isolate(t)
	data = t.TempDir()
	path = filepath.Join(t.TempDir(), "a.md")
	require.NoError(t, os.WriteFile(path, []byte("# A\nAlpha bravo.\n"), 0o644))
	_, _, err := run(t, data, "ingest", "--no-train", filepath.Dir(path))
	require.NoError(t, err)
	return data, path
}

// isolate keeps the user's own config and data out of the test.
func isolate(t *testing.T) {
	t.Helper()
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	t.Setenv("HOME", t.TempDir())
}

func corpusDir(t *testing.T) string {
	t.Helper()
	d, err := filepath.Abs("../../testdata/corpus")
	require.NoError(t, err)
	return d
}

func TestIngestSearchShowStatus(t *testing.T) {
	isolate(t)
	data := t.TempDir()
	out, _, err := run(t, data, "ingest", corpusDir(t))
	require.NoError(t, err)
	assert.Contains(t, out, "added")
	assert.Contains(t, out, "model:")

	// Re-ingest: nothing changes, nothing is retrained.
	out, _, err = run(t, data, "ingest", corpusDir(t))
	require.NoError(t, err)
	assert.Contains(t, out, "0 added, 0 updated")
	assert.NotContains(t, out, "model:")

	out, _, err = run(t, data, "search", "--json", "lighthouse keeper")
	require.NoError(t, err)
	var res struct {
		Results []retrieve.Result `json:"results"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &res))
	require.NotEmpty(t, res.Results)
	top := res.Results[0]
	assert.Equal(t, 1, top.Rank)
	assert.NotEmpty(t, top.Ref)
	for _, m := range top.SnippetMatches {
		assert.LessOrEqual(t, m[1], len(top.Snippet))
	}
	for _, m := range top.Matches {
		assert.LessOrEqual(t, m[1], len(top.Text))
	}

	// show prints the passage byte for byte.
	out, _, err = run(t, data, "show", top.PassageID)
	require.NoError(t, err)
	assert.Equal(t, top.Text, out)

	out, _, err = run(t, data, "status", "--json")
	require.NoError(t, err)
	assert.Contains(t, out, `"documents"`)
}

func TestShowLinesIsByteExact(t *testing.T) {
	isolate(t)
	data := t.TempDir()
	_, _, err := run(t, data, "ingest", "--no-train", corpusDir(t))
	require.NoError(t, err)
	entries, err := os.ReadDir(corpusDir(t))
	require.NoError(t, err)
	var checked int
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".md") {
			continue
		}
		path := filepath.Join(corpusDir(t), e.Name())
		raw, err := os.ReadFile(path)
		require.NoError(t, err)
		lines := strings.SplitAfter(string(raw), "\n")
		out, _, err := run(t, data, "show", path+":2-3")
		require.NoError(t, err)
		assert.Equal(t, lines[1]+lines[2], out, path)
		out, _, err = run(t, data, "show", path)
		require.NoError(t, err)
		assert.Equal(t, string(raw), out, path)
		checked++
	}
	assert.Positive(t, checked)
	_, _, err = run(t, data, "show", "no/such/file.md:1")
	assert.ErrorContains(t, err, "not in the store")
}

func TestAskCitesExactSpans(t *testing.T) {
	data := ingestedEntries(t)

	out, _, err := run(t, data, "ask", "--json", "When was Velmora founded?")
	require.NoError(t, err)
	var ans rag.Answer
	require.NoError(t, json.Unmarshal([]byte(out), &ans))
	assert.Contains(t, ans.Text, "1214")
	require.NotEmpty(t, ans.Citations)
	for _, c := range ans.Citations {
		raw, err := os.ReadFile(c.Span.Path)
		require.NoError(t, err)
		// Entries are Markdown: the quote is the file's own bytes at the span.
		assert.Equal(t, c.Quote, string(raw[c.Span.SrcStart:c.Span.SrcEnd]))
	}

	out, _, err = run(t, data, "ask", "--bare", "When was Velmora founded?")
	require.NoError(t, err)
	assert.Contains(t, out, "unverified recall")

	out, _, err = run(t, data, "ask", "--json", "What is the favourite colour of Zygmunt Blorfeld?")
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal([]byte(out), &ans))
	assert.True(t, ans.Abstained)
	assert.Equal(t, generate.NotFound, ans.Text)
}

func TestLockedStoreFailsFast(t *testing.T) {
	isolate(t)
	data := t.TempDir()
	c, err := index.Open(data, index.Options{})
	require.NoError(t, err)
	defer c.Close()
	start := time.Now()
	_, _, err = run(t, data, "ingest", corpusDir(t))
	require.ErrorIs(t, err, index.ErrLocked)
	assert.Contains(t, err.Error(), "in use by another verbatim process")
	assert.Less(t, time.Since(start), 15*time.Second)
}

func TestConfigSources(t *testing.T) {
	isolate(t)
	dir := t.TempDir()
	file := filepath.Join(dir, "verbatim.yaml")
	require.NoError(t, os.WriteFile(file, []byte("search:\n  k: 5\ningest:\n  max_file_size: 2MiB\n"), 0o644))
	t.Setenv("VERBATIM_MODEL_BUDGET", "64KiB")
	out, _, err := run(t, t.TempDir(), "--config", file, "config", "--json")
	require.NoError(t, err)
	var got struct {
		File     string `json:"file"`
		Settings []struct {
			Key    string `json:"key"`
			Value  any    `json:"value"`
			Source string `json:"source"`
		} `json:"settings"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &got))
	sources := map[string]string{}
	for _, s := range got.Settings {
		sources[s.Key] = s.Source
	}
	assert.Equal(t, "file "+file, sources["search.k"])
	assert.Equal(t, "env VERBATIM_MODEL_BUDGET", sources["model.budget"])
	assert.Equal(t, "flag --data-dir", sources["data_dir"])
	assert.Equal(t, "default", sources["generator"])
}

func TestBadConfigNamesField(t *testing.T) {
	isolate(t)
	t.Setenv("VERBATIM_GENERATOR", "gpt-banana")
	_, _, err := run(t, t.TempDir(), "status")
	assert.ErrorContains(t, err, "generator")
}

// TestShowEveryCitedKind: the references printed for PDF pages and DOCX
// paragraphs resolve with show, to an exact slice of the stored text.
func TestShowEveryCitedKind(t *testing.T) {
	isolate(t)
	data := t.TempDir()
	_, _, err := run(t, data, "ingest", "--no-train", corpusDir(t))
	require.NoError(t, err)
	for _, format := range []string{"pdf", "docx"} {
		out, _, err := run(t, data, "search", "--json", "--format", format, "keeper members council")
		require.NoError(t, err)
		var res struct {
			Results []retrieve.Result `json:"results"`
		}
		require.NoError(t, json.Unmarshal([]byte(out), &res))
		require.NotEmpty(t, res.Results, format)
		r := res.Results[0]
		shown, _, err := run(t, data, "show", r.Ref)
		require.NoError(t, err, r.Ref)
		assert.Contains(t, shown, r.Text, "%s: the cited range holds the passage", r.Ref)
	}
}

func TestAskCitesPDFPage(t *testing.T) {
	isolate(t)
	data := t.TempDir()
	_, _, err := run(t, data, "ingest", corpusDir(t))
	require.NoError(t, err)
	out, _, err := run(t, data, "ask", "How many visitors did the museum receive in its first season?")
	require.NoError(t, err)
	assert.Contains(t, out, "6,214")
	assert.Regexp(t, `\[1\] \S*annual-report-1998\.pdf:p1  \(passage [0-9a-f]+-\d+\)`, out, "a page, as the format has")
	assert.NotContains(t, out, "-1--1", "no unknown byte offsets in human output")
	assert.NotContains(t, out, "bytes", "a page has no byte range")
}

// TestShowOriginalBytes: a citation's "bytes A-B" count the original
// file, and show --original path@A-B prints them; path@A-B alone counts
// the extracted text.
func TestShowOriginalBytes(t *testing.T) {
	isolate(t)
	data, folder := t.TempDir(), t.TempDir()
	page := "<html><body><p>The <b>Korvath</b> lamp burns &amp; turns.</p></body></html>"
	path := filepath.Join(folder, "lamp.html")
	require.NoError(t, os.WriteFile(path, []byte(page), 0o644))
	_, _, err := run(t, data, "ingest", "--no-train", folder)
	require.NoError(t, err)
	a := strings.Index(page, "<b>Korvath</b>")
	b := a + len("<b>Korvath</b>")
	out, _, err := run(t, data, "show", "--original", fmt.Sprintf("%s@%d-%d", path, a, b))
	require.NoError(t, err)
	assert.Equal(t, "<b>Korvath</b>", out)
	out, _, err = run(t, data, "show", fmt.Sprintf("%s@%d-%d", path, 0, 11))
	require.NoError(t, err)
	assert.Equal(t, "The Korvath", out, "without --original: the extracted text's bytes")
	_, _, err = run(t, data, "show", "--original", path+":1")
	assert.ErrorContains(t, err, "--original takes a byte range")
}

// show given a folder (one whose files are stored, with or without a
// trailing slash) says it is a folder and what show takes, instead of
// telling the user to ingest a folder already ingested.
func TestShowFolderSaysItIsAFolder(t *testing.T) {
	isolate(t)
	data := t.TempDir()
	docs := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(docs, "sub"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(docs, "sub", "a.md"), []byte("# A\nAlpha bravo.\n"), 0o644))
	_, _, err := run(t, data, "ingest", "--no-train", docs)
	require.NoError(t, err)
	for _, ref := range []string{filepath.Join(docs, "sub"), filepath.Join(docs, "sub") + "/", docs} {
		_, _, err = run(t, data, "show", ref)
		require.Error(t, err, ref)
		assert.ErrorContains(t, err, "is a folder: show takes a file, a citation (notes/a.md:12) or a passage id", ref)
		assert.NotContains(t, err.Error(), "ingest its folder first", ref)
	}
	// A file not stored keeps the message it had.
	_, _, err = run(t, data, "show", filepath.Join(docs, "sub", "b.md"))
	assert.ErrorContains(t, err, "is not in the store (ingest its folder first)")
}

// show's --extracted and --original each apply to one kind of reference;
// given with another they are refused, as --original already was, rather
// than ignored.
func TestShowFlagsRefuseOtherReferences(t *testing.T) {
	data, a := oneNoteStore(t)
	out, _, err := run(t, data, "search", "--json", "alpha")
	require.NoError(t, err)
	var res struct {
		Results []retrieve.Result `json:"results"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &res))
	require.NotEmpty(t, res.Results)
	id := res.Results[0].PassageID
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"--extracted", a + ":2"}, "--extracted takes a whole file (path), not a part of one"},
		{[]string{"--extracted", a + "@0-3"}, "--extracted takes a whole file (path), not a part of one"},
		{[]string{"--extracted", id}, "--extracted takes a whole file (path), not a part of one"},
		{[]string{"--original", "--extracted", a + "@0-3"}, "--original and --extracted cannot be given together"},
		{[]string{"--original", a + ":2"}, "--original takes a byte range, path@A-B"},
	}
	for _, tt := range tests {
		_, _, err := run(t, data, append([]string{"show"}, tt.args...)...)
		assert.ErrorContains(t, err, tt.want, tt.args)
	}
	out, _, err = run(t, data, "show", "--extracted", a)
	require.NoError(t, err)
	assert.Equal(t, "# A\nAlpha bravo.\n", out)
}

// A command given the wrong number of arguments names itself and its
// usage, not only cobra's "requires at least 1 arg(s)".
func TestWrongArgumentsNameTheCommand(t *testing.T) {
	isolate(t)
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"ask"}, `ask: requires at least 1 arg(s), only received 0 (usage: verbatim ask "QUESTION")`},
		{[]string{"search"}, `search: requires at least 1 arg(s), only received 0 (usage: verbatim search "QUERY")`},
		{[]string{"show", "deck.pptx:slide", "3"}, `show: accepts 1 arg(s), received 2 (usage: verbatim show REF; quote a reference with spaces)`},
		{[]string{"compare"}, `compare: accepts 1 arg(s), received 0 (usage: verbatim compare QUESTIONS.jsonl|.csv)`},
		{[]string{"ingest"}, `ingest: requires at least 1 arg(s), only received 0 (usage: verbatim ingest DIR [DIR...])`},
		{[]string{"rm"}, `rm: requires at least 1 arg(s), only received 0 (usage: verbatim rm PATH [PATH...])`},
		{[]string{"status", "x"}, `status: unknown command "x" for "verbatim status" (usage: verbatim status)`},
	}
	for _, tt := range tests {
		_, _, err := run(t, t.TempDir(), tt.args...)
		require.Error(t, err, tt.args)
		assert.Equal(t, tt.want, err.Error(), tt.args)
	}
}

// A --path folder that does not exist (a typo) is named when nothing
// matches, so "no passages match" or "The documents do not contain the
// answer." is not taken for the documents' fault.
func TestPathFilterTypoIsNamed(t *testing.T) {
	data := ingestedEntries(t)
	entries, err := filepath.Abs("../../testdata/entries")
	require.NoError(t, err)
	typo := filepath.Join(filepath.Dir(entries), "entires")
	out, _, err := run(t, data, "search", "--path", typo, "Korvath Tunnel")
	require.NoError(t, err)
	assert.Equal(t, "no passages match\nnote: --path "+typo+": no such file or folder\n", out)

	out, _, err = run(t, data, "ask", "--path", typo, "How long is the Korvath Tunnel?")
	require.NoError(t, err)
	assert.Contains(t, out, "The documents do not contain the answer.")
	assert.Contains(t, out, "note: --path "+typo+": no such file or folder\n")

	// A folder that exists but holds no match gets no note; nor does a glob.
	out, _, err = run(t, data, "search", "--path", entries, "--path", "*.nothing", "zzyzx")
	require.NoError(t, err)
	assert.Equal(t, "no passages match\n", out)
}

// status's time is that of the last change to the store (the model's
// freshness stamp), not of the last ingest: an ingest that changes nothing
// leaves it, so the line says "last change".
func TestStatusNamesTheLastChange(t *testing.T) {
	data, a := oneNoteStore(t)
	docs := filepath.Dir(a)
	before, _, err := run(t, data, "status", "--json")
	require.NoError(t, err)
	_, _, err = run(t, data, "ingest", "--no-train", docs)
	require.NoError(t, err)
	after, _, err := run(t, data, "status", "--json")
	require.NoError(t, err)
	stamp := regexp.MustCompile(`"last_ingest": "[^"]+"`)
	assert.Equal(t, stamp.FindString(before), stamp.FindString(after), "an ingest that changed nothing leaves the time")

	out, _, err := run(t, data, "status")
	require.NoError(t, err)
	assert.Regexp(t, `(?m)^last change:  \d{4}-`, out)
	assert.NotContains(t, out, "last ingest")
}

// The summary's byte count is what the run read, which an unchanged
// re-ingest does not: it says "read", so "(0B)" is not taken for empty
// files.
func TestIngestSummarySaysBytesRead(t *testing.T) {
	isolate(t)
	data := t.TempDir()
	docs := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(docs, "a.md"), []byte("# A\nAlpha bravo.\n"), 0o644))
	out, _, err := run(t, data, "ingest", "--no-train", docs)
	require.NoError(t, err)
	assert.Contains(t, out, "1 files (17B read) in ")
	out, _, err = run(t, data, "ingest", "--no-train", docs)
	require.NoError(t, err)
	assert.Contains(t, out, "1 files (0B read) in ")
}

// TestIngestFailureNamesFileOnce: a file that fails to extract is named
// once on its "failed:" line; the extractor's own "ingest: PATH:" prefix
// is not printed after it again.
func TestIngestFailureNamesFileOnce(t *testing.T) {
	isolate(t)
	docs := t.TempDir()
	bad := filepath.Join(docs, "broken.docx")
	require.NoError(t, os.WriteFile(bad, []byte("PK\x03\x04garbage"), 0o644))
	out, _, err := run(t, t.TempDir(), "ingest", "--no-train", docs)
	require.NoError(t, err, "a file that fails inside a folder is a listed failure")
	var line string
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, "failed: ") {
			line = l
		}
	}
	require.NotEmpty(t, line, out)
	assert.Equal(t, 1, strings.Count(line, "broken.docx"), line)
	assert.Contains(t, line, "malformed file")
}
