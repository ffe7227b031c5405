package compare

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

var normalizeTests = []struct {
	in, want string
}{
	{"Hello, World!", "hello world"},
	{"  born on 14 March, 1871. ", "born on 14 march 1871"},
	{"8,340", "8340"},
	{"1,234,567 people", "1234567 people"},
	{"8 340", "8340"},                 // a space between digit groups separates thousands too
	{"8\u202f340", "8340"},            // narrow no-break space groups digits
	{"1'000", "1000"},                 // Swiss grouping
	{"1,2345", "1 2345"},              // not a group of three
	{"12,34", "12 34"},                // not a group of three
	{"in 1709, 1710", "in 1709 1710"}, // list, not a group
	{"2.3 million", "2 3 million"},    // decimals split on both sides alike
	{"Zürich", "zurich"},              // accents dropped, as the fact checks drop them
	{"ZÜRICH", "zurich"},              // and lower-cased
	{"Palmquist's Star", "palmquist s star"},
	{"Saint-Oda", "saint oda"},
	{"", ""},
	{"?!", ""},
}

func TestNormalize(t *testing.T) {
	for _, tt := range normalizeTests {
		assert.Equal(t, tt.want, Normalize(tt.in), "Normalize(%q)", tt.in)
	}
}

var matchTests = []struct {
	answer string
	golds  []string
	want   bool
}{
	{"It was founded in 1776.", []string{"1"}, false},                // token-safe
	{"In 1776.", []string{"1776"}, true},                             // whole token
	{"It was 11,200.", []string{"1,200"}, false},                     // digits grouped, still token-safe
	{"About 1,200 people died.", []string{"1200"}, true},             // grouping on one side only
	{"shim6\t140\tShim6\t\t# Shim6 Protocol", []string{"140"}, true}, // a name ending in a digit, then a number: no grouping
	{"Population 8340.", []string{"8,340"}, true},                    // and on the other
	{"born on 14 March, 1871", []string{"14 March 1871"}, true},      // punctuation removed
	{"born 14 March 1872", []string{"14 March 1871"}, false},         // one token differs
	{"ILSE KORRANDER designed it", []string{"Ilse Korrander"}, true}, // case
	{"Ilse Korranders bridge", []string{"Ilse Korrander"}, false},    // token boundary
	{"It lies in Zurich.", []string{"Zürich"}, true},                 // accents dropped
	{"It lies in Zürich.", []string{"Zurich", "Zürich"}, true},       // any gold
	{"Norvanian", []string{"Norvania"}, false},
	{"anything", nil, false},                // no gold never matches
	{"anything", []string{"", "  "}, false}, // empty golds never match
	{"", []string{"1214"}, false},
	{"The Glass Orchard (1921)", []string{"Glass Orchard"}, true},
	{"the answer is 412 metres", []string{"412 m", "412"}, true},
}

func TestMatch(t *testing.T) {
	for _, tt := range matchTests {
		assert.Equal(t, tt.want, Match(tt.answer, tt.golds), "Match(%q, %q)", tt.answer, tt.golds)
	}
}

func FuzzMatch(f *testing.F) {
	for _, tt := range matchTests {
		f.Add(tt.answer, strings.Join(tt.golds, "|"))
	}
	f.Fuzz(func(t *testing.T, answer, gold string) {
		n := Normalize(answer)
		assert.Equal(t, n, Normalize(n), "Normalize is idempotent")
		assert.NotContains(t, n, "  ")
		if n != "" {
			assert.True(t, Match(answer, []string{answer}), "an answer matches itself")
			assert.True(t, Match("x "+answer+" y", []string{answer}), "and inside other words")
		}
		if Match(answer, []string{gold}) {
			assert.NotEmpty(t, Normalize(gold))
		}
	})
}
