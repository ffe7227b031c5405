package main

import (
	"encoding/json"
	"fmt"
	"runtime"
	"strconv"
	"strings"
)

// markdown renders a result of -phase all as the report in
// bench/results/scale.md.
func markdown(res result) string {
	r := normalize(res)
	c, _ := r["corpus"].(map[string]any)
	var b strings.Builder
	fmt.Fprintf(&b, "# Verbatim at scale — %s passages\n\n", v(r, "passages"))
	fmt.Fprintf(&b, "Synthetic corpus (`bench/scale`, seed %s, %s-word Zipf vocabulary): %s files, %.1f MB, %s passages (generated in %s s, cached).\n",
		v(c, "seed"), v(c, "vocabulary"), v(c, "files"), f(c, "bytes")/1e6, v(c, "passages"), v(c, "gen_seconds"))
	fmt.Fprintf(&b, "Machine: %d CPUs, load average %s at start; %s UTC; %s.\n\n", runtime.NumCPU(), v(r, "load_avg_start"), v(r, "date"), v(r, "note"))
	rows := [][2]string{
		{"files", v(r, "files")},
		{"bytes (MB)", fmt.Sprintf("%.1f", f(r, "bytes")/1e6)},
		{"passages", v(r, "passages")},
		{"ingest wall s (until the corpus is closed)", v(r, "ingest_seconds")},
		{"ingest CPU s (user+sys)", v(r, "ingest_cpu_seconds")},
		{"ingest MB/s", v(r, "ingest_mb_s")},
		{"ingest files/s", v(r, "ingest_files_s")},
		{"ingest passages/s", v(r, "ingest_passages_s")},
		{"ingest peak RSS MB (VmHWM)", v(r, "ingest_peak_rss_mb")},
		{"on disk MB (store + bleve)", v(r, "data_dir_mb")},
		{"  store MB (originals, text, passages)", v(r, "store_mb")},
		{"  bleve index MB", v(r, "bleve_mb")},
		{"search open ms (read-only)", v(r, "search_open_ms")},
		{"search p50 / p90 / p99 ms", trio(r, "search_")},
		{"  distinctive queries p50 / p90 / p99 ms", trio(r, "search_distinctive_")},
		{"  common queries p50 / p90 / p99 ms", trio(r, "search_common_")},
		{"search first (warm-up) pass p50 ms", v(r, "search_first_pass_p50_ms")},
		{"search RSS MB: opened / after warm-up / end", fmt.Sprintf("%s / %s / %s", v(r, "search_rss_open_mb"), v(r, "search_rss_warm_mb"), v(r, "search_rss_end_mb"))},
		{"search peak RSS MB (VmHWM) / Go heap in use MB", fmt.Sprintf("%s / %s", v(r, "search_peak_rss_mb"), v(r, "search_heap_mb"))},
		{"recall (gold file in top files): distinctive / common", fmt.Sprintf("%s / %s", v(r, "recall_distinctive"), v(r, "recall_common"))},
	}
	b.WriteString("| metric | value |\n| --- | ---: |\n")
	for _, row := range rows {
		fmt.Fprintf(&b, "| %s | %s |\n", row[0], row[1])
	}
	fmt.Fprintf(&b, "\n%s queries of 3 words, %s timed rounds after a warm-up pass, %s passages a query deduplicated to %s files for recall.\n",
		v(r, "queries"), v(r, "rounds"), v(r, "k"), v(r, "k_files"))
	b.WriteString(timelineTable(r))
	return b.String()
}

// timelineTable renders the ingest timeline with the throughput of each
// interval, which shows a slowdown over time.
func timelineTable(r map[string]any) string {
	tl, _ := r["ingest_timeline"].([]any)
	if len(tl) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString("\n## Ingest timeline\n\nFiles read and extracted (indexing runs behind them in the background; the last row is the end, after the final flush).\n\n")
	b.WriteString("| s | files | MB read | files/s in interval | RSS MB | anon / file MB | Go heap MB |\n| ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n")
	var prevS, prevF float64
	for _, x := range tl {
		s, _ := x.(map[string]any)
		rate := ""
		if ds := f(s, "s") - prevS; ds > 0 {
			rate = fmt.Sprintf("%.0f", (f(s, "files")-prevF)/ds)
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s / %s | %s |\n", v(s, "s"), v(s, "files"), v(s, "mb"), rate, v(s, "rss_mb"), v(s, "anon_mb"), v(s, "file_mb"), v(s, "heap_mb"))
		prevS, prevF = f(s, "s"), f(s, "files")
	}
	return b.String()
}

// normalize round-trips res through JSON, so numbers are float64 and
// nested values maps and slices whether they came from this process or
// from the search child.
func normalize(res result) map[string]any {
	var out map[string]any
	b, _ := json.Marshal(res)
	_ = json.Unmarshal(b, &out)
	return out
}

// v formats a value of a normalized result ("–" when missing).
func v(m map[string]any, key string) string {
	switch x := m[key].(type) {
	case nil:
		return "–"
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	default:
		return fmt.Sprint(x)
	}
}

func f(m map[string]any, key string) float64 {
	x, _ := m[key].(float64)
	return x
}

func trio(r map[string]any, prefix string) string {
	return fmt.Sprintf("%s / %s / %s", v(r, prefix+"p50_ms"), v(r, prefix+"p90_ms"), v(r, prefix+"p99_ms"))
}
