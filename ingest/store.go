package ingest

import (
	"context"
	"time"

	"github.com/verbatim-rag/verbatim/corpus"
)

// Store is where Run keeps what it ingests; package index implements it.
type Store interface {
	// Documents returns the stored documents whose Path is under root (a
	// cleaned absolute slash path), keyed by Path.
	Documents(root string) (map[string]corpus.Document, error)
	// Put stores entries atomically per call (replacing documents with the
	// same Path).
	Put(ctx context.Context, entries []corpus.Entry) error
	// Delete removes the documents with these paths, their passages and
	// unreferenced blobs.
	Delete(ctx context.Context, paths []string) error
}

// AsyncStore is a Store that can index in the background; Run uses it when
// the Store has it (package index does), so that the indexing of one batch
// overlaps the storing of the next.
type AsyncStore interface {
	Store
	// PutAsync stores entries like Put; their indexing may finish after
	// it returns, and an error of it may be returned by a later call.
	PutAsync(ctx context.Context, entries []corpus.Entry) error
	// Flush waits for the indexing of every entry put so far.
	Flush(ctx context.Context) error
}

// Toucher is a Store that can record a new modification time of unchanged
// documents without rewriting them; Run uses it when the Store has it
// (package index does), so that a file whose time changed but whose bytes
// did not is read and hashed once, not on every run.
type Toucher interface {
	// Touch sets the ModTime of the stored documents with these paths to
	// theirs, for those whose stored Hash equals theirs; others are left.
	Touch(ctx context.Context, docs []corpus.Document) error
}

// Options tune one Run.
type Options struct {
	// DryRun computes and reports the plan (reading, hashing and extracting
	// every changed file) without calling Put or Delete.
	DryRun bool
	// Prune removes the stored documents that the walk no longer selects
	// (excluded, too large, empty, not text, ...) besides those whose files
	// are gone; without it they are kept and reported in Report.Kept.
	Prune bool
	// AllowMassDelete removes documents even under a root that would lose
	// more than half of them (all, when the folder is empty); without it
	// such a root loses none and is reported in Report.Withheld.
	AllowMassDelete bool
	// Force re-extracts files whose size, time and hash are unchanged, as
	// needed after an upgrade of the extractors or a new chunk config.
	Force bool
	// Progress, when set, is called from Run's goroutine at most about ten
	// times a second while files are processed, and once at the end.
	Progress func(Progress)
	// Passages, when set, is called from Run's goroutine with the path and
	// passages of each document handed to the store (added or updated),
	// in the order the walk found the files (path order within a root);
	// never in a dry run. A training stream (lossy.Stream.Add) tokenizes
	// them while the ingest goes on.
	Passages func(path string, ps []corpus.Passage)
	// Now is the clock (time.Now when nil).
	Now func() time.Time

	// afterWalk, when set, runs between the walk and the reading of the
	// files (tests change the folder there).
	afterWalk func()
}

// Progress is a snapshot of a running ingest. The totals count the files
// that need reading, known once the walk is done.
type Progress struct {
	Files      int
	FilesTotal int
	Bytes      int64
	BytesTotal int64
	Elapsed    time.Duration
	Path       string // the file finished last
}

// Failure is a file that could not be read or extracted.
type Failure struct {
	Path string `json:"path"`
	Err  string `json:"err"`
}

// Report is the outcome of a Run; every list is sorted by path.
type Report struct {
	DryRun    bool      `json:"dry_run,omitempty"`
	Added     []string  `json:"added"`
	Updated   []string  `json:"updated"`
	Unchanged []string  `json:"unchanged"`
	Removed   []string  `json:"removed"`
	Skipped   []Skip    `json:"skipped"`
	Failed    []Failure `json:"failed"`
	// Kept lists stored documents whose files are still on disk but were
	// not ingested this run (excluded, too large, empty, ...): their stored
	// originals stay, with the reason (Options.Prune removes them).
	Kept []Skip `json:"kept"`
	// Withheld lists roots under which nothing was removed although files
	// are gone, and why (Options.AllowMassDelete removes them).
	Withheld []Withheld `json:"withheld"`
	// Files is the number of files the walk selected, Bytes the bytes
	// read this run, Passages the passages of added and updated files.
	Files    int64         `json:"files"`
	Bytes    int64         `json:"bytes"`
	Passages int64         `json:"passages"`
	Elapsed  time.Duration `json:"elapsed"`
}

// Changed is the number of documents the run added, updated or removed.
func (r Report) Changed() int { return len(r.Added) + len(r.Updated) + len(r.Removed) }

// Ledger is a Store that keeps an ingest's bookkeeping around its writes
// (*index.Corpus): a note that a merge may be owed, taken before the
// first write, and a hold on merges while a bulk load fills an empty
// index, both settled at the end.
type Ledger interface {
	Store
	// BeginIngest notes that a merge may be owed and reports whether an
	// earlier ingest left that note.
	BeginIngest() (owed bool, err error)
	// HoldMerges holds merges back when the index is empty.
	HoldMerges() (held bool, err error)
	// ReleaseMerges ends the hold without merging (nothing without one).
	ReleaseMerges()
	// EndIngest ends the hold and merges (a bulk load, or a merge owed)
	// or settles the note.
	EndIngest(ctx context.Context, owed bool, changed, unchanged int) error
}

// RunLedgered is Run as one ingest of a Ledger: BeginIngest before it,
// merges held while it fills an empty index, EndIngest after it with the
// count of documents it changed and left alone. stored, when not nil, is
// handed the report as soon as the files are stored, before EndIngest's
// merge (which may take a while, or fail: the report stands either way).
// A run that fails or is stopped releases the hold and leaves the note
// for the next ingest, which merges then: a server that keeps the store
// open goes on merging its segments meanwhile. A dry run writes nothing
// and is Run alone. The CLI's ingest, the server's ingest jobs and the
// benchmark harness all ingest this way, so a store scores alike
// whichever built it.
func RunLedgered(ctx context.Context, st Ledger, roots []string, cfg Config, opts Options, stored func(Report)) (Report, error) {
	if opts.DryRun {
		rep, err := Run(ctx, st, roots, cfg, opts)
		if err == nil && stored != nil {
			stored(rep)
		}
		return rep, err
	}
	owed, err := st.BeginIngest()
	if err != nil {
		return Report{}, err
	}
	if _, err := st.HoldMerges(); err != nil {
		return Report{}, err
	}
	rep, err := Run(ctx, st, roots, cfg, opts)
	if err != nil {
		st.ReleaseMerges()
		return rep, err
	}
	if stored != nil {
		stored(rep)
	}
	return rep, st.EndIngest(ctx, owed, rep.Changed(), len(rep.Unchanged))
}
