package english

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestContrastSwapped(t *testing.T) {
	lower := func(s string) []string {
		return strings.Fields(strings.ToLower(strings.NewReplacer(",", " ", "?", " ", ".", " ").Replace(s)))
	}
	for _, tc := range []struct {
		q, unit string
		swapped bool
	}{
		{"What do you call a method whose invocant is an object rather than a package name?", "class method A method whose invocant is a package name, not an object reference.", true},
		{"In the Perl glossary, what is a method whose invocant is an object, not a package name, called?", "class method A method whose invocant is a package name, not an object reference.", true},
		{"What do you call a method whose invocant is an object rather than a package name?", "instance method A method whose invocant is an object, not a package name.", false},
		{"Which page tells how to post and how not to post on the lists?", "To find out how to subscribe, how to post and how not to post, see the page.", false},
		{"Which option makes Bash look for libiconv in PREFIX instead of the standard locations?", "--with-libiconv-prefix[=PREFIX] Look for libiconv in PREFIX instead of the standard locations.", false},
		{"Which packages are not allowed to call init scripts?", "Packages in the other areas are not part of the distribution.", false},
	} {
		assert.Equal(t, tc.swapped, ContrastSwapped(lower(tc.q), lower(tc.unit)), "%s | %s", tc.q, tc.unit)
	}
}

func ExampleContrastSides() {
	so, not, ok := ContrastSides(strings.Fields("a method whose invocant is an object rather than a package name"))
	fmt.Println(so, not, ok)
	// Output: [object] [packag] true
}
