package index

import (
	"encoding/binary"
	"encoding/json"
	"fmt"

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

	allBuckets = [][]byte{bucketMeta, bucketDocs, bucketPaths, bucketBlobs,
		bucketRefs, bucketTexts, bucketPassages, bucketJournal}

	keySchema     = []byte("schema")
	keyLastIngest = []byte("last_ingest")
)

// randomFill is the fill percent of buckets keyed by hashes.
const randomFill = 0.5

// passageMeta is a stored passage without its text.
type passageMeta struct {
	Start   int    `json:"s"`
	End     int    `json:"e"`
	Ord     int    `json:"o"`
	Section string `json:"c,omitempty"`
	Title   string `json:"t,omitempty"` // only when it differs from the document title
}

// encodeText packs an extraction as uvarint(len(J)) J T.
func encodeText(ext corpus.Extraction) ([]byte, error) {
	j, err := json.Marshal(ext)
	if err != nil {
		return nil, fmt.Errorf("index: encode extraction: %w", err)
	}
	buf := make([]byte, 0, binary.MaxVarintLen64+len(j)+len(ext.Text))
	buf = binary.AppendUvarint(buf, uint64(len(j)))
	buf = append(buf, j...)
	return append(buf, ext.Text...), nil
}

// splitText returns the JSON and text parts of a texts value (slices of v).
func splitText(v []byte) (j, text []byte, err error) {
	n, w := binary.Uvarint(v)
	if w <= 0 || uint64(len(v)-w) < n {
		return nil, nil, fmt.Errorf("index: corrupt text record")
	}
	return v[w : w+int(n)], v[w+int(n):], nil
}

// decodeText copies a texts value into an Extraction.
func decodeText(v []byte) (corpus.Extraction, error) {
	j, text, err := splitText(v)
	if err != nil {
		return corpus.Extraction{}, err
	}
	var ext corpus.Extraction
	if err := json.Unmarshal(j, &ext); err != nil {
		return corpus.Extraction{}, fmt.Errorf("index: decode extraction: %w", err)
	}
	ext.Text = string(text)
	return ext, nil
}

func encodeCount(n uint64) []byte {
	return binary.BigEndian.AppendUint64(nil, n)
}

func decodeCount(v []byte) uint64 {
	if len(v) != 8 {
		return 0
	}
	return binary.BigEndian.Uint64(v)
}
