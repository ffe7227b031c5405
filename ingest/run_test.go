package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-rag/verbatim/corpus"
)

// fakeStore is an in-memory Store.
type fakeStore struct {
	mu      sync.Mutex
	entries map[string]corpus.Entry
	puts    int
	deletes int
	putErr  error
}

func newFakeStore() *fakeStore { return &fakeStore{entries: map[string]corpus.Entry{}} }

func (s *fakeStore) Documents(root string) (map[string]corpus.Document, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := map[string]corpus.Document{}
	for p, e := range s.entries {
		if p == root || strings.HasPrefix(p, strings.TrimSuffix(root, "/")+"/") {
			out[p] = e.Doc
		}
	}
	return out, nil
}

func (s *fakeStore) Put(_ context.Context, entries []corpus.Entry) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.putErr != nil {
		return s.putErr
	}
	s.puts++
	for _, e := range entries {
		s.entries[e.Doc.Path] = e
	}
	return nil
}

func (s *fakeStore) Delete(_ context.Context, paths []string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.deletes++
	for _, p := range paths {
		delete(s.entries, p)
	}
	return nil
}

var _ Store = (*fakeStore)(nil)

// slashAbs is the Document.Path of a file.
func slashAbs(t testing.TB, p string) string {
	abs, err := filepath.Abs(p)
	require.NoError(t, err)
	return filepath.ToSlash(abs)
}

func fixedNow() time.Time { return time.Date(2024, 3, 14, 12, 0, 0, 0, time.UTC) }

func TestRunCorpusIsLossless(t *testing.T) {
	st := newFakeStore()
	var last Progress
	rep, err := Run(context.Background(), st, []string{corpusDir}, DefaultConfig(), Options{Now: fixedNow, Progress: func(p Progress) { last = p }})
	require.NoError(t, err)
	require.Empty(t, rep.Failed)
	require.Empty(t, rep.Skipped)
	assert.Len(t, rep.Added, len(corpusTests))
	assert.Equal(t, int64(len(corpusTests)), rep.Files)
	assert.Equal(t, last.FilesTotal, last.Files)
	assert.Equal(t, last.BytesTotal, last.Bytes)
	assert.Equal(t, rep.Bytes, last.Bytes)

	root := slashAbs(t, corpusDir)
	for _, tt := range corpusTests {
		path := root + "/" + tt.file
		e, ok := st.entries[path]
		require.True(t, ok, path)
		disk, err := os.ReadFile(filepath.FromSlash(path))
		require.NoError(t, err)
		sum := sha256.Sum256(disk)
		d := e.Doc
		assert.Equal(t, disk, e.Original, path)
		assert.Equal(t, hex.EncodeToString(sum[:]), d.Hash)
		assert.Equal(t, corpus.DocID(path), d.ID)
		assert.Equal(t, root, d.Root)
		assert.Equal(t, tt.format, d.Format)
		assert.Equal(t, int64(len(disk)), d.Size)
		assert.Equal(t, len(e.Extraction.Text), d.TextLen)
		assert.Equal(t, len(e.Passages), d.Passages)
		assert.Equal(t, fixedNow(), d.Ingested)
		assert.NotEmpty(t, d.Title)
		if tt.format.TextLike() {
			assert.Equal(t, string(disk), e.Extraction.Text, "text-like extraction must be the file")
		}
		for _, p := range e.Passages {
			assert.Equal(t, e.Extraction.Text[p.Start:p.End], p.Text)
			assert.Equal(t, d.ID, p.DocID)
			assert.Equal(t, path, p.Path)
		}
	}
	assert.Equal(t, "lampcheck.go", st.entries[root+"/tools/lampcheck.go"].Doc.Title)
	assert.Equal(t, 3, st.entries[root+"/reports/annual-report-1998.pdf"].Doc.Pages)
}

