package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var cleanTests = []struct {
	in, text, block string
}{
	{"plain ünïcode", "plain ünïcode", "plain ünïcode"},
	{"red \x1b[31mtext\x1b[0m", `red \x1b[31mtext\x1b[0m`, `red \x1b[31mtext\x1b[0m`},
	{"two\nlines\tand tab", `two\nlines\tand tab`, "two\nlines\tand tab"},
	{"cr\rover", `cr\rover`, `cr\rover`},
	{"bell\a del\x7f c1\u009b", `bell\x07 del\x7f c1\u009b`, `bell\x07 del\x7f c1\u009b`},
	{"bidi \u202egnp.exe", `bidi \u202egnp.exe`, `bidi \u202egnp.exe`},
	{"bad \xff utf8", `bad \xff utf8`, `bad \xff utf8`},
}

func TestCleanText(t *testing.T) {
	for _, tt := range cleanTests {
		t.Run(tt.text, func(t *testing.T) {
			assert.Equal(t, tt.text, cleanText(tt.in))
			assert.Equal(t, tt.block, cleanBlock(tt.in))
			if tt.text != tt.in {
				back, ok := uncleanText(tt.text)
				assert.True(t, ok)
				assert.Equal(t, tt.in, back, "uncleanText reverses cleanText")
			}
		})
	}
	_, ok := uncleanText(`no escapes\z here`)
	assert.False(t, ok)
}

var escapeRe = regexp.MustCompile("[\x00-\x08\x0b-\x1f\x7f]")

// TestHostileNamesAndText: escape sequences in file names and text never
// reach the terminal raw, and a file name with a line break gives a
// citation that show opens.
func TestHostileNamesAndText(t *testing.T) {
	isolate(t)
	data, folder := t.TempDir(), t.TempDir()
	evil := filepath.Join(folder, "evil\x1b]0;pwned\x07\x1b[2J.md")
	newline := filepath.Join(folder, "two\nlines.md")
	require.NoError(t, os.WriteFile(evil, []byte("# Evil\n\nThe harbour of Zembla \x1b[31mglows red\x1b[0m at night.\n"), 0o644))
	require.NoError(t, os.WriteFile(newline, []byte("# Lines\n\nThe quarry at Orvik closed in 1911.\n"), 0o644))

	out, _, err := run(t, data, "ingest", "-v", "--no-train", folder)
	require.NoError(t, err)
	assert.Contains(t, out, `\x1b]0;pwned\x07`)
	assert.Contains(t, out, `two\nlines.md`)
	assert.Empty(t, escapeRe.FindAllString(out, -1), "no control characters in %q", out)

	out, _, err = run(t, data, "search", "Zembla harbour")
	require.NoError(t, err)
	assert.Contains(t, out, `\x1b[31mglows`)
	assert.Empty(t, escapeRe.FindAllString(out, -1), "no control characters in %q", out)

	out, _, err = run(t, data, "search", "quarry Orvik")
	require.NoError(t, err)
	m := regexp.MustCompile(`1\. (\S+)  \(score`).FindStringSubmatch(out)
	require.NotNil(t, m, out)
	require.Contains(t, m[1], `two\nlines.md:`)
	ref := m[1]
	if !filepath.IsAbs(strings.SplitN(ref, ":", 2)[0]) {
		ref = filepath.Join(mustGetwd(t), ref)
	}
	out, _, err = run(t, data, "show", ref)
	require.NoError(t, err, "the printed citation opens")
	assert.Contains(t, out, "closed in 1911")
}

func mustGetwd(t *testing.T) string {
	t.Helper()
	wd, err := os.Getwd()
	require.NoError(t, err)
	return wd
}
