package index

import (
	"fmt"
	"path/filepath"
	"runtime/debug"
	"strings"

	bolt "go.etcd.io/bbolt"
)

// DamageError is an ErrDamaged naming the file and what was found.
type DamageError struct {
	Path   string // the store file
	Detail string // what is wrong with it
}

func (e *DamageError) Error() string {
	return fmt.Sprintf("index: store %s is damaged (%s): run `verbatim check --repair` to salvage every readable record into a fresh file, then `verbatim ingest` to restore the rest", e.Path, e.Detail)
}

// Is makes a DamageError match ErrDamaged.
func (e *DamageError) Is(target error) bool { return target == ErrDamaged }

// guardStore runs fn, which reads the memory-mapped store file at path, so
// that damage to the file becomes a DamageError instead of a crash: a
// memory fault on the mapping (a truncated file: SIGBUS) is turned into a
// panic for this goroutine by debug.SetPanicOnFault, and that panic, like
// bbolt's assertion panics on a page that is not what it should be, is
// recovered. bbolt rolls the transaction back as the panic unwinds, so
// nothing half-written is committed.
func guardStore(path string, fn func() error) (err error) {
	old := debug.SetPanicOnFault(true)
	defer debug.SetPanicOnFault(old)
	defer func() {
		if r := recover(); r != nil {
			err = &DamageError{Path: path, Detail: fmt.Sprintf("reading it failed: %v", r)}
		}
	}()
	return fn()
}

// storePath is the path of the corpus's store file.
func (c *Corpus) storePath() string { return filepath.Join(c.dir, DBFile) }

// viewTx is db.View under guardStore: every read of the store goes
// through it.
func (c *Corpus) viewTx(fn func(*bolt.Tx) error) error {
	return guardStore(c.storePath(), func() error { return c.db.View(fn) })
}

// updateTx is db.Update under guardStore: every write of the store goes
// through it.
func (c *Corpus) updateTx(fn func(*bolt.Tx) error) error {
	return guardStore(c.storePath(), func() error { return c.db.Update(fn) })
}

// maxPageErrors bounds the page-level inconsistencies a DamageError lists.
const maxPageErrors = 5

// checkPages runs bbolt's own consistency check (Tx.Check: every page of
// every bucket reachable once, keys in order, the freelist consistent) and
// reports what it finds as a DamageError. Tx.Check reads the pages in a
// goroutine of its own, out of guardStore's reach, so every bucket is first
// walked here, under the guard of the caller: a page that would fault
// faults here.
func (c *Corpus) checkPages(tx *bolt.Tx) error {
	err := tx.ForEach(func(_ []byte, b *bolt.Bucket) error {
		return b.ForEach(func(_, _ []byte) error { return nil })
	})
	if err != nil {
		return err
	}
	var found []string
	n := 0
	for err := range tx.Check() {
		if n++; len(found) < maxPageErrors {
			found = append(found, err.Error())
		}
	}
	if n == 0 {
		return nil
	}
	detail := fmt.Sprintf("bbolt's check found %d inconsistencies: %s", n, strings.Join(found, "; "))
	return &DamageError{Path: c.storePath(), Detail: detail}
}
