package index

import (
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/verbatim-rag/verbatim/corpus"
)

// Bucket names and reserved meta keys; see doc.go.
var (
	bucketMeta     = []byte("meta")
	bucketDocs     = []byte("docs")
	bucketPaths    = []byte("paths")
	bucketBlobs    = []byte("blobs")
	bucketRefs     = []byte("refs")
	bucketTexts    = []byte("texts")
	bucketPassages = []byte("passages")
	bucketJournal  = []byte("journal")
	bucketIDs      = []byte("ids")

	allBuckets = [][]byte{bucketMeta, bucketDocs, bucketPaths, bucketBlobs,
		bucketRefs, bucketTexts, bucketPassages, bucketJournal, bucketIDs}

	keySchema     = []byte("schema")
	keyLastIngest = []byte("last_ingest")
	keySeq        = []byte("seq") // the last sequence number given to a document, see layout.go
)

// pathsFill is the fill percent of the paths bucket: ingest writes paths
// in about walk order, so pages split near their end stay nearly full.
// The buckets keyed by hashes keep bbolt's default (0.5), which suits
// random inserts.
const pathsFill = 0.9

// seqFill is the fill percent of the texts, passages and blobs buckets,
// keyed by sequence numbers (layout.go): written in key order, so full
// pages are never split again.
const seqFill = 1.0

// Limits of a document, enforced by Put and by decodeDoc, so that a
// corrupt record cannot make a reader allocate or loop without bound.
const (
	MaxPassages = 1 << 24 // passages of one document
	MaxTextLen  = 1 << 32 // bytes of one document's extracted text
)

// Leading bytes of binary records: a version tag for documents and
// passages, flags for texts.
const (
	docTagV2   = 1 // schema 2: no sequence numbers (read by the migration only)
	docTag     = 2
	passageTag = 1

	textInBlob   = 1 << 0 // the text is the document's original bytes: not stored
	textIdentity = 1 << 1 // the source map is corpus.IdentityMap(len(text)): not stored
	textFlags    = textInBlob | textIdentity
)

// errCorrupt reports a record that does not decode.
var errCorrupt = errors.New("index: corrupt record")

// passageMeta is a stored passage without its text.
type passageMeta struct {
	Start, End, Ord int
	Section         string
	Title           string // only when it differs from the document title
}

// encodePassage packs m as tag, uvarint start, end, ord, section, title.
func encodePassage(buf []byte, m passageMeta) []byte {
	buf = append(buf, passageTag)
	buf = binary.AppendUvarint(buf, uint64(m.Start))
	buf = binary.AppendUvarint(buf, uint64(m.End))
	buf = binary.AppendUvarint(buf, uint64(m.Ord))
	buf = appendString(buf, m.Section)
	return appendString(buf, m.Title)
}

func decodePassage(v []byte) (passageMeta, error) {
	d := decoder{b: v}
	d.tag(passageTag)
	m := passageMeta{Start: d.int(), End: d.int(), Ord: d.int(), Section: d.string(), Title: d.string()}
	return m, d.done()
}

// storedDoc is a document record: the document and where its content is
// stored (see layout.go).
type storedDoc struct {
	corpus.Document
	seq  uint64 // key of its text and (with the ord) of its passages
	blob uint64 // key of its original bytes
}

// encodeDoc packs a document record; the id is the key, not stored again,
// and the hash is stored as its 32 bytes.
func encodeDoc(buf []byte, d storedDoc) ([]byte, error) {
	hash, err := hex.DecodeString(d.Hash)
	if err != nil || len(hash) != 32 {
		return nil, fmt.Errorf("index: document %s: hash %q is not a hex SHA-256", d.Path, d.Hash)
	}
	buf = append(buf, docTag)
	for _, s := range []string{d.Path, d.Root, string(d.Format), d.Title} {
		buf = appendString(buf, s)
	}
	buf = append(buf, hash...)
	buf = binary.AppendVarint(buf, d.Size)
	buf = appendTime(buf, d.ModTime)
	buf = binary.AppendUvarint(buf, uint64(d.TextLen))
	buf = binary.AppendUvarint(buf, uint64(d.Pages))
	buf = binary.AppendUvarint(buf, uint64(d.Passages))
	buf = appendTime(buf, d.Ingested)
	buf = binary.AppendUvarint(buf, d.seq)
	return binary.AppendUvarint(buf, d.blob), nil
}

