package server

import (
	"bufio"
	"bytes"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/generate"
	"github.com/verbatim-rag/verbatim/rag"
	"github.com/verbatim-rag/verbatim/verify"
)

const question = "When did Aldric III become King of Norvania?"

func TestAskJSON(t *testing.T) {
	_, ts := newTestServer(t, DefaultConfig())
	code, b, _ := do(t, "POST", ts.URL+"/api/ask", AskRequest{Question: question, K: 4})
	require.Equal(t, http.StatusOK, code, "%s", b)
	resp := decode[AskResponse](t, b)
	assert.Equal(t, generate.RAG, resp.Mode)
	assert.False(t, resp.Abstained)
	require.NotEmpty(t, resp.Citations)
	c := resp.Citations[0]
	assert.Contains(t, resp.Answer, "[1]")
	assert.Contains(t, c.Span.Path, "aldric-iii.md")
	assert.Equal(t, c.Span.Path+":"+"3", c.Ref, "a one-line quote on line 3")
	assert.Positive(t, c.Span.LineStart)
	orig, err := os.ReadFile(filepath.Join(entriesDir, "aldric-iii.md"))
	require.NoError(t, err)
	assert.Equal(t, c.Quote, string(orig[c.Span.SrcStart:c.Span.SrcEnd]), "byte offsets point at the quote in the file")
	assert.Equal(t, c.DocID, strings.SplitN(c.PassageID, "-", 2)[0])
	assert.NotEmpty(t, resp.Sources)
	assert.Empty(t, resp.Unsupported)
	assert.Equal(t, verify.VerdictSupported, c.Verdict)
	assert.Positive(t, resp.Timings.TotalMS)
}

func TestAskBareFlagsUnsupported(t *testing.T) {
	_, ts := newTestServer(t, DefaultConfig())
	code, b, _ := do(t, "POST", ts.URL+"/api/ask", AskRequest{Question: question, Mode: generate.Bare})
	require.Equal(t, http.StatusOK, code, "%s", b)
	resp := decode[AskResponse](t, b)
	assert.True(t, resp.Unverified)
	assert.Equal(t, bareClaim, resp.Answer)
	assert.Empty(t, resp.Citations)
	require.NotEmpty(t, resp.Unsupported)
	assert.Contains(t, resp.Unsupported[0].Missing, "1867")
	assert.Equal(t, verify.VerdictNotFound, resp.Unsupported[0].Verdict)
	assert.Contains(t, resp.Unsupported[0].Note, `"1867"`)
}

func TestAnswerJSONVerdicts(t *testing.T) {
	src := generate.Source{N: 1}
	src.Passage.ID, src.Passage.Text = "d1-0", "Aldric III was born in 1748 in Quillhaven."
	other := generate.Source{N: 2}
	other.Passage.ID, other.Passage.Text = "d2-0", "The bridge opened in 1867."
	srcs := []generate.Source{src, other}
	text, cites, _ := verify.Cite(generate.Output{Text: "Aldric III was born in 1867 [1]. It was born in Quillhaven."}, srcs, nil)
	ans := rag.Answer{Mode: generate.RAG, Text: text, Citations: cites, Sources: srcs, Checks: verify.CheckSupport(text, cites, srcs)}
	resp := ans.JSON()
	require.Len(t, resp.Citations, 1)
	assert.Equal(t, verify.VerdictUnsupported, resp.Citations[0].Verdict)
	assert.Equal(t, []string{"1867"}, resp.Citations[0].Missing)
	require.Len(t, resp.Unsupported, 2)
	assert.Equal(t, verify.VerdictUnsupported, resp.Unsupported[0].Verdict)
	assert.Equal(t, []string{verify.PassageName("d2-0", nil, srcs)}, resp.Unsupported[0].FoundIn, "1867 is in the other passage")
	assert.Contains(t, resp.Unsupported[0].Note, "wrong citation")
	assert.Equal(t, verify.VerdictUncited, resp.Unsupported[1].Verdict)
	assert.Equal(t, []string{"[1]"}, resp.Unsupported[1].FoundIn)
}

func TestAskAbstainsWhenNothingRelevant(t *testing.T) {
	_, ts := newTestServer(t, DefaultConfig())
	code, b, _ := do(t, "POST", ts.URL+"/api/ask", AskRequest{Question: "Who painted the Zorblax quasar frescoes?"})
	require.Equal(t, http.StatusOK, code, "%s", b)
	resp := decode[AskResponse](t, b)
	assert.True(t, resp.Abstained)
	assert.Empty(t, resp.Citations)
}

func TestAskFilters(t *testing.T) {
	_, ts := newTestServer(t, DefaultConfig())
	code, b, _ := do(t, "POST", ts.URL+"/api/ask", map[string]any{"question": question, "paths": []string{"velmora*"}, "formats": []string{"markdown"}})
	require.Equal(t, http.StatusOK, code, "%s", b)
	for _, s := range decode[AskResponse](t, b).Sources {
		assert.Contains(t, s.Ref, "/velmora", "only passages of velmora* files")
	}
	code, b, _ = do(t, "POST", ts.URL+"/api/ask", map[string]any{"question": question, "formats": []string{"odp"}})
	assert.Equal(t, http.StatusBadRequest, code, "%s", b)
}

