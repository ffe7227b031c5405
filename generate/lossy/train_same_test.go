package lossy

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// The models trained on the test corpora are pinned by their bytes: the
// streaming, memory-bounded counting must yield exactly the model that the
// in-memory counting did (the hashes were taken from it).
func TestTrainingYieldsThePinnedModels(t *testing.T) {
	entries := readTexts(t, "../../testdata/entries")
	tests := []struct {
		name  string
		texts []string
		cfg   Config
		want  string
	}{
		{"fixture 10%", makeFixture(42, 400).Entries, Config{Budget: "10%"}, "45ca8422fd07ea72"},
		{"fixture all", makeFixture(42, 400).Entries, Config{Budget: "64MiB"}, "692604fcf47c0e1e"},
		{"fixture order 3", makeFixture(7, 300).Entries, Config{Budget: "20%", Order: 3}, "f549531b1377565c"},
		{"entries 10%", entries, Config{Budget: "10%"}, "fdf005853c3a8da8"},
		{"entries all", entries, Config{Budget: "64MiB", Order: 8}, "b90b587b76ee76ec"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Train(context.Background(), TextSource(tt.texts...), tt.cfg)
			require.NoError(t, err)
			b, err := m.Marshal()
			require.NoError(t, err)
			sum := sha256.Sum256(b)
			require.Equal(t, tt.want, hex.EncodeToString(sum[:8]), "%d bytes", len(b))
		})
	}
}

// readTexts reads every file under dir, in path order.
func readTexts(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(path)
		out = append(out, strings.TrimSpace(string(b)))
		return err
	})
	require.NoError(t, err)
	require.NotEmpty(t, out)
	return out
}
