package ingest

import (
	"path"
	"strings"
)

// matchAny reports whether rel (a slash path relative to the root) or its
// base name matches one of the globs.
func matchAny(globs []string, rel string) bool {
	base := path.Base(rel)
	for _, g := range globs {
		if matchGlob(g, rel) || matchGlob(g, base) {
			return true
		}
	}
	return false
}

// matchGlob matches a slash path against a glob in which "**" stands for any
// number of path elements (including none) and every other element follows
// path.Match.
func matchGlob(glob, name string) bool {
	return matchParts(strings.Split(strings.Trim(glob, "/"), "/"), strings.Split(name, "/"))
}

func matchParts(glob, name []string) bool {
	for len(glob) > 0 {
		if glob[0] == "**" {
			for len(glob) > 0 && glob[0] == "**" {
				glob = glob[1:]
			}
			if len(glob) == 0 {
				return true
			}
			for i := range name {
				if matchParts(glob, name[i:]) {
					return true
				}
			}
			return false
		}
		if len(name) == 0 {
			return false
		}
		if ok, _ := path.Match(glob[0], name[0]); !ok {
			return false
		}
		glob, name = glob[1:], name[1:]
	}
	return len(name) == 0
}

// checkGlob reports a malformed glob.
func checkGlob(glob string) error {
	for _, part := range strings.Split(glob, "/") {
		if part == "**" {
			continue
		}
		if _, err := path.Match(part, ""); err != nil {
			return err
		}
	}
	return nil
}

// MatchGlob reports whether a slash path matches a glob in which "**"
// stands for any number of path elements (including none) and every other
// element follows path.Match. It is the matching of ingest.include and
// ingest.exclude, for other settings that name files by glob.
func MatchGlob(glob, name string) bool { return matchGlob(glob, name) }

// CheckGlob reports a malformed glob (one path.Match rejects).
func CheckGlob(glob string) error { return checkGlob(glob) }
