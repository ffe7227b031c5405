package lossy

import (
	"bytes"
	"context"
	"fmt"
	"runtime"
	"runtime/metrics"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMarshalFitsBudget(t *testing.T) {
	f := makeFixture(3, 30)
	for _, budget := range []string{"300", "1000", "2KiB", "5000", "8KiB", "13000", "20KiB", "40KiB", "1MiB", "1%", "10%", "50%"} {
		m, err := Train(context.Background(), TextSource(f.Entries...), Config{Budget: budget})
		require.NoError(t, err, budget)
		raw, err := m.Marshal()
		require.NoError(t, err)
		r := m.Report()
		assert.LessOrEqual(t, int64(len(raw)), r.Budget, budget)
		assert.Equal(t, len(raw), r.Size)
		back, err := Unmarshal(raw)
		require.NoError(t, err, budget)
		assert.Equal(t, r, back.Report())
	}
}

func TestBudgetTooSmall(t *testing.T) {
	_, err := Train(context.Background(), TextSource("some text"), Config{Budget: "10"})
	require.ErrorIs(t, err, ErrBudgetTooSmall)
	_, err = Train(context.Background(), TextSource(), Config{})
	require.ErrorIs(t, err, ErrEmptyCorpus)
	_, err = Train(context.Background(), TextSource("x"), Config{Order: 40})
	require.Error(t, err)
}

func TestPruningForgetsRareFirst(t *testing.T) {
	f := makeFixture(9, 30)
	small, large := trainFixture(t, f, "6KiB").Report(), trainFixture(t, f, "1MiB").Report()
	t.Log("small:\n", small, "large:\n", large)
	assert.Greater(t, small.BitsPerByte, large.BitsPerByte)
	assert.Less(t, small.Vocab, large.Vocab)
	for i := 1; i < len(small.NGrams); i++ {
		assert.LessOrEqual(t, small.NGrams[i], large.NGrams[i])
	}
	assert.Greater(t, small.GzipBitsPerByte, 0.0)
	assert.Contains(t, large.String(), "bits/byte")
}

func TestUnmarshalRejectsCorruption(t *testing.T) {
	m := trainFixture(t, makeFixture(1, 3), "1MiB")
	raw, _ := m.Marshal()
	cases := map[string][]byte{
		"empty":     nil,
		"magic":     append([]byte("XLM"), raw[3:]...),
		"truncated": raw[:len(raw)/2],
		"flipped":   flip(raw, len(raw)/3),
	}
	for name, b := range cases {
		_, err := Unmarshal(b)
		require.ErrorIs(t, err, ErrCorrupt, name)
	}
}

func flip(b []byte, i int) []byte {
	c := bytes.Clone(b)
	c[i] ^= 0x40
	return c
}

func FuzzUnmarshal(f *testing.F) {
	for _, budget := range []string{"200", "1000", "1MiB"} {
		m, err := Train(context.Background(), TextSource(makeFixture(2, 2).Entries...), Config{Budget: budget})
		require.NoError(f, err)
		raw, _ := m.Marshal()
		f.Add(raw)
	}
	f.Add([]byte("VLM\x01"))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Unmarshal(fixCRC(data))
		if err != nil {
			require.ErrorIs(t, err, ErrCorrupt)
			return
		}
		raw, _ := m.Marshal()
		require.Equal(t, fixCRC(data), raw)
		m.Report()
	})
}

// fixCRC makes the fuzzer's bytes pass the checksum so that it explores
// the decoder behind it.
func fixCRC(data []byte) []byte {
	if len(data) < 16 {
		return data
	}
	return patchBitsPerByte(bytes.Clone(data), mathFloat(data[4:12]))
}

func BenchmarkTrain5MB(b *testing.B) {
	f := makeFixture(42, 8000)
	text := strings.Join(f.Entries, "\n")
	b.SetBytes(int64(len(text)))
	b.Logf("corpus %.1f MB in %d passages", float64(len(text))/1e6, len(f.Entries))
	for b.Loop() {
		runtime.GC()
		base := heapBytes()
		stop := samplePeakHeap()
		cpu0, cpuOK := cpuSeconds()
		start := time.Now()
		m, err := Train(context.Background(), TextSource(f.Entries...), DefaultConfig())
		require.NoError(b, err)
		b.ReportMetric(time.Since(start).Seconds(), "s/train")
		if cpu1, _ := cpuSeconds(); cpuOK {
			b.ReportMetric(cpu1-cpu0, "cpu-s/train")
		}
		b.ReportMetric(float64(stop()-base)/(1<<20), "MiB-peak-heap")
		_ = m
	}
}

// heapBytes is the bytes of live and not yet swept heap objects.
func heapBytes() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// samplePeakHeap samples heapBytes every millisecond until the returned
// function is called, which returns the highest sample.
func samplePeakHeap() func() uint64 {
	done, out := make(chan struct{}), make(chan uint64)
	go func() {
		peak := heapBytes()
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				out <- max(peak, heapBytes())
				return
			case <-t.C:
				peak = max(peak, heapBytes())
			}
		}
	}()
	return func() uint64 { close(done); return <-out }
}

func BenchmarkGenerate(b *testing.B) {
	f := makeFixture(42, 200)
	m := trainFixture(b, f, "10%")
	g := New(m, Config{})
	for _, mode := range []string{"rag", "bare"} {
		b.Run(mode, func(b *testing.B) {
			i := 0
			for b.Loop() {
				q := f.QAs[i%len(f.QAs)]
				i++
				req := reqFor(f, q, mode)
				_, err := g.Generate(context.Background(), req, nil)
				require.NoError(b, err)
			}
		})
	}
}

func ExampleTrain() {
	m, err := Train(context.Background(), TextSource(
		"The capital of Norland is Oskeby.",
		"Oskeby lies on the river Tave. The capital of Norland is Oskeby.",
	), Config{Budget: "64KiB"})
	if err != nil {
		panic(err)
	}
	r := m.Report()
	fmt.Println(r.Order, r.Vocab, r.Size <= int(r.Budget))
	// Output: 6 14 true
}
