package compare

import (
	"encoding/json"
	"math"
	"sort"
	"strings"
	"time"

	"github.com/verbatim-rag/verbatim/generate"
	"github.com/verbatim-rag/verbatim/rag"
	"github.com/verbatim-rag/verbatim/verify"
)

// Ratio is a figure with its counts. It has no value when Den is zero.
type Ratio struct {
	Num int `json:"num"`
	Den int `json:"den"`
}

// Value returns Num/Den and false when Den is zero.
func (r Ratio) Value() (float64, bool) {
	if r.Den == 0 {
		return 0, false
	}
	return float64(r.Num) / float64(r.Den), true
}

// Percent renders the ratio as "75.0%", or "–" without a value.
func (r Ratio) Percent() string {
	v, ok := r.Value()
	if !ok {
		return "–"
	}
	return formatPercent(v)
}

// MarshalJSON adds the value (null when undefined) to the counts.
func (r Ratio) MarshalJSON() ([]byte, error) {
	type counts Ratio
	var v *float64
	if x, ok := r.Value(); ok {
		v = &x
	}
	return json.Marshal(struct {
		counts
		Value *float64 `json:"value"`
	}{counts(r), v})
}

func (r *Ratio) add(hit bool) {
	r.Den++
	if hit {
		r.Num++
	}
}

// Mean is an average with its count. It has no value when N is zero.
type Mean struct {
	Sum float64 `json:"sum"`
	N   int     `json:"n"`
}

// Value returns Sum/N and false when N is zero.
func (m Mean) Value() (float64, bool) {
	if m.N == 0 {
		return 0, false
	}
	return m.Sum / float64(m.N), true
}

// MarshalJSON adds the value (null when undefined) to the sum and count.
func (m Mean) MarshalJSON() ([]byte, error) {
	type plain Mean
	var v *float64
	if x, ok := m.Value(); ok {
		v = &x
	}
	return json.Marshal(struct {
		plain
		Value *float64 `json:"value"`
	}{plain(m), v})
}

// Percentile returns the p-th percentile (0 < p <= 100) of ds by the
// nearest-rank method: the smallest value with at least p% of the values at
// or below it. It returns 0 for no values.
func Percentile(ds []time.Duration, p float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	rank := int(math.Ceil(p / 100 * float64(len(s))))
	rank = min(max(rank, 1), len(s))
	return s[rank-1]
}

// CitationScore counts, for one answer, what citation precision and recall
// are made of (see the package documentation).
type CitationScore struct {
	Sentences int `json:"sentences"` // sentences stating facts
	Supported int `json:"supported"` // of those, cited and supported
	Cites     int `json:"cites"`     // citations attached to fact sentences
	Correct   int `json:"correct"`   // of those, correct
}

// ScoreCitations computes the ALCE-style counts of an answer from its checks
// and citations.
// Bare answers cite nothing (their checks only say which retrieved passages
// happen to hold the recalled facts), so they score no citations at all.
func ScoreCitations(a rag.Answer) CitationScore {
	if a.Unverified {
		return CitationScore{}
	}
	quotes := make(map[int]string, len(a.Citations))
	for _, c := range a.Citations {
		quotes[c.N] = c.Quote
	}
	var s CitationScore
	for _, ch := range a.Checks {
		if len(ch.Facts) == 0 {
			continue
		}
		s.Sentences++
		if ch.Supported && len(ch.Cites) > 0 {
			s.Supported++
		}
		s.Cites += len(ch.Cites)
		s.Correct += correctCites(ch, quotes)
	}
	return s
}

// correctCites counts the citations of a fact sentence that matter: the
// sentence is supported, and the citation's quote holds all its facts, or
// holds a fact that no other citation of the sentence holds.
func correctCites(ch verify.Check, quotes map[int]string) int {
	if !ch.Supported {
		return 0
	}
	holds := make([][]bool, len(ch.Cites)) // holds[i][f]: cite i has fact f
	for i, n := range ch.Cites {
		q, ok := quotes[n]
		holds[i] = make([]bool, len(ch.Facts))
		for f, fact := range ch.Facts {
			holds[i][f] = ok && Match(q, []string{fact})
		}
	}
	n := 0
	for i := range ch.Cites {
		if allTrue(holds[i]) || holdsUnique(holds, i) {
			n++
		}
	}
	return n
}

func allTrue(bs []bool) bool {
	for _, b := range bs {
		if !b {
			return false
		}
	}
	return len(bs) > 0
}

// holdsUnique reports whether cite i holds a fact that no other cite holds.
func holdsUnique(holds [][]bool, i int) bool {
	for f, has := range holds[i] {
		if !has {
			continue
		}
		alone := true
		for j := range holds {
			if j != i && holds[j][f] {
				alone = false
				break
			}
		}
		if alone {
			return true
		}
	}
	return false
}

// SourceRank returns the 1-based rank of the first source whose passage
// path ends with want on a "/" boundary, or 0 when none does or want is
// empty.
func SourceRank(sources []generate.Source, want string) int {
	if want == "" {
		return 0
	}
	for i, s := range sources {
		if pathHasSuffix(s.Passage.Path, want) || pathHasSuffix(s.Span.Path, want) {
			return i + 1
		}
	}
	return 0
}

// UnmatchedSources returns the questions with a source that matches none
// of paths (the stored documents' paths) as SourceRank matches it: a typo
// in a source would make every retrieval of its question count as a miss.
func UnmatchedSources(questions []Question, paths []string) []Question {
	byBase := map[string][]string{}
	for _, p := range paths {
		p = strings.ReplaceAll(p, "\\", "/")
		base := p[strings.LastIndexByte(p, '/')+1:]
		byBase[base] = append(byBase[base], p)
	}
	var out []Question
	for _, q := range questions {
		if q.Source == "" {
			continue
		}
		src := strings.ReplaceAll(q.Source, "\\", "/")
		found := false
		for _, p := range byBase[src[strings.LastIndexByte(src, '/')+1:]] {
			if pathHasSuffix(p, q.Source) {
				found = true
				break
			}
		}
		if !found {
			out = append(out, q)
		}
	}
	return out
}

// pathHasSuffix reports whether path ends with suffix on a "/" boundary.
// Backslashes and a leading "./" in suffix are ignored.
func pathHasSuffix(path, suffix string) bool {
	path = strings.ReplaceAll(path, "\\", "/")
	suffix = strings.TrimPrefix(strings.ReplaceAll(suffix, "\\", "/"), "./")
	if path == "" || suffix == "" || !strings.HasSuffix(path, suffix) {
		return false
	}
	rest := path[:len(path)-len(suffix)]
	return rest == "" || strings.HasSuffix(rest, "/") || strings.HasPrefix(suffix, "/")
}

func formatPercent(v float64) string {
	return strings.TrimSpace(formatFloat(100*v, 1)) + "%"
}