func TestRunBadFilesNeverAbort(t *testing.T) {
	st := newFakeStore()
	cfg := DefaultConfig()
	cfg.Workers = 3
	rep, err := Run(context.Background(), st, []string{"../testdata/bad"}, cfg, Options{})
	require.NoError(t, err)
	root := slashAbs(t, "../testdata/bad")
	failed := map[string]string{}
	for _, f := range rep.Failed {
		failed[strings.TrimPrefix(f.Path, root+"/")] = f.Err
	}
	assert.Len(t, failed, 2)
	assert.Contains(t, failed["truncated.pdf"], "truncated.pdf")
	assert.Contains(t, failed["corrupt.docx"], "corrupt.docx")
	assert.Equal(t, map[string]string{"empty.txt": ReasonEmpty, "binary.txt": ReasonNotText, "invalid-utf8.txt": ReasonNotText, "blank.pdf": ReasonNoText}, reasons(rep.Skipped, filepath.FromSlash(root)))
	assert.Contains(t, rep.Skipped, Skip{Path: root + "/invalid-utf8.txt", Reason: ReasonNotText, Detail: "not valid UTF-8 at offset 35"})
	assert.Empty(t, rep.Added)
	assert.Empty(t, st.entries, "nothing is stored for failed files")
}

func TestRunIncremental(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"a.md": "# A\n\nalpha", "b.txt": "bravo", "c/d.go": "package d", "e.md": "# E\n"})
	st := newFakeStore()
	ctx := context.Background()
	cfg := DefaultConfig()
	cfg.BatchFiles = 2
	p := func(name string) string { return filepath.ToSlash(filepath.Join(dir, name)) }

	rep, err := Run(ctx, st, []string{dir}, cfg, Options{})
	require.NoError(t, err)
	assert.Equal(t, []string{p("a.md"), p("b.txt"), p("c/d.go"), p("e.md")}, rep.Added)
	assert.Equal(t, 2, st.puts, "4 files in batches of 2")

	rep, err = Run(ctx, st, []string{dir}, cfg, Options{})
	require.NoError(t, err)
	assert.Len(t, rep.Unchanged, 4)
	assert.Zero(t, rep.Bytes, "size and time match: nothing read")
	assert.Equal(t, 2, st.puts)

	// b.txt changes, c/d.go only gets a new time, e.md goes away.
	writeTree(t, dir, map[string]string{"b.txt": "bravo two"})
	later := time.Now().Add(time.Hour)
	require.NoError(t, os.Chtimes(filepath.Join(dir, "c", "d.go"), later, later))
	require.NoError(t, os.Remove(filepath.Join(dir, "e.md")))

	dry, err := Run(ctx, st, []string{dir}, cfg, Options{DryRun: true})
	require.NoError(t, err)
	assert.True(t, dry.DryRun)
	assert.Equal(t, []string{p("b.txt")}, dry.Updated)
	assert.Equal(t, []string{p("e.md")}, dry.Removed)
	assert.Equal(t, 2, st.puts, "a dry run never puts")
	assert.Zero(t, st.deletes, "a dry run never deletes")
	assert.Equal(t, "bravo", string(st.entries[p("b.txt")].Original))

	rep, err = Run(ctx, st, []string{dir}, cfg, Options{})
	require.NoError(t, err)
	assert.Equal(t, dry.Updated, rep.Updated)
	assert.Equal(t, dry.Removed, rep.Removed)
	assert.Equal(t, []string{p("a.md"), p("c/d.go")}, rep.Unchanged)
	assert.Equal(t, "bravo two", string(st.entries[p("b.txt")].Original))
	assert.NotContains(t, st.entries, p("e.md"))
	assert.Equal(t, 1, st.deletes)

	rep, err = Run(ctx, st, []string{dir}, cfg, Options{Force: true})
	require.NoError(t, err)
	assert.Len(t, rep.Updated, 3)
}

