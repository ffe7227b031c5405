package ingest

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCleanPDFText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"ligatures spelled out", "the \ufb01rst \ufb02oor, o\ufb03ce", "the first floor, office"},
		{"dot leader shortened", "2.1 What is R?.............. 3", "2.1 What is R? ... 3"},
		{"spaced dot leader", "Preface . . . . . . . . 1", "Preface ... 1"},
		{"an ellipsis stays", "and so on...", "and so on..."},
		{"word hyphenated at a line end joined", "the argument list of the func-\ntion) nor local", "the argument list of the function)\nnor local"},
		{"joined word that was the whole next line", "in-\nstall\nnext", "install\nnext"},
		{"capital after the break is kept apart", "Carrick-\nHead", "Carrick-\nHead"},
		{"a dash after a space is not a hyphen", "options -\nsee below", "options -\nsee below"},
		{"digits are not words", "page 1-\n2", "page 1-\n2"},
		{"control characters dropped, trailing space trimmed", "a\x01b  \n\tc ", "ab\n\tc"},
		{"invalid UTF-8 replaced", "caf\xe9", "caf\uFFFD"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, cleanPDFText(tt.in))
		})
	}
}
