package english

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestRefersBack(t *testing.T) {
	tests := []struct {
		sentence string
		want     bool
	}{
		{"In this case, dpkg-source renames the temporary directory itself.", true},
		{"In that case, we need to change it to a library that does exist in Debian.", true},
		{"The corresponding gid refers to the group nogroup.", true},
		{"Otherwise, the upstream tarball must have been packaged without a common top-level directory.", true},
		{"If so, the bug is closed.", true},
		{"In this directory, dpkg keeps its database.", false},
		{"The correspondence is kept in a table.", false},
		{"Then", false}, // nothing follows the opener
		{"Usertags are similar to normal tags.", false},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, RefersBack(tc.sentence), tc.sentence)
	}
}
