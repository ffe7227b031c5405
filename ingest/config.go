package ingest

import (
	"errors"
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
)

// ErrConfig reports an invalid Config.
var ErrConfig = errors.New("ingest: invalid config")

// Config says which files to ingest and how to cut them into passages.
type Config struct {
	// Include, when not empty, keeps only the files matching one of these
	// globs. Exclude drops files and folders matching one of these globs.
	// A glob is matched against the slash path relative to the root and
	// against the base name; "**" matches any number of folders.
	Include []string `mapstructure:"include"`
	Exclude []string `mapstructure:"exclude"`
	// Hidden ingests dot-files and dot-folders (.git is always skipped).
	Hidden bool `mapstructure:"hidden"`
	// FollowSymlinks follows symbolic links: a link to a file or folder
	// inside the root that the walk ingests under its own path is skipped
	// as an alias, a link to one outside (or left out under its own path)
	// is ingested under the link's path, a link to a folder above the root
	// or to the filesystem root is not followed; loops (by device and
	// inode, and ELOOP) and dangling links are reported as skips. See
	// followLink.
	FollowSymlinks bool `mapstructure:"follow_symlinks"`
	// MaxFileSize skips larger files (bytes).
	MaxFileSize int64 `mapstructure:"max_file_size"`
	// Workers read, hash, extract and chunk files in parallel.
	Workers int `mapstructure:"workers"`
	// BatchFiles and BatchBytes bound one Store.Put call: a batch is written
	// when it holds BatchFiles entries or BatchBytes bytes (original plus
	// extracted text), whichever comes first.
	BatchFiles int   `mapstructure:"batch_files"`
	BatchBytes int64 `mapstructure:"batch_bytes"`
	// Chunk says how text is cut into passages.
	Chunk ChunkConfig `mapstructure:"chunk"`
	// SkipDirs are folders never walked into, whatever the globs say: the
	// data folder, whose store would otherwise be ingested into itself.
	SkipDirs []string `mapstructure:"-"`
	// aliasRoots are the other roots of the same Run: a followed symlink
	// into one of them is an alias too (see followLink).
	aliasRoots []string
}

// ChunkConfig says how text is cut into passages.
type ChunkConfig struct {
	// Size is the target passage length in bytes.
	Size int `mapstructure:"size"`
	// Overlap is the most bytes of whole trailing sentences of a passage
	// that the next passage repeats (at most Size/2).
	Overlap int `mapstructure:"overlap"`
	// Min is the smallest passage worth keeping apart: a section shorter
	// than Min joins the next one, a tail shorter than Min joins the passage
	// before it (which may then exceed Size by up to Min bytes).
	Min int `mapstructure:"min"`
}

// The defaults of DefaultConfig.
const (
	DefaultMaxFileSize = 32 << 20
	DefaultBatchFiles  = 1024
	DefaultBatchBytes  = 16 << 20
	DefaultChunkSize   = 800
	DefaultOverlap     = 120
	DefaultMin         = 120
)

// DefaultConfig returns the configuration used when none is given.
func DefaultConfig() Config {
	return Config{
		MaxFileSize: DefaultMaxFileSize,
		Workers:     runtime.NumCPU(),
		BatchFiles:  DefaultBatchFiles,
		BatchBytes:  DefaultBatchBytes,
		Chunk:       DefaultChunkConfig(),
	}
}

// DefaultChunkConfig returns the default chunking.
func DefaultChunkConfig() ChunkConfig {
	return ChunkConfig{Size: DefaultChunkSize, Overlap: DefaultOverlap, Min: DefaultMin}
}

// Validate checks the globs and that no size is negative.
func (c Config) Validate() error {
	for _, g := range append(append([]string(nil), c.Include...), c.Exclude...) {
		if err := checkGlob(g); err != nil {
			return fmt.Errorf("%w: glob %q: %v", ErrConfig, g, err)
		}
		if strings.HasPrefix(g, "/") || filepath.IsAbs(g) {
			return fmt.Errorf("%w: glob %q is an absolute path: globs match a path relative to the folder ingested (big, notes/**/*.md) or a base name (*.log)", ErrConfig, g)
		}
	}
	if c.MaxFileSize < 0 || c.Workers < 0 || c.BatchFiles < 0 || c.BatchBytes < 0 {
		return fmt.Errorf("%w: negative size or count", ErrConfig)
	}
	if c.Chunk.Size < 0 || c.Chunk.Overlap < 0 || c.Chunk.Min < 0 {
		return fmt.Errorf("%w: negative chunk size", ErrConfig)
	}
	return nil
}

// withDefaults fills zero fields with their defaults.
func (c Config) withDefaults() Config {
	d := DefaultConfig()
	if c.MaxFileSize == 0 {
		c.MaxFileSize = d.MaxFileSize
	}
	if c.Workers == 0 {
		c.Workers = d.Workers
	}
	if c.BatchFiles == 0 {
		c.BatchFiles = d.BatchFiles
	}
	if c.BatchBytes == 0 {
		c.BatchBytes = d.BatchBytes
	}
	c.Chunk = c.Chunk.normalize()
	return c
}

// normalize fills a zero Size and bounds Overlap and Min by Size/2.
func (c ChunkConfig) normalize() ChunkConfig {
	if c.Size <= 0 {
		c.Size = DefaultChunkSize
	}
	c.Overlap = max(0, min(c.Overlap, c.Size/2))
	c.Min = max(0, min(c.Min, c.Size/2))
	return c
}
