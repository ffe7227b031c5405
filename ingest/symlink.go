package ingest

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"syscall"
)

// Skip reasons of symbolic links followed (Config.FollowSymlinks).
const (
	// ReasonSymlinkAlias: a link to a file or folder inside the folder
	// being ingested (or another folder of the same run), which is
	// ingested under its own path; Skip.Detail names it.
	ReasonSymlinkAlias = "symlink into the folder (its target is ingested under its own path)"
	// ReasonDanglingSymlink: a link to nothing; Skip.Detail is its target.
	ReasonDanglingSymlink = "dangling symlink"
	// ReasonSymlinkAncestor: a link to a folder that holds the folder being
	// ingested (or another of the same run), such as the filesystem root:
	// following it would walk all of it again and everything beside it.
	// Skip.Detail is its target.
	ReasonSymlinkAncestor = "symlink to an ancestor folder"
)

// A followed symlink is read as its target, and where the target lies
// decides what a user expects:
//
//   - inside the folder being ingested (or another folder of the same
//     Run), when the walk ingests the target under its own path (it is not
//     hidden, excluded, left out by Include, unsupported or too large, nor
//     under a folder that is), the link is an alias, skipped with
//     ReasonSymlinkAlias naming the target; which of the two paths the walk
//     meets first does not matter;
//   - a folder that holds the folder being ingested (or another of the
//     run), such as the filesystem root, is not followed: it is skipped
//     with ReasonSymlinkAncestor;
//   - outside the folder, or inside it but left out under its own path,
//     the link is how the folder holds the file: it is ingested under the
//     link's path (a second link to the same file is a duplicate of the
//     first);
//   - a link that loops (ELOOP) or points at nothing is reported with its
//     target, as ReasonSymlinkLoop or ReasonDanglingSymlink.

// followLink stats the target of the symlink p, or says why it is left
// out (a reason, and a detail naming the target).
func (w *walker) followLink(p string) (fs.FileInfo, string, string) {
	info, err := os.Stat(p)
	if err != nil {
		target, lerr := os.Readlink(p)
		if errors.Is(lerr, fs.ErrNotExist) {
			return nil, ReasonVanished, "" // the link itself is gone since the listing
		}
		detail := "→ " + filepath.ToSlash(target)
		switch {
		case errors.Is(err, syscall.ELOOP):
			return nil, ReasonSymlinkLoop, detail
		case errors.Is(err, fs.ErrNotExist):
			return nil, ReasonDanglingSymlink, detail
		case errors.Is(err, syscall.ENAMETOOLONG):
			return nil, ReasonNameTooLong, ""
		}
		return nil, ReasonUnreadable, detail
	}
	real, err := filepath.EvalSymlinks(p)
	if err != nil {
		return info, "", "" // changed since the stat: read it as the stat found it
	}
	if real, err = filepath.Abs(real); err != nil {
		return info, "", ""
	}
	detail := "→ " + filepath.ToSlash(real)
	for _, d := range w.realSkipDirs {
		if within(real, d) {
			return nil, ReasonDataDir, detail
		}
	}
	for _, root := range w.realRoots {
		if within(real, root.path) && w.selected(real, root, info) {
			return nil, ReasonSymlinkAlias, detail
		}
	}
	if info.IsDir() && w.holdsRoot(real) {
		return nil, ReasonSymlinkAncestor, detail
	}
	return info, "", ""
}

// realRoot is a root of the run with every symlink resolved.
type realRoot struct {
	path string // absolute
	dir  bool   // a folder, not a single file
}

// realRootOf is the absolute path of root with every symlink resolved,
// "" when it cannot be resolved (links are then all followed).
func realRootOf(root string) string {
	real, err := filepath.EvalSymlinks(root)
	if err != nil {
		return ""
	}
	if real, err = filepath.Abs(real); err != nil {
		return ""
	}
	return real
}

// selected reports whether the walk of root ingests the file or folder
// real (resolved, and within root.path), whose stat is info, under its own
// path: no folder on the way is hidden or excluded, and a file passes
// Include, is supported and is not too large.
func (w *walker) selected(real string, root realRoot, info fs.FileInfo) bool {
	rel := path.Base(filepath.ToSlash(real))
	if root.dir {
		r, err := filepath.Rel(root.path, real)
		if err != nil {
			return false
		}
		rel = filepath.ToSlash(r)
		if rel != "." {
			parts := strings.Split(rel, "/")
			for i, name := range parts {
				if name == ".git" || (!w.cfg.Hidden && strings.HasPrefix(name, ".")) ||
					matchAny(w.cfg.Exclude, strings.Join(parts[:i+1], "/")) {
					return false
				}
			}
		}
	}
	if info.IsDir() {
		return true
	}
	return info.Mode().IsRegular() &&
		(len(w.cfg.Include) == 0 || matchAny(w.cfg.Include, rel)) &&
		(Supported(real) || textFile(real)) &&
		info.Size() <= w.cfg.MaxFileSize
}

// holdsRoot reports whether the folder real is the filesystem root or
// holds a root of the run below it.
func (w *walker) holdsRoot(real string) bool {
	if filepath.Dir(real) == real {
		return true
	}
	for _, root := range w.realRoots {
		if root.path != real && within(root.path, real) {
			return true
		}
	}
	return false
}

// within reports whether the clean absolute path p is dir or lies under it.
func within(p, dir string) bool {
	if p == dir {
		return true
	}
	return strings.HasPrefix(p, strings.TrimSuffix(dir, string(filepath.Separator))+string(filepath.Separator))
}

// walkConfig is the run's config for walking one of roots: a followed
// symlink into any of them is an alias.
func (r *runner) walkConfig(roots []string) Config {
	cfg := r.cfg
	if cfg.FollowSymlinks {
		cfg.aliasRoots = roots
	}
	return cfg
}
