package lossy

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// collected tokenizes texts as training does.
func collected(t *testing.T, texts []string) *corpusData {
	t.Helper()
	c, err := collect(context.Background(), TextSource(texts...))
	require.NoError(t, err)
	return c
}

// inMemory counts c's levels with limits nothing exceeds.
func inMemory(t *testing.T, c *corpusData, order int) []*level {
	t.Helper()
	levels, err := countLevels(context.Background(), c, order, countLimits{chunk: len(c.toks), entries: 1 << 30, dir: t.TempDir()})
	require.NoError(t, err)
	return levels
}

// requireNoFiles fails when dir holds anything.
func requireNoFiles(t *testing.T, dir string) {
	t.Helper()
	left, err := os.ReadDir(dir)
	require.NoError(t, err)
	require.Empty(t, left, "temporary files left behind")
}

// Sorted runs spilled to disk and merged count exactly what one sort in
// memory counts: the same keys, counts and first positions.
func TestSpilledRunsMergeToTheInMemoryCounts(t *testing.T) {
	c := collected(t, makeFixture(42, 400).Entries)
	want := inMemory(t, c, 6)
	for _, chunk := range []int{len(c.toks) / 2, 5000, 777} {
		dir := t.TempDir()
		got, err := countLevels(context.Background(), c, 6, countLimits{chunk: chunk, entries: 1 << 30, dir: dir})
		require.NoError(t, err)
		for k := 1; k < 6; k++ {
			require.Equal(t, want[k].keys, got[k].keys, "chunk %d level %d", chunk, k)
			require.Equal(t, want[k].cnt, got[k].cnt, "chunk %d level %d", chunk, k)
			require.Equal(t, want[k].rep, got[k].rep, "chunk %d level %d", chunk, k)
		}
		requireNoFiles(t, dir)
	}
}

// Over the entry cap, the rarest n-grams of the longer contexts go, by one
// count threshold: what stays fits the cap, keeps its true count, and
// every n-gram kept at a level kept its threshold's worth at the level
// below. Levels spilled whole or counted in runs give the same result.
func TestCountsOverTheCapDropTheRarestLongNGrams(t *testing.T) {
	c := collected(t, makeFixture(42, 400).Entries)
	all := inMemory(t, c, 6)
	total := 0
	for k := 1; k < 6; k++ {
		total += len(all[k].keys)
	}
	for _, tt := range []struct {
		name    string
		chunk   int
		entries int
		from    int // the first level the threshold applies to
	}{
		{"in memory, levels spilled", len(c.toks), total / 3, 2},
		{"runs", 3000, total / 3, 2},
		{"runs, a tight cap", 3000, len(all[1].keys) + 100, 1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			got, err := countLevels(context.Background(), c, 6, countLimits{chunk: tt.chunk, entries: tt.entries, dir: dir})
			require.NoError(t, err)
			requireNoFiles(t, dir)
			kept, dropped := 0, false
			for k := 1; k < 6; k++ {
				kept += len(got[k].keys)
				dropped = dropped || len(got[k].keys) < len(all[k].keys)
				for u, key := range got[k].keys {
					i, ok := all[k].find(key)
					require.True(t, ok)
					require.Equal(t, all[k].cnt[i], got[k].cnt[u])
					require.Equal(t, all[k].rep[i], got[k].rep[u])
				}
			}
			require.LessOrEqual(t, kept, tt.entries)
			require.True(t, dropped)
			if tt.from > 1 {
				require.Equal(t, len(all[1].keys), len(got[1].keys), "the shortest contexts are kept whole while the cap allows")
			}
			// A count threshold keeps, at each level it applies to,
			// everything counted at least as often as the rarest n-gram
			// kept at any of them.
			least := uint32(1 << 31)
			for k := tt.from; k < 6; k++ {
				for _, n := range got[k].cnt {
					least = min(least, n)
				}
			}
			require.Greater(t, least, uint32(1))
			for k := tt.from; k < 6; k++ {
				n := 0
				for _, cnt := range all[k].cnt {
					if cnt >= least {
						n++
					}
				}
				require.Equal(t, n, len(got[k].keys), "level %d", k)
			}
		})
	}
}

