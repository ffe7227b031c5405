// Command verbatim ingests document folders losslessly, answers questions
// with citations that resolve to exact spans, and compares retrieval-augmented
// answers against a model's bare recall.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := newRootCmd(os.Stdin, os.Stdout, os.Stderr).ExecuteContext(ctx)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "verbatim:", err)
		os.Exit(1)
	}
}
