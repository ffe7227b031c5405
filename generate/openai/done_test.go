package openai

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/generate"
)

// TestStreamWithoutFinishReason: a stream whose chunks never carry a
// finish_reason but that ends with "data: [DONE]" arrived whole, as
// OpenAI's own clients judge it, in every way servers write the end.
func TestStreamWithoutFinishReason(t *testing.T) {
	tests := []struct {
		name string
		end  string // written after the chunks
	}{
		{"data: [DONE]", "data: [DONE]\n\n"},
		{"data:[DONE]", "data:[DONE]\n\n"},
		{"CRLF", "data: [DONE]\r\n\r\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFake(t, func(w http.ResponseWriter, _ *http.Request, _ int) {
				sseHeader(w)
				for _, d := range []string{"Marie Curie ", "was born ", "in 1867."} {
					event(w, chunk(d, ""))
				}
				fmt.Fprint(w, tt.end)
			})
			g := newGen(t, testConfig(f.URL1()))
			var emitted strings.Builder
			out, err := g.Generate(context.Background(), generate.Request{Question: "q", Mode: generate.Bare},
				func(d string) { emitted.WriteString(d) })
			require.NoError(t, err)
			assert.Equal(t, "Marie Curie was born in 1867.", out.Text)
			assert.Equal(t, out.Text, emitted.String())
		})
	}
}

func TestDoneReader(t *testing.T) {
	tests := []struct {
		name, body string
		want       bool
	}{
		{"end of stream", "data: {\"a\":1}\n\ndata: [DONE]\n\n", true},
		{"no space", "data: {}\n\ndata:[DONE]\n\n", true},
		{"first line", "data: [DONE]\n\n", true},
		{"inside a JSON string", "data: {\"content\":\"data: [DONE]\"}\n\n", false},
		{"marker text alone", "data: {\"content\":\"[DONE]\"}\n\n", false},
		{"not a data field", "event: [DONE]\n\n", false},
		{"no end", "data: {\"a\":1}\n\n", false},
		{"empty", "", false},
	}
	for _, tt := range tests {
		for _, split := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s/bytewise=%v", tt.name, split), func(t *testing.T) {
				var r io.Reader = strings.NewReader(tt.body)
				if split {
					r = iotest.OneByteReader(r)
				}
				d := &doneReader{ReadCloser: io.NopCloser(r)}
				b, err := io.ReadAll(d)
				require.NoError(t, err)
				assert.Equal(t, tt.body, string(b), "passed through unchanged")
				assert.Equal(t, tt.want, d.done)
			})
		}
	}
}

// FuzzDoneReader: the body passes through unchanged, and how it is cut
// into reads never changes whether the end was seen.
func FuzzDoneReader(f *testing.F) {
	for _, s := range []string{"data: [DONE]\n\n", "data: {}\n\ndata:[DONE]", "data: {\"c\":\"data: [DONE]\"}\n", "\r\ndata: [DONE]\r\n", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		whole := &doneReader{ReadCloser: io.NopCloser(strings.NewReader(body))}
		b, err := io.ReadAll(whole)
		require.NoError(t, err)
		require.Equal(t, body, string(b))
		bytewise := &doneReader{ReadCloser: io.NopCloser(iotest.OneByteReader(strings.NewReader(body)))}
		_, err = io.ReadAll(bytewise)
		require.NoError(t, err)
		require.Equal(t, whole.done, bytewise.done)
		require.Equal(t, strings.Contains("\n"+body, "\ndata: [DONE]") || strings.Contains("\n"+body, "\ndata:[DONE]"), whole.done)
	})
}
