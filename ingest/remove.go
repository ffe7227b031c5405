package ingest

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
)

// ReasonNotSelected is the Kept reason of a stored document whose file is
// still on disk but was not reached by this run's walk for no reason it
// reported (its folder was left out, say).
const ReasonNotSelected = "not selected"

// Withheld is a root under which a run removed nothing though files are
// gone, because so many would go that a mistake is more likely than intent
// (an unmounted drive, a wrong path). Options.AllowMassDelete removes them.
type Withheld struct {
	Root   string   `json:"root"`
	Paths  []string `json:"paths"`  // the stored documents that were not removed
	Stored int      `json:"stored"` // the documents stored under Root
	Reason string   `json:"reason"`
}

// rootPlan is what the walk of one root found and what is stored under it.
type rootPlan struct {
	root   string          // absolute slash path
	stored map[string]bool // stored paths under root
	empty  bool            // the walk found nothing at all under it
}

// remove deletes the stored documents whose files are gone from disk.
// Documents whose files are still there but were not ingested this run
// (excluded, too large, empty, not text, ...) are kept and reported, unless
// Options.Prune; nothing under a folder that could not be read is touched;
// and a root that would lose more than half of its documents (all of them
// when it is empty) loses none unless Options.AllowMassDelete.
func (r *runner) remove(ctx context.Context) error {
	candidates := r.removalCandidates()
	held := r.withhold(candidates)
	for _, p := range candidates {
		if !held[p] {
			r.rep.Removed = append(r.rep.Removed, p)
		}
	}
	if len(r.rep.Removed) == 0 || r.opts.DryRun {
		return nil
	}
	sort.Strings(r.rep.Removed)
	if err := r.st.Delete(ctx, r.rep.Removed); err != nil {
		return fmt.Errorf("ingest: delete %d removed documents: %w", len(r.rep.Removed), err)
	}
	return nil
}

// removalCandidates returns, sorted, the stored paths this run did not
// keep whose files are gone (or, with Prune, that the walk left out), and
// records the others in the report as kept.
func (r *runner) removalCandidates() []string {
	reasons := map[string]Skip{}
	for _, s := range r.rep.Skipped {
		reasons[s.Path] = s
	}
	var out []string
	for p := range r.existing {
		if r.keep[p] || r.protected(p) {
			continue
		}
		if r.opts.Prune || fileGone(filepath.FromSlash(p)) && !underBrokenLink(reasons, p) {
			out = append(out, p)
			continue
		}
		r.rep.Kept = append(r.rep.Kept, keptReason(reasons, p))
	}
	sort.Strings(out)
	return out
}

// fileGone reports whether no file is at name any more: nothing there, or a
// folder in its place. Any other answer (a file that cannot be read, a path
// the system refuses) leaves the stored document alone.
func fileGone(name string) bool {
	info, err := os.Lstat(name)
	switch {
	case err == nil:
		return info.IsDir()
	case errors.Is(err, fs.ErrNotExist), errors.Is(err, syscall.ENOTDIR):
		return true
	}
	return false
}

// underBrokenLink reports whether a folder above p is a followed symlink
// this run found dangling or looping: the documents stored through it are
// kept, as a dangling link to a file is (its files are out of reach, as on
// a drive not mounted, rather than known to be gone).
func underBrokenLink(reasons map[string]Skip, p string) bool {
	for i := strings.LastIndexByte(p, '/'); i > 0; i = strings.LastIndexByte(p[:i], '/') {
		switch reasons[p[:i]].Reason {
		case ReasonDanglingSymlink, ReasonSymlinkLoop:
			return true
		}
	}
	return false
}

// keptReason is why the walk or the read left p out: its own skip (with
// its detail) or the reason of the nearest folder above it.
func keptReason(reasons map[string]Skip, p string) Skip {
	for q := p; ; {
		if s, ok := reasons[q]; ok && s.Reason != ReasonVanished {
			if q != p {
				s.Detail = ""
			}
			s.Path = p
			return s
		}
		i := strings.LastIndexByte(q, '/')
		if i <= 0 {
			return Skip{Path: p, Reason: ReasonNotSelected}
		}
		q = q[:i]
	}
}

// withhold returns the candidates under roots that would lose more than
// half of their stored documents, and reports those roots, unless
// AllowMassDelete.
func (r *runner) withhold(candidates []string) map[string]bool {
	held := map[string]bool{}
	if r.opts.AllowMassDelete {
		return held
	}
	for _, rp := range r.roots {
		var paths []string
		for _, p := range candidates {
			if rp.stored[p] {
				paths = append(paths, p)
			}
		}
		if len(paths) == 0 || 2*len(paths) <= len(rp.stored) {
			continue
		}
		reason := fmt.Sprintf("%d of its %d stored documents would be removed", len(paths), len(rp.stored))
		if rp.empty {
			reason = fmt.Sprintf("the folder is empty but %d documents are stored from it (a drive not mounted?)", len(rp.stored))
		}
		r.rep.Withheld = append(r.rep.Withheld, Withheld{Root: rp.root, Paths: paths, Stored: len(rp.stored), Reason: reason})
		for _, p := range paths {
			held[p] = true
		}
	}
	return held
}
