package retrieve

import "sync"

// A search allocates a few hundred kilobytes (bleve's searchers and
// matches, the hits) and keeps almost none of it, and a process that
// serves searches has a small live heap (bleve's index is memory-mapped,
// off the heap): with the collector's default target of twice the live
// heap it collects every few dozen searches, and a search that overlaps a
// collection pays its write barriers and assists, a third of a small
// search's time. gcFloor raises the heap the collector aims at by
// gcFloorBytes for the whole process, the first time a Retriever is made:
// a pointer-free block the collector counts as live but never scans, and
// never written. The price is memory: garbage piles up to about
// gcFloorBytes more between collections (the glossary benchmark's peak
// RSS went from 37 to 69 MB, the 207k-file folder's from 248 to 282 MB),
// and a process that also ingests may peak up to twice gcFloorBytes
// higher.
const gcFloorBytes = 32 << 20

var (
	gcFloorOnce sync.Once
	gcFloor     []byte
)

// raiseGCFloor sets up gcFloor once.
func raiseGCFloor() {
	gcFloorOnce.Do(func() { gcFloor = make([]byte, gcFloorBytes) })
}
