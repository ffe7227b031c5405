package main

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestAskLongQuestion: `ask` with a 100 KB question ran for over ten
// minutes in the built-in reader and ignored SIGTERM; `search` took 19 s.
// Both now refuse it at once, naming the limit.
func TestAskLongQuestion(t *testing.T) {
	data := ingestedEntries(t)
	long := "How long is the Korvath Tunnel? " + strings.Repeat("word ", 20000)
	start := time.Now()
	for _, args := range [][]string{{"ask", long}, {"ask", "--bare", long}, {"ask", "--json", long}} {
		_, _, err := run(t, data, args...)
		require.Error(t, err)
		assert.Contains(t, err.Error(), "too long: 100032 bytes, at most 4096")
	}
	_, _, err := run(t, data, "search", long)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "too long")
	assert.Less(t, time.Since(start), 20*time.Second)
}
