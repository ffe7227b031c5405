package lossy

import (
	"compress/gzip"
	"context"
	"fmt"
	"math"
	"sort"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/english"
)

// PassageSource feeds passages with their document's path and format: it
// calls fn once per passage and returns the first error fn returns.
// index.Corpus.EachPassage fits with its context bound.
type PassageSource func(fn func(corpus.Passage) error) error

// Bits is how many bits a byte the model spends on the corpus, in all and
// split by token class and by document format, beside gzip's. A share of
// the text the model predicts well costs few bits a byte; a share it has
// forgotten costs up to the 8 bits a byte of spelling it out.
type Bits struct {
	Bytes           int64       `json:"bytes"`
	BitsPerByte     float64     `json:"bits_per_byte"`
	GzipBitsPerByte float64     `json:"gzip_bits_per_byte"`
	Classes         []GroupBits `json:"classes"` // by token class, in BitClass order
	Formats         []GroupBits `json:"formats"` // by document format, largest first
}

// GroupBits is the cost of one share of the corpus: the bytes of its
// tokens (each with the whitespace before it), the model's bits a byte and
// gzip's on that share alone (its tokens or passages concatenated, so
// gzip sees only their own repetitions).
type GroupBits struct {
	Name            string  `json:"name"`
	Bytes           int64   `json:"bytes"`
	Share           float64 `json:"share"` // of the corpus's bytes
	BitsPerByte     float64 `json:"bits_per_byte"`
	GzipBitsPerByte float64 `json:"gzip_bits_per_byte"`
}

type groupAcc struct {
	name  string
	bytes int64
	bits  float64
	gz    *gzipCounter
}

type gzipCounter struct {
	cw *countWriter
	zw *gzip.Writer
}

func newGzipCounter() *gzipCounter {
	cw := &countWriter{}
	zw, _ := gzip.NewWriterLevel(cw, gzip.DefaultCompression)
	return &gzipCounter{cw: cw, zw: zw}
}

func (g *gzipCounter) write(s string) { _, _ = g.zw.Write([]byte(s)) } // a countWriter never fails

func (g *gzipCounter) bytes() int64 {
	_ = g.zw.Close()
	return g.cw.n
}

// MeasureBits scores every passage of src under the model, token by token
// as training's bits-per-byte figure does (a token's history stays within
// its passage; a token the model does not know is spelled out at 8 bits a
// byte), and splits the bits by token class (number, name, word, punct,
// code; see BitClass) and by document format. It reads the text once and
// holds one passage at a time.
func (m *Model) MeasureBits(ctx context.Context, src PassageSource) (Bits, error) {
	var classes [numBitClasses]*groupAcc
	for c := range classes {
		classes[c] = &groupAcc{name: BitClass(c).String(), gz: newGzipCounter()}
	}
	formats := map[string]*groupAcc{}
	all := newGzipCounter()
	var total groupAcc
	pNew := -math.Log2(m.newWordProb())
	var hist []uint64
	var ms []match
	var buf []byte
	err := src(func(p corpus.Passage) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		text := p.Text
		all.write(text)
		f := formats[string(p.Format)]
		if f == nil {
			f = &groupAcc{name: string(p.Format), gz: newGzipCounter()}
			formats[string(p.Format)] = f
		}
		f.gz.write(text)
		toks := english.Tokenize(text)
		cls := bitClasses(text, toks)
		hashes := make([]uint64, len(toks))
		for i, t := range toks {
			buf = appendKey(buf[:0], text, t)
			id, known := m.ids[string(buf)]
			hashes[i] = tokHash(string(buf))
			var bits float64
			if known {
				hist = append(hist[:0], hashes[max(0, i-(m.hdr.Order-1)):i]...)
				ms = m.appendMatches(ms[:0], hist)
				bits = -math.Log2(m.prob(ms, int(id)))
			} else {
				bits = pNew + 8*float64(len(buf))
			}
			span := text[t.Start:t.End]
			n := int64(len(span))
			c := classes[cls[i]]
			c.bytes += n
			c.bits += bits
			c.gz.write(span)
			f.bytes += n
			f.bits += bits
			total.bytes += n
			total.bits += bits
		}
		return nil
	})
	if err != nil {
		return Bits{}, fmt.Errorf("lossy: measure bits: %w", err)
	}
	b := Bits{Bytes: total.bytes, BitsPerByte: total.bits / float64(max(total.bytes, 1))}
	b.GzipBitsPerByte = 8 * float64(all.bytes()) / float64(max(total.bytes, 1))
	for _, c := range classes {
		b.Classes = append(b.Classes, c.result(total.bytes))
	}
	for _, f := range formats {
		b.Formats = append(b.Formats, f.result(total.bytes))
	}
	sort.Slice(b.Formats, func(i, j int) bool {
		if b.Formats[i].Bytes != b.Formats[j].Bytes {
			return b.Formats[i].Bytes > b.Formats[j].Bytes
		}
		return b.Formats[i].Name < b.Formats[j].Name
	})
	return b, nil
}

func (g *groupAcc) result(total int64) GroupBits {
	r := GroupBits{Name: g.name, Bytes: g.bytes}
	gz := g.gz.bytes()
	if g.bytes > 0 {
		r.Share = float64(g.bytes) / float64(max(total, 1))
		r.BitsPerByte = g.bits / float64(g.bytes)
		r.GzipBitsPerByte = 8 * float64(gz) / float64(g.bytes)
	}
	return r
}
