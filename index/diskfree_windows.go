//go:build windows

package index

import "golang.org/x/sys/windows"

// diskFree is how many bytes the calling user can still write to the
// volume that holds dir; ok is false when that cannot be told.
func diskFree(dir string) (free int64, ok bool) {
	p, err := windows.UTF16PtrFromString(dir)
	if err != nil {
		return 0, false
	}
	var avail uint64
	if windows.GetDiskFreeSpaceEx(p, &avail, nil, nil) != nil {
		return 0, false
	}
	return int64(avail), true
}
