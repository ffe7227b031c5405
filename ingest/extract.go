package ingest

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"github.com/verbatim-rag/verbatim/corpus"
)

// Errors an extractor returns; callers branch on them with errors.Is.
// ErrUnsupported, ErrBinary and ErrEmpty make Run skip a file, any other
// error makes it fail.
var (
	ErrUnsupported = errors.New("unsupported format")
	ErrBinary      = errors.New("binary file")
	ErrEmpty       = errors.New("empty file")
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	ErrMalformed   = errors.New("malformed file")
	ErrTooLarge    = errors.New("content too large")
)

// Extractor turns the bytes of one file format into text and a source map.
type Extractor interface {
	// Format is the format this extractor reads.
	Format() corpus.Format
	// Extract extracts data, the bytes of the file at path (used in
	// errors). It must not panic and must return valid UTF-8 text.
	Extract(path string, data []byte) (corpus.Extraction, error)
}

// Registry chooses an extractor by file extension, sniffing the content
// when the extension says nothing.
type Registry struct {
	byExt map[string]Extractor
}

// NewRegistry returns a registry with every built-in extractor.
func NewRegistry() *Registry {
	r := &Registry{byExt: map[string]Extractor{}}
	r.Register(textExtractor{}, "", ".txt", ".text", ".log")
	r.Register(markdownExtractor{}, ".md", ".markdown", ".mdown", ".mkd")
	r.Register(rstExtractor{}, ".rst", ".rest")
	r.Register(podExtractor{}, ".pod")
	r.Register(manExtractor{}, ".man")
	r.Register(codeExtractor{}, codeExtensions...)
	r.Register(htmlExtractor{}, ".html", ".htm", ".xhtml")
	r.Register(pdfExtractor{}, ".pdf")
	r.Register(docxExtractor{}, ".docx")
	r.Register(odtExtractor{}, ".odt")
	r.Register(epubExtractor{}, ".epub")
	r.Register(pptxExtractor{}, ".pptx")
	r.Register(xlsxExtractor{}, ".xlsx", ".xlsm")
	r.Register(csvExtractor{}, ".csv")
	r.Register(csvExtractor{comma: '\t'}, ".tsv", ".tab")
	return r
}

// Register makes e the extractor of files with these extensions (with the
// leading dot, case-insensitive; "" for files without one).
func (r *Registry) Register(e Extractor, exts ...string) {
	for _, ext := range exts {
		r.byExt[strings.ToLower(ext)] = e
	}
}

// Supported reports whether a file with this path's extension has an
// extractor.
func (r *Registry) Supported(path string) bool {
	_, ok := r.byExt[extOf(path)]
	return ok
}

// Extract extracts the file at path whose bytes are data.
func (r *Registry) Extract(path string, data []byte) (corpus.Format, corpus.Extraction, error) {
	if len(data) == 0 {
		return "", corpus.Extraction{}, fmt.Errorf("ingest: %s: %w", path, ErrEmpty)
	}
	e, ok := r.byExt[extOf(path)]
	if sniffed := r.sniff(data); sniffed != nil && (!ok || e.Format().TextLike()) {
		e, ok = sniffed, true
	}
	if pod, has := r.byExt[".pod"]; has && (!ok || extOf(path) == "") && opensPOD(data) {
		e, ok = pod, true // POD named otherwise ("README", "perlfunc.pod.orig"): its commands say what it is
	}
	if man, has := r.byExt[".man"]; has && (!ok || extOf(path) == "") && opensMan(data) {
		e, ok = man, true // a manual page named by its section ("grep.1", "useradd.8"): its .TH says what it is
	}
	if !ok && looksLikeText(data) {
		e, ok = r.byExt[""], true // a text file named otherwise ("usb.ids", "hosts.allow"): plain text
	}
	if !ok {
		return "", corpus.Extraction{}, fmt.Errorf("ingest: %s: %w", path, ErrUnsupported)
	}
	if order, ok := utf16Order(data); ok && e.Format() != corpus.PDF && e.Format() != corpus.DOCX {
		return r.extractUTF16(e, path, data, order)
	}
	if !utf8.Valid(data) && nulAt(data) < 0 {
		if cm := singleByteCharmap(e.Format(), data); cm != nil {
			return r.extractDecoded(e, path, decodeCharmap(data, cm))
		}
		if (e.Format().TextLike() || e.Format() == corpus.CSV) && strayBytes(data) {
			// UTF-8 or ASCII text with a few bytes of a legacy encoding
			// ("\x81g" of a Shift_JIS quote in an ASCII .bib): its UTF-8
			// read as UTF-8, each stray byte as windows-1252 reads it (as
			// a browser reads a page without a charset); a guess that can
			// spoil only those few characters.
			return r.extractDecoded(e, path, decodeStray(data, charmap.Windows1252))
		}
	}
	ex, err := e.Extract(path, data)
	if err != nil {
		return e.Format(), corpus.Extraction{}, err
	}
	return e.Format(), ex, nil
}

