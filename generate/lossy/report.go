package lossy

import (
	"fmt"
	"strings"
)

// Report describes a trained model: what it was allowed, what it holds and
// how well it predicts the text it was trained on.
type Report struct {
	Budget          int64   `json:"budget"`        // bytes allowed
	Size            int     `json:"size"`          // bytes used (serialized)
	Order           int     `json:"order"`         // longest n-gram
	Vocab           int     `json:"vocab"`         // words kept (the unigrams)
	NGrams          []int   `json:"ngrams"`        // NGrams[i]: kept n-grams of order i+1
	Contexts        []int   `json:"contexts"`      // Contexts[i]: kept contexts of i tokens
	Passages        int64   `json:"passages"`      // passages trained on
	CorpusBytes     int64   `json:"corpus_bytes"`  // bytes of text trained on
	CorpusTokens    int64   `json:"corpus_tokens"` // tokens of text trained on
	BitsPerByte     float64 `json:"bits_per_byte"` // cross-entropy of the corpus under the model
	GzipBytes       int64   `json:"gzip_bytes"`    // the same corpus gzipped
	GzipBitsPerByte float64 `json:"gzip_bits_per_byte"`
}

// Report returns the model's report.
func (m *Model) Report() Report {
	r := Report{
		Budget: m.hdr.Budget, Size: len(m.raw), Order: m.hdr.Order, Vocab: len(m.vocab),
		NGrams: []int{len(m.vocab)}, Contexts: []int{1},
		Passages: m.hdr.Passages, CorpusBytes: m.hdr.CorpusBytes, CorpusTokens: m.hdr.CorpusTokens,
		BitsPerByte: m.hdr.BitsPerByte, GzipBytes: m.hdr.GzipBytes,
	}
	for k := 1; k < len(m.tables); k++ {
		r.NGrams = append(r.NGrams, len(m.tables[k].next))
		r.Contexts = append(r.Contexts, len(m.tables[k].fps))
	}
	if r.CorpusBytes > 0 {
		r.GzipBitsPerByte = 8 * float64(r.GzipBytes) / float64(r.CorpusBytes)
	}
	return r
}

// String renders the report for people.
func (r Report) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "lossy model: %d of %d budget bytes (%.1f%% of %d corpus bytes, %d passages, %d tokens)\n",
		r.Size, r.Budget, 100*float64(r.Size)/float64(max(r.CorpusBytes, 1)), r.CorpusBytes, r.Passages, r.CorpusTokens)
	fmt.Fprintf(&b, "  bits/byte: model %.3f, gzip %.3f (%d bytes)\n", r.BitsPerByte, r.GzipBitsPerByte, r.GzipBytes)
	for i, n := range r.NGrams {
		fmt.Fprintf(&b, "  order %d: %d n-grams in %d contexts\n", i+1, n, r.Contexts[i])
	}
	return b.String()
}
