package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCheckStaleModel: after `rm --no-train` (or `ingest --no-train`) the
// stored model was still trained on documents that are gone, and `check`
// called it "ok". It is stale until retrained: check fails and says so,
// and check --repair retrains it.
func TestCheckStaleModel(t *testing.T) {
	for _, change := range []string{"rm", "ingest"} {
		t.Run(change, func(t *testing.T) {
			isolate(t)
			data, folder := t.TempDir(), copyCorpus(t)
			_, _, err := run(t, data, "ingest", folder)
			require.NoError(t, err)
			out, _, err := run(t, data, "check")
			require.NoError(t, err)
			assert.Contains(t, out, "model: ok")

			if change == "rm" {
				_, _, err = run(t, data, "rm", "--no-train", filepath.Join(folder, "history.md"))
			} else {
				require.NoError(t, os.WriteFile(filepath.Join(folder, "new.md"), []byte("# New\n\nThe Orlan beacon was lit in 1911.\n"), 0o644))
				_, _, err = run(t, data, "ingest", "--no-train", folder)
			}
			require.NoError(t, err)
			out, _, err = run(t, data, "check")
			require.ErrorIs(t, err, errCheckFailed)
			assert.Contains(t, out, "model: stale")
			out, _, err = run(t, data, "check", "--json")
			require.ErrorIs(t, err, errCheckFailed)
			var res checkResult
			require.NoError(t, json.Unmarshal([]byte(out), &res))
			assert.False(t, res.OK)
			assert.Contains(t, res.Model, "stale")

			out, _, err = run(t, data, "check", "--repair")
			require.NoError(t, err)
			assert.Contains(t, out, "model: retrained")
			out, _, err = run(t, data, "check")
			require.NoError(t, err)
			assert.Contains(t, out, "model: ok")
		})
	}
}
