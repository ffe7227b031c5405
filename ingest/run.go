package ingest

import (
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/verbatim-rag/verbatim/corpus"
)

// progressEvery is the least time between two Progress calls.
const progressEvery = 100 * time.Millisecond

// Run ingests the roots into st: it walks them, reads and hashes the files
// that may have changed, extracts and chunks them on cfg.Workers goroutines,
// writes the entries in batches and removes stored documents under the
// roots whose files are gone (see Options.Prune and Options.AllowMassDelete
// for what else is, and is not, removed). A file that fails is reported and never stops
// the run; an error of the store (or of ctx) stops it and is returned with
// the report so far.
func Run(ctx context.Context, st Store, roots []string, cfg Config, opts Options) (Report, error) {
	if err := cfg.Validate(); err != nil {
		return Report{}, err
	}
	cfg = cfg.withDefaults()
	if opts.Now == nil {
		opts.Now = time.Now
	}
	r := &runner{st: st, cfg: cfg, opts: opts, start: opts.Now(), keep: map[string]bool{}}
	r.rep.DryRun = opts.DryRun
	err := r.run(ctx, roots)
	r.rep.Elapsed = opts.Now().Sub(r.start)
	r.rep.sort()
	return r.rep, err
}

// runner holds the state of one Run.
type runner struct {
	st       Store
	cfg      Config
	opts     Options
	start    time.Time
	rep      Report
	jobs     []job
	existing map[string]corpus.Document
	keep     map[string]bool   // stored paths that stay
	touched  []corpus.Document // unchanged documents whose file has a new time
	protect  []string          // slash prefixes under which nothing is removed
	roots    []rootPlan
	lastProg time.Time
	prog     Progress
}

func (r *runner) run(ctx context.Context, roots []string) error {
	abs, err := cleanRoots(roots)
	if err != nil {
		return err
	}
	abs, aliases := dropAliasRoots(abs)
	if err := r.keepAliasRoots(aliases); err != nil {
		return err
	}
	if err := r.plan(abs); err != nil {
		return err
	}
	if r.opts.afterWalk != nil {
		r.opts.afterWalk()
	}
	if err := r.process(ctx); err != nil {
		return err
	}
	if err := r.touch(ctx); err != nil {
		return err
	}
	return r.remove(ctx)
}

// cleanRoots makes the roots absolute, clean and unique.
func cleanRoots(roots []string) ([]string, error) {
	var out []string
	seen := map[string]bool{}
	for _, root := range roots {
		abs, err := filepath.Abs(root)
		if err != nil {
			return nil, fmt.Errorf("ingest: root %s: %w", root, err)
		}
		if !seen[abs] {
			seen[abs] = true
			out = append(out, abs)
		}
	}
	return out, nil
}

// plan walks every root, loads its stored documents and queues the files
// that need reading; files whose size and time are unchanged are kept.
func (r *runner) plan(roots []string) error {
	if r.existing == nil {
		r.existing = map[string]corpus.Document{}
	}
	queued := map[string]bool{}
	skipped := map[string]bool{} // a root inside another walks its files twice
	for _, root := range roots {
		slashRoot := filepath.ToSlash(root)
		docs, err := r.st.Documents(slashRoot)
		if err != nil {
			return fmt.Errorf("ingest: list stored documents under %s: %w", slashRoot, err)
		}
		wr, err := Walk(root, r.walkConfig(roots))
		if err != nil {
			if len(docs) > 0 {
				err = fmt.Errorf("%w (the %d documents stored from it are kept)", err, len(docs))
			}
			r.rep.Failed = append(r.rep.Failed, Failure{Path: slashRoot, Err: err.Error()})
			r.protect = append(r.protect, slashRoot)
			continue
		}
		rp := rootPlan{root: slashRoot, stored: map[string]bool{}, empty: len(wr.Files)+len(wr.Skipped) == 0}
		for p, d := range docs {
			r.existing[p] = d
			rp.stored[p] = true
		}
		r.roots = append(r.roots, rp)
		explainUnsupported(wr.Skipped, func(p string) bool { return rp.stored[p] })
		for _, s := range wr.Skipped {
			if !skipped[s.Path] {
				skipped[s.Path] = true
				r.rep.Skipped = append(r.rep.Skipped, s)
			}
		}
		for _, dir := range wr.Unreadable {
			r.protect = append(r.protect, filepath.ToSlash(dir))
		}
		for _, f := range wr.Files {
			p := filepath.ToSlash(f.Path)
			if !queued[p] {
				queued[p] = true
				r.queue(job{file: f, path: p, root: slashRoot})
			}
		}
	}
	return nil
}

