// Package corpus holds Verbatim's domain types: documents, the passages cut
// from them, and the spans that tie every passage (and every citation) back
// to exact bytes, lines and pages of the original file.
//
// It imports only the standard library so that every other package — ingest,
// index, retrieve, generate — can speak the same language without depending
// on each other.
package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Format names how a file's text was extracted.
type Format string

// The formats Verbatim extracts.
const (
	Text     Format = "text"
	Markdown Format = "markdown"
	RST      Format = "rst"
	Code     Format = "code"
	HTML     Format = "html"
	PDF      Format = "pdf"
	DOCX     Format = "docx"
	ODT      Format = "odt"
	EPUB     Format = "epub"
	PPTX     Format = "pptx"
	XLSX     Format = "xlsx"
	CSV      Format = "csv"
	POD      Format = "pod" // Perl's Plain Old Documentation
	Man      Format = "man" // troff manual pages (the man(7) macros)
)

// Formats lists every format, in a stable order.
var Formats = []Format{Text, Markdown, RST, Code, HTML, PDF, DOCX, ODT, EPUB, PPTX, XLSX, CSV, POD, Man}

// ParseFormat returns the Format named s (case-insensitive; spaces around
// it, as in "--format 'markdown, pdf'", do not count).
func ParseFormat(s string) (Format, error) {
	s = strings.TrimSpace(s)
	for _, f := range Formats {
		if strings.EqualFold(string(f), s) {
			return f, nil
		}
	}
	return "", fmt.Errorf("corpus: unknown format %q (want one of %s)", s, formatList())
}

func formatList() string {
	names := make([]string, len(Formats))
	for i, f := range Formats {
		names[i] = string(f)
	}
	return strings.Join(names, ", ")
}

// TextLike reports whether the extracted text of this format is the file's own
// bytes (so byte offsets and line numbers in the text are those of the file).
func (f Format) TextLike() bool {
	switch f {
	case Text, Markdown, RST, Code:
		return true
	}
	return false
}

// HasLines reports whether the original file of this format is text whose
// line numbers a citation can give (the text-like formats, HTML, CSV, POD
// and manual pages); the others are containers cited by page, paragraph,
// slide or row.
func (f Format) HasLines() bool {
	return f.TextLike() || f == HTML || f == CSV || f == POD || f == Man
}

// Document is one ingested file.
type Document struct {
	ID       string    `json:"id"`       // DocID(Path)
	Path     string    `json:"path"`     // absolute, slash-separated path of the file
	Root     string    `json:"root"`     // the ingested folder the file was found under
	Format   Format    `json:"format"`   // how the text was extracted
	Title    string    `json:"title"`    // document title (HTML <title>, first heading, file name)
	Size     int64     `json:"size"`     // bytes of the original file
	ModTime  time.Time `json:"mod_time"` // modification time seen at ingest
	Hash     string    `json:"hash"`     // hex SHA-256 of the original bytes; key of the stored blob
	TextLen  int       `json:"text_len"` // bytes of extracted text
	Pages    int       `json:"pages,omitempty"`
	Passages int       `json:"passages"` // passage ids are PassageID(ID, 0..Passages-1)
	Ingested time.Time `json:"ingested"`
}

// Section is a heading found by an extractor; it applies to the text from
// Start up to the next section of the same or a higher level.
type Section struct {
	Start int    `json:"start"` // byte offset in the extracted text
	Level int    `json:"level"` // 1 for a top-level heading
	Title string `json:"title"`
}

// Extraction is what an extractor makes of a file: plain text plus the map
// that ties every byte of that text back to the source.
type Extraction struct {
	Text     string    `json:"-"`
	Title    string    `json:"title,omitempty"`
	Sections []Section `json:"sections,omitempty"`
	Map      SourceMap `json:"map"`
	Pages    int       `json:"pages,omitempty"`
	// Breaks are offsets at which a passage must begin: chapter files,
	// slides and row groups are never cut into one passage together. Only
	// chunking reads them; they are not stored.
	Breaks []int `json:"-"`
}

// Passage is a chunk of a document's extracted text: the unit that is
// indexed, retrieved, given to a model and cited.
type Passage struct {
	ID      string `json:"id"`
	DocID   string `json:"doc_id"`
	Path    string `json:"path"`
	Format  Format `json:"format"`
	Title   string `json:"title,omitempty"`
	Section string `json:"section,omitempty"` // heading path, "Install > Linux"
	Ord     int    `json:"ord"`               // position in the document, from 0
	Start   int    `json:"start"`             // byte offset in the extracted text
	End     int    `json:"end"`               // exclusive
	Text    string `json:"text"`              // exactly extracted[Start:End]
}

// DocID is the stable identifier of the document stored for path.
func DocID(path string) string {
	sum := sha256.Sum256([]byte(path))
	return hex.EncodeToString(sum[:8])
}

// PassageID is the identifier of the ord-th passage of a document.
func PassageID(docID string, ord int) string {
	return docID + "-" + strconv.Itoa(ord)
}

// SplitPassageID undoes PassageID.
func SplitPassageID(id string) (docID string, ord int, err error) {
	i := strings.LastIndexByte(id, '-')
	if i <= 0 {
		return "", 0, fmt.Errorf("corpus: malformed passage id %q", id)
	}
	ord, err = strconv.Atoi(id[i+1:])
	if err != nil || ord < 0 {
		return "", 0, fmt.Errorf("corpus: malformed passage id %q", id)
	}
	return id[:i], ord, nil
}

// Entry is one file ready to store: its document record, original bytes,
// extraction and passages. Ingest makes entries; the index stores them.
type Entry struct {
	Doc        Document
	Original   []byte
	Extraction Extraction
	Passages   []Passage
}
