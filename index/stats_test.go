package index

import (
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// vanishingFS is a folder listing whose entries are gone once read, as
// bleve's merged segments are removed while a walk reads the folder.
type vanishingFS struct{ fstest.MapFS }

func (v vanishingFS) ReadDir(name string) ([]fs.DirEntry, error) {
	entries, err := v.MapFS.ReadDir(name)
	var out []fs.DirEntry
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), "gone") {
			e = goneEntry{e}
		}
		out = append(out, e)
	}
	return out, err
}

// goneEntry is a listed file removed before its size is read.
type goneEntry struct{ fs.DirEntry }

func (goneEntry) Info() (fs.FileInfo, error) { return nil, fs.ErrNotExist }

func TestTreeSizeSkipsVanishedFiles(t *testing.T) {
	fsys := vanishingFS{fstest.MapFS{
		"store/000000000001.zap": {Data: make([]byte, 10)},
		"store/gone.zap":         {Data: make([]byte, 100)},
		"index_meta.json":        {Data: make([]byte, 3)},
	}}
	n, err := treeSize(fsys)
	require.NoError(t, err)
	assert.Equal(t, int64(13), n, "the segment merged away is left out")

	_, err = diskSize(filepath.Join(t.TempDir(), "missing"))
	require.ErrorIs(t, err, fs.ErrNotExist, "a folder that is not there is still an error")
}
