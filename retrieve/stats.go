package retrieve

import (
	"context"
	"fmt"
	"math"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	bleveindex "github.com/blevesearch/bleve_index_api"

	"github.com/verbatim-rag/verbatim/index"
)

// termStats reads the term statistics one search needs — passage count,
// document frequencies, the text field's average length — from one index
// reader, each frequency once, for the planner and the coverage weights
// alike. The passage count and the fields' lengths are the BM25
// statistics bleve's term searchers score with: those the caller put in
// the search's context (search.BM25StatsKey, say a fresh index's, so that
// indexes of the same passages score alike whatever deleted postings
// their segments keep), else the index's own.
type termStats struct {
	r     bleveindex.IndexReader
	given *search.BM25Stats // the context's statistics; nil: the reader's
	n     uint64            // passages
	avg   float64           // the text field's average length as bleve's BM25 takes it; 0 when unknown
	df    map[termKey]uint64
	sb    *satBounds         // the retriever's per-term saturation bounds; nil: maxSaturation
	avgs  map[string]float64 // by field, as bleve's BM25 takes them (see fieldAvg)
	// unused: the readers docFreq opened, until reader hands them out
	unused map[termKey]bleveindex.TermFieldReader
	// boundMin: terms of fewer postings get fallbackFactor (see
	// boundMinPostings; tests lower it)
	boundMin uint64
}

// newTermStats opens a reader on idx; the caller closes it. Its BM25
// statistics are ctx's when it holds them (see termStats).
func newTermStats(ctx context.Context, idx bleve.Index) (*termStats, error) {
	adv, err := idx.Advanced()
	if err != nil {
		return nil, fmt.Errorf("retrieve: index: %w", err)
	}
	r, err := adv.Reader()
	if err != nil {
		return nil, fmt.Errorf("retrieve: index reader: %w", err)
	}
	s := &termStats{r: r, df: map[termKey]uint64{}}
	if given, ok := ctx.Value(search.BM25StatsKey).(*search.BM25Stats); ok && given != nil {
		// as bleve's searchers take them (searcher.bm25ScoreMetrics)
		s.given, s.n = given, uint64(given.DocCount)
	} else if s.n, err = r.DocCount(); err != nil {
		_ = r.Close()
		return nil, fmt.Errorf("retrieve: count passages: %w", err)
	}
	if s.n > 0 {
		if s.avg, err = s.fieldAvg(index.FieldText); err != nil {
			_ = r.Close()
			return nil, err
		}
	}
	return s, nil
}

func (s *termStats) close() {
	for _, tfr := range s.unused {
		_ = tfr.Close()
	}
	_ = s.r.Close()
}

// termKey names a term in a field (a map key that, unlike
// fieldClause.key, is not built by allocating).
type termKey struct{ field, term string }

// docFreq is the number of passages holding term in field.
func (s *termStats) docFreq(ctx context.Context, field, term string) (uint64, error) {
	key := termKey{field, term}
	if df, ok := s.df[key]; ok {
		return df, nil
	}
	tfr, err := s.r.TermFieldReader(ctx, []byte(term), field, true, true, false)
	if err != nil {
		return 0, fmt.Errorf("retrieve: doc frequency of %q in %s: %w", term, field, err)
	}
	df := tfr.Count()
	if s.unused == nil {
		s.unused = map[termKey]bleveindex.TermFieldReader{}
	}
	s.unused[key] = tfr
	s.df[key] = df
	return df, nil
}

// reader returns a reader of term's postings in field with frequencies
// and norms, not yet read: the one docFreq opened, the first time, so a
// walk does not look the term up again; the caller closes it.
func (s *termStats) reader(ctx context.Context, field, term string) (bleveindex.TermFieldReader, error) {
	key := termKey{field, term}
	if tfr, ok := s.unused[key]; ok {
		delete(s.unused, key)
		return tfr, nil
	}
	tfr, err := s.r.TermFieldReader(ctx, []byte(term), field, true, true, false)
	if err != nil {
		return nil, fmt.Errorf("retrieve: postings of %q in %s: %w", term, field, err)
	}
	return tfr, nil
}

// docFreqs reads the document frequency of each clause's term in its
// field, by fieldClause.key.
func (s *termStats) docFreqs(ctx context.Context, cs []fieldClause) (map[string]uint64, error) {
	out := make(map[string]uint64, len(cs))
	for _, c := range cs {
		df, err := s.docFreq(ctx, c.field, c.term)
		if err != nil {
			return nil, err
		}
		out[c.key()] = df
	}
	return out, nil
}

// weights returns the BM25 IDF of each term in the text field; a term the
// corpus never mentions gets the largest IDF the corpus allows.
func (s *termStats) weights(ctx context.Context, terms []string) (map[string]float64, error) {
	w := make(map[string]float64, len(terms))
	for _, t := range terms {
		df, err := s.docFreq(ctx, index.FieldText, t)
		if err != nil {
			return nil, err
		}
		w[t] = idf(s.n, df)
	}
	return w, nil
}

// boundMinPostings: a term of fewer postings is bounded by
// fallbackFactor, not by reading its postings (see satBounds): a short
// list costs little to walk, so its bound saves little, and a corpus's
// rare words are many, each met seldom.
const boundMinPostings = 2048

// maxFactor bounds the factor of term's score in field beside its IDF,
// for a field of avg average length; df is its document frequency (see
// satBounds.max and boundMinPostings).
func (s *termStats) maxFactor(field, term string, df uint64, avg float64) (float64, error) {
	if s.sb == nil || df < max(s.boundMin, 1) {
		return fallbackFactor(avg), nil
	}
	return s.sb.max(s.r, field, term, avg)
}

// fieldAvg is a field's average length as bleve's BM25 takes it: its
// dictionary size over the passages, rounded up; 0 (bleve then scores
// the field by tf-idf) when the index has neither. Statistics given in
// the context without the field are an error, as they are to bleve.
func (s *termStats) fieldAvg(field string) (float64, error) {
	if a, ok := s.avgs[field]; ok {
		return a, nil
	}
	var card int
	if s.given != nil {
		var ok bool
		if card, ok = s.given.FieldCardinality[field]; !ok {
			return 0, fmt.Errorf("retrieve: the BM25 statistics given in the search's context (search.BM25StatsKey) have no %s field", field)
		}
	} else if br, ok := s.r.(bleveindex.BM25Reader); ok {
		var err error
		if card, err = br.FieldCardinality(field); err != nil {
			return 0, fmt.Errorf("retrieve: %s field statistics: %w", field, err)
		}
	}
	var a float64
	if s.n > 0 || card > 0 {
		a = math.Ceil(float64(card) / float64(s.n))
	}
	if s.avgs == nil {
		s.avgs = map[string]float64{}
	}
	s.avgs[field] = a
	return a, nil
}
