package server

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/generate"
	"github.com/verbatim-rag/verbatim/index"
)

// TestClient reads through the API what the store holds, with the key.
func TestClient(t *testing.T) {
	t.Setenv("VERBATIM_TEST_KEY", "s3cret")
	cfg := DefaultConfig()
	cfg.APIKeyEnv = "VERBATIM_TEST_KEY"
	s, ts := newTestServer(t, cfg)
	ctx := context.Background()
	c := NewClient(ts.URL+"/", "s3cret")
	require.NoError(t, c.Ping(ctx, time.Second))

	ans, err := c.Ask(ctx, AskRequest{Question: "When was Velmora founded?", Mode: generate.RAG})
	require.NoError(t, err)
	assert.Contains(t, ans.Text, "Velmora")
	assert.NotEmpty(t, ans.Citations)
	require.NotEmpty(t, ans.Sources)
	assert.NotEmpty(t, ans.Sources[0].Passage.Text, "the full answer carries its passages")

	res, err := c.Search(ctx, "Velmora founded", 3, Filters{Paths: []string{"*.md"}})
	require.NoError(t, err)
	require.NotEmpty(t, res.Results)
	hit := res.Results[0]

	p, sp, err := c.Passage(ctx, hit.PassageID)
	require.NoError(t, err)
	want, wantSpan, err := s.corpus.Passage(hit.PassageID)
	require.NoError(t, err)
	assert.Equal(t, want, p)
	assert.Equal(t, wantSpan, sp)

	abs, err := filepath.Abs(filepath.Join(entriesDir, "velmora.md"))
	require.NoError(t, err)
	doc, err := c.DocumentByPath(ctx, filepath.ToSlash(abs))
	require.NoError(t, err)
	orig, err := c.Original(ctx, doc.ID)
	require.NoError(t, err)
	wantOrig, err := s.corpus.Original(doc.ID)
	require.NoError(t, err)
	assert.Equal(t, wantOrig, orig)
	text, ext, err := c.Text(ctx, doc.ID)
	require.NoError(t, err)
	wantText, wantExt, err := s.corpus.Text(doc.ID)
	require.NoError(t, err)
	assert.Equal(t, wantText, text)
	assert.Equal(t, wantExt.Map, ext.Map)

	st, err := c.Stats(ctx)
	require.NoError(t, err)
	assert.Positive(t, st.Corpus.Documents)

	_, err = c.DocumentByPath(ctx, "/no/such/file.md")
	assert.ErrorIs(t, err, index.ErrNotFound)
	_, _, err = c.Passage(ctx, "0123456789abcdef-0")
	assert.ErrorIs(t, err, index.ErrNotFound)

	_, err = NewClient(ts.URL, "wrong").Stats(ctx)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "API key")
	assert.Contains(t, err.Error(), "401")

	// The CLI names the variable it read the key from: set it, or fix it.
	for _, tt := range []struct{ key, want string }{
		{"", ": VERBATIM_TEST_KEY is not set; set it to the server's API key"},
		{"wrong", ": VERBATIM_TEST_KEY does not hold the server's API key"},
	} {
		c := NewClient(ts.URL, tt.key)
		c.SetKeyEnv("VERBATIM_TEST_KEY")
		_, err = c.Stats(ctx)
		require.Error(t, err)
		assert.True(t, strings.HasSuffix(err.Error(), tt.want), err.Error())
	}
}
