package ingest

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
)

// checkCoverage asserts that every non-space byte of text lies in a range.
func checkCoverage(t testing.TB, text string, ranges []Range) {
	t.Helper()
	covered := 0
	for _, r := range ranges {
		gap := text[covered:max(covered, r.Start)]
		require.Empty(t, strings.TrimSpace(gap), "text between ranges is lost")
		covered = max(covered, r.End)
	}
	require.Empty(t, strings.TrimSpace(text[covered:]), "tail is lost")
}

// words returns generated prose: sentences of words from a small lexicon,
// paragraphs of a few sentences.
func words(n int, seed int64) string {
	rng := rand.New(rand.NewSource(seed))
	lex := strings.Fields("the keeper lit lamp at dusk and wrote log entry while storm rose over Skerry Finn reef, e.g. one lens turned 1,028 prisms café Ünïcode mercury Dr. Pellow")
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		if i > 0 && i%12 == 0 {
			b.WriteString(". ")
			if rng.Intn(4) == 0 {
				b.WriteString("\n\n")
			}
		} else if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(lex[rng.Intn(len(lex))])
	}
	b.WriteString(".")
	return b.String()
}

func TestChunkProperties(t *testing.T) {
	cfgs := []ChunkConfig{DefaultChunkConfig(), {Size: 200, Overlap: 60, Min: 30}, {Size: 1500, Overlap: 0, Min: 0}, {Size: 64, Overlap: 32, Min: 0}}
	for seed := int64(0); seed < 20; seed++ {
		text := words(3000+int(seed)*500, seed)
		for _, cfg := range cfgs {
			ranges := Chunk(corpus.Extraction{Text: text}, cfg)
			rangeInvariants(t, text, ranges, cfg)
			checkCoverage(t, text, ranges)
			for i, r := range ranges {
				assert.LessOrEqual(t, r.End-r.Start, cfg.Size+cfg.normalize().Min, "size, seed %d range %d", seed, i)
				if i < len(ranges)-1 {
					assert.GreaterOrEqual(t, r.End-r.Start, cfg.Size/2-1, "too short, seed %d range %d", seed, i)
				}
				assert.True(t, r.End == len(text) || isSpace(text[r.End]) || strings.ContainsRune(".,", rune(text[r.End-1])), "cut inside a word at %d", r.End)
				assert.True(t, r.Start == 0 || isSpace(text[r.Start-1]), "starts inside a word at %d", r.Start)
			}
		}
	}
}

func TestChunkOverlapIsWholeSentences(t *testing.T) {
	text := words(5000, 42)
	cfg := ChunkConfig{Size: 400, Overlap: 150}
	ranges := Chunk(corpus.Extraction{Text: text}, cfg)
	overlaps := 0
	for i := 1; i < len(ranges); i++ {
		prev, r := ranges[i-1], ranges[i]
		if r.Start >= prev.End {
			continue
		}
		overlaps++
		assert.LessOrEqual(t, prev.End-r.Start, 150)
		assert.True(t, sentenceEnd(text, 0, r.Start-1) || strings.HasSuffix(text[:r.Start], "\n\n"), "overlap at %d does not start a sentence: %q", r.Start, text[r.Start-10:r.Start+10])
	}
	assert.Greater(t, overlaps, len(ranges)/2)
}

func TestChunkShortTextIsOnePassage(t *testing.T) {
	ranges := Chunk(corpus.Extraction{Text: "\n  A short note.  \n"}, DefaultChunkConfig())
	assert.Equal(t, []Range{{3, 16}}, ranges)
	assert.Empty(t, Chunk(corpus.Extraction{Text: " \n\t "}, DefaultChunkConfig()))
}

func TestChunkLongWord(t *testing.T) {
	text := strings.Repeat("é", 1000) + " tail"
	ranges := Chunk(corpus.Extraction{Text: text}, ChunkConfig{Size: 100})
	rangeInvariants(t, text, ranges, ChunkConfig{Size: 100})
	checkCoverage(t, text, ranges)
	for _, r := range ranges {
		assert.True(t, utf8.ValidString(text[r.Start:r.End]))
	}
}

func TestChunkPrefersParagraphs(t *testing.T) {
	para := strings.Repeat("Short sentence here. ", 15) // 315 bytes
	text := strings.TrimSpace(para) + "\n\n" + strings.TrimSpace(para) + "\n\n" + strings.TrimSpace(para)
	ranges := Chunk(corpus.Extraction{Text: text}, ChunkConfig{Size: 800, Overlap: 0})
	require.Len(t, ranges, 2)
	assert.Equal(t, "\n\n", text[ranges[0].End:ranges[0].End+2])
}

