package english

import (
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
)

func TestRelatedGroupsAreWellFormed(t *testing.T) {
	for _, g := range RelatedGroups {
		words := strings.Fields(g)
		assert.GreaterOrEqual(t, len(words), 2, "a group relates at least two words: %q", g)
		seen := map[string]bool{}
		for _, w := range words {
			assert.False(t, seen[w], "%q twice in %q", w, g)
			seen[w] = true
			for _, r := range w {
				assert.True(t, unicode.IsLower(r), "%q in %q: lower-case letters only", w, g)
			}
		}
	}
}
