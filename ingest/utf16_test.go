package ingest

import (
	"context"
	"encoding/binary"
	"path/filepath"
	"testing"
	"unicode/utf16"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
)

// encodeUTF16 writes s as UTF-16 with a byte order mark.
func encodeUTF16(s string, order binary.AppendByteOrder) []byte {
	out := order.AppendUint16(nil, 0xfeff)
	for _, u := range utf16.Encode([]rune(s)) {
		out = order.AppendUint16(out, u)
	}
	return out
}

// decodeSpan decodes UTF-16 source bytes without a byte order mark.
func decodeSpan(b []byte, order binary.ByteOrder) string {
	units := make([]uint16, len(b)/2)
	for i := range units {
		units[i] = order.Uint16(b[2*i:])
	}
	return string(utf16.Decode(units))
}

func TestExtractUTF16(t *testing.T) {
	const text = "Tide Tables\r\n\r\nThe gauge at Ørvik 𝄞 reads 4.2 metres.\r\nSecond line of the note.\n"
	for _, tt := range []struct {
		name  string
		file  string
		order interface {
			binary.ByteOrder
			binary.AppendByteOrder
		}
		format corpus.Format
		want   string
	}{
		{"text little endian", "note.txt", binary.LittleEndian, corpus.Text, text},
		{"text big endian", "note.txt", binary.BigEndian, corpus.Text, text},
		{"markdown", "note.md", binary.LittleEndian, corpus.Markdown, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			data := encodeUTF16(text, tt.order)
			format, ex, err := Extract(tt.file, data)
			require.NoError(t, err, "UTF-16 with a byte order mark is text, not binary")
			assert.Equal(t, tt.format, format)
			if tt.want != "" {
				assert.Equal(t, tt.want, ex.Text)
			}
			assert.Contains(t, ex.Text, "Ørvik 𝄞 reads 4.2 metres.")
			extractionInvariants(t, data, ex)
			lines := map[int]bool{}
			for _, s := range ex.Map {
				require.False(t, s.Verbatim)
				require.True(t, s.SrcStart >= 2 && s.SrcEnd <= int64(len(data)), "segment %+v", s)
				if tt.format == corpus.Text {
					assert.Equal(t, ex.Text[s.Start:s.End], decodeSpan(data[s.SrcStart:s.SrcEnd], tt.order), "segment %+v", s)
				}
				lines[s.Line] = true
			}
			i := len("Tide Tables\r\n\r\n")
			sp := ex.Map.Locate(ex.Text, i, i+10)
			if tt.format == corpus.Text {
				assert.Equal(t, 3, sp.LineStart, "a passage on line 3 cites line 3")
				assert.Equal(t, "The gauge at Ørvik 𝄞 reads 4.2 metres.\r\n", decodeSpan(data[sp.SrcStart:sp.SrcEnd], tt.order),
					"source bytes are known line by line")
			}
		})
	}
	_, _, err := Extract("odd.txt", append(encodeUTF16("abc", binary.LittleEndian), 'x'))
	require.ErrorIs(t, err, ErrMalformed)
	_, _, err = Extract("bom-only.txt", []byte{0xff, 0xfe})
	require.ErrorIs(t, err, ErrEmpty)
	_, ex, err := Extract("lone.txt", append(encodeUTF16("a", binary.LittleEndian), 0x00, 0xd8, 'b', 0))
	require.NoError(t, err)
	assert.Equal(t, "a\ufffdb", ex.Text, "an unpaired surrogate becomes U+FFFD")
}

func TestRunIngestsUTF16(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"win.txt": string(encodeUTF16("Saved by Notepad.\r\n", binary.LittleEndian))})
	st := newFakeStore()
	rep, err := Run(context.Background(), st, []string{dir}, DefaultConfig(), Options{})
	require.NoError(t, err)
	assert.Empty(t, rep.Skipped)
	p := slashAbs(t, filepath.Join(dir, "win.txt"))
	require.Equal(t, []string{p}, rep.Added)
	e := st.entries[p]
	assert.Equal(t, encodeUTF16("Saved by Notepad.\r\n", binary.LittleEndian), e.Original, "the original bytes are kept")
	assert.Equal(t, "Saved by Notepad.", e.Passages[0].Text)
}

// FuzzUTF16 extracts arbitrary bytes behind a UTF-16 byte order mark as
// text and Markdown: never a panic, and every segment's source range lies
// inside the file and decodes to its text (text files).
func FuzzUTF16(f *testing.F) {
	f.Add([]byte{0xff, 0xfe, 'a', 0, '\n', 0, 'b', 0}, false)
	f.Add([]byte{0xfe, 0xff, 0, '#', 0, ' ', 0, 'T', 0, '\n', 0xd8, 0x34, 0xdd, 0x1e}, true)
	f.Fuzz(func(t *testing.T, data []byte, markdown bool) {
		name := "fuzz.txt"
		if markdown {
			name = "fuzz.md"
		}
		order, ok := utf16Order(data)
		if !ok {
			return
		}
		_, ex, err := Extract(name, data)
		if err != nil {
			return
		}
		extractionInvariants(t, data, ex)
		for _, s := range ex.Map {
			require.True(t, s.SrcStart >= 2 && s.SrcStart <= s.SrcEnd && s.SrcEnd <= int64(len(data)), "segment %+v of %d bytes", s, len(data))
			if !markdown {
				require.Equal(t, ex.Text[s.Start:s.End], decodeSpan(data[s.SrcStart:s.SrcEnd], order))
			}
		}
	})
}
