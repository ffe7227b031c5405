// Command verbatim ingests document folders losslessly, answers questions
// with citations that resolve to exact spans, and compares retrieval-augmented
// answers against a model's bare recall.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

// main runs the command under a context that SIGINT and SIGTERM cancel:
// every long loop (ingest, training, decoding, waiting on a model server)
// checks it, so the command ends within about a second. A second signal
// kills the process the default way.
func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	go func() {
		<-ctx.Done()
		stop()
	}()
	err := newRootCmd(os.Stdin, os.Stdout, os.Stderr).ExecuteContext(ctx)
	interrupted := ctx.Err() != nil
	stop()
	switch {
	case err != nil && interrupted && errors.Is(err, context.Canceled):
		fmt.Fprintln(os.Stderr, "verbatim: interrupted")
		os.Exit(130)
	case err != nil:
		fmt.Fprintln(os.Stderr, "verbatim:", err)
		os.Exit(1)
	}
}
