package ingest

import (
	"errors"
	"io/fs"
	"os"
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
)

// A followed symlink is read as its target, and where the target lies
// decides what a user expects:
//
//   - inside the folder being ingested (or another folder of the same
//     Run), the target is ingested under its own path when the walk
//     reaches it, so the link is an alias, skipped with ReasonSymlinkAlias
//     naming the target; which of the two paths the walk meets first does
//     not matter;
//   - outside the folder, the link is how the folder holds the file: it is
//     ingested under the link's path (a second link to the same file is a
//     duplicate of the first);
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
	for _, root := range w.realRoots {
		if within(real, root) {
			return nil, ReasonSymlinkAlias, "→ " + filepath.ToSlash(real)
		}
	}
	return info, "", ""
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
