package main

import (
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/verbatim-rag/verbatim/bytesize"
	"github.com/verbatim-rag/verbatim/generate/lossy"
	"github.com/verbatim-rag/verbatim/ingest"
)

type ingestOptions struct {
	dryRun          bool
	noTrain         bool
	verbose         bool
	prune           bool
	allowMassDelete bool
	force           bool
}

func newIngestCmd(a *app) *cobra.Command {
	var o ingestOptions
	cmd := &cobra.Command{
		Use:   "ingest DIR [DIR...]",
		Short: "Store and index every supported file under the folders (incremental)",
		Long: `Walks each folder, keeps every supported file losslessly (original bytes,
extracted text, a map back to lines or pages), cuts it into passages and
indexes them. Re-running skips unchanged files, replaces changed ones and
removes the documents whose files are gone from disk. A file still on disk
that this run leaves out (excluded, too large, now empty or not text) keeps
its stored original unless --prune; a folder that would lose more than half
of its documents (all, when it is empty or not mounted) loses none unless
--allow-mass-delete. Afterwards the built-in model is retrained.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error { return a.runIngest(cmd, args, o) },
	}
	fs := cmd.Flags()
	fs.BoolVar(&o.dryRun, "dry-run", false, "print what would be added, updated and removed; change nothing")
	fs.BoolVar(&o.noTrain, "no-train", false, "do not retrain the built-in model after ingest")
	fs.BoolVarP(&o.verbose, "verbose", "v", false, "list every file in the summary")
	fs.BoolVar(&o.prune, "prune", false, "also remove stored documents whose files this run leaves out (excluded, too large, empty, not text)")
	fs.BoolVar(&o.allowMassDelete, "allow-mass-delete", false, "remove documents even when more than half of a folder's (or all) would go")
	fs.BoolVar(&o.force, "force", false, "re-extract every file, unchanged ones too (after an upgrade that reads a format better)")
	fs.StringSlice("include", nil, "only files matching these globs (config ingest.include)")
	fs.StringSlice("exclude", nil, "skip files matching these globs (config ingest.exclude)")
	fs.String("max-file-size", "", "skip files larger than this, e.g. 32MiB (config ingest.max_file_size)")
	fs.Int("workers", 0, "extraction workers (config ingest.workers)")
	fs.Bool("hidden", false, "include hidden files and folders (config ingest.hidden)")
	fs.Bool("follow-symlinks", false, "follow symbolic links: a link into the folder is skipped as an alias, a link out of it is stored under the link's path (config ingest.follow_symlinks)")
	bindKey(fs, "include", "ingest.include")
	bindKey(fs, "exclude", "ingest.exclude")
	bindKey(fs, "max-file-size", "ingest.max_file_size")
	bindKey(fs, "workers", "ingest.workers")
	bindKey(fs, "hidden", "ingest.hidden")
	bindKey(fs, "follow-symlinks", "ingest.follow_symlinks")
	return cmd
}

func (a *app) runIngest(cmd *cobra.Command, roots []string, o ingestOptions) error {
	if rc := a.remote(cmd.Context()); rc != nil {
		return a.errServed(strings.ReplaceAll(ingestThroughServer, "URL", rc.URL()))
	}
	c, err := a.openCorpus(false)
	if err != nil {
		return err
	}
	defer c.Close()
	pp := &progressPrinter{w: a.errOut, tty: isTerminal(cmd.ErrOrStderr())}
	opts := ingest.Options{DryRun: o.dryRun, Prune: o.prune, AllowMassDelete: o.allowMassDelete, Force: o.force, Progress: pp.update}
	var stream *lossy.Stream // the training text, tokenized while the ingest runs
	if !o.dryRun && !o.noTrain {
		stream = lossy.NewStream(a.cfg.Model)
		defer stream.Close()
		opts.Passages = stream.Add
	}
	// An ingest that was killed or failed before its end may have been a
	// bulk load that never merged: the note it left makes this one merge,
	// so that a resumed ingest scores as a fresh one (see index.OweCompact).
	// Into an empty index this is a bulk load, which ends merged into one
	// segment: bleve's merges until then are held back (RunLedgered).
	// The summary is written as soon as the files are stored: the merge
	// after a bulk load may take a while, or fail, and what was stored
	// stands either way. Training starts then too, beside the merge (see
	// lossy.Keeper.Start); the model is stored even when the merge fails.
	var (
		training *lossy.Retraining
		freshErr error
	)
	rep, err := ingest.RunLedgered(cmd.Context(), c, roots, a.ingestConfig(), opts, func(rep ingest.Report) {
		pp.finish()
		writeIngestSummary(a.out, rep, o)
		if o.dryRun || o.noTrain {
			return
		}
		has, err := a.keeper(c).Fresh()
		switch {
		case err != nil:
			freshErr = err
		case rep.Changed() > 0 || !has:
			training = a.keeper(c).Start(cmd.Context(), stream)
		}
	})
	pp.finish()
	if training != nil {
		r, terr := training.Wait()
		if terr = sayRetrained(a.out, r, terr); err == nil {
			err = terr
		}
	}
	if err == nil {
		err = freshErr
	}
	if err != nil {
		return err
	}
	return missingRoots(rep, roots)
}

// missingRoots is the error of an ingest that could not read a folder or
// file given on the command line (a typo, an unmounted drive): what could
// be read was ingested and nothing under it was removed, but a script or a
// cron job must not take the run for a success. A file failing inside a
// folder is only listed: real folders hold the odd malformed file.
func missingRoots(rep ingest.Report, roots []string) error {
	var missing []string
	for _, f := range rep.Failed {
		for _, r := range roots {
			if f.Path == filepath.ToSlash(r) {
				missing = append(missing, cleanText(f.Path))
				break
			}
		}
	}
	if len(missing) == 0 {
		return nil
	}
	return fmt.Errorf("ingest: could not read %s (listed under failed above); the rest was ingested", strings.Join(missing, ", "))
}

// ingestConfig is the configured ingest with the data folder left out of
// every walk.
func (a *app) ingestConfig() ingest.Config {
	cfg := a.cfg.Ingest
	cfg.SkipDirs = append(append([]string(nil), cfg.SkipDirs...), a.cfg.DataDir)
	return cfg
}

func writeIngestSummary(w io.Writer, rep ingest.Report, o ingestOptions) {
	verb := ""
	if o.dryRun {
		verb = "would be "
	}
	kept := ""
	if len(rep.Kept) > 0 {
		kept = fmt.Sprintf(", %d kept", len(rep.Kept))
	}
	fmt.Fprintf(w, "%d files (%s read) in %s: %d %sadded, %d %supdated, %d unchanged, %d %sremoved%s, %d skipped, %d failed\n",
		rep.Files, bytesize.Format(rep.Bytes), rep.Elapsed.Round(1e6), len(rep.Added), verb, len(rep.Updated), verb,
		len(rep.Unchanged), len(rep.Removed), verb, kept, len(rep.Skipped), len(rep.Failed))
	if o.dryRun || o.verbose {
		listPaths(w, "add", rep.Added)
		listPaths(w, "update", rep.Updated)
		listPaths(w, "remove", rep.Removed)
	}
	writeByReason(w, "skipped:", rep.Skipped, o.verbose)
	writeByReason(w, "kept in the store, though not ingested this run (`verbatim rm PATH` or `ingest --prune` removes them):", rep.Kept, o.verbose)
	for _, h := range rep.Withheld {
		fmt.Fprintf(w, "not removed: %s: %s; nothing under it was removed (run again with --allow-mass-delete to remove these %d documents)\n",
			cleanText(h.Root), h.Reason, len(h.Paths))
		if o.verbose {
			listPaths(w, "keep", h.Paths)
		}
	}
	for _, f := range rep.Failed {
		// The extractors' errors name their file ("ingest: PATH: …") for
		// a caller that has only the error; the line names it already.
		msg := strings.TrimPrefix(f.Err, "ingest: "+f.Path+": ")
		fmt.Fprintf(w, "failed: %s: %s\n", cleanText(f.Path), cleanText(msg))
	}
}

// writeByReason lists paths grouped by reason under a heading, at most five
// per reason unless verbose.
func writeByReason(w io.Writer, heading string, list []ingest.Skip, verbose bool) {
	if len(list) == 0 {
		return
	}
	fmt.Fprintln(w, heading)
	reasons := map[string][]string{}
	for _, s := range list {
		p := cleanText(s.Path)
		if s.Detail != "" {
			p += " (" + cleanText(s.Detail) + ")"
		}
		reasons[s.Reason] = append(reasons[s.Reason], p)
	}
	keys := make([]string, 0, len(reasons))
	for k := range reasons {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		paths := reasons[k]
		if !verbose && len(paths) > 5 {
			paths = append(paths[:5:5], fmt.Sprintf("… and %d more", len(reasons[k])-5))
		}
		fmt.Fprintf(w, "  %s: %s\n", k, strings.Join(paths, ", "))
	}
}

func listPaths(w io.Writer, label string, paths []string) {
	for _, p := range paths {
		fmt.Fprintf(w, "  %-6s %s\n", label, cleanText(p))
	}
}