// extractUTF16 extracts UTF-16 text (with a byte order mark) from its
// UTF-8 decoding; the source map points into the UTF-16 bytes.
func (r *Registry) extractUTF16(e Extractor, path string, data []byte, order binary.ByteOrder) (corpus.Format, corpus.Extraction, error) {
	u, err := decodeUTF16(path, data, order)
	if err != nil {
		return e.Format(), corpus.Extraction{}, err
	}
	return r.extractDecoded(e, path, u)
}

// extractDecoded extracts text decoded to UTF-8 (UTF-16, an HTML page's
// single-byte charset); the source map points into the original bytes.
func (r *Registry) extractDecoded(e Extractor, path string, u *utf16Text) (corpus.Format, corpus.Extraction, error) {
	if len(u.text) == 0 {
		return e.Format(), corpus.Extraction{}, fmt.Errorf("ingest: %s: %w", path, ErrEmpty)
	}
	ex, err := e.Extract(path, u.text)
	var nt *NotTextError
	if errors.As(err, &nt) { // a NUL character: say where it is in the file
		err = newNotText(path, nt.kind, u.src(int(nt.Offset)))
	}
	if err != nil {
		return e.Format(), corpus.Extraction{}, err
	}
	ex.Map = u.remap(ex.Map)
	return e.Format(), ex, nil
}

// sniff recognises PDF and the zipped formats by their magic bytes: the
// stored mimetype member of EPUB and ODT, the part names of DOCX, PPTX and
// XLSX near the start of the zip.
func (r *Registry) sniff(data []byte) Extractor {
	if bytes.HasPrefix(data, []byte("%PDF-")) {
		return r.byExt[".pdf"]
	}
	if !bytes.HasPrefix(data, []byte("PK\x03\x04")) {
		return nil
	}
	head := data[:min(len(data), 4096)]
	for _, z := range []struct{ marker, ext string }{
		{"mimetypeapplication/epub+zip", ".epub"},
		{"mimetypeapplication/vnd.oasis.opendocument.text", ".odt"},
		{"word/", ".docx"},
		{"ppt/", ".pptx"},
		{"xl/", ".xlsx"},
	} {
		if bytes.Contains(head, []byte(z.marker)) {
			return r.byExt[z.ext]
		}
	}
	return nil
}

// Outdated reports whether doc was extracted as another format than the
// one its extension now chooses: a format added since (CSV for a .csv file
// once read as plain text). Such a document is re-extracted even when its
// file is unchanged. Extensions of text-like formats never count, since
// sniffing may rightly have chosen another format for them.
func (r *Registry) Outdated(doc corpus.Document) bool {
	e, ok := r.byExt[extOf(doc.Path)]
	return ok && !e.Format().TextLike() && e.Format() != doc.Format
}

var defaultRegistry = NewRegistry()

// Extract extracts a file with the built-in extractors: the format is
// chosen by the extension of path and by sniffing data.
func Extract(path string, data []byte) (corpus.Format, corpus.Extraction, error) {
	return defaultRegistry.Extract(path, data)
}

// Supported reports whether the built-in extractors read files named like path.
func Supported(path string) bool {
	return defaultRegistry.Supported(path)
}

// sniffBytes is how much of a file looksLikeText reads, as git does.
const sniffBytes = 8000

// looksLikeText reports whether data opens like a text file: UTF-16 with
// a byte order mark, or first sniffBytes bytes that hold no NUL and are
// UTF-8 (but for a rune cut where they end). Git tells text from binary
// by the NUL alone.
func looksLikeText(data []byte) bool {
	if _, ok := utf16Order(data); ok {
		return true // UTF-16 with its byte order mark: NULs are half its bytes
	}
	head := data[:min(len(data), sniffBytes)]
	if len(head) == 0 || bytes.IndexByte(head, 0) >= 0 {
		return false
	}
	for cut := 0; cut < utf8.UTFMax-1 && len(data) >= sniffBytes && !utf8.Valid(head); cut++ {
		head = head[:len(head)-1]
	}
	return utf8.Valid(head) || strayBytes(head)
}

// strayBytes reports whether data, not valid UTF-8, is text with a few
// stray bytes of another encoding: at most one byte in 256 is not part of
// a UTF-8 character (and at least one is). A file written in a legacy
// encoding throughout (Latin-1 prose, Shift_JIS) has far more, and which
// encoding it is cannot be told from its bytes: it is left out with the
// reason, to be converted (iconv); nor are a few bytes of a binary file
// without a NUL (a PNG's signature) read as text.
func strayBytes(data []byte) bool {
	n := 0
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			n++
		}
		i += max(size, 1)
	}
	return n > 0 && n*256 <= len(data)
}

// textFile reports whether the file at path, whose extension no extractor
// claims, looks like text (see looksLikeText); unreadable files do not.
func textFile(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	buf := make([]byte, sniffBytes)
	n, _ := io.ReadFull(f, buf)
	return n > 0 && looksLikeText(buf[:n])
}

// extOf returns the lower-case extension of path, "" for none (also for
// dot-files such as ".profile").
func extOf(path string) string {
	base := filepath.Base(path)
	ext := filepath.Ext(base)
	if ext == base {
		return ""
	}
	return strings.ToLower(ext)
}
