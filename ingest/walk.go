package ingest

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"syscall"
	"time"
)

// Skip reasons, as reported in Skip.Reason.
const (
	ReasonHidden      = "hidden"
	ReasonExcluded    = "excluded"
	ReasonNotIncluded = "not included"
	ReasonTooLarge    = "too large"
	ReasonSymlink     = "symlink"
	ReasonSymlinkLoop = "symlink loop"
	ReasonDuplicate   = "duplicate"
	ReasonIrregular   = "not a regular file"
	ReasonUnsupported = "unsupported format"
	ReasonEmpty       = "empty"
	ReasonUnreadable  = "unreadable"
	ReasonVanished    = "vanished"
	ReasonNameTooLong = "path too long for the system (over 4096 bytes on Linux)"
	ReasonDataDir     = "Verbatim's data folder"
)

// Skip is a file or folder left out, and why.
type Skip struct {
	Path   string `json:"path"`
	Reason string `json:"reason"`
	// Detail, for some reasons, says more about this file: where a file
	// is not text (ReasonNotText).
	Detail string `json:"detail,omitempty"`
}

// File is a candidate file found by Walk.
type File struct {
	Path    string    // path in the OS's form, absolute when the root was
	Rel     string    // slash path relative to the root ("." for a file root)
	Size    int64     // as seen by the walk
	ModTime time.Time // as seen by the walk
}

// WalkResult is what Walk found under one root.
type WalkResult struct {
	Files   []File
	Skipped []Skip
	// Unreadable lists folders (OS paths) that could not be listed; what
	// lies under them is unknown.
	Unreadable []string
}

// Walk lists the files under root that cfg selects, in lexical order, and
// reports every file or folder it leaves out. Only a root that cannot be
// read at all is an error; root may also be a single file.
func Walk(root string, cfg Config) (WalkResult, error) {
	cfg = cfg.withDefaults()
	info, err := os.Stat(root)
	if err != nil {
		return WalkResult{}, fmt.Errorf("ingest: walk %s: %w", root, err)
	}
	w := &walker{cfg: cfg, seen: map[fileKey]bool{}}
	if cfg.FollowSymlinks {
		for _, r := range append([]string{root}, cfg.aliasRoots...) {
			if real := realRootOf(r); real != "" {
				info, err := os.Stat(real)
				w.realRoots = append(w.realRoots, realRoot{path: real, dir: err == nil && info.IsDir()})
			}
		}
	}
	for _, d := range cfg.SkipDirs {
		if info, err := os.Stat(d); err == nil {
			w.skipDirs = append(w.skipDirs, info)
		}
		if real := realRootOf(d); real != "" && cfg.FollowSymlinks {
			w.realSkipDirs = append(w.realSkipDirs, real)
		}
	}
	if !info.IsDir() {
		w.file(root, path.Base(filepath.ToSlash(root)), info)
		return w.res, nil
	}
	if _, err := os.ReadDir(root); err != nil {
		return WalkResult{}, fmt.Errorf("ingest: walk %s: %w", root, err)
	}
	w.dir(root, ".", info)
	return w.res, nil
}

type walker struct {
	cfg       Config
	skipDirs  []fs.FileInfo
	res       WalkResult
	ancestors []fileKey
	seen      map[fileKey]bool
	firstPath map[fileKey]string // where a file reached twice was met first
	realRoots []realRoot         // the roots of the run with their symlinks resolved, when following them
	// realSkipDirs are cfg.SkipDirs resolved, when following symlinks.
	realSkipDirs []string
}

func (w *walker) skip(p, reason string) {
	w.skipDetail(p, reason, "")
}

func (w *walker) skipDetail(p, reason, detail string) {
	w.res.Skipped = append(w.res.Skipped, Skip{Path: filepath.ToSlash(p), Reason: reason, Detail: detail})
}

