package verify

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/verbatim-rag/verbatim/generate"
)

// Explain says in one line what a user can do about a check: which fact
// is missing from which citation and where it was found instead. It is
// empty for a supported sentence. A passage is named by its citation
// number when the answer cites it ("[2]"), else by its span
// ("notes/a.md:12-14"), looked up in sources.
func Explain(ch Check, cites []Citation, sources []generate.Source) string {
	return ExplainNamed(ch, func(id string) string { return PassageName(id, cites, sources) })
}

// ExplainNamed is Explain with passages named by name (given a passage id).
func ExplainNamed(ch Check, name func(passageID string) string) string {
	switch ch.Verdict {
	case VerdictUnsupported:
		var parts []string
		if len(ch.Missing) > 0 {
			parts = append(parts, fmt.Sprintf("%s not in %s", quoteList(ch.Missing), citeList(ch.Cites)))
		}
		if ch.Negation {
			parts = append(parts, fmt.Sprintf("%s says the opposite (a \"not\" added or dropped)", citeList(ch.Cites)))
		}
		s := "unsupported: " + strings.Join(parts, "; ")
		if len(ch.FoundIn) > 0 {
			s += "; found in " + passageList(ch.FoundIn, name) + " (wrong citation?)"
		}
		return s
	case VerdictUncited:
		return "uncited, but found in " + passageList(ch.FoundIn, name)
	case VerdictNotFound:
		return "uncited and not found in any passage (possible invention): " + quoteList(ch.Missing)
	}
	return ""
}

func quoteList(fs []string) string {
	q := make([]string, len(fs))
	for i, f := range fs {
		q[i] = strconv.Quote(f)
	}
	return strings.Join(q, ", ")
}

func citeList(ns []int) string {
	var sb strings.Builder
	for _, n := range ns {
		sb.WriteString("[" + strconv.Itoa(n) + "]")
	}
	return sb.String()
}

// passageList names passages by citation number or span.
func passageList(ids []string, name func(string) string) string {
	var out []string
	for _, id := range ids {
		out = append(out, name(id))
	}
	return strings.Join(out, ", ")
}

// PassageName is "[n]" when the answer cites the passage id, else its
// span from sources ("notes/a.md:12-14"), else the id itself.
func PassageName(id string, cites []Citation, sources []generate.Source) string {
	for _, c := range cites {
		if c.PassageID == id {
			return "[" + strconv.Itoa(c.N) + "]"
		}
	}
	for _, s := range sources {
		if s.Passage.ID == id {
			if ref := s.Span.String(); ref != "" {
				return ref
			}
		}
	}
	return id
}
