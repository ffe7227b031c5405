package lossy

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/english"
)

func TestBitClasses(t *testing.T) {
	tests := []struct {
		text string
		want string // one letter a token: n(umber) N(ame) w(ord) p(unct) c(ode), s for trailing space
	}{
		{"Born 1842 in Oskeby.", "NnwNp"},
		{"the capital of Norland", "wwwN"},
		{"In May the river rose", "wwwww"},               // stop word and month are not names
		{"call os.path.join() now", "wcccccccw"},         // a dotted call
		{"set max_len=3 here", "wcccccw"},                // snake_case and an assignment
		{"run --verbose or /usr/bin/env", "wcccwcccccc"}, // an option and a path
		{"getValue returns", "cw"},                       // camelCase
		{"McDonald, e.g. iPhone", "Npwpwpw"},             // not camelCase, not a dotted name; iPhone is lower-case
		{"x\n", "wp"},
	}
	letter := map[BitClass]byte{ClassNumber: 'n', ClassName: 'N', ClassWord: 'w', ClassPunct: 'p', ClassCode: 'c'}
	for _, tt := range tests {
		toks := english.Tokenize(tt.text)
		var got []byte
		for _, c := range bitClasses(tt.text, toks) {
			got = append(got, letter[c])
		}
		assert.Equal(t, tt.want, string(got), "%q", tt.text)
	}
}

// fixturePassages serves the fixture's entries, the even ones from a
// folder legal/ and the odd ones from misc/.
func fixturePassages(f *fixture, keep func(i int) bool) PassageSource {
	return func(fn func(corpus.Passage) error) error {
		for i, text := range f.Entries {
			if keep != nil && !keep(i) {
				continue
			}
			dir, format := "misc", corpus.Text
			if i%2 == 0 {
				dir, format = "legal", corpus.Markdown
			}
			p := corpus.Passage{Path: fmt.Sprintf("/docs/%s/e%d.txt", dir, i), Format: format, Text: text}
			if err := fn(p); err != nil {
				return err
			}
		}
		return nil
	}
}

func TestMeasureBitsMatchesTraining(t *testing.T) {
	f := makeFixture(3, 25)
	m, err := TrainPassages(context.Background(), fixturePassages(f, nil), Config{Budget: "30%"})
	require.NoError(t, err)
	b, err := m.MeasureBits(context.Background(), fixturePassages(f, nil))
	require.NoError(t, err)
	r := m.Report()
	assert.Equal(t, r.CorpusBytes, b.Bytes, "every byte is some token's")
	assert.InDelta(t, r.BitsPerByte, b.BitsPerByte, 1e-9, "the same cross-entropy as training's")
	assert.InDelta(t, r.GzipBitsPerByte, b.GzipBitsPerByte, 0.02)

	require.Len(t, b.Classes, int(numBitClasses))
	var bytes int64
	var bits float64
	for i, c := range b.Classes {
		assert.Equal(t, BitClass(i).String(), c.Name)
		bytes += c.Bytes
		bits += c.BitsPerByte * float64(c.Bytes)
	}
	assert.Equal(t, b.Bytes, bytes, "the classes split the bytes")
	assert.InDelta(t, b.BitsPerByte*float64(b.Bytes), bits, 1e-6, "and the bits")
	byName := map[string]GroupBits{}
	for _, c := range b.Classes {
		byName[c.Name] = c
	}
	// The fixture's numbers (years, counts) are mostly once-seen; its
	// lower-case words come from a few templates: a lossy model keeps the
	// templates and forgets the numbers.
	assert.Greater(t, byName["number"].BitsPerByte, 2*byName["word"].BitsPerByte)

	require.Len(t, b.Formats, 2)
	assert.ElementsMatch(t, []string{"markdown", "text"}, []string{b.Formats[0].Name, b.Formats[1].Name})
	assert.InDelta(t, 1, b.Formats[0].Share+b.Formats[1].Share, 1e-9)
}

func TestMeasureBitsStopsOnError(t *testing.T) {
	m, err := Train(context.Background(), TextSource("alpha beta gamma"), Config{Budget: "100%"})
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = m.MeasureBits(ctx, fixturePassages(makeFixture(1, 1), nil))
	assert.ErrorIs(t, err, context.Canceled)
}

func TestHolds(t *testing.T) {
	text := "The lighthouse at Kessary was built in 1871 by Oda Brenn."
	m, err := Train(context.Background(), TextSource(text), Config{Budget: "64KiB"})
	require.NoError(t, err)
	at := func(s string) (int, int) { i := strings.Index(text, s); return i, i + len(s) }
	s, e := at("1871")
	assert.True(t, m.Holds(text, s, e), "a model that kept everything holds every fact of its text")
	s, e = at("Oda Brenn")
	assert.True(t, m.Holds(text, s, e))
	other := "The lighthouse at Kessary was built in 1902 by Oda Brenn."
	s, e = strings.Index(other, "1902"), strings.Index(other, "1902")+4
	assert.False(t, m.Holds(other, s, e), "a fact the text never stated is not held")
	assert.False(t, m.Holds(text, 5, 5), "an empty span holds nothing")
	assert.False(t, m.Holds(text, -1, 3))
}

func FuzzBitClasses(f *testing.F) {
	for _, s := range []string{"Born 1842 in Oskeby.", "os.path.join() --x /usr/bin", "é_ü::ß->{}", "\n\n  ", "a.b.c.", "x=", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		toks := english.Tokenize(text)
		cls := bitClasses(text, toks)
		if len(cls) != len(toks) {
			t.Fatalf("%d classes for %d tokens", len(cls), len(toks))
		}
		for _, c := range cls {
			if c < 0 || c >= numBitClasses {
				t.Fatalf("class %d", c)
			}
		}
	})
}
