package main

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/index"
)

type rmOptions struct {
	dryRun  bool
	noTrain bool
}

func newRmCmd(a *app) *cobra.Command {
	var o rmOptions
	cmd := &cobra.Command{
		Use:   "rm PATH [PATH...]",
		Short: "Remove stored documents: a file, or everything stored under a folder",
		Long: `Removes from the store the documents stored for each PATH (a file) or under
it (a folder), whether or not the files are still on disk: their original
bytes, text, passages and index entries. Nothing on disk is touched. This is
how a document that ingest keeps (excluded, too large, a folder that is
gone) leaves the store. Afterwards the built-in model is retrained.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error { return a.runRm(cmd, args, o) },
	}
	fs := cmd.Flags()
	fs.BoolVar(&o.dryRun, "dry-run", false, "print what would be removed; change nothing")
	fs.BoolVar(&o.noTrain, "no-train", false, "do not retrain the built-in model afterwards")
	return cmd
}

func (a *app) runRm(cmd *cobra.Command, args []string, o rmOptions) error {
	for _, arg := range args {
		if strings.TrimSpace(arg) == "" {
			// filepath.Abs("") is the working folder: an unset shell
			// variable ("$FILE") would remove everything stored under it.
			return fmt.Errorf("rm: an empty path would remove everything stored under the working folder; give \".\" to mean that (nothing removed)")
		}
	}
	c, err := a.openCorpus(false)
	if err != nil {
		return err
	}
	defer c.Close()
	var paths []string
	seen := map[string]bool{}
	for _, arg := range args {
		abs, docs, err := storedUnder(c, arg)
		if err != nil {
			return err
		}
		if len(docs) == 0 {
			if ref, err := corpus.ParseRef(arg); err == nil && ref.Kind != corpus.RefFile && ref.Kind != corpus.RefPassage {
				if file, fdocs, err := storedUnder(c, ref.Path); err == nil && len(fdocs) > 0 {
					return fmt.Errorf("rm: %s is a citation: rm takes a file or folder, here %s (nothing removed)", cleanText(arg), cleanText(file))
				}
			}
			return fmt.Errorf("rm: nothing is stored at or under %s (nothing removed)", cleanText(abs))
		}
		for p := range docs {
			if !seen[p] {
				seen[p] = true
				paths = append(paths, p)
			}
		}
	}
	sort.Strings(paths)
	verb := "removed"
	if o.dryRun {
		verb = "would be removed"
	}
	for _, p := range paths {
		a.printf("  %s\n", cleanText(p))
	}
	noun := "documents"
	if len(paths) == 1 {
		noun = "document"
	}
	a.printf("%d %s %s\n", len(paths), noun, verb)
	if o.dryRun {
		return nil
	}
	if err := c.Delete(cmd.Context(), paths); err != nil {
		return fmt.Errorf("rm: %w", err)
	}
	if o.noTrain {
		return nil
	}
	return a.trainAndStore(cmd.Context(), c)
}

// storedUnder returns the documents stored at or under the path arg (made
// absolute), or, when there are none, under arg as printed output or JSON
// writes it (a byte that is not UTF-8 or a control character escaped, see
// uncleanText), as show looks a path up.
func storedUnder(c *index.Corpus, arg string) (string, map[string]corpus.Document, error) {
	abs, err := filepath.Abs(arg)
	if err != nil {
		return "", nil, fmt.Errorf("rm: %s: %w", arg, err)
	}
	docs, err := c.Documents(filepath.ToSlash(abs))
	if err != nil || len(docs) > 0 {
		return abs, docs, err
	}
	if u, ok := uncleanText(arg); ok {
		if uabs, err := filepath.Abs(u); err == nil {
			if udocs, err := c.Documents(filepath.ToSlash(uabs)); err != nil || len(udocs) > 0 {
				return uabs, udocs, err
			}
		}
	}
	return abs, docs, nil
}
