package lossy

import (
	"bytes"
	"math/bits"
)

// wordTable numbers a corpus's words as they first come while it is
// collected. It holds them without a pointer a word (their bytes one after
// another in one array, and a table of ids by hash), so that the collector
// does not scan the vocabulary at each of an ingest's collections while a
// Stream tokenizes beside it, and looks a token up by the hash training
// computes anyway (tokHash) instead of hashing its key again for a map.
// The words become corpusData.keys when collecting is over (settleWords).
type wordTable struct {
	text  []byte   // the words' bytes, one after another
	ends  []uint32 // ends[id]: where word id ends in text
	slots []uint32 // id+1 by hash, open addressing; 0 is empty
	shift uint     // 64 - log2(len(slots))
}

// len is the number of words.
func (w *wordTable) len() int { return len(w.ends) }

// word returns the bytes of word id.
func (w *wordTable) word(id uint32) []byte {
	start := uint32(0)
	if id > 0 {
		start = w.ends[id-1]
	}
	return w.text[start:w.ends[id]]
}

// slot is where the probe for hash h starts (Fibonacci hashing).
func (w *wordTable) slot(h uint64) int { return int((h * 0x9e3779b97f4a7c15) >> w.shift) }

// find returns the id of key, whose tokHash is h; hashes[id] is the
// tokHash of word id.
func (w *wordTable) find(key []byte, h uint64, hashes []uint64) (uint32, bool) {
	if len(w.slots) == 0 {
		return 0, false
	}
	mask := len(w.slots) - 1
	for i := w.slot(h); ; i = (i + 1) & mask {
		s := w.slots[i]
		if s == 0 {
			return 0, false
		}
		if id := s - 1; hashes[id] == h && bytes.Equal(w.word(id), key) {
			return id, true
		}
	}
}

// add appends key as the next word and returns its id; hashes holds the
// tokHash of every word, the new one's included.
func (w *wordTable) add(key []byte, hashes []uint64) uint32 {
	id := uint32(len(w.ends))
	w.text = append(w.text, key...)
	w.ends = append(w.ends, uint32(len(w.text)))
	if 2*len(w.ends) > len(w.slots) {
		w.rehash(max(1<<10, 4*len(w.ends)), hashes)
		return id
	}
	w.place(id, hashes[id])
	return id
}

// place puts id, whose tokHash is h, in the first empty slot of its probe.
func (w *wordTable) place(id uint32, h uint64) {
	mask := len(w.slots) - 1
	i := w.slot(h)
	for w.slots[i] != 0 {
		i = (i + 1) & mask
	}
	w.slots[i] = id + 1
}

// rehash rebuilds the table with n slots (a power of two at least n).
func (w *wordTable) rehash(n int, hashes []uint64) {
	size := 1 << bits.Len(uint(n-1))
	w.slots = make([]uint32, size)
	w.shift = uint(64 - bits.Len(uint(size-1)))
	for id := range w.ends {
		w.place(uint32(id), hashes[id])
	}
}

// fill builds the table from keys (a corpus laid out without one, see
// Stream.renumbered).
func (w *wordTable) fill(keys []string, hashes []uint64) {
	*w = wordTable{}
	for _, k := range keys {
		w.text = append(w.text, k...)
		w.ends = append(w.ends, uint32(len(w.text)))
	}
	w.rehash(max(1<<10, 4*len(keys)), hashes)
}

// strings returns the words, each a slice of one string of them all.
func (w *wordTable) strings() []string {
	all := string(w.text)
	keys := make([]string, len(w.ends))
	start := uint32(0)
	for id, end := range w.ends {
		keys[id] = all[start:end]
		start = end
	}
	return keys
}

// settleWords lays the words collected out as c.keys and lets the table
// go: only collecting looks words up.
func (c *corpusData) settleWords() {
	if c.words.len() > 0 {
		c.keys = c.words.strings()
	}
	c.words = wordTable{}
}
