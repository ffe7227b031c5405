package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"

	"github.com/verbatim-rag/verbatim/generate"
	"github.com/verbatim-rag/verbatim/index"
	"github.com/verbatim-rag/verbatim/rag"
	"github.com/verbatim-rag/verbatim/retrieve"
)

// apiError is the body of every error answer.
type apiError struct {
	Error string `json:"error"`
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v)
}

func writeError(w http.ResponseWriter, status int, format string, args ...any) {
	writeJSON(w, status, apiError{Error: fmt.Sprintf(format, args...)})
}

// writeErr answers with the status that fits err.
func writeErr(w http.ResponseWriter, err error) {
	writeJSON(w, statusOf(err), apiError{Error: err.Error()})
}

// statusOf maps the errors handlers meet to HTTP statuses.
func statusOf(err error) int {
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &tooBig), errors.Is(err, errTooLarge):
		return http.StatusRequestEntityTooLarge
	case errors.Is(err, errBadRequest), errors.Is(err, rag.ErrEmptyQuestion), errors.Is(err, retrieve.ErrEmptyQuery),
		errors.Is(err, rag.ErrLongQuestion), errors.Is(err, retrieve.ErrLongQuery):
		return http.StatusBadRequest
	case errors.Is(err, errForbidden):
		return http.StatusForbidden
	case errors.Is(err, index.ErrNotFound):
		return http.StatusNotFound
	case errors.Is(err, errBusy):
		return http.StatusConflict
	case errors.Is(err, generate.ErrNoModel), errors.Is(err, index.ErrDamaged):
		return http.StatusServiceUnavailable // the rest of the server keeps answering
	case errors.Is(err, context.DeadlineExceeded):
		return http.StatusGatewayTimeout
	case errors.Is(err, context.Canceled):
		return 499 // client closed the request, as nginx logs it
	}
	return http.StatusInternalServerError
}

// Errors the handlers classify with.
var (
	errBadRequest = errors.New("bad request")
	errTooLarge   = errors.New("too large")
	errForbidden  = errors.New("forbidden")
	errBusy       = errors.New("busy")
)

// kindError carries its own message and matches a classification error.
type kindError struct {
	msg  string
	kind error
}

func (e *kindError) Error() string        { return e.msg }
func (e *kindError) Is(target error) bool { return target == e.kind }

func newError(kind error, format string, args ...any) error {
	return &kindError{msg: fmt.Sprintf(format, args...), kind: kind}
}

// jsonBody reports whether a request's Content-Type may carry the JSON
// body: application/json (or +json), none, or the types curl and other
// clients send by default (curl -d sends a form type). Like Ollama's API,
// the body is what counts; browsers' cross-site "simple" requests with the
// form and text types are refused before this (see crossOrigin).
func jsonBody(contentType string) bool {
	if contentType == "" {
		return true
	}
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return false
	}
	switch mt {
	case "application/json", "application/x-www-form-urlencoded", "text/plain":
		return true
	}
	return strings.HasSuffix(mt, "+json")
}

// jsonValueName names a JSON value's type as json.UnmarshalTypeError gives
// it ("array", "number 5", "bool").
func jsonValueName(v string) string {
	v, _, _ = strings.Cut(v, " ")
	switch v {
	case "array", "object":
		return "an " + v
	case "bool":
		return "a boolean"
	}
	return "a " + v
}

// decodeJSON reads one JSON object of at most limit bytes into v, refusing
// trailing data and, when strict, unknown fields.
func decodeJSON(w http.ResponseWriter, r *http.Request, limit int64, v any, strict bool) error {
	if ct := r.Header.Get("Content-Type"); !jsonBody(ct) {
		return newError(errBadRequest, "server: Content-Type %q: want application/json", ct)
	}
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, limit))
	if strict {
		dec.DisallowUnknownFields()
	}
	if err := dec.Decode(v); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			return newError(errTooLarge, "server: request body larger than %d bytes", limit)
		}
		var typeErr *json.UnmarshalTypeError
		switch {
		case errors.Is(err, io.EOF):
			return newError(errBadRequest, "server: the request body is empty: want a JSON object")
		case errors.Is(err, io.ErrUnexpectedEOF):
			return newError(errBadRequest, "server: decode request: the JSON object is cut short")
		case errors.As(err, &typeErr) && typeErr.Field == "":
			return newError(errBadRequest, "server: decode request: want a JSON object, not %s", jsonValueName(typeErr.Value))
		}
		return newError(errBadRequest, "server: decode request: %v", err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return newError(errBadRequest, "server: decode request: data after the JSON object")
	}
	return nil
}
