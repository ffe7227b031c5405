package server

import (
	"net/http"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/index"
)

// TestDamagedStoreUnderneath truncates the store file of a running server:
// the routes that read it answer 503 with an error naming the file and
// the repair, again and again (the process does not die of SIGBUS), while
// the others keep answering.
func TestDamagedStoreUnderneath(t *testing.T) {
	s, ts := newTestServer(t, DefaultConfig())
	code, b, _ := do(t, "GET", ts.URL+"/api/search?q=Quillhaven", nil)
	require.Equal(t, http.StatusOK, code, "%s", b)

	db := filepath.Join(s.corpus.Dir(), index.DBFile)
	require.NoError(t, os.Truncate(db, 8192)) // the two meta pages are left
	for range 2 {
		for _, route := range []string{"/api/search?q=Quillhaven", "/api/documents", "/api/stats"} {
			code, b, _ := do(t, "GET", ts.URL+route, nil)
			assert.Equal(t, http.StatusServiceUnavailable, code, "%s: %s", route, b)
			e := decode[apiError](t, b)
			assert.Contains(t, e.Error, db, route)
			assert.Contains(t, e.Error, "verbatim check --repair", route)
		}
	}
	code, b, _ = do(t, "GET", ts.URL+"/healthz", nil)
	assert.Equal(t, http.StatusOK, code, "%s", b)
}
