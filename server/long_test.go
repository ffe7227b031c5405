package server

import (
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestLongQuestionOverRAGLimit: with max_question_bytes raised above the
// pipeline's own limit (rag.MaxQuestionBytes), a longer question is a bad
// request (400), not a server error.
func TestLongQuestionOverRAGLimit(t *testing.T) {
	cfg := DefaultConfig()
	cfg.MaxQuestionBytes = 64 << 10
	_, ts := newTestServer(t, cfg)
	long := "How long is the Korvath Tunnel? " + strings.Repeat("word ", 2000)
	code, b, _ := do(t, "POST", ts.URL+"/api/ask", AskRequest{Question: long})
	assert.Equal(t, http.StatusBadRequest, code, "%s", b)
	assert.Contains(t, string(b), "too long")
	code, b, _ = do(t, "POST", ts.URL+"/api/ask", AskRequest{Question: long, Mode: "bare"})
	assert.Equal(t, http.StatusBadRequest, code, "%s", b)
}
