package rag

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/generate"
	"github.com/verbatim-rag/verbatim/retrieve"
)

// fakeSearch returns canned hits and records whether it was asked.
type fakeSearch struct {
	hits     []retrieve.Hit
	relevant bool
	err      error
	calls    int
}

func (f *fakeSearch) Search(context.Context, retrieve.Query) ([]retrieve.Hit, error) {
	f.calls++
	return f.hits, f.err
}

func (f *fakeSearch) Relevant(retrieve.Hit) bool { return f.relevant }

// fakeGen answers with a fixed text and records what it was given.
type fakeGen struct {
	text string
	err  error
	got  generate.Request
}

func (g *fakeGen) Name() string { return "fake" }

func (g *fakeGen) Generate(_ context.Context, req generate.Request, emit func(string)) (generate.Output, error) {
	g.got = req
	if emit != nil {
		emit(g.text)
	}
	return generate.Output{Text: g.text}, g.err
}

func hit(id, text string) retrieve.Hit {
	p := corpus.Passage{ID: id, Path: "/d/" + id + ".md", Text: text, End: len(text)}
	return retrieve.Hit{Passage: p, Span: corpus.Span{Path: p.Path, End: len(text), LineStart: 1, LineEnd: 1}, Score: 1}
}

func TestAsk(t *testing.T) {
	hits := []retrieve.Hit{hit("0123456789abcdef-0", "The Sallowmere Bridge was completed in 1897.")}
	tests := []struct {
		name         string
		mode         generate.Mode
		relevant     bool
		genText      string
		wantText     string
		wantAbstain  bool
		wantCites    int
		wantSources  int  // sources handed to the generator
		wantSearched bool // retrieval ran at all
		wantUnverif  bool
	}{
		{"rag cites", generate.RAG, true, "It was completed in 1897 [1].", "It was completed in 1897 [1].", false, 1, 1, true, false},
		{"rag drops unknown marker", generate.RAG, true, "In 1897 [4].", "In 1897.", false, 0, 1, true, false},
		{"rag abstains when nothing is relevant", generate.RAG, false, "unused", generate.NotFound, true, 0, 0, true, false},
		{"rag model abstains", generate.RAG, true, "The documents do not contain the answer.", "The documents do not contain the answer.", true, 0, 1, true, false},
		{"bare never sees sources", generate.Bare, true, "It opened in 1901 [1].", "It opened in 1901.", false, 0, 0, true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := &fakeSearch{hits: hits, relevant: tt.relevant}
			g := &fakeGen{text: tt.genText}
			var streamed string
			ans, err := New(s, g, nil, DefaultConfig()).Ask(context.Background(), Request{
				Question: "When was the Sallowmere Bridge completed?", Mode: tt.mode,
				Emit: func(d string) { streamed += d },
			})
			require.NoError(t, err)
			assert.Equal(t, tt.wantText, ans.Text)
			assert.Equal(t, tt.wantAbstain, ans.Abstained)
			assert.Len(t, ans.Citations, tt.wantCites)
			assert.Len(t, g.got.Sources, tt.wantSources)
			assert.Equal(t, tt.wantSearched, s.calls > 0)
			assert.Equal(t, tt.wantUnverif, ans.Unverified)
			assert.NotEmpty(t, streamed)
			assert.Positive(t, ans.Timings.Total)
		})
	}
}

func TestAskBareChecksAfterTheFact(t *testing.T) {
	s := &fakeSearch{hits: []retrieve.Hit{hit("0123456789abcdef-0", "It opened in 1901 at Harrowgate.")}, relevant: true}
	g := &fakeGen{text: "It opened in 1901. It cost 40,000 krell."}
	ans, err := New(s, g, nil, DefaultConfig()).Ask(context.Background(), Request{Question: "When did it open?", Mode: generate.Bare})
	require.NoError(t, err)
	require.Len(t, ans.Checks, 2)
	assert.True(t, ans.Checks[0].Supported)
	assert.False(t, ans.Checks[1].Supported)
	assert.Contains(t, ans.Checks[1].Missing, "40,000")
	assert.Empty(t, ans.Citations, "bare answers cite nothing")
	assert.Nil(t, g.got.Sources)

	cfg := DefaultConfig()
	cfg.CheckBare = false
	s.calls = 0
	_, err = New(s, g, nil, cfg).Ask(context.Background(), Request{Question: "When did it open?", Mode: generate.Bare})
	require.NoError(t, err)
	assert.Zero(t, s.calls, "no retrieval at all when the check is off")
}

