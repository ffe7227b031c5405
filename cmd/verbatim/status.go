package main

import (
	"context"
	"sort"
	"time"

	"github.com/spf13/cobra"

	"github.com/verbatim-rag/verbatim/bytesize"
	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/generate/lossy"
	"github.com/verbatim-rag/verbatim/index"
)

func newStatusCmd(a *app) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "status",
		Short: "Show what is ingested: files, passages, bytes, index size, last change, model",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			st, modelBytes, err := a.stats(cmd.Context())
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(a.out, map[string]any{"data_dir": a.cfg.DataDir, "stats": st, "model_bytes": modelBytes})
			}
			a.printf("data dir:     %s\n", a.cfg.DataDir)
			if st.Interrupted != "" {
				a.printf("interrupted:  %s\n", st.Interrupted)
			} else if st.Replayed > 0 {
				a.printf("replayed:     an interrupted ingest's index work (%d documents) was finished now\n", st.Replayed)
			}
			a.printf("documents:    %d (%s original, %s text)\n", st.Documents, bytesize.Format(st.OriginalBytes), bytesize.Format(st.TextBytes))
			a.printf("passages:     %d\n", st.Passages)
			formats := make([]string, 0, len(st.Formats))
			for f := range st.Formats {
				formats = append(formats, string(f))
			}
			sort.Strings(formats)
			for _, f := range formats {
				a.printf("  %-10s  %d\n", f, st.Formats[corpus.Format(f)])
			}
			a.printf("store size:   %s (originals %s, deduplicated)\n", bytesize.Format(st.DBBytes), bytesize.Format(st.BlobBytes))
			a.printf("index size:   %s\n", bytesize.Format(st.IndexBytes))
			if st.Outdated != "" {
				a.printf("index:        needs a rebuild: %s\n", st.Outdated)
			}
			if st.LastIngest.IsZero() {
				a.printf("last change:  never\n")
			} else {
				a.printf("last change:  %s (%s ago)\n", st.LastIngest.Format(time.RFC3339), time.Since(st.LastIngest).Round(time.Second))
			}
			if modelBytes > 0 {
				a.printf("model:        %s (verbatim model for details)\n", bytesize.Format(int64(modelBytes)))
			} else {
				a.printf("model:        none\n")
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print as JSON")
	return cmd
}

// stats reads the corpus statistics and the stored model's size from the
// store, or from the server that holds it.
func (a *app) stats(ctx context.Context) (index.Stats, int, error) {
	if rc := a.remote(ctx); rc != nil {
		resp, err := rc.Stats(ctx)
		return resp.Corpus, resp.ModelBytes, err
	}
	c, err := a.openCorpusWith(index.Options{ReadOnly: true, AllowPending: true, AllowOutdated: true})
	if err != nil {
		return index.Stats{}, 0, err
	}
	defer c.Close()
	st, err := c.Stats()
	if err != nil {
		return index.Stats{}, 0, err
	}
	model, _ := c.GetMeta(lossy.MetaKey)
	return st, len(model), nil
}