// TestChunkKeepsRecordsWhole: a JSON table (iso-codes' layout: no blank
// line, one field a line) is cut after a record's closing brace, so that a
// passage holds whole records and its overlap repeats whole ones, not the
// tail of a record whose name another passage holds.
func TestChunkKeepsRecordsWhole(t *testing.T) {
	var b strings.Builder
	b.WriteString("{\n  \"3166-1\": [\n")
	for i := range 40 {
		fmt.Fprintf(&b, "    {\n      \"alpha_2\": \"A%c\",\n      \"name\": \"Country number %d\",\n      \"numeric\": \"%03d\"\n    },\n", 'A'+i%26, i, i)
	}
	b.WriteString("  ]\n}\n")
	text := b.String()
	ranges := Chunk(corpus.Extraction{Text: text}, ChunkConfig{Size: 800, Overlap: 200})
	require.Greater(t, len(ranges), 2)
	for _, r := range ranges[:len(ranges)-1] {
		assert.True(t, strings.HasSuffix(text[r.Start:r.End], "},"), "a passage ends with its last record: %q", text[max(r.Start, r.End-40):r.End])
	}
	for _, r := range ranges[1:] {
		assert.True(t, strings.HasPrefix(text[r.Start:r.End], "{"), "a passage opens with a record: %q", text[r.Start:min(r.End, r.Start+40)])
	}
	// Records holding a nested object: its "}," does not end the record.
	b.Reset()
	b.WriteString("[\n")
	for i := range 30 {
		fmt.Fprintf(&b, "  {\n    \"name\": \"Package %d\",\n    \"dependencies\": {\n      \"lib\": \"^%d.0\"\n    },%s\n    \"author\": \"Person %d\"\n  },\n", i, i, strings.Repeat(" ", i%2), i) // a trailing space after "}," on every other record
	}
	b.WriteString("]\n")
	text = b.String()
	ranges = Chunk(corpus.Extraction{Text: text}, ChunkConfig{Size: 500, Overlap: 150})
	require.Greater(t, len(ranges), 2)
	for _, r := range ranges[1:] {
		assert.True(t, strings.HasPrefix(text[r.Start:r.End], "{"), "a passage opens with a record, not a nested object's tail: %q", text[r.Start:min(r.End, r.Start+40)])
	}
	assert.True(t, closesBlock("    },"))
	assert.True(t, closesBlock("};"))
	assert.False(t, closesBlock("    \"name\": \"x\" },"), "a field and its brace")
	assert.False(t, closesBlock(""))
}

// TestChunkKeepsKeyedLinesTogether: a table that writes one record over
// lines keyed alike (Unicode's NameAliases.txt: a character's name, then
// its abbreviation) is cut between two keys, not between a key's lines.
func TestChunkKeepsKeyedLinesTogether(t *testing.T) {
	var b strings.Builder
	for i := range 60 {
		fmt.Fprintf(&b, "%04X;DEVICE CONTROL NUMBER %d;control\n", i, i)
		if i%3 != 2 {
			fmt.Fprintf(&b, "%04X;DC%d;abbreviation\n", i, i)
		}
	}
	text := b.String()
	for size := 300; size < 700; size += 7 {
		ranges := Chunk(corpus.Extraction{Text: text}, ChunkConfig{Size: size, Overlap: 0})
		require.Greater(t, len(ranges), 2)
		for _, r := range ranges[:len(ranges)-1] {
			last := text[strings.LastIndexByte(text[:r.End], '\n')+1 : r.End]
			next := strings.TrimLeft(text[r.End:], "\n")
			assert.False(t, sameKey(last, next), "size %d: a record's lines parted: %q | %q", size, last, next[:strings.IndexByte(next, '\n')])
		}
	}
	for _, tt := range []struct {
		line, after string
		want        bool
	}{
		{"0012;DEVICE CONTROL TWO;control", "0012;DC2;abbreviation\n0013;DEVICE CONTROL THREE;control", true},
		{"0012;DC2;abbreviation", "0013;DEVICE CONTROL THREE;control", false},
		{"ftp\t21/tcp", "ftp\t21/udp", true},
		{"The lamp was lit at dusk, and", "The keeper wrote the log.", false}, // prose: no field
		{"x", "x", false},
	} {
		assert.Equal(t, tt.want, sameKey(tt.line, tt.after), "%q %q", tt.line, tt.after)
	}
}

func TestChunkKeepsTopLevelSections(t *testing.T) {
	src := "# One\n\n" + words(300, 1) + "\n\n# Two\n\n" + words(300, 2) + "\n\n## Two.a\n\n" + words(200, 3)
	_, ex, err := Extract("a.md", []byte(src))
	require.NoError(t, err)
	ranges := Chunk(ex, DefaultChunkConfig())
	require.Len(t, ranges, 2)
	assert.True(t, strings.HasPrefix(ex.Text[ranges[1].Start:], "# Two"))
	ps := Passages(corpus.Document{ID: "d", Path: "/a.md", Title: "One"}, ex, ranges)
	assert.Equal(t, "One", ps[0].Section)
	assert.Equal(t, "Two", ps[1].Section)
	assert.Equal(t, "d-1", ps[1].ID)
}

