package verify

import (
	"strings"
	"testing"

	"github.com/verbatim-rag/verbatim/generate"
)

// BenchmarkCheckSupport checks a three-sentence answer citing two of eight
// passages of about 800 bytes, as an answer from an OpenAI-compatible
// model arrives.
func BenchmarkCheckSupport(b *testing.B) {
	para := "Marie Curie was born in Warsaw on 7 November 1867. In 1903 the Nobel Prize in Physics went to Pierre Curie and Marie Curie; the prize was 1,200 francs. Tidelog 3.35.0 added RETURNING and raised GAUGE_MAX_COLUMN to 2000. "
	var srcs []generate.Source
	for i := 1; i <= 8; i++ {
		text := strings.Repeat(para, 4)[:800]
		srcs = append(srcs, testSource(i, "d"+string(rune('0'+i))+"-0", "a.md", text, 0, 1))
	}
	answer := "Marie Curie was born in Warsaw on 7 November 1867 [1]. The prize was 1,200 francs and went to Pierre Curie [2]. Tidelog 3.35.0 added RETURNING [2]."
	text, cites, _ := Cite(generate.Output{Text: answer}, srcs, nil)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		CheckSupport(text, cites, srcs)
	}
}
