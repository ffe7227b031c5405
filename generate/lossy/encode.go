package lossy

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"math"
	"slices"
	"strings"
)

// Serialized layout (all integers unsigned varints unless said otherwise):
//
//	"VLM" version(1 byte) bits-per-byte(float64 LE)
//	order budget corpus-bytes corpus-tokens passages gzip-bytes
//	n-words { len key count }...            most frequent first
//	for k in 1..order-1: n-contexts { fp-delta n-entries-1 { id-delta count-1 }... }...
//	crc32-IEEE of all the above (4 bytes LE)
//
// Context fingerprints are sorted and delta-coded; within a context the
// next-token ids are increasing, stored as gaps.

const (
	magic      = "VLM"
	version    = 1
	maxOrder   = 16
	headerSize = 64 // a generous estimate of the fixed bytes of a model
)

// ErrCorrupt is returned by Unmarshal for bytes that are not a valid model.
var ErrCorrupt = errors.New("lossy: corrupt model")

// encode serializes the selected part of the counted corpus.
func encode(hdr header, c *corpusData, levels []*level, sel selection) []byte {
	var words []uint32
	for w, keep := range sel.word {
		if keep {
			words = append(words, uint32(w))
		}
	}
	slices.SortFunc(words, func(a, b uint32) int {
		if c.uni[a] != c.uni[b] {
			return int(c.uni[b]) - int(c.uni[a])
		}
		return strings.Compare(c.keys[a], c.keys[b])
	})
	newID := make([]uint32, len(c.keys))
	b := append([]byte(magic), version)
	b = binary.LittleEndian.AppendUint64(b, math.Float64bits(hdr.BitsPerByte))
	for _, v := range []int64{int64(hdr.Order), hdr.Budget, hdr.CorpusBytes, hdr.CorpusTokens, hdr.Passages, hdr.GzipBytes} {
		b = binary.AppendUvarint(b, uint64(v))
	}
	b = binary.AppendUvarint(b, uint64(len(words)))
	for i, w := range words {
		newID[w] = uint32(i)
		b = binary.AppendUvarint(b, uint64(len(c.keys[w])))
		b = append(b, c.keys[w]...)
		b = binary.AppendUvarint(b, uint64(c.uni[w]))
	}
	for k := 1; k < hdr.Order; k++ {
		b = appendLevel(b, levels[k], sel.keep[k], newID)
	}
	return binary.LittleEndian.AppendUint32(b, crc32.ChecksumIEEE(b))
}

type entry struct{ id, cnt uint32 }

// appendLevel writes the kept n-grams of one level.
func appendLevel(b []byte, l *level, keep []bool, newID []uint32) []byte {
	var body []byte
	var ents []entry
	nctx, prevFP := 0, uint64(0)
	for lo := 0; lo < len(l.keys); {
		fp := l.keys[lo] >> 32
		ents = ents[:0]
		hi := lo
		for ; hi < len(l.keys) && l.keys[hi]>>32 == fp; hi++ {
			if keep[hi] {
				ents = append(ents, entry{newID[uint32(l.keys[hi])], l.cnt[hi]})
			}
		}
		lo = hi
		if len(ents) == 0 {
			continue
		}
		slices.SortFunc(ents, func(a, b entry) int { return int(a.id) - int(b.id) })
		body = binary.AppendUvarint(body, fp-prevFP)
		body = binary.AppendUvarint(body, uint64(len(ents)-1))
		prev := uint32(0)
		for i, e := range ents {
			d := e.id
			if i > 0 {
				d = e.id - prev - 1
			}
			body = binary.AppendUvarint(body, uint64(d))
			body = binary.AppendUvarint(body, uint64(e.cnt-1))
			prev = e.id
		}
		nctx++
		prevFP = fp
	}
	b = binary.AppendUvarint(b, uint64(nctx))
	return append(b, body...)
}

// patchBitsPerByte writes the measured bits per byte into serialized bytes
// and refreshes the checksum.
func patchBitsPerByte(raw []byte, bpb float64) []byte {
	binary.LittleEndian.PutUint64(raw[4:], math.Float64bits(bpb))
	n := len(raw) - 4
	binary.LittleEndian.PutUint32(raw[n:], crc32.ChecksumIEEE(raw[:n]))
	return raw
}

func uvarintLen(v uint64) int {
	n := 1
	for v >= 0x80 {
		v >>= 7
		n++
	}
	return n
}

