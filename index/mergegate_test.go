package index

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
)

// putSegments puts n one-passage documents, each in its own write (one
// segment each), named from prefix.
func putSegments(t *testing.T, c *Corpus, prefix string, n int) {
	t.Helper()
	for i := range n {
		require.NoError(t, c.Put(context.Background(), []corpus.Entry{textEntry(fmt.Sprintf("/h/%s%d.txt", prefix, i), fmt.Sprintf("passage %s%d about holding merges", prefix, i))}))
	}
}

// TestHoldMerges: a hold is taken only on an empty corpus; while it
// stands, no batch's segment is merged; whichever way it ends (Compact,
// EndIngest, ReleaseMerges, Close) the merger runs again, and Compact
// leaves one segment however many stand (more than the ten scorch's own
// forced merge takes at once).
func TestHoldMerges(t *testing.T) {
	const puts = 14
	tests := []struct {
		name     string
		existing bool // the corpus holds a document before HoldMerges
		end      func(*testing.T, *Corpus)
		segments int // after end (0: not checked)
	}{
		{name: "compact", end: func(t *testing.T, c *Corpus) { require.NoError(t, c.Compact(context.Background())) }, segments: 1},
		{name: "end of a bulk load", end: func(t *testing.T, c *Corpus) {
			require.NoError(t, c.EndIngest(context.Background(), false, puts, 0))
		}, segments: 1},
		{name: "release", end: func(t *testing.T, c *Corpus) {
			c.ReleaseMerges()
			require.Eventually(t, func() bool {
				n, err := c.Segments()
				return err == nil && n < puts
			}, 30*time.Second, 50*time.Millisecond, "the merger runs again once released")
		}},
		{name: "close", end: func(t *testing.T, c *Corpus) {
			done := make(chan error, 1)
			go func() { done <- c.Close() }()
			select {
			case err := <-done:
				require.NoError(t, err)
			case <-time.After(30 * time.Second):
				t.Fatal("Close waits for a held merger")
			}
		}},
		{name: "not empty", existing: true, end: func(t *testing.T, c *Corpus) {}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Open(t.TempDir(), Options{NoSync: true})
			require.NoError(t, err)
			defer c.Close()
			if tt.existing {
				putSegments(t, c, "old", 1)
			}
			held, err := c.HoldMerges()
			require.NoError(t, err)
			assert.Equal(t, !tt.existing, held)
			putSegments(t, c, "new", puts)
			n, err := c.Segments()
			require.NoError(t, err)
			if held {
				assert.Equal(t, puts, n, "no segment merged while held")
			}
			tt.end(t, c)
			if tt.segments > 0 {
				n, err := c.Segments()
				require.NoError(t, err)
				assert.Equal(t, tt.segments, n)
			}
			if tt.name == "close" {
				return
			}
			q := bleve.NewTermQuery("hold")
			q.SetField(FieldText)
			res, err := c.Index().Search(bleve.NewSearchRequest(q))
			require.NoError(t, err)
			want := puts
			if tt.existing {
				want++
			}
			assert.EqualValues(t, want, res.Total)
		})
	}
}

// TestHeldMergesResumeAtTheBound: a hold lets the merger run once
// heldSegmentsMax segments stand.
func TestHeldMergesResumeAtTheBound(t *testing.T) {
	if testing.Short() {
		t.Skip("puts heldSegmentsMax batches")
	}
	c, err := Open(t.TempDir(), Options{NoSync: true})
	require.NoError(t, err)
	defer c.Close()
	held, err := c.HoldMerges()
	require.NoError(t, err)
	require.True(t, held)
	putSegments(t, c, "b", heldSegmentsMax+1)
	require.Eventually(t, func() bool {
		n, err := c.Segments()
		return err == nil && n < heldSegmentsMax
	}, 30*time.Second, 20*time.Millisecond, "the merger ran past the bound")
}
