package server

import (
	"fmt"
	"mime"
	"net/http"
	"net/url"
	"path"
	"strconv"
	"unicode/utf8"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/index"
)

// Window bounds of GET /api/passages/{id}?context=N.
const (
	defaultContext = 600
	maxContext     = 20000
)

// DocumentsResponse is the answer of GET /api/documents.
type DocumentsResponse struct {
	Count     int               `json:"count"`
	Documents []corpus.Document `json:"documents"`
}

// DocumentResponse is the answer of GET /api/documents/{id}.
type DocumentResponse struct {
	Document corpus.Document  `json:"document"`
	Passages []PassageSummary `json:"passages"`
}

// PassageSummary is a passage without its text.
type PassageSummary struct {
	ID      string `json:"id"`
	Ord     int    `json:"ord"`
	Section string `json:"section,omitempty"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
}

// PassageResponse is the answer of GET /api/passages/{id}: the passage, its
// span, and a window of the document's extracted text around it split into
// parts (context, passage, highlight) so a client can render it without
// counting bytes. All offsets are bytes of the extracted text.
type PassageResponse struct {
	Passage  corpus.Passage `json:"passage"`
	Span     corpus.Span    `json:"span"`
	Ref      string         `json:"ref"`
	Document DocSummary     `json:"document"`
	Window   Window         `json:"window"`
	// Highlight is the span asked for with ?start=&end= (within the
	// passage), or nil.
	Highlight *Highlight `json:"highlight,omitempty"`
}

// DocSummary names a passage's document.
type DocSummary struct {
	ID     string        `json:"id"`
	Path   string        `json:"path"`
	Title  string        `json:"title,omitempty"`
	Format corpus.Format `json:"format"`
	RawURL string        `json:"raw_url"`
}

// Window is [Start, End) of the extracted text, in parts.
type Window struct {
	Start int          `json:"start"`
	End   int          `json:"end"`
	Parts []WindowPart `json:"parts"`
}

// WindowPart is a piece of a Window: Kind is "context" (outside the
// passage), "passage" or "highlight" (the cited span, inside the passage).
type WindowPart struct {
	Kind string `json:"kind"`
	Text string `json:"text"`
}

// Highlight is the cited span: its exact text and location.
type Highlight struct {
	Start int         `json:"start"`
	End   int         `json:"end"`
	Text  string      `json:"text"`
	Span  corpus.Span `json:"span"`
	Ref   string      `json:"ref"`
}

// handleDocuments lists the documents; ?path=/abs/file picks the one
// stored under that path (404 when there is none).
func (s *Server) handleDocuments(w http.ResponseWriter, r *http.Request) {
	if p := r.URL.Query().Get("path"); p != "" {
		d, err := s.corpus.DocumentByPath(p)
		if err != nil {
			writeErr(w, fmt.Errorf("server: no document stored for path %q: %w", corpus.Clip(p, 200), err))
			return
		}
		writeJSON(w, http.StatusOK, DocumentsResponse{Count: 1, Documents: []corpus.Document{d}})
		return
	}
	docs, err := s.corpus.AllDocuments()
	if err != nil {
		writeErr(w, err)
		return
	}
	if docs == nil {
		docs = []corpus.Document{}
	}
	writeJSON(w, http.StatusOK, DocumentsResponse{Count: len(docs), Documents: docs})
}

// document looks up the document named by the {id} path parameter; on
// failure it has written the error response and returns false.
func (s *Server) document(w http.ResponseWriter, r *http.Request) (corpus.Document, bool) {
	id := r.PathValue("id")
	if err := checkID("document", id, docIDPattern); err != nil {
		writeErr(w, err)
		return corpus.Document{}, false
	}
	d, err := s.corpus.Document(id)
	if err != nil {
		writeErr(w, err)
		return corpus.Document{}, false
	}
	return d, true
}

func (s *Server) handleDocument(w http.ResponseWriter, r *http.Request) {
	d, ok := s.document(w, r)
	if !ok {
		return
	}
	ps, err := s.corpus.DocPassages(d.ID)
	if err != nil {
		writeErr(w, err)
		return
	}
	resp := DocumentResponse{Document: d, Passages: make([]PassageSummary, len(ps))}
	for i, p := range ps {
		resp.Passages[i] = PassageSummary{ID: p.ID, Ord: p.Ord, Section: p.Section, Start: p.Start, End: p.End}
	}
	writeJSON(w, http.StatusOK, resp)
}

// TextResponse is the answer of GET /api/documents/{id}/text: the
// extracted text and its map back to lines, pages or paragraphs.
type TextResponse struct {
	Text       string            `json:"text"`
	Extraction corpus.Extraction `json:"extraction"`
}

// handleText serves a document's extracted text with its source map.
func (s *Server) handleText(w http.ResponseWriter, r *http.Request) {
	d, ok := s.document(w, r)
	if !ok {
		return
	}
	text, ext, err := s.corpus.Text(d.ID)
	if err != nil {
		writeErr(w, err)
		return
	}
	writeJSON(w, http.StatusOK, TextResponse{Text: text, Extraction: ext})
}

// rawTypes are the content types the original bytes are served with;
// HTML is served as text so that stored pages never run in this origin.
var rawTypes = map[corpus.Format]string{
	corpus.PDF:  "application/pdf",
	corpus.DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
	corpus.ODT:  "application/vnd.oasis.opendocument.text",
	corpus.EPUB: "application/epub+zip",
	corpus.PPTX: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
	corpus.XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}

// handleRaw serves the exact stored bytes of a document's original file.
func (s *Server) handleRaw(w http.ResponseWriter, r *http.Request) {
	d, ok := s.document(w, r)
	if !ok {
		return
	}
	b, err := s.corpus.Original(d.ID)
	if err != nil {
		writeErr(w, err)
		return
	}
	ct, ok := rawTypes[d.Format]
	if !ok {
		ct = "text/plain; charset=utf-8"
		if !utf8.Valid(b) {
			ct = "application/octet-stream"
		}
	}
	h := w.Header()
	h.Set("Content-Type", ct)
	h.Set("Content-Length", strconv.Itoa(len(b)))
	h.Set("Content-Security-Policy", "sandbox; default-src 'none'")
	h.Set("Content-Disposition", mime.FormatMediaType("inline", map[string]string{"filename": path.Base(d.Path)}))
	h.Set("ETag", `"`+d.Hash+`"`)
	h.Set("X-Verbatim-Sha256", d.Hash)
	if r.Header.Get("If-None-Match") == `"`+d.Hash+`"` {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(b)
}

// handlePassage serves GET /api/passages/{id}?context=N&start=S&end=E.
func (s *Server) handlePassage(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if err := checkID("passage", id, passageIDPattern); err != nil {
		writeErr(w, err)
		return
	}
	v := r.URL.Query()
	ctxBytes, err := intParam(v, "context", defaultContext, 0, maxContext)
	if err != nil {
		writeErr(w, err)
		return
	}
	p, sp, err := s.corpus.Passage(id)
	if err != nil {
		writeErr(w, err)
		return
	}
	hs, err := intParam(v, "start", p.Start, p.Start, p.End)
	if err != nil {
		writeErr(w, err)
		return
	}
	he, err := intParam(v, "end", p.End, hs, p.End)
	if err != nil {
		writeErr(w, err)
		return
	}
	text, _, err := s.corpus.Text(p.DocID)
	if err != nil {
		writeErr(w, err)
		return
	}
	resp, err := s.passageResponse(p, sp, text, ctxBytes, v.Has("start") || v.Has("end"), hs, he)
	if err != nil {
		writeErr(w, err)
		return
	}
	writeJSON(w, http.StatusOK, resp)
}

func (s *Server) passageResponse(p corpus.Passage, sp corpus.Span, text string, ctxBytes int, hl bool, hs, he int) (PassageResponse, error) {
	d, err := s.corpus.Document(p.DocID)
	if err != nil {
		return PassageResponse{}, err
	}
	if !hl {
		hs, he = p.Start, p.Start
	}
	hs, he = runeStart(text, hs), runeStart(text, he)
	ws, we := runeStart(text, max(0, p.Start-ctxBytes)), runeStart(text, min(len(text), p.End+ctxBytes))
	resp := PassageResponse{
		Passage: p, Span: sp, Ref: corpus.EscapePath(sp.String()),
		Document: DocSummary{ID: d.ID, Path: corpus.EscapePath(d.Path), Title: d.Title, Format: d.Format, RawURL: "/api/documents/" + d.ID + "/raw"},
		Window:   Window{Start: ws, End: we},
	}
	for _, part := range []WindowPart{
		{"context", text[ws:p.Start]}, {"passage", text[p.Start:hs]}, {"highlight", text[hs:he]},
		{"passage", text[he:p.End]}, {"context", text[p.End:we]},
	} {
		if part.Text != "" {
			resp.Window.Parts = append(resp.Window.Parts, part)
		}
	}
	if hl {
		hsp, err := s.corpus.Locate(p.DocID, hs, he)
		if err != nil {
			return PassageResponse{}, err
		}
		resp.Highlight = &Highlight{Start: hs, End: he, Text: text[hs:he], Span: hsp, Ref: corpus.EscapePath(hsp.String())}
	}
	return resp, nil
}

// runeStart moves i back to the start of the UTF-8 sequence holding it.
func runeStart(s string, i int) int {
	for i > 0 && i < len(s) && !utf8.RuneStart(s[i]) {
		i--
	}
	return i
}

// intParam parses the query parameter name between lo and hi, def when
// absent; an error names the parameter.
func intParam(v url.Values, name string, def, lo, hi int) (int, error) {
	s := v.Get(name)
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < lo || n > hi {
		return 0, newError(errBadRequest, "server: parameter %s=%q is not a number between %d and %d", name, corpus.Clip(s, 20), lo, hi)
	}
	return n, nil
}

// StatsResponse is the answer of GET /api/stats.
type StatsResponse struct {
	Corpus        index.Stats `json:"corpus"`
	Generator     string      `json:"generator"` // "" while there is no model
	IngestRunning bool        `json:"ingest_running"`
	ModelBytes    int         `json:"model_bytes"` // size of the stored built-in model, 0 for none
}

func (s *Server) handleStats(w http.ResponseWriter, _ *http.Request) {
	st, err := s.corpus.Stats()
	if err != nil {
		writeErr(w, fmt.Errorf("server: stats: %w", err))
		return
	}
	gen := ""
	if g := s.Generator(); g != nil {
		gen = g.Name()
	}
	modelBytes := 0
	if s.deps.ModelKey != "" {
		if m, err := s.corpus.GetMeta(s.deps.ModelKey); err == nil {
			modelBytes = len(m)
		}
	}
	writeJSON(w, http.StatusOK, StatsResponse{Corpus: st, Generator: gen, IngestRunning: s.jobs.running(), ModelBytes: modelBytes})
}
