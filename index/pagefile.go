package index

// A read-only view of a bbolt file through ReadAt, never through a memory
// map: it checks a file before bbolt maps it (preflight) and reads what is
// left of a damaged one (Salvage). It knows bbolt's page format (file format
// version 2, little-endian as on every platform this project builds for):
// a 16-byte page header {id u64, flags u16, count u16, overflow u32}; the
// meta page {magic, version, page size, flags u32; root bucket {root page,
// sequence u64}; freelist, high-water page, txid, FNV-64a checksum u64};
// branch elements {pos, ksize u32, page u64} and leaf elements {flags, pos,
// ksize, vsize u32}, pos counted from the element itself.

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"time"
)

const (
	boltMagic        = 0xED0CDAED
	boltVersion      = 2
	pageHeaderSize   = 16
	elementSize      = 16 // branch and leaf elements alike
	branchPageFlag   = 0x01
	leafPageFlag     = 0x02
	freelistPageFlag = 0x10
	bucketLeafFlag   = 0x01
	noFreelist       = ^uint64(0)
	metaChecksumAt   = 56 // the checksum covers the meta bytes before it
)

var le = binary.LittleEndian

// boltMeta is a decoded meta page.
type boltMeta struct {
	pageSize uint32
	root     uint64 // page of the root bucket's tree
	freelist uint64 // noFreelist when not synced
	hwm      uint64 // high-water mark: pages [0, hwm) are in use
	txid     uint64
}

// decodeMeta decodes and validates the meta page in b (starting with its
// page header).
func decodeMeta(b []byte) (boltMeta, error) {
	if len(b) < pageHeaderSize+metaChecksumAt+8 {
		return boltMeta{}, errors.New("short page")
	}
	m := b[pageHeaderSize:]
	switch {
	case le.Uint32(m) != boltMagic:
		return boltMeta{}, errors.New("no bbolt magic number")
	case le.Uint32(m[4:]) != boltVersion:
		return boltMeta{}, fmt.Errorf("format version %d", le.Uint32(m[4:]))
	}
	h := fnv.New64a()
	_, _ = h.Write(m[:metaChecksumAt])
	if h.Sum64() != le.Uint64(m[metaChecksumAt:]) {
		return boltMeta{}, errors.New("checksum mismatch")
	}
	meta := boltMeta{pageSize: le.Uint32(m[8:]), root: le.Uint64(m[16:]),
		freelist: le.Uint64(m[32:]), hwm: le.Uint64(m[40:]), txid: le.Uint64(m[48:])}
	if meta.pageSize < 512 || meta.pageSize&(meta.pageSize-1) != 0 {
		return boltMeta{}, fmt.Errorf("page size %d", meta.pageSize)
	}
	return meta, nil
}

// pageFile reads the pages of a bbolt file.
type pageFile struct {
	r    io.ReaderAt
	size int64
	meta boltMeta // the meta bbolt would use: the valid one with the highest txid
	// bad describes a meta page that does not validate ("" when both do).
	bad string
	// prev is the other meta page when both are valid: the state one
	// transaction earlier, whose pages bbolt keeps intact until the next
	// transaction (so that a crash can fall back to it).
	prev *boltMeta
}

// statPageFile reads the meta pages of f.
func statPageFile(f *os.File) (*pageFile, error) {
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	return newPageFile(f, info.Size())
}

// newPageFile reads the meta pages of the size bytes of r.
func newPageFile(r io.ReaderAt, size int64) (*pageFile, error) {
	pf := &pageFile{r: r, size: size}
	return pf, pf.readMetas()
}

// readMetas finds the two meta pages: page 0 at offset 0 and page 1 one
// page size further, the page size read from whichever of them is valid.
func (pf *pageFile) readMetas() error {
	buf := make([]byte, 4096)
	n, _ := pf.r.ReadAt(buf, 0)
	m0, err0 := decodeMeta(buf[:n])
	var m1 boltMeta
	err1 := errors.New("not found")
	sizes := []int64{int64(m0.pageSize)}
	if err0 != nil {
		sizes = nil
		for s := int64(1024); s <= 1<<16; s <<= 1 {
			sizes = append(sizes, s)
		}
	}
	for _, s := range sizes {
		n, _ := pf.r.ReadAt(buf, s)
		if m, err := decodeMeta(buf[:n]); err == nil && int64(m.pageSize) == s {
			m1, err1 = m, nil
			break
		} else if err0 == nil {
			err1 = err
		}
	}
	switch {
	case err0 != nil && err1 != nil:
		return fmt.Errorf("neither meta page is valid (page 0: %v; page 1: %v)", err0, err1)
	case err0 != nil:
		pf.meta, pf.bad = m1, fmt.Sprintf("meta page 0 is invalid (%v)", err0)
	case err1 != nil:
		pf.meta, pf.bad = m0, fmt.Sprintf("meta page 1 is invalid (%v)", err1)
	case m1.txid > m0.txid:
		pf.meta, pf.prev = m1, &m0
	default:
		pf.meta, pf.prev = m0, &m1
	}
	return nil
}

// page is one page (with its overflow pages) read from the file.
type page struct {
	id    uint64
	flags uint16
	count int
	data  []byte
}

