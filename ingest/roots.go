package ingest

import (
	"fmt"
	"path/filepath"

	"github.com/verbatim-rag/verbatim/corpus"
)

// ReasonRootAlias is the skip reason of a folder (or file) given to Run
// that is, through a symlink, another folder given too or lies inside one:
// walking it would store every file a second time under the link's path.
// Skip.Detail names where it leads and the folder given that holds it.
const ReasonRootAlias = "given twice (a symlink to or into another folder given)"

// dropAliasRoots returns the roots (absolute and clean) without those that
// resolve, through a symlink, to another root or inside one, and a skip
// for each root dropped. Of roots that resolve to the same folder, the
// one named without a symlink is kept, else the first given. A root
// inside another by its own name (docs and docs/sub) stays: it is stored
// under the same paths either way. A root that cannot be resolved stays
// too (the walk reports it).
func dropAliasRoots(roots []string) ([]string, []Skip) {
	real := make([]string, len(roots))
	for i, r := range roots {
		real[i] = realRootOf(r)
	}
	var kept []string
	var skips []Skip
	for i, r := range roots {
		if j := aliasOf(roots, real, i); j >= 0 {
			detail := fmt.Sprintf("→ %s, also given as %s", filepath.ToSlash(real[i]), filepath.ToSlash(roots[j]))
			if real[i] != real[j] {
				detail = fmt.Sprintf("→ %s, inside %s, also given", filepath.ToSlash(real[i]), filepath.ToSlash(roots[j]))
			}
			skips = append(skips, Skip{Path: filepath.ToSlash(r), Reason: ReasonRootAlias, Detail: detail})
			continue
		}
		kept = append(kept, r)
	}
	return kept, skips
}

// aliasOf is the index of a root that root i is an alias of, or -1.
func aliasOf(roots, real []string, i int) int {
	if real[i] == "" {
		return -1
	}
	for j := range roots {
		if j == i || real[j] == "" || !within(real[i], real[j]) || within(roots[i], roots[j]) {
			continue
		}
		if real[i] != real[j] {
			return j // strictly inside the other
		}
		// The same folder: keep the one named without a link, else the first.
		iLink, jLink := roots[i] != real[i], roots[j] != real[j]
		if iLink && !jLink || iLink == jLink && j < i {
			return j
		}
	}
	return -1
}

// keepAliasRoots reports the roots dropAliasRoots left out as skipped;
// what an older Verbatim stored under them is kept (listed with that
// reason) unless Options.Prune.
func (r *runner) keepAliasRoots(skips []Skip) error {
	if r.existing == nil {
		r.existing = map[string]corpus.Document{}
	}
	for _, s := range skips {
		docs, err := r.st.Documents(s.Path)
		if err != nil {
			return fmt.Errorf("ingest: list stored documents under %s: %w", s.Path, err)
		}
		for p, d := range docs {
			r.existing[p] = d
		}
		r.rep.Skipped = append(r.rep.Skipped, s)
	}
	return nil
}