func TestAskBareLabelsDegenerate(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"looping", "Korvath Tunnel the Tarrow Hills the Tarrow Hills the Tarrow Hills", "loops"},
		{"empty", "", "empty"},
		{"sound", "It opened in 1901.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := &fakeSearch{hits: []retrieve.Hit{hit("0123456789abcdef-0", "It opened in 1901 at Harrowgate.")}, relevant: true}
			ans, err := New(s, &fakeGen{text: tt.text}, nil, DefaultConfig()).Ask(context.Background(), Request{Question: "When did it open?", Mode: generate.Bare})
			require.NoError(t, err)
			if tt.want == "" {
				assert.Empty(t, ans.Degenerate)
			} else {
				assert.Contains(t, ans.Degenerate, tt.want)
			}
		})
	}
}

func TestAskErrors(t *testing.T) {
	boom := errors.New("boom")
	p := New(&fakeSearch{err: boom}, &fakeGen{}, nil, DefaultConfig())
	_, err := p.Ask(context.Background(), Request{Question: "x?"})
	assert.ErrorIs(t, err, boom)

	p = New(&fakeSearch{hits: []retrieve.Hit{hit("0123456789abcdef-0", "t")}, relevant: true}, &fakeGen{err: boom}, nil, DefaultConfig())
	_, err = p.Ask(context.Background(), Request{Question: "x?"})
	assert.ErrorIs(t, err, boom)

	_, err = p.Ask(context.Background(), Request{Question: "  \n"})
	assert.ErrorIs(t, err, ErrEmptyQuestion)

	_, err = p.Ask(context.Background(), Request{Question: "x?", Mode: "loud"})
	assert.ErrorContains(t, err, "unknown mode")
}

// TestLongQuestion: a question over MaxQuestionBytes is refused before
// retrieval and generation (the built-in reader took minutes on one).
func TestLongQuestion(t *testing.T) {
	gen := &fakeGen{}
	p := New(&fakeSearch{hits: []retrieve.Hit{hit("0123456789abcdef-0", "t")}, relevant: true}, gen, nil, DefaultConfig())
	for _, mode := range []generate.Mode{generate.RAG, generate.Bare} {
		_, err := p.Ask(context.Background(), Request{Question: strings.Repeat("word ", MaxQuestionBytes/5+1), Mode: mode})
		assert.ErrorIs(t, err, ErrLongQuestion)
		assert.ErrorContains(t, err, "at most 4096")
	}
	assert.NoError(t, CheckQuestion(strings.Repeat("w", MaxQuestionBytes)))
	assert.ErrorIs(t, CheckQuestion(" \t"), ErrEmptyQuestion)
}

// TestRetrieveErrorNamedOnce: the retriever's errors name their package
// already; the pipeline printed "rag: retrieve: retrieve: …".
func TestRetrieveErrorNamedOnce(t *testing.T) {
	p := New(&fakeSearch{err: retrieve.ErrEmptyQuery}, &fakeGen{}, nil, DefaultConfig())
	_, err := p.Ask(context.Background(), Request{Question: "\x1b"})
	assert.ErrorIs(t, err, retrieve.ErrEmptyQuery)
	assert.EqualError(t, err, "rag: retrieve: the query has no searchable words")
}

// TestBareWithoutSearchableWords: a bare question of stop words only has
// nothing to check the answer against; the model's answer used to be lost
// to the check's "no searchable words" error.
func TestBareWithoutSearchableWords(t *testing.T) {
	search := &fakeSearch{err: retrieve.ErrEmptyQuery}
	p := New(search, &fakeGen{text: "It is a lamp."}, nil, DefaultConfig())
	ans, err := p.Ask(context.Background(), Request{Question: "what is it?", Mode: generate.Bare})
	require.NoError(t, err)
	assert.Equal(t, "It is a lamp.", ans.Text)
	assert.True(t, ans.Unverified)
	assert.Empty(t, ans.Sources)
	assert.Empty(t, ans.Checks)
	assert.Equal(t, 1, search.calls)

	// Another retrieval error still fails the ask.
	search.err = errors.New("retrieve: the index is closed")
	_, err = p.Ask(context.Background(), Request{Question: "what is it?", Mode: generate.Bare})
	assert.ErrorContains(t, err, "the index is closed")
}