// readPage reads page id and its overflow, checking that it lies below the
// high-water mark and inside the file and that its header names it.
func (pf *pageFile) readPage(id uint64) (*page, error) {
	ps := int64(pf.meta.pageSize)
	if id < 2 || id >= pf.meta.hwm {
		return nil, fmt.Errorf("page %d: outside the file's pages [2, %d)", id, pf.meta.hwm)
	}
	hdr := make([]byte, pageHeaderSize)
	if _, err := pf.r.ReadAt(hdr, int64(id)*ps); err != nil {
		return nil, fmt.Errorf("page %d: %w", id, readErr(err))
	}
	p := &page{id: le.Uint64(hdr), flags: le.Uint16(hdr[8:]), count: int(le.Uint16(hdr[10:]))}
	overflow := uint64(le.Uint32(hdr[12:]))
	if p.id != id {
		return nil, fmt.Errorf("page %d: its header says page %d (overwritten or zeroed)", id, p.id)
	}
	if id+overflow >= pf.meta.hwm {
		return nil, fmt.Errorf("page %d: %d overflow pages run past the last page %d", id, overflow, pf.meta.hwm-1)
	}
	if int64(id+overflow+1)*ps > pf.size {
		return nil, fmt.Errorf("page %d: %w", id, readErr(io.EOF))
	}
	p.data = make([]byte, int64(overflow+1)*ps)
	if _, err := pf.r.ReadAt(p.data, int64(id)*ps); err != nil {
		return nil, fmt.Errorf("page %d: %w", id, readErr(err))
	}
	return p, nil
}

func readErr(err error) error {
	if errors.Is(err, io.EOF) {
		return errors.New("past the end of the file (truncated)")
	}
	return err
}

// element returns element i's header fields and its key (and, for a leaf,
// value), checking every bound.
func (p *page) element(i int) (flags uint32, key, val []byte, child uint64, err error) {
	at := pageHeaderSize + i*elementSize
	if at+elementSize > len(p.data) {
		return 0, nil, nil, 0, fmt.Errorf("page %d: element %d outside the page", p.id, i)
	}
	e := p.data[at : at+elementSize]
	var pos, ksize, vsize uint64
	if p.flags&branchPageFlag != 0 {
		pos, ksize, child = uint64(le.Uint32(e)), uint64(le.Uint32(e[4:])), le.Uint64(e[8:])
	} else {
		flags, pos, ksize, vsize = le.Uint32(e), uint64(le.Uint32(e[4:])), uint64(le.Uint32(e[8:])), uint64(le.Uint32(e[12:]))
	}
	start := uint64(at) + pos
	if start+ksize+vsize > uint64(len(p.data)) {
		return 0, nil, nil, 0, fmt.Errorf("page %d: element %d points outside the page", p.id, i)
	}
	key = p.data[start : start+ksize]
	val = p.data[start+ksize : start+ksize+vsize]
	return flags, key, val, child, nil
}

// preflight checks a store file before bbolt maps it, so that what would
// fault or trip an assertion in bbolt is reported instead: both meta pages
// valid, the file as long as the meta page's high-water mark says, the root
// and the freelist pages where the meta page says. It reads under a shared
// lock, so that no writer is half-way through a meta page. A missing or
// empty file passes (bbolt creates it).
func preflight(path string, timeout time.Duration) error {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("index: open %s: %w", path, err)
	}
	defer f.Close()
	if info, err := f.Stat(); err != nil || info.Size() == 0 {
		return err
	}
	if err := lockFile(f, false, timeout); err != nil {
		return err
	}
	pf, err := statPageFile(f)
	if err == nil {
		err = pf.validate()
	}
	if err != nil {
		return &DamageError{Path: path, Detail: err.Error()}
	}
	return nil
}

// validate checks the meta pages, the file size, the root and the freelist.
func (pf *pageFile) validate() error {
	m := pf.meta
	if pf.bad != "" {
		return errors.New(pf.bad)
	}
	if need := int64(m.hwm) * int64(m.pageSize); pf.size < need {
		return fmt.Errorf("truncated: %d bytes, its meta page needs %d (%d pages of %d bytes)", pf.size, need, m.hwm, m.pageSize)
	}
	root, err := pf.readPage(m.root)
	if err != nil {
		return fmt.Errorf("root page: %w", err)
	}
	if root.flags&(branchPageFlag|leafPageFlag) == 0 {
		return fmt.Errorf("root page %d is not a branch or leaf page (flags %#x)", m.root, root.flags)
	}
	if m.freelist == noFreelist {
		return nil
	}
	fl, err := pf.readPage(m.freelist)
	if err != nil {
		return fmt.Errorf("freelist: %w", err)
	}
	if fl.flags&freelistPageFlag == 0 {
		return fmt.Errorf("freelist page %d is not a freelist page (flags %#x)", m.freelist, fl.flags)
	}
	n, at := uint64(fl.count), uint64(pageHeaderSize)
	if fl.count == 0xFFFF { // the real count is the first id slot
		if len(fl.data) < pageHeaderSize+8 {
			return fmt.Errorf("freelist page %d is cut short", m.freelist)
		}
		n, at = le.Uint64(fl.data[pageHeaderSize:]), at+8
	}
	if n > (uint64(len(fl.data))-at)/8 {
		return fmt.Errorf("freelist page %d claims %d free pages, more than it holds", m.freelist, n)
	}
	return nil
}
