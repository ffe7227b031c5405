package index

import (
	"os"
	"os/exec"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDiskFree: the free space of a folder's file system is known where
// the system can tell it, and a folder that does not exist says so rather
// than giving a number.
func TestDiskFree(t *testing.T) {
	free, ok := diskFree(t.TempDir())
	require.True(t, ok)
	assert.Positive(t, free)
	_, ok = diskFree(t.TempDir() + "/missing")
	assert.False(t, ok)
}

// TestBuildsElsewhere: the package (tests included) builds and vets for
// Windows and macOS, not only where statfs and flock exist.
func TestBuildsElsewhere(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go vet for other systems")
	}
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	for _, goos := range []string{"windows", "darwin"} {
		t.Run(goos, func(t *testing.T) {
			cmd := exec.Command(gobin, "vet", ".")
			cmd.Env = append(os.Environ(), "GOOS="+goos, "GOARCH=amd64", "CGO_ENABLED=0")
			out, err := cmd.CombinedOutput()
			assert.NoError(t, err, "GOOS=%s go vet: %s", goos, out)
		})
	}
}
