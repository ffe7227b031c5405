package ingest

import (
	"bytes"
	"sort"
)

// lineIndex maps byte offsets of a source to 1-based line numbers.
type lineIndex []int // offsets at which lines start

func newLineIndex(src []byte) lineIndex {
	idx := lineIndex{0}
	for i := 0; ; {
		j := bytes.IndexByte(src[i:], '\n')
		if j < 0 {
			return idx
		}
		i += j + 1
		idx = append(idx, i)
	}
}

// lineAt returns the line holding byte offset off.
func (l lineIndex) lineAt(off int) int {
	return sort.Search(len(l), func(i int) bool { return l[i] > off })
}
