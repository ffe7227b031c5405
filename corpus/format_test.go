package corpus

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseFormat(t *testing.T) {
	tests := []struct {
		in   string
		want Format
		err  string
	}{
		{"markdown", Markdown, ""},
		{"PDF", PDF, ""},
		{" csv", CSV, ""}, // "--format 'markdown, csv'" split at the comma
		{"html\t", HTML, ""},
		{"Man", Man, ""},
		{"md", "", `unknown format "md"`},
		{"", "", `unknown format ""`},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseFormat(tt.in)
			if tt.err != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}
