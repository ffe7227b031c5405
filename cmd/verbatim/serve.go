package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/verbatim-rag/verbatim/config"
	"github.com/verbatim-rag/verbatim/generate"
	"github.com/verbatim-rag/verbatim/generate/lossy"
	"github.com/verbatim-rag/verbatim/index"
	"github.com/verbatim-rag/verbatim/server"
)

func newServeCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the JSON API, an OpenAI-compatible endpoint and the web page from one open store",
		Long: `Keeps the store open in one process and serves many users: questions,
searches, documents and ingests over HTTP (JSON, server-sent events), an
OpenAI-compatible /v1/chat/completions (model "verbatim") and a web page.

Binds to 127.0.0.1:8080 by default. Set the API key in VERBATIM_API_KEY (or
the variable named by server.api_key_env) to require "Authorization: Bearer
KEY". POST /api/ingest only ingests folders under --allow-root. Writes from
other web sites are refused (unless their origin is a --cors-origin), and
on loopback so are Host names other than loopback, localhost and
--allowed-host (DNS rebinding). SIGINT or SIGTERM stop it gracefully:
running requests finish, the store closes.

While it runs, its address is recorded in the data folder (serve.json), and
verbatim ask, search, status and show in another terminal ask it over HTTP.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return a.runServe(cmd) },
	}
	fs := cmd.Flags()
	fs.String("addr", "", "host:port to listen on (config server.addr)")
	fs.StringSlice("allow-root", nil, "folder that POST /api/ingest may ingest, with its subfolders; repeatable (config server.allow_roots)")
	fs.StringSlice("cors-origin", nil, `browser origin allowed to call the API, "*" for any; repeatable (config server.cors_origins)`)
	fs.StringSlice("allowed-host", nil, "extra name the Host header may carry while serving on loopback; repeatable (config server.allowed_hosts)")
	fs.String("generator", "", "lossy (built in) or openai (config generator)")
	bindKey(fs, "addr", "server.addr")
	bindKey(fs, "allowed-host", "server.allowed_hosts")
	bindKey(fs, "allow-root", "server.allow_roots")
	bindKey(fs, "cors-origin", "server.cors_origins")
	bindKey(fs, "generator", "generator")
	return cmd
}

func (a *app) runServe(cmd *cobra.Command) error {
	ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	c, err := a.openCorpus(false)
	if err != nil {
		return err
	}
	defer c.Close()
	log := slog.New(slog.NewTextHandler(a.errOut, &slog.HandlerOptions{Level: slog.LevelInfo}))
	gen, err := a.newGenerator(ctx, c, "")
	if errors.Is(err, generate.ErrNoModel) {
		log.Warn("serve: no model yet; questions get 503 until an ingest trains one", "err", err)
		gen = nil
	} else if err != nil {
		return err
	}
	s, err := server.New(server.Deps{
		Corpus: c, Retrieve: a.cfg.Search, Answer: a.cfg.Answer, Ingest: a.ingestConfig(),
		Generator: gen, Logger: log, AfterIngest: a.serveRetrainer(c), ModelKey: lossy.MetaKey,
	}, a.cfg.Server)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", a.cfg.Server.Addr)
	if err != nil {
		return fmt.Errorf("serve: listen on %s: %w", a.cfg.Server.Addr, err)
	}
	remove, err := server.WriteRunInfo(a.cfg.DataDir, server.NewRunInfo(ln.Addr()))
	if err != nil {
		_ = ln.Close()
		return err
	}
	defer remove()
	fmt.Fprintf(a.out, "verbatim: serving %s on http://%s (Ctrl-C to stop)\n", displayPath(a.cfg.DataDir), ln.Addr())
	return s.Serve(ctx, ln)
}

// serveRetrainer retrains and stores the built-in model after an ingest that
// changed the corpus; other generators need nothing.
func (a *app) serveRetrainer(c *index.Corpus) func(context.Context) (generate.Generator, error) {
	if a.cfg.Generator == config.GeneratorOpenAI {
		return nil
	}
	return a.keeper(c).AfterIngest
}
