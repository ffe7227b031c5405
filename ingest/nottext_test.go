package ingest

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Bytes that are not text: a NUL byte at offset 4, and a byte that is not
// UTF-8 at offset 4 (Latin-1 "é").
const (
	nulBytes    = "abcd\x00\x01\x02\xff binary"
	latin1Bytes = "caf\xe9\xe9 au lait"
)

// turnedBinaryTests overwrite a stored text file with bytes that are not
// text: whatever the file's extension (one of a text-like format, or one no
// extractor claims, read as text because it looked like text), the run
// reports it as "not text" with where, and keeps the stored version, as it
// keeps the other files still on disk that it leaves out; --prune removes
// it.
var turnedBinaryTests = []struct {
	name, content, detail string
}{
	{"a.txt", nulBytes, "NUL byte at offset 4"},
	{"a.txt", latin1Bytes, "not valid UTF-8 at offset 3"},
	{"a.md", nulBytes, "NUL byte at offset 4"},
	{"a.md", latin1Bytes, "not valid UTF-8 at offset 3"},
	{"a.rst", latin1Bytes, "not valid UTF-8 at offset 3"},
	{"a.go", nulBytes, "NUL byte at offset 4"},
	{"a.csv", latin1Bytes, "not valid UTF-8 at offset 3"},
	{"a.html", nulBytes, "NUL byte at offset 4"}, // HTML bytes of another charset are decoded, not refused
	{"README", nulBytes, "NUL byte at offset 4"},
	{"usb.ids", nulBytes, "NUL byte at offset 4"},
	{"usb.ids", latin1Bytes, "not valid UTF-8 at offset 3"},
	{"hosts.allow", "\x89PNG\r\n\x1a\n\x00\x00", "NUL byte at offset 8"}, // a NUL says binary first, as git's test
	{"hosts.allow", "\x89PNG\r\n\x1a\n", "not valid UTF-8 at offset 0"},
}

func TestRunFileTurnedBinary(t *testing.T) {
	const text = "# Title\n\nsome text long enough to be stored\n"
	for _, tt := range turnedBinaryTests {
		t.Run(tt.name+" "+tt.detail, func(t *testing.T) {
			dir := t.TempDir()
			writeTree(t, dir, map[string]string{tt.name: text, "b.txt": "bravo", "c.txt": "charlie"})
			st := newFakeStore()
			ctx := context.Background()
			_, err := Run(ctx, st, []string{dir}, DefaultConfig(), Options{})
			require.NoError(t, err)
			a := slashAbs(t, filepath.Join(dir, tt.name))
			require.Contains(t, st.entries, a)

			writeTree(t, dir, map[string]string{tt.name: tt.content})
			later := time.Now().Add(time.Minute)
			require.NoError(t, os.Chtimes(filepath.Join(dir, tt.name), later, later))
			want := Skip{Path: a, Reason: ReasonNotText, Detail: tt.detail}
			for _, opts := range []Options{{DryRun: true}, {}} {
				rep, err := Run(ctx, st, []string{dir}, DefaultConfig(), opts)
				require.NoError(t, err)
				assert.Contains(t, rep.Skipped, want)
				assert.Equal(t, []Skip{want}, rep.Kept)
				assert.Empty(t, rep.Failed)
				assert.Empty(t, rep.Removed)
			}
			require.Contains(t, st.entries, a, "the stored version stays")
			assert.Equal(t, text, string(st.entries[a].Original))

			rep, err := Run(ctx, st, []string{dir}, DefaultConfig(), Options{Prune: true})
			require.NoError(t, err)
			assert.Equal(t, []string{a}, rep.Removed, "--prune removes it")
			assert.NotContains(t, st.entries, a)
		})
	}
}

// A file never stored: one of a text-like format that is not text is
// skipped as not text; one whose extension no extractor claims is skipped
// as of an unsupported format (an image, an archive), as before.
func TestRunNewFileNotText(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"a.txt": nulBytes, "b.md": latin1Bytes, "photo.png": "\x89PNG\r\n\x1a\n\x00", "ok.txt": "fine"})
	rep, err := Run(context.Background(), newFakeStore(), []string{dir}, DefaultConfig(), Options{})
	require.NoError(t, err)
	assert.ElementsMatch(t, []Skip{
		{Path: slashAbs(t, filepath.Join(dir, "a.txt")), Reason: ReasonNotText, Detail: "NUL byte at offset 4"},
		{Path: slashAbs(t, filepath.Join(dir, "b.md")), Reason: ReasonNotText, Detail: "not valid UTF-8 at offset 3"},
		{Path: slashAbs(t, filepath.Join(dir, "photo.png")), Reason: ReasonUnsupported},
	}, rep.Skipped)
	assert.Empty(t, rep.Failed)
}

func TestCheckTextMessage(t *testing.T) {
	tests := []struct {
		data string
		kind error
		msg  string // "" for text
	}{
		{"plain", nil, ""},
		{nulBytes, ErrBinary, "ingest: x.txt: not text: NUL byte at offset 4"},
		{latin1Bytes, ErrInvalidUTF8, "ingest: x.txt: not text: not valid UTF-8 at offset 3"},
		{"ok " + strings.Repeat("a", binarySniffLen) + "\x00", nil, ""}, // a NUL past the first 8,000 bytes is text
		{"ends cut \xe2\x82", ErrInvalidUTF8, "ingest: x.txt: not text: not valid UTF-8 at offset 9"},
	}
	for _, tt := range tests {
		err := checkText("x.txt", []byte(tt.data))
		if tt.msg == "" {
			assert.NoError(t, err)
			continue
		}
		require.Error(t, err)
		assert.Equal(t, tt.msg, err.Error())
		assert.True(t, errors.Is(err, tt.kind))
	}
	// The head of a longer file may end inside a rune: not counted.
	assert.Nil(t, notText("x", []byte("head \xe2\x82"), true))
	assert.NotNil(t, notText("x", []byte("head \xe2\x82"), false))
}

// A NUL character in UTF-16 text is reported at its offset in the file,
// not in the decoded text.
func TestExtractUTF16NotText(t *testing.T) {
	tests := []struct {
		name, data, msg string
	}{
		{"le.txt", "\xff\xfeA\x00\x00\x00B\x00", "ingest: le.txt: not text: NUL byte at offset 4"},
		{"be.md", "\xfe\xff\x00A\x00B\x00\x00", "ingest: be.md: not text: NUL byte at offset 6"},
		{"emoji.txt", "\xff\xfe\x3d\xd8\x00\xde\x00\x00", "ingest: emoji.txt: not text: NUL byte at offset 6"}, // a surrogate pair first
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := Extract(tt.name, []byte(tt.data))
			require.Error(t, err)
			assert.Equal(t, tt.msg, err.Error())
			assert.ErrorIs(t, err, ErrBinary)
		})
	}
}
