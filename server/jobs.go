package server

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"sync"
	"time"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/ingest"
)

// Job states.
const (
	JobRunning   = "running"
	JobDone      = "done"
	JobFailed    = "failed"
	JobCancelled = "cancelled"
)

// keepJobs is how many finished jobs GET /api/ingest remembers.
const keepJobs = 32

// Job is an ingest run as GET /api/ingest/{id} reports it.
type Job struct {
	ID       string         `json:"id"`
	State    string         `json:"state"`
	Source   string         `json:"source"` // "folder" or "upload"
	Roots    []string       `json:"roots"`
	Uploaded []string       `json:"uploaded,omitempty"` // file names, for uploads
	Started  time.Time      `json:"started"`
	Finished *time.Time     `json:"finished,omitempty"`
	Progress Progress       `json:"progress"`
	Report   *ingest.Report `json:"report,omitempty"`
	Error    string         `json:"error,omitempty"`
	// Generator is the generator answering after the job ("" when it was
	// not replaced); GeneratorError says why retraining failed.
	Generator      string `json:"generator,omitempty"`
	GeneratorError string `json:"generator_error,omitempty"`
}

// Progress is a snapshot of a running ingest.
type Progress struct {
	Files      int     `json:"files"`
	FilesTotal int     `json:"files_total"`
	Bytes      int64   `json:"bytes"`
	BytesTotal int64   `json:"bytes_total"`
	ElapsedMS  float64 `json:"elapsed_ms"`
	Path       string  `json:"path,omitempty"`
	Phase      string  `json:"phase"` // "ingest", "train", "done"
}

// jobs runs one ingest at a time in the background.
type jobs struct {
	s      *Server
	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup

	mu     sync.Mutex
	list   []*Job // oldest first
	active *Job   // reserved or running
}

func newJobs(s *Server) *jobs {
	ctx, cancel := context.WithCancel(context.Background())
	return &jobs{s: s, ctx: ctx, cancel: cancel}
}

// reserve claims the single ingest slot for a new job.
func (j *jobs) reserve(source string) (*Job, error) {
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.active != nil {
		return nil, newError(errBusy, "server: ingest %s is running; try again when it is done", j.active.ID)
	}
	if j.ctx.Err() != nil {
		return nil, newError(errBusy, "server: shutting down")
	}
	job := &Job{ID: newJobID(), State: JobRunning, Source: source, Started: time.Now(), Progress: Progress{Phase: "ingest"}}
	j.active = job
	return job, nil
}

// release gives up a reservation that never started.
func (j *jobs) release(job *Job) {
	j.mu.Lock()
	if j.active == job {
		j.active = nil
	}
	j.mu.Unlock()
}