// Training that spills yields the in-memory model when nothing has to be
// dropped, and a valid model within its budget when the cap forces drops.
func TestTrainingWithinATinyCap(t *testing.T) {
	texts := makeFixture(42, 400).Entries
	cfg := Config{Budget: "10%"}
	want, err := Train(context.Background(), TextSource(texts...), cfg)
	require.NoError(t, err)
	wantRaw, err := want.Marshal()
	require.NoError(t, err)

	dir := t.TempDir()
	got, err := train(context.Background(), TextSource(texts...), cfg, trainOpts{dir: dir, lim: &countLimits{chunk: 4000, entries: 1 << 30, dir: dir}})
	require.NoError(t, err)
	gotRaw, err := got.Marshal()
	require.NoError(t, err)
	require.Equal(t, wantRaw, gotRaw, "spilled runs, nothing dropped: the same model")
	requireNoFiles(t, dir)

	for _, budget := range []string{"10%", "64MiB"} {
		cfg := Config{Budget: budget}
		small, err := train(context.Background(), TextSource(texts...), cfg, trainOpts{dir: dir, lim: &countLimits{chunk: 4000, entries: 20000, dir: dir}})
		require.NoError(t, err)
		raw, err := small.Marshal()
		require.NoError(t, err)
		requireNoFiles(t, dir)
		b, err := ParseBudget(budget)
		require.NoError(t, err)
		require.LessOrEqual(t, int64(len(raw)), b.Resolve(small.hdr.CorpusBytes))
		back, err := Unmarshal(raw)
		require.NoError(t, err)
		require.Greater(t, back.hdr.BitsPerByte, 0.0)
		entries := 0
		for k := 1; k < len(back.tables); k++ {
			entries += len(back.tables[k].next)
		}
		require.Positive(t, entries)
		require.LessOrEqual(t, entries, 20000)
	}
}

// Cancelled or failed counting leaves no temporary file behind and says
// where it could not write.
func TestSpillingCleansUpOnFailure(t *testing.T) {
	c := collected(t, makeFixture(42, 200).Entries)
	dir := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := countLevels(ctx, c, 6, countLimits{chunk: 1000, entries: 1 << 30, dir: dir})
	require.ErrorIs(t, err, context.Canceled)
	requireNoFiles(t, dir)

	// A folder it cannot write to falls back to the system's temporary
	// folder; when that fails too, the error names both.
	missing := filepath.Join(dir, "gone")
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	_, err = countLevels(context.Background(), c, 6, countLimits{chunk: 1000, entries: 1 << 30, dir: missing})
	require.NoError(t, err)
	requireNoFiles(t, tmp)
	t.Setenv("TMPDIR", filepath.Join(tmp, "gone too"))
	_, err = countLevels(context.Background(), c, 6, countLimits{chunk: 1000, entries: 1 << 30, dir: missing})
	require.ErrorContains(t, err, "lossy: spill counts")
	require.ErrorContains(t, err, missing)
	require.ErrorContains(t, err, "gone too")
}

func TestTrainMemoryConfig(t *testing.T) {
	for _, tt := range []struct {
		mem, budget string
		want        int64
		err         string
	}{
		{"", "10%", DefaultTrainMemory, ""},
		{"", "64MiB", 64 * 64 << 20, ""},
		{"512MiB", "10%", 512 << 20, ""},
		{"1GB", "64MiB", 1e9, ""},
		{"lots", "10%", 0, `train_memory "lots"`},
		{"1MiB", "10%", 0, "at least 16MiB"},
	} {
		cfg := Config{TrainMemory: tt.mem, Budget: tt.budget}
		err := cfg.Validate()
		if tt.err != "" {
			require.ErrorContains(t, err, tt.err)
			continue
		}
		require.NoError(t, err)
		require.Equal(t, tt.want, cfg.trainMemory())
	}
}

