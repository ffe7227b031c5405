package lossy

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/generate"
	"github.com/verbatim-rag/verbatim/verify"
)

// rangeFiles are record files of ranges in the style of the Unicode
// Character Database: blocks (each range its own name), scripts and
// properties (a value many ranges share, the narrower ranges inside the
// blocks), a comment giving a default for the whole code space, and
// rows of single codes.
var rangeFiles = []string{
	"# Blocks-15.0.0.txt\n# Start Code..End Code; Block Name\n\n# @missing: 0000..10FFFF; No_Block\n\n" +
		"2400..243F; Control Pictures\n2440..245F; Optical Character Recognition\n2460..24FF; Enclosed Alphanumerics\n" +
		"2E00..2E7F; Supplemental Punctuation\n2E80..2EFF; CJK Radicals Supplement\n" +
		"1F900..1F9FF; Supplemental Symbols and Pictographs\n1FA00..1FA6F; Chess Symbols\n",
	"# Scripts-15.0.0.txt\n\n# @missing: 0000..10FFFF; Unknown\n\n" +
		"2400..2426    ; Common # So  [39] SYMBOL FOR NULL..SYMBOL FOR SUBSTITUTE FORM TWO\n" +
		"2440..244A    ; Common # So  [11] OCR HOOK..OCR DOUBLE BACKSLASH\n" +
		"2460..249B    ; Common # No  [60] CIRCLED DIGIT ONE..NUMBER TWENTY FULL STOP\n" +
		"2E00..2E01    ; Common # Po   [2] RIGHT ANGLE SUBSTITUTION MARKER..RIGHT ANGLE DOTTED SUBSTITUTION MARKER\n" +
		"2E80..2E99    ; Han # So  [26] CJK RADICAL REPEAT..CJK RADICAL RAP\n" +
		"2E9B..2EF3    ; Han # So  [89] CJK RADICAL CHOKE..CJK RADICAL C-SIMPLIFIED TURTLE\n" +
		"1F900..1FA53  ; Common # So [340] CIRCLED CROSS FORMEE WITH FOUR DOTS..BLACK CHESS KNIGHT-BISHOP\n",
	"2448;OCR DASH;So;0;ON;;;;;N;;;;;\n2449;OCR CUSTOMER ACCOUNT NUMBER;So;0;ON;;;;;N;;;;;\n" +
		"2E55;LEFT SQUARE BRACKET WITH STROKE;Ps;0;ON;;;;;Y;;;;;\n1F9A5;SLOTH;So;0;ON;;;;;N;;;;;\n",
	// A names list's heading states a block's name with its high bound
	// after it: a continuation that names one bound only.
	"@@\t2440\tOptical Character Recognition\t245F\n@\t\tOCR-A\n2440\tOCR HOOK\n",
}

func TestBareFindsTheRangeHoldingACode(t *testing.T) {
	m, err := Train(context.Background(), TextSource(rangeFiles...), Config{Budget: "1MiB"})
	require.NoError(t, err)
	g := New(m, Config{})
	tests := []struct{ question, want string }{
		{"Which block does U+2448 belong to?", "Optical Character Recognition"},
		{"Which block contains U+2E55?", "Supplemental Punctuation"},
		{"Which block is U+1F9A5 part of?", "Supplemental Symbols and Pictographs"}, // the script's range is wider
		{"What block is U+2E90 in?", "CJK Radicals Supplement"},
		{"Which block starts at U+1FA00?", "Chess Symbols"},
		{"Which block covers 2460..24FF?", "Enclosed Alphanumerics"},
		// The other way, a range named: the record view states each
		// block's name before its range.
		{"What range does the Optical Character Recognition block cover?", "2440..245F"},
		{"What is the first code point of the Chess Symbols block?", "1FA00"},
	}
	for _, tt := range tests {
		out, err := g.Generate(context.Background(), generate.Request{Question: tt.question, Mode: generate.Bare}, nil)
		require.NoError(t, err)
		assert.Contains(t, out.Text, tt.want, "question %q", tt.question)
		assert.Empty(t, verify.RepeatedTrigram(out.Text), "question %q: answer %q", tt.question, out.Text)
	}
}

