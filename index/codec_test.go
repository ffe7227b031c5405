package index

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
)

func TestDocCodecRoundTrip(t *testing.T) {
	mod := time.Date(2024, 3, 1, 12, 30, 5, 123456789, time.UTC)
	tests := []corpus.Document{
		{Path: "/c/a.txt", Root: "/c", Format: corpus.Text, Title: "a", Size: 5, ModTime: mod,
			Hash: "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824", TextLen: 5, Passages: 1,
			Ingested: mod.Add(time.Hour)},
		{Path: "/c/ü b.pdf", Format: corpus.PDF, Pages: 12, Passages: 40, TextLen: 1 << 20, Size: 3 << 20,
			Hash: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"}, // zero times
	}
	for _, d := range tests {
		d.ID = corpus.DocID(d.Path)
		sd := storedDoc{Document: d, seq: 7, blob: 1 << 40}
		v, err := encodeDoc(nil, sd)
		require.NoError(t, err)
		got, err := decodeDoc(d.ID, v)
		require.NoError(t, err)
		assert.True(t, got.ModTime.Equal(d.ModTime), "mod time %v, want %v", got.ModTime, d.ModTime)
		assert.Equal(t, d.ModTime.IsZero(), got.ModTime.IsZero())
		got.ModTime = d.ModTime
		assert.Equal(t, sd, got)
	}
}

func TestDocCodecRejects(t *testing.T) {
	d := storedDoc{Document: corpus.Document{Path: "/c/a.txt", Hash: "not hex"}, seq: 1, blob: 1}
	_, err := encodeDoc(nil, d)
	require.Error(t, err)
	d.Hash = "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"
	v, err := encodeDoc(nil, d)
	require.NoError(t, err)
	for name, bad := range map[string][]byte{
		"empty": nil, "json": []byte(`{"path":"/c/a.txt"}`), "truncated": v[:len(v)-1],
		"trailing": append(append([]byte(nil), v...), 0),
	} {
		_, err := decodeDoc("x", bad)
		assert.ErrorIs(t, err, errCorrupt, name)
	}
}

func TestPassageCodecRoundTrip(t *testing.T) {
	for _, m := range []passageMeta{{}, {Start: 10, End: 900, Ord: 3, Section: "A > B", Title: "T"}} {
		got, err := decodePassage(encodePassage(nil, m))
		require.NoError(t, err)
		assert.Equal(t, m, got)
	}
	_, err := decodePassage([]byte(`{"s":0,"e":1,"o":0}`))
	assert.ErrorIs(t, err, errCorrupt)
}

func TestTextCodec(t *testing.T) {
	tests := []struct {
		name      string
		ext       corpus.Extraction
		original  string
		flags     byte
		storesTxt bool
	}{
		{"text file: text is the blob, identity map", corpus.Extraction{Text: "hello", Map: corpus.IdentityMap(5), Title: "hello"}, "hello", textInBlob | textIdentity, false},
		{"extracted text differs", corpus.Extraction{Text: "hi", Map: corpus.SourceMap{{Start: 0, End: 2, SrcStart: 6, SrcEnd: 8, Page: 1}}, Pages: 1}, "<p>hi</p>", 0, true},
		{"same bytes, other map", corpus.Extraction{Text: "x", Map: corpus.SourceMap{{Start: 0, End: 1, SrcStart: -1, SrcEnd: -1}}}, "x", textInBlob, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, err := encodeText(tt.ext, []byte(tt.original))
			require.NoError(t, err)
			tv, err := parseText(v)
			require.NoError(t, err)
			assert.Equal(t, tt.flags, tv.flags)
			assert.Equal(t, tt.storesTxt, tv.text != nil)
			text, err := tv.resolve(func() []byte { return []byte(tt.original) })
			require.NoError(t, err)
			assert.Equal(t, tt.ext.Text, string(text))
			ext, err := tv.extraction(len(text))
			require.NoError(t, err)
			ext.Text = string(text)
			assert.Equal(t, tt.ext, ext)
			if tv.flags&textInBlob != 0 {
				_, err := tv.resolve(func() []byte { return nil })
				assert.ErrorIs(t, err, ErrNotFound)
			}
		})
	}
}

// FuzzDecode feeds arbitrary bytes to the record decoders: they must fail
// cleanly, never panic.
func FuzzDecode(f *testing.F) {
	d := storedDoc{Document: corpus.Document{Path: "/c/a.txt", Hash: "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"}, seq: 1, blob: 1}
	doc, _ := encodeDoc(nil, d)
	text, _ := encodeText(corpus.Extraction{Text: "hi", Map: corpus.IdentityMap(2)}, []byte("hi"))
	for _, seed := range [][]byte{doc, text, encodePassage(nil, passageMeta{End: 3, Section: "s"}), {}, {0xff, 0xff}} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, v []byte) {
		_, _ = decodeDoc("x", v)
		_, _ = decodePassage(v)
		if tv, err := parseText(v); err == nil {
			if text, err := tv.resolve(func() []byte { return v }); err == nil {
				_, _ = tv.extraction(len(text))
			}
		}
	})
}
