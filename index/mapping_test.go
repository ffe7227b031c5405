package index

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
)

// TestMappingFields: the index holds the passage fields and bleve's _id,
// and neither a composite _all field nor the document's path (no query
// reads them).
func TestMappingFields(t *testing.T) {
	c := openTest(t, t.TempDir())
	defer c.Close()
	require.NoError(t, c.Put(context.Background(), []corpus.Entry{textEntry("/c/a.txt", "alpha beta", "gamma")}))
	fields, err := c.Index().Fields()
	require.NoError(t, err)
	assert.ElementsMatch(t, []string{"_id", FieldText, FieldTitle, FieldSection, FieldFormat, FieldDoc}, fields)
	assert.Equal(t, uint64(1), countWord(t, c, "gamma"))
}
