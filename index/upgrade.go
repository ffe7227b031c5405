package index

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	bolt "go.etcd.io/bbolt"

	"github.com/verbatim-rag/verbatim/corpus"
)

// schemaV2 is the layout before sequence-number keys (layout.go): texts,
// passages and blobs keyed by document id, passage id and hash, refs
// values a bare count, document records without sequence numbers.
const schemaV2 = "2"

// upgradeBatch bounds the bytes one transaction of an upgrade writes.
const upgradeBatch = 8 << 20

// errReopen asks openStore to open the store again: the file it locked
// was replaced (upgraded by another process) while it waited for the lock.
var errReopen = errors.New("index: the store file was replaced while opening it")

// storeSchema returns meta["schema"], "" for a new store.
func storeSchema(db *bolt.DB) (string, error) {
	var v string
	err := db.View(func(tx *bolt.Tx) error {
		if meta := tx.Bucket(bucketMeta); meta != nil {
			v = string(meta.Get(keySchema))
		}
		return nil
	})
	return v, err
}

// upgradeStore rewrites a schema 2 store at path, open as db, in the
// current layout: into a new file beside it (path.upgrade), fsynced, then
// renamed over path, so that a crash leaves either the old store or the
// new one, never a mix. It returns the database to use (db, or the new
// file opened under its own lock, db closed). A read-only open cannot
// upgrade and fails with ErrSchema naming the command that does. before is
// the file at path as it was before db was opened.
func upgradeStore(db *bolt.DB, path string, opts Options, before os.FileInfo) (*bolt.DB, error) {
	v, err := storeSchema(db)
	if err != nil || v != schemaV2 {
		return db, err
	}
	if opts.ReadOnly {
		return db, &wrapped{is: ErrSchema, msg: fmt.Sprintf(
			"index: %s has the layout of schema 2 and this build reads schema %s: run `verbatim check --repair` (or any ingest) once to upgrade it in place",
			path, schemaVer)}
	}
	if now, err := os.Stat(path); err != nil || before == nil || !os.SameFile(before, now) {
		return db, errReopen
	}
	fresh := path + ".upgrade"
	if err := os.Remove(fresh); err != nil && !errors.Is(err, os.ErrNotExist) {
		return db, fmt.Errorf("index: upgrade %s: %w", path, err)
	}
	if err := writeUpgraded(db, fresh); err != nil {
		_ = os.Remove(fresh)
		return db, fmt.Errorf("index: upgrade %s to schema %s (the store is unchanged): %w", path, schemaVer, err)
	}
	if opts.crashAt != nil {
		if err := opts.crashAt("upgrade written"); err != nil {
			return db, err
		}
	}
	if err := os.Rename(fresh, path); err != nil {
		_ = os.Remove(fresh)
		return db, fmt.Errorf("index: upgrade %s: put the new file in place (the store is unchanged): %w", path, err)
	}
	syncDir(filepath.Dir(path))
	// the old file's lock is held until the new one is locked
	ndb, err := bolt.Open(path, 0o644, &bolt.Options{
		Timeout: opts.LockTimeout, NoSync: opts.NoSync, InitialMmapSize: initialMmapSize,
	})
	_ = db.Close()
	if err != nil {
		return nil, fmt.Errorf("index: open %s after its upgrade: %w", path, err)
	}
	return ndb, nil
}

// writeUpgraded writes the records of the schema 2 store db into a new
// file at to, in the current layout, and fsyncs it. Documents get their
// sequence numbers in path order (the order a walk ingests them in).
// Records no document leads to (orphans a check would delete) and
// undecodable ones are left out, except undecodable document records,
// copied as they are (with their ids entry) for Check to report and drop.
func writeUpgraded(db *bolt.DB, to string) error {
	out, err := bolt.Open(to, 0o644, &bolt.Options{NoSync: true, InitialMmapSize: initialMmapSize})
	if err != nil {
		return err
	}
	u := &upgrader{out: out, blobs: map[string]uint64{}, seen: map[string]bool{}}
	err = out.Update(func(tx *bolt.Tx) error {
		for _, name := range allBuckets {
			if _, err := tx.CreateBucketIfNotExists(name); err != nil {
				return err
			}
		}
		return nil
	})
	if err == nil {
		err = db.View(u.copyAll)
	}
	if err == nil {
		err = u.flush()
	}
	if err == nil {
		err = out.Sync()
	}
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	return err
}

