package index

import (
	"bytes"
	"context"
	"hash/fnv"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// sealMetas recomputes the checksums of the meta pages in b (4 KiB pages),
// so that fuzzed bytes reach the page walk instead of failing the checksum.
func sealMetas(b []byte) {
	for _, at := range []int{0, 4096} {
		m := at + pageHeaderSize
		if len(b) < m+metaChecksumAt+8 || le.Uint32(b[m:]) != boltMagic {
			continue
		}
		h := fnv.New64a()
		_, _ = h.Write(b[m : m+metaChecksumAt])
		le.PutUint64(b[m+metaChecksumAt:], h.Sum64())
	}
}

// FuzzSalvageWalk reads arbitrary bytes as a store file: the preflight and
// the salvage walk must return (an error, or records) and never panic,
// loop or allocate without bound.
func FuzzSalvageWalk(f *testing.F) {
	dir := f.TempDir()
	c := openTest(f, dir)
	require.NoError(f, c.Put(context.Background(), damageEntries()[:20]))
	require.NoError(f, c.Close())
	good, err := os.ReadFile(filepath.Join(dir, DBFile))
	require.NoError(f, err)
	f.Add(good)
	f.Add(good[:len(good)/2])
	zeroed := bytes.Clone(good)
	clear(zeroed[4*4096 : 5*4096])
	f.Add(zeroed)
	f.Add([]byte("not a store"))
	f.Fuzz(func(t *testing.T, b []byte) {
		b = bytes.Clone(b)
		sealMetas(b)
		pf, err := newPageFile(bytes.NewReader(b), int64(len(b)))
		if err != nil {
			return
		}
		_ = pf.validate()
		s := &salvager{pf: pf, seen: map[uint64]bool{}}
		n := 0
		require.NoError(t, s.buckets(func(string, []byte, []byte) error { n++; return nil }))
		require.LessOrEqual(t, n, len(b)/elementSize, "more records than the file can hold")
	})
}

// TestSalvageWalkMutations is FuzzSalvageWalk's property over a fixed set
// of random mutations of a real store file (flipped bytes anywhere, the
// meta pages resealed), so that plain go test exercises it.
func TestSalvageWalkMutations(t *testing.T) {
	dir := t.TempDir()
	c := openTest(t, dir)
	require.NoError(t, c.Put(context.Background(), damageEntries()[:20]))
	require.NoError(t, c.Close())
	good, err := os.ReadFile(filepath.Join(dir, DBFile))
	require.NoError(t, err)
	rng := rand.New(rand.NewPCG(1, 2))
	walked := 0
	for range 1000 {
		b := bytes.Clone(good)
		for range 1 + rng.IntN(20) {
			b[rng.IntN(len(b))] = byte(rng.IntN(256))
		}
		sealMetas(b)
		pf, err := newPageFile(bytes.NewReader(b), int64(len(b)))
		if err != nil {
			continue
		}
		_ = pf.validate()
		s := &salvager{pf: pf, seen: map[uint64]bool{}}
		n := 0
		require.NoError(t, s.buckets(func(string, []byte, []byte) error { n++; return nil }))
		require.LessOrEqual(t, n, len(b)/elementSize)
		walked++
	}
	require.Greater(t, walked, 500, "most mutations reach the page walk")
}
