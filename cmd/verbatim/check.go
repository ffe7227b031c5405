package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/spf13/cobra"

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
that no interrupted write is pending, and that the stored model decodes.

--repair rebuilds what derives from the store (the index, reference counts,
path entries, orphans, the model) and drops the documents whose own bytes are
damaged, naming them: run verbatim ingest on their folders to bring them back.
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
	Model   string            `json:"model"` // "ok", "none", "retrained" or the decode error
	OK      bool              `json:"ok"`
}

func (a *app) runCheck(cmd *cobra.Command, o checkOptions) error {
	c, err := a.openCorpus(!o.repair)
	if err != nil {
		return err
	}
	defer c.Close()
	rep, err := c.Check(cmd.Context(), index.CheckOptions{Repair: o.repair, Files: o.files})
	if err != nil {
		return err
	}
	res := checkResult{DataDir: a.cfg.DataDir, Report: rep}
	modelOK := true
	if res.Model, modelOK = checkModel(c); !modelOK && o.repair {
		if err := a.trainAndStore(cmd.Context(), c); err != nil {
			return err
		}
		res.Model, modelOK = "retrained", true
	}
	res.OK = rep.OK() && modelOK
	if o.json {
		err = writeJSON(a.out, res)
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

// checkModel reports whether the stored model decodes.
func checkModel(c *index.Corpus) (string, bool) {
	b, err := c.GetMeta(modelKey)
	switch {
	case errors.Is(err, index.ErrNotFound) || (err == nil && len(b) == 0):
		return "none", true
	case err != nil:
		return err.Error(), false
	}
	if _, err := lossy.Unmarshal(b); err != nil {
		return "does not decode: " + err.Error(), false
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
	for _, path := range rep.Dropped {
		fmt.Fprintf(w, "re-ingest %s (dropped: its stored bytes were damaged)\n", path)
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
