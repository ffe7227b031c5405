package server

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/verbatim-rag/verbatim/verify"
)

// sse writes server-sent events. It is safe for concurrent use, and writes
// nothing once the handler returned.
type sse struct {
	mu   sync.Mutex
	w    http.ResponseWriter
	rc   *http.ResponseController
	done bool
	err  error
}

// startSSE sends the stream's headers.
func startSSE(w http.ResponseWriter) *sse {
	h := w.Header()
	h.Set("Content-Type", "text/event-stream; charset=utf-8")
	h.Set("Cache-Control", "no-cache")
	h.Set("X-Accel-Buffering", "no")
	w.WriteHeader(http.StatusOK)
	s := &sse{w: w, rc: http.NewResponseController(w)}
	_ = s.rc.Flush()
	return s
}

// event sends one event whose data is v as one line of JSON; an empty
// name sends an unnamed ("message") event.
func (s *sse) event(name string, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		b = []byte(`{"error":"server: encode event"}`)
	}
	s.raw(name, string(b))
}

// raw sends one event with a data line.
func (s *sse) raw(name, data string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.done || s.err != nil {
		return
	}
	var b strings.Builder
	if name != "" {
		fmt.Fprintf(&b, "event: %s\n", name)
	}
	fmt.Fprintf(&b, "data: %s\n\n", data)
	if _, s.err = s.w.Write([]byte(b.String())); s.err == nil {
		s.err = s.rc.Flush()
	}
}

// close stops further writes.
func (s *sse) close() {
	s.mu.Lock()
	s.done = true
	s.mu.Unlock()
}

// askStream answers with events: "token" {"delta"} while the answer is
// decoded, then "answer" with the AskResponse, or "error" {"error",
// "status"}.
func (s *Server) askStream(w http.ResponseWriter, r *http.Request, req AskRequest) {
	job, err := s.prepareAsk(req)
	if err != nil {
		writeErr(w, err)
		return
	}
	ev := startSSE(w)
	defer ev.close()
	resp, err := s.runAsk(r.Context(), job, func(d string) { ev.event("token", map[string]string{"delta": d}) })
	if err != nil {
		ev.event("error", map[string]any{"error": err.Error(), "status": statusOf(err)})
		return
	}
	ev.event("answer", resp)
}

// maxMarkerLen is the longest text held back as a possible marker.
const maxMarkerLen = 48

// markerStripper removes citation markers from streamed answer text: the
// final answer renumbers them (or, for copying generators, adds them), so
// streamed markers would point at the wrong sources. It holds back a
// trailing unclosed bracket (and the spaces before it) until it is known
// whether it is a marker. Not safe for concurrent use.
type markerStripper struct {
	emit    func(string)
	pending string
}

func (m *markerStripper) write(delta string) {
	m.pending += delta
	cut := holdFrom(m.pending)
	if cut == 0 {
		return
	}
	if out := verify.StripMarkers(m.pending[:cut]); out != "" {
		m.emit(out)
	}
	m.pending = m.pending[cut:]
}

func (m *markerStripper) flush() {
	if out := verify.StripMarkers(m.pending); out != "" {
		m.emit(out)
	}
	m.pending = ""
}

// holdFrom returns how much of s can be stripped and sent now: all of it
// but an open bracket near the end with no closing one after it (or only a
// closing one at the very end, as a "(" may follow), the spaces before that
// bracket, and an incomplete UTF-8 sequence.
func holdFrom(s string) int {
	cut := len(s) - partialRune(s)
	if i := strings.LastIndexAny(s[:cut], "[【［"); i >= 0 && cut-i <= maxMarkerLen {
		closed := strings.IndexAny(s[i:cut], "]】］")
		if closed < 0 || i+closed+utf8.RuneLen(firstRune(s[i+closed:])) >= cut {
			cut = i
		}
	}
	for cut > 0 && (s[cut-1] == ' ' || s[cut-1] == '\t') {
		cut--
	}
	return cut
}

// partialRune is the length of an incomplete UTF-8 sequence ending s.
func partialRune(s string) int {
	for k := 1; k <= utf8.UTFMax && k <= len(s); k++ {
		b := s[len(s)-k]
		if b < utf8.RuneSelf {
			return 0
		}
		if utf8.RuneStart(b) {
			if utf8.FullRuneInString(s[len(s)-k:]) {
				return 0
			}
			return k
		}
	}
	return 0
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
