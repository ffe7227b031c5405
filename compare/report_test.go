package compare

import (
	"bytes"
	"context"
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"

	"github.com/verbatim-rag/verbatim/generate"
	"github.com/verbatim-rag/verbatim/verify"
)

// handReport is the hand-computed run with a small sweep attached.
func handReport(t *testing.T) *Report {
	t.Helper()
	rep, err := Run(context.Background(), Options{Title: "Hand case"}, handAsker(), handCorpus, handQuestions)
	require.NoError(t, err)
	rep.Sweep = []SweepPoint{
		{Budget: 64 << 10, ModelBytes: 60 << 10, Modes: []ModeSummary{{Mode: generate.Bare, Accuracy: Ratio{1, 4}, Hallucination: Ratio{3, 4}}}},
		{Budget: 512 << 10, ModelBytes: 500 << 10, Modes: []ModeSummary{{Mode: generate.Bare, Accuracy: Ratio{2, 4}, Hallucination: Ratio{1, 4}}}},
		{Budget: 4 << 20, ModelBytes: 3 << 20, Modes: []ModeSummary{{Mode: generate.Bare, Accuracy: Ratio{3, 4}, Hallucination: Ratio{0, 4}}}},
	}
	return rep
}

func TestWriteTable(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, handReport(t).WriteTable(&b))
	out := b.String()
	for _, want := range []string{
		"Hand case — 5 questions (3 answerable, 2 unanswerable), generator fake",
		"Accuracy", "66.7% (2/3)", "33.3% (1/3)",
		"Negative rejection", "50.0% (1/2)",
		"Retrieval MRR", "0.500",
		"Latency p95", "50.0ms",
		"RAG fixed it", "Once-seen facts: 33.3% (1/3)",
		"64KiB", "3MiB", "75.0% (3/4)",
	} {
		assert.Contains(t, out, want)
	}
}

// htmlFigures parses the page and returns data-metric → data-value, the
// text of those cells, data-outcome → text, every id and every #href.
func htmlFigures(t *testing.T, page string) (values, texts, outcomes map[string]string, ids, hrefs []string) {
	doc, err := html.Parse(strings.NewReader(page))
	require.NoError(t, err)
	values, texts, outcomes = map[string]string{}, map[string]string{}, map[string]string{}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			a := attrs(n)
			if k, ok := a["data-metric"]; ok {
				values[k], texts[k] = a["data-value"], textOf(n)
			}
			if k, ok := a["data-outcome"]; ok {
				outcomes[k] = textOf(n)
			}
			if id, ok := a["id"]; ok {
				ids = append(ids, id)
			}
			if h, ok := a["href"]; ok && strings.HasPrefix(h, "#") {
				hrefs = append(hrefs, h[1:])
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return
}

func attrs(n *html.Node) map[string]string {
	m := map[string]string{}
	for _, a := range n.Attr {
		m[a.Key] = a.Val
	}
	return m
}

func textOf(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.WriteString(textOf(c))
	}
	return b.String()
}

// jsonRatio reads num/den/value of a ratio decoded into generic JSON.
func jsonValue(t *testing.T, v any) (float64, bool) {
	m, ok := v.(map[string]any)
	require.True(t, ok, "%v", v)
	if m["value"] == nil {
		return 0, false
	}
	return m["value"].(float64), true
}

