//go:build !unix

package ingest

import (
	"io/fs"
	"os"
)

// openFlags open a file for reading.
const openFlags = os.O_RDONLY

// fileKey identifies a file; without inodes loops are not detected.
type fileKey struct{ dev, ino uint64 }

func keyOf(fs.FileInfo) (fileKey, bool) { return fileKey{}, false }
