package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"unicode/utf8"
)

// ReasonNotText is the skip reason of a file read as text (plain text,
// Markdown, reStructuredText, POD, source code, CSV, HTML, or a file
// whose extension no extractor claims) whose bytes are not UTF-8 text; Skip.Detail
// says where: "NUL byte at offset 12" (a NUL in the first 8,000 bytes, as
// git tells binary files) or "not valid UTF-8 at offset 35". It is the same
// whatever the extension, and a stored document whose file turned into one
// is kept, as for the other files a run leaves out (see Options.Prune).
const ReasonNotText = "not text"

// NotTextError reports bytes that are not UTF-8 text. It matches ErrBinary
// (a NUL byte) or ErrInvalidUTF8 with errors.Is.
type NotTextError struct {
	Path   string
	Detail string // "NUL byte at offset N" or "not valid UTF-8 at offset N"
	Offset int64  // N: the offset in the file
	kind   error  // ErrBinary or ErrInvalidUTF8
}

// newNotText returns the NotTextError of kind at offset off of the file at path.
func newNotText(path string, kind error, off int64) *NotTextError {
	what := "not valid UTF-8"
	if kind == ErrBinary {
		what = "NUL byte"
	}
	return &NotTextError{Path: path, Detail: fmt.Sprintf("%s at offset %d", what, off), Offset: off, kind: kind}
}

func (e *NotTextError) Error() string {
	return fmt.Sprintf("ingest: %s: %s: %s", e.Path, ReasonNotText, e.Detail)
}

func (e *NotTextError) Unwrap() error { return e.kind }

// nulAt returns the offset of the first NUL byte in data's first
// binarySniffLen bytes, or -1.
func nulAt(data []byte) int {
	return bytes.IndexByte(data[:min(len(data), binarySniffLen)], 0)
}

// notText returns a NotTextError for data, the bytes of the file at path,
// when they hold a NUL byte in their first binarySniffLen bytes or are not
// valid UTF-8; nil for text. head says data is only the start of a longer
// file, whose last rune may be cut.
func notText(path string, data []byte, head bool) *NotTextError {
	if i := nulAt(data); i >= 0 {
		return newNotText(path, ErrBinary, int64(i))
	}
	i := invalidUTF8At(data)
	if i < 0 || (head && len(data)-i < utf8.UTFMax && !utf8.FullRune(data[i:])) {
		return nil
	}
	return newNotText(path, ErrInvalidUTF8, int64(i))
}

// skipDetail is the detail of a skip for err: where a file is not text.
func skipDetail(err error) string {
	var nt *NotTextError
	if errors.As(err, &nt) {
		return nt.Detail
	}
	return ""
}

// explainUnsupported gives the skips of the walk that are stored documents
// left out as of an unsupported format the reason they have: a file whose
// extension no extractor claims is read as plain text when it looks like
// text, so a stored one now left out (a text file overwritten with binary
// bytes) is reported as not text, with where, as a file named .txt is.
// Files never stored keep "unsupported format" (an image, an archive).
func explainUnsupported(skips []Skip, stored func(path string) bool) {
	for i, s := range skips {
		if s.Reason != ReasonUnsupported || !stored(s.Path) {
			continue
		}
		if nt := sniffNotText(s.Path); nt != nil {
			skips[i].Reason, skips[i].Detail = ReasonNotText, nt.Detail
		}
	}
}

// sniffNotText reads the start of the file at path, as the walk does to
// tell text, and says why it is not text (nil when it is, or cannot be
// read).
func sniffNotText(path string) *NotTextError {
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	buf := make([]byte, sniffBytes)
	n, _ := io.ReadFull(f, buf)
	if n == 0 {
		return nil
	}
	if _, ok := utf16Order(buf[:n]); ok {
		return nil
	}
	return notText(path, buf[:n], n == sniffBytes)
}
