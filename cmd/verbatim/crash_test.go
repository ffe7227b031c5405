package main

// The crash test kills `verbatim ingest` with SIGKILL at random points (the
// walk, extraction, store writes, bleve batches, deletions, model training)
// and proves that the store always reopens consistent and that finishing
// the ingest gives exactly what a clean ingest gives.
//
// Every round first changes the folder (rewrites about a quarter of the
// files, deletes some, brings back earlier ones, adds new ones, replaces a
// file by a folder), then starts an ingest into the same data directory and
// kills it after a random delay spread over a full ingest's duration, so the
// kills land in first ingests and re-ingests alike, and in model training.
// After every kill the store must open (replaying its journal), pass Check
// and hold a whole model or none. At the end one ingest runs to completion
// and must equal a clean ingest of the final folder: same documents (path,
// hash), passages (id, text hash), top 10 for a query set, model bytes.
//
// It runs 6 rounds by default (about 15 s on 2 cores plus building the binary); the long opt-in run:
//
//	VERBATIM_CRASH_ROUNDS=50 go test ./cmd/verbatim -run TestCrashSafeIngest -v -timeout 30m
//
// VERBATIM_CRASH_SEED=N replays the kill delays of a logged run. -short
// skips the test.

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2/search"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
	"github.com/verbatim-rag/verbatim/generate/lossy"
	"github.com/verbatim-rag/verbatim/index"
	"github.com/verbatim-rag/verbatim/retrieve"
)

// crashFiles is the size of the generated folder.
const crashFiles = 800

// crashQueries are searched in both corpora; their top 10 must agree.
var crashQueries = []string{"bralo", "quenta vimor", "zq17", "tarsil monde", "zq1111 fen", "olvar", "kest ruma dovi"}

func envInt(t *testing.T, name string, def int) int {
	t.Helper()
	v := os.Getenv(name)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	require.NoError(t, err, "%s", name)
	return n
}

func TestCrashSafeIngest(t *testing.T) {
	if testing.Short() {
		t.Skip("kills many ingest processes; skipped with -short")
	}
	k := &killer{t: t, bin: buildVerbatim(t), cwd: t.TempDir()} // before isolate: it moves HOME and so the build cache
	isolate(t)
	rounds := envInt(t, "VERBATIM_CRASH_ROUNDS", 6)
	seed := uint64(envInt(t, "VERBATIM_CRASH_SEED", int(time.Now().UnixNano()%1e6)))
	t.Logf("%d rounds, seed %d (VERBATIM_CRASH_SEED=%d to replay)", rounds, seed, seed)
	rng := rand.New(rand.NewPCG(seed, 7))

	folder := t.TempDir()
	genFolder(t, folder, crashFiles)
	took := k.timeIngest(folder)
	crashed := t.TempDir()
	for round := range rounds {
		if round > 0 {
			changeFolder(t, folder, round)
		}
		delay := time.Duration(rng.Int64N(int64(took)))
		finished := k.killAfter(crashed, folder, delay)
		pending, docs := k.reopen(crashed)
		t.Logf("round %d: killed after %s (finished first: %v): %d documents, %d journal records replayed by a read-only open",
			round+1, delay.Round(time.Millisecond), finished, docs, pending)
	}
	k.ingest(crashed, folder)
	clean := t.TempDir()
	k.ingest(clean, folder)
	stats := bm25Stats(t, clean)
	want, got := snapshot(t, clean, stats), snapshot(t, crashed, stats)
	t.Logf("final: %d documents, %d passages", len(want.docs), len(want.passages))
	assert.Equal(t, want.docs, got.docs, "documents (path → hash)")
	assert.Equal(t, want.passages, got.passages, "passages (id → text hash)")
	assert.Equal(t, want.top, got.top, "top 10 (id@score) of the query set")
	assert.Equal(t, want.model, got.model, "the model is trained on the final corpus")
}

