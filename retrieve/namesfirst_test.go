package retrieve

import (
	"context"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNamesFirstWhenFound: when the passage that holds every name of the
// question is among the hits already, but scored below passages that only
// repeat its common words, it still comes first, as when withNames has
// to search for it. Which k finds it by words alone must not matter.
func TestNamesFirstWhenFound(t *testing.T) {
	record := ""
	for i := range 26 { // a long passage of records: BM25 weighs its one JEY little
		record += fmt.Sprintf(`{"alpha_2": "Q%c", "alpha_3": "QX%c", "name": "Place %d", "numeric": "%d"}, `, 'A'+i, 'A'+i, i, 100+i)
	}
	record += `{"alpha_2": "JE", "alpha_3": "JEY", "name": "Jersey", "numeric": "832"}`
	r := codeTables(t, 4, `"alpha_3": {"description": "Three letter country code"}, "code": "three letter code of the country"`, record)
	for _, k := range []int{2, 5, 8} {
		t.Run(fmt.Sprint("k=", k), func(t *testing.T) {
			hits, err := r.Search(context.Background(), Query{Text: "Which place has the three-letter country code JEY?", K: k})
			require.NoError(t, err)
			require.NotEmpty(t, hits)
			assert.Equal(t, pid("/iso/iso_3166-1.json", 0), hits[0].Passage.ID)
			assert.Len(t, hits, min(k, 5))
		})
	}
}
