package compare

import (
	"context"
	"testing"
)

func BenchmarkMatch(b *testing.B) {
	answer := "The Sallowmere Bridge, completed in 1897, has a main arch with a span of 412 metres and was designed by Ilse Korrander."
	golds := []string{"412 metres", "412 m", "412"}
	for b.Loop() {
		Match(answer, golds)
	}
}

// BenchmarkTextsCount counts the passages of the test corpus that contain
// one answer, as the frequency curve does for every gold answer.
func BenchmarkTextsCount(b *testing.B) {
	ps := loadToyPassages(b, "../testdata/entries")
	raw := make([]string, len(ps))
	size := 0
	for i, p := range ps {
		raw[i] = p.text
		size += len(p.text)
	}
	texts := NewPassageTexts(raw)
	b.SetBytes(int64(size))
	for b.Loop() {
		if _, err := texts.CountContaining(context.Background(), "Royal Velmora Institute"); err != nil {
			b.Fatal(err)
		}
	}
}
