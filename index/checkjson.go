package index

import (
	"encoding/json"

	"github.com/verbatim-rag/verbatim/corpus"
)

// The check's JSON writes paths escaped (corpus.EscapePath), so that a
// file name that is not UTF-8 keeps its bytes.

// MarshalJSON writes the problem with its path escaped.
func (p Problem) MarshalJSON() ([]byte, error) {
	type plain Problem
	q := plain(p)
	q.Path = corpus.EscapePath(q.Path)
	return json.Marshal(q)
}

// MarshalJSON writes the note with its path escaped.
func (n Note) MarshalJSON() ([]byte, error) {
	type plain Note
	q := plain(n)
	q.Path = corpus.EscapePath(q.Path)
	return json.Marshal(q)
}

// MarshalJSON writes the report with the dropped paths escaped.
func (r CheckReport) MarshalJSON() ([]byte, error) {
	type plain CheckReport
	q := plain(r)
	if r.Dropped != nil {
		q.Dropped = make([]string, len(r.Dropped))
		for i, p := range r.Dropped {
			q.Dropped[i] = corpus.EscapePath(p)
		}
	}
	return json.Marshal(q)
}