func newJobID() string {
	var b [8]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// start runs a reserved job on roots and returns its first snapshot.
func (j *jobs) start(job *Job, roots []string, force bool) Job {
	j.mu.Lock()
	job.Roots = roots
	j.list = append(j.list, job)
	if len(j.list) > keepJobs {
		j.list = j.list[len(j.list)-keepJobs:]
	}
	snap := j.snapshot(job)
	j.wg.Add(1)
	j.mu.Unlock()
	go j.run(job, roots, force)
	return snap
}

func (j *jobs) run(job *Job, roots []string, force bool) {
	defer j.wg.Done()
	s := j.s
	cfg := s.deps.Ingest
	cfg.FollowSymlinks = false // a link must not lead out of the allowed roots
	s.log.Info("server: ingest started", "job", job.ID, "roots", roots)
	// As the CLI's ingest: the note that a merge may be owed goes first,
	// so a job stopped half-way leaves it for the next ingest; and the
	// model retrains as soon as the files are stored, beside the merge
	// of the index that ends a bulk load (see lossy.Keeper.Start).
	var trained chan struct{}
	rep, err := ingest.RunLedgered(j.ctx, s.corpus, roots, cfg, ingest.Options{Force: force, Progress: func(p ingest.Progress) {
		j.update(job, func() { job.Progress = progressOf(p, "ingest") })
	}}, func(stored ingest.Report) {
		j.update(job, func() { job.Report, job.Progress.Phase = &stored, "train" })
		trained = make(chan struct{})
		go func() {
			defer close(trained)
			s.afterIngest(j.ctx, job, stored)
		}()
	})
	if trained != nil {
		<-trained
	}
	j.update(job, func() { job.Report, job.Progress.Phase = &rep, "train" })
	j.finish(job, err)
}

// afterIngest swaps in a retrained generator when the corpus changed (or
// there is none yet).
func (s *Server) afterIngest(ctx context.Context, job *Job, rep ingest.Report) {
	changed := rep.Changed() > 0
	if s.deps.AfterIngest == nil || (!changed && s.Generator() != nil) {
		return
	}
	g, err := s.deps.AfterIngest(ctx)
	s.jobs.update(job, func() {
		if err != nil {
			job.GeneratorError = err.Error()
			return
		}
		if g != nil {
			job.Generator = g.Name()
		}
	})
	if err != nil {
		s.log.Warn("server: retrain after ingest", "job", job.ID, "err", err)
		return
	}
	if g != nil {
		s.SetGenerator(g)
	}
}

func (j *jobs) finish(job *Job, err error) {
	now := time.Now()
	j.mu.Lock()
	job.Finished, job.Progress.Phase = &now, "done"
	switch {
	case err != nil && j.ctx.Err() != nil:
		job.State, job.Error = JobCancelled, err.Error()
	case err != nil:
		job.State, job.Error = JobFailed, err.Error()
	default:
		job.State = JobDone
	}
	if j.active == job {
		j.active = nil
	}
	files := map[string]int{}
	if rep := job.Report; rep != nil {
		files = map[string]int{"added": len(rep.Added), "updated": len(rep.Updated), "unchanged": len(rep.Unchanged),
			"removed": len(rep.Removed), "skipped": len(rep.Skipped), "failed": len(rep.Failed)}
	}
	state := job.State
	j.mu.Unlock()
	j.s.metrics.ingestDone(state, files)
	j.s.log.Info("server: ingest finished", "job", job.ID, "state", state, "err", err)
}

func progressOf(p ingest.Progress, phase string) Progress {
	return Progress{Files: p.Files, FilesTotal: p.FilesTotal, Bytes: p.Bytes, BytesTotal: p.BytesTotal,
		ElapsedMS: float64(p.Elapsed.Microseconds()) / 1000, Path: corpus.EscapePath(p.Path), Phase: phase}
}

func (j *jobs) update(job *Job, fn func()) {
	j.mu.Lock()
	fn()
	j.mu.Unlock()
}

// snapshot copies a job; j.mu must be held.
func (j *jobs) snapshot(job *Job) Job {
	c := *job
	c.Roots = append([]string(nil), job.Roots...)
	c.Uploaded = append([]string(nil), job.Uploaded...)
	if job.Report != nil {
		rep := *job.Report
		c.Report = &rep
	}
	return c
}

func (j *jobs) get(id string) (Job, bool) {
	j.mu.Lock()
	defer j.mu.Unlock()
	for _, job := range j.list {
		if job.ID == id {
			return j.snapshot(job), true
		}
	}
	return Job{}, false
}

func (j *jobs) all() []Job {
	j.mu.Lock()
	defer j.mu.Unlock()
	out := make([]Job, 0, len(j.list))
	for i := len(j.list) - 1; i >= 0; i-- {
		out = append(out, j.snapshot(j.list[i]))
	}
	return out
}

func (j *jobs) running() bool {
	j.mu.Lock()
	defer j.mu.Unlock()
	return j.active != nil
}

// stop cancels a running job and waits for it; later reservations fail.
func (j *jobs) stop() {
	j.cancel()
	j.wg.Wait()
}
