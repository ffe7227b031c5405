package lossy

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPriorityWeight(t *testing.T) {
	p := Priority{"legal/**": 4, "*.md": 0.5, "legal/drafts/*": 2}
	tests := []struct {
		path string
		want float64
	}{
		{"/srv/legal/a.txt", 4},
		{"/srv/legal/sub/b.txt", 4},
		{"/srv/Legal/c.txt", 4}, // case does not matter
		{"/srv/legal/drafts/x.md", 4},
		{"/srv/notes/x.md", 0.5},
		{"/srv/illegal/x.txt", 1}, // a glob matches whole path elements
		{"/srv/notes/x.txt", 1},
		{`C:\docs\legal\y.txt`, 4},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, p.Weight(tt.path), tt.path)
	}
	assert.Equal(t, 1.0, Priority(nil).Weight("/a"))
	g, w := p.Match("/srv/legal/drafts/x.md")
	assert.Equal(t, "legal/**", g, "the highest weight wins")
	assert.Equal(t, 4.0, w)
	g, w = p.Match("/srv/notes/x.txt")
	assert.Equal(t, "", g)
	assert.Equal(t, 1.0, w)
}

func TestPriorityValidate(t *testing.T) {
	tests := []struct {
		p    Priority
		want string
	}{
		{Priority{"legal/**": 4}, ""},
		{Priority{"legal/[": 4}, `priority "legal/[": syntax error`},
		{Priority{"legal/**": 0}, `weight 0 out of range`},
		{Priority{"legal/**": 1e9}, `weight 1e+09 out of range`},
		{Priority{" ": 2}, `empty glob`},
	}
	for _, tt := range tests {
		err := tt.p.Validate()
		if tt.want == "" {
			assert.NoError(t, err)
			continue
		}
		require.Error(t, err, "%v", tt.p)
		assert.Contains(t, err.Error(), tt.want)
	}
	_, err := TrainPassages(context.Background(), fixturePassages(makeFixture(1, 2), nil), Config{Priority: Priority{"x": -1}})
	assert.Error(t, err, "training checks the priorities")
}

// heldShare is the share of the fixture's facts in the entries keep picks
// that the model still holds where their entry states them.
func heldShare(m *Model, f *fixture, keep func(int) bool) float64 {
	held, n := 0, 0
	for _, q := range f.QAs {
		if !keep(q.Entry) || q.Often {
			continue
		}
		text := f.Entries[q.Entry]
		i := strings.Index(text, q.Gold)
		if i < 0 {
			continue
		}
		n++
		if m.Holds(text, i, i+len(q.Gold)) {
			held++
		}
	}
	return float64(held) / float64(max(n, 1))
}

// TestPriorityReallocates trains at one budget with and without a
// priority on the legal/ folder: the prioritised documents keep more of
// their facts and cost fewer bits, the rest keeps fewer and costs more.
func TestPriorityReallocates(t *testing.T) {
	ctx := context.Background()
	f := makeFixture(5, 40)
	legal := func(i int) bool { return i%2 == 0 }
	misc := func(i int) bool { return i%2 == 1 }
	cfg := Config{Budget: "70%"}
	plain, err := TrainPassages(ctx, fixturePassages(f, nil), cfg)
	require.NoError(t, err)
	cfg.Priority = Priority{"legal/**": 8}
	prio, err := TrainPassages(ctx, fixturePassages(f, nil), cfg)
	require.NoError(t, err)
	assert.LessOrEqual(t, int64(prio.Size()), prio.Report().Budget, "the same budget")
	assert.InDelta(t, plain.Size(), prio.Size(), float64(plain.Size())/20, "spent in full both times")

	bits := func(m *Model, keep func(int) bool) float64 {
		b, err := m.MeasureBits(ctx, fixturePassages(f, keep))
		require.NoError(t, err)
		return b.BitsPerByte
	}
	lp, lq := heldShare(plain, f, legal), heldShare(prio, f, legal)
	mp, mq := heldShare(plain, f, misc), heldShare(prio, f, misc)
	t.Logf("facts held: legal %.2f → %.2f, misc %.2f → %.2f", lp, lq, mp, mq)
	t.Logf("bits/byte: legal %.3f → %.3f, misc %.3f → %.3f", bits(plain, legal), bits(prio, legal), bits(plain, misc), bits(prio, misc))
	assert.Greater(t, lq, lp+0.1, "the prioritised folder holds more of its facts")
	assert.Less(t, mq, mp, "the rest holds fewer")
	assert.Less(t, bits(prio, legal), bits(plain, legal))
	assert.Greater(t, bits(prio, misc), bits(plain, misc))

	// Weight 1 everywhere is no priority at all: the same model.
	cfg.Priority = Priority{"nowhere/**": 8}
	same, err := TrainPassages(ctx, fixturePassages(f, nil), cfg)
	require.NoError(t, err)
	a, _ := plain.Marshal()
	b, _ := same.Marshal()
	assert.Equal(t, a, b)
}

func FuzzPriority(f *testing.F) {
	f.Add("legal/**", 4.0, "/srv/legal/a.txt")
	f.Add("*.md", 0.5, `C:\docs\x.md`)
	f.Add("[", 2.0, "/a/[")
	f.Fuzz(func(t *testing.T, glob string, weight float64, path string) {
		p := Priority{glob: weight}
		if p.Validate() != nil {
			return
		}
		w := p.Weight(path)
		if !(w == 1 || w == weight) {
			t.Fatalf("weight %g of %q under %q: %g", weight, path, glob, w)
		}
	})
}
