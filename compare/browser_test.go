package compare

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/generate"
)

// findChromium returns the headless browser, skipping the test when there
// is none unless VERBATIM_REQUIRE_BROWSER=1.
func findChromium(t *testing.T) string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("VERBATIM_REQUIRE_BROWSER") == "1" {
		t.Fatal("chromium not found on PATH and VERBATIM_REQUIRE_BROWSER=1 (apt-get install chromium)")
	}
	t.Skip("chromium not found on PATH")
	return ""
}

func runChromium(t *testing.T, bin string, args ...string) []byte {
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	base := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + t.TempDir()}
	cmd := exec.CommandContext(ctx, bin, append(base, args...)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	require.NoError(t, cmd.Run(), "chromium: %s", stderr.String())
	return stdout.Bytes()
}

// TestHTMLRendersInChromium renders the report of the test corpus, with a
// sweep, in headless Chromium: the DOM after rendering holds both charts
// with their bars, lines and points, every question row, and the
// screenshot taken in the same run is a PNG with content
// (VERBATIM_SCREENSHOT=FILE keeps it).
func TestHTMLRendersInChromium(t *testing.T) {
	bin := findChromium(t)
	rep, _ := entriesReport(t)
	rep.Sweep = []SweepPoint{
		{Budget: 16 << 10, ModelBytes: 15 << 10, Modes: []ModeSummary{{Mode: generate.Bare, Accuracy: Ratio{3, 74}, Hallucination: Ratio{70, 74}}}},
		{Budget: 64 << 10, ModelBytes: 61 << 10, Modes: []ModeSummary{{Mode: generate.Bare, Accuracy: Ratio{21, 74}, Hallucination: Ratio{50, 74}}}},
		{Budget: 512 << 10, ModelBytes: 300 << 10, Modes: []ModeSummary{{Mode: generate.Bare, Accuracy: Ratio{52, 74}, Hallucination: Ratio{20, 74}}}},
	}
	for i, p := range rep.Sweep {
		p.Kinds = []KindSummary{
			{Kind: KindDate, Questions: 30, Modes: []ModeSummary{{Mode: generate.Bare, Accuracy: Ratio{i * 10, 30}}}},
			{Kind: KindName, Questions: 44, Modes: []ModeSummary{{Mode: generate.Bare, Accuracy: Ratio{i * 20, 44}}}},
		}
		rep.Sweep[i] = p
	}
	var trained []int64
	grid, err := Grid(context.Background(), []int64{64 << 10, 4 << 20}, []float64{0, 0.5, 1, 1.5}, Seeds(1, 3), gridModel(&trained), gridQuestions, Options{})
	require.NoError(t, err)
	rep.Temperature = grid
	dir := t.TempDir()
	page := filepath.Join(dir, "report.html")
	f, err := os.Create(page)
	require.NoError(t, err)
	require.NoError(t, rep.WriteHTML(f))
	require.NoError(t, f.Close())

	shot := filepath.Join(dir, "report.png")
	if out := os.Getenv("VERBATIM_SCREENSHOT"); out != "" {
		shot = out
	}
	dom := string(runChromium(t, bin, "--dump-dom", "--screenshot="+shot, "--window-size=1280,2000", "file://"+page))
	for _, id := range []string{"chart-frequency", "chart-sweep", "chart-kinds", "chart-kind-budget", "chart-temperature"} {
		start := strings.Index(dom, `id="`+id+`"`)
		require.GreaterOrEqual(t, start, 0, "chart %s missing from the rendered DOM", id)
		svg := dom[start : start+strings.Index(dom[start:], "</svg>")]
		switch id {
		case "chart-frequency", "chart-kinds":
			assert.GreaterOrEqual(t, strings.Count(svg, "<rect"), 2, "bars")
		case "chart-temperature":
			assert.Equal(t, 6, strings.Count(svg, "<polyline"), "three lines per budget")
		case "chart-kind-budget":
			assert.Equal(t, 6, strings.Count(svg, "<rect"), "a cell per kind and budget")
		default:
			assert.Equal(t, 2, strings.Count(svg, "<polyline"), "accuracy and hallucination lines")
			assert.Equal(t, 6, strings.Count(svg, "<circle"), "points")
			assert.Contains(t, svg, `class="ref"`, "RAG reference line")
		}
	}
	rows := regexp.MustCompile(`<tr id="q\d+"`).FindAllString(dom, -1)
	assert.Len(t, rows, rep.Questions)

	png, err := os.ReadFile(shot)
	require.NoError(t, err)
	assert.True(t, bytes.HasPrefix(png, []byte("\x89PNG")), "a PNG")
	assert.Greater(t, len(png), 50_000, "a page with content, not a blank screen")
}
