package lossy

import (
	"bytes"
	"compress/gzip"
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// estimateTexts is a text of about 2 MB in two styles, the fixture's
// generated entries and the test corpus's written ones, interleaved as a
// folder's files would be.
func estimateTexts(t *testing.T) []string {
	t.Helper()
	gen := makeFixture(42, 1500).Entries
	written := readTexts(t, "../../testdata/entries")
	var out []string
	for i, e := range gen {
		out = append(out, e)
		if i%40 == 0 {
			out = append(out, written[(i/40)%len(written)])
		}
	}
	return out
}

// Past its first stage the gzip sizer gzips a thinning sample of its
// batches; the size it reports stays within 1% of gzipping all of it
// (batches at least gzip's window long; on this text 0.1%), and under the
// first stage it is gzip's own size.
func TestGzipSizeSampled(t *testing.T) {
	texts := estimateTexts(t)
	var all bytes.Buffer
	zw := gzip.NewWriter(&all)
	for _, s := range texts {
		_, err := zw.Write([]byte(s))
		require.NoError(t, err)
	}
	require.NoError(t, zw.Close())
	exact := int64(all.Len())

	tests := []struct {
		name         string
		batch, stage int
		tolerance    float64 // relative
	}{
		{"one stage", 1 << 20, 64, 0},
		{"sampled", 32 << 10, 4, 0.01},
		{"thin", 64 << 10, 2, 0.01},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := newGzipSizerSampled(tc.batch, tc.stage)
			for _, s := range texts {
				g.write(s)
			}
			got, err := g.close()
			require.NoError(t, err)
			if tc.tolerance == 0 {
				assert.Equal(t, exact, got)
				return
			}
			assert.NotEqual(t, exact, got, "a sample is an estimate")
			assert.InEpsilon(t, exact, got, tc.tolerance, "exact %d, estimated %d", exact, got)
		})
	}
}

// Scoring one block of tokens in k estimates the model's bits per byte
// within 2% of scoring every token.
func TestBitsPerByteSampled(t *testing.T) {
	m, err := Train(context.Background(), TextSource(estimateTexts(t)...), Config{Budget: "10%"})
	require.NoError(t, err)
	c, err := collect(context.Background(), TextSource(estimateTexts(t)...))
	require.NoError(t, err)
	n := c.originalToks()
	require.Greater(t, n, 20*bitsBlock, "the text spans many blocks")
	exact := bitsPerByteSampled(m, c, n)
	assert.InDelta(t, m.hdr.BitsPerByte, exact, 1e-9, "under the sample size every token is scored")
	for _, k := range []int{3, 8} {
		got := bitsPerByteSampled(m, c, n/k)
		assert.NotEqual(t, exact, got)
		assert.InEpsilon(t, exact, got, 0.02, "one block in %d: exact %.4f, estimated %.4f", k, exact, got)
	}
}
