package index

import (
	"context"
	"errors"
	"fmt"
	"sort"
)

// CheckOptions tune Check.
type CheckOptions struct {
	// Repair fixes what can be fixed from the store (see ProblemKind) and
	// drops the documents that cannot be, so that the next ingest adds them
	// again. It needs a writable corpus.
	Repair bool
	// Files also compares every document with its file on disk; what it
	// finds is reported as Notes, not as corruption.
	Files bool
}

// ProblemKind names an inconsistency Check finds. The store is the source
// of truth: what derives from it (the bleve index, reference counts, path
// entries) is rebuilt by a repair, while a document whose own bytes are
// damaged cannot be rebuilt from the store and is dropped by a repair.
type ProblemKind string

// Problems repaired from the store.
const (
	ProblemJournal       ProblemKind = "pending journal"       // bleve work left by an interrupted write
	ProblemPathMissing   ProblemKind = "path entry missing"    // a document its path does not lead to
	ProblemOrphanPath    ProblemKind = "orphan path entry"     // a path leading to no document (or another)
	ProblemIDMissing     ProblemKind = "id entry missing"      // a document its id does not lead to
	ProblemOrphanID      ProblemKind = "orphan id entry"       // an id leading to no document (or another)
	ProblemOrphanBlob    ProblemKind = "orphan blob"           // original bytes no document references
	ProblemRefCount      ProblemKind = "wrong reference count" // a blob's reference count is off
	ProblemOrphanText    ProblemKind = "orphan text"           // extracted text of no document
	ProblemOrphanPassage ProblemKind = "orphan passage"        // passage record of no document
	ProblemNotIndexed    ProblemKind = "passage not indexed"   // a stored passage bleve does not hold
	ProblemOrphanEntry   ProblemKind = "orphan index entry"    // a bleve entry with no stored passage
	ProblemIndexedTwice  ProblemKind = "passage indexed twice" // an id bleve holds more than once
	ProblemCountMismatch ProblemKind = "index count mismatch"  // bleve's count differs from its ids
)

// Problems that damage a document beyond repair; Repair drops the document.
const (
	ProblemBadDocument    ProblemKind = "bad document record" // undecodable, or id not DocID(path)
	ProblemBlobMissing    ProblemKind = "blob missing"        // the original bytes are gone
	ProblemBlobCorrupt    ProblemKind = "blob hash mismatch"  // the original bytes changed
	ProblemTextMissing    ProblemKind = "text missing"        // the extracted text is gone
	ProblemTextCorrupt    ProblemKind = "text corrupt"        // undecodable, or not TextLen bytes
	ProblemPassageMissing ProblemKind = "passage missing"     // fewer passage records than Passages
	ProblemPassageCorrupt ProblemKind = "passage corrupt"     // undecodable, outside the text, wrong ord
)

// Unrepairable reports whether a repair has to drop the affected document.
func (k ProblemKind) Unrepairable() bool {
	switch k {
	case ProblemBadDocument, ProblemBlobMissing, ProblemBlobCorrupt, ProblemTextMissing,
		ProblemTextCorrupt, ProblemPassageMissing, ProblemPassageCorrupt:
		return true
	}
	return false
}

// Problem is one inconsistency, with what it affects.
type Problem struct {
	Kind    ProblemKind `json:"kind"`
	Path    string      `json:"path,omitempty"`    // document path, when known
	DocID   string      `json:"doc_id,omitempty"`  // document id, when known
	Passage string      `json:"passage,omitempty"` // passage id
	Blob    string      `json:"blob,omitempty"`    // blob hash
	Detail  string      `json:"detail,omitempty"`
	// Fixed is set by a repair after which the problem is gone. For an
	// unrepairable kind it means the document was dropped: ingest its file
	// again to restore it.
	Fixed bool `json:"fixed"`
}

func (p Problem) String() string {
	s := string(p.Kind)
	for _, part := range []struct{ name, v string }{
		{"path", p.Path}, {"doc", p.DocID}, {"passage", p.Passage}, {"blob", p.Blob},
	} {
		if part.v != "" {
			s += fmt.Sprintf(" %s=%s", part.name, part.v)
		}
	}
	if p.Detail != "" {
		s += ": " + p.Detail
	}
	return s
}

// key identifies a problem across two scans.
func (p Problem) key() string {
	return string(p.Kind) + "\x00" + p.DocID + "\x00" + p.Path + "\x00" + p.Passage + "\x00" + p.Blob
}