// upgrader copies a schema 2 store into the current layout.
type upgrader struct {
	out     *bolt.DB
	pending []record
	bytes   int
	seq     uint64
	blobs   map[string]uint64 // hash → key of the blob in the new file
	seen    map[string]bool   // document ids copied
}

func (u *upgrader) copyAll(tx *bolt.Tx) error {
	for _, name := range [][]byte{bucketJournal, bucketPaths} {
		if err := tx.Bucket(name).ForEach(func(k, v []byte) error { return u.put(name, k, v) }); err != nil {
			return err
		}
	}
	docs := tx.Bucket(bucketDocs)
	// documents in path order first, then any no path leads to
	err := tx.Bucket(bucketPaths).ForEach(func(_, id []byte) error {
		if v := docs.Get(id); v != nil {
			return u.doc(tx, string(id), v)
		}
		return nil
	})
	if err == nil {
		err = docs.ForEach(func(k, v []byte) error { return u.doc(tx, string(k), v) })
	}
	if err == nil {
		err = tx.Bucket(bucketRefs).ForEach(func(k, v []byte) error {
			if blob, ok := u.blobs[string(k)]; ok && len(v) == 8 {
				return u.put(bucketRefs, refKey(string(k)), encodeRef(decodeCount(v), blob))
			}
			return nil
		})
	}
	if err == nil {
		err = tx.Bucket(bucketMeta).ForEach(func(k, v []byte) error {
			if string(k) == string(keySchema) || string(k) == string(keySeq) {
				return nil
			}
			return u.put(bucketMeta, k, v)
		})
	}
	if err == nil {
		err = u.put(bucketMeta, keySeq, seqKey(u.seq))
	}
	if err == nil {
		err = u.put(bucketMeta, keySchema, []byte(schemaVer))
	}
	return err
}

// doc copies document id (record v) with its text, passages and blob.
func (u *upgrader) doc(tx *bolt.Tx, id string, v []byte) error {
	if u.seen[id] {
		return nil
	}
	u.seen[id] = true
	u.seq++
	if err := u.put(bucketIDs, idKey(id), seqKey(u.seq)); err != nil {
		return err
	}
	d, err := decodeDocTag(id, v, docTagV2)
	if err != nil {
		return u.put(bucketDocs, seqKey(u.seq), v)
	}
	d.seq = u.seq
	blob, ok := u.blobs[d.Hash]
	if !ok {
		blob = d.seq
		u.blobs[d.Hash] = blob
		if b := tx.Bucket(bucketBlobs).Get([]byte(d.Hash)); b != nil {
			if err := u.put(bucketBlobs, seqKey(blob), b); err != nil {
				return err
			}
		}
	}
	d.blob = blob
	if t := tx.Bucket(bucketTexts).Get([]byte(id)); t != nil {
		if err := u.put(bucketTexts, seqKey(d.seq), t); err != nil {
			return err
		}
	}
	ps := tx.Bucket(bucketPassages)
	for i := range d.Passages {
		if p := ps.Get([]byte(corpus.PassageID(id, i))); p != nil {
			if err := u.put(bucketPassages, passageKey(d.seq, i), p); err != nil {
				return err
			}
		}
	}
	rec, err := encodeDoc(nil, d)
	if err != nil {
		return u.put(bucketDocs, seqKey(d.seq), v)
	}
	return u.put(bucketDocs, seqKey(d.seq), rec)
}

func (u *upgrader) put(bucket, k, v []byte) error {
	u.pending = append(u.pending, record{string(bucket), string(k), string(v)})
	if u.bytes += len(k) + len(v); u.bytes >= upgradeBatch {
		return u.flush()
	}
	return nil
}

// flush writes the pending records in one transaction, with the fill
// percents of a writer (the keys come in about key order).
func (u *upgrader) flush() error {
	if len(u.pending) == 0 {
		return nil
	}
	err := u.out.Update(func(tx *bolt.Tx) error {
		setFills(tx)
		for _, r := range u.pending {
			if err := tx.Bucket([]byte(r.bucket)).Put([]byte(r.key), []byte(r.val)); err != nil {
				return err
			}
		}
		return nil
	})
	u.pending, u.bytes = u.pending[:0], 0
	return err
}

// decodeCount reads a schema 2 refs value, a big-endian uint64 count.
func decodeCount(v []byte) uint64 {
	var n uint64
	for _, b := range v {
		n = n<<8 | uint64(b)
	}
	return n
}
