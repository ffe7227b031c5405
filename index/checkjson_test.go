package index

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCheckReportJSONKeepsPathBytes: check --json wrote U+FFFD for a byte
// of a path that is not UTF-8; it is \xNN now, as in every JSON output.
func TestCheckReportJSONKeepsPathBytes(t *testing.T) {
	const p = "/d/caf\xe9.txt"
	rep := CheckReport{
		Problems: []Problem{{Kind: ProblemTextMissing, Path: p}},
		Notes:    []Note{{Kind: NoteMissing, Path: p}},
		Dropped:  []string{p},
	}
	b, err := json.Marshal(rep)
	require.NoError(t, err)
	assert.NotContains(t, string(b), `\ufffd`)
	assert.Equal(t, 3, strings.Count(string(b), `/d/caf\\xe9.txt`), "%s", b)
	assert.Equal(t, p, rep.Dropped[0], "the report itself is unchanged")
}