// queue keeps a file whose stored size and time match, else queues it.
func (r *runner) queue(j job) {
	r.rep.Files++
	if old, ok := r.existing[j.path]; ok {
		j.old = &old
		if !r.opts.Force && old.Size == j.file.Size && old.ModTime.Equal(j.file.ModTime) && !defaultRegistry.Outdated(old) {
			r.rep.Unchanged = append(r.rep.Unchanged, j.path)
			r.keep[j.path] = true
			return
		}
	}
	j.seq = len(r.jobs)
	r.jobs = append(r.jobs, j)
	r.prog.FilesTotal++
	r.prog.BytesTotal += j.file.Size
}

// process runs the worker pool and writes its entries in batches.
func (r *runner) process(ctx context.Context) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	results := r.startWorkers(ctx)
	w := &batchWriter{st: r.st, cfg: r.cfg, dry: r.opts.DryRun}
	var hand *handover
	if !r.opts.DryRun {
		hand = newHandover(r.opts.Passages)
	}
	var werr error
	for res := range results {
		r.record(res)
		stored := false
		if werr == nil && (res.outcome == outAdded || res.outcome == outUpdated) {
			if werr = w.add(ctx, res.entry); werr != nil {
				cancel()
			} else {
				stored = true
			}
		}
		hand.done(res, stored)
		r.progress(false)
	}
	if werr == nil {
		werr = w.finish(ctx)
	} else {
		_ = w.wait() // its error, if any, is one more of the same failure
	}
	r.progress(true)
	if werr != nil {
		return werr
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("ingest: %w", err)
	}
	return nil
}

// startWorkers feeds the jobs to cfg.Workers goroutines and returns the
// channel of their results, closed when all are done.
func (r *runner) startWorkers(ctx context.Context) <-chan result {
	jobs := make(chan job)
	results := make(chan result, r.cfg.Workers)
	go func() {
		defer close(jobs)
		for _, j := range r.jobs {
			select {
			case jobs <- j:
			case <-ctx.Done():
				return
			}
		}
	}()
	p := &processor{cfg: r.cfg, force: r.opts.Force, now: r.opts.Now}
	var wg sync.WaitGroup
	for range r.cfg.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- p.process(j)
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	return results
}

// record adds a result to the report.
func (r *runner) record(res result) {
	r.rep.Bytes += res.bytes
	r.prog.Files++
	r.prog.Bytes += res.file.Size
	r.prog.Path = res.path
	switch res.outcome {
	case outAdded:
		r.rep.Added = append(r.rep.Added, res.path)
		r.rep.Passages += int64(len(res.entry.Passages))
	case outUpdated:
		r.rep.Updated = append(r.rep.Updated, res.path)
		r.rep.Passages += int64(len(res.entry.Passages))
	case outUnchanged:
		r.rep.Unchanged = append(r.rep.Unchanged, res.path)
		if d := *res.old; !d.ModTime.Equal(res.file.ModTime) {
			d.ModTime = res.file.ModTime
			r.touched = append(r.touched, d)
		}
	case outSkipped:
		r.rep.Skipped = append(r.rep.Skipped, Skip{Path: res.path, Reason: res.reason, Detail: res.detail})
		return
	case outFailed:
		r.rep.Failed = append(r.rep.Failed, Failure{Path: res.path, Err: res.err.Error()})
	}
	r.keep[res.path] = true
}

