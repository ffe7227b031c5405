package reader

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestAroundNumber: a number names a file when its name holds it set
// apart from other digits.
func TestAroundNumber(t *testing.T) {
	tests := []struct {
		name, num, pre, post string
		ok                   bool
	}{
		{"schema-639-5", "639-5", "schema-", "", true},
		{"iso_639-5", "639-5", "iso_", "", true},
		{"rfc2822", "2822", "rfc", "", true},
		{"schema-639-51", "639-5", "", "", false},
		{"report-2012", "12", "", "", false},
		{"ch-3.1-notes", "3.1", "ch-", "-notes", true},
		{"v1.3.1", "3.1", "", "", false},
	}
	for _, tt := range tests {
		pre, post, ok := aroundNumber(tt.name, tt.num)
		assert.Equal(t, tt.ok, ok, "%s %s", tt.name, tt.num)
		if tt.ok {
			assert.Equal(t, tt.pre, pre, tt.name)
			assert.Equal(t, tt.post, post, tt.name)
		}
	}
}

// TestNumberedSiblings: a question that names a document by its number
// ("the ISO 639-5 schema") sets apart the files named the same around
// another number, and nothing else.
func TestNumberedSiblings(t *testing.T) {
	files := []string{"schema-639-5.json", "schema-639-2.json", "schema-3166-1.json", "iso_639-5.json", "iso_639-3.json", "iso_4217.json", "Blocks.txt"}
	tests := []struct {
		q       string
		sibling []bool
	}{
		{"In the ISO 639-5 schema, how is the alpha_3 property described?", []bool{false, true, true, false, true, true, false}},
		{"What does the alpha_3 field hold?", []bool{false, false, false, false, false, false, false}},
		{"Which block holds U+2E17 since Unicode 6.1?", []bool{false, false, false, false, false, false, false}}, // no file named by 6.1
	}
	for _, tt := range tests {
		var ps []*passage
		for _, f := range files {
			ps = append(ps, &passage{file: f})
		}
		namesFiles(&question{text: tt.q}, ps)
		for k, p := range ps {
			assert.Equal(t, tt.sibling[k], p.sibling, "%s: %s", tt.q, p.file)
		}
	}
}
