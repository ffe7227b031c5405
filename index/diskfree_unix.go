//go:build unix

package index

import "syscall"

// diskFree is how many bytes an unprivileged process can still write to
// the file system that holds dir; ok is false when that cannot be told.
func diskFree(dir string) (free int64, ok bool) {
	var st syscall.Statfs_t
	if syscall.Statfs(dir, &st) != nil {
		return 0, false
	}
	return int64(st.Bavail) * int64(st.Bsize), true // Bsize is int32 on some Unix systems
}