// TestRunReextractsOutdatedFormat: a .csv or .pod file stored as plain
// text (as before CSV and POD were formats of their own) is extracted
// again although it is unchanged; after that it is unchanged as usual.
func TestRunReextractsOutdatedFormat(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"t.csv": "a,b\n1,2\n", "n.txt": "hello", "g.pod": "=head1 A\n\nB<b>\n"})
	st := newFakeStore()
	ctx := context.Background()
	p := func(name string) string { return filepath.ToSlash(filepath.Join(dir, name)) }
	_, err := Run(ctx, st, []string{dir}, DefaultConfig(), Options{})
	require.NoError(t, err)
	require.Equal(t, corpus.CSV, st.entries[p("t.csv")].Doc.Format)

	for _, name := range []string{"t.csv", "g.pod"} {
		e := st.entries[p(name)]
		e.Doc.Format = corpus.Text // as an older version stored it
		st.entries[p(name)] = e
	}
	txt := st.entries[p("n.txt")]
	txt.Doc.Format = corpus.PDF // sniffing may choose another format for a text extension
	st.entries[p("n.txt")] = txt

	rep, err := Run(ctx, st, []string{dir}, DefaultConfig(), Options{})
	require.NoError(t, err)
	assert.ElementsMatch(t, []string{p("t.csv"), p("g.pod")}, rep.Updated)
	assert.Equal(t, []string{p("n.txt")}, rep.Unchanged)
	assert.Equal(t, corpus.CSV, st.entries[p("t.csv")].Doc.Format)
	assert.Equal(t, corpus.POD, st.entries[p("g.pod")].Doc.Format)

	rep, err = Run(ctx, st, []string{dir}, DefaultConfig(), Options{})
	require.NoError(t, err)
	assert.Len(t, rep.Unchanged, 3)
}

func TestRunKeepsOldVersionOfFailedFile(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"a.txt": "good text", "gone/x.md": "x"})
	st := newFakeStore()
	ctx := context.Background()
	_, err := Run(ctx, st, []string{dir}, DefaultConfig(), Options{})
	require.NoError(t, err)

	writeTree(t, dir, map[string]string{"a.txt": "bad \xff text"})
	rep, err := Run(ctx, st, []string{dir}, DefaultConfig(), Options{})
	require.NoError(t, err)
	require.Len(t, rep.Kept, 1, "a file no longer text is kept, as not text")
	assert.Empty(t, rep.Removed)
	assert.Equal(t, "good text", string(st.entries[filepath.ToSlash(filepath.Join(dir, "a.txt"))].Original))

	// Excluding a folder keeps what was stored from it; --prune removes it.
	writeTree(t, dir, map[string]string{"a.txt": "good text again"})
	cfg := DefaultConfig()
	cfg.Exclude = []string{"gone"}
	rep, err = Run(ctx, st, []string{dir}, cfg, Options{})
	require.NoError(t, err)
	assert.Empty(t, rep.Removed)
	rep, err = Run(ctx, st, []string{dir}, cfg, Options{Prune: true})
	require.NoError(t, err)
	assert.Equal(t, []string{filepath.ToSlash(filepath.Join(dir, "gone", "x.md"))}, rep.Removed)
}

func TestRunMissingRootRemovesNothing(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"r/a.md": "a"})
	st := newFakeStore()
	ctx := context.Background()
	_, err := Run(ctx, st, []string{filepath.Join(dir, "r")}, DefaultConfig(), Options{})
	require.NoError(t, err)
	require.NoError(t, os.Rename(filepath.Join(dir, "r"), filepath.Join(dir, "moved")))

	rep, err := Run(ctx, st, []string{filepath.Join(dir, "r")}, DefaultConfig(), Options{})
	require.NoError(t, err)
	require.Len(t, rep.Failed, 1)
	assert.Contains(t, rep.Failed[0].Err, "ingest: walk")
	assert.Empty(t, rep.Removed)
	assert.Len(t, st.entries, 1)
}

func TestRunStoreErrorAborts(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"a.md": "a", "b.md": "b", "c.md": "c"})
	st := newFakeStore()
	st.putErr = errors.New("disk full")
	cfg := DefaultConfig()
	cfg.BatchFiles = 1
	_, err := Run(context.Background(), st, []string{dir}, cfg, Options{})
	require.Error(t, err)
	assert.ErrorIs(t, err, st.putErr)
	assert.Contains(t, err.Error(), "ingest: store 1 documents")
	assert.Zero(t, st.deletes)
}