// decodeDoc decodes the record of document id.
func decodeDoc(id string, v []byte) (storedDoc, error) {
	return decodeDocTag(id, v, docTag)
}

// decodeDocRecord decodes a record read without its id (a walk over the
// docs bucket): the id is DocID of its path.
func decodeDocRecord(v []byte) (storedDoc, error) {
	d, err := decodeDoc("", v)
	d.ID = corpus.DocID(d.Path)
	return d, err
}

// decodeDocTag decodes a record of the given version: docTagV2 records
// have no sequence numbers.
func decodeDocTag(id string, v []byte, tag byte) (storedDoc, error) {
	d := decoder{b: v, all: string(v)}
	d.tag(tag)
	doc := corpus.Document{ID: id, Path: d.string(), Root: d.string(), Format: corpus.Format(d.string()), Title: d.string()}
	doc.Hash = hex.EncodeToString(d.bytes(32))
	doc.Size = d.varint()
	doc.ModTime = d.time()
	doc.TextLen, doc.Pages, doc.Passages = d.int(), d.int(), d.int()
	if doc.Passages > MaxPassages || int64(doc.TextLen) > MaxTextLen {
		d.fail()
	}
	doc.Ingested = d.time().UTC()
	sd := storedDoc{Document: doc}
	if tag != docTagV2 {
		sd.seq, sd.blob = d.uvarint(), d.uvarint()
		if sd.seq == 0 || sd.blob == 0 {
			d.fail()
		}
	}
	return sd, d.done()
}

// extractionMeta is an extraction without its text (JSON).
type extractionMeta struct {
	Title    string           `json:"title,omitempty"`
	Sections []corpus.Section `json:"sections,omitempty"`
	Map      corpus.SourceMap `json:"map,omitempty"`
	Pages    int              `json:"pages,omitempty"`
}

// encodeText packs an extraction as flags, uvarint(len(J)) J and, unless
// the text is the original bytes, the text T. J is the extraction's JSON
// without the text, and without the map when it is the identity map.
func encodeText(ext corpus.Extraction, original []byte) ([]byte, error) {
	var flags byte
	m := extractionMeta{Title: ext.Title, Sections: ext.Sections, Map: ext.Map, Pages: ext.Pages}
	if ext.Text == string(original) {
		flags |= textInBlob
	}
	if isIdentity(ext.Map, len(ext.Text)) {
		flags, m.Map = flags|textIdentity, nil
	}
	j, err := json.Marshal(m)
	if err != nil {
		return nil, fmt.Errorf("index: encode extraction: %w", err)
	}
	size := 1 + binary.MaxVarintLen64 + len(j)
	if flags&textInBlob == 0 {
		size += len(ext.Text)
	}
	buf := make([]byte, 0, size)
	buf = append(buf, flags)
	buf = binary.AppendUvarint(buf, uint64(len(j)))
	buf = append(buf, j...)
	if flags&textInBlob == 0 {
		buf = append(buf, ext.Text...)
	}
	return buf, nil
}

func isIdentity(m corpus.SourceMap, n int) bool {
	id := corpus.IdentityMap(n)
	return len(m) == 1 && m[0] == id[0]
}

// textValue is a parsed texts value; its slices alias the value.
type textValue struct {
	flags byte
	meta  []byte // JSON extractionMeta
	text  []byte // nil when flags has textInBlob
}

