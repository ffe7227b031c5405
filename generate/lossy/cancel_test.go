package lossy

import (
	"context"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/generate"
	answerreader "github.com/verbatim-rag/verbatim/generate/reader"
)

// countdownCtx is cancelled after its Err has been asked n times, so a
// test can tell a loop that checks its context every step from one that
// checks it now and then.
type countdownCtx struct {
	context.Context
	n atomic.Int64
}

func (c *countdownCtx) Err() error {
	if c.n.Add(-1) < 0 {
		return context.Canceled
	}
	return nil
}

// endlessModel is trained on text with no sentence end and no repeated
// three-token sequence (a decode that would repeat one stops), so bare
// decoding runs until max_tokens.
func endlessModel(t testing.TB) *Generator {
	t.Helper()
	var b strings.Builder
	b.WriteString("the river turns past the mill")
	for i := range 1500 {
		fmt.Fprintf(&b, " k%d", i)
	}
	m, err := Train(context.Background(), TextSource(b.String()), Config{Budget: "1MiB"})
	require.NoError(t, err)
	return New(m, Config{})
}

func TestBareDecodingChecksContextEveryStep(t *testing.T) {
	g := endlessModel(t)
	req := generate.Request{Question: "Where does the river turn?", Mode: generate.Bare, MaxTokens: MaxTokensLimit}
	out, err := g.Generate(context.Background(), req, nil)
	require.NoError(t, err)
	require.Greater(t, out.AnswerTokens, 100, "the fixture decodes long: %q", out.Text)

	ctx := &countdownCtx{Context: context.Background()}
	ctx.n.Store(50)
	_, err = g.Generate(ctx, req, nil)
	require.ErrorIs(t, err, context.Canceled, "a bare decode of %d tokens asked its context fewer than 50 times", out.AnswerTokens)
}

func TestDecodingCancelledWithinASecond(t *testing.T) {
	g := endlessModel(t)
	for _, mode := range []generate.Mode{generate.Bare, generate.RAG} {
		t.Run(string(mode), func(t *testing.T) {
			req := generate.Request{Question: "Where does the river turn?", Mode: mode, MaxTokens: MaxTokensLimit}
			if mode == generate.RAG {
				req.Sources = []generate.Source{{N: 1, Passage: passageText(strings.Repeat("the river turns past the mill and ", 400))}}
			}
			ctx, cancel := context.WithCancel(context.Background())
			cancel()
			start := time.Now()
			_, err := g.Generate(ctx, req, nil)
			require.ErrorIs(t, err, context.Canceled)
			assert.Less(t, time.Since(start), time.Second)
		})
	}
}

func TestMaxTokensCapped(t *testing.T) {
	g := endlessModel(t)
	start := time.Now()
	_, err := g.Generate(context.Background(), generate.Request{Question: "Where does the river turn?", Mode: generate.Bare, MaxTokens: 1_000_000_000}, nil)
	require.ErrorIs(t, err, ErrTooManyTokens)
	assert.Contains(t, err.Error(), "max_tokens 1000000000")
	assert.Less(t, time.Since(start), time.Second)

	err = Config{MaxTokens: MaxTokensLimit + 1}.Validate()
	require.ErrorIs(t, err, ErrTooManyTokens)
	assert.Contains(t, err.Error(), "max_tokens")
}

func passageText(text string) corpus.Passage {
	return corpus.Passage{ID: corpus.PassageID("doc", 0), DocID: "doc", Path: "/ref/doc.md", End: len(text), Text: text}
}

// TestReaderGivenUpOnCancel: the reader does not watch the context, and a
// long question of one repeated word kept it (and `verbatim ask`, deaf to
// SIGTERM) busy for seconds; Generate now returns when the context ends,
// whatever the reader is doing.
func TestReaderGivenUpOnCancel(t *testing.T) {
	g := endlessModel(t)
	release := make(chan struct{})
	defer close(release)
	g.readFn = func(string, []generate.Source) answerreader.Answer {
		<-release // a reader that takes as long as the test lets it
		return answerreader.Answer{}
	}
	req := generate.Request{
		Question: "Where does the river turn?",
		Mode:     generate.RAG,
		Sources:  []generate.Source{{N: 1, Passage: passageText("the river turns past the mill.")}},
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	done := make(chan error, 1)
	go func() {
		_, err := g.Generate(ctx, req, nil)
		done <- err
	}()
	select {
	case err := <-done:
		require.ErrorIs(t, err, context.DeadlineExceeded)
	case <-time.After(5 * time.Second):
		t.Fatal("Generate waited for the reader after its context ended")
	}
}

// TestReaderPanicRaisedInCaller: a panic in the reader, now on a
// goroutine of its own, still reaches Generate's caller (the server
// recovers a request's panic; a goroutine's would end the process).
func TestReaderPanicRaisedInCaller(t *testing.T) {
	g := endlessModel(t)
	g.readFn = func(string, []generate.Source) answerreader.Answer { panic("reader bug") }
	req := generate.Request{Question: "Where?", Mode: generate.RAG, Sources: []generate.Source{{N: 1, Passage: passageText("the mill.")}}}
	assert.PanicsWithValue(t, "reader bug", func() { _, _ = g.Generate(context.Background(), req, nil) })
}
