package index

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
)

// killHelperEnv names the corpus folder the helper process writes to.
const killHelperEnv = "VERBATIM_INDEX_KILL_DIR"

// TestKillHelper is the process TestKillDuringPutAsync kills: it
// writes batches of documents with PutAsync until killed, printing
// "stored N" after each.
func TestKillHelper(t *testing.T) {
	dir := os.Getenv(killHelperEnv)
	if dir == "" {
		t.Skip("run by TestKillDuringPutAsync")
	}
	c, err := Open(dir, Options{NoSync: true, LockTimeout: 5e9})
	require.NoError(t, err)
	start, _ := strconv.Atoi(os.Getenv("VERBATIM_INDEX_KILL_START"))
	for i := start; ; i++ {
		entries := make([]corpus.Entry, 0, 200)
		for j := range 200 {
			// every tenth document rewrites one of the previous batch
			d := fmt.Sprintf("/k/%d-%d.txt", i, j)
			if j%10 == 0 && i > start {
				d = fmt.Sprintf("/k/%d-%d.txt", i-1, j)
			}
			entries = append(entries, textEntry(d, fmt.Sprintf("kill%d round%d", j, i), "second paragraph", fmt.Sprintf("third %d", i*j)))
		}
		require.NoError(t, c.PutAsync(context.Background(), entries))
		fmt.Printf("stored %d\n", i)
	}
}

// TestKillDuringPutAsync kills (SIGKILL) a process writing batches with
// PutAsync (each indexed in the background while the next is stored) at
// several points, in a fresh corpus and in one that grows by rounds: the
// next Open replays the journal and the index holds exactly the stored
// passages.
func TestKillDuringPutAsync(t *testing.T) {
	if testing.Short() {
		t.Skip("runs helper processes")
	}
	tests := []struct {
		name  string
		after []int // kill once this many more batches are stored, per round
	}{
		{name: "first batch", after: []int{1}},
		{name: "rounds", after: []int{3, 1, 2, 5, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			start := 0
			for round, after := range tt.after {
				start = killAfterBatches(t, dir, start, after)
				c := openTest(t, dir)
				requireConsistent(t, c)
				requireCheckClean(t, c)
				st, err := c.Stats()
				require.NoError(t, err)
				assert.GreaterOrEqual(t, st.Documents, start*180, "round %d: every stored batch is kept", round+1)
				require.NoError(t, c.Close())
			}
		})
	}
}

// killAfterBatches runs TestKillHelper on dir from batch start and kills it
// once it stored after batches; it returns the next batch number.
func killAfterBatches(t *testing.T, dir string, start, after int) int {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run", "^TestKillHelper$", "-test.count", "1")
	cmd.Env = append(os.Environ(), killHelperEnv+"="+dir, "VERBATIM_INDEX_KILL_START="+strconv.Itoa(start))
	out, err := cmd.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	sc := bufio.NewScanner(out)
	stored := 0
	for stored < after && sc.Scan() {
		if strings.HasPrefix(sc.Text(), "stored ") {
			stored++
		}
	}
	require.NoError(t, cmd.Process.Kill())
	_ = cmd.Wait()
	require.Equal(t, after, stored, "the helper stopped early")
	return start + after
}
