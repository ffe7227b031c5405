package compare

import (
	"time"

	"github.com/verbatim-rag/verbatim/generate"
	"github.com/verbatim-rag/verbatim/rag"
	"github.com/verbatim-rag/verbatim/verify"
)

// scoreAnswer turns one answer into a scored Result.
func scoreAnswer(q Question, a rag.Answer, wall time.Duration) *Result {
	r := &Result{
		AnswerJSON: a.JSON(),
		Cite:       ScoreCitations(a),
		Rank:       SourceRank(a.Sources, q.Source),
		Latency:    a.Timings.Total,
	}
	if r.Latency <= 0 {
		r.Latency = wall
	}
	if q.Answerable() {
		r.Correct = !a.Abstained && Match(a.Text, q.Answers)
		r.Right = r.Correct
	} else {
		r.Right = a.Abstained
	}
	r.Hallucinated = !a.Abstained && !r.Correct
	return r
}

// summarize computes the figures of mode m over the records. Retrieval
// figures are left empty for a mode none of whose answers had sources.
func summarize(recs []Record, m generate.Mode, ks []int) ModeSummary {
	s := ModeSummary{Mode: m}
	s.HitAt = make([]HitAt, len(ks))
	for i, k := range ks {
		s.HitAt[i].K = k
	}
	var lat []time.Duration
	retrieved := false
	for _, rec := range recs {
		res := rec.Results[m]
		if res == nil {
			continue
		}
		if res.Error != "" {
			s.Errors++
			continue
		}
		lat = append(lat, res.Latency)
		retrieved = retrieved || len(res.Sources) > 0
		addAnswer(&s, rec, res)
	}
	if !retrieved { // the mode saw no passages at all: no retrieval figures
		for i := range s.HitAt {
			s.HitAt[i].Hit = Ratio{}
		}
		s.MRR = Mean{}
	}
	s.P50 = Percentile(lat, 50)
	s.P95 = Percentile(lat, 95)
	return s
}

// addAnswer adds one scored answer to the mode's figures.
func addAnswer(s *ModeSummary, rec Record, res *Result) {
	if len(rec.Answers) > 0 {
		s.Accuracy.add(res.Correct)
		s.Abstention.add(res.Abstained)
		s.Hallucination.add(res.Hallucinated)
	} else {
		s.NegativeRejection.add(res.Abstained)
	}
	if !res.Abstained {
		s.AnsweredWrong.add(res.Hallucinated)
		s.Degenerate.add(res.Degenerate != "")
	}
	s.CitationPrecision.Num += res.Cite.Correct
	s.CitationPrecision.Den += res.Cite.Cites
	s.CitationRecall.Num += res.Cite.Supported
	s.CitationRecall.Den += res.Cite.Sentences
	for _, ch := range res.Checks {
		if len(ch.Facts) == 0 {
			continue
		}
		s.VerdictUnsupported.add(ch.Verdict == verify.VerdictUnsupported)
		s.VerdictUncited.add(ch.Verdict == verify.VerdictUncited)
		s.VerdictNotFound.add(ch.Verdict == verify.VerdictNotFound)
	}
	if rec.Source == "" {
		return
	}
	for i := range s.HitAt {
		s.HitAt[i].Hit.add(res.Rank > 0 && res.Rank <= s.HitAt[i].K)
	}
	s.MRR.N++
	if res.Rank > 0 {
		s.MRR.Sum += 1 / float64(res.Rank)
	}
}

// outcomeOf classes a record asked in both modes; "" otherwise or when
// either failed.
func outcomeOf(rec Record) Outcome {
	r, b := rec.Results[generate.RAG], rec.Results[generate.Bare]
	if r == nil || b == nil || r.Error != "" || b.Error != "" {
		return ""
	}
	switch {
	case r.Right && b.Right:
		return BothRight
	case r.Right:
		return RAGFixed
	case b.Right:
		return RAGBroke
	}
	return BothWrong
}

func countOutcomes(recs []Record) *OutcomeCounts {
	var c OutcomeCounts
	seen := false
	for _, rec := range recs {
		seen = seen || rec.Outcome != ""
		switch rec.Outcome {
		case BothRight:
			c.BothRight++
		case RAGFixed:
			c.RAGFixed++
		case RAGBroke:
			c.RAGBroke++
		case BothWrong:
			c.BothWrong++
		}
	}
	if !seen {
		return nil
	}
	return &c
}

// bucketDefs are the frequency ranges of the curve.
var bucketDefs = []Bucket{
	{Label: "0", Min: 0, Max: 0},
	{Label: "1", Min: 1, Max: 1},
	{Label: "2–3", Min: 2, Max: 3},
	{Label: "4–10", Min: 4, Max: 10},
	{Label: ">10", Min: 11, Max: -1},
}

// BucketLabel returns the label of the bucket holding frequency n, or ""
// for a negative n.
func BucketLabel(n int) string {
	for _, b := range bucketDefs {
		if n >= b.Min && (b.Max < 0 || n <= b.Max) {
			return b.Label
		}
	}
	return ""
}

// frequencyCurve buckets the answerable records. The "0" bucket (answer
// found in no passage) is kept only when it holds questions.
func frequencyCurve(recs []Record, modes []generate.Mode) FrequencyCurve {
	var fc FrequencyCurve
	for _, def := range bucketDefs {
		b := def
		b.Accuracy = make(map[generate.Mode]Ratio, len(modes))
		for _, rec := range recs {
			if rec.Frequency < 0 || rec.Bucket != b.Label {
				continue
			}
			b.Questions++
			for _, m := range modes {
				if res := rec.Results[m]; res != nil && res.Error == "" {
					acc := b.Accuracy[m]
					acc.add(res.Correct)
					b.Accuracy[m] = acc
				}
			}
		}
		if b.Label != "0" || b.Questions > 0 {
			fc.Buckets = append(fc.Buckets, b)
		}
	}
	for _, rec := range recs {
		if rec.Frequency >= 0 {
			fc.OnceSeen.add(rec.Frequency == 1)
		}
	}
	return fc
}