func TestRunCancelled(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"a.md": "a"})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := Run(ctx, newFakeStore(), []string{dir}, DefaultConfig(), Options{})
	assert.ErrorIs(t, err, context.Canceled)
}

// TestRunOverlappingRoots: a root inside another is walked twice, but each
// file is read, and each skipped file reported, once (an unsupported
// binary was listed twice in the skip list).
func TestRunOverlappingRoots(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"a.md": "a", "sub/b.md": "b", "sub/x.bin": "\x7fELF\x00\x01", "sub/prog": "\x7fELF\x00\x01"})
	rep, err := Run(context.Background(), newFakeStore(), []string{dir, filepath.Join(dir, "sub"), dir}, DefaultConfig(), Options{})
	require.NoError(t, err)
	assert.Len(t, rep.Added, 2)
	assert.Equal(t, int64(3), rep.Files)
	var skipped []string
	for _, s := range rep.Skipped {
		skipped = append(skipped, filepath.Base(s.Path)+": "+s.Reason)
	}
	assert.ElementsMatch(t, []string{"x.bin: " + ReasonUnsupported, "prog: " + ReasonNotText}, skipped)
}

func TestRunInvalidConfig(t *testing.T) {
	cfg := DefaultConfig()
	cfg.Include = []string{"[x"}
	_, err := Run(context.Background(), newFakeStore(), []string{"."}, cfg, Options{})
	assert.ErrorIs(t, err, ErrConfig)
}

func TestProcessVanishedFile(t *testing.T) {
	p := &processor{cfg: DefaultConfig(), now: fixedNow}
	res := p.process(job{file: File{Path: filepath.Join(t.TempDir(), "gone.md")}, path: "/gone.md"})
	assert.Equal(t, outSkipped, res.outcome)
	assert.Equal(t, ReasonVanished, res.reason)

	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"grown.txt": "now much longer than the limit"})
	p.cfg.MaxFileSize = 5
	res = p.process(job{file: File{Path: filepath.Join(dir, "grown.txt"), Size: 3}, path: "/grown.txt"})
	assert.Equal(t, ReasonTooLarge, res.reason)
}

func TestRunnerProtected(t *testing.T) {
	r := &runner{protect: []string{"/data/locked", "/other/"}}
	assert.True(t, r.protected("/data/locked"))
	assert.True(t, r.protected("/data/locked/a.md"))
	assert.False(t, r.protected("/data/lockedness.md"))
	assert.True(t, r.protected("/other/x"))
	assert.False(t, r.protected("/data/a.md"))
}

func (s *fakeStore) Touch(_ context.Context, docs []corpus.Document) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, d := range docs {
		if e, ok := s.entries[d.Path]; ok && e.Doc.Hash == d.Hash {
			e.Doc.ModTime = d.ModTime
			s.entries[d.Path] = e
		}
	}
	return nil
}

var _ Toucher = (*fakeStore)(nil)

// TestRunTouchedFileReadOnce: a file that only gets a new time is read
// and hashed once, then kept by its size and time like any other.
func TestRunTouchedFileReadOnce(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"a.txt": "alpha", "b.txt": "bravo"})
	st := newFakeStore()
	ctx := context.Background()
	_, err := Run(ctx, st, []string{dir}, DefaultConfig(), Options{})
	require.NoError(t, err)
	later := time.Now().Add(time.Hour).Truncate(time.Second)
	require.NoError(t, os.Chtimes(filepath.Join(dir, "a.txt"), later, later))

	rep, err := Run(ctx, st, []string{dir}, DefaultConfig(), Options{})
	require.NoError(t, err)
	assert.Equal(t, int64(len("alpha")), rep.Bytes, "the touched file is read once")
	assert.Len(t, rep.Unchanged, 2)
	for range 2 {
		rep, err = Run(ctx, st, []string{dir}, DefaultConfig(), Options{})
		require.NoError(t, err)
		assert.Zero(t, rep.Bytes, "its new time is stored: nothing read")
		assert.Len(t, rep.Unchanged, 2)
	}
}
