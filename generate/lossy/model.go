package lossy

import (
	"math/bits"
	"slices"
)

// Model is a trained, budgeted variable-order word n-gram model. It is
// immutable and safe for concurrent use.
type Model struct {
	raw    []byte
	hdr    header
	vocab  []string // token keys, most frequent first
	count  []uint32 // unigram counts, parallel to vocab
	total  float64  // sum of count
	ids    map[string]uint32
	hash   []uint64 // tokHash of each vocab key
	tables []table  // tables[k] holds contexts of k tokens; tables[0] is empty
}

// table holds the kept n-grams whose contexts have the same length: the
// contexts' 32-bit fingerprints, sorted, and for each the next tokens (by
// increasing id) with their counts.
type table struct {
	fps   []uint32
	off   []uint32 // len(fps)+1 offsets into next and count
	next  []uint32
	count []uint32
	total []uint32 // per context: sum of its counts
	// first[b] is the index of the first context whose fingerprint's top
	// bits (32-shift of them) are at least b: about four contexts a
	// bucket, which find searches.
	first []uint32
	shift uint
}

// index builds t.first from t.fps.
func (t *table) index() {
	bits := uint(0)
	for bits < 16 && 4<<bits < len(t.fps) {
		bits++
	}
	t.shift = 32 - bits
	t.first = make([]uint32, 1<<bits+1)
	b := 0
	for i, fp := range t.fps {
		for ; b <= int(fp>>t.shift); b++ {
			t.first[b] = uint32(i)
		}
	}
	for ; b < len(t.first); b++ {
		t.first[b] = uint32(len(t.fps))
	}
}

// find returns the index of context fingerprint fp in t.fps.
func (t *table) find(fp uint32) (int, bool) {
	b := fp >> t.shift
	lo, hi := int(t.first[b]), int(t.first[b+1])
	i, ok := slices.BinarySearch(t.fps[lo:hi], fp)
	return lo + i, ok
}

// header is the fixed part of a serialized model.
type header struct {
	Order        int
	Budget       int64
	CorpusBytes  int64
	CorpusTokens int64
	Passages     int64
	GzipBytes    int64
	BitsPerByte  float64
}

// Order returns the model's order: the longest n-gram it may hold.
func (m *Model) Order() int { return m.hdr.Order }

// Size returns the serialized size in bytes.
func (m *Model) Size() int { return len(m.raw) }

// Marshal returns the serialized model; its length never exceeds the budget
// the model was trained for.
func (m *Model) Marshal() ([]byte, error) { return slices.Clone(m.raw), nil }

const (
	hashPrime = 0x9E3779B97F4A7C15
	finPrime  = 0xD6E8FEB86659FD93
)

// tokHash hashes a token key (FNV-1a, then mixed).
func tokHash[K string | []byte](key K) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(key); i++ {
		h ^= uint64(key[i])
		h *= 1099511628211
	}
	return mix(h, 0)
}

// mix folds a token hash into a context hash. Contexts are folded from the
// newest token backwards, so the hash of k tokens extends that of k-1.
func mix(h, x uint64) uint64 {
	h ^= x
	h *= hashPrime
	return bits.RotateLeft64(h, 31)
}

// fingerprint finishes a context hash of k tokens into the 32 bits stored.
func fingerprint(h uint64, k int) uint32 {
	h ^= uint64(k) * finPrime
	h ^= h >> 33
	h *= finPrime
	h ^= h >> 29
	return uint32(h >> 32)
}

// match is a context of k tokens found in the model: entries [lo, hi) of
// tables[k].
type match struct {
	k, lo, hi int
	total     float64
}

// matches returns the contexts of the history hist (token hashes, oldest
// first) that the model holds, shortest first.
func (m *Model) matches(hist []uint64) []match {
	return m.appendMatches(nil, hist)
}

// appendMatches appends the matches of hist to out.
func (m *Model) appendMatches(out []match, hist []uint64) []match {
	h := uint64(0)
	for k := 1; k < len(m.tables) && k <= len(hist); k++ {
		h = mix(h, hist[len(hist)-k])
		t := &m.tables[k]
		i, ok := t.find(fingerprint(h, k))
		if ok {
			out = append(out, match{k: k, lo: int(t.off[i]), hi: int(t.off[i+1]), total: float64(t.total[i])})
		}
	}
	return out
}

// newWordProb is the unigram probability of a token the model does not know.
func (m *Model) newWordProb() float64 {
	v := float64(len(m.vocab))
	return (v + 1) / (m.total + v + 1)
}

// prob returns the interpolated Witten–Bell probability of token id (-1 for
// an unknown token) after the matched contexts ms.
func (m *Model) prob(ms []match, id int) float64 {
	v := float64(len(m.vocab))
	if id < 0 {
		return m.newWordProb()
	}
	p := float64(m.count[id]) / (m.total + v + 1)
	for _, c := range ms {
		t := &m.tables[c.k]
		types := float64(c.hi - c.lo)
		n := 0.0
		if j, ok := slices.BinarySearch(t.next[c.lo:c.hi], uint32(id)); ok {
			n = float64(t.count[c.lo+j])
		}
		p = (n + types*p) / (c.total + types)
	}
	return p
}

// candidates returns the ids of the tokens the matched contexts have seen
// follow them, plus the most frequent tokens, without duplicates.
func (m *Model) candidates(ms []match, top int) []int {
	seen := make(map[int]bool)
	var out []int
	add := func(id int) {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	for i := len(ms) - 1; i >= 0; i-- {
		t := &m.tables[ms[i].k]
		for j := ms[i].lo; j < ms[i].hi; j++ {
			add(int(t.next[j]))
		}
	}
	for id := 0; id < min(top, len(m.vocab)); id++ {
		add(id)
	}
	return out
}
