// Package indextest damages a passage index's files on disk the way a
// failing disk or a stray write would, for the tests of the packages that
// must survive it (index's check and repair, retrieve's search). It reads
// bleve's zap segment format only as far as the damage needs.
package indextest

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// DamageStoredFields points the stored-fields offsets of the first docs
// documents of the one zap segment in storeDir (the index's
// "passages.bleve/store") far past the end of the file. zap opens such a
// segment (it reads only its footer) but slices past the end of the file
// when a document's stored fields are read.
func DamageStoredFields(t testing.TB, storeDir string, docs int) {
	t.Helper()
	zaps, err := filepath.Glob(filepath.Join(storeDir, "*.zap"))
	require.NoError(t, err)
	require.Len(t, zaps, 1)
	b, err := os.ReadFile(zaps[0])
	require.NoError(t, err)
	// zap's footer ends with the stored index's offset, the sections
	// index's, chunk mode, version and CRC; the stored index holds an
	// 8-byte offset of each document's stored fields.
	stored := binary.BigEndian.Uint64(b[len(b)-28:])
	n := uint64(8 * docs)
	require.Less(t, stored+n, uint64(len(b)))
	for i := stored; i < stored+n; i++ {
		b[i] = 0x7f
	}
	require.NoError(t, os.WriteFile(zaps[0], b, 0o644))
}
