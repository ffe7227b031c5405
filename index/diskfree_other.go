//go:build !unix && !windows

package index

// diskFree cannot tell free space where neither statfs nor
// GetDiskFreeSpaceEx exists (js/wasm, plan9): ok is always false, and the
// callers then report their error without the free-space detail.
func diskFree(string) (free int64, ok bool) { return 0, false }