func TestRangeIndex(t *testing.T) {
	m, err := Train(context.Background(), TextSource(rangeFiles...), Config{Budget: "1MiB"})
	require.NoError(t, err)
	ix := buildRanges(m)
	var got []string
	for _, r := range ix.ranges {
		got = append(got, r.keys[0]+".."+r.keys[3]+" "+r.value)
	}
	assert.Contains(t, got, "2440..245F  Optical", "a block's range, its value after the separator")
	assert.Contains(t, got, "2440..244A  Common")
	for _, r := range ix.ranges {
		assert.NotEqual(t, "0000", r.keys[0], "a comment's range is no record: %v", r.keys)
	}
	assert.Greater(t, ix.share[" Common"], ix.share[" Optical"])

	g := New(m, Config{})
	tests := []struct {
		question string
		first    []string // the first range prompt's keys; nil for none
	}{
		{"Which block contains U+2448?", []string{"2440", ".", ".", "245F"}},
		{"Which block covers 2400..243F?", []string{"2400", ".", ".", "243F"}},
		{"What is the name of U+2448?", nil},        // no word asks for a span
		{"Which block contains U+3400?", nil},       // no range the model holds
		{"Which block covers 2440..2460?", nil},     // no one range holds both
		{"Which block contains the OCR DASH?", nil}, // no code given
	}
	for _, tt := range tests {
		ps := g.rangePrompts(analyze(tt.question, m.IDF()))
		if tt.first == nil {
			assert.Empty(t, ps, tt.question)
			continue
		}
		require.NotEmpty(t, ps, tt.question)
		assert.Equal(t, tt.first, ps[0].keys, tt.question)
	}
}

func TestSpanDot(t *testing.T) {
	m, err := Train(context.Background(), TextSource(append(slices.Clone(rangeFiles), "The first flight was made by Tove Rask in 1911. Then came the war.\n")...), Config{Budget: "1MiB"})
	require.NoError(t, err)
	g := New(m, Config{})
	tests := []struct {
		key, prev, prev2 string
		want             bool
	}{
		{".", "2440", "\n", true},      // the first dot of a range the model holds
		{".", ".", "2440", true},       // its second dot
		{".", "1911", " in", false},    // a year before a full stop
		{".", " 1911", " in", false},   // the same, spaced
		{".", "2448", "\n", false},     // a code the model holds as no range's bound
		{",", "2440", "\n", false},     // no dot
		{".", " Rask", " Tove", false}, // a word
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, g.spanDot(tt.key, tt.prev, tt.prev2), "%q after %q %q", tt.key, tt.prev2, tt.prev)
	}
}

func TestSaysSpan(t *testing.T) {
	tests := []struct {
		keys []string
		want bool
	}{
		{[]string{"Kana", ";", " 1B100", ".", ".", "1B12F"}, true},
		{[]string{"2440", ".", ".", "245F"}, true},
		{[]string{"Kana", "\t", "1B12F"}, false},         // one bound only
		{[]string{"245F", ".", ".", "2440"}, false},      // backwards
		{[]string{"end", ".", ".", "Then"}, false},       // an ellipsis in prose
		{[]string{"2440", ".", " ", ".", "245F"}, false}, // the dots apart
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, saysSpan(tt.keys), "%q", tt.keys)
	}
}

func TestRangeCode(t *testing.T) {
	tests := []struct {
		body string
		want uint64
		ok   bool
	}{
		{"2E00", 0x2E00, true}, {"1F9FF", 0x1F9FF, true}, {"10FFFF", 0x10FFFF, true},
		{"FACE", 0, false},    // no decimal digit: a word
		{"2e00", 0, false},    // lower case
		{"123", 0, false},     // too short
		{"1234567", 0, false}, // too long
		{"12G4", 0, false},
	}
	for _, tt := range tests {
		v, ok := rangeCode(tt.body)
		assert.Equal(t, tt.ok, ok, tt.body)
		if tt.ok {
			assert.Equal(t, tt.want, v, tt.body)
		}
	}
}

func FuzzRangeCode(f *testing.F) {
	for _, s := range []string{"2E00", "10FFFF", "FACE", "2e00", "1F9A5", "0000..10FFFF", "", "12G4"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, ok := rangeCode(s)
		if !ok {
			return
		}
		assert.LessOrEqual(t, v, uint64(maxRangeCode))
		assert.Equal(t, s, fmt.Sprintf("%0*X", len(s), v), "a code reads back as written")
		assert.True(t, isSpan(s+".."+s), "a code bounds a range of itself")
	})
}
