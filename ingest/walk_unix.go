//go:build unix

package ingest

import (
	"io/fs"
	"os"
	"syscall"
)

// openFlags open a file for reading without blocking on a FIFO or device
// that replaced it since the walk (it is then refused as not regular); a
// regular file reads as usual.
const openFlags = os.O_RDONLY | syscall.O_NONBLOCK

// fileKey identifies a file by device and inode.
type fileKey struct{ dev, ino uint64 }

func keyOf(info fs.FileInfo) (fileKey, bool) {
	st, ok := info.Sys().(*syscall.Stat_t)
	if !ok {
		return fileKey{}, false
	}
	return fileKey{dev: uint64(st.Dev), ino: uint64(st.Ino)}, true //nolint:unconvert // Dev is not uint64 everywhere
}