// TestJSONAndHTMLAgree renders both outputs from one report and compares
// every summary figure of the page with the JSON document.
func TestJSONAndHTMLAgree(t *testing.T) {
	rep := handReport(t)
	var js, page bytes.Buffer
	require.NoError(t, rep.WriteJSON(&js))
	require.NoError(t, rep.WriteHTML(&page))

	var doc map[string]any
	require.NoError(t, json.Unmarshal(js.Bytes(), &doc))
	values, texts, outcomes, ids, hrefs := htmlFigures(t, page.String())

	checked := 0
	for _, mv := range doc["modes"].([]any) {
		mode := mv.(map[string]any)
		name := mode["mode"].(string)
		for _, key := range []string{"accuracy", "abstention", "hallucination", "negative_rejection", "answered_wrong", "citation_precision", "citation_recall", "mrr"} {
			want, ok := jsonValue(t, mode[key])
			got, present := values[name+"."+key]
			require.True(t, present, "page lacks %s.%s", name, key)
			if !ok {
				assert.Empty(t, got, "%s.%s", name, key)
				assert.Equal(t, "–", texts[name+"."+key])
				continue
			}
			f, err := strconv.ParseFloat(got, 64)
			require.NoError(t, err)
			assert.InDelta(t, want, f, 1e-12, "%s.%s", name, key)
			checked++
		}
		for _, h := range mode["hit_at"].([]any) {
			hm := h.(map[string]any)
			key := name + ".hit_at_" + strconv.Itoa(int(hm["k"].(float64)))
			want, ok := jsonValue(t, hm["hit"])
			if ok {
				f, _ := strconv.ParseFloat(values[key], 64)
				assert.InDelta(t, want, f, 1e-12, key)
				checked++
			} else {
				assert.Empty(t, values[key], key)
			}
		}
		p95, _ := strconv.ParseFloat(values[name+".p95"], 64)
		assert.Equal(t, mode["p95_ns"].(float64), p95)
	}
	assert.GreaterOrEqual(t, checked, 16)

	oc := doc["outcomes"].(map[string]any)
	for k, v := range oc {
		assert.Equal(t, strconv.Itoa(int(v.(float64))), outcomes[k], k)
	}
	once, _ := jsonValue(t, doc["frequency"].(map[string]any)["once_seen"])
	f, _ := strconv.ParseFloat(values["once_seen"], 64)
	assert.InDelta(t, once, f, 1e-12)

	// Every record has a row; every citation link lands on the page.
	for _, r := range doc["records"].([]any) {
		assert.Contains(t, page.String(), r.(map[string]any)["question"].(string))
	}
	require.NotEmpty(t, hrefs)
	for _, h := range hrefs {
		assert.Contains(t, ids, h, "link #%s has no target", h)
	}
	assert.Contains(t, hrefs, "q2-rag-c2")
	for _, want := range []string{`data-label="Gold">Ilse Korrander</td>`, `<span class="badge o-rag_fixed">RAG fixed it</span>`} {
		assert.True(t, strings.Contains(page.String(), want), "page lacks %s", want)
	}
	assert.Contains(t, page.String(), "<svg class=\"chart\" id=\"chart-frequency\"")
	assert.Contains(t, page.String(), "<svg class=\"chart\" id=\"chart-sweep\"")
}

func TestHTMLEscapesUntrustedText(t *testing.T) {
	rep := handReport(t)
	evil := `<script>alert(1)</script><img src=x onerror=alert(2)> [1]`
	rep.Records[0].Question = evil
	res := rep.Records[0].Results[generate.RAG]
	res.Answer = evil
	res.Citations[0].Quote = `</blockquote><script>alert(3)</script>`
	rep.Generator = `"><script>alert(4)</script>`
	var page bytes.Buffer
	require.NoError(t, rep.WriteHTML(&page))
	out := page.String()
	assert.NotContains(t, out, "<script>")
	assert.NotContains(t, out, "<img")
	assert.Contains(t, out, "&lt;script&gt;alert(1)&lt;/script&gt;")
	assert.NotContains(t, out, "http://", "no external resources")
	assert.NotContains(t, out, "https://")
}

func TestSplitMarkers(t *testing.T) {
	parts := splitMarkers("A [1] b[2][7].", []verify.Citation{{N: 1}, {N: 2}}, "x-")
	var got []string
	for _, p := range parts {
		got = append(got, p.Text+"|"+p.Anchor)
	}
	assert.Equal(t, []string{"A |", "[1]|x-1", " b|", "[2]|x-2", "[7]|", ".|"}, got)
}