// killer runs and kills verbatim processes.
type killer struct {
	t   *testing.T
	bin string
	cwd string
}

// timeIngest times a clean ingest of folder (the kill delays spread over it).
func (k *killer) timeIngest(folder string) time.Duration {
	start := time.Now()
	out := k.ingest(k.t.TempDir(), folder)
	took := time.Since(start)
	k.t.Logf("clean ingest in %s: %s", took.Round(time.Millisecond), strings.ReplaceAll(strings.TrimSpace(out), "\n", "; "))
	return took
}

// ingest runs verbatim ingest to completion and returns its summary.
func (k *killer) ingest(dataDir, folder string) string {
	k.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := k.command(ctx, dataDir, folder)
	var errOut strings.Builder
	cmd.Stderr = &errOut
	out, err := cmd.Output()
	require.NoError(k.t, err, "%s%s", out, errOut.String())
	return string(out)
}

func (k *killer) command(ctx context.Context, dataDir, folder string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, k.bin, "--data-dir", dataDir, "ingest", folder)
	cmd.Dir = k.cwd
	return cmd
}

// killAfter starts an ingest and kills it with SIGKILL after delay; it
// reports whether the process had finished by then.
func (k *killer) killAfter(dataDir, folder string, delay time.Duration) bool {
	k.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := k.command(ctx, dataDir, folder)
	require.NoError(k.t, cmd.Start())
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		require.NoError(k.t, err)
		return true
	case <-time.After(delay):
	}
	err := cmd.Process.Signal(syscall.SIGKILL)
	if errors.Is(err, os.ErrProcessDone) {
		require.NoError(k.t, <-done) // it finished just as the delay ran out
		return true
	}
	require.NoError(k.t, err)
	<-done
	return false
}

// reopen checks a killed store: it opens read-only, which must replay the
// journal work left (counted) before serving, so that the index holds
// exactly the stored passages; then writable; it must then be consistent,
// with a model that is either absent or whole.
func (k *killer) reopen(dataDir string) (pending, docs int) {
	t := k.t
	t.Helper()
	if ro, err := index.Open(dataDir, index.Options{ReadOnly: true}); err == nil {
		st, err := ro.Stats()
		require.NoError(t, err)
		pending = st.Replayed
		assert.Zero(t, st.PendingJournal, "a read-only open serves a half-applied index")
		assert.Empty(t, st.Interrupted)
		assert.Equal(t, uint64(st.Passages), st.IndexedPassages, "indexed passages = stored passages")
		rep, err := ro.Check(context.Background(), index.CheckOptions{})
		require.NoError(t, err)
		assert.Empty(t, rep.Problems, "read-only after a kill")
		require.NoError(t, ro.Close())
	} else {
		require.ErrorIs(t, err, index.ErrNotFound, "killed before the store existed")
	}
	c, err := index.Open(dataDir, index.Options{})
	require.NoError(t, err)
	defer c.Close()
	rep, err := c.Check(context.Background(), index.CheckOptions{})
	require.NoError(t, err)
	require.Empty(t, rep.Problems, "a killed ingest left the store inconsistent")
	if b, err := c.GetMeta(lossy.MetaKey); err == nil {
		_, err = lossy.Unmarshal(b)
		require.NoError(t, err, "the stored model is whole")
	} else {
		require.ErrorIs(t, err, index.ErrNotFound)
	}
	return pending, rep.Documents
}

// corpusState is what two equal corpora share.
type corpusState struct {
	docs     map[string]string   // path → hash
	passages map[string]string   // passage id → SHA-256 of its text
	top      map[string][]string // query → top 10 passage id@score
	model    string              // SHA-256 of the stored model
}

