package index

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	bolt "go.etcd.io/bbolt"

	"github.com/verbatim-rag/verbatim/corpus"
)

// damageEntries is a corpus large enough that every bucket spans pages.
func damageEntries() []corpus.Entry {
	words := strings.Fields("alder birch cedar damson elder fir gorse hazel ilex juniper kale larch maple nettle oak")
	var out []corpus.Entry
	for i := range 300 {
		paras := make([]string, 3)
		for j := range paras {
			var b strings.Builder
			for k := range 40 {
				fmt.Fprintf(&b, "%s%d ", words[(i*7+j*3+k)%len(words)], (i*31+k)%97)
			}
			paras[j] = strings.TrimSpace(b.String())
		}
		out = append(out, textEntry(fmt.Sprintf("/d/f%03d.txt", i), paras...))
	}
	return out
}

// openPageFile opens the bbolt file at path and reads its meta pages. It
// fails when neither meta page is valid. Close the file when done.
func openPageFile(path string) (*pageFile, *os.File, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	pf, err := statPageFile(f)
	if err != nil {
		_ = f.Close()
		return nil, nil, err
	}
	return pf, f, nil
}

// corpusState is what a clean ingest must equal: documents (path → hash),
// passages (id → text) and the ids bleve holds.
type corpusState struct {
	docs     map[string]string
	passages map[string]string
	indexed  []string
}

func stateOf(t *testing.T, c *Corpus) corpusState {
	t.Helper()
	st := corpusState{docs: map[string]string{}, passages: map[string]string{}, indexed: bleveIDs(t, c)}
	docs, err := c.AllDocuments()
	require.NoError(t, err)
	for _, d := range docs {
		st.docs[d.Path] = d.Hash
	}
	require.NoError(t, c.EachPassage(context.Background(), func(p corpus.Passage) error {
		st.passages[p.ID] = p.Text
		return nil
	}))
	return st
}

// leafPages lists the leaf pages of a bucket of the store file at path.
func leafPages(t *testing.T, path string, bucket []byte) []uint64 {
	t.Helper()
	pf, f, err := openPageFile(path)
	require.NoError(t, err)
	defer f.Close()
	var root uint64
	rp, err := pf.readPage(pf.meta.root)
	require.NoError(t, err)
	for i := range rp.count {
		_, k, v, _, err := rp.element(i)
		require.NoError(t, err)
		if string(k) == string(bucket) {
			root = le.Uint64(v)
		}
	}
	require.NotZero(t, root, "bucket %s is not inline", bucket)
	var leaves []uint64
	var walk func(id uint64)
	walk = func(id uint64) {
		p, err := pf.readPage(id)
		require.NoError(t, err)
		if p.flags&leafPageFlag != 0 {
			leaves = append(leaves, id)
			return
		}
		for i := range p.count {
			_, _, _, child, err := p.element(i)
			require.NoError(t, err)
			walk(child)
		}
	}
	walk(root)
	return leaves
}

// zeroPage overwrites page id of the file at path with zeros.
func zeroPage(t *testing.T, path string, id uint64) {
	t.Helper()
	ps := int64(storeMeta(t, path).pageSize)
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	require.NoError(t, err)
	_, err = f.WriteAt(make([]byte, ps), int64(id)*ps)
	require.NoError(t, err)
	require.NoError(t, f.Close())
}

func storeMeta(t *testing.T, path string) boltMeta {
	t.Helper()
	pf, f, err := openPageFile(path)
	require.NoError(t, err)
	defer f.Close()
	return pf.meta
}

// TestDamagedStore corrupts the store file in each way a disk or a careless
// hand does it and shows: a clear error naming the file and the repair (no
// crash), a salvage that keeps the damaged file beside, a repair, and a
// re-ingest that gives exactly the state of a clean ingest.
func TestDamagedStore(t *testing.T) {
	ctx := context.Background()
	entries := damageEntries()
	cleanDir := t.TempDir()
	c := openTest(t, cleanDir)
	require.NoError(t, c.Put(ctx, entries))
	want := stateOf(t, c)
	require.NoError(t, c.Close())

	tests := []struct {
		name    string
		corrupt func(t *testing.T, path string)
		openErr bool // Open itself fails (else Check finds the damage)
		lost    bool // records are lost and come back with the re-ingest
	}{
		{
			name: "truncated to half",
			corrupt: func(t *testing.T, path string) {
				// Half of the pages in use: bbolt grows the file ahead of
				// them, and cutting only that slack loses nothing.
				db, err := bolt.Open(path, 0o644, &bolt.Options{ReadOnly: true})
				require.NoError(t, err)
				var used int64
				require.NoError(t, db.View(func(tx *bolt.Tx) error { used = tx.Size(); return nil }))
				require.NoError(t, db.Close())
				require.NoError(t, os.Truncate(path, used/2))
			},
			openErr: true, lost: true,
		},
		{
			name: "zeroed data page",
			corrupt: func(t *testing.T, path string) {
				leaves := leafPages(t, path, bucketPassages)
				require.Greater(t, len(leaves), 2)
				zeroPage(t, path, leaves[len(leaves)/2])
			},
			lost: true,
		},
		{
			name:    "zeroed meta page",
			corrupt: func(t *testing.T, path string) { zeroPage(t, path, storeMeta(t, path).txid%2) },
			openErr: true,
		},
		{
			name: "zeroed freelist page",
			corrupt: func(t *testing.T, path string) {
				m := storeMeta(t, path)
				require.NotEqual(t, noFreelist, m.freelist)
				zeroPage(t, path, m.freelist)
			},
			openErr: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			c := openTest(t, dir)
			require.NoError(t, c.Put(ctx, entries))
			require.NoError(t, c.Close())
			path := filepath.Join(dir, DBFile)
			tt.corrupt(t, path)
			damaged, err := os.ReadFile(path)
			require.NoError(t, err)

			requireDamaged := func(err error) {
				t.Helper()
				require.ErrorIs(t, err, ErrDamaged)
				assert.Contains(t, err.Error(), path)
				assert.Contains(t, err.Error(), "verbatim check --repair")
			}
			for _, ro := range []bool{true, false} {
				c, err := Open(dir, Options{ReadOnly: ro, NoSync: true, LockTimeout: 200e6})
				if tt.openErr {
					requireDamaged(err)
					continue
				}
				require.NoError(t, err)
				_, err = c.Check(ctx, CheckOptions{})
				requireDamaged(err)
				_, _, err = c.Passages(want.indexedSample())
				requireDamaged(err)
				require.NoError(t, c.Close())
			}

			rep, err := Salvage(dir, Options{LockTimeout: 200e6})
			require.NoError(t, err)
			assert.Equal(t, tt.lost, len(rep.Lost) > 0, "lost: %v", rep.Lost)
			kept, err := os.ReadFile(rep.Damaged)
			require.NoError(t, err)
			assert.True(t, bytes.Equal(damaged, kept), "the damaged file is kept as it was")

			c = openTest(t, dir)
			defer c.Close()
			crep, err := c.Check(ctx, CheckOptions{Repair: true})
			require.NoError(t, err)
			require.True(t, crep.OK(), "%v", crep.Remaining())
			requireCheckClean(t, c)
			var again []corpus.Entry
			for _, e := range entries {
				if _, err := c.DocumentByPath(e.Doc.Path); err != nil {
					again = append(again, e)
				}
			}
			assert.Equal(t, tt.lost, len(again) > 0, "documents to re-ingest")
			require.NoError(t, c.Put(ctx, again))
			assert.Equal(t, want, stateOf(t, c))
			requireCheckClean(t, c)
		})
	}
}

