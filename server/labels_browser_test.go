package server

import (
	"encoding/json"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBrowserBareLabels renders bare answers in the page and reads the
// label under each: the green "every stated fact was found" only for an
// answer that states a fact and has it found; an answer that states none
// is labelled as such, a looping one as degenerate.
func TestBrowserBareLabels(t *testing.T) {
	ctx := browser(t)
	_, ts := newTestServer(t, DefaultConfig())
	require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(ts.URL), chromedp.WaitVisible(chromedp.CSS("#question"))))
	source := map[string]any{"n": 1}
	tests := []struct {
		name   string
		answer map[string]any
		want   string
		not    string
	}{
		{"a fact, found", map[string]any{"answer": "It opened in 1894.",
			"checks": []map[string]any{{"sentence": "It opened in 1894.", "facts": []string{"1894"}, "supported": true}}, "sources": []any{source}},
			"Every stated fact was found", ""},
		{"no fact", map[string]any{"answer": "It is a tunnel under the hills.",
			"checks": []map[string]any{{"sentence": "It is a tunnel under the hills.", "supported": true}}, "sources": []any{source}},
			"States no fact", "Every stated fact"},
		{"no fact, no checks", map[string]any{"answer": "It is a tunnel.", "checks": []any{}, "sources": []any{source}},
			"States no fact", "Every stated fact"},
		{"looping", map[string]any{"answer": "the Tarrow Hills the Tarrow Hills the Tarrow Hills",
			"degenerate": `loops: repeats "the tarrow hills" 3 times`, "sources": []any{source},
			"checks": []map[string]any{{"sentence": "the Tarrow Hills the Tarrow Hills the Tarrow Hills", "facts": []string{"Tarrow Hills"}, "supported": true}}},
			"Degenerate answer", "Every stated fact"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := map[string]any{"mode": "bare", "abstained": false, "unsupported": []any{}, "citations": []any{},
				"generator": "lossy", "timings": map[string]any{}}
			for k, v := range tt.answer {
				a[k] = v
			}
			js, err := json.Marshal(a)
			require.NoError(t, err)
			got := evalString(t, ctx, `(() => { const card = document.querySelector('#answer-tpl').content.firstElementChild.cloneNode(true); renderAnswer(card, `+string(js)+`); return card.querySelector('.flags').textContent })()`)
			assert.Contains(t, got, tt.want)
			if tt.not != "" {
				assert.NotContains(t, got, tt.not)
			}
		})
	}
}

// TestBrowserClosestPassages renders a declined RAG answer whose question
// retrieval found passages for: the page names the closest ones (at most
// three) with their titles; an answer that was not declined does not.
func TestBrowserClosestPassages(t *testing.T) {
	ctx := browser(t)
	_, ts := newTestServer(t, DefaultConfig())
	require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(ts.URL), chromedp.WaitVisible(chromedp.CSS("#question"))))
	var sources []any
	for i, title := range []string{"Korvath Tunnel", "Tarrow Hills", "River Askel", "Velmora"} {
		path := "/notes/" + title + ".md"
		sources = append(sources, map[string]any{"n": i + 1, "passage_id": "p" + title, "ref": path + ":1-5", "title": title,
			"span": map[string]any{"path": path}})
	}
	render := func(abstained bool) string {
		a := map[string]any{"mode": "rag", "abstained": abstained, "answer": "The documents do not contain the answer.", "confidence": 0.614,
			"unsupported": []any{}, "citations": []any{}, "sources": sources, "generator": "lossy", "timings": map[string]any{}}
		js, err := json.Marshal(a)
		require.NoError(t, err)
		return evalString(t, ctx, `(() => { const card = document.querySelector('#answer-tpl').content.firstElementChild.cloneNode(true); renderAnswer(card, `+string(js)+`); return card.querySelector('.cites').textContent })()`)
	}
	got := render(true)
	assert.Contains(t, got, "Closest passages (none judged to state the answer; the reader's confidence in its best candidate: 0.61)")
	assert.Contains(t, got, "Korvath Tunnel")
	assert.Contains(t, got, "River Askel")
	assert.NotContains(t, got, "Velmora", "three at most")
	assert.NotContains(t, render(false), "Closest passages")
}