// snapshot reads a corpus; its searches score with stats (see bm25Stats),
// or with the index's own when stats is nil.
func snapshot(t *testing.T, dataDir string, stats *search.BM25Stats) corpusState {
	t.Helper()
	ctx := context.Background()
	if stats != nil {
		ctx = context.WithValue(ctx, search.BM25StatsKey, stats)
	}
	c, err := index.Open(dataDir, index.Options{ReadOnly: true})
	require.NoError(t, err)
	defer c.Close()
	rep, err := c.Check(ctx, index.CheckOptions{})
	require.NoError(t, err)
	require.Empty(t, rep.Problems)
	s := corpusState{docs: map[string]string{}, passages: map[string]string{}, top: map[string][]string{}}
	docs, err := c.AllDocuments()
	require.NoError(t, err)
	for _, d := range docs {
		s.docs[d.Path] = d.Hash
	}
	require.NoError(t, c.EachPassage(ctx, func(p corpus.Passage) error {
		sum := sha256.Sum256([]byte(p.Text))
		s.passages[p.ID] = hex.EncodeToString(sum[:])
		return nil
	}))
	r := retrieve.New(c, retrieve.DefaultConfig())
	for _, q := range crashQueries {
		hits, err := r.Search(ctx, retrieve.Query{Text: q, K: 20})
		require.NoError(t, err)
		s.top[q] = top10(hits)
	}
	if b, err := c.GetMeta(lossy.MetaKey); err == nil {
		sum := sha256.Sum256(b)
		s.model = hex.EncodeToString(sum[:])
	}
	return s
}

// bm25Stats returns the corpus-wide BM25 statistics of the index in
// dataDir. Bleve's scorch takes BM25's document count and average length
// (the field dictionary's size over the document count) from its segments,
// where the terms of deleted and replaced documents linger until a merge
// rewrites them: an index with a history of updates, killed or not, scores
// otherwise than a fresh index of the same passages. Both corpora are
// searched with the clean index's statistics, so that the comparison is of
// what the indexes hold (postings, term frequencies, lengths) and not of
// when their segments last merged.
func bm25Stats(t *testing.T, dataDir string) *search.BM25Stats {
	t.Helper()
	c, err := index.Open(dataDir, index.Options{ReadOnly: true})
	require.NoError(t, err)
	defer c.Close()
	st, err := c.BM25Stats()
	require.NoError(t, err)
	return st
}

// top10 orders hits by score, ties by id (the order bleve gives equal
// scores depends on its internal document numbers), and keeps 10 ids.
func top10(hits []retrieve.Hit) []string {
	sort.SliceStable(hits, func(i, j int) bool {
		a, b := math.Round(hits[i].Score*1e9), math.Round(hits[j].Score*1e9)
		if a != b {
			return a > b
		}
		return hits[i].Passage.ID < hits[j].Passage.ID
	})
	var ids []string
	for i := 0; i < len(hits) && i < 10; i++ {
		ids = append(ids, fmt.Sprintf("%s@%.6f", hits[i].Passage.ID, hits[i].Score))
	}
	return ids
}

// buildVerbatim builds the command once for the test, outside the tree.
func buildVerbatim(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "verbatim")
	start := time.Now()
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	require.NoError(t, err, "%s", out)
	t.Logf("built verbatim in %s", time.Since(start).Round(time.Millisecond))
	return bin
}

// crashVocab is a deterministic vocabulary of made-up words.
var crashVocab = func() []string {
	syll := []string{"bra", "lo", "quen", "ta", "vi", "mor", "tar", "sil", "mon", "de", "ol", "var", "kest", "ru", "ma", "do", "fen", "ix", "pal", "un"}
	var words []string
	for i, a := range syll {
		for j, b := range syll {
			if (i*7+j*3)%4 == 0 {
				words = append(words, a+b)
			}
		}
	}
	return append(words, "kest", "ruma", "dovi", "fen")
}()