// indexedSample is every passage id of the state, for a read that touches
// every passage record.
func (s corpusState) indexedSample() []string { return s.indexed }

// TestSalvageFromPreviousTree zeroes the page that lists the buckets of the
// newest transaction: nothing is reachable from the newest meta page, but
// bbolt keeps the previous transaction's pages intact, and the salvage
// takes the records from there.
func TestSalvageFromPreviousTree(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	c := openTest(t, dir)
	entries := damageEntries()[:50]
	require.NoError(t, c.Put(ctx, entries))
	want := stateOf(t, c)
	require.NoError(t, c.Close())
	path := filepath.Join(dir, DBFile)
	zeroPage(t, path, storeMeta(t, path).root)

	_, err := Open(dir, Options{ReadOnly: true, LockTimeout: 200e6})
	require.ErrorIs(t, err, ErrDamaged)
	rep, err := Salvage(dir, Options{LockTimeout: 200e6})
	require.NoError(t, err)
	assert.NotEmpty(t, rep.Lost)
	assert.Positive(t, rep.FromPrevious)

	c = openTest(t, dir)
	defer c.Close()
	crep, err := c.Check(ctx, CheckOptions{Repair: true})
	require.NoError(t, err)
	require.True(t, crep.OK(), "%v", crep.Remaining())
	assert.Empty(t, crep.Dropped)
	assert.Equal(t, want, stateOf(t, c), "nothing to re-ingest")
}

// TestSalvageLostBucketsSaySo: the salvage of a store whose list of
// buckets was damaged names the file and, per bucket, whether its records
// came from the previous transaction's copy or what was lost and what
// check --repair does about it. It said "bucket ids: not found", also for
// buckets it then found in the previous copy, and for the ids bucket of a
// schema 2 store, which has none.
func TestSalvageLostBucketsSaySo(t *testing.T) {
	t.Run("from the previous copy", func(t *testing.T) {
		dir := t.TempDir()
		c := openTest(t, dir)
		require.NoError(t, c.Put(context.Background(), damageEntries()[:20]))
		require.NoError(t, c.Close())
		path := filepath.Join(dir, DBFile)
		zeroPage(t, path, storeMeta(t, path).root)
		rep, err := Salvage(dir, Options{LockTimeout: 200e6})
		require.NoError(t, err)
		var buckets []string
		for _, l := range rep.Lost {
			if strings.Contains(l, "bucket ") {
				buckets = append(buckets, l)
				assert.Contains(t, l, path+`: bucket "`)
				assert.Contains(t, l, "taken from the previous transaction's copy")
			}
		}
		assert.Len(t, buckets, len(allBuckets))
	})
	t.Run("schema 2 has no ids bucket", func(t *testing.T) {
		dir, _ := upgradeFixture(t)
		rep, err := Salvage(dir, Options{LockTimeout: 200e6})
		require.NoError(t, err)
		assert.Empty(t, rep.Lost)
		c := openTest(t, dir) // upgrades the salvaged schema 2 store
		defer c.Close()
		crep, err := c.Check(context.Background(), CheckOptions{})
		require.NoError(t, err)
		assert.True(t, crep.OK(), "%v", crep.Remaining())
	})
	t.Run("lost", func(t *testing.T) {
		s := &salvager{found: map[string]bool{}, schema: schemaVer}
		for _, b := range allBuckets {
			s.found[string(b)] = string(b) != string(bucketDocs) && string(b) != string(bucketIDs)
		}
		s.missingBuckets("/data/verbatim.db", nil)
		require.Len(t, s.lost, 2)
		assert.Contains(t, s.lost[0], `/data/verbatim.db: bucket "docs" not found`)
		assert.Contains(t, s.lost[0], "the document records")
		assert.Contains(t, s.lost[1], `bucket "ids" not found`)
		assert.Contains(t, s.lost[1], "check --repair rebuilds them from the document records")
	})
}
