package main

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestAskEndsOnSignal sends SIGINT and SIGTERM to a `verbatim ask` waiting
// on a model server that never answers: the command must end within a
// second, say it was interrupted and exit with 130.
func TestAskEndsOnSignal(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := buildVerbatim(t) // before isolate, which hides the Go caches under HOME
	data := ingestedEntries(t, "--no-train")

	asked, stop := make(chan struct{}, 1), make(chan struct{})
	model := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.Copy(io.Discard, r.Body) // lets the server notice the client leave
		select {
		case asked <- struct{}{}:
		default:
		}
		select { // a model that thinks forever
		case <-r.Context().Done():
		case <-stop:
		}
	}))
	defer model.Close()
	defer close(stop)

	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			var stderr bytes.Buffer
			cmd := exec.Command(bin, "--data-dir", data, "ask", "--generator", "openai", "When was Velmora founded?")
			cmd.Env = append(os.Environ(), "VERBATIM_OPENAI_BASE_URL="+model.URL+"/v1", "VERBATIM_OPENAI_MODEL=slow", "VERBATIM_OPENAI_MAX_RETRIES=0")
			cmd.Stderr = &stderr
			require.NoError(t, cmd.Start())
			select {
			case <-asked:
			case <-time.After(30 * time.Second):
				_ = cmd.Process.Kill()
				t.Fatalf("ask never reached the model: %s", stderr.String())
			}
			done := make(chan error, 1)
			go func() { done <- cmd.Wait() }()
			sent := time.Now()
			require.NoError(t, cmd.Process.Signal(sig))
			select {
			case err := <-done:
				took := time.Since(sent)
				assert.Less(t, took, time.Second, "ask took %s to end after %s", took, sig)
				var exit *exec.ExitError
				require.ErrorAs(t, err, &exit)
				assert.Equal(t, 130, exit.ExitCode())
				assert.Contains(t, stderr.String(), "verbatim: interrupted")
			case <-time.After(10 * time.Second):
				_ = cmd.Process.Kill()
				t.Fatalf("ask ignored %s for 10 s: %s", sig, stderr.String())
			}
		})
	}
}
