package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/verbatim-rag/verbatim/bench/internal/stats"
	"github.com/verbatim-rag/verbatim/ingest"
)

// genVersion changes whenever the generated text would change, so a cached
// corpus of another version is rebuilt.
const genVersion = 2

// filesPerFolder is how many files one folder of the corpus holds.
const filesPerFolder = 1000

// textGen writes the text of the files of one synthetic corpus.
type textGen struct {
	v    *vocabulary
	seed uint64
}

// fileText returns the text of file k: a title line, then 1–8 paragraphs of
// 2–7 sentences of Zipf-distributed words with some names and numbers.
func (g textGen) fileText(k int) string {
	r := rand.New(rand.NewPCG(g.seed, uint64(k)+1))
	z := rand.NewZipf(r, 1.07, 2.7, uint64(len(g.v.words)-1))
	var b strings.Builder
	b.Grow(4096)
	g.title(&b, r, z)
	for range 1 + r.IntN(8) {
		b.WriteString("\n\n")
		for s := range 2 + r.IntN(6) {
			if s > 0 {
				b.WriteByte(' ')
			}
			g.sentence(&b, r, z)
		}
	}
	b.WriteByte('\n')
	return b.String()
}

// title writes 2–6 capitalized content words.
func (g textGen) title(b *strings.Builder, r *rand.Rand, z *rand.Zipf) {
	for i := range 2 + r.IntN(5) {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(capitalize(g.content(z)))
	}
}

// content draws a word that is not a function word.
func (g textGen) content(z *rand.Zipf) string {
	for {
		if i := z.Uint64(); int(i) >= len(functionWords) {
			return g.v.words[i]
		}
	}
}

// sentence writes 6–24 words, one in five sentences with a name and one in
// eight with a number, some commas, and a full stop (or a question mark).
func (g textGen) sentence(b *strings.Builder, r *rand.Rand, z *rand.Zipf) {
	n := 6 + r.IntN(19)
	nameAt, numAt := -1, -1
	if r.IntN(5) == 0 {
		nameAt = r.IntN(n)
	}
	if r.IntN(8) == 0 {
		numAt = r.IntN(n)
	}
	for i := range n {
		if i > 0 {
			b.WriteByte(' ')
		}
		var w string
		switch i {
		case nameAt:
			w = g.name(r)
		case numAt:
			w = number(r)
		default:
			w = g.v.words[z.Uint64()]
		}
		if i == 0 {
			w = capitalize(w)
		}
		b.WriteString(w)
		if i < n-1 && r.IntN(14) == 0 {
			b.WriteByte(',')
		}
	}
	if r.IntN(20) == 0 {
		b.WriteByte('?')
	} else {
		b.WriteByte('.')
	}
}

// name is a family name, or a given and a family name.
func (g textGen) name(r *rand.Rand) string {
	last := g.v.last[r.IntN(len(g.v.last))]
	if r.IntN(2) == 0 {
		return last
	}
	return g.v.first[r.IntN(len(g.v.first))] + " " + last
}

// number is a year, a count, a decimal or a percentage.
func number(r *rand.Rand) string {
	switch r.IntN(4) {
	case 0:
		return strconv.Itoa(1750 + r.IntN(276))
	case 1:
		return strconv.Itoa(1 + r.IntN(1000))
	case 2:
		return strconv.Itoa(r.IntN(100)) + "." + strconv.Itoa(10+r.IntN(90))
	default:
		return strconv.Itoa(1+r.IntN(99)) + "%"
	}
}

func capitalize(w string) string {
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return w
	}
	return string(w[0]-'a'+'A') + w[1:]
}

// relPath is the slash path of file k inside the corpus folder.
func relPath(k int) string {
	return fmt.Sprintf("%04d/%07d.txt", k/filesPerFolder, k)
}

// manifest describes a generated corpus; it is written last, so a corpus
// with a manifest is complete.
type manifest struct {
	Version        int     `json:"version"`
	Seed           uint64  `json:"seed"`
	Vocabulary     int     `json:"vocabulary"`
	TargetPassages int64   `json:"target_passages"`
	Files          int     `json:"files"`
	Bytes          int64   `json:"bytes"`
	Passages       int64   `json:"passages"` // as ingest.Chunk cuts them with the default config
	GenSeconds     float64 `json:"gen_seconds"`
}

const manifestFile = "manifest.json"

// corpusDir is the folder that is ingested, inside the cache dir.
func corpusDir(cache string) string { return filepath.Join(cache, "corpus") }

// ensureCorpus reuses the corpus in cache when its manifest matches want,
// and otherwise (re)generates it.
func ensureCorpus(cache string, want manifest, g textGen, logf func(string, ...any)) (manifest, error) {
	if m, err := readManifest(cache); err == nil && m.Version == want.Version && m.Seed == want.Seed &&
		m.Vocabulary == want.Vocabulary && m.TargetPassages == want.TargetPassages {
		logf("reusing the corpus in %s: %d files, %d passages", cache, m.Files, m.Passages)
		return m, nil
	} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return manifest{}, err
	}
	if err := os.RemoveAll(corpusDir(cache)); err != nil {
		return manifest{}, err
	}
	_ = os.Remove(filepath.Join(cache, manifestFile))
	m, err := generate(corpusDir(cache), want, g, logf)
	if err != nil {
		return manifest{}, err
	}
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return manifest{}, err
	}
	return m, os.WriteFile(filepath.Join(cache, manifestFile), append(b, '\n'), 0o644)
}

// generate writes files until they hold want.TargetPassages passages.
func generate(dir string, m manifest, g textGen, logf func(string, ...any)) (manifest, error) {
	start := time.Now()
	cfg := ingest.DefaultChunkConfig()
	for k := 0; m.Passages < m.TargetPassages; k++ {
		if k%filesPerFolder == 0 {
			if err := os.MkdirAll(filepath.Join(dir, fmt.Sprintf("%04d", k/filesPerFolder)), 0o755); err != nil {
				return m, err
			}
		}
		rel := relPath(k)
		text := g.fileText(k)
		_, ex, err := ingest.Extract(rel, []byte(text))
		if err != nil {
			return m, fmt.Errorf("extract %s: %w", rel, err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.FromSlash(rel)), []byte(text), 0o644); err != nil {
			return m, err
		}
		m.Files++
		m.Bytes += int64(len(text))
		m.Passages += int64(len(ingest.Chunk(ex, cfg)))
		if m.Files%50000 == 0 {
			logf("generated %d files, %d passages, %.0f MB", m.Files, m.Passages, float64(m.Bytes)/1e6)
		}
	}
	m.GenSeconds = stats.Round(time.Since(start).Seconds(), 1)
	logf("generated %d files, %d passages, %.0f MB in %.0f s", m.Files, m.Passages, float64(m.Bytes)/1e6, m.GenSeconds)
	return m, nil
}

func readManifest(cache string) (manifest, error) {
	var m manifest
	b, err := os.ReadFile(filepath.Join(cache, manifestFile))
	if err != nil {
		return m, err
	}
	return m, json.Unmarshal(b, &m)
}