// dirStore is a Store in a folder, as *index.Corpus is.
type dirStore struct {
	*memStore
	dir string
}

func (s dirStore) Dir() string { return s.dir }

// The keeper spills into its store's folder, and leaves nothing there.
func TestKeeperSpillsIntoTheStoreFolder(t *testing.T) {
	texts := makeFixture(42, 3000).Entries
	cfg := Config{TrainMemory: "16MiB"}
	require.Greater(t, len(collected(t, texts).toks), limitsFor(16<<20, "").chunk, "the corpus must take more than one chunk")

	dir := t.TempDir()
	m, err := Keeper{Store: dirStore{newMemStore(texts...), dir}, Config: cfg}.Train(context.Background())
	require.NoError(t, err)
	require.NotNil(t, m)
	requireNoFiles(t, dir)

	missing := filepath.Join(dir, "gone")
	t.Setenv("TMPDIR", filepath.Join(dir, "gone too"))
	_, err = Keeper{Store: dirStore{newMemStore(texts...), missing}, Config: cfg}.Train(context.Background())
	require.ErrorContains(t, err, missing)
}

// Counting in memory lets the sort's scratch go after each level's sort,
// before the level's n-grams join the levels held (counting's memory
// peaks there, the more so beside an index merge: see Keeper.Start); the
// counts are unchanged.
func TestCountingReleasesTheSortScratch(t *testing.T) {
	c := collected(t, makeFixture(42, 400).Entries)
	want := inMemory(t, c, 4)
	ct := &counter{c: c, lim: countLimits{chunk: len(c.toks), entries: 1 << 30, dir: t.TempDir()}, top: 3, workers: 2}
	for k := 3; k >= 1; k-- {
		l, f, err := ct.level(context.Background(), k, make([]int64, maxThreshold+1))
		require.NoError(t, err)
		require.Nil(t, f)
		require.Equal(t, want[k].keys, l.keys, "level %d", k)
		require.Equal(t, want[k].cnt, l.cnt, "level %d", k)
		require.Nil(t, ct.tmp, "level %d keeps the scratch", k)
	}
}

// Counting for scoring indexes each n-gram's backoff in the level below
// instead of keeping its first position; scored, the levels make the
// model that finding each backoff from its first position makes, also
// when a count threshold drops n-grams from levels held in memory.
func TestBackoffIndexesScoreAsFirstPositions(t *testing.T) {
	c := collected(t, makeFixture(42, 400).Entries)
	all := inMemory(t, c, 6)
	for _, tt := range []struct {
		name    string
		entries int
		low     []int // levels that must have their backoffs indexed
		dropped bool  // level 4 loses n-grams to a count threshold
	}{
		{"in memory", 1 << 30, []int{1, 2, 3, 4, 5}, false},
		{"levels 4 and 5 held, dropped by a threshold", len(all[5].keys) + len(all[4].keys), []int{5}, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			lim := countLimits{chunk: len(c.toks), entries: tt.entries, dir: t.TempDir()}
			for _, budget := range []int64{c.bytes / 10, 64 << 20} {
				model := func(levels []*level) []byte {
					hdr := header{Order: 6, Budget: budget, CorpusBytes: c.bytes, CorpusTokens: int64(len(c.toks))}
					m, err := prune(context.Background(), c, levels, hdr, nil)
					require.NoError(t, err)
					b, err := m.Marshal()
					require.NoError(t, err)
					return b
				}
				byPos, err := countLevels(context.Background(), c, 6, lim)
				require.NoError(t, err)
				byLow, err := countToScore(context.Background(), c, 6, lim)
				require.NoError(t, err)
				for _, k := range tt.low {
					require.Nil(t, byLow[k].rep, "level %d", k)
					if k > 1 { // level 1 backs off to its next token
						require.NotNil(t, byLow[k].low, "level %d", k)
					}
				}
				require.Equal(t, tt.dropped, len(byLow[4].keys) < len(all[4].keys))
				require.Equal(t, model(byPos), model(byLow), "budget %d", budget)
			}
		})
	}
}
