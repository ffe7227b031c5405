package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestRequireEmpty(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, requireEmpty(filepath.Join(dir, "new")), "a missing dir is created by the ingest")
	require.NoError(t, requireEmpty(dir))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "verbatim.db"), nil, 0o644))
	require.ErrorContains(t, requireEmpty(dir), "-phase search")
}
