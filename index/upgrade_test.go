package index

import (
	"context"
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	bolt "go.etcd.io/bbolt"

	"github.com/verbatim-rag/verbatim/corpus"
)

// downgrade rewrites the closed store in dir in the layout of schema 2
// (texts, passages and blobs keyed by document id, passage id and hash,
// refs values a bare count, document records without sequence numbers),
// as a build of that schema wrote it.
func downgrade(t *testing.T, dir string) {
	t.Helper()
	db, err := bolt.Open(filepath.Join(dir, DBFile), 0o644, nil)
	require.NoError(t, err)
	defer func() { require.NoError(t, db.Close()) }()
	require.NoError(t, db.Update(func(tx *bolt.Tx) error {
		docs, texts, ps := tx.Bucket(bucketDocs), tx.Bucket(bucketTexts), tx.Bucket(bucketPassages)
		blobs, refs := tx.Bucket(bucketBlobs), tx.Bucket(bucketRefs)
		var all []storedDoc
		require.NoError(t, docs.ForEach(func(_, v []byte) error {
			d, err := decodeDocRecord(v)
			all = append(all, d)
			return err
		}))
		moves := map[string]bool{}
		move := func(b *bolt.Bucket, from, to []byte) {
			v := append([]byte(nil), b.Get(from)...)
			require.NoError(t, b.Delete(from))
			require.NoError(t, b.Put(to, v))
		}
		for _, d := range all {
			v, err := encodeDoc(nil, d)
			require.NoError(t, err)
			tail := len(binary.AppendUvarint(nil, d.seq)) + len(binary.AppendUvarint(nil, d.blob))
			v = v[:len(v)-tail]
			v[0] = docTagV2
			require.NoError(t, docs.Delete(seqKey(d.seq)))
			require.NoError(t, docs.Put([]byte(d.ID), v))
			move(texts, seqKey(d.seq), []byte(d.ID))
			for i := range d.Passages {
				move(ps, passageKey(d.seq, i), []byte(corpus.PassageID(d.ID, i)))
			}
			if !moves[d.Hash] {
				moves[d.Hash] = true
				move(blobs, seqKey(d.blob), []byte(d.Hash))
				n, _ := decodeRef(refs.Get(refKey(d.Hash)))
				require.NoError(t, refs.Delete(refKey(d.Hash)))
				require.NoError(t, refs.Put([]byte(d.Hash), binary.BigEndian.AppendUint64(nil, n)))
			}
		}
		require.NoError(t, tx.DeleteBucket(bucketIDs))
		meta := tx.Bucket(bucketMeta)
		require.NoError(t, meta.Delete(keySeq))
		return meta.Put(keySchema, []byte(schemaV2))
	}))
}

// snapshot is what a reader sees of a corpus.
type snapshot struct {
	docs      []corpus.Document
	passages  []corpus.Passage
	originals map[string]string
	indexed   []string
}

func snap(t *testing.T, c *Corpus) snapshot {
	t.Helper()
	s := snapshot{originals: map[string]string{}, indexed: bleveIDs(t, c)}
	var err error
	s.docs, err = c.AllDocuments()
	require.NoError(t, err)
	for _, d := range s.docs {
		b, err := c.Original(d.ID)
		require.NoError(t, err)
		s.originals[d.Path] = string(b)
	}
	require.NoError(t, c.EachPassage(context.Background(), func(p corpus.Passage) error {
		s.passages = append(s.passages, p)
		return nil
	}))
	return s
}

func upgradeFixture(t *testing.T) (dir string, before snapshot) {
	t.Helper()
	dir = t.TempDir()
	c := openTest(t, dir)
	require.NoError(t, c.Put(context.Background(), []corpus.Entry{
		textEntry("/c/a.txt", "alpha one", "alpha two", "alpha three"),
		textEntry("/c/b.txt", "beta"),
		textEntry("/c/d.txt", "kappa shared"),
		textEntry("/c/e.txt", "kappa shared"),
	}))
	before = snap(t, c)
	require.NoError(t, c.Close())
	downgrade(t, dir)
	return dir, before
}

func schemaOf(t *testing.T, dir string) string {
	t.Helper()
	db, err := bolt.Open(filepath.Join(dir, DBFile), 0o644, &bolt.Options{ReadOnly: true})
	require.NoError(t, err)
	defer db.Close()
	v, err := storeSchema(db)
	require.NoError(t, err)
	return v
}

