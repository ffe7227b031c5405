package english

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestUsageLabel(t *testing.T) {
	tests := map[string]string{"n": "noun", "a": "adjective", "obs": "obsolete", "bot": "botany", "syn": "synonym", "the": "", "noun": "",
		"mar": "maritime", "elec": "electricity", "biol": "biology"} // "(Mar. Law)", "(Elec.)": a field sense of a dictionary
	for in, want := range tests {
		assert.Equal(t, want, UsageLabel(in), in)
	}
}