// dir walks the folder p (relative path rel) whose stat is info.
func (w *walker) dir(p, rel string, info fs.FileInfo) {
	for _, d := range w.skipDirs {
		if os.SameFile(d, info) {
			w.skip(p, ReasonDataDir)
			return
		}
	}
	key, ok := keyOf(info)
	if ok {
		for _, a := range w.ancestors {
			if a == key {
				w.skip(p, ReasonSymlinkLoop)
				return
			}
		}
		if w.seen[key] {
			w.skip(p, ReasonDuplicate)
			return
		}
		w.seen[key] = true
		w.ancestors = append(w.ancestors, key)
		defer func() { w.ancestors = w.ancestors[:len(w.ancestors)-1] }()
	}
	entries, err := os.ReadDir(p)
	if err != nil {
		w.res.Unreadable = append(w.res.Unreadable, p)
		reason := ReasonUnreadable
		if errors.Is(err, syscall.ENAMETOOLONG) {
			reason = ReasonNameTooLong
		}
		w.skip(p, reason)
	}
	for _, e := range entries {
		w.entry(filepath.Join(p, e.Name()), path.Join(rel, e.Name()), e)
	}
}

// entry classifies one directory entry.
func (w *walker) entry(p, rel string, e fs.DirEntry) {
	name := e.Name()
	switch {
	case name == ".git" || (!w.cfg.Hidden && strings.HasPrefix(name, ".")):
		w.skip(p, ReasonHidden)
		return
	case matchAny(w.cfg.Exclude, rel):
		w.skip(p, ReasonExcluded)
		return
	}
	info, reason, detail := w.stat(p, e)
	if reason != "" {
		w.skipDetail(p, reason, detail)
		return
	}
	if info.IsDir() {
		w.dir(p, rel, info)
		return
	}
	w.file(p, rel, info)
}

// stat returns the entry's info, following a symlink when the config says
// so (see followLink), or why it is left out.
func (w *walker) stat(p string, e fs.DirEntry) (fs.FileInfo, string, string) {
	if e.Type()&fs.ModeSymlink != 0 {
		if !w.cfg.FollowSymlinks {
			return nil, ReasonSymlink, ""
		}
		return w.followLink(p)
	}
	info, err := e.Info()
	if err != nil {
		return nil, statReason(err), ""
	}
	return info, "", ""
}

// statReason says why a file listed in its folder could not be looked at:
// gone since the listing, a path longer than the system takes, or else
// unreadable.
func statReason(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return ReasonVanished
	case errors.Is(err, syscall.ENAMETOOLONG):
		return ReasonNameTooLong
	}
	return ReasonUnreadable
}

// file classifies a non-folder.
func (w *walker) file(p, rel string, info fs.FileInfo) {
	switch {
	case !info.Mode().IsRegular():
		w.skip(p, ReasonIrregular)
	case len(w.cfg.Include) > 0 && !matchAny(w.cfg.Include, rel):
		w.skip(p, ReasonNotIncluded)
	case !Supported(p) && !textFile(p):
		w.skip(p, ReasonUnsupported)
	case info.Size() > w.cfg.MaxFileSize:
		w.skip(p, ReasonTooLarge)
	case w.duplicate(p, info):
		w.skipDetail(p, ReasonDuplicate, "same file as "+filepath.ToSlash(w.firstPath[mustKey(info)]))
	default:
		w.res.Files = append(w.res.Files, File{Path: p, Rel: rel, Size: info.Size(), ModTime: info.ModTime()})
	}
}

// duplicate reports a file already reached through another path (a
// symlink to a file outside the folder, a hard link), and records p as the
// first path of a file met for the first time.
func (w *walker) duplicate(p string, info fs.FileInfo) bool {
	if !w.cfg.FollowSymlinks {
		return false
	}
	key, ok := keyOf(info)
	if !ok {
		return false
	}
	if w.seen[key] {
		return true
	}
	w.seen[key] = true
	if w.firstPath == nil {
		w.firstPath = map[fileKey]string{}
	}
	w.firstPath[key] = p
	return false
}

// mustKey is the key of a file keyOf has given one.
func mustKey(info fs.FileInfo) fileKey {
	key, _ := keyOf(info)
	return key
}
