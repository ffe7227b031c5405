//go:build !unix

package ingest

import "io/fs"

// fileKey identifies a file; without inodes loops are not detected.
type fileKey struct{ dev, ino uint64 }

func keyOf(fs.FileInfo) (fileKey, bool) { return fileKey{}, false }
