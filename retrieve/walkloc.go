package retrieve

import (
	"context"
	"encoding/binary"
	"fmt"
	"slices"

	bleveindex "github.com/blevesearch/bleve_index_api"

	"github.com/verbatim-rag/verbatim/index"
)

// locateHits reads the text locations of words (the highlighter's: the
// full query's text terms, related words included whichever tier walked)
// in the walk's hits top from the index's term vectors, as bleve's
// IncludeLocations gives them, into locs (a hit's matches in the order
// found; see inText), for these k passages
// alone: one term reader a word, advanced to the hits that hold it (the
// walk knows which hold its terms; a word it did not search, a related
// word of the precise tier, is looked for in every hit). This costs less
// than analysing the passages' text (highlighter.analyse), which finds the
// same matches: on the glossary folder a tenth of a search's CPU.
func locateHits(ctx context.Context, r bleveindex.IndexReader, words map[string]bool, top []walkHit, locs [][]Match) error {
	holders := map[string][]int{} // word → hits holding it, in index order
	searched := map[string]bool{}
	for i, h := range top {
		for _, t := range h.terms {
			searched[t] = true
			if words[t] {
				holders[t] = append(holders[t], i)
			}
		}
	}
	all := make([]int, len(top))
	for i := range all {
		all[i] = i
	}
	for w := range words {
		if !searched[w] {
			holders[w] = all
		}
	}
	terms := make([]string, 0, len(holders))
	for t, hs := range holders {
		slices.SortFunc(hs, func(a, b int) int {
			switch {
			case top[a].doc < top[b].doc:
				return -1
			case top[a].doc > top[b].doc:
				return 1
			}
			return 0
		})
		terms = append(terms, t)
	}
	slices.Sort(terms)
	for _, t := range terms {
		if err := locateTerm(ctx, r, t, holders[t], top, locs); err != nil {
			return fmt.Errorf("retrieve: locations of %q: %w", t, err)
		}
	}
	return nil
}

// locateTerm adds term's locations in the hits hs (in index order) to
// their matches.
func locateTerm(ctx context.Context, r bleveindex.IndexReader, term string, hs []int, top []walkHit, locs [][]Match) error {
	tfr, err := r.TermFieldReader(ctx, []byte(term), index.FieldText, true, false, true)
	if err != nil {
		return err
	}
	defer tfr.Close()
	if tfr.Count() == 0 {
		return nil
	}
	var buf bleveindex.TermFieldDoc
	var d *bleveindex.TermFieldDoc
	id := make(bleveindex.IndexInternalID, 8)
	for _, i := range hs {
		// scorch's Advance starts the list over when asked for a passage
		// at or before the one it holds (a hit without the term leaves it
		// on a later passage): advance only when the hit lies ahead.
		if d == nil || uint64From(d.ID) < top[i].doc {
			binary.BigEndian.PutUint64(id, top[i].doc)
			if d, err = tfr.Advance(id, &buf); err != nil {
				return err
			}
			if d == nil {
				return nil
			}
		}
		if uint64From(d.ID) != top[i].doc {
			continue
		}
		for _, v := range d.Vectors {
			locs[i] = append(locs[i], Match{Start: int(v.Start), End: int(v.End), Term: term})
		}
	}
	return nil
}
