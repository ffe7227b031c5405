package server

import (
	"crypto/subtle"
	"net/http"
	"slices"
	"strings"
	"time"
)

// middleware wraps the routes: panic recovery, metrics and logging, the
// Host check, CORS, the cross-origin check, then the API key.
func (s *Server) middleware(mux *http.ServeMux) (http.Handler, error) {
	h := jsonErrors(mux)
	h = s.auth(h)
	h, err := s.crossOrigin(h)
	if err != nil {
		return nil, err
	}
	h = s.cors(h)
	h = s.hostGuard(h)
	return s.observe(mux, h), nil
}

// recorder remembers the status and size of a response.
type recorder struct {
	http.ResponseWriter
	status int
	bytes  int64
}

func (r *recorder) WriteHeader(code int) {
	if r.status == 0 {
		r.status = code
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *recorder) Write(b []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	n, err := r.ResponseWriter.Write(b)
	r.bytes += int64(n)
	return n, err
}

// Unwrap lets http.ResponseController reach Flush and deadlines.
func (r *recorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

// observe recovers panics, counts and times every request by route and
// status, and logs it.
func (s *Server) observe(mux *http.ServeMux, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &recorder{ResponseWriter: w}
		s.metrics.inFlight.Add(1)
		defer func() {
			s.metrics.inFlight.Add(-1)
			if p := recover(); p != nil {
				s.log.Error("server: panic", "method", r.Method, "path", r.URL.Path, "panic", p)
				if rec.status == 0 {
					writeError(rec, http.StatusInternalServerError, "server: internal error")
				}
			}
			if rec.status == 0 {
				rec.status = http.StatusOK
			}
			_, route := mux.Handler(r)
			if route == "" || route == "/" {
				route = "unmatched"
			}
			d := time.Since(start)
			s.metrics.request(route, rec.status, d)
			s.log.Info("server: request", "method", r.Method, "path", r.URL.Path, "route", route,
				"status", rec.status, "bytes", rec.bytes, "duration", d)
		}()
		w.Header().Set("X-Content-Type-Options", "nosniff")
		next.ServeHTTP(rec, r)
	})
}

// public reports whether a path is served without the API key: the health
// check and the page's static files, which hold no data.
func public(path string) bool {
	return path == "/healthz" || path == "/" || strings.HasPrefix(path, "/static/")
}

// auth requires "Authorization: Bearer KEY" when a key is configured; the
// scheme is case-insensitive (RFC 9110, section 11.1).
func (s *Server) auth(next http.Handler) http.Handler {
	if s.apiKey == "" {
		return next
	}
	want := []byte(s.apiKey)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if public(r.URL.Path) || r.Method == http.MethodOptions {
			next.ServeHTTP(w, r)
			return
		}
		scheme, got, _ := strings.Cut(strings.TrimSpace(r.Header.Get("Authorization")), " ")
		if !strings.EqualFold(scheme, "Bearer") || subtle.ConstantTimeCompare([]byte(strings.TrimSpace(got)), want) != 1 {
			w.Header().Set("WWW-Authenticate", `Bearer realm="verbatim"`)
			writeError(w, http.StatusUnauthorized, "server: missing or wrong API key (Authorization: Bearer KEY)")
			return
		}
		next.ServeHTTP(w, r)
	})
}

// cors answers preflights and sets the CORS headers for configured origins
// only; without configuration it adds nothing.
func (s *Server) cors(next http.Handler) http.Handler {
	if len(s.cfg.CORSOrigins) == 0 {
		return next
	}
	anyOrigin := slices.Contains(s.cfg.CORSOrigins, "*")
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		if origin == "" || (!anyOrigin && !slices.Contains(s.cfg.CORSOrigins, origin)) {
			next.ServeHTTP(w, r)
			return
		}
		h := w.Header()
		h.Set("Access-Control-Allow-Origin", origin)
		h.Add("Vary", "Origin")
		if r.Method == http.MethodOptions && r.Header.Get("Access-Control-Request-Method") != "" {
			h.Set("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
			h.Set("Access-Control-Allow-Headers", "Authorization, Content-Type, Accept")
			h.Set("Access-Control-Max-Age", "600")
			w.WriteHeader(http.StatusNoContent)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// jsonErrors makes the mux's own 404 and 405 answers JSON like the rest.
func jsonErrors(mux *http.ServeMux) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if _, pattern := mux.Handler(r); pattern == "" {
			w = &errorRewriter{ResponseWriter: w, method: r.Method, path: r.URL.Path}
		}
		mux.ServeHTTP(w, r)
	})
}

// errorRewriter replaces a plain-text error body with a JSON one.
type errorRewriter struct {
	http.ResponseWriter
	method, path string
	wrote, pass  bool // header written; body passed through (not an error)
}

func (e *errorRewriter) WriteHeader(code int) {
	if e.wrote {
		return
	}
	e.wrote = true
	if code < 400 {
		e.pass = true
		e.ResponseWriter.WriteHeader(code)
		return
	}
	e.Header().Del("Content-Length")
	msg := "server: no route " + e.method + " " + e.path
	if code == http.StatusMethodNotAllowed {
		msg = "server: method " + e.method + " not allowed on " + e.path + " (allowed: " + e.Header().Get("Allow") + ")"
	}
	writeError(e.ResponseWriter, code, "%s", msg)
}

func (e *errorRewriter) Write(b []byte) (int, error) {
	if !e.wrote {
		e.WriteHeader(http.StatusOK)
	}
	if e.pass {
		return e.ResponseWriter.Write(b)
	}
	return len(b), nil // the JSON body is written; drop the plain one
}