// Unmarshal reads a model serialized by Marshal, validating it.
func Unmarshal(data []byte) (*Model, error) {
	if len(data) < 4+8+4 || string(data[:3]) != magic {
		return nil, fmt.Errorf("%w: not a lossy model", ErrCorrupt)
	}
	if data[3] != version {
		return nil, fmt.Errorf("%w: version %d, want %d", ErrCorrupt, data[3], version)
	}
	n := len(data) - 4
	if crc32.ChecksumIEEE(data[:n]) != binary.LittleEndian.Uint32(data[n:]) {
		return nil, fmt.Errorf("%w: checksum mismatch", ErrCorrupt)
	}
	r := &reader{b: data[:n], off: 12}
	m := &Model{raw: slices.Clone(data)}
	m.hdr.BitsPerByte = math.Float64frombits(binary.LittleEndian.Uint64(data[4:]))
	if err := m.readHeader(r); err != nil {
		return nil, err
	}
	if err := m.readVocab(r); err != nil {
		return nil, err
	}
	m.tables = make([]table, m.hdr.Order)
	for k := 1; k < m.hdr.Order; k++ {
		if err := m.readTable(r, k); err != nil {
			return nil, err
		}
	}
	if r.off != len(r.b) {
		return nil, fmt.Errorf("%w: %d trailing bytes", ErrCorrupt, len(r.b)-r.off)
	}
	return m, nil
}

func (m *Model) readHeader(r *reader) error {
	fields := []*int64{&m.hdr.Budget, &m.hdr.CorpusBytes, &m.hdr.CorpusTokens, &m.hdr.Passages, &m.hdr.GzipBytes}
	order := r.uvarint(maxOrder)
	for _, f := range fields {
		*f = int64(r.uvarint(math.MaxInt64))
	}
	if r.err != nil {
		return fmt.Errorf("%w: header: %v", ErrCorrupt, r.err)
	}
	if order < 1 {
		return fmt.Errorf("%w: order %d", ErrCorrupt, order)
	}
	m.hdr.Order = int(order)
	return nil
}

func (m *Model) readVocab(r *reader) error {
	nw := int(r.uvarint(uint64(r.left())))
	m.ids = make(map[string]uint32, nw)
	for i := 0; i < nw && r.err == nil; i++ {
		key := string(r.bytes(int(r.uvarint(uint64(r.left())))))
		cnt := r.uvarint(math.MaxUint32)
		if r.err != nil {
			break
		}
		if _, dup := m.ids[key]; dup || cnt == 0 || key == "" {
			return fmt.Errorf("%w: word %d: bad or duplicate entry", ErrCorrupt, i)
		}
		m.ids[key] = uint32(i)
		m.vocab = append(m.vocab, key)
		m.count = append(m.count, uint32(cnt))
		m.hash = append(m.hash, tokHash(key))
		m.total += float64(cnt)
	}
	if r.err != nil {
		return fmt.Errorf("%w: vocabulary: %v", ErrCorrupt, r.err)
	}
	return nil
}

func (m *Model) readTable(r *reader, k int) error {
	t := &m.tables[k]
	nctx := int(r.uvarint(uint64(r.left())))
	t.off = append(make([]uint32, 0, nctx+1), 0)
	fp := uint64(0)
	for i := 0; i < nctx && r.err == nil; i++ {
		d := r.uvarint(math.MaxUint32)
		if i > 0 && d == 0 || fp+d > math.MaxUint32 {
			return fmt.Errorf("%w: order %d: context %d out of order", ErrCorrupt, k+1, i)
		}
		fp += d
		nent := int(r.uvarint(uint64(r.left()))) + 1
		total, id := uint64(0), uint64(0)
		for j := 0; j < nent && r.err == nil; j++ {
			d := r.uvarint(uint64(len(m.vocab)))
			if j > 0 {
				d += id + 1
			}
			cnt := r.uvarint(math.MaxUint32-1) + 1
			if d >= uint64(len(m.vocab)) {
				return fmt.Errorf("%w: order %d: token id %d out of range", ErrCorrupt, k+1, d)
			}
			id, total = d, total+cnt
			t.next = append(t.next, uint32(id))
			t.count = append(t.count, uint32(cnt))
		}
		if total > math.MaxUint32 {
			return fmt.Errorf("%w: order %d: count overflow", ErrCorrupt, k+1)
		}
		t.fps = append(t.fps, uint32(fp))
		t.off = append(t.off, uint32(len(t.next)))
		t.total = append(t.total, uint32(total))
	}
	if r.err != nil {
		return fmt.Errorf("%w: order %d: %v", ErrCorrupt, k+1, r.err)
	}
	t.index()
	return nil
}

// reader decodes varints, remembering the first error.
type reader struct {
	b   []byte
	off int
	err error
}

func (r *reader) left() int { return len(r.b) - r.off }

func (r *reader) uvarint(limit uint64) uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b[r.off:])
	switch {
	case n <= 0:
		r.err = fmt.Errorf("truncated or overlong varint at byte %d", r.off)
		return 0
	case v > limit:
		r.err = fmt.Errorf("value %d at byte %d exceeds %d", v, r.off, limit)
		return 0
	}
	r.off += n
	return v
}

func (r *reader) bytes(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n > r.left() {
		r.err = fmt.Errorf("need %d bytes at byte %d, have %d", n, r.off, r.left())
		return nil
	}
	b := r.b[r.off : r.off+n]
	r.off += n
	return b
}
