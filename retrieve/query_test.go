package retrieve

import (
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseText(t *testing.T) {
	tests := []struct {
		in      string
		phrases []string
		rest    []string // analysed terms of the loose words
	}{
		{"fastest falcon", nil, []string{"fastest", "falcon"}},
		{`the "barn owl" hunts`, []string{"barn owl"}, []string{"hunt"}},
		{`"a" "b c" d`, []string{"b c"}, []string{"d"}}, // "a" is a stop word: no phrase
		{`unclosed "quote here`, nil, []string{"unclos", "quot"}},
		{"\u201ccurly quotes\u201d rest", []string{"curly quotes"}, []string{"rest"}},
		{`""`, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			p := parseText(tt.in)
			assert.Equal(t, tt.phrases, p.phrases)
			assert.Equal(t, tt.rest, Terms(p.rest))
		})
	}
}

func TestGlobRegexp(t *testing.T) {
	tests := []struct {
		glob    string
		match   []string
		noMatch []string
	}{
		{"*.md", []string{"/a/b.md", "/x.md"}, []string{"/a/b.mdx", "/a.md/b.txt"}},
		{"b?.txt", []string{"/a/b1.txt"}, []string{"/a/ab1.txt", "/a/b12.txt"}},
		{"docs/*.md", []string{"/x/docs/a.md", "/docs/b.md"}, []string{"/x/docs/sub/a.md", "/mydocs/a.md"}},
		{"/docs/**", []string{"/docs/a", "/docs/a/b/c.txt"}, []string{"/x/docs/a"}},
		{"/docs/**/*.go", []string{"/docs/a/b.go", "/docs/b.go"}, []string{"/docs/b.go.txt", "/docsb.go"}},
		{"notes/**/*.rst", []string{"/x/notes/a.rst", "/notes/a/b/c.rst"}, []string{"/mynotes/a.rst", "/notes.rst"}},
		{"**/*.md", []string{"/a.md", "/x/y/a.md"}, []string{"/a.mdx"}},
		{"[ab].txt", []string{"/x/a.txt", "/b.txt"}, []string{"/c.txt"}},
		{"[!ab].txt", []string{"/c.txt"}, []string{"/a.txt", "//.txt"}},
		{"a+b(1).txt", []string{"/a+b(1).txt"}, []string{"/aab1.txt"}},
		{"[oops", []string{"/[oops"}, []string{"/o"}},
		{"café.txt", []string{"/x/café.txt"}, []string{"/x/cafe.txt"}},
	}
	for _, tt := range tests {
		t.Run(tt.glob, func(t *testing.T) {
			re := regexp.MustCompile("^(?:" + globRegexp(tt.glob) + ")$")
			for _, p := range tt.match {
				assert.True(t, re.MatchString(p), "%s should match %s (%s)", tt.glob, p, re)
			}
			for _, p := range tt.noMatch {
				assert.False(t, re.MatchString(p), "%s should not match %s (%s)", tt.glob, p, re)
			}
		})
	}
}

func FuzzGlobRegexp(f *testing.F) {
	for _, s := range []string{"*.md", "/a/**/b?.txt", "[!x]y", "[", "a\\b", "é*"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, glob string) {
		if !utf8.ValidString(glob) {
			return
		}
		re, err := regexp.Compile("^(?:" + globRegexp(glob) + ")$")
		require.NoError(t, err, glob)
		if !strings.ContainsAny(glob, "*?[") && strings.HasPrefix(glob, "/") {
			assert.True(t, re.MatchString(glob), "a literal glob matches itself")
		}
	})
}

func FuzzParseText(f *testing.F) {
	for _, s := range []string{`a "b c" d`, `"`, `""""`, "\u201cx\u201d", "plain"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p := parseText(s)
		assert.NotContains(t, p.rest, `"`)
		for _, ph := range p.phrases {
			assert.NotContains(t, ph, `"`)
			assert.NotEmpty(t, Terms(ph))
		}
	})
}

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b string
		d    int
	}{{"", "", 0}, {"falcon", "falcom", 1}, {"falcon", "falcons", 1}, {"abc", "", 3}, {"kitten", "sitting", 3}}
	for _, tt := range tests {
		assert.Equal(t, tt.d, editDistance(tt.a, tt.b), "%s/%s", tt.a, tt.b)
	}
}

func TestIDF(t *testing.T) {
	assert.Greater(t, idf(100, 0), idf(100, 1))
	assert.Greater(t, idf(100, 1), idf(100, 50))
	assert.Greater(t, idf(100, 100), 0.0)
	assert.Equal(t, idf(100, 100), idf(100, 200))
	assert.Zero(t, coverage(queryTerms{all: []string{"a"}}, map[string]float64{"a": 0}, nil, nil, false))
}

func TestCheckPathGlob(t *testing.T) {
	for glob, ok := range map[string]bool{"*.md": true, "docs/**/*.rst": true, "notes/[ab]*": true, "[": false, "docs/a[b": false, `x\`: false} {
		if ok {
			assert.NoError(t, CheckPathGlob(glob), glob)
		} else {
			assert.ErrorContains(t, CheckPathGlob(glob), "bad path glob", glob)
		}
	}
}

// TestSearchable checks that searchable says what building the query
// says: whether the text has anything to search.
func TestSearchable(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"fastest falcon", true},
		{"what is it", false},
		{"", false},
		{`"barn owl"`, true},
		{`"the" of`, false},
		{`the "it is"`, false},
		{`unclosed "quote`, true},
		{"Who was IT?", true}, // a capitalised stop word is kept ("_it")
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			p := parseText(tt.text)
			qt := classifyQuery(p.rest)
			assert.Equal(t, tt.want, searchable(p, qt))
			assert.Equal(t, build(p, qt, Query{Text: tt.text}, false, nil, nil) != nil, searchable(p, qt))
		})
	}
}

// TestClassifyFromParse checks that a question is classified the same
// from the tokens parseText found as from its own analysis.
func TestClassifyFromParse(t *testing.T) {
	for _, text := range []string{
		"In what year did Greta Vallin marry?",
		`Who wrote "The Hollow Crown" in 1911?`,
		`unclosed "Quote of Velmora`,
		"How many people live in Velmora, and how often?",
		"what is it",
		"",
		"\u201cCurly\u201d Port Aubrin",
	} {
		t.Run(text, func(t *testing.T) {
			p := parseText(text)
			assert.Equal(t, classifyQuery(p.rest), p.classify())
		})
	}
}