// TestUpgradeFromSchema2: a writable Open rewrites a schema 2 store in
// the current layout; every document, passage, original and index entry
// reads back the same, Check finds nothing, and later writes work.
func TestUpgradeFromSchema2(t *testing.T) {
	ctx := context.Background()
	dir, before := upgradeFixture(t)
	require.Equal(t, schemaV2, schemaOf(t, dir))

	c := openTest(t, dir)
	assert.Equal(t, before, snap(t, c))
	rep, err := c.Check(ctx, CheckOptions{})
	require.NoError(t, err)
	assert.Empty(t, rep.Problems)
	assert.Equal(t, 3, bucketLen(t, c, bucketBlobs), "the shared blob stays one")
	assert.NoFileExists(t, filepath.Join(dir, DBFile+".upgrade"))

	// new documents get fresh keys; replacing and deleting work
	require.NoError(t, c.Put(ctx, []corpus.Entry{textEntry("/c/f.txt", "phi"), textEntry("/c/a.txt", "alpha new")}))
	require.NoError(t, c.Delete(ctx, []string{"/c/d.txt"}))
	p, _, err := c.Passage(pid("/c/b.txt", 0))
	require.NoError(t, err)
	assert.Equal(t, "beta", p.Text)
	ps, err := c.DocPassages(idOf("/c/a.txt"))
	require.NoError(t, err)
	require.Len(t, ps, 1)
	assert.Equal(t, "alpha new", ps[0].Text)
	rep, err = c.Check(ctx, CheckOptions{})
	require.NoError(t, err)
	assert.Empty(t, rep.Problems)
	requireConsistent(t, c)
	require.NoError(t, c.Close())
	assert.Equal(t, schemaVer, schemaOf(t, dir))
}

// TestUpgradeCrash: a crash after the new file is written but before it
// is renamed leaves the schema 2 store as it was; the next Open upgrades
// it. A read-only Open refuses it with the command that upgrades it.
func TestUpgradeCrash(t *testing.T) {
	dir, before := upgradeFixture(t)
	crash := errors.New("crash")
	_, err := Open(dir, Options{NoSync: true, LockTimeout: 200e6,
		crashAt: func(point string) error {
			if point == "upgrade written" {
				return crash
			}
			return nil
		}})
	require.ErrorIs(t, err, crash)
	assert.Equal(t, schemaV2, schemaOf(t, dir))
	assert.FileExists(t, filepath.Join(dir, DBFile+".upgrade"), "the crash left the new file behind")

	_, err = Open(dir, Options{ReadOnly: true, LockTimeout: 200e6})
	require.ErrorIs(t, err, ErrSchema)
	assert.Contains(t, err.Error(), "verbatim check --repair")

	c := openTest(t, dir)
	defer c.Close()
	assert.Equal(t, before, snap(t, c))
	assert.NoFileExists(t, filepath.Join(dir, DBFile+".upgrade"))
}

// TestUpgradeKeepsBadRecords: an undecodable document record of a schema
// 2 store is copied as it is, for Check to report and drop; orphan texts
// and passages are left behind.
func TestUpgradeKeepsBadRecords(t *testing.T) {
	ctx := context.Background()
	dir, _ := upgradeFixture(t)
	db, err := bolt.Open(filepath.Join(dir, DBFile), 0o644, nil)
	require.NoError(t, err)
	require.NoError(t, db.Update(func(tx *bolt.Tx) error {
		require.NoError(t, tx.Bucket(bucketTexts).Put([]byte("0123456789abcdef"), []byte("\x02{}")))
		return tx.Bucket(bucketDocs).Put([]byte(idOf("/c/b.txt")), []byte("{not a record"))
	}))
	require.NoError(t, db.Close())

	c := openTest(t, dir)
	defer c.Close()
	assert.Equal(t, 3, bucketLen(t, c, bucketTexts), "the orphan text and b's text are left out")
	rep, err := c.Check(ctx, CheckOptions{Repair: true})
	require.NoError(t, err)
	assert.Equal(t, []string{"/c/b.txt"}, rep.Dropped)
	requireConsistent(t, c)
	_, err = os.Stat(filepath.Join(dir, DBFile))
	require.NoError(t, err)
}
