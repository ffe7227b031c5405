package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/verbatim-rag/verbatim/config"
	"github.com/verbatim-rag/verbatim/index"
)

// configAnnotation marks a flag with the config key it sets.
const configAnnotation = "verbatim/config-key"

// app is what every command shares: the loaded configuration and the I/O
// streams. Nothing here is global, so tests run commands side by side.
type app struct {
	loader     *config.Loader
	cfg        config.Config
	configFile string
	in         io.Reader
	out        io.Writer
	errOut     io.Writer
	tty        bool // out is a terminal: progress bars, colour, streaming
}

func newRootCmd(in io.Reader, out, errOut io.Writer) *cobra.Command {
	a := &app{loader: config.NewLoader(), in: in, out: out, errOut: errOut, tty: isTerminal(out)}
	root := &cobra.Command{
		Use:   "verbatim",
		Short: "Answer questions from your documents with exact, checkable citations",
		Long: `Verbatim keeps your documents losslessly, indexes them with BM25, and answers
questions with citations that resolve to exact lines, pages and bytes. It can
also answer from a model's bare recall, so the two can be compared.`,
		SilenceUsage:      true,
		SilenceErrors:     true,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error { return a.load(cmd) },
	}
	root.SetIn(in)
	root.SetOut(out)
	root.SetErr(errOut)
	pf := root.PersistentFlags()
	pf.StringVar(&a.configFile, "config", "", "config file (default: ./verbatim.yaml, then the user config folder)")
	pf.String("data-dir", "", "folder holding the store and index (config data_dir)")
	bindKey(pf, "data-dir", "data_dir")
	root.AddCommand(
		newIngestCmd(a), newSearchCmd(a), newShowCmd(a), newStatusCmd(a),
		newConfigCmd(a), newModelCmd(a), newAskCmd(a), newCompareCmd(a), newServeCmd(a),
		newCheckCmd(a), newRmCmd(a),
	)
	for _, c := range root.Commands() {
		nameArgs(c)
	}
	return root
}

// nameArgs makes a wrong number of arguments name the command and its
// usage: cobra's message alone ("requires at least 1 arg(s)") says neither.
func nameArgs(c *cobra.Command) {
	check := c.Args
	if check == nil {
		return
	}
	c.Args = func(cmd *cobra.Command, args []string) error {
		err := check(cmd, args)
		if err == nil {
			return nil
		}
		usage := strings.TrimSuffix(cmd.UseLine(), " [flags]")
		if cmd.Name() == "show" && len(args) > 1 {
			usage += "; quote a reference with spaces"
		}
		return fmt.Errorf("%s: %w (usage: %s)", cmd.Name(), err, usage)
	}
}

// bindKey records that flag name sets config key; the binding happens in
// PersistentPreRunE for the command that actually runs (viper keeps only the
// last BindPFlag of a key, so binding every subcommand up front would lose).
func bindKey(fs *pflag.FlagSet, name, key string) {
	if err := fs.SetAnnotation(name, configAnnotation, []string{key}); err != nil {
		panic(err) // a programming error: the flag was not defined
	}
}

func (a *app) load(cmd *cobra.Command) error {
	var bindErr error
	cmd.Flags().VisitAll(func(f *pflag.Flag) {
		if keys := f.Annotations[configAnnotation]; len(keys) == 1 && bindErr == nil {
			bindErr = a.loader.BindFlag(keys[0], f)
		}
	})
	if bindErr != nil {
		return bindErr
	}
	cfg, err := a.loader.Load(a.configFile)
	if err != nil {
		return err
	}
	a.cfg = cfg
	return nil
}

// openCorpus opens the store; readOnly opens share the store with each other.
// A read-only open replays the journal an interrupted ingest left (or
// fails with index.ErrInterrupted when it cannot); a store held by a
// running server is named as such (see remote.go).
func (a *app) openCorpus(readOnly bool) (*index.Corpus, error) {
	return a.openCorpusWith(index.Options{ReadOnly: readOnly})
}

// openCorpusWith opens the store with opts and the commands' lock timeout.
func (a *app) openCorpusWith(opts index.Options) (*index.Corpus, error) {
	opts.LockTimeout = lockTimeout
	c, err := index.Open(a.cfg.DataDir, opts)
	if err == nil && c.ReindexedFrom() != "" {
		fmt.Fprintf(a.errOut, "verbatim: rebuilt the passage index from the store (it was built by an older version of Verbatim, analyzer version %s)\n", c.ReindexedFrom())
	}
	return c, a.lockedHint(err)
}

// lockTimeout is how long a command waits for another verbatim process.
const lockTimeout = 3 * time.Second

func (a *app) printf(format string, args ...any) {
	fmt.Fprintf(a.out, format, args...)
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
}
