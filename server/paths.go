package server

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/verbatim-rag/verbatim/corpus"
)

// Patterns of the ids that reach the store; anything else is refused
// before it is used.
var (
	docIDPattern     = regexp.MustCompile(`^[0-9a-f]{16}$`)
	passageIDPattern = regexp.MustCompile(`^[0-9a-f]{16}-(0|[1-9][0-9]{0,8})$`)
	jobIDPattern     = regexp.MustCompile(`^[0-9a-f]{16}$`)
)

// checkID returns an error unless id matches pattern.
func checkID(kind, id string, pattern *regexp.Regexp) error {
	if !pattern.MatchString(id) {
		return newError(errBadRequest, "server: malformed %s id %q", kind, corpus.Clip(id, 80))
	}
	return nil
}

// resolveRoots makes the allowed roots absolute, resolving symbolic links,
// and checks that they are folders.
func resolveRoots(roots []string) ([]string, error) {
	out := make([]string, 0, len(roots))
	for _, r := range roots {
		if strings.TrimSpace(r) == "" {
			continue
		}
		abs, err := filepath.Abs(r)
		if err != nil {
			return nil, fmt.Errorf("%w: allow_roots %s: %v", ErrConfig, r, err)
		}
		real, err := filepath.EvalSymlinks(abs)
		if err != nil {
			return nil, fmt.Errorf("%w: allow_roots %s: %v", ErrConfig, r, err)
		}
		if fi, err := os.Stat(real); err != nil || !fi.IsDir() {
			return nil, fmt.Errorf("%w: allow_roots %s: not a folder", ErrConfig, r)
		}
		out = append(out, real)
	}
	return out, nil
}

// allowedPath resolves a folder a client asked to ingest: it must be an
// absolute path without "..", exist, and, with symbolic links resolved, be
// one of the allowed roots or lie inside one on a path boundary.
func (s *Server) allowedPath(p string) (string, error) {
	if len(s.roots) == 0 {
		return "", newError(errForbidden, "server: ingesting folders is disabled (no server.allow_roots configured)")
	}
	if p == "" || strings.ContainsRune(p, 0) || !filepath.IsAbs(p) {
		return "", newError(errBadRequest, "server: ingest path %q must be an absolute path", corpus.Clip(p, 200))
	}
	for _, el := range strings.Split(filepath.ToSlash(p), "/") {
		if el == ".." {
			return "", newError(errForbidden, "server: ingest path %q contains \"..\"", corpus.Clip(p, 200))
		}
	}
	real, err := filepath.EvalSymlinks(filepath.Clean(p))
	if err != nil {
		return "", newError(errBadRequest, "server: ingest path %q: no such folder", corpus.Clip(p, 200))
	}
	for _, root := range s.roots {
		if within(real, root) {
			return real, nil
		}
	}
	return "", newError(errForbidden, "server: ingest path %q is outside the allowed roots", corpus.Clip(p, 200))
}

// within reports whether path is root or inside it; both are clean and
// absolute.
func within(path, root string) bool {
	rel, err := filepath.Rel(root, path)
	if err != nil {
		return false
	}
	return rel == "." || (rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel))
}

// safeFileName checks an uploaded file's name: one path element, no
// control characters, not hidden, not "." or "..".
func safeFileName(name string) (string, error) {
	base := name
	if i := strings.LastIndexAny(base, `/\`); i >= 0 {
		base = base[i+1:]
	}
	switch {
	case base == "", base == ".", base == "..", strings.HasPrefix(base, "."), len(base) > 255:
		return "", newError(errBadRequest, "server: upload file name %q is not allowed", corpus.Clip(name, 100))
	case strings.IndexFunc(base, func(r rune) bool { return r < 0x20 || r == 0x7f }) >= 0:
		return "", newError(errBadRequest, "server: upload file name %q has control characters", corpus.Clip(name, 100))
	}
	return base, nil
}
