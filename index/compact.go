package index

import (
	"context"
	"errors"
	"fmt"

	"github.com/blevesearch/bleve/v2/index/scorch"
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
	if err := s.ForceMerge(ctx, nil); err != nil {
		return fmt.Errorf("index: compact the passage index: %w", err)
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
	return nil
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
	for _, f := range []string{FieldText, FieldTitle, FieldSection, FieldPath, FieldFormat, FieldDoc} {
		if st.FieldCardinality[f], err = br.FieldCardinality(f); err != nil {
			return nil, fmt.Errorf("index: bm25 statistics of field %s: %w", f, err)
		}
	}
	return st, nil
}
