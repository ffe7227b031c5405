package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReadQuestions(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
		err        string
	}{
		{"lines", `{"q": "what is a kludge", "gold": "jargon/kludge.txt"}` + "\n\n" + `{"q": "who wrote it"}` + "\n", []string{"what is a kludge", "who wrote it"}, ""},
		{"no q", `{"question": "x"}` + "\n", nil, `:1: not a question line with "q"`},
		{"broken", `{"q": "a"}` + "\n" + `{"q": ` + "\n", nil, ":2: not a question line"},
		{"empty", "", nil, "no questions"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "q.jsonl")
			require.NoError(t, os.WriteFile(path, []byte(tc.text), 0o644))
			got, err := readQuestions(path)
			if tc.err != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tc.err)
				assert.Contains(t, err.Error(), path, "names the file")
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
}
