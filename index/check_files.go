package index

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/verbatim-rag/verbatim/corpus"
)

// checkFiles compares every document with its file on disk: gone, not a
// regular file, another size or another SHA-256 are reported as notes.
func (c *Corpus) checkFiles(ctx context.Context) ([]Note, error) {
	var docs []corpus.Document
	err := c.eachDoc("/", func(d corpus.Document) error {
		docs = append(docs, d)
		return nil
	})
	if err != nil {
		return nil, err
	}
	var notes []Note
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return notes, fmt.Errorf("index: check files: %w", err)
		}
		if n, ok := fileNote(d); ok {
			notes = append(notes, n)
		}
	}
	return notes, nil
}

// fileNote compares one document with its file.
func fileNote(d corpus.Document) (Note, bool) {
	name := filepath.FromSlash(d.Path)
	info, err := os.Stat(name)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return Note{Kind: NoteMissing, Path: d.Path}, true
	case err != nil:
		return Note{Kind: NoteUnreadable, Path: d.Path, Detail: err.Error()}, true
	case !info.Mode().IsRegular():
		return Note{Kind: NoteChanged, Path: d.Path, Detail: "no longer a regular file"}, true
	case info.Size() != d.Size:
		return Note{Kind: NoteChanged, Path: d.Path, Detail: fmt.Sprintf("%d bytes, %d when ingested", info.Size(), d.Size)}, true
	}
	hash, err := hashFile(name)
	if err != nil {
		return Note{Kind: NoteUnreadable, Path: d.Path, Detail: err.Error()}, true
	}
	if hash != d.Hash {
		return Note{Kind: NoteChanged, Path: d.Path, Detail: "same size, other content"}, true
	}
	return Note{}, false
}

func hashFile(name string) (string, error) {
	f, err := os.Open(name)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}