// touch records the new times of unchanged files, so that the next run
// does not read them again (when the store is a Toucher).
func (r *runner) touch(ctx context.Context) error {
	t, ok := r.st.(Toucher)
	if !ok || r.opts.DryRun || len(r.touched) == 0 {
		return nil
	}
	if err := t.Touch(ctx, r.touched); err != nil {
		return fmt.Errorf("ingest: record the times of %d unchanged files: %w", len(r.touched), err)
	}
	return nil
}

// progress reports progress, at most every progressEvery unless final.
func (r *runner) progress(final bool) {
	if r.opts.Progress == nil {
		return
	}
	now := time.Now()
	if !final && now.Sub(r.lastProg) < progressEvery {
		return
	}
	r.lastProg = now
	r.prog.Elapsed = r.opts.Now().Sub(r.start)
	r.opts.Progress(r.prog)
}

func (r *runner) protected(p string) bool {
	for _, dir := range r.protect {
		if p == dir || strings.HasPrefix(p, strings.TrimSuffix(dir, "/")+"/") {
			return true
		}
	}
	return false
}

// batchWriter groups entries into Put calls. With an AsyncStore the
// store transaction of a batch runs on a goroutine of its own (one at a
// time), so that Run keeps taking the workers' results, and the workers
// keep extracting, while a batch is stored and the one before is indexed.
type batchWriter struct {
	st    Store
	cfg   Config
	dry   bool
	batch []corpus.Entry
	bytes int64
	// writing delivers the outcome of the PutAsync running in the
	// background; nil when none runs.
	writing chan error
}

func (w *batchWriter) add(ctx context.Context, e corpus.Entry) error {
	w.batch = append(w.batch, e)
	w.bytes += int64(len(e.Original) + len(e.Extraction.Text))
	if len(w.batch) >= w.cfg.BatchFiles || w.bytes >= w.cfg.BatchBytes {
		return w.flush(ctx)
	}
	return nil
}

// flush hands the batch to the store: to PutAsync in the background once
// the previous one returned (whose error it returns), else to Put.
func (w *batchWriter) flush(ctx context.Context) error {
	batch := w.batch
	w.batch, w.bytes = nil, 0
	if len(batch) == 0 || w.dry {
		return nil
	}
	as, ok := w.st.(AsyncStore)
	if !ok {
		return storeErr(len(batch), w.st.Put(ctx, batch))
	}
	if err := w.wait(); err != nil {
		return err
	}
	done := make(chan error, 1)
	w.writing = done
	go func() { done <- storeErr(len(batch), as.PutAsync(ctx, batch)) }()
	return nil
}

// wait waits for the batch being stored in the background, if any, and
// returns its error.
func (w *batchWriter) wait() error {
	if w.writing == nil {
		return nil
	}
	err := <-w.writing
	w.writing = nil
	return err
}

func storeErr(n int, err error) error {
	if err != nil {
		return fmt.Errorf("ingest: store %d documents: %w", n, err)
	}
	return nil
}

// finish writes the last batch and waits for the store's indexing.
func (w *batchWriter) finish(ctx context.Context) error {
	if err := w.flush(ctx); err != nil {
		return err
	}
	if err := w.wait(); err != nil {
		return err
	}
	if as, ok := w.st.(AsyncStore); ok && !w.dry {
		if err := as.Flush(ctx); err != nil {
			return fmt.Errorf("ingest: index stored documents: %w", err)
		}
	}
	return nil
}

// sort orders every list of the report by path.
func (rep *Report) sort() {
	for _, l := range [][]string{rep.Added, rep.Updated, rep.Unchanged, rep.Removed} {
		sort.Strings(l)
	}
	sort.SliceStable(rep.Skipped, func(i, j int) bool { return rep.Skipped[i].Path < rep.Skipped[j].Path })
	sort.SliceStable(rep.Failed, func(i, j int) bool { return rep.Failed[i].Path < rep.Failed[j].Path })
	sort.SliceStable(rep.Kept, func(i, j int) bool { return rep.Kept[i].Path < rep.Kept[j].Path })
}
