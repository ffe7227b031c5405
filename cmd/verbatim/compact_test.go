package main

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/index"
)

// indexSegments is the number of passage index segments of the corpus in data.
func indexSegments(t *testing.T, data string) int {
	t.Helper()
	c, err := index.Open(data, index.Options{ReadOnly: true})
	require.NoError(t, err)
	defer c.Close()
	n, err := c.Segments()
	require.NoError(t, err)
	return n
}

// TestIngestCompacts: a bulk ingest written in many batches leaves one
// index segment, with or without the model training beside the merge
// (with training, the model is stored and fresh: a second ingest of the
// same folder neither retrains nor changes the index). (Whether a small
// change later stays a segment of its own depends on bleve's background
// merger and its timing; the decision not to force a merge then is
// TestBulkLoad's.)
func TestIngestCompacts(t *testing.T) {
	for _, tc := range []struct {
		name  string
		flags []string
	}{
		{"no training", []string{"--no-train"}},
		{"training beside the merge", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			isolate(t)
			t.Setenv("VERBATIM_INGEST_BATCH_FILES", "1")
			data := t.TempDir()
			src := t.TempDir()
			for _, name := range []string{"a.txt", "b.txt", "c.txt", "d.txt", "e.txt", "f.txt", "g.txt", "h.txt"} {
				require.NoError(t, os.WriteFile(filepath.Join(src, name), []byte("The "+name+" file is about lighthouses and keepers.\n"), 0o644))
			}
			out, _, err := run(t, data, append(append([]string{"ingest"}, tc.flags...), src)...)
			require.NoError(t, err)
			assert.Equal(t, 1, indexSegments(t, data))
			if tc.flags != nil {
				assert.NotContains(t, out, "model:")
				return
			}
			assert.Contains(t, out, "trained in")
			out, _, err = run(t, data, "ingest", src)
			require.NoError(t, err)
			assert.NotContains(t, out, "trained in", "the model stored beside the merge is fresh")
			assert.Equal(t, 1, indexSegments(t, data))
		})
	}
}

// TestBesideTraining: the index's last step runs while training does,
// and the errors of both come back.
func TestBesideTraining(t *testing.T) {
	errEnd, errTrain := errors.New("merge failed"), errors.New("training failed")
	for _, tc := range []struct {
		name       string
		end, train error
		want       []error
	}{
		{"both succeed", nil, nil, nil},
		{"the merge fails", errEnd, nil, []error{errEnd}},
		{"training fails", nil, errTrain, []error{errTrain}},
		{"both fail", errEnd, errTrain, []error{errEnd, errTrain}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			// Each waits until the other has started: run one after the
			// other, they would time out.
			endStarted, trainStarted := make(chan struct{}), make(chan struct{})
			meet := func(mine, theirs chan struct{}) bool {
				close(mine)
				select {
				case <-theirs:
					return true
				case <-time.After(10 * time.Second):
					return false
				}
			}
			var endMet, trainMet bool
			err := besideTraining(
				func() error { endMet = meet(endStarted, trainStarted); return tc.end },
				func() error { trainMet = meet(trainStarted, endStarted); return tc.train },
			)
			assert.True(t, endMet, "the merge ran while training did")
			assert.True(t, trainMet, "training ran while the merge did")
			if tc.want == nil {
				assert.NoError(t, err)
			}
			for _, w := range tc.want {
				assert.ErrorIs(t, err, w)
			}
		})
	}
}
