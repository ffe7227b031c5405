package lossy

import (
	"strings"

	"github.com/verbatim-rag/verbatim/lexicon"
)

// related maps a stem to the stems of its groups, itself excluded;
// relatedKeys lists its keys in the order of lexicon.RelatedGroups.
var related, relatedKeys = buildRelated(lexicon.RelatedGroups)

func buildRelated(groups []string) (map[string][]string, []string) {
	m := map[string][]string{}
	var keys []string
	for _, g := range groups {
		var stems []string
		for _, w := range strings.Fields(g) {
			stems = append(stems, stem(w))
		}
		for _, a := range stems {
			if _, ok := m[a]; !ok {
				keys = append(keys, a)
				m[a] = nil
			}
			for _, b := range stems {
				if a != b && !containsString(m[a], b) {
					m[a] = append(m[a], b)
				}
			}
		}
	}
	return m, keys
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// relatedStems returns the stems related to a question word's stem.
func relatedStems(st string) []string {
	if r, ok := related[st]; ok {
		return r
	}
	for _, k := range relatedKeys {
		if sameWord(k, st) {
			return related[k]
		}
	}
	return nil
}
