package server

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/verbatim-rag/verbatim/verify"
)

// chromiumPath finds Debian's chromium, skipping the test without it
// unless VERBATIM_REQUIRE_BROWSER=1.
func chromiumPath(t *testing.T) string {
	for _, p := range []string{"/usr/bin/chromium", "/usr/bin/chromium-browser"} {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	if p, err := exec.LookPath("chromium"); err == nil {
		return p
	}
	if os.Getenv("VERBATIM_REQUIRE_BROWSER") == "1" {
		t.Fatal("chromium not found and VERBATIM_REQUIRE_BROWSER=1 (apt-get install chromium)")
	}
	t.Skip("chromium not found")
	return ""
}

// browser starts headless Chromium for the test.
func browser(t *testing.T) context.Context {
	bin := chromiumPath(t)
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(bin), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(1280, 860),
	}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	t.Cleanup(cancel)
	actx, acancel := chromedp.NewExecAllocator(ctx, opts...)
	t.Cleanup(acancel)
	bctx, bcancel := chromedp.NewContext(actx)
	t.Cleanup(bcancel)
	return bctx
}

// shots is where screenshots go: VERBATIM_SCREENSHOT_DIR or a temp folder.
func shots(t *testing.T) string {
	if d := os.Getenv("VERBATIM_SCREENSHOT_DIR"); d != "" {
		require.NoError(t, os.MkdirAll(d, 0o755))
		return d
	}
	return t.TempDir()
}

func screenshot(t *testing.T, ctx context.Context, dir, name string) {
	t.Helper()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	require.NoError(t, err)
	require.Greater(t, len(png), 10_000, "a screenshot with content")
	require.NoError(t, os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644))
}

// waitJS polls a JavaScript predicate until it is true.
func waitJS(t *testing.T, ctx context.Context, what, expr string) {
	t.Helper()
	_, err := chromedp.Run(ctx, chromedp.Poll[chromedp.Void](expr, chromedp.WithPollingTimeout(30*time.Second), chromedp.WithPollingInterval(20*time.Millisecond)))
	if err != nil {
		html, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector('main').outerHTML`))
		t.Fatalf("waiting for %s: %v\npage: %s", what, err, html)
	}
}

func evalString(t *testing.T, ctx context.Context, expr string) string {
	t.Helper()
	s, err := chromedp.Run(ctx, chromedp.Evaluate[string](expr))
	require.NoError(t, err, expr)
	return s
}

// TestBrowser drives the page in headless Chromium: ask, watch the answer
// stream, open a citation and check the highlighted span is the quote,
// compare with bare recall, search, and take screenshots (light and dark).
func TestBrowser(t *testing.T) {
	ctx := browser(t)
	_, ts := newTestServer(t, DefaultConfig(), func(d *Deps) { d.Generator = &fakeGen{delay: 40 * time.Millisecond} })
	dir := shots(t)
	code, b, _ := do(t, "POST", ts.URL+"/api/ask", AskRequest{Question: question, K: 8})
	require.Equal(t, 200, code)
	want := decode[AskResponse](t, b)
	require.NotEmpty(t, want.Citations)

	require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(ts.URL), chromedp.WaitVisible(chromedp.CSS("#question"))))
	waitJS(t, ctx, "stats", `document.querySelector('#stats').textContent.includes('documents')`)
	screenshot(t, ctx, dir, "1-empty")

	require.NoError(t, chromedp.Do(ctx, chromedp.SendKeys(chromedp.CSS("#question"), question), chromedp.Click(chromedp.CSS("#ask-btn"))))
	waitJS(t, ctx, "streamed tokens", `(() => { const e = document.querySelector('#answer-rag .answer-text.streaming'); return e && e.textContent.split(' ').length >= 3 })()`)
	waitJS(t, ctx, "the final answer", `document.querySelector('#answer-rag .answer-text:not(.streaming) button.cite') !== null`)
	assert.Equal(t, verify.StripMarkers(want.Answer), evalString(t, ctx, `(() => { const c = document.querySelector('#answer-rag .answer-text').cloneNode(true); c.querySelectorAll('button.cite').forEach(b => b.remove()); return c.textContent.replace(/ +\./g, '.') })()`))
	screenshot(t, ctx, dir, "2-answer")

	require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#answer-rag .answer-text button.cite"))))
	waitJS(t, ctx, "the citation panel", `document.querySelector('#panel.open #panel-body mark.hl') !== null`)
	assert.Equal(t, want.Citations[0].Quote, evalString(t, ctx, `document.querySelector('#panel-body mark.hl').textContent`))
	assert.Contains(t, evalString(t, ctx, `document.querySelector('#panel-ref').textContent`), "aldric-iii.md · line 3")
	assert.Contains(t, evalString(t, ctx, `document.querySelector('#panel-body').textContent`), "# Aldric III", "the passage in its document context")
	waitJS(t, ctx, "the panel to slide in", `Math.abs(document.querySelector('#panel').getBoundingClientRect().right - window.innerWidth) < 1`)
	screenshot(t, ctx, dir, "3-citation")

	require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#panel-close"))))
	waitJS(t, ctx, "the panel to slide out", `document.querySelector('#panel').getBoundingClientRect().left >= window.innerWidth`)
	require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS("label.switch")), chromedp.Click(chromedp.CSS("#ask-btn"))))
	waitJS(t, ctx, "both answers", `document.querySelector('#answer-bare .answer-text:not(.streaming) .unsupported') !== null && document.querySelector('#answer-rag .answer-text:not(.streaming) button.cite') !== null`)
	assert.Equal(t, bareClaim, evalString(t, ctx, `document.querySelector('#answer-bare .answer-text').textContent`))
	assert.Contains(t, evalString(t, ctx, `document.querySelector('#answer-bare .unsupported').title`), "1867")
	assert.Equal(t, "true", evalString(t, ctx, `String(document.querySelector('#answers').classList.contains('compare'))`))
	screenshot(t, ctx, dir, "4-compare")

	_, err := chromedp.Run(ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
			Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: "dark"}}})
		return err
	}))
	require.NoError(t, err)
	screenshot(t, ctx, dir, "5-compare-dark")

	require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#tab-search")), chromedp.SendKeys(chromedp.CSS("#search-q"), "Quillhaven Yards"), chromedp.Click(chromedp.CSS("#search-btn"))))
	waitJS(t, ctx, "search results", `document.querySelectorAll('#results li.result mark').length > 0`)
	assert.Contains(t, evalString(t, ctx, `document.querySelector('#search-meta').textContent`), "passage")
	screenshot(t, ctx, dir, "6-search-dark")

	require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#tab-library"))))
	waitJS(t, ctx, "the document list", `document.querySelectorAll('#docs tr').length === 60`)
	screenshot(t, ctx, dir, "7-library-dark")

	// An upload that adds nothing (one empty file) has a report whose
	// lists are null: the page says what happened instead of failing on
	// "Cannot read properties of null".
	empty := filepath.Join(t.TempDir(), "empty.md")
	require.NoError(t, os.WriteFile(empty, nil, 0o644))
	require.NoError(t, chromedp.Do(ctx, chromedp.SetUploadFiles(`#upload-files`, []string{empty}), chromedp.Click(chromedp.CSS(`#upload-form button[type="submit"]`))))
	waitJS(t, ctx, "the upload's outcome", `document.querySelector('#ingest-status').textContent.startsWith('Done')`)
	assert.Equal(t, "Done: 0 added, 0 updated, 1 skipped, 0 failed.", evalString(t, ctx, `document.querySelector('#ingest-status').textContent`))
	t.Logf("screenshots in %s", dir)
}