func TestChunkSmallSectionJoinsNext(t *testing.T) {
	src := "# Title\n\n# Body\n\n" + words(500, 5)
	_, ex, err := Extract("a.md", []byte(src))
	require.NoError(t, err)
	ranges := Chunk(ex, ChunkConfig{Size: 800, Min: 50})
	require.Len(t, ranges, 1)
	assert.Equal(t, 0, ranges[0].Start)
}

func TestSectionPath(t *testing.T) {
	src := "# Install\n\nx\n\n## Linux\n\n" + words(900, 9) + "\n\n## Mac\n\n" + words(900, 10) + "\n\n# Use\n\ny"
	_, ex, err := Extract("a.md", []byte(src))
	require.NoError(t, err)
	ps := Passages(corpus.Document{ID: "d"}, ex, Chunk(ex, ChunkConfig{Size: 500, Min: 0}))
	var got []string
	for _, p := range ps {
		if len(got) == 0 || got[len(got)-1] != p.Section {
			got = append(got, p.Section)
		}
		assert.Equal(t, ex.Text[p.Start:p.End], p.Text)
	}
	assert.Equal(t, []string{"Install > Linux", "Install > Mac", "Use"}, got)
}

func TestSentenceEnd(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"It rained.", true},
		{"Was it?", true},
		{"He said \"stop!\"", true},
		{"(see above.)", true},
		{"Ask Dr.", false},
		{"tools, e.g.", false},
		{"J. R. R.", false},
		{"\n1.", false},
		{"built in 1851.", true},
		{"the U.S.", false},
		{"no dot", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, sentenceEnd(tt.text, 0, len(tt.text)), tt.text)
	}
}

func TestPassagesCorpus(t *testing.T) {
	for _, tt := range corpusTests {
		data := readTestdata(t, "corpus/"+tt.file)
		format, ex, err := Extract(tt.file, data)
		require.NoError(t, err)
		doc := corpus.Document{ID: corpus.DocID("/" + tt.file), Path: "/" + tt.file, Format: format, Title: ex.Title}
		ps := Passages(doc, ex, Chunk(ex, DefaultChunkConfig()))
		require.NotEmpty(t, ps, tt.file)
		for i, p := range ps {
			assert.Equal(t, ex.Text[p.Start:p.End], p.Text)
			assert.Equal(t, corpus.PassageID(doc.ID, i), p.ID)
			assert.Equal(t, i, p.Ord)
			assert.Equal(t, doc.Format, p.Format)
		}
	}
}

func ExampleChunk() {
	text := "# Lights\n\nCarrick Head shows three white flashes every fifteen seconds. " +
		"It was built in 1851. Dr. Pellow was its first keeper.\n\n" +
		"## Skerry Finn\n\nSkerry Finn shows a red occulting light. Relief is by boat."
	_, ex, _ := Extract("lights.md", []byte(text))
	doc := corpus.Document{ID: corpus.DocID("/lights.md"), Path: "/lights.md", Format: corpus.Markdown, Title: ex.Title}
	for _, p := range Passages(doc, ex, Chunk(ex, ChunkConfig{Size: 120, Overlap: 40})) {
		fmt.Printf("%d [%d:%d] %s | %q\n", p.Ord, p.Start, p.End, p.Section, p.Text)
	}
	// Output:
	// 0 [0:93] Lights | "# Lights\n\nCarrick Head shows three white flashes every fifteen seconds. It was built in 1851."
	// 1 [72:126] Lights | "It was built in 1851. Dr. Pellow was its first keeper."
	// 2 [128:203] Lights > Skerry Finn | "## Skerry Finn\n\nSkerry Finn shows a red occulting light. Relief is by boat."
}

// TestChunkBreaks: a break starts a new passage even where the text
// between breaks is far shorter than Min; without breaks those short parts
// would be one passage.
func TestChunkBreaks(t *testing.T) {
	text := "Slide one.\n\nSlide two.\n\nSlide three is here."
	cfg := ChunkConfig{Size: 800, Overlap: 120, Min: 120}
	ex := corpus.Extraction{Text: text}
	assert.Equal(t, []Range{{0, len(text)}}, Chunk(ex, cfg))

	ex.Breaks = []int{24, 12, 0, -5, 999} // unsorted, out of range ignored
	assert.Equal(t, []Range{{0, 10}, {12, 22}, {24, len(text)}}, Chunk(ex, cfg))

	// Sections inside a block still split it; a short one still joins the next.
	ex.Sections = []corpus.Section{{Start: 12, Level: 1, Title: "two"}}
	assert.Equal(t, []Range{{0, 10}, {12, 22}, {24, len(text)}}, Chunk(ex, cfg))
}