// genFolder writes n small text and Markdown files in a few folders.
func genFolder(t *testing.T, dir string, n int) {
	t.Helper()
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range n {
		sub := filepath.Join(dir, fmt.Sprintf("part%02d", i%12))
		require.NoError(t, os.MkdirAll(sub, 0o755))
		ext := ".md"
		if i%3 == 0 {
			ext = ".txt"
		}
		name := filepath.Join(sub, fmt.Sprintf("note%04d%s", i, ext))
		require.NoError(t, os.WriteFile(name, []byte(genText(rng, i)), 0o644))
	}
}

// genText is a document with a heading, a code word zqN and paragraphs of
// vocabulary words (skewed so some words are common).
func genText(rng *rand.Rand, i int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# Note %d zq%d\n\n", i, i)
	for range 2 + rng.IntN(6) {
		for w := range 15 + rng.IntN(50) {
			if w > 0 {
				b.WriteByte(' ')
			}
			k := rng.IntN(len(crashVocab))
			b.WriteString(crashVocab[k*k/len(crashVocab)])
			if rng.IntN(12) == 0 {
				b.WriteByte('.')
			}
		}
		b.WriteString(".\n\n")
	}
	return b.String()
}

// changeFolder changes the folder for a round: it rewrites about a
// quarter of the files, deletes about 3% (bringing back those deleted in
// the round before), adds a few and turns one file into a folder or back.
func changeFolder(t *testing.T, dir string, round int) {
	t.Helper()
	rng := rand.New(rand.NewPCG(uint64(round), 4))
	for i := range crashFiles {
		name := filepath.Join(dir, fmt.Sprintf("part%02d", i%12), fmt.Sprintf("note%04d.md", i))
		if i%3 == 0 {
			name = strings.TrimSuffix(name, ".md") + ".txt"
		}
		switch {
		case i%29 == round%29:
			require.NoError(t, os.RemoveAll(name))
		case i%29 == (round-1)%29:
			require.NoError(t, os.RemoveAll(name)) // it was deleted last round: back as a file
			require.NoError(t, os.WriteFile(name, []byte(genText(rng, i)), 0o644))
		case i == round*7:
			require.NoError(t, os.Remove(name))
			require.NoError(t, os.MkdirAll(name, 0o755))
			require.NoError(t, os.WriteFile(filepath.Join(name, "inside.md"), []byte(genText(rng, i+crashFiles)), 0o644))
		case rng.IntN(4) == 0:
			require.NoError(t, os.RemoveAll(name))
			require.NoError(t, os.WriteFile(name, []byte(genText(rng, i+round*crashFiles)), 0o644))
		}
	}
	extra := filepath.Join(dir, "extra")
	require.NoError(t, os.MkdirAll(extra, 0o755))
	for i := range 10 {
		p := filepath.Join(extra, fmt.Sprintf("r%03d-%02d.md", round, i))
		require.NoError(t, os.WriteFile(p, []byte(genText(rng, 10000+round*10+i)), 0o644))
	}
}

// TestIngestRetrainsStaleModel covers the state a kill between an ingest's
// writes and its model training leaves (here made with --no-train): the
// files are all stored, the model is older, and the next ingest, though it
// finds nothing changed, must retrain.
func TestIngestRetrainsStaleModel(t *testing.T) {
	isolate(t)
	data, folder := t.TempDir(), copyCorpus(t)
	_, _, err := run(t, data, "ingest", folder)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(folder, "late.md"), []byte("# Late\n\nA late addition about tide tables.\n"), 0o644))
	out, _, err := run(t, data, "ingest", "--no-train", folder)
	require.NoError(t, err)
	assert.Contains(t, out, "1 added")

	out, _, err = run(t, data, "ingest", folder)
	require.NoError(t, err)
	assert.Contains(t, out, "0 added, 0 updated")
	assert.Contains(t, out, "model:", "the stale model is retrained")
	out, _, err = run(t, data, "ingest", folder)
	require.NoError(t, err)
	assert.NotContains(t, out, "model:", "a fresh model is kept")
}
