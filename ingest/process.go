package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"syscall"
	"time"

	"github.com/verbatim-rag/verbatim/corpus"
)

// job is one file to read.
type job struct {
	file File
	path string // absolute slash path, the Document.Path
	root string // absolute slash path of the root
	old  *corpus.Document
	seq  int // its place in the queue
}

// outcome says what became of a file.
type outcome int

const (
	outAdded outcome = iota
	outUpdated
	outUnchanged
	outSkipped
	outFailed
)

// result is a worker's answer for one job.
type result struct {
	job
	outcome outcome
	entry   corpus.Entry // for outAdded and outUpdated
	reason  string       // for outSkipped
	detail  string       // for outSkipped: Skip.Detail
	err     error        // for outFailed
	bytes   int64        // bytes read
}

// processor reads, hashes, extracts and chunks files.
type processor struct {
	cfg   Config
	force bool
	now   func() time.Time
}

func (p *processor) process(j job) result {
	res := result{job: j}
	data, reason, err := readFile(j.file.Path, p.cfg.MaxFileSize)
	res.bytes = int64(len(data))
	switch {
	case err != nil:
		res.outcome, res.err = outFailed, err
		return res
	case reason != "":
		res.outcome, res.reason = outSkipped, reason
		return res
	}
	hash := sha256.Sum256(data)
	hexHash := hex.EncodeToString(hash[:])
	if !p.force && j.old != nil && j.old.Hash == hexHash && !defaultRegistry.Outdated(*j.old) {
		res.outcome = outUnchanged
		return res
	}
	entry, reason, err := p.entry(j, data, hexHash)
	switch {
	case reason != "":
		res.outcome, res.reason, res.detail = outSkipped, reason, skipDetail(err)
	case err != nil:
		res.outcome, res.err = outFailed, err
	case j.old == nil:
		res.outcome, res.entry = outAdded, entry
	default:
		res.outcome, res.entry = outUpdated, entry
	}
	return res
}

// entry extracts and chunks one file's bytes. A file that is not a
// document gets a skip reason, and the error that says why.
func (p *processor) entry(j job, data []byte, hash string) (corpus.Entry, string, error) {
	format, ex, err := Extract(j.file.Path, data)
	if err != nil {
		if reason := skipReason(err); reason != "" {
			return corpus.Entry{}, reason, err
		}
		return corpus.Entry{}, "", err
	}
	doc := corpus.Document{
		ID: corpus.DocID(j.path), Path: j.path, Root: j.root, Format: format,
		Title: ex.Title, Size: int64(len(data)), ModTime: j.file.ModTime, Hash: hash,
		TextLen: len(ex.Text), Pages: ex.Pages, Ingested: p.now(),
	}
	if doc.Title == "" {
		doc.Title = path.Base(j.path)
	}
	passages := Passages(doc, ex, Chunk(ex, p.cfg.Chunk))
	doc.Passages = len(passages)
	return corpus.Entry{Doc: doc, Original: data, Extraction: ex, Passages: passages}, "", nil
}

// skipReason maps the extractor errors that mean "not a document" to skip
// reasons; other errors are failures.
func skipReason(err error) string {
	switch {
	case errors.Is(err, ErrEmpty):
		return ReasonEmpty
	case errors.Is(err, ErrBinary), errors.Is(err, ErrInvalidUTF8):
		return ReasonNotText
	case errors.Is(err, ErrUnsupported):
		return ReasonUnsupported
	case errors.Is(err, ErrNoText):
		return ReasonNoText
	}
	return ""
}

// readFile reads a regular file of at most limit bytes. A file that is gone,
// too large or not regular (checked on the open file, which a FIFO put in
// its place does not block opening) is a skip (reason), anything else an
// error.
func readFile(name string, limit int64) ([]byte, string, error) {
	f, err := os.OpenFile(name, openFlags, 0)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, ReasonVanished, nil
	case errors.Is(err, syscall.ENAMETOOLONG):
		return nil, ReasonNameTooLong, nil
	}
	if err != nil {
		return nil, "", fmt.Errorf("ingest: read %s: %w", name, err)
	}
	defer f.Close()
	info, err := f.Stat()
	switch {
	case err != nil:
		return nil, "", fmt.Errorf("ingest: read %s: %w", name, err)
	case !info.Mode().IsRegular():
		return nil, ReasonIrregular, nil
	case info.Size() > limit:
		return nil, ReasonTooLarge, nil
	}
	data, err := readAll(f, info.Size(), limit)
	switch {
	case err != nil:
		return nil, "", fmt.Errorf("ingest: read %s: %w", name, err)
	case int64(len(data)) > limit:
		return nil, ReasonTooLarge, nil
	}
	return data, "", nil
}

// readAll reads f, whose size was size when opened, up to limit+1 bytes
// (so that a file grown past limit shows as such). The buffer is sized
// for the file at once: io.ReadAll's doubling would briefly hold twice a
// large file.
func readAll(f io.Reader, size, limit int64) ([]byte, error) {
	buf := make([]byte, 0, min(size, limit)+1)
	for int64(len(buf)) <= limit {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)] // grown since the stat: let append choose
		}
		n, err := f.Read(buf[len(buf):min(int64(cap(buf)), limit+1)])
		buf = buf[:len(buf)+n]
		if errors.Is(err, io.EOF) {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
	}
	return buf, nil
}
