package server

import (
	"fmt"
	"io"
	"net/http"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// latencyBuckets are the upper bounds (seconds) of the latency histograms.
var latencyBuckets = []float64{0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60}

// metrics are the server's counters, written out in the Prometheus text
// exposition format (version 0.0.4) by hand.
type metrics struct {
	inFlight atomic.Int64

	mu       sync.Mutex
	requests map[[2]string]uint64 // route, status code
	latency  map[string]*histogram
	answers  map[[2]string]uint64 // mode, outcome
	jobs     map[string]uint64    // final state
	files    map[string]uint64    // outcome
}

type histogram struct {
	counts []uint64 // per bucket, not cumulative; the last is +Inf
	sum    float64
	n      uint64
}

func newMetrics() *metrics {
	return &metrics{
		requests: map[[2]string]uint64{}, latency: map[string]*histogram{},
		answers: map[[2]string]uint64{}, jobs: map[string]uint64{}, files: map[string]uint64{},
	}
}

func (m *metrics) request(route string, status int, d time.Duration) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.requests[[2]string{route, strconv.Itoa(status)}]++
	h := m.latency[route]
	if h == nil {
		h = &histogram{counts: make([]uint64, len(latencyBuckets)+1)}
		m.latency[route] = h
	}
	sec := d.Seconds()
	i := sort.SearchFloat64s(latencyBuckets, sec)
	h.counts[i]++
	h.sum += sec
	h.n++
}

func (m *metrics) answer(mode, outcome string) {
	m.mu.Lock()
	m.answers[[2]string{mode, outcome}]++
	m.mu.Unlock()
}

func (m *metrics) ingestDone(state string, files map[string]int) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.jobs[state]++
	for k, n := range files {
		m.files[k] += uint64(n)
	}
}

// corpusGauges are read from the corpus at scrape time.
type corpusGauges struct {
	documents, passages int
	ingestRunning       bool
	generator           string
}

func (m *metrics) write(w io.Writer, g corpusGauges) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var b strings.Builder
	header(&b, "verbatim_http_requests_total", "counter", "HTTP requests by route pattern and status code.")
	for _, k := range sortedKeys2(m.requests) {
		fmt.Fprintf(&b, "verbatim_http_requests_total{route=%s,code=%s} %d\n", quote(k[0]), quote(k[1]), m.requests[k])
	}
	header(&b, "verbatim_http_request_duration_seconds", "histogram", "HTTP request latency by route pattern.")
	routes := make([]string, 0, len(m.latency))
	for r := range m.latency {
		routes = append(routes, r)
	}
	sort.Strings(routes)
	for _, r := range routes {
		m.latency[r].write(&b, "verbatim_http_request_duration_seconds", "route="+quote(r))
	}
	header(&b, "verbatim_http_in_flight_requests", "gauge", "Requests being served.")
	fmt.Fprintf(&b, "verbatim_http_in_flight_requests %d\n", m.inFlight.Load())
	header(&b, "verbatim_answers_total", "counter", "Questions answered by mode and outcome (answered, abstained, error).")
	for _, k := range sortedKeys2(m.answers) {
		fmt.Fprintf(&b, "verbatim_answers_total{mode=%s,outcome=%s} %d\n", quote(k[0]), quote(k[1]), m.answers[k])
	}
	m.writeIngest(&b, g)
	_, _ = io.WriteString(w, b.String())
}

func (m *metrics) writeIngest(b *strings.Builder, g corpusGauges) {
	header(b, "verbatim_ingest_jobs_total", "counter", "Finished ingest jobs by final state.")
	for _, k := range sortedKeys(m.jobs) {
		fmt.Fprintf(b, "verbatim_ingest_jobs_total{state=%s} %d\n", quote(k), m.jobs[k])
	}
	header(b, "verbatim_ingest_files_total", "counter", "Files seen by ingest jobs by outcome.")
	for _, k := range sortedKeys(m.files) {
		fmt.Fprintf(b, "verbatim_ingest_files_total{outcome=%s} %d\n", quote(k), m.files[k])
	}
	header(b, "verbatim_ingest_running", "gauge", "1 while an ingest job runs.")
	fmt.Fprintf(b, "verbatim_ingest_running %d\n", boolInt(g.ingestRunning))
	header(b, "verbatim_corpus_documents", "gauge", "Documents in the corpus.")
	fmt.Fprintf(b, "verbatim_corpus_documents %d\n", g.documents)
	header(b, "verbatim_corpus_passages", "gauge", "Passages in the corpus.")
	fmt.Fprintf(b, "verbatim_corpus_passages %d\n", g.passages)
	header(b, "verbatim_generator_info", "gauge", "The generator answering questions (1), by name.")
	fmt.Fprintf(b, "verbatim_generator_info{name=%s} 1\n", quote(g.generator))
}

func (h *histogram) write(b *strings.Builder, name, labels string) {
	var cum uint64
	for i, le := range latencyBuckets {
		cum += h.counts[i]
		fmt.Fprintf(b, "%s_bucket{%s,le=%q} %d\n", name, labels, strconv.FormatFloat(le, 'g', -1, 64), cum)
	}
	fmt.Fprintf(b, "%s_bucket{%s,le=\"+Inf\"} %d\n", name, labels, h.n)
	fmt.Fprintf(b, "%s_sum{%s} %s\n", name, labels, strconv.FormatFloat(h.sum, 'g', -1, 64))
	fmt.Fprintf(b, "%s_count{%s} %d\n", name, labels, h.n)
}

func header(b *strings.Builder, name, typ, help string) {
	fmt.Fprintf(b, "# HELP %s %s\n# TYPE %s %s\n", name, help, name, typ)
}

// quote renders a label value with the exposition format's escapes.
func quote(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, "\n", `\n`, `"`, `\"`).Replace(s) + `"`
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func sortedKeys(m map[string]uint64) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func sortedKeys2(m map[[2]string]uint64) [][2]string {
	keys := make([][2]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i][0] != keys[j][0] {
			return keys[i][0] < keys[j][0]
		}
		return keys[i][1] < keys[j][1]
	})
	return keys
}

func (s *Server) handleMetrics(w http.ResponseWriter, _ *http.Request) {
	g := corpusGauges{ingestRunning: s.jobs.running(), generator: "none"}
	if gen := s.Generator(); gen != nil {
		g.generator = gen.Name()
	}
	if st, err := s.corpus.Stats(); err == nil {
		g.documents, g.passages = st.Documents, st.Passages
	}
	w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	s.metrics.write(w, g)
}

func (s *Server) handleHealth(w http.ResponseWriter, _ *http.Request) {
	writeJSON(w, http.StatusOK, map[string]any{
		"status": "ok", "uptime_s": int(time.Since(s.started).Seconds()),
		"generator": s.Generator() != nil, "ingest_running": s.jobs.running(),
		"pid": os.Getpid(), // the CLI checks it against the data folder's serve.json
	})
}
