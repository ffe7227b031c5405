package ingest

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReportJSONKeepsPathBytes: every path of a report keeps a byte that
// is not UTF-8 as \xNN in JSON (it became U+FFFD), and the report itself
// is not changed by writing it.
func TestReportJSONKeepsPathBytes(t *testing.T) {
	const p = "/d/caf\xe9.txt"
	rep := Report{
		Added: []string{p}, Updated: []string{p}, Unchanged: []string{p}, Removed: []string{p},
		Skipped: []Skip{{Path: p, Reason: ReasonUnsupported}}, Kept: []Skip{{Path: p, Reason: ReasonNotText}},
		Failed: []Failure{{Path: p, Err: "boom"}}, Withheld: []Withheld{{Root: "/d/\xff", Paths: []string{p}, Reason: "empty"}},
	}
	b, err := json.Marshal(rep)
	require.NoError(t, err)
	assert.NotContains(t, string(b), `\ufffd`)
	assert.Equal(t, 8, strings.Count(string(b), `/d/caf\\xe9.txt`), "%s", b)
	assert.Contains(t, string(b), `"root":"/d/\\xff"`)
	assert.Equal(t, p, rep.Skipped[0].Path)
	assert.Equal(t, p, rep.Failed[0].Path)
	assert.Equal(t, p, rep.Withheld[0].Paths[0])

	b, err = json.Marshal(Report{})
	require.NoError(t, err)
	assert.Contains(t, string(b), `"added":null`, "empty lists stay as they were")
}
