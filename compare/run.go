package compare

import (
	"context"
	"fmt"
	"sync"

	"github.com/verbatim-rag/verbatim/generate"
)

// Run asks every selected question in every mode, scores the answers and
// builds the report. counter may be nil, which leaves the frequency curve
// empty. A failing Ask is recorded in the question's result and left out of
// the figures; Run itself fails only on bad options, an AnswerCounter error or a
// cancelled context.
func Run(ctx context.Context, opts Options, asker Asker, counter AnswerCounter, questions []Question) (*Report, error) {
	o, err := opts.defaults()
	if err != nil {
		return nil, err
	}
	qs := Select(questions, o)
	recs := make([]Record, len(qs))
	for i, q := range qs {
		recs[i] = Record{ID: q.ID, Question: q.Question, Answers: q.Answers, Source: q.Source, Kind: KindOf(q), Frequency: -1,
			Results: make(map[generate.Mode]*Result, len(o.Modes))}
	}
	if err := countFrequencies(ctx, counter, qs, recs); err != nil {
		return nil, err
	}
	gen, err := askAll(ctx, o, asker, qs, recs)
	if err != nil {
		return nil, err
	}
	return buildReport(o, gen, recs), nil
}

// countFrequencies sets each answerable record's frequency: the largest
// passage count over its gold answers.
func countFrequencies(ctx context.Context, counter AnswerCounter, qs []Question, recs []Record) error {
	if counter == nil {
		return nil
	}
	for i, q := range qs {
		if !q.Answerable() {
			continue
		}
		best := 0
		for _, a := range q.Answers {
			n, err := counter.CountContaining(ctx, a)
			if err != nil {
				return fmt.Errorf("compare: count passages containing %q: %w", a, err)
			}
			best = max(best, n)
		}
		recs[i].Frequency = best
		recs[i].Bucket = BucketLabel(best)
	}
	return nil
}

type job struct{ qi, mi int }

// askAll runs the question × mode jobs on opts.Parallel workers and stores
// each result in its record; results land by index, so the report does not
// depend on scheduling. It returns the generator name the answers report.
func askAll(ctx context.Context, o Options, asker Asker, qs []Question, recs []Record) (string, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan job)
	results := make([][]*Result, len(qs))
	for i := range results {
		results[i] = make([]*Result, len(o.Modes))
	}
	var (
		mu   sync.Mutex
		done int
		gen  string
		wg   sync.WaitGroup
	)
	total := len(qs) * len(o.Modes)
	for range min(o.Parallel, max(total, 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				res, name := askOne(ctx, o, asker, qs[j.qi], o.Modes[j.mi])
				results[j.qi][j.mi] = res
				mu.Lock()
				done++
				if gen == "" {
					gen = name
				}
				if o.Progress != nil {
					o.Progress(done, total)
				}
				mu.Unlock()
			}
		}()
	}
	feed(ctx, jobs, len(qs), len(o.Modes))
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return "", fmt.Errorf("compare: run: %w", err)
	}
	for i := range recs {
		for mi, m := range o.Modes {
			recs[i].Results[m] = results[i][mi]
		}
	}
	return gen, nil
}

// feed sends the jobs question by question, each in every mode, and closes
// the channel; it stops early when ctx is done.
func feed(ctx context.Context, jobs chan<- job, nq, nm int) {
	defer close(jobs)
	for qi := range nq {
		for mi := range nm {
			select {
			case jobs <- job{qi, mi}:
			case <-ctx.Done():
				return
			}
		}
	}
}

func askOne(ctx context.Context, o Options, asker Asker, q Question, m generate.Mode) (*Result, string) {
	start := o.Now()
	a, err := asker.Ask(ctx, q.Question, m)
	wall := o.Now().Sub(start)
	if err != nil {
		return &Result{Error: err.Error(), Latency: wall}, ""
	}
	return scoreAnswer(q, a, wall), a.Generator
}

// buildReport computes every figure from the scored records.
func buildReport(o Options, gen string, recs []Record) *Report {
	r := &Report{
		Title:     o.Title,
		Generator: gen,
		Settings:  Settings{Modes: o.Modes, Limit: o.Limit, Parallel: o.Parallel, Seed: o.Seed, Ks: o.Ks, Filter: o.Filter},
		Questions: len(recs),
		Records:   recs,
	}
	if r.Title == "" {
		r.Title = "RAG against bare recall"
	}
	for i := range recs {
		if len(recs[i].Answers) > 0 {
			r.Answerable++
		} else {
			r.Unanswerable++
		}
		recs[i].Outcome = outcomeOf(recs[i])
	}
	for _, m := range o.Modes {
		r.Modes = append(r.Modes, summarize(recs, m, o.Ks))
	}
	r.Outcomes = countOutcomes(recs)
	r.Kinds = summarizeKinds(recs, o.Modes, o.Ks)
	r.Groups = summarizeGroups(recs, o.Modes, o.Ks, o.Group)
	r.Frequency = frequencyCurve(recs, o.Modes)
	return r
}
