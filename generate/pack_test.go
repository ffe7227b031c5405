package generate

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
)

var estimateTests = []struct {
	in   string
	want int
}{
	{"", 0},
	{"the", 1},
	{"quick", 2},
	{"The quick brown fox jumps over the lazy dog.", 13},
	{"1867", 4},
	{"a, b", 3},
	{"line\nline", 3},
	{"Gödel", 3}, // G, ö (2-byte rune), del
	{"物理", 4},
	{"a\u00a0b", 2},
	{"\xff", 1},
}

func TestEstimateTokens(t *testing.T) {
	for _, tt := range estimateTests {
		assert.Equal(t, tt.want, EstimateTokens(tt.in), "%q", tt.in)
	}
}

func packSources(n, words int) []Source {
	var out []Source
	for i := range n {
		text := strings.TrimSpace(strings.Repeat(fmt.Sprintf("word%d ", i), words))
		out = append(out, testSource(i+1, fmt.Sprintf("d%d-0", i), fmt.Sprintf("doc%d.md", i), text, 0, 1))
	}
	return out
}

func TestPackKeepsBestFirstWithoutCutting(t *testing.T) {
	srcs := packSources(3, 100) // each passage ~200 tokens ("word" + digit)
	srcs[1].Passage.Text = strings.Repeat("long ", 800)
	cfg := Config{ContextTokens: 1300, AnswerTokens: 300}
	b, err := NewBuilder(cfg)
	require.NoError(t, err)
	p, err := b.Pack(Request{Question: "What?", Mode: RAG, Sources: srcs})
	require.NoError(t, err)

	require.Len(t, p.Request.Sources, 2)
	assert.Equal(t, "d0-0", p.Request.Sources[0].Passage.ID)
	assert.Equal(t, "d2-0", p.Request.Sources[1].Passage.ID, "a smaller passage after a dropped one still gets in")
	assert.Equal(t, []int{1, 3}, []int{p.Request.Sources[0].N, p.Request.Sources[1].N}, "numbers kept")
	require.Len(t, p.Dropped, 1)
	assert.Equal(t, "d1-0", p.Dropped[0].Passage.ID)
	assert.Equal(t, 2, p.Dropped[0].N)
	assert.LessOrEqual(t, p.PromptTokens, p.Budget)
	assert.Equal(t, 1000, p.Budget)
	assert.Equal(t, MeasureMessages(p.Messages), p.PromptTokens)
	user := p.Messages[len(p.Messages)-1].Content
	assert.Contains(t, user, "[1] doc0.md:1\n"+srcs[0].Passage.Text)
	assert.Contains(t, user, "[3] doc2.md:1\n"+srcs[2].Passage.Text)
	assert.NotContains(t, user, "long")
}

func TestPackAnswerReservation(t *testing.T) {
	srcs := packSources(5, 60)
	b, err := NewBuilder(Config{ContextTokens: 2000, AnswerTokens: 100})
	require.NoError(t, err)
	small, err := b.Pack(Request{Question: "q", Mode: RAG, Sources: srcs, MaxTokens: 1500})
	require.NoError(t, err)
	large, err := b.Pack(Request{Question: "q", Mode: RAG, Sources: srcs})
	require.NoError(t, err)
	assert.Less(t, len(small.Request.Sources), len(large.Request.Sources))
	assert.Equal(t, 500, small.Budget)
	assert.Len(t, large.Request.Sources, 5)
	assert.Empty(t, large.Dropped)
}

func TestPackTooLong(t *testing.T) {
	b, err := NewBuilder(Config{ContextTokens: 200, AnswerTokens: 100})
	require.NoError(t, err)
	_, err = b.Pack(Request{Question: strings.Repeat("why ", 200), Mode: RAG, Sources: packSources(1, 5)})
	require.Error(t, err)
	assert.True(t, errors.Is(err, ErrPromptTooLong))
	assert.Contains(t, err.Error(), "context_tokens 200 minus 100 answer tokens")
}

func TestPackBare(t *testing.T) {
	b, err := NewBuilder(DefaultConfig())
	require.NoError(t, err)
	p, err := b.Pack(Request{Question: "Who?", Mode: Bare, Sources: packSources(2, 5)})
	require.NoError(t, err)
	assert.Empty(t, p.Request.Sources)
	assert.Empty(t, p.Dropped)
	require.Len(t, p.Messages, 2)
	assert.Contains(t, p.Messages[0].Content, BareAbstention)
	assert.Equal(t, "Question: Who?", p.Messages[1].Content)
}

