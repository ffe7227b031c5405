package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/index"
	"github.com/verbatim-rag/verbatim/retrieve"
	"github.com/verbatim-rag/verbatim/server"
)

// While `verbatim serve` runs it holds the store's writer lock and records
// its address in the data folder (server.RunFileName). The read commands
// (ask, search, status, show) then ask it over HTTP, through the same API
// routes, and print what they would print from the store; ingest and the
// other writers say to stop the server (or to ingest through it).

// remote returns a client of the server recorded in the data folder, or
// nil when none runs there. A record whose process is gone, or whose
// address does not answer with the recorded process id (a reused pid, and
// another server on the address), is ignored.
func (a *app) remote(ctx context.Context) *server.Client {
	info, err := server.ReadRunInfo(a.cfg.DataDir)
	if err != nil {
		return nil
	}
	key := ""
	if a.cfg.Server.APIKeyEnv != "" {
		key = os.Getenv(a.cfg.Server.APIKeyEnv)
	}
	c := server.NewClient(info.URL, key)
	c.SetKeyEnv(a.cfg.Server.APIKeyEnv)
	if pid, err := c.PID(ctx, 2*time.Second); err != nil || pid != info.PID {
		return nil
	}
	return c
}

// errServed explains that the store is held by a running server.
func (a *app) errServed(what string) error {
	info, err := server.ReadRunInfo(a.cfg.DataDir)
	if err != nil {
		return nil
	}
	return fmt.Errorf("%s is served by `verbatim serve` (pid %d at %s), which holds the store: %s",
		a.cfg.DataDir, info.PID, info.URL, what)
}

// ingestThroughServer is the advice for ingesting while the server runs.
const ingestThroughServer = "stop the server to ingest from the command line, or ingest through it: " +
	`curl -d '{"path": "/abs/folder"}' URL/api/ingest (folders under server.allow_roots; uploads with -F file=@FILE)`

// noRemoteFlags refuses flags that change how this process answers, which
// a running server cannot honour (it answers with its own configuration).
func noRemoteFlags(cmd *cobra.Command, names ...string) error {
	for _, n := range names {
		if f := cmd.Flags().Lookup(n); f != nil && f.Changed {
			return fmt.Errorf("--%s cannot be used while `verbatim serve` runs on this data folder (it answers with its own settings): stop the server or leave out the flag", n)
		}
	}
	return nil
}

// filters turns a built query's filters back into the API's form.
func filters(q retrieve.Query) server.Filters {
	f := server.Filters{Paths: append(append([]string{}, q.PathPrefixes...), q.PathGlobs...)}
	for _, fm := range q.Formats {
		f.Formats = append(f.Formats, string(fm))
	}
	return f
}

// refReader is what show reads: an open store or a running server.
type refReader interface {
	Passage(id string) (corpus.Passage, corpus.Span, error)
	DocumentByPath(path string) (corpus.Document, error)
	Original(docID string) ([]byte, error)
	Text(docID string) (string, corpus.Extraction, error)
}

var (
	_ refReader = (*index.Corpus)(nil)
	_ refReader = remoteRefs{}
)

// remoteRefs reads references from a running server.
type remoteRefs struct {
	ctx context.Context
	c   *server.Client
}

func (r remoteRefs) Passage(id string) (corpus.Passage, corpus.Span, error) {
	return r.c.Passage(r.ctx, id)
}

func (r remoteRefs) DocumentByPath(p string) (corpus.Document, error) {
	return r.c.DocumentByPath(r.ctx, p)
}

func (r remoteRefs) Original(docID string) ([]byte, error) { return r.c.Original(r.ctx, docID) }

func (r remoteRefs) Text(docID string) (string, corpus.Extraction, error) {
	return r.c.Text(r.ctx, docID)
}

// lockedHint adds to a "store in use" error who holds the store when it is
// a running server.
func (a *app) lockedHint(err error) error {
	if !errors.Is(err, index.ErrLocked) {
		return err
	}
	if e := a.errServed("stop it first"); e != nil {
		return fmt.Errorf("%w; %s", err, e.Error())
	}
	return err
}
