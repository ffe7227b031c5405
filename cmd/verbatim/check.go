package main

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"sort"

	"github.com/spf13/cobra"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/generate"
	"github.com/verbatim-rag/verbatim/generate/lossy"
	"github.com/verbatim-rag/verbatim/index"
)

// errCheckFailed is returned (for a non-zero exit) when problems remain.
var errCheckFailed = errors.New("check: problems remain")

type checkOptions struct {
	repair bool
	files  bool
	json   bool
}

func newCheckCmd(a *app) *cobra.Command {
	var o checkOptions
	cmd := &cobra.Command{
		Use:   "check",
		Short: "Verify the store, the index and (with --files) the files; --repair fixes what it can",
		Long: `Verifies that every document has its original bytes (SHA-256 unchanged), its
extracted text and its passages, that every passage is indexed exactly once
and nothing else is, that no blob, text, passage or path is left orphaned,
that no interrupted write is pending, and that the stored model decodes and
was trained on the store as it is (after rm or ingest with --no-train it is
reported stale until retrained).

It also runs bbolt's own page-level check of the store file. A store file
that is damaged (truncated, a page overwritten) fails every command with an
error naming it.

--repair rebuilds what derives from the store (the index, reference counts,
path entries, orphans, the model) and drops the documents whose own bytes are
damaged, naming them: run verbatim ingest on their folders to bring them back.
On a damaged store file it first copies every readable record into a fresh
file (the damaged one is kept beside it as verbatim.db.damaged-TIME, never
written), rebuilds the index, and lists the pages and documents lost.
--files also compares every document with its file on disk (informational).
Exits non-zero while problems remain.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return a.runCheck(cmd, o) },
	}
	fs := cmd.Flags()
	fs.BoolVar(&o.repair, "repair", false, "fix what can be fixed; drop (and name) documents that must be re-ingested")
	fs.BoolVar(&o.files, "files", false, "also compare every document with its file on disk")
	fs.BoolVar(&o.json, "json", false, "print the report as JSON")
	return cmd
}

// checkResult is the report of verbatim check.
type checkResult struct {
	DataDir string            `json:"data_dir"`
	Report  index.CheckReport `json:"report"`
	Model   string            `json:"model"` // "ok", "none" (or "none: N documents stored …"), "retrained", "stale: …" or the decode error
	// Damaged is the error of a damaged store file (the rest is empty).
	Damaged string `json:"damaged,omitempty"`
	// Salvage is what a repair of a damaged store file saved and lost.
	Salvage *index.SalvageReport `json:"salvage,omitempty"`
	// Reingest lists the documents lost with the damaged store file whose
	// paths are known: verbatim ingest restores them (and any other file
	// of the ingested folders whose record was lost).
	Reingest []string `json:"reingest,omitempty"`
	OK       bool     `json:"ok"`
}

func (a *app) runCheck(cmd *cobra.Command, o checkOptions) error {
	c, rep, salvage, err := a.checkCorpus(cmd, o)
	if errors.Is(err, index.ErrDamaged) && o.json {
		if jerr := writeJSON(a.out, checkResult{DataDir: a.cfg.DataDir, Damaged: err.Error()}); jerr != nil {
			return jerr
		}
	}
	if err != nil {
		return err
	}
	defer c.Close()
	res := checkResult{DataDir: a.cfg.DataDir, Report: rep, Salvage: salvage}
	if salvage != nil {
		res.Reingest = reingestPaths(rep)
	}
	modelOK := true
	res.Model, modelOK = checkModel(c)
	untrained := res.Model == "none" && rep.Documents > 0
	if untrained {
		// Not a fault (ingest --no-train, a chat model as generator), but
		// the built-in model cannot answer from these documents until one
		// is trained: an ingest killed before training leaves this too.
		res.Model = fmt.Sprintf("none: %d documents stored and no model trained on them (an ingest that ended before training, or --no-train): run `verbatim model --retrain` or `verbatim check --repair`", rep.Documents)
	}
	if (!modelOK || untrained) && o.repair {
		if err := a.trainAndStore(cmd.Context(), c); err != nil {
			return err
		}
		res.Model, modelOK = "retrained", true
	}
	res.OK = rep.OK() && modelOK
	if o.json {
		err = writeJSON(a.out, res.json())
	} else {
		writeCheckReport(a.out, res)
	}
	if err != nil {
		return err
	}
	if !res.OK {
		return fmt.Errorf("%w: %d (run verbatim check --repair)", errCheckFailed, len(rep.Remaining())+boolInt(!modelOK))
	}
	return nil
}

// json is the result as check --json writes it: paths escaped as in every
// JSON output (corpus.EscapePath; the report escapes its own).
func (r checkResult) json() checkResult {
	j := r
	if j.Report.Problems == nil {
		j.Report.Problems = []index.Problem{} // a list, never null, for clients that iterate it
	}
	j.Reingest = nil
	for _, p := range r.Reingest {
		j.Reingest = append(j.Reingest, corpus.EscapePath(p))
	}
	return j
}

// checkCorpus opens the corpus and checks it. With o.repair, a store file
// that is damaged (the open or the check says so) is salvaged first, and
// the salvaged corpus is repaired.
func (a *app) checkCorpus(cmd *cobra.Command, o checkOptions) (*index.Corpus, index.CheckReport, *index.SalvageReport, error) {
	opts := index.CheckOptions{Repair: o.repair, Files: o.files}
	// Without --repair the check reports an interrupted ingest's journal
	// rather than replaying it.
	c, err := a.openCorpusWith(index.Options{ReadOnly: !o.repair, NoReplay: true, AllowPending: true})
	var rep index.CheckReport
	if err == nil {
		if rep, err = c.Check(cmd.Context(), opts); err != nil {
			_ = c.Close()
		}
	}
	if err == nil || !o.repair || !errors.Is(err, index.ErrDamaged) {
		return c, rep, nil, err
	}
	fmt.Fprintf(a.out, "damaged  %v\n", err)
	salvage, err := index.Salvage(a.cfg.DataDir, index.Options{LockTimeout: lockTimeout})
	if err != nil {
		return nil, rep, nil, err
	}
	if c, err = a.openCorpus(false); err != nil {
		return nil, rep, &salvage, err
	}
	if rep, err = c.Check(cmd.Context(), opts); err != nil {
		_ = c.Close()
		return nil, rep, &salvage, err
	}
	return c, rep, &salvage, nil
}

// reingestPaths lists the documents a salvage and repair lost, for which
// an ingest restores: those dropped and those whose record was lost while
// their path entry was not.
func reingestPaths(rep index.CheckReport) []string {
	paths := append([]string(nil), rep.Dropped...)
	for _, p := range rep.Problems {
		if p.Kind == index.ProblemOrphanPath && p.Fixed && p.Path != "" {
			paths = append(paths, p.Path)
		}
	}
	sort.Strings(paths)
	return slices.Compact(paths)
}

// checkModel reports whether the stored model decodes and was trained on
// the store as it is now: after `rm --no-train` or `ingest --no-train` it
// still holds (and in bare mode recites) documents changed or removed
// since, so it is stale.
func checkModel(c *index.Corpus) (string, bool) {
	k := lossy.Keeper{Store: c}
	_, err := k.Load()
	switch {
	case errors.Is(err, generate.ErrNoModel):
		return "none", true
	case errors.Is(err, lossy.ErrCorrupt):
		return "does not decode: " + err.Error(), false
	case err != nil:
		return err.Error(), false
	}
	fresh, err := k.Fresh()
	if err != nil {
		return err.Error(), false
	}
	if !fresh {
		return "stale: trained before the store's last change (documents added, changed or removed since, e.g. with --no-train): run `verbatim model --retrain`", false
	}
	return "ok", true
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func writeCheckReport(w io.Writer, res checkResult) {
	rep := res.Report
	fmt.Fprintf(w, "%d documents, %d passages (%d indexed), %d blobs\n", rep.Documents, rep.Passages, rep.IndexedPassages, rep.Blobs)
	for _, p := range rep.Problems {
		status := "problem"
		switch {
		case p.Fixed && p.Kind.Unrepairable():
			status = "dropped"
		case p.Fixed:
			status = "fixed"
		}
		fmt.Fprintf(w, "%-8s %s\n", status, p)
	}
	if sv := res.Salvage; sv != nil {
		writeSalvage(w, *sv, res.Reingest)
	} else {
		for _, path := range rep.Dropped {
			fmt.Fprintf(w, "re-ingest %s (dropped: its stored bytes were damaged)\n", path)
		}
	}
	for _, n := range rep.Notes {
		fmt.Fprintf(w, "note     %s: %s", n.Kind, n.Path)
		if n.Detail != "" {
			fmt.Fprintf(w, " (%s)", n.Detail)
		}
		fmt.Fprintln(w)
	}
	if len(rep.Notes) > 0 {
		fmt.Fprintln(w, "run verbatim ingest to bring the store up to date with the files")
	}
	fmt.Fprintf(w, "model: %s\n", res.Model)
	if res.OK {
		fmt.Fprintln(w, "ok")
	}
}

// writeSalvage reports what a salvage of a damaged store file kept and lost.
func writeSalvage(w io.Writer, sv index.SalvageReport, reingest []string) {
	fmt.Fprintf(w, "salvaged the readable records into a fresh store file; the damaged file is kept at %s\n", sv.Damaged)
	names := make([]string, 0, len(sv.Records))
	for name := range sv.Records {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		fmt.Fprintf(w, "  %-9s %d records\n", name, sv.Records[name])
	}
	for _, l := range sv.Lost {
		fmt.Fprintf(w, "lost     %s\n", l)
	}
	if sv.FromPrevious > 0 {
		fmt.Fprintf(w, "found    %d of the lost records in the previous transaction's copy of the store\n", sv.FromPrevious)
	}
	for _, path := range reingest {
		fmt.Fprintf(w, "re-ingest %s (lost with the damaged store file)\n", path)
	}
	if len(sv.Lost) > 0 {
		fmt.Fprintln(w, "run verbatim ingest on the ingested folders to restore what was lost from the files on disk")
	}
}