func TestPackFromConfig(t *testing.T) {
	b, err := NewBuilder(Config{ContextTokens: 550, AnswerTokens: 100})
	require.NoError(t, err)
	p, err := b.Pack(Request{Question: "q", Mode: RAG, Sources: packSources(4, 100)})
	require.NoError(t, err)
	assert.Len(t, p.Request.Sources, 1)
	assert.Len(t, p.Dropped, 3)
}

// buildPrompt renders the system and user messages for req with the
// templates of cfg (system is empty when the template defines none).
func buildPrompt(req Request, cfg Config) (system, user string, err error) {
	b, err := NewBuilder(cfg)
	if err != nil {
		return "", "", err
	}
	msgs, err := b.Messages(req)
	if err != nil {
		return "", "", err
	}
	for _, m := range msgs {
		if m.Role == "system" {
			system = m.Content
		} else {
			user = m.Content
		}
	}
	return system, user, nil
}

// testSource makes source n for a text-like document whose passage text
// starts at byte start of line line.
func testSource(n int, id, path, text string, start, line int) Source {
	p := corpus.Passage{ID: id, DocID: strings.Split(id, "-")[0], Path: path, Format: corpus.Markdown,
		Start: start, End: start + len(text), Text: text}
	sp := corpus.Span{Path: path, Start: start, End: start + len(text), SrcStart: int64(start),
		SrcEnd: int64(start + len(text)), LineStart: line, LineEnd: line + strings.Count(text, "\n")}
	return Source{N: n, Passage: p, Span: sp}
}

// curieSources are three numbered sources of text-like documents.
func curieSources() []Source {
	return []Source{
		testSource(1, "d1-0", "curie.md", "Marie Curie was born in Warsaw on 7 November 1867.", 100, 5),
		testSource(2, "d2-3", "prize.md", "In 1903 the Nobel Prize in Physics went to\nPierre Curie and Marie Curie.\nThe prize was 1,200 francs.", 40, 2),
		testSource(3, "d3-1", "paris.md", "She moved to Paris in 1891.", 0, 1),
	}
}

func TestDefaultRAGPrompt(t *testing.T) {
	system, user, err := buildPrompt(Request{Question: "When was she born?", Mode: RAG, Sources: curieSources()[:2]}, DefaultConfig())
	require.NoError(t, err)
	assert.Contains(t, system, "[1]")
	assert.Contains(t, system, Abstention)
	assert.Contains(t, user, "[1] curie.md:5\nMarie Curie was born")
	assert.Contains(t, user, "[2] prize.md:2-4\nIn 1903")
	assert.True(t, strings.HasSuffix(user, "Question: When was she born?"))
}

func TestPromptOverride(t *testing.T) {
	cfg := DefaultConfig()
	cfg.Prompt.RAG = `{{range .Sources}}<{{.N}}:{{.Text}}>{{end}} Q={{.Question}}`
	cfg.Prompt.Bare = `{{define "system"}}Be terse.{{end}}{{define "user"}}Q: {{.Question}}{{end}}`
	system, user, err := buildPrompt(Request{Question: "q?", Mode: RAG, Sources: curieSources()[2:]}, cfg)
	require.NoError(t, err)
	assert.Empty(t, system)
	assert.Equal(t, "<3:She moved to Paris in 1891.> Q=q?", user)
	system, user, err = buildPrompt(Request{Question: "q?", Mode: Bare}, cfg)
	require.NoError(t, err)
	assert.Equal(t, "Be terse.", system)
	assert.Equal(t, "Q: q?", user)
}

func TestPromptErrors(t *testing.T) {
	for name, cfg := range map[string]Config{
		"parse":    {ContextTokens: 100, Prompt: Prompt{RAG: "{{.Question"}},
		"exec":     {ContextTokens: 100, Prompt: Prompt{Bare: "{{.Nope}}"}},
		"context":  {ContextTokens: 0},
		"answer":   {ContextTokens: 100, AnswerTokens: 100},
		"negative": {ContextTokens: 100, AnswerTokens: -1},
	} {
		_, err := NewBuilder(cfg)
		assert.Error(t, err, name)
		if err != nil {
			assert.True(t, strings.HasPrefix(err.Error(), "generate: "), err.Error())
		}
	}
}

func BenchmarkEstimateTokens(b *testing.B) {
	text := strings.Repeat("Marie Curie was born in Warsaw on 7 November 1867, and won 2 Nobel Prizes. ", 100)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		EstimateTokens(text)
	}
}

func BenchmarkPack(b *testing.B) {
	srcs := packSources(20, 150)
	bl, err := NewBuilder(DefaultConfig())
	require.NoError(b, err)
	for b.Loop() {
		_, _ = bl.Pack(Request{Question: "q", Mode: RAG, Sources: srcs})
	}
}