// sseEvent is one parsed server-sent event.
type sseEvent struct {
	name, data string
}

func readSSE(t testing.TB, body []byte) []sseEvent {
	t.Helper()
	var out []sseEvent
	var cur sseEvent
	sc := bufio.NewScanner(bytes.NewReader(body))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case line == "":
			if cur.data != "" {
				out = append(out, cur)
			}
			cur = sseEvent{}
		case strings.HasPrefix(line, "event: "):
			cur.name = strings.TrimPrefix(line, "event: ")
		case strings.HasPrefix(line, "data: "):
			require.Empty(t, cur.data, "one data line per event")
			cur.data = strings.TrimPrefix(line, "data: ")
		default:
			t.Fatalf("unexpected SSE line %q", line)
		}
	}
	require.Empty(t, cur.data, "stream must end with a blank line")
	return out
}

func TestAskStream(t *testing.T) {
	_, ts := newTestServer(t, DefaultConfig())
	code, b, h := do(t, "POST", ts.URL+"/api/ask", AskRequest{Question: question}, "Accept", "text/event-stream")
	require.Equal(t, http.StatusOK, code, "%s", b)
	assert.Equal(t, "text/event-stream; charset=utf-8", h.Get("Content-Type"))
	evs := readSSE(t, b)
	require.Greater(t, len(evs), 2)
	var streamed strings.Builder
	for _, e := range evs[:len(evs)-1] {
		require.Equal(t, "token", e.name)
		streamed.WriteString(decode[map[string]string](t, []byte(e.data))["delta"])
	}
	last := evs[len(evs)-1]
	require.Equal(t, "answer", last.name)
	resp := decode[AskResponse](t, []byte(last.data))
	require.NotEmpty(t, resp.Citations)
	assert.Equal(t, verify.StripMarkers(resp.Answer), streamed.String(), "tokens are the answer without markers")
}

func TestAskStreamBadRequestGetsStatus(t *testing.T) {
	_, ts := newTestServer(t, DefaultConfig())
	code, b, h := do(t, "POST", ts.URL+"/api/ask", AskRequest{Question: "  "}, "Accept", "text/event-stream")
	assert.Equal(t, http.StatusBadRequest, code, "%s", b)
	assert.Contains(t, h.Get("Content-Type"), "application/json")
}

func TestAskWithoutGenerator(t *testing.T) {
	_, ts := newTestServer(t, DefaultConfig(), func(d *Deps) { d.Generator = nil })
	code, b, _ := do(t, "POST", ts.URL+"/api/ask", AskRequest{Question: question})
	assert.Equal(t, http.StatusServiceUnavailable, code)
	assert.Contains(t, string(b), "ingest documents first")
}

func TestSearch(t *testing.T) {
	_, ts := newTestServer(t, DefaultConfig())
	code, b, _ := do(t, "GET", ts.URL+"/api/search?q="+url.QueryEscape("Quillhaven Yards")+"&k=3", nil)
	require.Equal(t, http.StatusOK, code, "%s", b)
	resp := decode[SearchResponse](t, b)
	require.NotEmpty(t, resp.Results)
	require.LessOrEqual(t, len(resp.Results), 3)
	r := resp.Results[0]
	assert.Equal(t, 1, r.Rank)
	require.NotEmpty(t, r.Matches)
	for _, m := range r.Matches {
		assert.Contains(t, []string{"quillhaven", "yards", "yard"}, strings.ToLower(r.Text[m[0]:m[1]]))
	}
	var joined strings.Builder
	marked := 0
	for _, p := range r.Highlights {
		joined.WriteString(p.Text)
		if p.Mark {
			marked++
		}
	}
	assert.Equal(t, r.Snippet, joined.String())
	assert.Positive(t, marked)
	assert.Equal(t, r.Ref, r.Span.String())

	code, _, _ = do(t, "GET", ts.URL+"/api/search?q=the", nil)
	assert.Equal(t, http.StatusBadRequest, code, "only stop words")
	code, _, _ = do(t, "GET", ts.URL+"/api/search?q=x&k=abc", nil)
	assert.Equal(t, http.StatusBadRequest, code)
	code, _, _ = do(t, "GET", ts.URL+"/api/search?q=x&k=100000", nil)
	assert.Equal(t, http.StatusBadRequest, code)
}

