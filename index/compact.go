package index

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"path/filepath"
	"syscall"
	"time"

	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/index/scorch/mergeplan"
	"github.com/blevesearch/bleve/v2/search"
	bleveindex "github.com/blevesearch/bleve_index_api"
)

// Compact merges the passage index's segments into one, as a bulk load's
// last step. An ingest leaves the index in several segments (each batch
// writes one, and bleve merges them in the background only while the
// process runs); a search looks every query term up in each segment and
// walks each segment's postings apart, so one segment makes a search
// cheaper. It waits for any batch still being indexed, then for the merge
// (a read-only corpus has nothing to compact). The store is not touched.
func (c *Corpus) Compact(ctx context.Context) error {
	if c.opts.ReadOnly {
		return errors.New("index: compact: the corpus is open read-only")
	}
	if err := c.Flush(ctx); err != nil {
		return err
	}
	adv, err := c.bleve().Advanced()
	if err != nil {
		return fmt.Errorf("index: compact: %w", err)
	}
	s, ok := adv.(*scorch.Scorch)
	if !ok {
		return nil
	}
	releaseGate(s)
	if err := forceMerge(ctx, filepath.Join(c.dir, BleveDir), s); err != nil {
		if ctx.Err() != nil {
			return fmt.Errorf("index: compact: %w", ctx.Err())
		}
		return c.diskError("merging the passage index", fmt.Errorf("index: compact the passage index: %w", err))
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("index: compact: %w", err)
	}
	// A batch returns once its snapshot, which holds the merged segment,
	// is persisted: without it a close right after could persist the
	// segments from before the merge.
	if err := c.bleve().SetInternal(compactedKey, []byte{1}); err != nil {
		return fmt.Errorf("index: compact: persist the merged index: %w", err)
	}
	return c.SettleCompact()
}

// mergeDoneKey is the context key under which scorch's merger sends the
// outcome of the merge a context asked for (scorch's own unexported
// mergeDoneKey, bleve v2.6).
var mergeDoneKey any = "mergeDone"

// mergeFailures is how many failed merges since forceMerge began end it:
// scorch's merger retries a failed merge without end and, while it does,
// never takes ForceMerge's request, so ForceMerge alone would wait for
// ever (on a full disk, say).
const mergeFailures = 3

// oneMerge is the plan of forceMerge: every segment into one, in one
// merge. Scorch's own (mergeplan.SingleSegmentMergePlanOptions) merges
// ten segments a merge and plans once, which leaves two or more segments
// when more than ten stand (as after a bulk load that held merges back,
// see HoldMerges).
var oneMerge = func() mergeplan.MergePlanOptions {
	o := mergeplan.SingleSegmentMergePlanOptions
	o.SegmentsPerMergeTask = math.MaxInt32
	return o
}()

// forceMerge merges s into one segment, and returns the merge's error or
// ctx's instead of waiting for ever as scorch's ForceMerge does when
// merges fail. A ForceMerge left waiting returns when the index closes.
func forceMerge(ctx context.Context, dir string, s *scorch.Scorch) error {
	done := make(chan error, 1)
	forced := make(chan error, 1)
	opts := oneMerge
	go func() { forced <- s.ForceMerge(context.WithValue(ctx, mergeDoneKey, done), &opts) }()
	failed0 := mergeLoopErrors(s)
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case err := <-forced: // refused, or the index closed
			return err
		case err := <-done:
			if err != nil {
				return err
			}
			return <-forced
		case <-ctx.Done():
			return ctx.Err()
		case <-tick.C:
			if n := mergeLoopErrors(s) - failed0; n >= mergeFailures {
				return mergeError(dir, n)
			}
		}
	}
}

// mergeLoopErrors is how many merges s's merger has seen fail.
func mergeLoopErrors(s *scorch.Scorch) uint64 {
	n, _ := s.StatsMap()["TotFileMergeLoopErr"].(uint64)
	return n
}

// mergeError says why merges fail, as far as can be told from outside
// (scorch reports the error itself only to a callback): a disk without
// room for another copy of the index is full for a merge.
func mergeError(dir string, n uint64) error {
	err := fmt.Errorf("the merge failed %d times", n)
	free, ok := diskFree(dir)
	if !ok {
		return err
	}
	var size int64
	_ = filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if fi, err := d.Info(); err == nil {
				size += fi.Size()
			}
		}
		return nil
	})
	if free < size {
		return fmt.Errorf("%w (%d bytes free, the index takes %d): %w", err, free, size, syscall.ENOSPC)
	}
	return err
}

// compactedKey is an internal key of the passage index that Compact
// writes after the merge (see Compact).
var compactedKey = []byte("verbatim_compacted")

// Segments is the number of segments of the passage index (see Compact).
func (c *Corpus) Segments() (int, error) {
	adv, err := c.bleve().Advanced()
	if err != nil {
		return 0, fmt.Errorf("index: segments: %w", err)
	}
	r, err := adv.Reader()
	if err != nil {
		return 0, fmt.Errorf("index: segments: %w", err)
	}
	defer r.Close()
	snap, ok := r.(*scorch.IndexSnapshot)
	if !ok {
		return 0, nil
	}
	return len(snap.Segments()), nil
}

// BM25Stats is the BM25 statistics of the passage index as bleve's term
// searchers take them (the passage count and each field's cardinality).
// A search that puts them in its context under search.BM25StatsKey scores
// with them instead of its own index's, so two indexes of the same
// passages score alike whatever their segment history (crash recovery,
// incremental ingests).
func (c *Corpus) BM25Stats() (*search.BM25Stats, error) {
	adv, err := c.bleve().Advanced()
	if err != nil {
		return nil, fmt.Errorf("index: bm25 statistics: %w", err)
	}
	r, err := adv.Reader()
	if err != nil {
		return nil, fmt.Errorf("index: bm25 statistics: %w", err)
	}
	defer r.Close()
	n, err := r.DocCount()
	if err != nil {
		return nil, fmt.Errorf("index: bm25 statistics: %w", err)
	}
	br, ok := r.(bleveindex.BM25Reader)
	if !ok {
		return nil, errors.New("index: bm25 statistics: the index reader gives none")
	}
	st := &search.BM25Stats{DocCount: float64(n), FieldCardinality: map[string]int{}}
	for _, f := range []string{FieldText, FieldTitle, FieldSection, FieldFormat, FieldDoc} {
		if st.FieldCardinality[f], err = br.FieldCardinality(f); err != nil {
			return nil, fmt.Errorf("index: bm25 statistics of field %s: %w", f, err)
		}
	}
	return st, nil
}