// NoteKind names what CheckOptions.Files finds about a document's file.
type NoteKind string

// Notes on files; they describe the folder, not damage to the corpus.
const (
	NoteChanged    NoteKind = "changed on disk since ingest"
	NoteMissing    NoteKind = "missing on disk"
	NoteUnreadable NoteKind = "unreadable on disk"
)

// Note is what CheckOptions.Files found about one document's file.
type Note struct {
	Kind   NoteKind `json:"kind"`
	Path   string   `json:"path"`
	Detail string   `json:"detail,omitempty"`
}

// CheckReport is the outcome of Check. The counts describe the corpus as
// it is when Check returns (after a repair, the repaired corpus).
type CheckReport struct {
	Documents       int       `json:"documents"`
	Passages        int       `json:"passages"`         // passage records in the store
	IndexedPassages uint64    `json:"indexed_passages"` // bleve's document count
	Blobs           int       `json:"blobs"`
	Problems        []Problem `json:"problems"`
	Notes           []Note    `json:"notes,omitempty"`
	// Dropped lists the paths of documents a repair removed because they
	// could not be rebuilt from the store; ingest them again.
	Dropped  []string `json:"dropped,omitempty"`
	Repaired bool     `json:"repaired"`
}

// Remaining returns the problems a repair did not fix (all of them when no
// repair ran).
func (r CheckReport) Remaining() []Problem {
	var out []Problem
	for _, p := range r.Problems {
		if !p.Fixed {
			out = append(out, p)
		}
	}
	return out
}

// OK reports whether no problem remains.
func (r CheckReport) OK() bool { return len(r.Remaining()) == 0 }

// Check verifies the corpus: every document record against its path entry,
// blob (present, SHA-256 equal to Document.Hash, reference count), text
// (present, TextLen bytes) and passage records (Passages of them, inside the
// text); every passage indexed in bleve exactly once and nothing else
// indexed; no orphan blob, text, passage or path; no pending journal. With
// opts.Repair it then fixes what it found (see ProblemKind) and checks
// again; a problem still present after the repair stays unfixed. Writes
// wait while Check runs. After Close it fails with ErrClosed.
func (c *Corpus) Check(ctx context.Context, opts CheckOptions) (CheckReport, error) {
	if opts.Repair && c.opts.ReadOnly {
		return CheckReport{}, ErrReadOnly
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	// Settle background indexing first; a failed batch leaves its journal
	// records, which the scan reports (and a repair replays).
	if err := c.settleLocked(ctx, true); err != nil {
		return CheckReport{}, err
	}
	if err := c.flushLocked(); err != nil {
		return CheckReport{}, err
	}
	s, err := c.scan(ctx)
	if errors.Is(err, ErrBrokenIndex) && opts.Repair {
		if err := c.rebuildBrokenBleve(ctx); err != nil {
			return CheckReport{}, err
		}
		s, err = c.scan(ctx)
	}
	if err != nil {
		return CheckReport{}, err
	}
	rep := s.rep
	if opts.Repair && len(rep.Problems) > 0 {
		if rep, err = c.repairAndRescan(ctx, s); err != nil {
			return rep, err
		}
	}
	if opts.Files {
		if rep.Notes, err = c.checkFiles(ctx); err != nil {
			return rep, err
		}
	}
	return rep, nil
}

// repairAndRescan repairs what s found, scans again and marks the problems
// that are gone as fixed.
func (c *Corpus) repairAndRescan(ctx context.Context, s *scan) (CheckReport, error) {
	rep := s.rep
	dropped, err := c.repair(ctx, s)
	if err != nil {
		return rep, err
	}
	after, err := c.scan(ctx)
	if err != nil {
		return rep, err
	}
	left := map[string]bool{}
	for _, p := range after.rep.Problems {
		left[p.key()] = true
	}
	out := after.rep
	out.Problems = nil
	for _, p := range rep.Problems {
		p.Fixed = !left[p.key()]
		delete(left, p.key())
		out.Problems = append(out.Problems, p)
	}
	for _, p := range after.rep.Problems {
		if left[p.key()] { // new since the first scan
			out.Problems = append(out.Problems, p)
		}
	}
	sort.Strings(dropped)
	out.Dropped, out.Repaired = dropped, true
	return out, nil
}
