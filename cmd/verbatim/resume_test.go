package main

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/index"
	"github.com/verbatim-rag/verbatim/retrieve"
)

// cancelOnWrite is an error stream that cancels an ingest once its
// progress says every file is read: the ingest is then interrupted
// between storing the files and merging the index.
type cancelOnWrite struct {
	mu     sync.Mutex
	buf    bytes.Buffer
	cancel context.CancelFunc
}

func (w *cancelOnWrite) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.buf.Write(p)
	if strings.Contains(w.buf.String(), "100%") {
		w.cancel()
	}
	return len(p), nil
}

// TestResumedIngestScoresAsFresh: an ingest interrupted after storing the
// files but before its merge, then run again, left the index in several
// segments (the rerun changed too little to count as a bulk load), and
// bleve's BM25 statistics (dictionary sizes summed over segments) made
// every score differ from a fresh ingest's (by ~13 % on the jargon
// corpus). The interrupted ingest's note makes the rerun merge, and the
// searches score alike, with each index's own statistics.
func TestResumedIngestScoresAsFresh(t *testing.T) {
	isolate(t)
	t.Setenv("VERBATIM_INGEST_BATCH_FILES", "16") // a segment per batch: many segments
	folder := t.TempDir()
	// Words shared by many files, counted again in every segment's
	// dictionary, and a few of each file's own.
	rng := rand.New(rand.NewPCG(3, 4))
	for i := range 300 {
		var b strings.Builder
		fmt.Fprintf(&b, "# Entry %d\n\n", i)
		for j := range 60 {
			fmt.Fprintf(&b, "w%dq ", rng.IntN(400))
			if j%20 == 0 {
				fmt.Fprintf(&b, "own%dx%d ", i, j)
			}
		}
		b.WriteString("\n")
		require.NoError(t, os.WriteFile(filepath.Join(folder, fmt.Sprintf("e%03d.md", i)), []byte(b.String()), 0o644))
	}

	resumed := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	errOut := &cancelOnWrite{cancel: cancel}
	cmd := newRootCmd(strings.NewReader(""), &bytes.Buffer{}, errOut)
	cmd.SetArgs([]string{"--data-dir", resumed, "ingest", "--no-train", folder})
	err := cmd.ExecuteContext(ctx)
	require.ErrorIs(t, err, context.Canceled, "the first ingest is interrupted")

	_, _, err = run(t, resumed, "ingest", "--no-train", folder)
	require.NoError(t, err)
	fresh := t.TempDir()
	_, _, err = run(t, fresh, "ingest", "--no-train", folder)
	require.NoError(t, err)

	want, got := snapshot(t, fresh, nil), snapshot(t, resumed, nil)
	assert.Equal(t, want.docs, got.docs)
	assert.Equal(t, want.passages, got.passages)
	queries := []string{"w7q", "w12q w300q", "own17x20", "entry w5q w6q", "w399q own250x40"}
	assert.Equal(t, ownScoreTop(t, fresh, queries), ownScoreTop(t, resumed, queries),
		"top 10 (id@score), each index with its own BM25 statistics")
}

// ownScoreTop is the top 10 of each query, scored with the index's own
// BM25 statistics, up to ties: the scores in rank order, and the ids
// (ordered) of the hits above the 10th hit's score (which of several tied
// passages fill the last places depends on the index's internal order).
func ownScoreTop(t *testing.T, dataDir string, queries []string) map[string][]string {
	t.Helper()
	c, err := index.Open(dataDir, index.Options{ReadOnly: true})
	require.NoError(t, err)
	defer c.Close()
	r := retrieve.New(c, retrieve.DefaultConfig())
	top := map[string][]string{}
	for _, q := range queries {
		hits, err := r.Search(context.Background(), retrieve.Query{Text: q, K: 20})
		require.NoError(t, err)
		var scores, above []string
		ranked := top10(hits)
		for _, h := range ranked {
			id, score, _ := strings.Cut(h, "@")
			scores = append(scores, score)
			if !strings.HasSuffix(ranked[len(ranked)-1], "@"+score) {
				above = append(above, id)
			}
		}
		top[q] = append(scores, above...)
	}
	return top
}