func TestDocumentsAndRaw(t *testing.T) {
	_, ts := newTestServer(t, DefaultConfig())
	code, b, _ := do(t, "GET", ts.URL+"/api/documents", nil)
	require.Equal(t, http.StatusOK, code)
	docs := decode[DocumentsResponse](t, b)
	files, err := os.ReadDir(entriesDir)
	require.NoError(t, err)
	require.Equal(t, len(files), docs.Count)

	d := docs.Documents[0]
	code, b, _ = do(t, "GET", ts.URL+"/api/documents/"+d.ID, nil)
	require.Equal(t, http.StatusOK, code)
	one := decode[DocumentResponse](t, b)
	assert.Equal(t, d.Path, one.Document.Path)
	assert.Len(t, one.Passages, d.Passages)

	code, raw, h := do(t, "GET", ts.URL+"/api/documents/"+d.ID+"/raw", nil)
	require.Equal(t, http.StatusOK, code)
	want, err := os.ReadFile(filepath.FromSlash(d.Path))
	require.NoError(t, err)
	assert.Equal(t, want, raw, "exact stored bytes")
	assert.Equal(t, "text/plain; charset=utf-8", h.Get("Content-Type"))
	assert.Contains(t, h.Get("Content-Security-Policy"), "sandbox")
	assert.Equal(t, d.Hash, h.Get("X-Verbatim-Sha256"))

	code, _, _ = do(t, "GET", ts.URL+"/api/documents/"+d.ID+"/raw", nil, "If-None-Match", `"`+d.Hash+`"`)
	assert.Equal(t, http.StatusNotModified, code)
	code, _, _ = do(t, "GET", ts.URL+"/api/documents/0123456789abcdef/raw", nil)
	assert.Equal(t, http.StatusNotFound, code)
}

func TestPassageContext(t *testing.T) {
	_, ts := newTestServer(t, DefaultConfig())
	code, b, _ := do(t, "POST", ts.URL+"/api/ask", AskRequest{Question: question})
	require.Equal(t, http.StatusOK, code)
	c := decode[AskResponse](t, b).Citations[0]
	u := ts.URL + "/api/passages/" + c.PassageID + "?context=200&start=" + strconv.Itoa(c.Span.Start) + "&end=" + strconv.Itoa(c.Span.End)
	code, b, _ = do(t, "GET", u, nil)
	require.Equal(t, http.StatusOK, code, "%s", b)
	p := decode[PassageResponse](t, b)
	require.NotNil(t, p.Highlight)
	assert.Equal(t, c.Quote, p.Highlight.Text)
	assert.Equal(t, c.Span, p.Highlight.Span)
	var whole strings.Builder
	var hl []string
	for _, part := range p.Window.Parts {
		whole.WriteString(part.Text)
		if part.Kind == "highlight" {
			hl = append(hl, part.Text)
		}
	}
	assert.Equal(t, []string{c.Quote}, hl)
	assert.Contains(t, whole.String(), p.Passage.Text)
	assert.Equal(t, p.Window.End-p.Window.Start, whole.Len())
	assert.Equal(t, "/api/documents/"+p.Document.ID+"/raw", p.Document.RawURL)

	for _, q := range []struct{ query, param string }{
		{"?start=-1", `start="-1"`}, {"?end=999999999", `end="999999999"`},
		{"?context=abc", `context="abc"`}, {"?context=999999", `context="999999"`},
	} {
		code, b, _ := do(t, "GET", ts.URL+"/api/passages/"+c.PassageID+q.query, nil)
		assert.Equal(t, http.StatusBadRequest, code, q.query)
		assert.Contains(t, decode[map[string]any](t, b)["error"], "parameter "+q.param+" is not a number between", "the error names the parameter")
	}
	code, _, _ = do(t, "GET", ts.URL+"/api/passages/"+c.DocID+"-99999", nil)
	assert.Equal(t, http.StatusNotFound, code)
}

func TestHealthStatsModels(t *testing.T) {
	_, ts := newTestServer(t, DefaultConfig())
	code, b, _ := do(t, "GET", ts.URL+"/healthz", nil)
	require.Equal(t, http.StatusOK, code)
	assert.Equal(t, "ok", decode[map[string]any](t, b)["status"])
	code, b, _ = do(t, "GET", ts.URL+"/api/stats", nil)
	require.Equal(t, http.StatusOK, code)
	assert.Equal(t, "fake", decode[map[string]any](t, b)["generator"])
	code, b, _ = do(t, "GET", ts.URL+"/v1/models", nil)
	require.Equal(t, http.StatusOK, code)
	assert.Contains(t, string(b), `"id":"verbatim"`)
	assert.Contains(t, string(b), `"id":"verbatim-bare"`)
}

func TestIndexPage(t *testing.T) {
	_, ts := newTestServer(t, DefaultConfig())
	code, b, h := do(t, "GET", ts.URL+"/", nil)
	require.Equal(t, http.StatusOK, code)
	assert.Contains(t, h.Get("Content-Type"), "text/html")
	assert.Contains(t, string(b), "/static/app.js")
	assert.NotContains(t, string(b), "https://", "no CDN")
	for _, f := range []string{"app.js", "style.css"} {
		code, b, _ = do(t, "GET", ts.URL+"/static/"+f, nil)
		assert.Equal(t, http.StatusOK, code, f)
		assert.NotEmpty(t, b, f)
	}
}