func parseText(v []byte) (textValue, error) {
	if len(v) == 0 || v[0]&^textFlags != 0 {
		return textValue{}, fmt.Errorf("index: corrupt text record")
	}
	n, w := binary.Uvarint(v[1:])
	if w <= 0 || uint64(len(v)-1-w) < n {
		return textValue{}, fmt.Errorf("index: corrupt text record")
	}
	t := textValue{flags: v[0], meta: v[1+w : 1+w+int(n)], text: v[1+w+int(n):]}
	if t.flags&textInBlob != 0 {
		if len(t.text) != 0 {
			return textValue{}, fmt.Errorf("index: corrupt text record: text after a blob-text flag")
		}
		t.text = nil
	}
	return t, nil
}

// resolve returns the text bytes, blob being the document's original bytes
// (only read when the text is the blob; nil when missing).
func (t textValue) resolve(blob func() []byte) ([]byte, error) {
	if t.flags&textInBlob == 0 {
		return t.text, nil
	}
	b := blob()
	if b == nil {
		return nil, fmt.Errorf("index: text is the original bytes, which are missing: %w", ErrNotFound)
	}
	return b, nil
}

// extraction decodes the JSON part (Text left empty) for a text of n bytes.
func (t textValue) extraction(n int) (corpus.Extraction, error) {
	var m extractionMeta
	if err := json.Unmarshal(t.meta, &m); err != nil {
		return corpus.Extraction{}, fmt.Errorf("index: decode extraction: %w", err)
	}
	if t.flags&textIdentity != 0 {
		m.Map = corpus.IdentityMap(n)
	}
	return corpus.Extraction{Title: m.Title, Sections: m.Sections, Map: m.Map, Pages: m.Pages}, nil
}

// encodeRef packs a refs value: the count of documents whose hash is the
// blob's, then the blob's key, both big-endian uint64.
func encodeRef(n, blob uint64) []byte {
	return binary.BigEndian.AppendUint64(binary.BigEndian.AppendUint64(nil, n), blob)
}

// decodeRef undoes encodeRef; a value of another length gives zeros.
func decodeRef(v []byte) (n, blob uint64) {
	if len(v) != 16 {
		return 0, 0
	}
	return binary.BigEndian.Uint64(v), binary.BigEndian.Uint64(v[8:])
}

func appendString(buf []byte, s string) []byte {
	buf = binary.AppendUvarint(buf, uint64(len(s)))
	return append(buf, s...)
}

// appendTime packs t as varint Unix seconds and uvarint nanoseconds.
func appendTime(buf []byte, t time.Time) []byte {
	buf = binary.AppendVarint(buf, t.Unix())
	return binary.AppendUvarint(buf, uint64(t.Nanosecond()))
}

// decoder reads a binary record; the first error sticks.
type decoder struct {
	b   []byte
	err error
	// all, when set, is the whole record as a string: string() then
	// returns parts of it rather than copying each (one allocation a
	// record instead of one a string).
	all string
}

func (d *decoder) fail() {
	if d.err == nil {
		d.err = errCorrupt
	}
	d.b = nil
}

func (d *decoder) tag(want byte) {
	if len(d.b) == 0 || d.b[0] != want {
		d.fail()
		return
	}
	d.b = d.b[1:]
}

func (d *decoder) uvarint() uint64 {
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.fail()
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) varint() int64 {
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.fail()
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) int() int {
	v := d.uvarint()
	if v > 1<<40 {
		d.fail()
		return 0
	}
	return int(v)
}

func (d *decoder) bytes(n int) []byte {
	if len(d.b) < n {
		d.fail()
		return nil
	}
	v := d.b[:n]
	d.b = d.b[n:]
	return v
}

func (d *decoder) string() string {
	n := d.int()
	off := len(d.all) - len(d.b)
	b := d.bytes(n)
	if d.all == "" || b == nil {
		return string(b)
	}
	return d.all[off : off+n]
}

func (d *decoder) time() time.Time {
	sec, nsec := d.varint(), d.uvarint()
	if nsec >= 1e9 {
		d.fail()
		return time.Time{}
	}
	return time.Unix(sec, int64(nsec))
}

// done reports an error, or bytes left over.
func (d *decoder) done() error {
	if d.err == nil && len(d.b) != 0 {
		d.err = errCorrupt
	}
	return d.err
}
