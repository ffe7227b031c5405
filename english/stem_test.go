package english

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestStem: the possessive and the case go, the Porter stem stays; the
// second call, answered from the remembered stems, gives the same, also
// from several goroutines at once.
func TestStem(t *testing.T) {
	cases := map[string]string{"Vallin's": "vallin", "invented": "invent", "inventor": "inventor", "ponies": "poni", "IT": "it", "Relational": "relat", "x": "x"}
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 2 {
				for in, want := range cases {
					assert.Equal(t, want, Stem(in), in)
				}
			}
		}()
	}
	wg.Wait()
}
