package retrieve

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/index"
	"github.com/verbatim-rag/verbatim/index/indextest"
)

// TestSearchOnDamagedSegment: a segment of the passage index whose
// stored-fields offsets are damaged made every search that reached it
// panic (zap slicing past the end of the file), crashing `verbatim
// search` and `ask`. Search now fails with index.ErrBrokenIndex, naming
// the repair.
func TestSearchOnDamagedSegment(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	c, err := index.Open(dir, index.Options{NoSync: true})
	require.NoError(t, err)
	var entries []corpus.Entry
	for _, d := range testDocs {
		entries = append(entries, d.entry())
	}
	require.NoError(t, c.Put(ctx, entries))
	require.NoError(t, c.Compact(ctx))
	require.NoError(t, c.Close())

	indextest.DamageStoredFields(t, filepath.Join(dir, index.BleveDir, "store"), 9) // the passages of testDocs

	c, err = index.Open(dir, index.Options{ReadOnly: true})
	require.NoError(t, err)
	defer c.Close()
	r := New(c, DefaultConfig())
	for _, q := range []string{"falcon", `"barn owl"`, "install verbatim"} {
		var serr error
		require.NotPanics(t, func() { _, serr = r.Search(ctx, Query{Text: q}) }, q)
		require.ErrorIs(t, serr, index.ErrBrokenIndex, q)
		assert.Contains(t, serr.Error(), "check --repair")
	}
}

// TestSearchDoesNotHideBugs: Search recovered every panic as a broken
// index, so a programming error (here a Retriever without a corpus: a nil
// dereference in this module) told the user to repair an index that was
// fine. Only bleve's own runtime errors and memory faults are index damage.
func TestSearchDoesNotHideBugs(t *testing.T) {
	r := &Retriever{cfg: DefaultConfig()}
	assert.Panics(t, func() { _, _ = r.Search(context.Background(), Query{Text: "falcon"}) })
}

type faultError struct{ runtimeError }

func (faultError) Addr() uintptr { return 0xdead }

type runtimeError struct{}

func (runtimeError) Error() string { return "runtime error: index out of range [7] with length 3" }
func (runtimeError) RuntimeError() {}

func TestIndexDamage(t *testing.T) {
	for _, tc := range []struct {
		name string
		p    any
		fn   string
		want bool
	}{
		{"bounds error in zap", runtimeError{}, "github.com/blevesearch/zapx/v16.(*Segment).loadFieldsNew", true},
		{"bounds error in bleve", runtimeError{}, "github.com/blevesearch/bleve/v2/index/scorch.(*IndexSnapshot).Document", true},
		{"memory fault anywhere", faultError{}, "github.com/verbatim-rag/verbatim/retrieve.(*walker).next", true},
		{"bounds error in this module", runtimeError{}, "github.com/verbatim-rag/verbatim/retrieve.(*Retriever).searchQuery", false},
		{"explicit panic in bleve", "unreachable", "github.com/blevesearch/zapx/v16.(*Segment).loadFieldsNew", false},
		{"explicit error panic", fmt.Errorf("boom"), "github.com/blevesearch/zapx/v16.x", false},
		{"unknown frame", runtimeError{}, "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, indexDamage(tc.p, tc.fn))
		})
	}
}

func TestLongQuery(t *testing.T) {
	r := &Retriever{cfg: DefaultConfig()}
	_, err := r.Search(context.Background(), Query{Text: strings.Repeat("falcon ", MaxQueryBytes/7+1)})
	assert.ErrorIs(t, err, ErrLongQuery)
}
